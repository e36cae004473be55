#!/usr/bin/env bash
# Installs what is missing, builds the web app and serves it at
# http://127.0.0.1:8080/ (PORT=... to change).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
bash scripts/setup.sh
cmake --preset web >/dev/null
cmake --build --preset web
echo "One-file build (opens from disk, no network): $ROOT/build/web/dist/lestari.html"
exec node scripts/static-server.mjs build/web/dist "${PORT:-8080}"
