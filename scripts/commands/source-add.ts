/**
 * `source:add <file.txt|file.html> [--data <corpus folder>] [--id …] [--headline …]
 * [--publisher …] [--byline …] [--published YYYY-MM-DD] [--dateline …] [--url …]`: adds a source
 * to the corpus (see `sources/add-source.ts`), with the fields the file proposes unless given.
 * Prints the record it wrote, or every problem and writes nothing.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { recordYaml } from '../author/yaml-edit.ts';
import { addSourceFile, fileVersions, sourceIdTaken } from '../author/corpus-writes.ts';
import { formatProblem } from '../corpus/problem.ts';
import {
  fieldWords,
  proposalFields,
  readSource,
  sourceRecord,
  type ReadSource,
} from '../sources/add-source.ts';
import type { Output } from './output.ts';

/** Every field a flag may give: the id, and each field a file may propose. */
const fields = ['id', ...proposalFields] as const;

const usage =
  'Usage: npm run source:add -- <file.txt|file.html> [--data <corpus folder>] [--id <slug>] [--headline <text>] [--publisher <text>] [--byline <text>] [--published YYYY-MM-DD] [--dateline <text>] [--url <address>]';

/** Runs `source:add` with its arguments; returns the exit code (0, or 1 when nothing was added). */
export function sourceAdd(args: string[], output: Output): number {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        data: { type: 'string' },
        ...Object.fromEntries(fields.map((field) => [field, { type: 'string' as const }])),
      },
    });
  } catch (error) {
    output.err(`${error instanceof Error ? error.message : String(error)}\n${usage}\n`);
    return 1;
  }
  const { values, positionals } = parsed;
  const [file, ...rest] = positionals;
  if (!file || rest.length > 0) {
    output.err(`${usage}\n`);
    return 1;
  }
  const dir = resolve(values.data ?? 'data');
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    output.err(
      `There is no corpus folder ${dir}: give --data the folder that holds sources.yaml. Nothing was written.\n`,
    );
    return 1;
  }
  let read;
  try {
    read = readSource(basename(file), readFileSync(file));
  } catch (error) {
    // A file that cannot be read or is no source: one plain line, never a stack trace.
    const reason =
      error instanceof Error && 'code' in error && error.code === 'ENOENT'
        ? `There is no file ${resolve(file)}`
        : error instanceof Error
          ? error.message
          : String(error);
    output.err(`${reason}. Nothing was written.\n`);
    return 1;
  }
  const given = Object.fromEntries(
    fields.flatMap((field) => {
      const value = (values as Record<string, string | boolean | undefined>)[field];
      return typeof value === 'string' ? [[field, value.trim()]] : [];
    }),
  );
  const failed = (problems: string[]) => {
    output.err(
      `The source was not added to ${dir}; nothing was written.\n\n${problems.join('\n\n')}\n`,
    );
    return 1;
  };
  // What the file does not say is asked for by its flag, beside all it does say.
  const { record, missing } = sourceRecord(read, given, (id) => sourceIdTaken(dir, id));
  if (!record) {
    return failed([
      describeProposal(read, given),
      ...missing.map((field) => `The file does not say its ${fieldWords[field]}: give --${field}.`),
    ]);
  }
  const result = addSourceFile(dir, fileVersions(dir), read, given);
  if (!result.ok) return failed([result.message, ...result.problems.map(formatProblem)]);
  output.out(
    `Added to ${dir}: ${record.file} and sources.yaml${read.kind === 'page' ? ' (the article text extracted from the page: read it through before quoting it)' : ''}.\n\n${recordYaml(record, 'sources.yaml')}`,
  );
  return 0;
}

/**
 * What the file proposes for each field of the record (and what the author gave), so a refusal
 * shows all that was found, not only what is missing.
 */
function describeProposal(read: ReadSource, given: Record<string, string>): string {
  const width = Math.max(...proposalFields.map((field) => field.length));
  const lines = proposalFields.map((field) => {
    const value = given[field] ?? read.proposal[field];
    const from = given[field] !== undefined ? ' (given)' : '';
    if (value !== undefined) return `  ${field.padEnd(width)}  ${value}${from}`;
    if (field === 'byline' && read.proposal.bylineGuess) {
      return `  ${field.padEnd(width)}  not in the page's metadata; its text reads "${read.proposal.bylineGuess}" (a guess: give --byline to use it)`;
    }
    return `  ${field.padEnd(width)}  not stated`;
  });
  return `What the ${read.kind === 'page' ? 'page' : 'text'} states:\n${lines.join('\n')}`;
}
