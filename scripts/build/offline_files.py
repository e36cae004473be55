#!/usr/bin/env python3
"""Writes the files that make a hosted copy of Lestari installable and usable
offline (over https): the service worker, stamped with the page's own hash so
that a new build replaces what phones keep, the web app manifest and the
icon. Removes what older builds left in dist/ (index.js, index.wasm: the
hosted page is the one file now).

Usage: offline_files.py <web-dir> <dist-dir>
"""
import hashlib
import os
import shutil
import sys


def main():
    web, dist = sys.argv[1], sys.argv[2]
    with open(os.path.join(dist, "index.html"), "rb") as f:
        version = hashlib.sha256(f.read()).hexdigest()[:16]
    with open(os.path.join(web, "sw.js"), encoding="utf-8") as f:
        sw = f.read()
    if "LESTARI_SW_VERSION" not in sw:
        sys.exit("offline_files.py: no LESTARI_SW_VERSION in sw.js")
    with open(os.path.join(dist, "sw.js"), "w", encoding="utf-8") as f:
        f.write(sw.replace("LESTARI_SW_VERSION", version))
    for name in ("manifest.webmanifest", "icon.svg"):
        shutil.copyfile(os.path.join(web, name), os.path.join(dist, name))
    for stale in ("index.js", "index.wasm"):
        if os.path.exists(os.path.join(dist, stale)):
            os.remove(os.path.join(dist, stale))


if __name__ == "__main__":
    main()
