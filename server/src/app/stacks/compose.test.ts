import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { buildServiceSpec } from '../service-spec.js';
import { parseStack, toCompose } from './compose.js';
import type { ParseStackOptions, StackProblem } from './types.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../test/fixtures/compose/${name}`, import.meta.url), 'utf8');

const parse = (text: string, opts: Partial<ParseStackOptions> = {}) =>
  parseStack(text, { stack: 'shop', variables: {}, ...opts });

/** The refusal of a file: every problem, and the error's own message and details. */
function refusal(text: string, opts: Partial<ParseStackOptions> = {}) {
  try {
    parse(text, opts);
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    const e = err as AppError;
    expect(e.code).toBe('BAD_USER_INPUT');
    return { message: e.message, details: e.details, problems: e.details.problems as StackProblem[] };
  }
  throw new Error('the file was not refused');
}

const svc = (text: string, opts: Partial<ParseStackOptions> = {}) => parse(text, opts).services[0]!;
const yaml = (lines: string[]) => `${lines.join('\n')}\n`;

describe('reading: YAML, size, schema', () => {
  it('a YAML syntax error names its line', () => {
    const r = refusal(
      yaml(['services:', '  web:', '    image: x', '    ports: [80', '  db:', '    image: y']),
    );
    expect(r.problems[0]!.reason).toMatch(/^YAML: /);
    expect(r.problems[0]!.line).toBeGreaterThanOrEqual(4);
    expect(r.message).toMatch(/^line \d+: YAML: /);
    const quote = refusal('services:\n  web:\n    image: "local/webapp:v1\n    ports: [8080\n');
    expect(quote.problems[0]).toMatchObject({ line: 3, key: 'image' });
    expect(quote.details).toMatchObject({ line: 3, key: 'image' });
  });

  it('a duplicate key is a YAML error on its line', () => {
    const r = refusal(yaml(['services:', '  web:', '    image: x', '    image: y']));
    expect(r.problems[0]).toMatchObject({ line: 4 });
    expect(r.problems[0]!.reason).toMatch(/unique/i);
  });

  it('a file over 1 MiB is refused before it is parsed (5 MB)', () => {
    const big = `services:\n  web:\n    image: x\n    labels:\n${'      - a=b\n'.repeat(420_000)}`;
    expect(big.length).toBeGreaterThan(5_000_000);
    const r = refusal(big);
    expect(r.problems).toEqual([expect.objectContaining({ path: '', line: null })]);
    expect(r.problems[0]!.reason).toMatch(/^the compose file is 4\.8 MiB; at most 1 MiB is read$/);
  });

  it('an unknown top-level key is refused naming the key and its line', () => {
    const r = refusal(yaml(['services:', '  web:', '    image: x', 'servces:', '  db: {}']));
    expect(r.problems).toEqual([
      expect.objectContaining({ path: 'servces', key: 'servces', line: 4, service: null }),
    ]);
    expect(r.problems[0]!.reason).toMatch(/unknown top-level key "servces"/);
    expect(r.details).toMatchObject({ field: 'servces', key: 'servces', line: 4 });
  });

  it('a wrong type for replicas names line and key', () => {
    const r = refusal(yaml(['services:', '  web:', '    image: x', '    deploy:', '      replicas: three']));
    expect(r.message).toBe('line 5: services.web.deploy.replicas: must be integer');
    expect(r.details).toMatchObject({
      field: 'services.web.deploy.replicas',
      key: 'replicas',
      line: 5,
      service: 'web',
    });
  });

  it('an unknown key of a service is refused by the schema', () => {
    const r = refusal(yaml(['services:', '  web:', '    image: x', '    imagee: y']));
    expect(r.problems[0]).toMatchObject({ path: 'services.web.imagee', line: 4, service: 'web' });
  });

  it('a malformed duration is refused by the schema with its line', () => {
    const r = refusal(yaml(['services:', '  web:', '    image: x', '    stop_grace_period: soon']));
    expect(r.problems[0]).toMatchObject({ path: 'services.web.stop_grace_period', line: 4 });
    expect(r.problems[0]!.reason).toMatch(/duration/);
  });

  it('every problem is reported at once', () => {
    const r = refusal(
      yaml([
        'services:',
        '  web:',
        '    image: x',
        '    ports: ["70000:80"]',
        '    networks: [nope]',
        '  db:',
        '    build: .',
      ]),
    );
    expect(r.problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['services.web.ports[0]', 'services.web.networks[0]', 'services.db.build']),
    );
  });

  it('needs at least one service', () => {
    expect(refusal(yaml(['services: {}'])).problems[0]!.path).toBe('services');
  });

  it('refuses a bad stack name before reading', () => {
    expect(() => parse('services: {}', { stack: 'Shop!' })).toThrow(/not a stack name/);
  });
});

