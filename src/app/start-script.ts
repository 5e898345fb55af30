/**
 * The inline script at the end of every prerendered page's `<body>` that starts the app once
 * the page has painted. A prerendered page is whole without its script; a module script or a
 * module preload in the head would start its requests before the first paint, and would then
 * share the network with the stylesheet and, in Lighthouse's simulation, count as something
 * the paint waited for (it models every request that finished before the paint). So nothing
 * of the app's code or its deferred data is asked for until the first contentful paint has
 * been presented: the browser records it as a `paint` entry, which the script looks for at
 * each animation frame and also observes (whichever sees it first starts the app; an
 * observer's report alone can come frames late). Starting at the second frame instead, without
 * that record, was measured to ask for the code a few milliseconds before the paint was
 * presented. A browser that records no paint entries starts at the second frame; a page opened
 * in a background tab paints nothing until shown, so it starts at once; five seconds is the
 * most it ever waits.
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
  "(function(s){var d=s.dataset,h=document.head,w=window,P=w.PerformanceObserver,done=0;function add(r,u){var l=document.createElement('link');l.rel=r;if(r==='preload'){l.as='fetch';l.crossOrigin='anonymous'}else l.crossOrigin='';l.href=u;h.appendChild(l)}function list(v){return v?v.split(' '):[]}function start(){if(done)return;done=1;list(d.modules).forEach(function(u){add('modulepreload',u)});import(d.entry);list(d.preload).forEach(function(u){add('preload',u)})}var timed=P&&P.supportedEntryTypes&&P.supportedEntryTypes.indexOf('paint')>=0,frames=0;function frame(){if(done)return;if(timed?performance.getEntriesByName('first-contentful-paint').length:++frames>1)start();else requestAnimationFrame(frame)}setTimeout(start,5000);if(document.visibilityState==='hidden')start();else{requestAnimationFrame(frame);if(timed)new P(function(l,o){if(l.getEntriesByName('first-contentful-paint').length){o.disconnect();start()}}).observe({type:'paint',buffered:true})}})(document.currentScript)";

/** The SHA-256 of {@link startScript}, base64, as a CSP hash source takes it. */
export const startScriptHash = 'AeMKE29MzuHwMjcuRvglTxhyZ77ADHIKDeYUDjYBOxc=';
