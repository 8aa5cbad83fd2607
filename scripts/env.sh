# Sourced by the other scripts: puts the project's tools first on PATH.
# node_modules/.bin holds wasm-opt (npm binaryen), which Trunk looks up on PATH;
# ~/.cargo/bin holds trunk, wasm-bindgen and wasm-bindgen-test-runner.
GOODWILL_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$GOODWILL_ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
# wasm-bindgen-test-runner drives headless Chromium through Debian's chromedriver.
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
# playwright-core never downloads a browser: tests use Debian's /usr/bin/chromium.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
