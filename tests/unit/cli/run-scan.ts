/** Runs the scan CLI as a real process (node + tsx): stdin in, stdout out, exit code. */
import { spawnSync } from 'node:child_process';
import { REPO_ROOT } from '../../shared';

export function scan(args: readonly string[], input = '') {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/scan.ts', ...args], {
    cwd: REPO_ROOT,
    input,
    encoding: 'utf8',
    timeout: 30_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The JSON objects of a JSONL output. */
export const jsonLines = (stdout: string) =>
  stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
