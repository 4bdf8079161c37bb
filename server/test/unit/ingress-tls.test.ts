import { describe, expect, it } from 'vitest';
import { selfSignedCert } from '../../src/app/testing/self-signed.js';
import { parseTlsPem } from '../../src/domain/ingress-tls.js';

describe('parseTlsPem (an ingress TLS secret)', () => {
  const a = selfSignedCert('a.test');
  const b = selfSignedCert('b.test');

  it('reads a certificate and its key in either order, with the leaf subject', () => {
    for (const pem of [a.cert + a.key, a.key + '\n' + a.cert]) {
      const r = parseTlsPem(pem);
      expect('material' in r && r.material.subject).toBe('CN=a.test');
      expect('material' in r && r.material.key.trim()).toBe(a.key.trim());
      expect('material' in r && r.material.validTo.getTime()).toBeGreaterThan(Date.now());
    }
  });

  it('keeps a chain after the leaf', () => {
    const r = parseTlsPem(a.cert + b.cert + a.key);
    expect('material' in r && r.material.cert.match(/BEGIN CERTIFICATE/g)?.length).toBe(2);
  });

  it("refuses a key that is not the certificate's, and a missing or unreadable part", () => {
    expect(parseTlsPem(a.cert + b.key)).toEqual({
      reason: 'its private key does not belong to its (first) certificate',
    });
    expect(parseTlsPem(a.key)).toMatchObject({ reason: expect.stringContaining('no PEM certificate') });
    expect(parseTlsPem(a.cert)).toMatchObject({ reason: expect.stringContaining('no PEM private key') });
    const broken = a.cert.replace(/\n[A-Za-z0-9+/]{20}/, '\nAAAAAAAAAAAAAAAAAAAA');
    expect(parseTlsPem(broken + a.key)).toMatchObject({
      reason: expect.stringMatching(/cannot be read|does not belong/),
    });
  });
});
