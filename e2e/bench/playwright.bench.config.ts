import { defineConfig } from '@playwright/test';
import { ADMIN_STATE, CHROMIUM, WEB_URL, webServers } from '../env';

/**
 * Benchmarks: the same stack as the e2e tests, one run, figures printed and saved under artifacts/.
 * Pages are measured signed in as the admin (the e2e setup project's login).
 */
export default defineConfig({
  testDir: '.',
  outputDir: '../test-results/bench',
  workers: 1,
  timeout: 20 * 60_000,
  reporter: [['list']],
  globalSetup: '../global-setup.ts',
  use: { baseURL: WEB_URL, headless: true, viewport: { width: 1280, height: 900 }, launchOptions: CHROMIUM },
  projects: [
    { name: 'setup', testDir: '../tests', testMatch: /auth\.setup\.ts$/ },
    { name: 'bench', dependencies: ['setup'], use: { storageState: ADMIN_STATE } },
  ],
  webServer: webServers(),
});
