import { defineConfig, devices } from '@playwright/test';
import { chromiumPath } from './tests/support/chromiumPath.ts';

const BASE_URL = 'http://127.0.0.1:4321';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  workers: 2,
  forbidOnly: !!process.env['CI'],
  reporter: [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromiumPath(),
          // The network is closed: keep Chromium from phoning home.
          args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      },
    },
  ],
  webServer: {
    command: 'npm run preview',
    url: `${BASE_URL}/`,
    reuseExistingServer: !process.env['CI'],
  },
});
