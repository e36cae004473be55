#!/usr/bin/env python3
"""Writes the checklist and the translations as pre-parsed tables.

Usage: make_tables.py <checklist.json> <strings.json> <checklist.table> <strings.table>

The browser build reads these at start-up instead of parsing JSON: the JSON
parser and the checklist and translation readers are then not compiled by the
browser before the first frame (docs/performance.md). The JSON files stay the
source: the native tests load both and check that they are equal, so this
writer and src/core/model/asset_tables.cpp, which reads the tables, cannot drift.

Format (src/core/model/asset_tables.cpp reads it): a 4-byte magic, then values in a
fixed order. A count or whole number is unsigned LEB128; a string is its byte
length then its UTF-8 bytes; a text is the Indonesian then the English string;
a real number is an IEEE 754 double, little-endian. The file ends exactly
where the last value does.
"""
import json
import os
import struct
import sys

LEVELS = 5  # maturity levels 0..4 (kMaxLevel + 1 in src/core/model/checklist.h)
FIELD_TYPES = {"text": 0, "multiline": 1, "choice": 2, "year": 3}  # order of FieldType


class Table:
    def __init__(self, magic):
        self.data = bytearray(magic)

    def count(self, n):
        if n < 0:
            raise ValueError(f"negative number {n}")
        while True:
            byte, n = n & 0x7F, n >> 7
            self.data.append(byte | (0x80 if n else 0))
            if not n:
                return

    def string(self, s):
        raw = s.encode("utf-8")
        self.count(len(raw))
        self.data += raw

    def number(self, x):
        self.data += struct.pack("<d", float(x))

    def text(self, t):
        t = t or {"id": "", "en": ""}  # an optional text left out
        self.string(t["id"])
        self.string(t["en"])


def checklist_table(c):
    t = Table(b"LCK1")
    t.string(c["id"])
    t.string(c["version"])
    t.text(c["title"])
    t.count(c["maxNoteLength"])
    plan = c["actionPlan"]
    for key in ("actionMaxLength", "picMaxLength", "noteMaxLength"):
        t.count(plan[key])
    assert len(c["levelNames"]) == LEVELS
    for name in c["levelNames"]:
        t.text(name)
    t.count(len(c["bands"]))
    for b in c["bands"]:
        t.string(b["id"])
        t.number(b["min"])
        t.text(b["label"])
        t.text(b["description"])
    t.number(c["weakestLink"]["threshold"])
    t.string(c["weakestLink"]["capBand"])
    t.count(len(c["profile"]))
    for f in c["profile"]:
        t.string(f["id"])
        t.count(FIELD_TYPES[f["type"]])
        t.text(f["label"])
        t.text(f.get("help"))
        t.count(f.get("maxLength", 200))  # the defaults of ProfileField
        t.count(f.get("min", 0))
        t.count(f.get("max", 0))
        options = f.get("options", [])
        t.count(len(options))
        for o in options:
            t.string(o["id"])
            t.text(o["label"])
    stages = [o["id"] for f in c["profile"] if f["id"] == "stage" for o in f["options"]]
    t.count(len(c["factors"]))
    for f in c["factors"]:
        t.string(f["id"])
        for key in ("title", "shortTitle", "description"):
            t.text(f[key])
        t.number(f["weight"])
        t.count(len(stages))
        for s in stages:
            t.text(f["stageReasons"][s])
        t.count(len(f["indicators"]))
        for i in f["indicators"]:
            t.string(i["id"])
            for key in ("question", "guidance", "evidenceSufficient", "evidenceInsufficient", "recommendation"):
                t.text(i[key])
            assert len(i["levels"]) == LEVELS
            for level in i["levels"]:
                t.text(level)
            t.count(len(stages))
            for s in stages:
                t.count(i["expected"][s])
    return t.data


def strings_table(s):
    t = Table(b"LST1")
    keys = sorted(s["id"], key=lambda k: k.encode("utf-8"))  # std::map's order: bytes
    t.count(len(keys))
    for key in keys:
        t.string(key)
        t.text({"id": s["id"][key], "en": s["en"][key]})
    return t.data


def write(path, data):
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


def main():
    checklist, strings, checklist_out, strings_out = sys.argv[1:5]
    write(checklist_out, checklist_table(json.load(open(checklist, encoding="utf-8"))))
    write(strings_out, strings_table(json.load(open(strings, encoding="utf-8"))))


if __name__ == "__main__":
    main()
