import type * as z from 'zod/mini';
import { optionalCorpusFiles, type CorpusFileName } from '../../src/corpus/corpus-schema.ts';
import type { CorpusProblem } from './problem.ts';
import { readYaml, type LocatedYaml } from './read-yaml.ts';

// The first step of the verifier: each YAML file read, and each record checked against its
// schema on its own, remembering where it sits so every later problem can name its line.

/** Every file of a corpus folder, keyed by path relative to it with `/` separators. */
export type CorpusFiles = ReadonlyMap<string, Uint8Array>;

/** A record that passed its schema, with where it sits in its file. */
export type Located<T> = {
  value: T;
  /** Its place in its file's list (0 for a file of one record). */
  index: number;
  /** The YAML path to it: `[index]` in a list, `[]` for a file of one record. */
  path: readonly number[];
  label: string;
  yaml: LocatedYaml;
  file: string;
};

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Parses one YAML file and validates each record on its own, so one bad record hides no other. */
export function readRecords<T>(
  files: CorpusFiles,
  file: CorpusFileName,
  schema: z.ZodMiniType<T>,
  noun: string,
  problems: CorpusProblem[],
): Located<T>[] {
  if (!files.has(file) && optionalCorpusFiles.includes(file)) return [];
  const yaml = readYamlFile(files, file, problems);
  if (!yaml) return [];
  if (!Array.isArray(yaml.value)) {
    problems.push({
      file,
      ...yaml.locate([]),
      message: `must be a YAML list of records (use [] for none), found ${describe(yaml.value)}`,
    });
    return [];
  }
  const records: Located<T>[] = [];
  yaml.value.forEach((item: unknown, index) => {
    const record = validate(item, schema, { index, path: [index], file, yaml }, noun, problems);
    if (record) records.push(record);
  });
  return records;
}

/** Parses a YAML file that holds one record, a mapping, and validates it. */
export function readRecord<T>(
  files: CorpusFiles,
  file: CorpusFileName,
  schema: z.ZodMiniType<T>,
  noun: string,
  problems: CorpusProblem[],
): Located<T> | undefined {
  const yaml = readYamlFile(files, file, problems);
  if (!yaml) return undefined;
  if (typeof yaml.value !== 'object' || yaml.value === null || Array.isArray(yaml.value)) {
    problems.push({
      file,
      ...yaml.locate([]),
      message: `must be one YAML mapping of fields, found ${describe(yaml.value)}`,
    });
    return undefined;
  }
  return validate(yaml.value, schema, { index: 0, path: [], file, yaml }, noun, problems);
}

/** A corpus file's YAML, or undefined (and the problem said) when it is missing or unreadable. */
function readYamlFile(
  files: CorpusFiles,
  file: CorpusFileName,
  problems: CorpusProblem[],
): LocatedYaml | undefined {
  const bytes = files.get(file);
  if (!bytes) {
    problems.push({ file, message: 'file is missing from the corpus folder' });
    return undefined;
  }
  const text = decodeUtf8(bytes);
  if (text === undefined) {
    problems.push({ file, message: 'file is not valid UTF-8' });
    return undefined;
  }
  const yaml = readYaml(file, text);
  if ('problems' in yaml) {
    for (const problem of yaml.problems) problems.push(problem);
    return undefined;
  }
  return yaml;
}

/** One record checked against its schema: located when it passes, its problems said when not. */
function validate<T>(
  item: unknown,
  schema: z.ZodMiniType<T>,
  where: Omit<Located<T>, 'value' | 'label'>,
  noun: string,
  problems: CorpusProblem[],
): Located<T> | undefined {
  const label = where.path.length === 0 ? noun : recordLabel(noun, item, where.index);
  const parsed = schema.safeParse(item);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      for (const problem of issueProblems(where.file, label, where.path, item, issue, where.yaml)) {
        problems.push(problem);
      }
    }
    return undefined;
  }
  return { ...where, value: parsed.data, label };
}

function recordLabel(noun: string, item: unknown, index: number): string {
  const position = `#${index + 1}`;
  if (isRecord(item)) {
    if (typeof item.id === 'string') return `${noun} "${item.id}" (${position})`;
    if (typeof item.from === 'string' && typeof item.to === 'string') {
      return `${noun} ${position} (${item.from} → ${item.to})`;
    }
  }
  return `${noun} ${position}`;
}

/** Turns one zod issue into readable problems: what was expected, and what was found. */
function issueProblems(
  file: string,
  record: string,
  base: readonly number[],
  item: unknown,
  issue: z.core.$ZodIssue,
  yaml: LocatedYaml,
): CorpusProblem[] {
  const path = [...base, ...issue.path];
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      file,
      record,
      ...yaml.locateKey(path, key),
      field: formatPath([...issue.path, key]),
      message: `unknown field "${key}"`,
    }));
  }
  const found = valueAt(item, issue.path);
  const missing = found === undefined && !hasKey(item, issue.path);
  let message: string;
  if (missing) {
    message = 'missing required field';
  } else if (issue.code === 'invalid_type') {
    message = `expected ${issue.expected}, found ${describe(found)}`;
  } else if (issue.code === 'invalid_value') {
    message = `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}; found ${describe(found)}`;
  } else {
    message = `${issue.message}; found ${describe(found)}`;
  }
  const location = missing ? yaml.locate(path.slice(0, -1)) : yaml.locate(path);
  return [{ file, record, ...location, field: formatPath(issue.path), message }];
}

/** Where a field of a record is, for a problem about it. */
export function at<T>(
  record: Located<T>,
  field: string | (string | number)[],
): Omit<CorpusProblem, 'message'> {
  const path = Array.isArray(field) ? field : [field];
  return {
    file: record.file,
    record: record.label,
    ...record.yaml.locate([...record.path, ...path]),
    field: formatPath(path),
  };
}

/** The text of UTF-8 bytes, or undefined when they are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`))
    .join('');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function hasKey(value: unknown, path: readonly PropertyKey[]): boolean {
  const parent = valueAt(value, path.slice(0, -1));
  const key = path.at(-1);
  return typeof parent === 'object' && parent !== null && key !== undefined && key in parent;
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') {
    return value.length > 60 ? `${JSON.stringify(value.slice(0, 57))}…` : JSON.stringify(value);
  }
  return `${typeof value} ${String(value)}`;
}