describe('interpolation', () => {
  const file = (image: string) => yaml(['services:', '  web:', `    image: ${image}`]);

  it('${VAR}, $VAR and $$', () => {
    expect(svc(file('"${REG}/app:$TAG"'), { variables: { REG: 'local', TAG: 'v1' } }).input.image).toBe(
      'local/app:v1',
    );
    const s = svc(yaml(['services:', '  web:', '    image: x', '    command: ["sh", "-c", "echo $$HOME"]']));
    expect(s.input.command).toEqual(['sh', '-c', 'echo $HOME']);
  });

  it('${VAR:-default} on unset and empty, ${VAR-default} on unset only', () => {
    expect(svc(file('${IMG:-local/busybox:1}')).input.image).toBe('local/busybox:1');
    expect(svc(file('${IMG:-local/busybox:1}'), { variables: { IMG: '' } }).input.image).toBe(
      'local/busybox:1',
    );
    expect(svc(file('${IMG-local/busybox:1}'), { variables: { IMG: 'local/webapp:v1' } }).input.image).toBe(
      'local/webapp:v1',
    );
    const empty = yaml([
      'services:',
      '  web:',
      '    image: x',
      '    environment:',
      '      A: "${E-fallback}"',
    ]);
    expect(svc(empty, { variables: { E: '' } }).input.env).toEqual([{ key: 'A', value: '' }]);
    expect(svc(empty).input.env).toEqual([{ key: 'A', value: 'fallback' }]);
  });

  it('defaults interpolate again', () => {
    expect(svc(file('${IMG:-${REG}/webapp:v2}'), { variables: { REG: 'local' } }).input.image).toBe(
      'local/webapp:v2',
    );
  });

  it('${VAR:+other}', () => {
    const f = yaml(['services:', '  web:', '    image: x', '    environment:', '      DEBUG: "${D:+yes}"']);
    expect(svc(f, { variables: { D: '1' } }).input.env).toEqual([{ key: 'DEBUG', value: 'yes' }]);
    expect(svc(f).input.env).toEqual([{ key: 'DEBUG', value: '' }]);
  });

  it('${VAR:?message} refuses the file naming the variable and the line', () => {
    const r = refusal(
      yaml([
        'services:',
        '  web:',
        '    image: x',
        '    environment:',
        '      DB: ${DB_URL:?set the database}',
      ]),
    );
    expect(r.message).toBe(
      'line 5: services.web.environment.DB: variable DB_URL is required: set the database',
    );
    expect(refusal(file('${IMG?}')).problems[0]!.reason).toBe('variable IMG is required');
  });

  it('an unset variable without default is empty, with a warning', () => {
    const p = parse(yaml(['services:', '  web:', '    image: x', '    environment:', '      A: "$NOPE"']));
    expect(p.services[0]!.input.env).toEqual([{ key: 'A', value: '' }]);
    expect(p.warnings).toContainEqual(
      expect.objectContaining({
        path: 'services.web.environment.A',
        line: 5,
        message: expect.stringMatching(/NOPE is not set/),
      }),
    );
    expect(p.variables).toEqual(['NOPE']);
  });

  it('numbers and booleans keep their types once interpolated (replicas, published)', () => {
    const f = yaml([
      'services:',
      '  web:',
      '    image: x',
      '    privileged: ${PRIV}',
      '    ports:',
      '      - target: 80',
      '        published: ${PORT}',
      '    deploy:',
      '      replicas: ${N:-2}',
    ]);
    const s = svc(f, { variables: { PORT: '8080', PRIV: 'true' } });
    expect(s.input.replicas).toBe(2);
    expect(s.input.ports).toEqual([expect.objectContaining({ containerPort: 80, hostPort: 8080 })]);
    expect(s.input.privileged).toBe(true);
    expect(refusal(f, { variables: { PORT: '80', PRIV: 'true', N: 'many' } }).message).toMatch(
      /line 9: services.web.deploy.replicas: must be integer/,
    );
  });

  it('a malformed reference is refused', () => {
    expect(refusal(file('"${IMG"')).problems[0]!.reason).toMatch(/no closing/);
    expect(refusal(file('"${1X}"')).problems[0]!.reason).toMatch(/not a variable reference/);
  });

  it('keys are not interpolated', () => {
    const p = svc(yaml(['services:', '  web:', '    image: x', '    environment:', '      $K: v']), {
      variables: { K: 'k' },
    });
    expect(p.input.env).toEqual([{ key: '$K', value: 'v' }]);
  });
});

