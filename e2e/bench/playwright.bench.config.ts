import { defineConfig } from '@playwright/test';
import { CHROMIUM, WEB_URL, webServers } from '../env';

/** Benchmarks: the same stack as the e2e tests, one run, figures printed and saved under artifacts/. */
export default defineConfig({
  testDir: '.',
  outputDir: '../test-results/bench',
  workers: 1,
  timeout: 20 * 60_000,
  reporter: [['list']],
  globalSetup: '../global-setup.ts',
  use: { baseURL: WEB_URL, headless: true, viewport: { width: 1280, height: 900 }, launchOptions: CHROMIUM },
  webServer: webServers(),
});
