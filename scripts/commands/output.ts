/**
 * Where a command writes: its standard output and standard error, as text written as is (add
 * the line breaks). The CLIs pass the process's streams; tests pass buffers, so a command runs
 * in the test's own process, with no child process to wait for.
 */
export type Output = { out: (text: string) => void; err: (text: string) => void };

/** The process's own standard output and error. */
export const processOutput: Output = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};

/** An output that keeps what is written, for a test to read. */
export function bufferedOutput(): Output & { stdout: () => string; stderr: () => string } {
  let stdout = '';
  let stderr = '';
  return {
    out: (text) => void (stdout += text),
    err: (text) => void (stderr += text),
    stdout: () => stdout,
    stderr: () => stderr,
  };
}
