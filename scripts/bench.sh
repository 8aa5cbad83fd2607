#!/usr/bin/env bash
# `npm run bench`: builds the release app, then prints its sizes against the budget, its
# paint and ready times beside a static page, Lighthouse scores and axe-core violations
# for every route listed at the top of scripts/bench.mjs. Takes about two minutes.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$GOODWILL_ROOT"

bash scripts/setup.sh --browser
# Always rebuild: cheap when nothing changed, and never measures a stale dist/.
trunk build --release
node scripts/bench.mjs dist
