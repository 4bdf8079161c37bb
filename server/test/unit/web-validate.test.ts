import { describe, expect, it } from 'vitest';
import { buildServiceSpec } from '../../src/app/service-spec.js';

// The dashboard's form checks are the server's rules (issue #14): web/src/lib/validate.ts imports
// @stevedore/spec-rules, so a field shows the very reason the server would give for it.
// The web modules are loaded by path (server's tsc must not compile web sources).
interface FieldError {
  field: string;
  reason: string;
}
type Form = Record<string, unknown> & { ports: unknown[]; env: unknown[] };
const { emptyForm, validateForm } = (await import(
  new URL('../../../web/src/lib/spec.ts', import.meta.url).pathname
)) as { emptyForm: () => Form; validateForm: (f: Form) => FieldError[] };
const validate = (await import(new URL('../../../web/src/lib/validate.ts', import.meta.url).pathname)) as {
  checkImageRef: (s: string) => string | null;
  checkConstraint: (s: string) => string | null;
};

const serverErrors = (spec: Record<string, unknown>) =>
  buildServiceSpec({ name: 'web', image: 'nginx:1', ...spec } as never).errors;

describe('dashboard validation uses the server rules (@stevedore/spec-rules)', () => {
  it('an image, an env key, a label key, a host IP, a constraint and a spread get the server reason on the same field', () => {
    const form: Form = {
      ...emptyForm(),
      name: 'web',
      image: 'Local/WebApp:v1',
      ports: [{ containerPort: '80', hostPort: '0', hostIp: '300.1.1.1', protocol: 'TCP' }],
      env: [
        { key: '', value: '' },
        { key: 'A B', value: '1' },
      ],
      labels: [{ key: 'stevedore.service', value: 'x' }],
      constraints: 'node.labels.zone = eu',
      spread: 'node.zone',
    };
    const server = serverErrors({
      image: 'Local/WebApp:v1',
      ports: [{ containerPort: 80, hostIp: '300.1.1.1' }],
      env: [{ key: 'A B', value: '1' }],
      labels: [{ key: 'stevedore.service', value: 'x' }],
      placement: { constraints: ['node.labels.zone = eu'], spread: ['node.zone'] },
    });
    const web = validateForm(form);
    const fields = [
      'image',
      'ports[0].hostIp',
      'env[0].key',
      'labels[0].key',
      'placement.constraints[0]',
      'placement.spread[0]',
    ];
    // The form's empty first env row is not sent: the server's env[0] is the form's env[1].
    const onForm = (field: string) => field.replace('env[0]', 'env[1]');
    for (const field of fields) {
      const expected = server.find((e) => e.field === field);
      expect(expected, `server names ${field}`).toBeDefined();
      expect(web.find((e) => e.field === onForm(field))).toEqual({ ...expected, field: onForm(field) });
    }
  });

  it('validate.ts answers with the server message itself', () => {
    expect(validate.checkImageRef('Local/WebApp:v1')).toBe(
      'repository name "Local/WebApp" must be lowercase',
    );
    expect(validate.checkConstraint('node.labels.zone = eu')).toBe(
      serverErrors({ placement: { constraints: ['node.labels.zone = eu'] } })[0]!.reason,
    );
  });
});
