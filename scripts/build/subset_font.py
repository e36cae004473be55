#!/usr/bin/env python3
"""Subsets a TTF to the Unicode ranges in assets/font-ranges.txt (fonttools).

Usage: subset_font.py <font.ttf> <font-ranges.txt> <out.ttf> [<text.json> ...]
No hinting, no layout tables beyond kerning: the UI rasterises with ImGui's
stb_truetype, which uses neither.

With text files (the bold font: checklist and translations), only ASCII and
the characters of those texts are kept. The bold, heading and title fonts
show only the app's own texts, and src/ui/theme.cpp rasterises exactly those
characters for them; the glyphs of names users type (Latin-1, Latin
Extended-A) are needed in the regular font only. About 100 glyphs instead of
about 330: a third of the file.
"""
import json
import sys

from fontTools import subset


def ranges(path):
    out = []
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        a, b = line.split("-")
        out.extend(range(int(a, 16), int(b, 16) + 1))
    return out


def text_code_points(paths):
    """ASCII and every character of the texts, as the app embeds them
    (minified JSON) and as they are written."""
    out = set(range(0x20, 0x7F))
    for path in paths:
        raw = open(path, encoding="utf-8").read()
        embedded = json.dumps(json.loads(raw), ensure_ascii=False, separators=(",", ":"))
        out |= {ord(c) for c in raw + embedded if ord(c) >= 0x20}
    return sorted(out)


def main():
    src, ranges_file, dst = sys.argv[1:4]
    texts = sys.argv[4:]
    wanted = text_code_points(texts) if texts else ranges(ranges_file)
    options = subset.Options()
    options.hinting = False
    options.desubroutinize = True
    options.layout_features = ["kern"]
    options.name_IDs = [0, 1, 2]  # keep the copyright and family name
    options.notdef_outline = True
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "DSIG", "STAT", "MVAR", "HVAR"]
    font = subset.load_font(src, options)
    # Every listed code point must exist in the font: a missing one would be
    # drawn as "?" in the UI.
    cmap = font.getBestCmap()
    missing = [cp for cp in wanted if cp not in cmap]
    if missing:
        sys.exit(f"{src} lacks " + ", ".join(f"U+{cp:04X}" for cp in missing))
    s = subset.Subsetter(options)
    s.populate(unicodes=wanted)
    s.subset(font)
    subset.save_font(font, dst, options)


if __name__ == "__main__":
    main()
