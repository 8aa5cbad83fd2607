// The boot screen's one job in script: say so when the app cannot start, or stops.
//
// index.html draws the boot screen ("Loading Goodwill…") before the .wasm arrives, and the
// app takes its place when it mounts. If the loader or the .wasm fails to load or
// compile, or the app traps (a Rust panic ends in a WebAssembly RuntimeError), a visitor
// would otherwise be left with a page that never finishes or stops answering. This shows
// #boot-failed instead, with a Reload button: in the boot screen before the start, pinned
// to the bottom of the screen after it.
//
// It is a deferred classic script placed before Trunk's loader (a module script, deferred
// too): deferred scripts run in document order, so its listeners exist before the loader
// runs, and it blocks no paint. No inline handlers: the Content-Security-Policy forbids them.
(() => {
  const started = () => document.documentElement.hasAttribute('data-ready');
  const ours = (url) => typeof url === 'string' && url.startsWith(location.origin);

  function fail() {
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

  // Fetches and compiles bundle `name` (its ES module and .wasm, relative names, so any
  // folder of any host works), calls `before` and starts it. A failure shows, and the
  // next call tries again.
  const load = (name, before) =>
    Promise.all([
      import(new URL(`${name}.js`, document.baseURI).href),
      WebAssembly.compileStreaming(fetch(new URL(`${name}_bg.wasm`, document.baseURI))),
    ]).then(async ([bundle, module]) => {
      before?.();
      await bundle.default({ module_or_path: module });
    });

  // The bundle a visit that starts here downloads, by the first segment of the address's
  // fragment: the same as `Route::bundle` in src/route.rs (tests/route.rs reads this table
  // to check). Home has its own loader (Trunk.toml); anything else is the whole app.
  const BUNDLES = {
    guides: 'library',
    quiz: 'quiz',
    shared: 'quiz',
    drafter: 'drafter',
    drafts: 'drafter',
    people: 'people',
    data: 'data',
  };
  globalThis.goodwillStart = () => {
    const first = location.hash.replace(/^#\/?/, '').split(/[/?]/)[0];
    return load(BUNDLES[first] ?? 'goodwill').catch((error) => {
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
    opening ??= load('goodwill', unmountPart).catch((error) => {
      opening = null;
      fail();
      console.error('Goodwill could not open the whole app:', error);
    });
    return opening;
  };

  // Deferred: the document is parsed, so the button is there.
  document.getElementById('boot-reload')?.addEventListener('click', () => location.reload());
})();
