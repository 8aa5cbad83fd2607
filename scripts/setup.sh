#!/usr/bin/env bash
# Installs whatever building and testing Goodwill needs and is missing; every step is
# skipped when the right version is already there, so running it again costs seconds.
#
#   scripts/setup.sh            Rust target, Trunk, wasm-bindgen CLI, npm packages
#   scripts/setup.sh --browser  the same, plus Debian's Chromium and ChromeDriver for tests
#
# Needs: rustup's Rust, node and npm, and apt (Debian 12). Uses sudo only when not root.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$GOODWILL_ROOT"

TRUNK_VERSION=0.21.14

browser=false
for arg in "$@"; do
  case "$arg" in
    --browser) browser=true ;;
    *) echo "usage: scripts/setup.sh [--browser]" >&2; exit 2 ;;
  esac
done

say() { printf 'setup: %-7s %s\n' "$1" "$2"; }

as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

apt_updated=false
apt_install() {
  if ! $apt_updated; then
    as_root apt-get update -qq
    apt_updated=true
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}

# A C compiler: cargo links native binaries with it, and some of Trunk's crates build C.
if command -v cc >/dev/null; then
  say skip "C compiler ($(command -v cc))"
else
  say install "C compiler (apt: gcc, libc6-dev)"
  apt_install gcc libc6-dev
fi

if cargo fmt --version >/dev/null 2>&1 && cargo clippy --version >/dev/null 2>&1; then
  say skip "rustfmt and clippy"
else
  say install "rustfmt and clippy (rustup)"
  rustup component add rustfmt clippy
fi

if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say skip "Rust target wasm32-unknown-unknown"
else
  say install "Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if [[ "$(trunk --version 2>/dev/null)" == "trunk $TRUNK_VERSION" ]]; then
  say skip "trunk $TRUNK_VERSION"
else
  say install "trunk $TRUNK_VERSION (cargo, ~5 min)"
  # --debug: a release build of Trunk takes ~12 min on 2 cores, nearly all of it one long
  # LTO link; a debug build takes ~5 and Trunk's own speed does not matter (it waits on
  # cargo and wasm-opt). 0.21.14 because 0.22 needs a newer rustc than 1.95.
  cargo install trunk --locked --version "$TRUNK_VERSION" --debug
fi

# Trunk refuses a wasm-bindgen CLI whose version differs from the library in Cargo.lock.
wasm_bindgen_version="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
if [[ -z "$wasm_bindgen_version" ]]; then
  echo "setup: cannot find wasm-bindgen's version in Cargo.lock" >&2
  exit 1
fi
if [[ "$(wasm-bindgen --version 2>/dev/null)" == "wasm-bindgen $wasm_bindgen_version" ]]; then
  say skip "wasm-bindgen-cli $wasm_bindgen_version"
else
  say install "wasm-bindgen-cli $wasm_bindgen_version (cargo, ~3 min)"
  # No --locked: the CLI's own lock pins a webpki-roots the registry no longer has.
  # --debug for the same reason as Trunk: build time matters, its speed does not.
  cargo install wasm-bindgen-cli --version "$wasm_bindgen_version" --debug --force
fi

# npm ci wipes node_modules, so run it only when package-lock.json changed since the last
# install: node_modules/.goodwill-lock records the lock file it was installed from.
lock_stamp=node_modules/.goodwill-lock
if [[ -f "$lock_stamp" ]] && cmp -s package-lock.json "$lock_stamp"; then
  say skip "npm packages (node_modules matches package-lock.json)"
else
  say install "npm packages (npm ci)"
  npm ci --no-audit --no-fund
  cp package-lock.json "$lock_stamp"
fi

if $browser; then
  if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
    say skip "chromium and chromedriver ($(/usr/bin/chromium --version 2>/dev/null | tail -n 1))"
  else
    say install "chromium and chromium-driver (apt)"
    apt_install chromium chromium-driver
  fi
fi
