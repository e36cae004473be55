#!/usr/bin/env python3
"""Reads an XLSX workbook with openpyxl (Debian's python3-openpyxl: a reader
no one here wrote) and prints what the tests check, as JSON: per sheet its
name, frozen panes, column widths and every cell's value (numbers stay
numbers, so a test sees whether a spreadsheet gets a number or a text).

Usage: read_xlsx.py <file.xlsx>
"""
import json
import sys

import openpyxl
from openpyxl.utils import get_column_letter


def main():
    book = openpyxl.load_workbook(sys.argv[1])
    sheets = []
    for ws in book.worksheets:
        sheets.append({
            "name": ws.title,
            "freeze": ws.freeze_panes,
            "widths": [ws.column_dimensions[get_column_letter(c)].width for c in range(1, ws.max_column + 1)],
            "bold": [bool(cell.font and cell.font.b) for cell in ws[1]],
            "rows": [list(row) for row in ws.iter_rows(values_only=True)],
        })
    json.dump({"sheets": sheets}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
