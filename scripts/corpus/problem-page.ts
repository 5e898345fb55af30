/**
 * The page the dev server and the author's workbench show instead of the app while the corpus
 * does not verify: the verifier's own messages, each with its file, line and column, record
 * and field, and what would fix it, as `npm run corpus:check` prints them. It asks the server
 * every two seconds whether the corpus has changed, and reloads once it has, so an author
 * fixing a file sees the app come back (or the new list) without touching the browser.
 */
import type { CorpusProblem } from './problem.ts';

/** Text safe inside an HTML attribute or element. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** One problem as a list item: where, what, and the detail that helps fix it. */
function problemItem(problem: CorpusProblem): string {
  const where = [problem.file, problem.line, problem.column]
    .filter((part) => part !== undefined)
    .join(':');
  const what = [problem.record, problem.field].filter(Boolean).join(' › ');
  return [
    '<li>',
    `<code class="where">${escapeHtml(where)}</code>`,
    what ? ` <span class="what">${escapeHtml(what)}</span>` : '',
    `<p>${escapeHtml(problem.message)}</p>`,
    problem.detail ? `<pre>${escapeHtml(problem.detail)}</pre>` : '',
    '</li>',
  ].join('');
}

/**
 * The page listing the problems of the corpus in `folder`. `statusPath` answers the current
 * problems' fingerprint; the page reloads when it differs from `fingerprint`.
 */
export function problemPage({
  folder,
  problems,
  statusPath,
  fingerprint,
}: {
  folder: string;
  problems: readonly CorpusProblem[];
  statusPath: string;
  fingerprint: string;
}): string {
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>The corpus does not verify</title>
<style>
  :root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
  body { max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
  li { margin-block: 1rem; }
  .where { font-weight: 600; }
  p { margin: 0.25rem 0; }
  pre { margin: 0.25rem 0; padding: 0.5rem; overflow-x: auto; background: #8881; white-space: pre-wrap; }
</style>
</head>
<body>
<main>
<h1>The corpus does not verify</h1>
<p>The verifier found ${count} in <code>${escapeHtml(folder)}</code>, so the app is not shown.
Fix the files and this page reloads by itself; <code>npm run corpus:check</code> lists the same.</p>
<ol aria-label="The verifier's messages">${problems.map(problemItem).join('\n')}</ol>
</main>
<script type="module">
  const fingerprint = ${JSON.stringify(fingerprint).replace(/</g, '\\u003c')};
  setInterval(async () => {
    try {
      const response = await fetch(${JSON.stringify(statusPath).replace(/</g, '\\u003c')}, { cache: 'no-store' });
      if ((await response.text()) !== fingerprint) location.reload();
    } catch {
      // The server is restarting: asked again in two seconds.
    }
  }, 2000);
</script>
</body>
</html>
`;
}
