/**
 * The relation form keeps its entry (the type, the claim picked, the note) in the browser
 * until the relation is saved: a reload or a Cancel loses none of it.
 */
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { AuthorState } from '../../src/author/author-api.ts';
import { RelationDialog } from '../../src/author/relation-dialog.tsx';
import {
  makeClaim,
  makeDossier,
  makeParty,
  makeSpeaker,
  makeTopic,
} from '../support/corpus-factory.ts';

vi.mock('../../src/author/page.ts', () => ({ openFresh: () => undefined }));

beforeEach(() => {
  localStorage.clear();
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response(JSON.stringify({ ok: true })))),
  );
});
afterEach(() => vi.unstubAllGlobals());

const from = makeClaim({ id: 'from-claim', summary: 'One says yes.' });
const state: AuthorState = {
  versions: {},
  records: {
    'dossier.yaml': makeDossier(),
    'parties.yaml': [makeParty()],
    'speakers.yaml': [makeSpeaker()],
    'topics.yaml': [makeTopic()],
    'sources.yaml': [],
    'claims.yaml': [from],
    'relations.yaml': [],
  },
};

test('the type and the note survive a cancel and a reload, until saved', async () => {
  const first = render(<RelationDialog state={state} from={from.id} onClose={() => {}} />);
  fireEvent.change(screen.getByLabelText('This claim'), { target: { value: 'qualifies' } });
  fireEvent.change(screen.getByLabelText(/^Note/), { target: { value: 'Only in part.' } });
  first.unmount();
  render(<RelationDialog state={state} from={from.id} onClose={() => {}} />);
  expect(screen.getByLabelText('This claim')).toHaveValue('qualifies');
  expect(screen.getByLabelText(/^Note/)).toHaveValue('Only in part.');
});