describe('services', () => {
  it('names members <stack>_<name> and keeps the compose name as DNS alias on the default network', () => {
    const p = parse(yaml(['services:', '  db:', '    image: x']));
    expect(p.services[0]).toMatchObject({ name: 'shop_db', composeName: 'db', line: 2 });
    expect(p.services[0]!.input.networks).toEqual(['shop_default']);
    expect(p.networks).toEqual([
      expect.objectContaining({ name: 'shop_default', composeName: 'default', external: false }),
    ]);
    expect(p.services[0]!.aliases).toEqual([{ network: 'shop_default', aliases: ['db'] }]);
  });

  it('image substitutions given in the call replace the file image', () => {
    expect(
      svc('services:\n  db:\n    image: postgres:15\n', { images: { 'postgres:15': 'local/busybox:1' } })
        .input.image,
    ).toBe('local/busybox:1');
  });

  it('command and entrypoint: lists, and strings split as words', () => {
    const s = svc(
      yaml(['services:', '  a:', '    image: x', `    command: redis-server --name "a b" 'c d' e\\ f`]),
    );
    expect(s.input.command).toEqual(['redis-server', '--name', 'a b', 'c d', 'e f']);
    const e = parse(
      yaml(['services:', '  a:', '    image: x', '    entrypoint: ["sh", "-c"]', '    command: ["sleep 1"]']),
    );
    expect(e.services[0]!.input.entrypoint).toEqual(['sh', '-c']);
    expect(e.services[0]!.input.command).toEqual(['sleep 1']);
    expect(e.warnings).toEqual([]);
    // An empty entrypoint clears the image's own (Compose's reset).
    expect(svc(yaml(['services:', '  a:', '    image: x', '    entrypoint: ""'])).input.entrypoint).toEqual(
      [],
    );
    expect(
      refusal(yaml(['services:', '  a:', '    image: x', '    command: echo "open'])).problems[0],
    ).toMatchObject({
      path: 'services.a.command',
      line: 4,
    });
  });

  it('environment as a list and a map, env_file contents from the call, environment wins', () => {
    const list = svc(
      yaml([
        'services:',
        '  a:',
        '    image: x',
        '    env_file: .env',
        '    environment:',
        '      - A=1',
        '      - B',
        '      - C=x=y',
      ]),
      { variables: { B: 'from-var' }, envFiles: { '.env': '# c\nA=0\nD="quoted value"\nexport E=5\n' } },
    );
    expect(Object.fromEntries(list.input.env!.map((e) => [e.key, e.value]))).toEqual({
      A: '1',
      B: 'from-var',
      C: 'x=y',
      D: 'quoted value',
      E: '5',
    });
    const map = svc(
      yaml([
        'services:',
        '  a:',
        '    image: x',
        '    environment:',
        '      N: 3',
        '      T: true',
        '      U:',
      ]),
    );
    expect(map.input.env).toEqual([
      { key: 'N', value: '3' },
      { key: 'T', value: 'true' },
    ]);
    const r = refusal(yaml(['services:', '  a:', '    image: x', '    env_file: [a.env, b.env]']), {
      envFiles: { 'a.env': 'A=1' },
    });
    expect(r.problems).toEqual([
      expect.objectContaining({
        path: 'services.a.env_file[1]',
        line: 4,
        reason: expect.stringMatching(/content of b.env was not given/),
      }),
    ]);
  });

  it('ports, short syntax', () => {
    const s = svc(
      yaml([
        'services:',
        '  a:',
        '    image: x',
        '    ports:',
        '      - 80',
        '      - "8080:80"',
        '      - "127.0.0.2:9000:9000/udp"',
        '      - "7000-7001:8000-8001"',
        '      - "[::1]::53/udp"',
      ]),
    );
    expect(s.input.ports).toEqual([
      { containerPort: 80, hostPort: 0, hostIp: null, protocol: null },
      { containerPort: 80, hostPort: 8080, hostIp: null, protocol: null },
      { containerPort: 9000, hostPort: 9000, hostIp: '127.0.0.2', protocol: 'udp' },
      { containerPort: 8000, hostPort: 7000, hostIp: null, protocol: null },
      { containerPort: 8001, hostPort: 7001, hostIp: null, protocol: null },
      { containerPort: 53, hostPort: 0, hostIp: '::1', protocol: 'udp' },
    ]);
  });

  it('ports, long syntax, and the routing mesh warning', () => {
    const p = parse(
      yaml([
        'services:',
        '  a:',
        '    image: x',
        '    ports:',
        '      - target: 80',
        '        published: 8080',
        '        protocol: tcp',
        '        mode: host',
        '        host_ip: 0.0.0.0',
      ]),
    );
    expect(p.services[0]!.input.ports).toEqual([
      { containerPort: 80, hostPort: 8080, hostIp: '0.0.0.0', protocol: 'tcp' },
    ]);
    expect(p.warnings.filter((w) => w.key === 'ports')).toEqual([]);
    const mesh = parse(yaml(['services:', '  a:', '    image: x', '    ports: ["80:80"]']));
    expect(mesh.warnings).toContainEqual(
      expect.objectContaining({
        path: 'services.a.ports',
        service: 'a',
        line: 4,
        message: expect.stringMatching(/routing mesh/),
      }),
    );
  });

  it('ports out of range, long and short, name line and key', () => {
    const r = refusal(
      yaml([
        'services:',
        '  a:',
        '    image: x',
        '    ports:',
        '      - "80000:80"',
        '      - "80:0"',
        '      - target: 80',
        '        published: 65536',
        '      - "8000-8002:80"',
      ]),
    );
    expect(r.problems.map((p) => [p.line, p.path, p.reason])).toEqual([
      [5, 'services.a.ports[0]', 'published port 80000 is out of range: ports are 1 to 65535'],
      [6, 'services.a.ports[1]', 'container port 0 is out of range: ports are 1 to 65535'],
      [8, 'services.a.ports[2].published', 'published port 65536 is out of range: ports are 1 to 65535'],
      [9, 'services.a.ports[3]', expect.stringMatching(/as long as the container range/)],
    ]);
  });

  it('a host port twice is refused by the same rules as createService, on the line of the port', () => {
    const r = refusal(
      yaml(['services:', '  a:', '    image: x', '    ports:', '      - "8080:80"', '      - "8080:81"']),
    );
    expect(r.problems[0]).toMatchObject({ path: 'services.a.ports[1]', line: 6 });
  });

  it('volumes: named, bind, anonymous, read-only, long syntax', () => {
    const p = parse(
      yaml([
        'services:',
        '  a:',
        '    image: x',
        '    volumes:',
        '      - data:/data',
        '      - /etc/hosts:/h:ro',
        '      - /cache',
        '      - type: bind',
        '        source: /srv',
        '        target: /srv',
        '        read_only: true',
        '      - type: tmpfs',
        '        target: /tmp',
        '        tmpfs:',
        '          size: 1000',
        '      - data:/z:rw,nocopy',
        'volumes:',
        '  data:',
        '    labels: [k=v]',
      ]),
    );
    expect(p.services[0]!.input.volumes).toEqual([
      { type: 'volume', source: 'shop_data', target: '/data', readOnly: false },
      { type: 'bind', source: '/etc/hosts', target: '/h', readOnly: true },
      { type: 'volume', source: '', target: '/cache' },
      { type: 'bind', source: '/srv', target: '/srv', readOnly: true },
      { type: 'tmpfs', source: '', target: '/tmp', readOnly: false },
      { type: 'volume', source: 'shop_data', target: '/z', readOnly: false },
    ]);
    expect(p.volumes).toEqual([
      { name: 'shop_data', composeName: 'data', external: false, labels: { k: 'v' }, driver: null, line: 18 },
    ]);
    expect(p.warnings.map((w) => w.path)).toEqual(
      expect.arrayContaining(['services.a.volumes[4].tmpfs', 'services.a.volumes[5]']),
    );
  });

  it('volumes: undefined named volume, relative bind, npipe are refused', () => {
    const r = refusal(
      yaml([
        'services:',
        '  a:',
        '    image: x',
        '    volumes:',
        '      - nope:/data',
        '      - ./conf:/conf',
        '      - type: npipe',
        '        source: a',
        '        target: /b',
      ]),
    );
    expect(r.problems.map((p) => [p.line, p.path])).toEqual([
      [5, 'services.a.volumes[0]'],
      [6, 'services.a.volumes[1]'],
      [7, 'services.a.volumes[2].type'],
    ]);
    expect(r.problems[0]!.reason).toBe('volume "nope" is not declared under the top-level volumes:');
  });

  it('networks: list, map with aliases, external, internal, subnet; undefined ones refused', () => {
    const p = parse(
      yaml([
        'services:',
        '  api:',
        '    image: x',
        '    networks:',
        '      front:',
        '        aliases: [web, www]',
        '      back:',
        '        ipv4_address: 10.0.0.9',
        '  db:',
        '    image: y',
        '    networks: [back]',
        'networks:',
        '  front:',
        '    external: true',
        '  back:',
        '    internal: true',
        '    driver: overlay',
        '    labels: {tier: data}',
        '    ipam:',
        '      config:',
        '        - subnet: 10.0.0.0/24',
        '          gateway: 10.0.0.1',
      ]),
    );
    const [api, db] = p.services;
    expect(api!.input.networks).toEqual(['front', 'shop_back']);
    expect(api!.aliases).toEqual([
      { network: 'front', aliases: ['api', 'web', 'www'] },
      { network: 'shop_back', aliases: ['api'] },
    ]);
    expect(db!.input.networks).toEqual(['shop_back']);
    expect(p.networks).toEqual([
      expect.objectContaining({ name: 'front', external: true }),
      {
        name: 'shop_back',
        composeName: 'back',
        external: false,
        internal: true,
        labels: { tier: 'data' },
        subnet: '10.0.0.0/24',
        gateway: '10.0.0.1',
        line: 15,
      },
    ]);
    expect(p.warnings).toContainEqual(
      expect.objectContaining({ path: 'services.api.networks.back.ipv4_address', line: 8 }),
    );
    const r = refusal(yaml(['services:', '  a:', '    image: x', '    networks:', '      - nope']));
    expect(r.message).toBe(
      'line 5: services.a.networks[0]: network "nope" is not declared under the top-level networks:',
    );
    expect(
      refusal(yaml(['services:', '  a:', '    image: x', 'networks:', '  n:', '    driver: macvlan']))
        .problems[0],
    ).toMatchObject({
      path: 'networks.n.driver',
      line: 6,
    });
  });

  it('secrets: short and long, file content from the call, external; an undeclared one refused', () => {
    const p = parse(
      yaml([
        'services:',
        '  a:',
        '    image: x',
        '    secrets:',
        '      - db_pass',
        '      - source: api_key',
        '        target: /run/secrets/key.txt',
        '        mode: 0400',
        'secrets:',
        '  db_pass:',
        '    file: ./db_pass.txt',
        '  api_key:',
        '    external: true',
      ]),
      { envFiles: { './db_pass.txt': 's3cret' } },
    );
    expect(p.services[0]!.input.secrets).toEqual([
      { name: 'shop_db_pass', target: 'db_pass' },
      { name: 'api_key', target: 'key.txt' },
    ]);
    expect(p.secrets).toEqual([
      {
        name: 'shop_db_pass',
        composeName: 'db_pass',
        external: false,
        file: './db_pass.txt',
        content: 's3cret',
        line: 10,
      },
      { name: 'api_key', composeName: 'api_key', external: true, file: null, content: null, line: 12 },
    ]);
    expect(p.warnings).toContainEqual(
      expect.objectContaining({ path: 'services.a.secrets[1].mode', line: 8 }),
    );
    const r = refusal(yaml(['services:', '  a:', '    image: x', '    secrets: [nope]']));
    expect(r.message).toBe(
      'line 4: services.a.secrets[0]: secret "nope" is not declared under the top-level secrets:',
    );
    const noFile = refusal(
      yaml(['services:', '  a:', '    image: x', 'secrets:', '  s:', '    file: s.txt']),
    );
    expect(noFile.problems[0]).toMatchObject({ path: 'secrets.s.file', line: 6 });
    const elsewhere = refusal(
      yaml([
        'services:',
        '  a:',
        '    image: x',
        '    secrets:',
        '      - source: s',
        '        target: /etc/s',
        'secrets:',
        '  s:',
        '    external: true',
      ]),
    );
    expect(elsewhere.problems[0]).toMatchObject({ path: 'services.a.secrets[0].target', line: 6 });
  });

  it('healthcheck: CMD, CMD-SHELL string, NONE, disable, durations like 1m30s', () => {
    const hc = (lines: string[]) =>
      svc(yaml(['services:', '  a:', '    image: x', '    healthcheck:', ...lines.map((l) => `      ${l}`)]))
        .input.healthCheck;
    expect(
      hc([
        'test: ["CMD", "wget", "-q", "localhost"]',
        'interval: 1m30s',
        'timeout: 500ms',
        'retries: 5',
        'start_period: 1.5s',
      ]),
    ).toEqual({
      command: ['CMD', 'wget', '-q', 'localhost'],
      intervalMs: 90_000,
      timeoutMs: 500,
      startPeriodMs: 1500,
      retries: 5,
    });
    expect(hc(['test: wget -q localhost || exit 1'])).toMatchObject({
      command: ['CMD-SHELL', 'wget -q localhost || exit 1'],
    });
    expect(hc(['test: ["NONE"]'])).toMatchObject({ command: ['NONE'] });
    expect(hc(['disable: true'])).toEqual({ command: ['NONE'] });
    const noTest = parse(
      yaml(['services:', '  a:', '    image: x', '    healthcheck:', '      interval: 5s']),
    );
    expect(noTest.services[0]!.input.healthCheck).toBeUndefined();
    expect(noTest.warnings).toContainEqual(
      expect.objectContaining({ path: 'services.a.healthcheck', line: 4 }),
    );
  });

  it('labels (list and map), stop_grace_period, cap_add, privileged, network_mode and pid host', () => {
    const s = svc(
      yaml([
        'services:',
        '  a:',
        '    image: x',
        '    labels: {a: 1, b: ""}',
        '    stop_grace_period: 1m30s',
        '    cap_add: [NET_ADMIN]',
        '    privileged: true',
        '    network_mode: host',
        '    pid: host',
      ]),
    );
    expect(s.input).toMatchObject({
      labels: [
        { key: 'a', value: '1' },
        { key: 'b', value: '' },
      ],
      stopTimeoutSec: 90,
      capAdd: ['NET_ADMIN'],
      privileged: true,
      hostNetwork: true,
      hostPid: true,
      networks: [],
    });
    expect(
      svc(yaml(['services:', '  a:', '    image: x', '    labels: ["k=v", "flag"]'])).input.labels,
    ).toEqual([
      { key: 'k', value: 'v' },
      { key: 'flag', value: '' },
    ]);
    expect(
      refusal(yaml(['services:', '  a:', '    image: x', '    network_mode: bridge'])).problems[0],
    ).toMatchObject({
      path: 'services.a.network_mode',
      line: 4,
    });
  });

  it('build (and extends, volumes_from, devices) cannot be honoured safely: refused', () => {
    const r = refusal(
      yaml(['services:', '  a:', '    build: .', '  b:', '    image: x', '    volumes_from: [a]']),
    );
    expect(r.problems.map((p) => [p.line, p.path])).toEqual([
      [3, 'services.a.build'],
      [6, 'services.b.volumes_from'],
    ]);
    expect(r.problems[0]!.reason).toMatch(/cannot be honoured/);
  });

  it('every key not honoured is a warning naming key, service and line', () => {
    const p = parse(
      yaml([
        'services:',
        '  a:',
        '    image: x',
        '    container_name: one',
        '    restart: always',
        '    user: "1000"',
        '    working_dir: /w',
      ]),
    );
    expect(p.warnings.map((w) => [w.line, w.service, w.key])).toEqual([
      [4, 'a', 'container_name'],
      [5, 'a', 'restart'],
      [6, 'a', 'user'],
      [7, 'a', 'working_dir'],
    ]);
    expect(p.warnings[1]!.message).toMatch(/restart_policy/);
  });

  it('depends_on: list and conditions, dependencies first; unknown and cyclic ones refused', () => {
    const p = parse(
      yaml([
        'services:',
        '  web:',
        '    image: x',
        '    depends_on:',
        '      db:',
        '        condition: service_healthy',
        '      init:',
        '        condition: service_completed_successfully',
        '  db:',
        '    image: y',
        '    depends_on: [init]',
        '  init:',
        '    image: z',
      ]),
    );
    expect(p.services.map((s) => s.composeName)).toEqual(['init', 'db', 'web']);
    expect(p.services[2]!.dependsOn).toEqual([
      { service: 'shop_db', composeName: 'db', condition: 'service_healthy' },
      { service: 'shop_init', composeName: 'init', condition: 'service_completed_successfully' },
    ]);
    expect(p.services[1]!.dependsOn).toEqual([
      { service: 'shop_init', composeName: 'init', condition: 'service_started' },
    ]);
    expect(
      refusal(yaml(['services:', '  a:', '    image: x', '    depends_on: [b]'])).problems[0],
    ).toMatchObject({
      path: 'services.a.depends_on[0]',
      line: 4,
    });
    const cycle = refusal(
      yaml([
        'services:',
        '  a:',
        '    image: x',
        '    depends_on: [b]',
        '  b:',
        '    image: y',
        '    depends_on: [a]',
      ]),
    );
    expect(cycle.problems[0]!.reason).toMatch(/goes round: a → b → a/);
  });

  it("a service's input passes buildServiceSpec (createService's rules)", () => {
    const p = parse(fixture('docker-compose.affinity.yml'), { images: { 'postgres:15': 'local/busybox:1' } });
    for (const s of p.services) expect(buildServiceSpec(s.input).errors).toEqual([]);
  });

  it("createService's refusals land on the compose key (a bad constraint, a bad memory size)", () => {
    const r = refusal(
      yaml([
        'services:',
        '  a:',
        '    image: x',
        '    deploy:',
        '      placement:',
        '        constraints: ["engine.labels.x==y"]',
        '      resources:',
        '        limits:',
        '          memory: lots',
      ]),
    );
    expect(r.problems.map((p) => [p.line, p.path])).toEqual([
      [9, 'services.a.deploy.resources.limits.memory'],
      [6, 'services.a.deploy.placement.constraints[0]'],
    ]);
  });
});

