#!/usr/bin/env bash
# `npm test`: installs whatever is missing, then runs every check the project has, in order
# of cost, stopping at the first failure. Prints each step's time and the total.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$GOODWILL_ROOT"

started=$SECONDS
step() {
  local name="$1"
  shift
  local t0=$SECONDS
  printf '\n==> %s\n' "$name"
  "$@"
  printf '==> %s: ok (%ds)\n' "$name" $((SECONDS - t0))
}

step "setup" bash scripts/setup.sh --browser
step "format" cargo fmt --all --check
step "clippy (native)" cargo clippy --all-targets -- -D warnings
# The browser build: library, app binary and browser tests. Benches and the other tests
# in tests/ are native-only (criterion, file access), so --all-targets does not apply here.
step "clippy (wasm)" cargo clippy --lib --bins --test browser --target wasm32-unknown-unknown -- -D warnings
step "native tests" cargo test
# Runs tests/browser.rs in headless Chromium through wasm-bindgen-test-runner (see
# .cargo/config.toml); $CHROMEDRIVER comes from scripts/env.sh.
step "browser tests" cargo test --target wasm32-unknown-unknown --test browser
step "release build" trunk build --release
# The same build for a host that serves it from a sub-path (a GitHub Pages project site);
# cargo's output is reused, so this costs only wasm-opt and the post-build hook.
step "sub-path build" trunk build --release --public-url /sub/path/ --dist target/dist-subpath
# End-to-end: each test file serves dist/ (subpath.test.mjs: target/dist-subpath/ under
# /sub/path/) on a free 127.0.0.1 port and drives Chromium.
step "end-to-end tests" node --test tests/e2e/*.test.mjs

printf '\nAll checks passed in %ds.\n' $((SECONDS - started))
