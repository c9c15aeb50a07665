/**
 * A warranty question answered in CommonMark with beta-era citations: Moveworks sets the
 * deprecated `location.offset` and `content_references: null` here (docs/vendor-notes.md §3.3, §3.6),
 * and the user archived the conversation (§3.2).
 */
import { defineScript } from '../define.ts';

const ANSWER =
  'Your **AeroVac S2** is covered by a 2-year limited warranty from the delivery date. Batteries are covered for 12 months. Water damage and worn brushes are not covered.';

/** Warranty conversation (vendor-neutral script, legacy Moveworks citations). */
export const warrantyLegacy = defineScript(
  {
    key: 'warranty-legacy',
    title: 'Warranty coverage for AeroVac S2',
    channel: 'web',
    twilioId:
      'conversations__IS2c3d4e5f60718293a4b5c6d7e8f90a1b/CHf9e8d7c6b5a4938271605f4e3d2c1b0a',
    twilioIdentity: 'user_id:tom.becker',
    endUser: 'web:tom.becker',
    twilioShape: 'output',
    legacyCitations: true,
    archived: true,
  },
  '2026-05-20T10:05:00Z',
  (b) => {
    b.user('Is my vacuum still under warranty? Bought it in June 2024.')
      .assistant(ANSWER, {
        format: 'commonmark',
        citations: [
          {
            title: 'AeroVac warranty terms',
            url: 'https://support.acme.example/warranty/aerovac',
            body: 'Two-year limited warranty from delivery.',
            after: 'from the delivery date.',
            updatedAt: '2026-01-02T10:00:00Z',
          },
          {
            title: 'Battery coverage',
            url: 'https://support.acme.example/warranty/batteries',
            body: 'Li-ion batteries: 12 months.',
            after: 'Batteries are covered for 12 months.',
          },
        ],
      })
      .user('It was delivered June 18, 2024, so it ran out last June?')
      .assistant(
        'Not yet: two years from June 18, 2024 runs until **June 18, 2026**, so you are still covered for about four more weeks.',
        { format: 'commonmark' },
      )
      .user('Great. The brush roll stopped spinning.')
      .assistant(
        'A brush roll that stops spinning is usually the motor, which is covered. Start a claim at https://support.acme.example/claims and choose *Brush motor*; we’ll email a prepaid label.',
        { format: 'commonmark' },
      )
      .user('Will do, thanks.')
      .assistant('You’re welcome, Tom!', { format: 'commonmark' });
  },
);
