#!/usr/bin/env python3
"""Reads a CSV file with Python's csv module (a reader no one here wrote),
split on the separator given, and prints every cell as a JSON list: what a
spreadsheet set to that list separator would put in its cells (Excel in
Indonesian settings splits on ";").

Usage: read_csv_cells.py <file.csv> <separator>
"""
import csv
import json
import sys


def main():
    with open(sys.argv[1], encoding='utf-8-sig', newline='') as f:
        cells = [cell for row in csv.reader(f, delimiter=sys.argv[2]) for cell in row]
    json.dump(cells, sys.stdout, ensure_ascii=False)


if __name__ == '__main__':
    main()
