#!/usr/bin/env bash
# `npm run screenshots`: builds the release app and saves PNGs of every page at 360 and
# 1280 px wide, light and dark, into target/screenshots/ (git-ignored) to look at.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$GOODWILL_ROOT"

bash scripts/setup.sh --browser
trunk build --release
node scripts/screenshots.mjs target/screenshots
