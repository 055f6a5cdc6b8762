import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

/** Runs the built command as a user would (a child process), under the caller's TZ. */
export function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', input, maxBuffer: 1 << 28 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
