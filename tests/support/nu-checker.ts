import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';

/** One message of the Nu HTML Checker. */
export type NuMessage = { type: string; url: string; message: string; extract?: string };

/** Options of {@link checkMarkup}. */
export type CheckMarkupOptions = {
  /** Only errors, no warnings or notes. */
  errorsOnly?: boolean;
  /** The Java to run the checker with (default `java` on the PATH). */
  java?: string;
  /** How long the checker may take, in ms: long enough for a busy machine. */
  timeout?: number;
};

/** The checker's jar, from the vnu-jar package. */
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

/**
 * Runs the Nu HTML Checker (vnu-jar, on Java) over HTML files and returns its messages. It
 * never passes empty when it could not check: a missing Java, a checker that fails, or one
 * that prints nothing it can read throws, saying so, rather than report "no problem".
 */
export function checkMarkup(
  files: string[],
  { errorsOnly = false, java = 'java', timeout = 110_000 }: CheckMarkupOptions = {},
): Promise<NuMessage[]> {
  if (files.length === 0) return Promise.reject(new Error('No file given to the Nu HTML Checker'));
  const args = ['-jar', vnuJar, '--format', 'json', ...(errorsOnly ? ['--errors-only'] : [])];
  return new Promise((resolve, reject) => {
    execFile(
      java,
      [...args, ...files],
      { timeout, maxBuffer: 16 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        // A process that could not start has a string code (ENOENT); one that ran, its exit code.
        const code = (error as { code?: string | number } | null)?.code;
        if (code === 'ENOENT') {
          reject(
            new Error(
              `The Nu HTML Checker needs Java, and there is none at "${java}". Install it with \`npm run setup\` (Debian package default-jre-headless).`,
            ),
          );
          return;
        }
        // vnu exits 1 when it found problems, and lists them on stderr; anything else failed.
        if (error && code !== 1) {
          reject(
            new Error(`The Nu HTML Checker failed (${String(code ?? error.message)}): ${stderr}`),
          );
          return;
        }
        try {
          const parsed = JSON.parse(stderr) as { messages?: NuMessage[] };
          if (!Array.isArray(parsed.messages)) throw new Error('no messages list');
          resolve(parsed.messages);
        } catch {
          reject(new Error(`The Nu HTML Checker printed no report it could read: "${stderr}"`));
        }
      },
    );
  });
}
