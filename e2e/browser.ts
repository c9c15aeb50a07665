import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * The Chromium to drive: `CHROMIUM_PATH` when set, else Playwright's own when it is installed,
 * else the system's (`chromium` / `chromium-browser` on PATH, as Debian's package installs it). Machines that cannot
 * download Playwright's browser use the second (README.md, "Run it").
 * @returns an executable path, or undefined to let Playwright use its own.
 */
export function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync(chromium.executablePath())) return undefined;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      const found = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on PATH; try the next name
    }
  }
  return undefined;
}

/** Launch options for every Chromium the tests start: as root in a container it needs
 * --no-sandbox; the rest keeps it from reaching for a network this machine does not have. */
export function launchOptions() {
  const executablePath = chromiumExecutable();
  return {
    ...(executablePath ? { executablePath } : {}),
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  };
}
