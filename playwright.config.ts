import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests against the built app (`npm run build`) in the browser host. Each test starts
 * its own host on a fresh database (test/e2e/fixtures/browser-host.ts), so there is no shared
 * webServer and no order between tests. Chromium is Debian's: Playwright cannot download here.
 */
export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  // The log scan runs after every other end-to-end test, on the logs they left (a teardown project).
  projects: [
    { name: 'e2e', testIgnore: /\.teardown\.ts$/, teardown: 'log scan' },
    { name: 'log scan', testMatch: /log-scan\.teardown\.ts$/ },
  ],
  use: {
    headless: true,
    viewport: { width: 1280, height: 860 },
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
});
