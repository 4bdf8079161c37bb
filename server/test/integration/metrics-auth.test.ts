import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';

/** /metrics names every service and node: with access control on it wants an API token. */
describe('/metrics with access control on', () => {
  let s: TestServer;
  let open: TestServer;
  const metricsUrl = (t: TestServer) => t.app.url.replace(/\/graphql$/, '/metrics');

  beforeAll(async () => {
    s = await startTestServer();
    open = await startTestServer({ STEVEDORE_METRICS_PUBLIC: 'true' });
  });
  afterAll(async () => {
    await s?.stop();
    await open?.stop();
  });

  it('refuses a scrape without a token (401, Bearer challenge) or with a bad one', async () => {
    const anon = await fetch(metricsUrl(s));
    expect(anon.status).toBe(401);
    expect(anon.headers.get('www-authenticate')).toMatch(/^Bearer /);
    expect(await anon.text()).not.toContain('stevedore_');
    const bad = await fetch(metricsUrl(s), { headers: { authorization: 'Bearer not-a-real-token-0000' } });
    expect(bad.status).toBe(401);
  });

  it('serves Prometheus text to an API token, and to anyone when STEVEDORE_METRICS_PUBLIC=true', async () => {
    const ok = await fetch(metricsUrl(s), { headers: { authorization: `Bearer ${s.token}` } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toMatch(/^stevedore_nodes\{status="READY"\} \d+$/m);
    const anon = await fetch(metricsUrl(open));
    expect(anon.status).toBe(200);
    expect(await anon.text()).toContain('stevedore_nodes');
  });
});
