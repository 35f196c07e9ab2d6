#!/usr/bin/env python3
"""Builds the entity training set from annotated article files.

Input: `data/train/synthetic/{lang}/*.txt` (and any other folder given), one article a file:

    # id: nl-syn-001
    # date: 2021-03-14
    # topic: local politics            (optional, free text)
    Headline of the article

    Body text where every entity is marked [[TYPE:surface]], e.g. [[PER:Marta Kovač]] zei dat
    [[ORG:Rabobank]] [[MONEY:3,2 miljoen euro]] betaalt.

Header lines start with `# ` and come first; `id` and `date` (YYYY-MM-DD) are required. TYPE is one of
PER, ORG, LOC, MISC, MONEY, PERCENT (../shared/ANNOTATION.md). Spans are flat: no markup inside markup.

Output: one JSON object a line, the format of `data/dev/ner/*/LANG.jsonl`:
    {"id", "text", "lang", "reference", "source", "entities": [{"start", "end", "type", "text"}]}
with UTF-8 **byte** offsets into `text` (end exclusive), as `dossier extract` gives them.

Errors name the file and line, and the script exits non-zero; nothing is skipped.

Usage: python3 data/scripts/build_train.py LANG OUT.jsonl DIR [DIR ...]
"""
import json
import os
import re
import sys

TYPES = {"PER", "ORG", "LOC", "MISC", "MONEY", "PERCENT"}
MARK = re.compile(r"\[\[([A-Z]+):([^\[\]]+?)\]\]")


class Bad(Exception):
    pass


def parse(path, lang):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    header = {}
    body_from = 0
    for n, line in enumerate(lines):
        if line.startswith("# "):
            key, sep, value = line[2:].partition(":")
            if not sep:
                raise Bad(f"{path}:{n + 1}: header line without 'key: value'")
            header[key.strip()] = value.strip()
            body_from = n + 1
        else:
            break
    for key in ("id", "date"):
        if key not in header:
            raise Bad(f"{path}:1: missing header '# {key}: …'")
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", header["date"]):
        raise Bad(f"{path}:1: date '{header['date']}' is not YYYY-MM-DD")
    text = []
    entities = []
    offset = 0  # byte offset into the output text
    for n in range(body_from, len(lines)):
        line = lines[n]
        where = f"{path}:{n + 1}"
        out = []
        pos = 0
        for m in MARK.finditer(line):
            kind, surface = m.group(1), m.group(2)
            if kind not in TYPES:
                raise Bad(f"{where}: unknown type '{kind}' in '{m.group(0)}'")
            if surface != surface.strip() or not surface:
                raise Bad(f"{where}: surface with outer spaces in '{m.group(0)}'")
            before = line[pos:m.start()]
            if "[[" in before or "]]" in before:
                raise Bad(f"{where}: unbalanced markup before '{m.group(0)}'")
            out.append(before)
            start = offset + len("".join(out).encode("utf-8"))
            out.append(surface)
            end = start + len(surface.encode("utf-8"))
            entities.append({"start": start, "end": end, "type": kind, "text": surface})
            pos = m.end()
        rest = line[pos:]
        if "[[" in rest or "]]" in rest:
            raise Bad(f"{where}: unbalanced or malformed markup in '{rest.strip()[:60]}'")
        out.append(rest)
        plain = "".join(out)
        text.append(plain)
        offset += len(plain.encode("utf-8")) + 1  # the line feed
    body = "\n".join(text).strip("\n") + "\n"
    # Leading blank lines were stripped: shift offsets accordingly.
    lead = len("\n".join(text).encode("utf-8")) - len("\n".join(text).lstrip("\n").encode("utf-8"))
    for e in entities:
        e["start"] -= lead
        e["end"] -= lead
        got = body.encode("utf-8")[e["start"]:e["end"]].decode("utf-8")
        if got != e["text"]:
            raise Bad(f"{path}: internal offset error for '{e['text']}'")
    return {
        "id": header["id"],
        "text": body,
        "lang": lang,
        "reference": header["date"],
        "source": header.get("source", "written by the Dossier team (synthetic news-style text), MIT"),
        "entities": entities,
    }


def main(argv):
    if len(argv) < 4:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    lang, out_path, dirs = argv[1], argv[2], argv[3:]
    records, seen, errors = [], {}, []
    for d in dirs:
        for name in sorted(os.listdir(d)):
            if not name.endswith(".txt"):
                continue
            path = os.path.join(d, name)
            try:
                rec = parse(path, lang)
            except Bad as e:
                errors.append(str(e))
                continue
            if rec["id"] in seen:
                errors.append(f"{path}:1: id '{rec['id']}' also in {seen[rec['id']]}")
                continue
            seen[rec["id"]] = path
            records.append(rec)
    if errors:
        for e in errors:
            print(e, file=sys.stderr)
        return 1
    with open(out_path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = {}
    tokens = 0
    for r in records:
        tokens += len(re.findall(r"\w+|[^\w\s]", r["text"]))
        for e in r["entities"]:
            counts[e["type"]] = counts.get(e["type"], 0) + 1
    print(f"{out_path}: {len(records)} articles, {tokens} tokens, "
          + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
