import fs from 'node:fs';
import { pidFile, ServiceResolver, type ResolverOptions } from './resolver.js';

/*
 * The cluster resolver's process (started detached by control/dns/service-dns.ts, or by hand:
 * `node dist/control/dns/resolver-main.js '<ResolverOptions as JSON>'`). It outlives the
 * control plane on purpose; SIGTERM stops it.
 */
const opts = JSON.parse(process.argv[2] ?? '{}') as ResolverOptions;
const resolver = new ServiceResolver(opts);
resolver
  .start()
  .then(() => {
    fs.writeFileSync(pidFile(opts.stateDir), String(process.pid));
    process.stderr.write(
      `resolver ${process.pid} serving ${opts.listen.join(', ')} port ${opts.port}, table version ${resolver.version}\n`,
    );
  })
  .catch((err: unknown) => {
    process.stderr.write(`resolver failed to start: ${(err as Error).message}\n`);
    process.exit(1);
  });

const quit = () => {
  void resolver.stop().finally(() => {
    try {
      if (fs.readFileSync(pidFile(opts.stateDir), 'utf8') === String(process.pid))
        fs.rmSync(pidFile(opts.stateDir));
    } catch {
      // already gone
    }
    process.exit(0);
  });
};
process.on('SIGTERM', quit);
process.on('SIGINT', quit);
