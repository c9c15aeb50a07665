import { SAMPLE_IDS } from '../src/server/sample-data/index.ts';
import { expect, test } from './test.ts';
import { articleAt, feed, scrollUntilAttached, waitForFullLoad } from './transcript.ts';

const open = async (page: import('@playwright/test').Page, vendor: string, id: string) => {
  await page.goto(`/${vendor}/${encodeURIComponent(id)}`);
  await waitForFullLoad(page);
};

for (const vendor of ['twilio', 'telnyx', 'moveworks'] as const) {
  test(`${vendor}: Markdown tables and highlighted code blocks render`, async ({ page }) => {
    await open(page, vendor, SAMPLE_IDS[vendor].refund);
    await scrollUntilAttached(page, feed(page).locator('table'));
    await expect(feed(page).locator('table').first()).toBeVisible();
    await expect(feed(page).locator('th').first()).not.toBeEmpty();
    await open(page, vendor, SAMPLE_IDS[vendor].passwordReset);
    const code = feed(page).locator('pre code').first();
    await scrollUntilAttached(page, code);
    await expect(code).toBeVisible();
    // A fence's language label (a ::before of its <pre>) sits in a band above the code, not over
    // the end of its first line: px between the label's bottom and the code's top.
    const labelGap = () =>
      feed(page)
        .locator('pre[data-language] > code')
        .first()
        .evaluate((el) => {
          const pre = el.parentElement;
          if (!pre) return Number.NaN;
          const label = getComputedStyle(pre, '::before');
          const labelBottom =
            pre.getBoundingClientRect().top + parseFloat(label.top) + parseFloat(label.height);
          return el.getBoundingClientRect().top - labelBottom;
        });
    await expect.poll(labelGap).toBeGreaterThanOrEqual(0);
    // The lazily loaded highlighter colours tokens as CSS Custom Highlights: ranges over the
    // code's own text, no elements added.
    const highlightedInCode = () =>
      page.evaluate(() => {
        let ranges = 0;
        CSS.highlights.forEach((highlight, name) => {
          if (!name.startsWith('hljs-')) return;
          highlight.forEach((range) => {
            if (range instanceof Range && range.startContainer.parentElement?.closest('pre code'))
              ranges++;
          });
        });
        return ranges;
      });
    await expect.poll(highlightedInCode).toBeGreaterThan(0);
    await expect(code.locator('*')).toHaveCount(0);
  });
}

for (const vendor of ['twilio', 'telnyx'] as const) {
  test(`${vendor}: a tool card opens, shows arguments and result, and stays open after scrolling away`, async ({
    page,
  }) => {
    await open(page, vendor, SAMPLE_IDS[vendor].generated5000);
    const card = feed(page).locator('button[data-tool-call-id]').first();
    const callId = await card.getAttribute('data-tool-call-id');
    const articleId = await feed(page)
      .locator('article')
      .filter({ has: page.locator('button[data-tool-call-id]') })
      .first()
      .getAttribute('data-message-id');
    await card.click();
    await expect(card).toHaveAttribute('aria-expanded', 'true');
    const article = feed(page).locator(`article[data-message-id="${articleId}"]`);
    await expect(article).toContainText('Arguments');
    await expect(article).toContainText('Result');

    await page.getByRole('button', { name: 'Jump to end' }).click();
    await expect(articleAt(page, 5000)).toBeInViewport();
    await expect(article).toHaveCount(0); // virtualized away
    await page.getByRole('button', { name: 'Jump to start' }).click();
    await expect(article.locator(`button[data-tool-call-id="${callId}"]`)).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await expect(article).toContainText('Arguments');
  });

  test(`${vendor}: the review panel's "Failed only" finds the failing call and jumps to it`, async ({
    page,
  }) => {
    await open(page, vendor, SAMPLE_IDS[vendor].toolHeavy);
    await page.getByRole('button', { name: /^Tool calls \(\d+\)$/ }).click();
    const panel = page.getByRole('complementary', { name: 'Tool calls' });
    await panel.getByLabel('Failed only').check();
    const failed = panel.getByRole('listitem');
    await expect(failed).toHaveCount(1);
    const name = (await failed.locator('code').textContent()) ?? '';
    await failed.getByRole('button').click();
    const card = feed(page).getByRole('button', { name: new RegExp(`Tool call ${name}.*failed`) });
    await expect(card).toHaveAttribute('aria-expanded', 'true');
    await expect(card).toBeInViewport();
  });
}