describe('deploy', () => {
  const deploy = (lines: string[]) =>
    parse(yaml(['services:', '  a:', '    image: x', '    deploy:', ...lines.map((l) => `      ${l}`)]));

  it('mode, replicas, resources, placement', () => {
    const p = deploy([
      'mode: replicated',
      'replicas: 4',
      'resources:',
      '  limits: {cpus: "0.5", memory: 512M}',
      '  reservations: {cpus: "0.25", memory: 128M}',
      'placement:',
      '  constraints: ["node.labels.zone==eu", "node.hostname!=n3", "node.role==manager"]',
      '  preferences:',
      '    - spread: node.labels.zone',
      '  max_replicas_per_node: 2',
    ]);
    const s = p.services[0]!;
    expect(s.input).toMatchObject({
      mode: 'REPLICATED',
      replicas: 4,
      resources: { cpuLimit: '0.5', memoryLimit: '512M', cpuReservation: '0.25', memoryReservation: '128M' },
      placement: {
        constraints: ['node.labels.zone==eu', 'node.hostname!=n3', 'node.role==manager'],
        spread: ['node.labels.zone'],
        maxReplicasPerNode: 2,
      },
    });
    const spec = buildServiceSpec(s.input).spec;
    expect(spec.limits).toEqual({ nanoCpus: 5e8, memoryBytes: 512 * 1024 * 1024 });
    expect(spec.reservations).toEqual({ nanoCpus: 2.5e8, memoryBytes: 128 * 1024 * 1024 });
  });

  it('global mode; replicas with it and jobs refused', () => {
    expect(deploy(['mode: global']).services[0]!.input.mode).toBe('GLOBAL');
    expect(
      refusal(
        yaml(['services:', '  a:', '    image: x', '    deploy:', '      mode: global', '      replicas: 2']),
      ).problems[0],
    ).toMatchObject({
      path: 'services.a.deploy.replicas',
      line: 6,
    });
    expect(
      refusal(yaml(['services:', '  a:', '    image: x', '    deploy: {mode: replicated-job}'])).problems[0]!
        .path,
    ).toBe('services.a.deploy.mode');
  });

  it("update_config and rollback_config; Swarm's defaults where the file says nothing", () => {
    const s = deploy([
      'update_config:',
      '  parallelism: 2',
      '  delay: 10s',
      '  failure_action: rollback',
      '  monitor: 1m',
      '  max_failure_ratio: 0.25',
      '  order: start-first',
      'rollback_config:',
      '  parallelism: 0',
      '  failure_action: continue',
    ]).services[0]!;
    expect(s.input.update).toEqual({
      parallelism: 2,
      delayMs: 10_000,
      failureAction: 'ROLLBACK',
      monitorMs: 60_000,
      maxFailureRatio: 0.25,
      order: 'START_FIRST',
      minReadyMs: 0,
    });
    expect(s.input.rollback).toEqual({
      parallelism: 0,
      delayMs: 0,
      failureAction: 'CONTINUE',
      monitorMs: 5000,
      maxFailureRatio: 0,
      order: 'STOP_FIRST',
      minReadyMs: 0,
    });
    expect(svc('services:\n  a:\n    image: x\n').input.update).toMatchObject({
      parallelism: 1,
      failureAction: 'PAUSE',
      monitorMs: 5000,
    });
    const bad = refusal(
      yaml([
        'services:',
        '  a:',
        '    image: x',
        '    deploy:',
        '      rollback_config:',
        '        failure_action: rollback',
      ]),
    );
    expect(bad.problems[0]).toMatchObject({
      path: 'services.a.deploy.rollback_config.failure_action',
      line: 6,
    });
  });

  it('restart_policy: condition, delay, max_attempts, window (with the meaning of delay warned)', () => {
    const p = deploy([
      'restart_policy:',
      '  condition: on-failure',
      '  delay: 5s',
      '  max_attempts: 3',
      '  window: 2m',
    ]);
    expect(p.services[0]!.input.restartPolicy).toEqual({
      condition: 'ON_FAILURE',
      delayMs: 5000,
      maxAttempts: 3,
      windowMs: 120_000,
    });
    expect(p.warnings).toContainEqual(
      expect.objectContaining({ path: 'services.a.deploy.restart_policy.delay', line: 7 }),
    );
    expect(deploy(['restart_policy: {condition: none}']).services[0]!.input.restartPolicy!.condition).toBe(
      'NONE',
    );
    expect(
      refusal(
        yaml([
          'services:',
          '  a:',
          '    image: x',
          '    deploy:',
          '      restart_policy: {condition: never}',
        ]),
      ).problems[0]!.path,
    ).toBe('services.a.deploy.restart_policy.condition');
  });

  it('deploy keys not honoured are warned: labels merged, endpoint_mode vip, generic resources', () => {
    const p = deploy([
      'labels: [x=1]',
      'endpoint_mode: vip',
      'resources:',
      '  reservations:',
      '    generic_resources: []',
    ]);
    expect(p.services[0]!.input.labels).toEqual([{ key: 'x', value: '1' }]);
    expect(p.warnings.map((w) => w.path)).toEqual([
      'services.a.deploy.labels',
      'services.a.deploy.endpoint_mode',
      'services.a.deploy.resources.reservations.generic_resources',
    ]);
  });
});

