/**
 * The workbench's forms for speakers and questions, and the claim delete that may take them
 * along: a delete that would be refused says why before it is tried, with its button still
 * there and described by the reason; the workbench's own refusal shows under the record; and
 * a claim's own question and speaker are offered, ticked, only when no other claim names them.
 */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { AuthorState } from '../../src/author/author-api.ts';
import { DeleteDialog } from '../../src/author/delete-dialog.tsx';
import { NamedDialog } from '../../src/author/named-dialog.tsx';
import {
  makeClaim,
  makeDossier,
  makeParty,
  makeSpeaker,
  makeTopic,
} from '../support/corpus-factory.ts';

const opened = vi.hoisted(() => ({ paths: [] as string[] }));
// Opening a page afresh is a navigation, which jsdom has not: the path asked for is kept.
vi.mock('../../src/author/page.ts', () => ({
  openFresh: (path: string) => opened.paths.push(path),
}));

/** What the workbench answered, and what it was asked. */
let requests: { method: string; url: string; body: unknown }[] = [];
function answerWith(answer: object) {
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string, init: RequestInit) => {
      requests.push({
        method: init.method ?? 'GET',
        url,
        body: JSON.parse(String(init.body ?? '{}')),
      });
      return Promise.resolve(new Response(JSON.stringify(answer)));
    }),
  );
}

beforeEach(() => {
  requests = [];
  opened.paths = [];
  // jsdom has no modal dialogs: opening one shows it.
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
});
afterEach(() => vi.unstubAllGlobals());

const mayor = makeSpeaker({ id: 'mayor', name: 'The mayor', role: 'Mayor', party: 'council' });
const newcomer = makeSpeaker({ id: 'newcomer', name: 'A newcomer', party: 'council' });
const count = makeTopic({ id: 'count', title: 'The count', question: 'Was it fair?' });
const lone = makeTopic({ id: 'lone', title: 'Alone', question: 'Who asks?', order: 2 });
const idle = makeTopic({ id: 'idle', title: 'Idle', question: 'Anyone?', order: 3 });

function makeState(leadTopics: string[] = ['count']): AuthorState {
  return {
    versions: { 'claims.yaml': 'abc' },
    records: {
      'dossier.yaml': makeDossier({ leadTopics }),
      'parties.yaml': [makeParty({ id: 'council', name: 'The council' })],
      'speakers.yaml': [mayor, newcomer],
      'topics.yaml': [count, lone, idle],
      'sources.yaml': [],
      'claims.yaml': [
        makeClaim({ id: 'mayor-count', speaker: 'mayor', topic: 'count' }),
        makeClaim({ id: 'mayor-again', speaker: 'mayor', topic: 'count' }),
        makeClaim({ id: 'newcomer-lone', speaker: 'newcomer', topic: 'lone' }),
      ],
      'relations.yaml': [],
    },
  };
}

test('a speaker that claims name keeps an enabled Delete, described by why it would be refused', () => {
  render(<NamedDialog state={makeState()} onClose={() => {}} />);
  const remove = screen.getByRole('button', { name: 'Delete The mayor' });
  expect(remove).toBeEnabled();
  expect(remove).toHaveAccessibleDescription(
    'It cannot be deleted yet. 2 claims name this speaker (“mayor-count”, “mayor-again”): give them another speaker or delete them first.',
  );
  expect(screen.getByRole('button', { name: 'Delete Idle' })).not.toHaveAccessibleDescription();
});

test('the question the dossier leads with is described as kept for that, even with no claim', () => {
  render(<NamedDialog state={makeState(['idle'])} onClose={() => {}} />);
  expect(screen.getByRole('button', { name: 'Delete Idle' })).toHaveAccessibleDescription(
    'It cannot be deleted yet. The dossier leads with this question (leadTopics in dossier.yaml): take it out there first.',
  );
});

test('pressed anyway, the workbench is asked and its refusal shows under that speaker', async () => {
  const message = '2 claims name this speaker ("mayor-count", "mayor-again")';
  answerWith({ ok: false, reason: 'invalid', message });
  render(<NamedDialog state={makeState()} onClose={() => {}} />);
  fireEvent.click(screen.getByRole('button', { name: 'Delete The mayor' }));
  const row = screen.getByRole('button', { name: 'Edit The mayor' }).closest('li');
  if (!row) throw new Error('no row');
  expect(await within(row).findByRole('alert')).toHaveTextContent(message);
  expect(requests).toEqual([
    {
      method: 'DELETE',
      url: '/_author/api/speakers/mayor',
      body: { base: { 'claims.yaml': 'abc' } },
    },
  ]);
  expect(opened.paths).toEqual([]);
});

