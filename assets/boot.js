// The boot screen's two jobs in script: start downloading the bundle the address needs at
// once, and say so when the app cannot start, or stops.
//
// index.html draws the boot screen ("Loading Goodwill…") before the .wasm arrives, and the
// app takes its place when it mounts. If the loader or the .wasm fails to load or
// compile, or the app traps (a Rust panic ends in a WebAssembly RuntimeError), a visitor
// would otherwise be left with a page that never finishes or stops answering. This shows
// #boot-failed instead, with a Reload button: in the boot screen before the start, pinned
// to the bottom of the screen after it.
//
// Trunk writes this file into the page's <head> (rel="inline"), above the stylesheet, and
// Trunk's loader right after it calls `goodwillStart`. A script there runs as soon as it is
// parsed, where a deferred or module script would wait for the stylesheet to arrive: the
// bundle's .js and .wasm download and compile while the stylesheet does, one round trip
// sooner on a slow connection. The bundle is started once the document is parsed, since
// it mounts into #app. No inline handlers: the Content-Security-Policy forbids them; this
// script and the loader are allowed by their hashes (scripts/postbuild.mjs).
(() => {
  const started = () => document.documentElement.hasAttribute('data-ready');
  const ours = (url) => typeof url === 'string' && url.startsWith(location.origin);
  // Resolves once the body is parsed: #app, #boot-failed and the Reload button exist.
  const parsed = new Promise((resolve) => {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => resolve());
    else resolve();
  });

  // A failure can come before the body is parsed (a download refused at once): shown then.
  const fail = () => parsed.then(show);
  function show() {
    const box = document.getElementById('boot-failed');
    if (!box || !box.hidden) return;
    const status = document.querySelector('#boot .boot-status');
    // Not started yet: the message takes the place of "Loading Goodwill…".
    if (status) status.replaceWith(box);
    box.hidden = false;
    document.getElementById('boot-reload')?.focus();
  }

  // Errors from browser extensions or from other pages' scripts are not the app failing:
  // before the start, only our own files count; after it, only a trap in the .wasm.
  const fatal = (error) => error instanceof WebAssembly.RuntimeError;
  addEventListener(
    'error',
    (event) => {
      if (event.target !== window) {
        // A <script> or <link> of ours that did not load (capture phase: these do not bubble).
        if (!started() && ours(event.target.src ?? event.target.href)) fail();
      } else if (fatal(event.error) || (!started() && ours(event.filename))) {
        fail();
      }
    },
    true,
  );
  addEventListener('unhandledrejection', (event) => {
    if (fatal(event.reason) || (!started() && event.reason instanceof Error)) fail();
  });

  // The files of a bundle under a fixed name (src/bin/NAME.rs): library.js, library_bg.wasm.
  const named = (name) => ({ js: `${name}.js`, wasm: `${name}_bg.wasm` });

  // Fetches and compiles a bundle's ES module and .wasm (relative names, so any folder of
  // any host works), then, once the page is parsed, calls `before` and starts it. A
  // failure shows, and the next call tries again.
  const load = ({ js, wasm }, before) =>
    Promise.all([
      import(new URL(js, document.baseURI).href),
      WebAssembly.compileStreaming(fetch(new URL(wasm, document.baseURI))),
      parsed,
    ]).then(async ([bundle, module]) => {
      before?.();
      await bundle.default({ module_or_path: module });
    });

  // The bundle a visit that starts here downloads, by the first segment of the address's
  // fragment: the same as `Route::bundle` in src/route.rs (tests/route.rs reads this table
  // to check). Home's files have hashed names, which only Trunk's loader knows: it passes
  // them in (Trunk.toml). Anything else is the whole app.
  const BUNDLES = {
    guides: 'library',
    quiz: 'quiz',
    shared: 'quiz',
    drafter: 'drafter',
    drafts: 'drafter',
    people: 'people',
    data: 'data',
  };
  globalThis.goodwillStart = (home) => {
    // What `Route::parse` reads as home: no fragment, "#" or "#/".
    const first = location.hash.replace(/^#\/?/, '').split(/[/?]/)[0];
    const bundle = ['', '#', '#/'].includes(location.hash) ? home : named(BUNDLES[first] ?? 'goodwill');
    return load(bundle).catch((error) => {
      fail();
      console.error('Goodwill could not start:', error);
    });
  };

  // A bundle (src/ui/handoff.rs) calls this when a page it does not carry is opened: fetch
  // and compile the whole app, then let the bundle unmount and start the app in the same
  // task, so no blank frame shows. A fetch that fails leaves the bundle's page as it is and
  // shows the failure.
  let opening = null;
  globalThis.goodwillOpen = (unmountPart) => {
    opening ??= load(named('goodwill'), unmountPart).catch((error) => {
      opening = null;
      fail();
      console.error('Goodwill could not open the whole app:', error);
    });
    return opening;
  };

  parsed.then(() => document.getElementById('boot-reload')?.addEventListener('click', () => location.reload()));
})();
