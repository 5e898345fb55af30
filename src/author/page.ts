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

/** The passage selected in the source reader, with mouse or keyboard, as it changes. */
export function usePassage(sourceId: string | undefined): Passage | { error: string } | undefined {
  const [text, setText] = useState<string>();
  const [passage, setPassage] = useState<Passage | { error: string }>();
  useEffect(() => {
    if (!sourceId) return;
    let live = true;
    void fetch(`/data/sources/${sourceId}.txt`)
      .then((response) => response.text())
      .then((body) => live && setText(body));
    return () => {
      live = false;
    };
  }, [sourceId]);
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
