import { defineConfig } from '@playwright/test';
import { ADMIN_STATE, CHROMIUM, WEB_URL, webServers } from './env';

/**
 * The real stack: the built server (fresh data dir, engine n1) and the built Next app pointed at
 * it, driven by Debian's headless Chromium. Tests share one cluster, so they run one at a time.
 * Access control is on: the setup project signs in as the admin once, and every test starts with
 * that session (use.storageState); a test that wants another user signs in itself.
 */
export default defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 180_000,
  expect: { timeout: 30_000 },
  reporter: [['list']],
  globalSetup: './global-setup.ts',
  use: {
    baseURL: WEB_URL,
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    launchOptions: CHROMIUM,
    screenshot: 'only-on-failure',
    trace: 'off',
    actionTimeout: 15_000,
  },
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts$/ },
    { name: 'chromium', dependencies: ['setup'], use: { storageState: ADMIN_STATE } },
  ],
  webServer: webServers(),
});
