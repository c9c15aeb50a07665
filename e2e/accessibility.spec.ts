import type { Page } from '@playwright/test';
import { SAMPLE_IDS } from '../src/server/sample-data/index.ts';
import { expectNoSeriousViolations, type AxeException } from './axe.ts';
import { expect, test } from './test.ts';
import { feed, waitForFullLoad } from './transcript.ts';

/**
 * axe-core on every screen of the viewer, in both themes: no violation of serious or critical
 * impact. Each screen is one page brought to the state it names; axe checks what is rendered
 * (of a virtualized feed, the rows in and near the viewport). Each vendor's transcript is checked
 * with one of its cards or citations open, which adds to the plain transcript without hiding any.
 */

interface Screen {
  name: string;
  url: string;
  /** Brings the loaded page to the state to check. */
  ready: (page: Page) => Promise<void>;
  /** Console errors the screen causes on purpose (a 404 it reports). */
  allowedConsoleErrors?: RegExp[];
  axeExceptions?: AxeException[];
}

const enc = encodeURIComponent;
const transcript = (vendor: string, id: string) => `/${vendor}/${enc(id)}`;

const listShown = (name: string) => async (page: Page) => {
  const list = page.getByRole('list', { name });
  await expect(list.getByRole('link').first()).toBeVisible();
  await expect(
    page.getByRole('search', { name: 'Filter conversations' }).getByRole('status'),
  ).not.toBeEmpty();
};

const SCREENS: Screen[] = [
  {
    name: 'home, with recent conversations',
    url: '/',
    ready: async (page) => {
      await expect(page.getByRole('list', { name: 'Recent conversations' })).toBeVisible();
    },
  },
  { name: 'Twilio list', url: '/twilio', ready: listShown('Twilio AI Assistants sessions') },
  { name: 'Telnyx list', url: '/telnyx', ready: listShown('Telnyx AI conversations') },
  { name: 'Moveworks list', url: '/moveworks', ready: listShown('Moveworks conversations') },
  {
    name: 'filtered list',
    url: '/twilio?q=maya',
    ready: listShown('Twilio AI Assistants sessions'),
  },
  {
    name: 'transcript with find open',
    url: `${transcript('twilio', SAMPLE_IDS.twilio.toolHeavy)}?q=order`,
    ready: async (page) => {
      await waitForFullLoad(page);
      await expect(page.getByRole('status').filter({ hasText: /\d+ of \d+/ })).toBeVisible();
      await expect(feed(page).locator('mark[aria-current="true"]')).toBeVisible();
    },
  },
  {
    name: 'Telnyx transcript, a tool-call card open',
    url: transcript('telnyx', SAMPLE_IDS.telnyx.appointment),
    ready: async (page) => {
      await waitForFullLoad(page);
      const card = feed(page).locator('button[data-tool-call-id]').first();
      await card.click();
      await expect(card).toHaveAttribute('aria-expanded', 'true');
    },
  },
  {
    name: 'Twilio transcript, a knowledge card open',
    url: transcript('twilio', SAMPLE_IDS.twilio.knowledge),
    ready: async (page) => {
      await waitForFullLoad(page);
      const card = feed(page)
        .getByRole('button', { name: /^Knowledge lookup/ })
        .first();
      await card.click();
      await expect(card).toHaveAttribute('aria-expanded', 'true');
    },
  },
  {
    name: "Moveworks transcript, a citation's source shown",
    url: transcript('moveworks', SAMPLE_IDS.moveworks.citations),
    ready: async (page) => {
      await waitForFullLoad(page);
      await feed(page).locator('a[data-citation-id]').first().focus();
      await expect(page.getByRole('tooltip').filter({ visible: true }).first()).toBeVisible();
    },
  },
  {
    // The first message is the user's: its details sit on the darkest bubble.
    name: 'message details open',
    url: transcript('moveworks', SAMPLE_IDS.moveworks.ordinary.id),
    ready: async (page) => {
      await waitForFullLoad(page);
      const article = feed(page).locator('article').first();
      await article.hover();
      await article.getByRole('button', { name: 'Details' }).click();
      await expect(
        article.getByRole('region', { name: 'Message details' }).locator('pre'),
      ).toBeVisible();
    },
  },
  {
    name: 'export menu open',
    url: transcript('telnyx', SAMPLE_IDS.telnyx.ordinary.id),
    ready: async (page) => {
      await waitForFullLoad(page);
      await page.getByRole('button', { name: 'Export' }).click();
      await expect(page.getByRole('menuitem', { name: 'Markdown' })).toBeVisible();
    },
  },
  {
    name: 'shortcuts dialog open',
    url: transcript('twilio', SAMPLE_IDS.twilio.ordinary.id),
    ready: async (page) => {
      await waitForFullLoad(page);
      await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    },
  },
  {
    name: 'tool-call review panel open',
    url: transcript('twilio', SAMPLE_IDS.twilio.toolHeavy),
    ready: async (page) => {
      await waitForFullLoad(page);
      await page.getByRole('button', { name: /^Tool calls \(\d+\)$/ }).click();
      await expect(page.getByRole('complementary', { name: 'Tool calls' })).toBeVisible();
    },
  },
  {
    name: 'transcript that fails to load',
    url: transcript('moveworks', 'conv_doesNotExist'),
    ready: async (page) => {
      await expect(page.getByRole('alert').getByRole('button', { name: 'Retry' })).toBeVisible();
    },
    allowedConsoleErrors: [/404/],
    axeExceptions: [
      {
        rule: 'aria-required-children',
        selector: '[role="feed"]:not(:has(article))',
        why:
          'nothing loaded, nothing loading: the feed is empty, as axe allows of an empty list ' +
          '(its reviewEmpty), and the contract keeps the feed (aria-busy="false") on screen',
      },
    ],
  },
  {
    name: 'not-found page',
    url: '/no-such-vendor',
    ready: async (page) => {
      await expect(page.getByRole('heading', { name: 'No such page' })).toBeVisible();
    },
  },
];

const RECENT = JSON.stringify([
  { vendor: 'twilio', id: SAMPLE_IDS.twilio.knowledge, openedAt: '2025-03-01T10:00:00Z' },
]);
const RECENT_AND_THEME = ({ theme, recent }: { theme: string; recent: string }) => {
  localStorage.setItem('theme', theme);
  localStorage.setItem('transcript-viewer:recent', recent);
};

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  // The theme switch's choice (app/theme-switch.tsx), and a conversation opened before so home
  // shows its recent list (hooks/use-recent.ts).
  await page.addInitScript(RECENT_AND_THEME, { theme: 'light', recent: RECENT });
});

for (const screen of SCREENS) {
  test.describe(() => {
    test.use({ allowedConsoleErrors: screen.allowedConsoleErrors ?? [] });
    test(`${screen.name}: no serious or critical axe violation, light or dark`, async ({
      page,
    }) => {
      await page.goto(screen.url);
      await expect(page.locator('html')).toHaveClass('light');
      await screen.ready(page);
      await expectNoSeriousViolations(page, screen.axeExceptions);
      // The same screen in the other theme, switched as a reader does, without a reload.
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.getByLabel('Theme').selectOption('dark');
      await expect(page.locator('html')).toHaveClass('dark');
      await expectNoSeriousViolations(page, screen.axeExceptions);
    });
  });
}
