import { writeFile } from 'node:fs/promises';
import { SAMPLE_IDS } from '../src/server/sample-data/index.ts';
import { openFile, savedResponse } from './open-file.ts';
import { PORTS } from './ports.ts';
import { expect, test } from './test.ts';
import { feed, waitForFullLoad } from './transcript.ts';

// The file reader runs in a Web Worker (transcript-loading/file-worker.ts): under preview's
// Content-Security-Policy (a refused worker is a console error, which fails the test), and with
// a file large enough that reading it on the page would hold the page for seconds.

test('preview: a file opens under the Content-Security-Policy, its reader a worker', async ({
  page,
  request,
}) => {
  const file = await savedResponse(request, 'telnyx', SAMPLE_IDS.telnyx.toolHeavy);
  await page.goto(`http://localhost:${PORTS.preview}/open`);
  await openFile(page, file);
  await waitForFullLoad(page);
  const card = feed(page).locator('button[data-tool-call-id]').first();
  await card.click();
  await expect(card).toHaveAttribute('aria-expanded', 'true');
});

test('a 100 MB file is read off the page: no long task while it is read', async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  // The 5,000-message conversation's pages as NDJSON, repeated to 100 MB: pages of one
  // conversation, whose repeats the transcript keeps once.
  const id = encodeURIComponent(SAMPLE_IDS.telnyx.generated5000);
  const lines: string[] = [];
  for (let n = 1; ; n++) {
    const response = await request.get(
      `/api/telnyx/ai/conversations/${id}/messages?page[number]=${n}&page[size]=100`,
    );
    const body = await response.json();
    lines.push(JSON.stringify(body));
    if (body.meta.page_number >= body.meta.total_pages) break;
  }
  const once = lines.join('\n');
  const path = test.info().outputPath('large.ndjson');
  await writeFile(
    path,
    Array(Math.ceil(100e6 / once.length))
      .fill(once)
      .join('\n'),
  );

  await page.goto('/open');
  // The page's long tasks, and when the reading's progress bar went away.
  await page.evaluate(() => {
    const root = document.documentElement;
    const tasks: string[] = [];
    new PerformanceObserver((list) => {
      for (const task of list.getEntries()) tasks.push(`${task.startTime}+${task.duration}`);
      root.dataset.longTasks = tasks.join(' ');
    }).observe({ type: 'longtask', buffered: true });
    let seen = false;
    new MutationObserver(() => {
      const bar = document.querySelector('[aria-label="Reading file"]');
      seen ||= bar !== null;
      if (seen && !bar && !root.dataset.readDoneAt)
        root.dataset.readDoneAt = `${performance.now()}`;
    }).observe(document.body, { childList: true, subtree: true });
  });
  const startAt = await page.evaluate(() => performance.now());
  await openFile(page, path);
  const bar = page.getByRole('progressbar', { name: 'Reading file' });
  await expect(bar).toHaveAttribute(
    'aria-valuetext',
    /Reading large\.ndjson: [\d.]+ MB of 10\d\.\d MB/,
  );
  await expect(bar).toHaveCount(0, { timeout: 180_000 });
  await waitForFullLoad(page, 120_000);
  await expect(feed(page).locator('article').first()).toHaveAttribute('aria-setsize', '5000');
  const html = page.locator('html');
  const doneAt = Number(await html.getAttribute('data-read-done-at'));
  const tasks = ((await html.getAttribute('data-long-tasks')) ?? '')
    .split(' ')
    .filter(Boolean)
    .map((task) => task.split('+').map(Number));
  // Those that ran while the file was read (the render that shows the transcript ends later).
  const whileReading = tasks.filter(
    ([start = 0, length = 0]) => start >= startAt && start + length < doneAt,
  );
  expect(doneAt).toBeGreaterThan(0);
  expect(
    Math.max(0, ...whileReading.map(([, length = 0]) => length)),
    `${tasks.join('; ')} / ${doneAt}`,
  ).toBeLessThan(250);
});
