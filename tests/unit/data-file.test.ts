import { afterEach, expect, test, vi } from 'vitest';
import { DataFileMissing, readDataFile, setDataFileReader } from '../../src/corpus/data-file.ts';

afterEach(() => setDataFileReader(async () => undefined));

test.each([
  'claims/../../index.json',
  'claims/<script>.json',
  'claims/.json',
  'sources//x.txt',
  '/etc/passwd',
  'claims/a b.json',
  'claims/%2e%2e.json',
])('a path an address could make up, %s, is never read', async (path) => {
  const reader = vi.fn(async () => 'secret');
  setDataFileReader(reader);
  await expect(readDataFile(path)).rejects.toBeInstanceOf(DataFileMissing);
  expect(reader).not.toHaveBeenCalled();
});

test.each([
  'index.json',
  'chunks/12.json',
  'claims/ri-yong-ho.json',
  'sources/Straits_Times.2019.txt',
])('a data file path, %s, is read', async (path) => {
  setDataFileReader(async (asked) => `read ${asked}`);
  await expect(readDataFile(path)).resolves.toBe(`read ${path}`);
});

test('a file the reader does not have is missing', async () => {
  setDataFileReader(async () => undefined);
  await expect(readDataFile('claims/nobody.json')).rejects.toThrow(
    'There is no data/claims/nobody.json',
  );
});