test('moveworks: citation markers sit at their positions and link to their sources', async ({
  page,
}) => {
  await open(page, 'moveworks', SAMPLE_IDS.moveworks.citations);
  const markers = feed(page).locator('a[data-citation-id]');
  await expect(markers.first()).toBeVisible();
  const placed = await markers.evaluateAll((els) =>
    els.map((el) => {
      const paragraph = el.closest('p');
      const range = document.createRange();
      if (paragraph) range.setStart(paragraph, 0);
      range.setEndBefore(el);
      // The text a reader sees before the marker: no hover cards, no other markers.
      const seen = range.cloneContents();
      seen.querySelectorAll('[role=tooltip], [data-citation-id]').forEach((n) => n.remove());
      return {
        before: (seen.textContent ?? '').trimEnd(),
        href: el.getAttribute('href'),
        text: el.textContent,
      };
    }),
  );
  expect(placed.length).toBeGreaterThanOrEqual(4);
  for (const p of placed) {
    expect(p.href).toMatch(/^https:\/\//);
    // Markers follow the end of a sentence, as Moveworks places them.
    expect(p.before).toMatch(/[.!?]$/);
  }
  // Several citations at one offset stand side by side after the same sentence.
  const sameSpot = placed.filter((p) => p.before.endsWith('within 3–5 business days.'));
  expect(sameSpot.length).toBeGreaterThanOrEqual(2);
  // Shortcodes show as emoji, in the text and in a source's title (docs/vendor-notes.md §3.4).
  const cited = feed(page)
    .locator('article', { has: page.locator('a[data-citation-id]') })
    .first();
  await expect(cited).toContainText('once, not twice ✅. The renewal');
  await expect(cited).toContainText('👉 More detail');
  await expect(cited).not.toContainText(':white_check_mark:');
  await expect(cited.getByRole('region', { name: 'Sources' })).toContainText(
    '🏦 Bank authorizations FAQ',
  );
  // The source's title and body show on focus.
  await markers.first().focus();
  await expect(page.getByRole('tooltip').filter({ visible: true }).first()).toContainText(/\w/);
  await expect(feed(page).getByRole('region', { name: 'Sources' }).first()).toBeVisible();
});

// The image is fetched when the reader asks for it; offline, its host does not resolve.
test.describe('hostile markup', () => {
  test.use({
    allowedConsoleErrors: [/ERR_NAME_NOT_RESOLVED|ERR_CONNECTION|ERR_INTERNET_DISCONNECTED/],
  });
  for (const vendor of ['twilio', 'telnyx', 'moveworks'] as const) {
    test(`${vendor}: hostile markup runs no script and makes no unsafe link`, async ({ page }) => {
      page.on('dialog', (d) => {
        throw new Error(`a dialog opened: ${d.message()}`);
      });
      const images: string[] = [];
      page.on('request', (r) => r.resourceType() === 'image' && images.push(r.url()));
      await open(page, vendor, SAMPLE_IDS[vendor].hostile);
      await page.getByRole('button', { name: 'Expand all' }).click();
      const f = feed(page);
      await expect(f).toContainText('<script>window.__xss=1</script>');
      expect(await page.evaluate(() => 'xss' in window || '__xss' in window)).toBe(false);
      await expect(
        f.locator('script, iframe, svg, object, embed, [onerror], [onclick], [onload]'),
      ).toHaveCount(0);
      await expect(f.locator('a[href^="javascript:" i], a[href^="data:" i]')).toHaveCount(0);
      for (const href of await f
        .locator('a[href]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''))) {
        expect(href).toMatch(/^(https?:|mailto:)/);
      }
      const safe = f.getByRole('link', { name: 'a safe link' });
      if (vendor !== 'moveworks' || (await safe.count()) > 0) {
        await expect(safe).toHaveAttribute('target', '_blank');
        await expect(safe).toHaveAttribute('rel', 'noopener noreferrer');
      }
      // A remote image loads only when asked.
      expect(images.filter((u) => u.includes('tracker.example'))).toEqual([]);
      await f.getByRole('button', { name: /Show image: tracking pixel/ }).click();
      await expect(f.locator('img[src="https://tracker.example/pixel.png"]')).toBeAttached();
    });
  }
});
