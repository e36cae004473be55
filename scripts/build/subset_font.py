#!/usr/bin/env python3
"""Subsets a TTF to the Unicode ranges in assets/font-ranges.txt (fonttools).

Usage: subset_font.py <font.ttf> <font-ranges.txt> <out.ttf>
No hinting, no layout tables beyond kerning: the UI rasterises with ImGui's
stb_truetype, which uses neither.
"""
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


def main():
    src, ranges_file, dst = sys.argv[1:4]
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
    missing = [cp for cp in ranges(ranges_file) if cp not in cmap]
    if missing:
        sys.exit(f"{src} lacks " + ", ".join(f"U+{cp:04X}" for cp in missing))
    s = subset.Subsetter(options)
    s.populate(unicodes=ranges(ranges_file))
    s.subset(font)
    subset.save_font(font, dst, options)


if __name__ == "__main__":
    main()
