/**
 * The workbench keeps each form's entry in a slot of its own: the new claim's, and one per
 * claim being edited. Cancelling an edit empties that edit's slot only; an entry written
 * before slots were kept apart comes back as the new claim's.
 */
import { beforeEach, expect, test } from 'vitest';
import {
  clearDraft,
  clearSourceDraft,
  loadDraft,
  loadSourceDraft,
  saveDraft,
  saveSourceDraft,
  slotOf,
  type ClaimDraft,
} from '../../src/author/drafts.ts';
import { makeClaim } from '../support/corpus-factory.ts';

const newDraft: ClaimDraft = {
  mode: 'new',
  claim: makeClaim({ id: 'quist-new', summary: 'Typed, not saved.' }),
};
const edit: ClaimDraft = {
  mode: 'edit',
  claim: makeClaim({ id: 'trump-all-sanctions', summary: 'An edit.' }),
};

beforeEach(() => localStorage.clear());

test('an edit cancelled on one claim leaves the new claim’s entry as it was', () => {
  saveDraft(newDraft);
  saveDraft(edit);
  expect(loadDraft({ mode: 'edit', id: 'trump-all-sanctions' })).toEqual(edit);
  clearDraft(slotOf(edit));
  expect(loadDraft({ mode: 'edit', id: 'trump-all-sanctions' })).toBeUndefined();
  expect(loadDraft({ mode: 'new' })).toEqual(newDraft);
});

test('each claim’s edit is its own: another claim’s page finds none', () => {
  saveDraft(edit);
  expect(loadDraft({ mode: 'edit', id: 'another-claim' })).toBeUndefined();
  expect(loadDraft({ mode: 'new' })).toBeUndefined();
});

test('an entry kept in the one slot of before is the new claim’s, and saving it empties both', () => {
  localStorage.setItem('author-draft', JSON.stringify(newDraft));
  expect(loadDraft({ mode: 'new' })).toEqual(newDraft);
  clearDraft({ mode: 'new' });
  expect(loadDraft({ mode: 'new' })).toBeUndefined();
  expect(localStorage.getItem('author-draft')).toBeNull();
});

test('the source form’s entry is kept apart from the claims’, and read back only if of its shape', () => {
  saveDraft(newDraft);
  const entry = { pasted: 'A pasted text.\n', fields: { headline: 'A headline' } };
  expect(saveSourceDraft(entry)).toBe(true);
  expect(loadSourceDraft()).toEqual(entry);
  expect(loadDraft({ mode: 'new' })).toEqual(newDraft);
  clearSourceDraft();
  expect(loadSourceDraft()).toBeUndefined();
  expect(loadDraft({ mode: 'new' })).toEqual(newDraft);
  // Something else under its key is not taken for an entry.
  localStorage.setItem('author-draft:source', JSON.stringify({ pasted: 5 }));
  expect(loadSourceDraft()).toBeUndefined();
  localStorage.setItem('author-draft:source', '{not json');
  expect(loadSourceDraft()).toBeUndefined();
});

test('a text too large for the browser to hold: its fields are kept, and the form is told', () => {
  const limit = 1000;
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key: string, value: string) {
    if (value.length > limit) throw new DOMException('full', 'QuotaExceededError');
    setItem.call(this, key, value);
  };
  try {
    const big = {
      upload: { fileName: 'big.html', content: 'x'.repeat(limit) },
      pasted: '',
      fields: { publisher: 'P' },
    };
    expect(saveSourceDraft(big)).toBe(false);
    expect(loadSourceDraft()).toEqual({ pasted: '', fields: { publisher: 'P' } });
  } finally {
    Storage.prototype.setItem = setItem;
  }
});