test('a question nothing names is deleted only once confirmed', async () => {
  // On the home page (whatever page an earlier test of this worker left open).
  window.history.replaceState(null, '', '/');
  answerWith({ ok: true });
  render(<NamedDialog state={makeState()} onClose={() => {}} />);
  fireEvent.click(screen.getByRole('button', { name: 'Delete Idle' }));
  expect(requests).toEqual([]);
  expect(screen.getByRole('heading', { name: 'Delete question “Idle”?' })).toBeInTheDocument();
  // Kept: back to the list, on the button that left it.
  fireEvent.click(screen.getByRole('button', { name: 'Keep it' }));
  expect(screen.getByRole('button', { name: 'Delete Idle' })).toHaveFocus();
  fireEvent.click(screen.getByRole('button', { name: 'Delete Idle' }));
  fireEvent.click(screen.getByRole('button', { name: 'Delete question' }));
  await vi.waitFor(() => expect(opened.paths).toEqual(['/']));
  expect(requests).toMatchObject([{ method: 'DELETE', url: '/_author/api/topics/idle' }]);
});

test('an edit sends the record under its unchanged id, an emptied optional field left out', async () => {
  answerWith({ ok: true });
  render(<NamedDialog state={makeState()} onClose={() => {}} />);
  fireEvent.click(screen.getByRole('button', { name: 'Edit The mayor' }));
  expect(screen.getByLabelText(/^Id/)).toHaveAttribute('readonly');
  expect(screen.getByLabelText(/^Name/)).toHaveFocus();
  fireEvent.change(screen.getByLabelText(/^Role at the time/), { target: { value: '' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save speaker' }));
  await vi.waitFor(() => expect(opened.paths).toHaveLength(1));
  const { role: _, ...withoutRole } = mayor;
  expect(requests).toEqual([
    {
      method: 'PUT',
      url: '/_author/api/speakers/mayor',
      body: { base: { 'claims.yaml': 'abc' }, record: withoutRole },
    },
  ]);
});

test('a refused edit shows the verifier’s messages and keeps the form as typed', async () => {
  answerWith({
    ok: false,
    message: 'The corpus would not verify',
    problems: [
      { file: 'topics.yaml', record: 'lone', field: 'order', message: 'must be 1 or more' },
    ],
  });
  render(<NamedDialog state={makeState()} onClose={() => {}} />);
  fireEvent.click(screen.getByRole('button', { name: 'Edit Alone' }));
  fireEvent.change(screen.getByLabelText(/^Order/), { target: { value: '0' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save question' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('lone › order: must be 1 or more');
  expect(screen.getByLabelText(/^Order/)).toHaveValue(0);
  expect(opened.paths).toEqual([]);
});

test('deleting a claim offers, ticked, the question and speaker no other claim names', async () => {
  answerWith({ ok: true });
  render(<DeleteDialog state={makeState()} claimId="newcomer-lone" onClose={() => {}} />);
  const question = screen.getByRole('checkbox', {
    name: 'Also delete the question “Who asks?”, which no other claim answers',
  });
  const speaker = screen.getByRole('checkbox', {
    name: 'Also delete the speaker “A newcomer”, whom no other claim names',
  });
  expect(question).toBeChecked();
  expect(speaker).toBeChecked();
  expect(question).toHaveAccessibleDescription('The question goes with the claim.');
  fireEvent.click(question);
  expect(question).toHaveAccessibleDescription(/^The question stays/);
  fireEvent.click(screen.getByRole('button', { name: 'Delete claim' }));
  await vi.waitFor(() => expect(opened.paths).toEqual(['/']));
  expect(requests).toMatchObject([
    { method: 'DELETE', body: { also: { topic: false, speaker: true } } },
  ]);
});

test('deleting a claim whose question and speaker others name, or the dossier leads with, offers neither', () => {
  const shared = render(
    <DeleteDialog state={makeState(['lone'])} claimId="mayor-count" onClose={() => {}} />,
  );
  expect(screen.queryAllByRole('checkbox')).toEqual([]);
  shared.unmount();
  // Its question is the dossier's lead, which stays in any case: only the speaker is offered.
  render(<DeleteDialog state={makeState(['lone'])} claimId="newcomer-lone" onClose={() => {}} />);
  expect(screen.getAllByRole('checkbox')).toHaveLength(1);
  expect(screen.getByRole('checkbox')).toHaveAccessibleName(/Also delete the speaker/);
});

test('an edit’s fields as typed survive the form closing, until cancelled or saved', async () => {
  localStorage.clear();
  answerWith({ ok: true });
  const first = render(<NamedDialog state={makeState()} onClose={() => {}} />);
  fireEvent.click(screen.getByRole('button', { name: 'Edit The mayor' }));
  fireEvent.change(screen.getByLabelText(/^Role at the time/), {
    target: { value: 'Acting mayor' },
  });
  // The page reloads: the form opened again has what was typed.
  first.unmount();
  const second = render(<NamedDialog state={makeState()} onClose={() => {}} />);
  fireEvent.click(screen.getByRole('button', { name: 'Edit The mayor' }));
  expect(screen.getByLabelText(/^Role at the time/)).toHaveValue('Acting mayor');
  // Cancelled, the edit is gone.
  fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
  fireEvent.click(screen.getByRole('button', { name: 'Edit The mayor' }));
  expect(screen.getByLabelText(/^Role at the time/)).toHaveValue('Mayor');
  second.unmount();
});
