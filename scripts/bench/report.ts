import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { promisify } from 'node:util';
import { findChromium } from '../tooling/chromium.ts';

/** One table of the report: every row measured in the same run. */
type Section = { title: string; header: string[]; rows: string[][] };

/** Whether a figure meets its target, as the report's last column says it. */
export type Verdict = boolean | undefined;

/**
 * The benchmark report: tables printed as they are measured, then written, with the machine,
 * to docs/benchmarks.md. Every table ends with a target and a "meets target?" column.
 */
export function createReport() {
  const sections: Section[] = [];
  /** The rows that failed to measure, as "section: row", for the run's exit status. */
  const unmeasured: string[] = [];
  return {
    /** Starts a table; `target` and `meets target?` columns are added after `header`. */
    section(title: string, ...header: string[]) {
      const full = [...header, 'target', 'meets target?'];
      sections.push({ title, header: full, rows: [] });
      console.log(`\n${title}\n${full.join(' | ')}`);
    },
    /** Adds a row: its measured cells, its target ('–' for none) and whether it meets it. */
    row(cells: (string | number)[], target = '–', meets?: Verdict) {
      const verdict = meets === undefined ? '–' : meets ? 'yes' : '**no**';
      const all = [...cells.map(String), target, verdict];
      sections.at(-1)?.rows.push(all);
      console.log(all.join(' | '));
    },
    /** Adds a row for a measurement that failed: the reason, and a missed target. */
    failed(name: string, error: unknown, target = '–') {
      const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
      const width = (sections.at(-1)?.header.length ?? 4) - 4;
      console.error(error);
      unmeasured.push(`${sections.at(-1)?.title ?? 'no section'}: ${name}`);
      this.row([name, `not measured: ${reason}`, ...Array<string>(width).fill('–')], target, false);
    },
    /**
     * The rows that could not be measured. A figure that is missing must fail the run: a table
     * that only says "not measured" is easily read as a pass.
     */
    unmeasured(): readonly string[] {
      return unmeasured;
    },
    /** Writes docs/benchmarks.md: the date, the machine, the tables and the notes. */
    async write(notesFile = 'docs/benchmark-notes.md', outFile = 'docs/benchmarks.md') {
      const tables = sections
        .map(({ title, header, rows }) =>
          [
            `## ${title}`,
            '',
            `| ${header.join(' | ')} |`,
            `|${header.map(() => '---').join('|')}|`,
            ...rows.map((cells) => `| ${cells.join(' | ')} |`),
          ].join('\n'),
        )
        .join('\n\n');
      mkdirSync('docs', { recursive: true });
      writeFileSync(
        outFile,
        `# Benchmarks\n\nMeasured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, on ${await machine()}. Every row comes from the same run; compare ratios, not absolute times, across machines.\n\n${tables}\n\n${readFileSync(notesFile, 'utf8')}`,
      );
      console.log(`\nWritten to ${outFile}`);
    },
  };
}

/** The report's handle, as {@link createReport} returns it. */
export type Report = ReturnType<typeof createReport>;

/** Cores, CPU, memory, Node and Chromium: what the figures depend on. */
async function machine(): Promise<string> {
  const { stdout: chromium } = await promisify(execFile)(findChromium(), ['--version']).catch(
    () => ({ stdout: 'unknown Chromium' }),
  );
  return `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${chromium.trim()}`;
}

/** The value below which a share `p` (0–1) of the numbers fall (nearest rank). */
export function percentile(numbers: number[], p: number): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? NaN;
}

/** The middle value (the upper one of an even count, as the first report did). */
export const median = (numbers: number[]) =>
  [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)] ?? NaN;

/** Bytes as kilobytes (1 KB = 1,000 bytes), one decimal. */
export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

/** Milliseconds, whole. */
export const ms = (milliseconds: number) => `${Math.round(milliseconds)} ms`;

/** `a / b` to two decimals, so the verdict agrees with the figure printed. */
export const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

/** The value, or the error that stopped it, so one failed measurement does not stop the rest. */
export const settle = <T>(promise: Promise<T>) =>
  promise.catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
