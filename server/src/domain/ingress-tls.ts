import { X509Certificate, createPrivateKey } from 'node:crypto';

/*
 * The PEM text of an ingress TLS secret: the certificate (then its chain) and the private key,
 * in one secret, in any order, as Traefik's and nginx's certificate files take them. Admission
 * refuses a secret this cannot read; the ingress (control/ingress/ingress.ts) loads what it gives.
 */

export interface TlsMaterial {
  /** The certificates, leaf first, as PEM. */
  cert: string;
  /** The private key, as PEM. */
  key: string;
  /** The leaf certificate's subject, e.g. `CN=app.test`. */
  subject: string;
  validTo: Date;
}

const KEY = /-----BEGIN ([A-Z ]*)PRIVATE KEY-----[\s\S]+?-----END \1PRIVATE KEY-----/;
const CERTS = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/** The certificate chain and key of `pem`, or why they cannot serve TLS. */
export function parseTlsPem(pem: string): { material: TlsMaterial } | { reason: string } {
  const key = pem.match(KEY)?.[0];
  const certs = pem.match(CERTS);
  if (!certs) return { reason: 'holds no PEM certificate (-----BEGIN CERTIFICATE-----)' };
  if (!key) return { reason: 'holds no PEM private key (-----BEGIN PRIVATE KEY-----)' };
  let leaf: X509Certificate;
  try {
    leaf = new X509Certificate(certs[0]!);
  } catch (err) {
    return { reason: `its certificate cannot be read: ${(err as Error).message}` };
  }
  try {
    if (!leaf.checkPrivateKey(createPrivateKey(key)))
      return { reason: 'its private key does not belong to its (first) certificate' };
  } catch (err) {
    return { reason: `its private key cannot be read: ${(err as Error).message}` };
  }
  return {
    material: {
      cert: certs.join('\n'),
      key,
      subject: leaf.subject.split('\n').join(', '),
      validTo: new Date(leaf.validTo),
    },
  };
}
