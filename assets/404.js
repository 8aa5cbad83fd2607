// Loaded by 404.html, which static hosts serve for paths they do not know. Goodwill is one
// page whose addresses live after the '#', so /base/guides/give-first becomes
// /base/#/guides/give-first. This script sits at the base, so its own address says where
// the app lives, whatever the sub-path. An external file, not inline, so the CSP holds.
(function () {
  var base = new URL('./', document.currentScript.src).pathname;
  var path = location.pathname;
  var rest = path.indexOf(base) === 0 ? path.slice(base.length) : '';
  rest = rest.replace(/^index\.html\/?/, '').replace(/\/+$/, '');
  location.replace(base + (rest ? '#/' + rest : location.hash));
})();
