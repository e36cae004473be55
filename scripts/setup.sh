#!/usr/bin/env bash
# Installs everything Lestari needs on a fresh Debian 12 machine. Idempotent:
# when all is present it only checks and returns in a second or two.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
THIRD="${LESTARI_THIRD_PARTY:-$ROOT/.deps}"   # outside git (ignored)
IMGUI_SHA256=ecce377df0f90b292f15dcbd83d438bddc162b2388c881132bde18c787572a1c
PKGS=(cmake g++ make dpkg-dev emscripten nlohmann-json3-dev doctest-dev chromium fonts-noto-core
      fonts-noto-color-emoji  # emoji as a phone draws them, for the canvas and the page (tests)
      fonttools clang-14 libclang-rt-14-dev gzip zopfli ca-certificates poppler-utils
      python3-openpyxl  # reading the workbook back in the tests
      firefox-esr xvfb xauth
      orca xdotool at-spi2-core dbus-daemon)  # the screen-reader walk (tests/screenreader)

SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive

missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

SRC_LIST=/etc/apt/sources.list.d/lestari-src.sources
need_update=0
if [ ! -f "$SRC_LIST" ] && [ ! -f "$THIRD/imgui-1.90.1/imgui.cpp" ]; then
  # Debian ships ImGui's .cpp files only in its source package; 1.90.1 is in trixie.
  $SUDO tee "$SRC_LIST" >/dev/null <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  need_update=1
fi
if [ ${#missing[@]} -gt 0 ] || [ $need_update -eq 1 ]; then
  echo "setup: apt-get update"
  $SUDO apt-get update -qq
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# A source package's upstream tarball, checksum verified, unpacked outside git.
# $1 the folder it becomes, $2 package/suite, $3 the tarball's name, $4 its SHA-256.
unpack_source() {
  local dir="$THIRD/$1" tarball="$THIRD/dl/$3"
  [ -d "$dir" ] && return 0
  mkdir -p "$THIRD/dl"
  if [ ! -f "$tarball" ]; then
    [ -f "$SRC_LIST" ] || { echo "setup: missing $SRC_LIST"; exit 1; }
    (cd "$THIRD/dl" && apt-get source --download-only "$2" >/dev/null)
  fi
  echo "$4  $tarball" | sha256sum -c --quiet - \
    || { echo "setup: $3 checksum mismatch"; rm -f "$tarball"; exit 1; }
  rm -rf "$dir.tmp"; mkdir -p "$dir.tmp"
  tar -xf "$tarball" -C "$dir.tmp" --strip-components=1
  mv "$dir.tmp" "$dir"
}
unpack_source imgui-1.90.1 imgui/trixie "imgui_1.90.1+ds.orig.tar.xz" "$IMGUI_SHA256"

# npm packages exactly as locked (playwright-core never downloads a browser).
if [ ! -f "$ROOT/node_modules/.package-lock.json" ] || \
   ! cmp -s "$ROOT/package-lock.json" "$ROOT/node_modules/.lestari-lock"; then
  echo "setup: npm ci"
  (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
  cp "$ROOT/package-lock.json" "$ROOT/node_modules/.lestari-lock"
fi
echo "setup: ready (imgui at $THIRD/imgui-1.90.1)"
