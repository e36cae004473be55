#!/usr/bin/env python3
"""Finishes a linked page (dist/index.html or dist/lestari.html).

- The one-file page carries its WebAssembly gzip-compressed (base64 of gzip
  instead of base64 of the binary: about a third smaller); web/glue.js
  decompresses it with the browser's own DecompressionStream.
- The Content-Security-Policy: no 'unsafe-inline' anywhere. The page's own
  inline <script> and <style> blocks are allowed by their SHA-256 hashes; the
  hosted page loads index.js and index.wasm from its own origin, the single
  file fetches nothing at all (connect-src 'none').

Usage: finish_page.py <page.html> hosted|single
"""
import base64
import gzip
import hashlib
import re
import sys

EMBEDDED_WASM = re.compile(r"data:application/octet-stream;base64,([A-Za-z0-9+/=]+)")


def compress_wasm(html):
    m = EMBEDDED_WASM.search(html)
    if not m:
        sys.exit("finish_page.py: no embedded WebAssembly found")
    wasm = base64.b64decode(m.group(1))
    if wasm[:4] != b"\0asm":
        return html  # already compressed (the page was finished before)
    packed = gzip.compress(wasm, compresslevel=9, mtime=0)
    return html[:m.start(1)] + base64.b64encode(packed).decode("ascii") + html[m.end(1):]

PLACEHOLDER = "LESTARI_CSP"


def hashes(html, tag):
    out = []
    for body in re.findall(r"<%s>(.*?)</%s>" % (tag, tag), html, flags=re.S):
        digest = hashlib.sha256(body.encode("utf-8")).digest()
        out.append("'sha256-%s'" % base64.b64encode(digest).decode("ascii"))
    return out


def main():
    path, mode = sys.argv[1], sys.argv[2]
    html = open(path, encoding="utf-8").read()
    if PLACEHOLDER not in html:
        sys.exit("finish_page.py: no %s placeholder in %s" % (PLACEHOLDER, path))
    if mode == "single":
        html = compress_wasm(html)
    scripts = hashes(html, "script")
    if mode == "hosted":
        script_src, connect_src = ["'self'"] + scripts, "'self'"
    else:
        script_src, connect_src = scripts, "'none'"
    policy = "; ".join([
        "default-src 'none'",
        "script-src " + " ".join(script_src + ["'wasm-unsafe-eval'"]),
        "connect-src " + connect_src,
        "style-src " + " ".join(hashes(html, "style") or ["'none'"]),
        "img-src data:",
        "base-uri 'none'",
        "form-action 'none'",
    ])
    html = html.replace(PLACEHOLDER, policy)
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)


if __name__ == "__main__":
    main()
