/**
 * The inline script at the end of every prerendered page's `<body>` that starts the app once
 * the page has painted. A prerendered page is whole without its script; a module script or a
 * module preload in the head would start its requests before the first paint, and would then
 * share the network with the stylesheet and, in Lighthouse's simulation, count as something
 * the paint waited for (it models every request that finished before the paint). So nothing
 * of the app's code or its deferred data is asked for until the frame after the first one that
 * holds the parsed body: by the second animation frame, the first has been painted. (Waiting
 * for the `paint` entry instead adds the time its report takes to arrive, which grows with a
 * slow CPU, to every first working control; `tests/e2e/paint-first.test.ts` checks that the
 * largest paint still comes before the first request.) A page opened in a background tab
 * paints nothing until shown, so it starts at once; five seconds is the most it ever waits.
 *
 * What it loads is in its own attributes, as the prerenderer writes them (`startTags` in
 * `scripts/site/page-tags.ts`): `data-entry`, the app's entry module; `data-modules`, the
 * page's own code (space-separated, preloaded as modules); `data-preload`, the data files the
 * page fills in after (preloaded as fetches). Its text stays the same on every page, so the
 * content policy allows exactly it by its hash ({@link startScriptHash};
 * `tests/unit/content-policy.test.ts` checks the two agree). `import()` loads the entry, as
 * Trusted Types forbid giving a script element its `src`.
 */
export const startScript =
  "(function(s){var d=s.dataset,h=document.head,done=0;function add(r,u){var l=document.createElement('link');l.rel=r;if(r==='preload'){l.as='fetch';l.crossOrigin='anonymous'}else l.crossOrigin='';l.href=u;h.appendChild(l)}function list(v){return v?v.split(' '):[]}function start(){if(done)return;done=1;list(d.modules).forEach(function(u){add('modulepreload',u)});import(d.entry);list(d.preload).forEach(function(u){add('preload',u)})}setTimeout(start,5000);if(document.visibilityState==='hidden')start();else requestAnimationFrame(function(){requestAnimationFrame(start)})})(document.currentScript)";

/** The SHA-256 of {@link startScript}, base64, as a CSP hash source takes it. */
export const startScriptHash = 'AnriGqiKYUP24ilJeA+JyoI8tYe7b13eBQGEYPDLmYs=';
