import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkReplicas } from '@stevedore/spec-rules';
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
  typedNumber: (s: string) => number;
  asTyped: (reason: string, typed: string) => string;
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

  it('replicas, ports, a health check, stop timeout, resources and rollout numbers get the server reason on the same field', () => {
    const form: Form = {
      ...emptyForm(),
      name: 'web',
      image: 'nginx:1',
      replicas: '1001',
      ports: [
        { containerPort: '70000', hostPort: '', hostIp: '', protocol: 'TCP' },
        { containerPort: '80', hostPort: '8080', hostIp: '', protocol: 'TCP' },
        { containerPort: '81', hostPort: '8080', hostIp: '127.0.0.1', protocol: 'TCP' },
      ],
      cpuLimit: '0.5',
      cpuReservation: '1',
      memoryLimit: '1m',
      health: {
        enabled: true,
        kind: 'shell',
        test: ' ',
        intervalMs: '0',
        timeoutMs: '3000',
        retries: '1001',
        startPeriodMs: '-1',
      },
      maxReplicasPerNode: '-1',
      update: { ...(emptyForm().update as object), parallelism: '-1', maxFailureRatio: '2' },
      stopTimeoutSec: '3601',
    };
    const server = serverErrors({
      replicas: 1001,
      ports: [
        { containerPort: 70000 },
        { containerPort: 80, hostPort: 8080 },
        { containerPort: 81, hostPort: 8080, hostIp: '127.0.0.1' },
      ],
      resources: { cpuLimit: 0.5, cpuReservation: 1, memoryLimit: '1m' },
      healthCheck: { shell: ' ', intervalMs: 0, timeoutMs: 3000, retries: 1001, startPeriodMs: -1 },
      placement: { maxReplicasPerNode: -1 },
      update: { parallelism: -1, maxFailureRatio: 2 },
      stopTimeoutSec: 3601,
    });
    const fields = [
      'replicas',
      'ports[0].containerPort',
      'ports[2].hostPort',
      'resources.cpuReservation',
      'resources.memoryLimit',
      'healthCheck.shell',
      'healthCheck.intervalMs',
      'healthCheck.retries',
      'healthCheck.startPeriodMs',
      'placement.maxReplicasPerNode',
      'update.parallelism',
      'update.maxFailureRatio',
      'stopTimeoutSec',
    ];
    const web = validateForm(form);
    for (const field of fields) {
      const expected = server.filter((e) => e.field === field);
      expect(expected, `server names ${field}`).toHaveLength(1);
      expect(web.filter((e) => e.field === field)).toEqual(expected);
    }
    // Nothing the server lets through is refused by the form.
    expect(web.map((e) => e.field).sort()).toEqual(server.map((e) => e.field).sort());
  });

  it('a number field left empty or not a number says what was typed', () => {
    const web = validateForm({
      ...emptyForm(),
      name: 'web',
      image: 'nginx:1',
      replicas: '',
      stopTimeoutSec: 'x',
    });
    expect(web).toEqual([
      { field: 'replicas', reason: 'must be a whole number from 0 to 1000 (got nothing)' },
      { field: 'stopTimeoutSec', reason: 'must be a whole number of seconds from 0 to 3600 (got x)' },
    ]);
  });

  it("the scale box's helpers give the server's replicas reason, quoting what was typed", () => {
    // ServiceDetail's ScaleControl: checkReplicas(typedNumber(text)), shown with asTyped.
    const reason = (text: string) => {
      const r = checkReplicas(validate.typedNumber(text))[0]?.reason;
      return r && validate.asTyped(r, text);
    };
    expect(reason('1001')).toBe(serverErrors({ replicas: 1001 }).find((e) => e.field === 'replicas')!.reason);
    expect(reason('two')).toBe('must be a whole number from 0 to 1000 (got two)');
    expect(reason('3')).toBeUndefined();
  });

  it('web/src has no copy of a rule: no reason text of @stevedore/spec-rules appears in it', () => {
    const dir = (rel: string) => new URL(rel, import.meta.url).pathname;
    const files = (root: string): string[] =>
      readdirSync(root, { withFileTypes: true }).flatMap((d) =>
        d.isDirectory() ? files(`${root}/${d.name}`) : [`${root}/${d.name}`],
      );
    const rules = files(dir('../../../packages/spec-rules/src'))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    // The literal text of every reason (up to its first ${...}), long enough to be a rule's own words.
    const reasons = [...rules.matchAll(/reason:\s*(?:'([^']*)'|`([^`$]*))/g)]
      .map((m) => (m[1] ?? m[2] ?? '').trim())
      .filter((t) => t.length >= 12);
    expect(reasons.length).toBeGreaterThan(20);
    for (const t of ['must be a whole number from 0 to', 'must be an integer between 1 and 65535'])
      expect(reasons.some((r) => r.startsWith(t))).toBe(true);
    const web = files(dir('../../../web/src'))
      .filter((f) => /\.tsx?$/.test(f) && !f.includes('/gql/'))
      .map((f) => ({ f, text: readFileSync(f, 'utf8') }));
    const copies = web.flatMap(({ f, text }) =>
      reasons.filter((t) => text.includes(t)).map((t) => `${f}: ${t}`),
    );
    expect(copies).toEqual([]);
  });
});
