/**
 * Author mode: the workbench's bar (author-bar.tsx) and the forms it opens, mounted beside the
 * app in their own root. Loaded by `main.tsx` only in the workbench (`npm run author`).
 */
import { createRoot } from 'react-dom/client';
import { authorToken } from './author-api.ts';
import { AuthorMode } from './author-bar.tsx';
import './author.css';

/** Mounts the author's screens beside the app. */
export function startAuthorMode() {
  authorToken();
  const host = document.createElement('div');
  host.id = 'author-root';
  document.body.append(host);
  createRoot(host).render(<AuthorMode />);
}
