import { test as base, expect } from '@playwright/test';

/**
 * Playwright's `test`, failing any test whose page logs a console error or throws (TanStack's
 * examples do the same): a broken render must not pass because its assertions happened to hold.
 * A test that expects errors (an HTTP 404 the page reports) lists them in `allowedConsoleErrors`.
 */
export const test = base.extend<{ allowedConsoleErrors: RegExp[]; consoleGuard: undefined }>({
  allowedConsoleErrors: [[], { option: true }],
  consoleGuard: [
    async ({ page, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        const text = msg.text();
        if (!allowedConsoleErrors.some((re) => re.test(text))) errors.push(text);
      });
      page.on('pageerror', (err) => errors.push(err.message));
      await use(undefined);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
