/**
 * Password reset for a developer account: the Markdown-heavy conversation (```bash and
 * ```json fences, a GFM table, nested lists) plus two unusual Twilio content shapes; it ends with
 * a late reply Moveworks files under the earlier request, offered buttons, a pressed one, and a
 * person taking over (Moveworks `response_id`, actions and LIVE_AGENT).
 */
import { defineScript } from '../define.ts';

const STEPS = `Here’s how to get back in:

1. **Reset from the web**
   - Open https://app.acme.example/reset
   - Enter \`devon.price@example.com\`
     - The link expires after **30 minutes**
     - Check the spam folder if it hasn’t arrived in 5 minutes
2. **Or reset from the CLI** (if you still have a valid API token):

   \`\`\`bash
   acme auth reset-password --email devon.price@example.com
   acme auth login --sso=false
   \`\`\`

3. Sign in, then revoke old sessions under *Settings → Security*.`;

const API = `Sure. The API returns this when the reset link is issued:

\`\`\`json
{
  "status": "sent",
  "channel": "email",
  "expires_in": 1800,
  "request_id": "req_01HZX4T2Q9"
}
\`\`\`

If you get \`"status": "locked"\` instead, the account has had 5 failed attempts and unlocks itself after 15 minutes.`;

const OPTIONS = `Your sign-in options compared:

| Method | Needs | Typical time |
| --- | --- | --- |
| Email link | Access to your inbox | 2 minutes |
| CLI reset | A valid API token | 1 minute |
| Support reset | Photo ID check | 1 business day |

> Tip: turn on a passkey afterwards so this doesn’t happen again.`;

/** Password-reset conversation (vendor-neutral script). */
export const passwordReset = defineScript(
  {
    key: 'password-reset',
    title: 'Password reset for a locked developer account',
    channel: 'email',
    twilioId: 'email__devon.price@example.com/0b7d5e2a-91c4-4f38-a6d2-7e8f9a0b1c2d',
    twilioIdentity: 'email:devon.price@example.com',
    endUser: 'devon.price@example.com',
    twilioShape: 'output',
  },
  '2026-02-27T22:15:03Z',
  (b) => {
    b.user('I forgot my password and now the dashboard says my account is locked.')
      .tools([
        {
          name: 'get_account_status',
          args: { email: 'devon.price@example.com' },
          result: {
            locked: true,
            failed_attempts: 5,
            unlocks_at: '2026-02-27T22:29:40Z',
            mfa: 'totp',
          },
        },
      ])
      .assistant(
        'Your account locked itself after 5 failed sign-ins; it unlocks automatically at 22:29 UTC. You can reset the password now, though.',
        { twilioShape: 'text-value' },
      )
      .assistant(STEPS, { format: 'markdown' })
      .user('What does the API respond with when it works? I want to script it.')
      .assistant('Update on your reset: the link went to devon.price@example.com at 22:15 UTC.', {
        lateReply: true,
      })
      .assistant(API, { format: 'markdown' })
      .user('Got it. Any other way in if I lose my phone too?')
      .assistant(OPTIONS, { format: 'markdown', twilioShape: 'blocks' })
      .user('That worked, I’m back in. Thanks!')
      .assistant(
        'Glad to hear it, Devon! Your old sessions are still signed in elsewhere — revoke them when you get a chance.',
        {
          // Moveworks offers buttons with an answer; the user presses one, and a person takes over.
          actions: [
            { kind: 'callback', label: 'Revoke other sessions', callbackId: 'cb_revoke_sessions' },
            {
              kind: 'url',
              label: 'Open security settings',
              url: 'https://app.acme.example/settings/security',
            },
          ],
        },
      )
      .press('Revoke other sessions', 'cb_revoke_sessions')
      .agent(
        'Dana Whitfield (IT Service Desk)',
        'Hi Devon, Dana from the IT service desk here. I’ve signed out your other 3 sessions; this one stays signed in. Anything else?',
      );
  },
);
