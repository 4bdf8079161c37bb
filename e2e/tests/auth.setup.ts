import fs from 'node:fs';
import path from 'node:path';
import { test as setup } from '@playwright/test';
import { ADMIN_PASSWORD, ADMIN_STATE, ADMIN_USER } from '../env';
import { signIn } from '../helpers';

// Every browser test starts signed in as the admin: sign in once through the real login page and
// keep the session cookie (the config's use.storageState points here).
setup.use({ storageState: { cookies: [], origins: [] } });

setup('sign in as admin', async ({ page }) => {
  fs.mkdirSync(path.dirname(ADMIN_STATE), { recursive: true });
  await signIn(page, ADMIN_USER, ADMIN_PASSWORD);
  await page.context().storageState({ path: ADMIN_STATE });
});
