#!/usr/bin/env bash
# `npm run sizes`: builds the release app and prints what a visitor downloads.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$GOODWILL_ROOT"

bash scripts/setup.sh
# Always rebuild: cheap when nothing changed, and never reports a stale dist/.
trunk build --release
node scripts/sizes.mjs dist
