/**
 * A conversation carrying hostile markup everywhere vendor text can go: script tags, event
 * handlers, `javascript:` and `data:` links, a remote image, in user and assistant text, tool
 * arguments and results, and citation titles and URLs. The viewer must show it all as text and
 * run none of it (docs/architecture.md "Security"); every payload sets `window.__xss` if it ever runs.
 * It ends with text that a catastrophically backtracking search pattern would freeze on.
 */
import { defineScript } from '../define.ts';

const JS_URL = 'javascript:window.__xss=1';
/** 48 a's then "!": `(a+)+$` takes about 2^48 steps over it on a backtracking engine. */
export const BACKTRACKING_BAIT = `${'a'.repeat(48)}!`;
const DATA_URL = 'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==';

/** Hostile-markup conversation (vendor-neutral script). */
export const hostile = defineScript(
  {
    key: 'hostile-markup',
    title: 'Hostile markup: scripts and links in every field',
    channel: 'web',
    twilioId: 'web__hostile/<script>.1',
    twilioIdentity: 'user_id:<img src=x onerror=window.__xss=1>',
    endUser: 'web:<script>window.__xss=1</script>',
    twilioShape: 'output',
  },
  '2026-07-07T07:07:07Z',
  (b) => {
    b.user('<script>window.__xss=1</script> Hi <img src=x onerror="window.__xss=1"> can you help?')
      .assistant(
        [
          'Sure. Here are some links:',
          '',
          `- [click me](${JS_URL})`,
          `- [open data](${DATA_URL})`,
          '- <a href="javascript:window.__xss=1" onclick="window.__xss=1">raw anchor</a>',
          '- <javascript:window.__xss=1>',
          '- [a safe link](https://example.com/safe)',
          '',
          '<iframe src="javascript:window.__xss=1"></iframe><svg onload="window.__xss=1"></svg>',
          '',
          '![tracking pixel](https://tracker.example/pixel.png)',
        ].join('\n'),
        // Twilio's moderation flags an answer full of script links.
        { format: 'markdown', flagged: true },
      )
      .tools([
        {
          name: 'render_<b>html</b>',
          args: { html: '<script>window.__xss=1</script>', url: JS_URL },
          result: { body: '<img src=x onerror=window.__xss=1>', link: DATA_URL },
          prose: 'The tool returned `<img src=x onerror=window.__xss=1>`.',
        },
      ])
      .assistant('That is everything I found. See the sources.', {
        format: 'markdown',
        citations: [
          {
            title: '<script>window.__xss=1</script>Script source',
            url: JS_URL,
            body: '<img src=x onerror=window.__xss=1>',
            after: 'everything I found.',
          },
          { title: 'Data source', url: DATA_URL, body: 'data URL', after: 'See the sources.' },
          {
            title: 'Safe source',
            url: 'https://example.com/source',
            body: 'fine',
            after: 'See the sources.',
          },
        ],
      })
      // A run of one letter then another character: a nested-quantifier regex (`(a+)+$`) over
      // it backtracks for ages on a backtracking engine, so a hostile find link can be tested.
      .user(`${BACKTRACKING_BAIT} Sorry, my cat walked over the keyboard.`)
      .assistant('No problem! Is there anything else I can help with?');
  },
);
