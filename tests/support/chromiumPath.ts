import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** System Chromium/Chrome locations tried after CHROMIUM_PATH and Playwright's own browser. */
export const SYSTEM_CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function playwrightBundledChromium(): string | undefined {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The Chromium executable Playwright should launch:
 * 1. $CHROMIUM_PATH if set,
 * 2. Playwright's bundled browser if it has been installed (`npx playwright install chromium`),
 * 3. the first system browser that exists.
 * Throws with install instructions when none is found.
 */
export function chromiumPath(): string {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file exists there.`);
    }
    return fromEnv;
  }
  const bundled = playwrightBundledChromium();
  if (bundled) return bundled;
  const system = SYSTEM_CHROMIUM_PATHS.find((p) => existsSync(p));
  if (system) return system;
  throw new Error(
    [
      'No Chromium browser found for the end-to-end tests.',
      `Looked at: $CHROMIUM_PATH (unset), Playwright's bundled Chromium, ${SYSTEM_CHROMIUM_PATHS.join(', ')}.`,
      'Install one with `sudo apt-get install chromium` or `npx playwright install chromium`,',
      'or set CHROMIUM_PATH to a Chromium/Chrome executable. `npm run test:browser` does this check too.',
    ].join('\n'),
  );
}
