/**
 * The page under the workbench, as the author's screens read it: its address as it changes,
 * the passage selected in its source reader, and opening it afresh once an edit is saved.
 * The app itself is not changed by them.
 */
import { useEffect, useState } from 'react';
import { selectedPassage, type Passage } from './selection.ts';

/** The page's address as it changes (the app's router moves through the history). */
export function usePath(): string {
  const [path, setPath] = useState(window.location.pathname);
  useEffect(() => {
    const timer = window.setInterval(() => setPath(window.location.pathname), 200);
    return () => window.clearInterval(timer);
  }, []);
  return path;
}

/** Opens a page afresh, so that it shows the corpus as just written. */
export function openFresh(path: string) {
  window.location.assign(path);
}

/** A source's archived text, as the workbench's server has it now; undefined until it arrives. */
export function useSourceText(sourceId: string | undefined): string | undefined {
  const [text, setText] = useState<{ id: string; text: string }>();
  useEffect(() => {
    if (!sourceId) return;
    let live = true;
    void fetch(`/data/sources/${sourceId}.txt`, { cache: 'no-store' })
      .then((response) => (response.ok ? response.text() : undefined))
      .then((body) => {
        if (live && body !== undefined) setText({ id: sourceId, text: body });
      });
    return () => {
      live = false;
    };
  }, [sourceId]);
  return text && text.id === sourceId ? text.text : undefined;
}

/** The passage selected in the source reader, with mouse or keyboard, as it changes. */
export function usePassage(sourceId: string | undefined): Passage | { error: string } | undefined {
  const text = useSourceText(sourceId);
  const [passage, setPassage] = useState<Passage | { error: string }>();
  useEffect(() => {
    if (!text) return;
    const update = () => {
      const container = document.querySelector('[data-source-text]');
      setPassage(container ? selectedPassage(container, text) : undefined);
    };
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [text]);
  return text ? passage : undefined;
}
