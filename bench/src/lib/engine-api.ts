/** A GET on a Docker engine's API over its unix socket (the benches' observer): JSON, or the text. */
import http from 'node:http';

export function engineGet<T>(socketPath: string, pathAndQuery: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const req = http.request({ socketPath, path: pathAndQuery, method: 'GET', timeout: 10_000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => {
        if (!res.statusCode || res.statusCode >= 300) return reject(new Error(`${res.statusCode}: ${body}`));
        try {
          resolve(JSON.parse(body) as T);
        } catch {
          resolve(body as T); // /_ping answers "OK"
        }
      });
    });
    req.on('timeout', () => req.destroy(new Error('engine API timeout')));
    req.on('error', reject);
    req.end();
  });
}
