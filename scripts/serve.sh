#!/usr/bin/env bash
# `npm start`: installs whatever is missing, then serves the app with live reload.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$GOODWILL_ROOT"

bash scripts/setup.sh
echo "Serving Goodwill at http://127.0.0.1:8080/ (Ctrl-C to stop)"
exec trunk serve --address 127.0.0.1 --port 8080
