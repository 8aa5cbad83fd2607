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

  // The home bundle (src/ui/handoff.rs) calls this when a page other than home is opened:
  // fetch and compile the whole app, then let home unmount and start the app in the same
  // task, so no blank frame shows. Relative names, so any folder of any host works. A
  // fetch that fails leaves home as it is and shows the failure.
  let opening = null;
  globalThis.goodwillOpen = (unmountHome) => {
    opening ??= Promise.all([
      import(new URL('goodwill.js', document.baseURI).href),
      WebAssembly.compileStreaming(fetch(new URL('goodwill_bg.wasm', document.baseURI))),
    ])
      .then(async ([app, module]) => {
        unmountHome?.();
        await app.default({ module_or_path: module });
      })
      .catch((error) => {
        opening = null;
        fail();
        console.error('Goodwill could not open the whole app:', error);
      });
    return opening;
  };

  // Deferred: the document is parsed, so the button is there.
  document.getElementById('boot-reload')?.addEventListener('click', () => location.reload());
})();
