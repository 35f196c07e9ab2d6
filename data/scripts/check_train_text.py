#!/usr/bin/env python3
"""Checks that annotated training articles keep their source text exactly: removing the `[[TYPE:…]]` markup
from `MARKED_DIR/<id>.txt` (after its `# ` header lines) must give `RAW_DIR/<id>.txt` without its ` date …`
line, character for character (leading and trailing blank lines aside), so that offsets stay true to the source.

Also checks each `# date:` header against the raw file's ` date` line (YYYY-MM-DD; a DD-MM-YYYY DCT is read
as such) and refuses any article dated 2019 or 2020 (English Wikinews of those years is never used).

Errors name the file and line; exit status 1 on any error, 0 otherwise.

Usage: python3 data/scripts/check_train_text.py RAW_DIR MARKED_DIR
  e.g. python3 data/scripts/check_train_text.py data/train/raw/en data/train/real/en
"""
import os
import re
import sys

MARK = re.compile(r"\[\[[A-Z]+:([^\[\]]+?)\]\]")


def raw_date(value):
    if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return value
    m = re.fullmatch(r"(\d\d)-(\d\d)-(\d{4})", value)
    return f"{m.group(3)}-{m.group(2)}-{m.group(1)}" if m else None


def check(raw_path, marked_path):
    errors = []
    with open(raw_path, encoding="utf-8") as f:
        head, _, body = f.read().partition("\n")
    with open(marked_path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    header, first = {}, 0
    while first < len(lines) and lines[first].startswith("# "):
        key, _, value = lines[first][2:].partition(":")
        header[key.strip()] = value.strip()
        first += 1
    want = raw_date(head.split()[1]) if head.startswith(" date ") else None
    if want is None:
        errors.append(f"{raw_path}:1: no ' date YYYY-MM-DD' line")
    elif header.get("date") != want:
        errors.append(f"{marked_path}:1: date '{header.get('date')}' is not the source's '{want}'")
    if header.get("date", "")[:4] in ("2019", "2020"):
        errors.append(f"{marked_path}:1: dated {header['date']}: English Wikinews 2019-2020 is never used")
    plain = [MARK.sub(r"\1", line) for line in lines[first:]]
    source = body.split("\n")
    # Align on the first non-blank line of each.
    while plain and not plain[0].strip():
        plain.pop(0)
        first += 1
    while source and not source[0].strip():
        source.pop(0)
    while plain and not plain[-1].strip():
        plain.pop()
    while source and not source[-1].strip():
        source.pop()
    for n, (got, exp) in enumerate(zip(plain, source)):
        if got != exp:
            col = next((i for i, (a, b) in enumerate(zip(got, exp)) if a != b), min(len(got), len(exp)))
            errors.append(f"{marked_path}:{first + n + 1}: text differs from the source at column {col + 1}: "
                          f"{got[col:col + 30]!r} vs {exp[col:col + 30]!r}")
            break
    else:
        if len(plain) != len(source):
            errors.append(f"{marked_path}: {len(plain)} text lines, the source has {len(source)}")
    return errors


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[-2], file=sys.stderr)
        return 2
    raw_dir, marked_dir = argv[1], argv[2]
    errors, n = [], 0
    for name in sorted(os.listdir(marked_dir)):
        if not name.endswith(".txt"):
            continue
        raw_path = os.path.join(raw_dir, name)
        if not os.path.exists(raw_path):
            errors.append(f"{os.path.join(marked_dir, name)}:1: no source text {raw_path}")
            continue
        errors += check(raw_path, os.path.join(marked_dir, name))
        n += 1
    for e in errors:
        print(e, file=sys.stderr)
    if not errors:
        print(f"{marked_dir}: {n} articles match their source text")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
