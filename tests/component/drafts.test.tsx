/**
 * The workbench keeps each form's entry in a slot of its own: the new claim's, and one per
 * claim being edited. Cancelling an edit empties that edit's slot only; an entry written
 * before slots were kept apart comes back as the new claim's.
 */
import { beforeEach, expect, test } from 'vitest';
import {
  clearDraft,
  loadDraft,
  saveDraft,
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
