#!/usr/bin/env bash
# Installs what is missing, builds the web app and serves it at
# http://127.0.0.1:8080/ (PORT=... to change).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh web
echo "One-file build (opens from disk, no network): $PWD/build/web/dist/lestari.html"
exec node scripts/static-server.mjs build/web/dist "${PORT:-8080}"
