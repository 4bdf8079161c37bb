import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { createWebService, docker, gql, removeServices, shot, uniqueName, waitFor } from '../helpers';

/** Debian's registry (distribution 2.x), on a port of this test's own, for the pull. */
const REGISTRY_BIN = '/usr/bin/docker-registry';
const REGISTRY = `127.0.0.1:${process.env.E2E_REGISTRY_PORT ?? 4361}`;

/**
 * The Images page on engine n1: an image of our own (local/webapp:v1 plus a label, so it has
 * one tag and an id nobody else uses) is pushed to a local registry and removed, then pulled
 * from the page while the bar goes to 100; removing it while a service's containers use it is
 * refused with the reason beside the button; once the service is gone it is removed.
 */
test.describe('images', () => {
  // The pull needs a registry to pull from, and there is none outside: Debian's docker-registry
  // (.ci/run installs it) runs one on 127.0.0.1. Without the package the pull test cannot run.
  test.skip(!fs.existsSync(REGISTRY_BIN), `${REGISTRY_BIN} is not installed`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-e2e-registry-'));
  const repo = `${REGISTRY}/${uniqueName('img')}`;
  const ref = `${repo}:1`;
  const svc = uniqueName('imguser');
  let registry: ChildProcess | undefined;

  test.beforeAll(async () => {
    const config = path.join(tmp, 'registry.yml');
    fs.writeFileSync(
      config,
      [
        'version: 0.1',
        'log:',
        '  level: error',
        'storage:',
        '  filesystem:',
        `    rootdirectory: ${path.join(tmp, 'data')}`,
        'http:',
        `  addr: ${REGISTRY}`,
        '',
      ].join('\n'),
    );
    registry = spawn(REGISTRY_BIN, ['serve', config], { stdio: 'ignore' });
    await waitFor('registry up', async () => (await fetch(`http://${REGISTRY}/v2/`).catch(() => null))?.ok);
    fs.writeFileSync(path.join(tmp, 'Dockerfile'), `FROM local/webapp:v1\nLABEL e2e.image="${repo}"\n`);
    await docker(1, 'build', '-q', '-t', ref, tmp);
    await docker(1, 'push', ref);
    await docker(1, 'rmi', ref);
  });

  test.afterAll(async () => {
    await removeServices(svc);
    await docker(1, 'rmi', '-f', ref).catch(() => undefined);
    registry?.kill('SIGTERM');
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  test('pull with progress to 100, remove refused while in use, then removed', async ({ page }) => {
    await page.goto('/images');
    await expect(page.getByRole('heading', { name: 'Images', level: 1 })).toBeVisible();
    await page.getByTestId('pull-ref').fill(ref);
    await page.getByTestId('pull-submit').click();
    const pull = page.getByTestId('pull');
    await expect(pull).toHaveAttribute('data-state', 'COMPLETED', { timeout: 90_000 });
    await expect(page.getByTestId('pull-progress')).toHaveAttribute('aria-valuenow', '100');
    await expect(page.getByTestId('pull-percent')).toHaveText('100%');
    // The image is listed across nodes, then per node with its size and creation.
    await expect(page.locator(`[data-testid=image-group][data-tags="${ref}"]`)).toBeVisible();
    await shot(page, 'images');

    // In use by a service's containers: the engine refuses, and the page says why.
    const id = await createWebService(svc, { image: ref, replicas: 1 });
    await waitFor('a container of the service', async () => {
      const d = await gql<{ containers: { items: { id: string }[] } }>(
        'query($s: String) { containers(filter: { service: $s }) { items { id } } }',
        { s: id },
      );
      return d.containers.items.length > 0;
    });
    await page.getByRole('button', { name: 'Per node' }).click();
    const row = page.locator(`[data-testid=image-row][data-tags="${ref}"]`);
    await expect(row).toContainText(svc, { timeout: 30_000 });
    await row.getByTestId('image-remove').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
    await expect(row.getByTestId('image-remove-error')).toContainText(/in use|being used|must force/i);
    expect(await docker(1, 'images', '-q', ref)).not.toBe('');

    // History lists the layers, the label step among them.
    await row.getByRole('button', { name: 'History' }).click();
    await expect(row.getByTestId('image-history')).toContainText('LABEL');

    await removeServices(id);
    await row.getByTestId('image-remove').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
    await expect(row).toHaveCount(0);
    expect(await docker(1, 'images', '-q', ref)).toBe('');
  });
});

/** The Volumes page on engine n1: a volume with a file is backed up (bar, checksum) and restored. */
test.describe('volumes', () => {
  const vol = uniqueName('vol');
  const restored = `${vol}-restored`;

  test.beforeAll(async () => {
    await gql('mutation($i: CreateVolumeInput!) { createVolume(input: $i) { name } }', {
      i: { node: 'local', name: vol },
    });
    // 3 MiB of data in it, so the size and the backup are not empty.
    await docker(
      1,
      'run',
      '--rm',
      '-v',
      `${vol}:/data`,
      'local/busybox:1',
      'sh',
      '-c',
      'head -c 3145728 /dev/urandom > /data/blob && echo hello > /data/note',
    );
  });

  test.afterAll(async () => {
    for (const name of [vol, restored])
      await gql('mutation($n: String!) { removeVolume(node: "local", name: $n, force: true) { name } }', {
        n: name,
      }).catch(() => undefined);
  });

  test('back up a volume with progress and a checksum, restore it into a new volume', async ({ page }) => {
    await page.goto('/volumes');
    const row = page.locator(`[data-testid=volume-row][data-volume="${vol}"]`);
    await expect(row).toBeVisible();
    await expect(row).toContainText(/3(\.\d)? MiB/);
    await row.getByTestId('volume-backup').click();
    const work = row.getByTestId('backup-work');
    await expect(work).toHaveAttribute('data-state', 'COMPLETED', { timeout: 90_000 });
    await expect(work).toHaveAttribute('data-percent', '100');
    const backup = page.locator(`[data-testid=backup-row][data-volume="${vol}"]`).first();
    await expect(backup).toBeVisible();
    await expect(backup.getByTestId('backup-sha256')).toHaveText(/^[0-9a-f]{16}…$/);
    const file = (await backup.getAttribute('data-file'))!;
    const listed = await gql<{ volumeBackups: { file: string; sha256: string; bytes: number }[] }>(
      '{ volumeBackups { file sha256 bytes } }',
    );
    const b = listed.volumeBackups.find((x) => x.file === file)!;
    expect(b.bytes).toBeGreaterThan(3145728);
    expect(b.sha256).toMatch(/^[0-9a-f]{64}$/);
    await shot(page, 'volumes');

    // A name already taken is refused on its field; nothing is created.
    await backup.getByTestId('restore-name').fill(vol);
    await backup.getByTestId('restore-submit').click();
    await expect(backup.getByTestId('restore-name-error')).toContainText('already exists');

    await backup.getByTestId('restore-name').fill(restored);
    await backup.getByTestId('restore-submit').click();
    await expect(page.locator(`[data-testid=volume-row][data-volume="${restored}"]`)).toBeVisible({
      timeout: 90_000,
    });
    await expect(page.locator(`[data-testid=restore-work][data-volume="${restored}"]`)).toHaveAttribute(
      'data-state',
      'COMPLETED',
    );
    // The data came back: same file, same bytes.
    const sum = (name: string) =>
      docker(
        1,
        'run',
        '--rm',
        '-v',
        `${name}:/data:ro`,
        'local/busybox:1',
        'sh',
        '-c',
        'md5sum /data/blob; cat /data/note',
      );
    expect(await sum(restored)).toBe(await sum(vol));
  });
});
