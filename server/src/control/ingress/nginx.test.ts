import { describe, expect, it } from 'vitest';
import { renderNginxConfig } from './nginx.js';

describe('renderNginxConfig', () => {
  const defaults = {
    failureThreshold: 5,
    resetTimeoutMs: 60_000,
    upstreamTimeoutMs: 10_000,
    retries: 2,
    listenHost: '127.0.0.1',
  };
  it('renders one upstream with every replica and the breaker as passive checks', () => {
    const text = renderNginxConfig(
      'web.app',
      {
        port: 18080,
        targetPort: 8080,
        algorithm: 'LEAST_CONNECTIONS',
        failureThreshold: 3,
        resetTimeoutMs: null,
        upstreamTimeoutMs: null,
      },
      [
        { address: '127.0.0.1', port: 32768, comment: 'slot 1 on n1' },
        { address: '10.214.2.2', port: 32770, comment: 'slot 2 on n2' },
      ],
      defaults,
    );
    expect(text).toContain('upstream stevedore_web_app {\n    least_conn;');
    expect(text).toContain('server 10.214.2.2:32770 max_fails=3 fail_timeout=60s;  # slot 2 on n2');
    expect(text).toContain('listen 127.0.0.1:18080;');
    expect(text).toContain('proxy_next_upstream_tries 3;');
  });
  it('stays valid without replicas', () => {
    const text = renderNginxConfig(
      'w',
      {
        port: 18081,
        targetPort: 80,
        algorithm: 'ROUND_ROBIN',
        failureThreshold: null,
        resetTimeoutMs: null,
        upstreamTimeoutMs: null,
      },
      [],
      defaults,
    );
    expect(text).toContain('server 127.0.0.1:9 down;');
  });
});
