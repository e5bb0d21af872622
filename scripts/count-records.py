#!/usr/bin/env python3
"""Baseline for the benchmark: count the CSV records of a LinkedIn export with zipfile + csv.

A straightforward script, as a member might write: it only counts records per file (no dates,
no classification, no report). Comments use backslash escapes, as the export's 2025+ files do.
"""
import csv
import io
import sys
import zipfile

total = 0
with zipfile.ZipFile(sys.argv[1]) as archive:
    for name in archive.namelist():
        if not name.lower().endswith(".csv"):
            continue
        with archive.open(name) as raw:
            text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
            escape = "\\" if "comments" in name.lower() else None
            rows = sum(1 for _ in csv.reader(text, escapechar=escape))
        total += rows
print(total)
