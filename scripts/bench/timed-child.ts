import { spawn } from 'node:child_process';

/** Wall time and peak resident memory of a finished child process. */
export type ChildCost = { seconds: number; peakMegabytes: number };

/**
 * Runs a command under GNU time (`/usr/bin/time`) and returns its wall time and peak resident
 * set size. Run as a child so the bench's own memory does not count. GNU time reports the peak
 * of the largest single process, so the command should not fork workers of its own (run
 * TypeScript with `node --import tsx`, not the `tsx` launcher, which runs a second Node).
 */
export function timedChild(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<ChildCost> {
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', '@@time %e %M', command, ...args], {
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const match = /@@time ([\d.]+) (\d+)\s*$/.exec(stderr);
      if (code !== 0 || !match) {
        // The child's last words, without GNU time's own lines.
        const lines = stderr
          .split('\n')
          .filter((line) => line.trim() && !/^(@@time|Command exited)/.test(line));
        const name = args.find((arg) => arg.endsWith('.ts')) ?? command;
        console.error(stderr);
        reject(new Error(`${name} exited with ${code}: ${lines.at(-1) ?? ''}`));
        return;
      }
      resolve({ seconds: Number(match[1]), peakMegabytes: Number(match[2]) / 1024 });
    });
  });
}
