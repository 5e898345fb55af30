import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';

/** The Nu HTML Checker's jar, which carries Jing, the RELAX NG validator. */
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

/** Jing's command-line driver, as vnu.jar packages it. */
const jingDriver = 'nu.validator.vendor.thaiopensource.relaxng.util.Driver';

/**
 * Validates an XML file against a RELAX NG schema in the compact syntax with Jing, and returns
 * its errors (none: valid). Never passes empty when it could not check: a missing Java, or a
 * validator that fails without listing errors, throws, saying so.
 */
export function relaxNgErrors(
  schema: string,
  file: string,
  { java = 'java', timeout = 110_000 }: { java?: string; timeout?: number } = {},
): Promise<string[]> {
  return new Promise((resolve, reject) => {
    execFile(
      java,
      ['-cp', vnuJar, jingDriver, '-c', schema, file],
      { timeout, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = (error as { code?: string | number } | null)?.code;
        if (code === 'ENOENT') {
          reject(
            new Error(
              `Jing, the RELAX NG validator, needs Java, and there is none at "${java}". Install it with \`npm run setup\` (Debian package default-jre-headless).`,
            ),
          );
          return;
        }
        const errors = `${stdout}${stderr}`
          .split('\n')
          .filter((line) => line.includes(': error: ') || line.includes(': fatal: '));
        if (error && errors.length === 0) {
          reject(new Error(`Jing failed (${String(code ?? error.message)}): ${stdout}${stderr}`));
          return;
        }
        resolve(errors);
      },
    );
  });
}
