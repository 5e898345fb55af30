/**
 * `source:add <file.txt|file.html> [--data <corpus folder>] [--id …] [--headline …]
 * [--publisher …] [--byline …] [--published YYYY-MM-DD] [--dateline …] [--url …]
 * [--language <BCP 47 tag>] [--captured YYYY-MM-DD]`: adds a source
 * to the corpus (see `sources/add-source.ts`), with the fields the file proposes unless given.
 * Prints the record it wrote, or every problem and writes nothing.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { recordYaml } from '../author/yaml-edit.ts';
import { addSourceFile, fileVersions, sourceIdTaken } from '../author/corpus-writes.ts';
import type { Source } from '../../src/corpus/corpus-schema.ts';
import { formatProblem } from '../corpus/problem.ts';
import { describeExtractor } from '../sources/extract-article.ts';
import {
  fieldWords,
  proposalFields,
  readSource,
  sourceRecord,
  today,
  type ReadSource,
} from '../sources/add-source.ts';
import type { Output } from './output.ts';

/**
 * Every field a flag may give: the id, each field a file may propose, and the day a saved page
 * was saved (`--captured`), which no file states.
 */
const fields = ['id', ...proposalFields, 'captured'] as const;

const usage =
  'Usage: npm run source:add -- <file.txt|file.html> [--data <corpus folder>] [--id <slug>] [--headline <text>] [--publisher <text>] [--byline <text>] [--published YYYY-MM-DD] [--dateline <text>] [--url <address>] [--language <BCP 47 tag>] [--captured YYYY-MM-DD]';

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
  if (read.kind === 'text' && given.captured !== undefined) {
    output.err(
      `--captured is the day a saved web page was saved; ${basename(file)} is a text, archived as it is given, and records none. Nothing was written.\n`,
    );
    return 1;
  }
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
    `Added to ${dir}: ${[record.file, record.extractedFrom?.page, 'sources.yaml'].filter(Boolean).join(', ')}${read.kind === 'page' ? ' (the article text extracted from the page: read it through before quoting it)' : ''}.\n\n${recordYaml(record, 'sources.yaml')}\n${provenance(record, given.captured === undefined)}\n`,
  );
  return 0;
}

/** Where the archived text comes from, in words, as the record says it. */
function provenance(record: Source, capturedToday: boolean): string {
  const from = record.extractedFrom;
  if (!from) return `The text is archived as it was given, byte for byte: nothing extracted it.`;
  return [
    `The text was extracted by ${describeExtractor(from.extractor)} from the page saved on ${from.captured}${capturedToday ? ' (today: give --captured YYYY-MM-DD if it was saved on another day)' : ''},`,
    `archived byte for byte as ${from.page} (SHA-256 ${from.sha256}).`,
    'The verifier re-runs the extraction on it and checks it gives this text again.',
  ].join('\n');
}

/**
 * What the file proposes for each field of the record (and what the author gave), so a refusal
 * shows all that was found, not only what is missing.
 */
function describeProposal(read: ReadSource, given: Record<string, string>): string {
  const width = proposalFields.reduce((most, field) => Math.max(most, field.length), 0);
  const lines = proposalFields.map((field) => {
    const value = given[field] ?? read.proposal[field];
    const from = given[field] !== undefined ? ' (given)' : '';
    if (value !== undefined) return `  ${field.padEnd(width)}  ${value}${from}`;
    if (field === 'byline' && read.proposal.bylineGuess) {
      return `  ${field.padEnd(width)}  not in the page's metadata; its text reads "${read.proposal.bylineGuess}" (a guess: give --byline to use it)`;
    }
    return `  ${field.padEnd(width)}  not stated`;
  });
  if (read.kind === 'page') {
    const captured = given.captured
      ? `${given.captured} (given)`
      : `${today()} (today, unless given with --captured)`;
    lines.push(`  ${'captured'.padEnd(width)}  ${captured}`);
  }
  return `What the ${read.kind === 'page' ? 'page' : 'text'} states:\n${lines.join('\n')}`;
}