describe("the seed's compose files, as they are", () => {
  const images = {
    'postgres:15': 'local/busybox:1',
    'ecommerce/api:latest': 'local/webapp:v1',
    'ecommerce/frontend:latest': 'local/webapp:v1',
    'nginx:alpine': 'local/webapp:v1',
    'redis:7-alpine': 'local/busybox:1',
  };

  it('leader-follower maps: two services on the default network, the follower after the leader', () => {
    const p = parse(fixture('leader-follower.yml'), { images });
    expect(p.services.map((s) => [s.name, s.input.image])).toEqual([
      ['shop_postgres-leader', 'local/busybox:1'],
      ['shop_postgres-follower-1', 'local/busybox:1'],
    ]);
    expect(p.services[1]!.dependsOn).toEqual([
      { service: 'shop_postgres-leader', composeName: 'postgres-leader', condition: 'service_started' },
    ]);
    expect(p.services[1]!.input.env).toContainEqual({
      key: 'POSTGRES_MASTER_HOST',
      value: 'postgres-leader',
    });
    expect(p.services[0]!.input.labels).toEqual([
      { key: 'role', value: 'leader' },
      { key: 'service', value: 'database' },
    ]);
    expect(p.networks.map((n) => n.name)).toEqual(['shop_default']);
    expect(p.warnings).toEqual([
      {
        path: 'version',
        service: null,
        key: 'version',
        line: 2,
        message: 'obsolete and ignored, as docker compose does',
      },
    ]);
  });

  it('affinity maps: constraints, spread preferences, replicas, update_config', () => {
    const p = parse(fixture('docker-compose.affinity.yml'), { images });
    const by = Object.fromEntries(p.services.map((s) => [s.composeName, s.input]));
    expect(by['ecommerce-database']!.placement).toEqual({
      constraints: ['node.labels.type==database'],
      spread: ['node.labels.zone'],
      maxReplicasPerNode: null,
    });
    expect(by['ecommerce-api']).toMatchObject({
      replicas: 4,
      placement: { constraints: ['node.labels.type==compute'], spread: ['node.labels.zone'] },
      update: { parallelism: 1, delayMs: 30_000, failureAction: 'ROLLBACK' },
    });
    expect(by['ecommerce-frontend']).toMatchObject({
      replicas: 3,
      placement: { constraints: ['node.labels.type!=database'] },
    });
    expect(p.warnings).toEqual([expect.objectContaining({ path: 'version', line: 2 })]);
  });

  it('production is refused naming the relative bind mounts of nginx-lb; its warnings come along', () => {
    const r = refusal(fixture('docker-compose.production.yml'), { images });
    expect(r.problems).toEqual([
      expect.objectContaining({
        path: 'services.nginx-lb.volumes[0]',
        service: 'nginx-lb',
        line: 12,
        reason: expect.stringMatching(/"\.\/nginx\/nginx\.conf" is relative/),
      }),
      expect.objectContaining({
        path: 'services.nginx-lb.volumes[1]',
        service: 'nginx-lb',
        line: 13,
        reason: expect.stringMatching(/"\.\/nginx\/ssl" is relative/),
      }),
    ]);
    const warned = (r.details.warnings as { path: string; line: number }[]).map((w) => [w.line, w.path]);
    expect(warned).toEqual([
      [2, 'version'],
      [133, 'networks.default.attachable'],
      [8, 'services.nginx-lb.ports'],
      [52, 'services.ecommerce-api.deploy.restart_policy.delay'],
    ]);
  });

  it('production maps once its bind sources are absolute (a changed copy: the seed file itself is refused above)', () => {
    const text = fixture('docker-compose.production.yml').replace(/- \.\/nginx\//g, '- /srv/nginx/');
    const p = parse(text, { images });
    const by = Object.fromEntries(p.services.map((s) => [s.composeName, s]));
    expect(by['nginx-lb']!.input).toMatchObject({
      replicas: 2,
      ports: [
        { containerPort: 80, hostPort: 80 },
        { containerPort: 443, hostPort: 443 },
      ],
      volumes: [
        { type: 'bind', source: '/srv/nginx/nginx.conf', target: '/etc/nginx/nginx.conf' },
        { type: 'bind', source: '/srv/nginx/ssl', target: '/etc/nginx/ssl' },
      ],
      healthCheck: {
        command: ['CMD', 'curl', '-f', 'http://localhost/health'],
        intervalMs: 30_000,
        timeoutMs: 10_000,
        retries: 3,
      },
      update: { parallelism: 1, delayMs: 10_000 },
    });
    expect(by['ecommerce-api']!.input).toMatchObject({
      replicas: 6,
      resources: { cpuLimit: '1.0', memoryLimit: '1G', cpuReservation: '0.25', memoryReservation: '512M' },
      update: { parallelism: 2, delayMs: 30_000, failureAction: 'ROLLBACK', monitorMs: 60_000 },
      restartPolicy: { condition: 'ON_FAILURE', delayMs: 5000, maxAttempts: 3 },
      healthCheck: { startPeriodMs: 30_000, intervalMs: 15_000 },
    });
    expect(by['redis-cluster']!.input.command).toEqual([
      'redis-server',
      '--cluster-enabled',
      'yes',
      '--cluster-config-file',
      'nodes.conf',
    ]);
    expect(by['redis-cluster']!.input.volumes).toEqual([
      { type: 'volume', source: 'shop_redis_data', target: '/data', readOnly: false },
    ]);
    expect(p.services.map((s) => s.composeName).indexOf('postgres-leader')).toBeLessThan(
      p.services.map((s) => s.composeName).indexOf('postgres-follower'),
    );
    expect(p.volumes.map((v) => [v.name, v.driver])).toEqual([
      ['shop_postgres_leader_data', 'local'],
      ['shop_postgres_follower_data', 'local'],
      ['shop_redis_data', 'local'],
    ]);
    expect(p.networks).toEqual([
      expect.objectContaining({ name: 'shop_default', composeName: 'default', line: 131 }),
    ]);
    for (const s of p.services) expect(buildServiceSpec(s.input).errors).toEqual([]);
  });
});

describe('toCompose: what runs, back as a compose file', () => {
  const specs = (p: ReturnType<typeof parse>) => p.services.map((s) => buildServiceSpec(s.input).spec);
  const exported = (p: ReturnType<typeof parse>) =>
    toCompose({
      stack: 'shop',
      services: p.services.map((s) => ({
        name: s.name,
        spec: buildServiceSpec(s.input).spec,
        dependsOn: s.dependsOn,
      })),
      networks: p.networks.map((n) => ({
        name: n.name,
        driver: n.internal ? 'INTERNAL' : 'BRIDGE',
        subnet: n.subnet,
        labels: n.labels,
        external: n.external,
      })),
      volumes: p.volumes,
      secrets: p.secrets,
    });

  const file = yaml([
    'services:',
    '  web:',
    '    image: local/webapp:v1',
    '    command: ["serve", "--port", "8080"]',
    '    environment: {MODE: prod, DB: db}',
    '    labels: [tier=web]',
    '    ports: ["8080:8080", "127.0.0.1::9090/udp"]',
    '    volumes: [data:/data, /etc/hosts:/h:ro, /cache]',
    '    networks: {front: {aliases: [www]}, back: null}',
    '    secrets: [{source: key, target: key.txt}]',
    '    healthcheck: {test: "wget -q -O- localhost:8080/health", interval: 1m30s, timeout: 500ms, retries: 5, start_period: 2s}',
    '    stop_grace_period: 20s',
    '    cap_add: [NET_ADMIN]',
    '    depends_on: {db: {condition: service_healthy}}',
    '    deploy:',
    '      replicas: 3',
    '      resources: {limits: {cpus: "0.5", memory: 512M}, reservations: {cpus: "0.25", memory: 64M}}',
    '      placement: {constraints: [node.labels.zone==eu], preferences: [{spread: node.labels.rack}], max_replicas_per_node: 2}',
    '      update_config: {parallelism: 2, delay: 10s, failure_action: rollback, monitor: 30s, max_failure_ratio: 0.5, order: start-first}',
    '      rollback_config: {parallelism: 0, failure_action: continue}',
    '      restart_policy: {condition: on-failure, delay: 2s, max_attempts: 4, window: 1m}',
    '  db:',
    '    image: local/busybox:1',
    '    networks: [back]',
    '    deploy: {mode: global}',
    'networks:',
    '  front: {external: true}',
    '  back: {internal: true, labels: {a: b}, ipam: {config: [{subnet: 10.9.0.0/24}]}}',
    'volumes:',
    '  data: {labels: {keep: "yes"}}',
    'secrets:',
    '  key: {file: key.txt}',
  ]);

  it('round trip: parse(toCompose(x)) gives the same service specs, members and order', () => {
    const first = parse(file, { envFiles: { 'key.txt': 'k' } });
    const text = exported(first);
    const again = parse(text);
    expect(specs(again)).toEqual(specs(first));
    expect(again.services.map((s) => [s.name, s.dependsOn])).toEqual(
      first.services.map((s) => [s.name, s.dependsOn]),
    );
    expect(again.networks.map((n) => [n.name, n.external, n.internal, n.labels, n.subnet])).toEqual(
      first.networks.map((n) => [n.name, n.external, n.internal, n.labels, n.subnet]),
    );
    expect(again.volumes.map((v) => [v.name, v.labels])).toEqual(
      first.volumes.map((v) => [v.name, v.labels]),
    );
    expect(again.secrets).toEqual([expect.objectContaining({ name: 'shop_key', external: true })]);
  });

  it('the seed files round-trip too', () => {
    for (const name of ['leader-follower.yml', 'docker-compose.affinity.yml']) {
      const first = parse(fixture(name));
      expect(specs(parse(exported(first)))).toEqual(specs(first));
    }
  });

  it('what compose cannot say is listed at the top, not dropped silently', () => {
    const spec = { ...buildServiceSpec({ name: 'shop_a', image: 'x', priority: 5 }).spec };
    spec.placement = {
      ...spec.placement,
      nodeAffinity: [{ expression: 'node.labels.ssd==true', weight: 10 }],
    };
    const text = toCompose({
      stack: 'shop',
      services: [{ name: 'shop_a', spec }],
      networks: [],
      volumes: [],
      secrets: [],
    });
    expect(text).toMatch(/^# Stack shop/);
    expect(text).toContain('#   a: priority 5');
    expect(text).toContain('#   a: node affinity node.labels.ssd==true (10)');
    expect(specs(parse(text))[0]!.priority).toBe(0);
  });
});
