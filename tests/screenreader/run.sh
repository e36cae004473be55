#!/usr/bin/env bash
# Runs the screen-reader walk (tests/screenreader/orca.test.mjs) in a D-Bus
# session of its own, the at-spi2 bus Orca and Chromium talk over. Node's
# WebSocket (for Chromium's DevTools port) is behind a flag in Node 20.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec dbus-run-session -- node --experimental-websocket --no-warnings --test --test-reporter=spec \
  tests/screenreader/orca.test.mjs "$@"
