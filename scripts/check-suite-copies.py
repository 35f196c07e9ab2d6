#!/usr/bin/env python3
"""Finds project text that copies a case of the shared date conformance suite.

The suite (`../shared/conformance/dates/*.jsonl`) is a measuring stick: its sentences must never be
copied into the project's tests, data or docs (team guide). This check reads the suite in place and
compares it with

- every Rust string literal under `src/` and `tests/` (raw, byte and escaped strings; the line is that
  of the opening quote),
- every sentence of README.md and of the other text files under `src/` and `tests/` (Markdown, plain
  text, JSON, TSV, JavaScript).

A project text of at least 20 characters is a copy of a suite case when

1. its normalised text equals or contains the case's normalised text (itself at least 20 characters),
   where normalising lower-cases, turns each run of digits into `0` and each run of other characters
   that are not letters into one space (so `$12 December 27` and `$15 december 28!` are the same); or
2. it is a reworded case: the case's reference date is written on the same line (the `t!` tables put
   the reference, the sentence and the expected spans on one line) and an expected expression of the
   case occurs in it word for word, when that expression is distinctive (two words or more and at
   least 10 characters: `the past two quarters` read on the suite's day is the suite's case, whatever
   sentence is built around it) or the two sentences are near-identical (token Jaccard similarity of
   the normalised sentences at least 0.6: two words changed in an eight-word sentence is still a
   copy).

Prints `file:line: suite-id (how): text` for each copy and exits 1 if there is any; exits 0 when there
is none. When the suite is absent (a fresh CI machine without ../shared) it says so and exits 0.

Usage: python3 scripts/check-suite-copies.py [SUITE_DIR]
  SUITE_DIR defaults to $DOSSIER_SHARED/conformance/dates, ../shared/conformance/dates beside the
  checkout, or beside the main checkout of a git worktree.
"""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MIN_CHARS = 20
JACCARD = 0.6
DISTINCTIVE_CHARS = 10
TEXT_EXTS = {".md", ".txt", ".json", ".jsonl", ".tsv", ".csv", ".mjs", ".js", ".html", ".toml"}
DATE = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")


def normalise(text):
    """Lower-case; each run of digits becomes `0`, each run of non-letters one space."""
    text = re.sub(r"\d+", "0", text.lower())
    text = re.sub(r"[^\w]+|_+", " ", text)
    return " ".join(text.split())


def tokens(text):
    return set(normalise(text).split())


def jaccard(a, b):
    return len(a & b) / len(a | b) if a or b else 0.0


def references(line_text, text, is_rust):
    """Reference dates that go with `text`: in Rust, any date on its line (a `t!` case is one line); in
    prose, the date written next after the text on its line (`the past two quarters` (2022-10-12)), or
    the last one before it when none follows."""
    if is_rust:
        return set(DATE.findall(line_text))
    at = line_text.lower().find(text.lower()[:40])
    if at < 0:
        return set(DATE.findall(line_text))
    after = [m.group(1) for m in DATE.finditer(line_text, at)]
    before = [m.group(1) for m in DATE.finditer(line_text[:at])]
    return {after[0]} if after else ({before[-1]} if before else set())


def find_suite(arg):
    if arg:
        return Path(arg)
    candidates = []
    if os.environ.get("DOSSIER_SHARED"):
        candidates.append(Path(os.environ["DOSSIER_SHARED"]) / "conformance" / "dates")
    candidates.append(ROOT / ".." / "shared" / "conformance" / "dates")
    try:
        common = subprocess.run(
            ["git", "rev-parse", "--path-format=absolute", "--git-common-dir"],
            cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
        candidates.append(Path(common).parent / ".." / "shared" / "conformance" / "dates")
    except (subprocess.CalledProcessError, FileNotFoundError):
        pass
    for c in candidates:
        if c.is_dir():
            return c
    return candidates[1]


def load_suite(folder):
    cases = []
    for path in sorted(folder.glob("*.jsonl")):
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    d = json.loads(line)
                    cases.append({
                        "id": d["id"],
                        "text": d["text"],
                        "norm": normalise(d["text"]),
                        "tokens": tokens(d["text"]),
                        "reference": d.get("reference"),
                        "exprs": [e["text"].lower() for e in d.get("expected", []) if e.get("text")],
                    })
                except (ValueError, KeyError, TypeError) as e:
                    sys.exit(f"check-suite-copies: {path}:{n}: malformed case ({e})")
    return cases


def rust_literals(src):
    """(line, text) of each string literal in Rust source; comments and char literals are skipped."""
    out = []
    i, n, line = 0, len(src), 1
    while i < n:
        c = src[i]
        if c == "\n":
            line += 1
            i += 1
        elif src.startswith("//", i):
            j = src.find("\n", i)
            i = n if j < 0 else j
        elif src.startswith("/*", i):
            depth, i = 1, i + 2
            while i < n and depth:
                if src.startswith("/*", i):
                    depth, i = depth + 1, i + 2
                elif src.startswith("*/", i):
                    depth, i = depth - 1, i + 2
                else:
                    line += src[i] == "\n"
                    i += 1
        elif (m := re.compile(r'b?r(#*)"').match(src, i)) and (i == 0 or not (src[i - 1].isalnum() or src[i - 1] == "_")):
            close = '"' + m.group(1)
            j = src.find(close, m.end())
            j = n if j < 0 else j
            out.append((line, src[m.end():j]))
            line += src.count("\n", i, j)
            i = j + len(close)
        elif c == '"' or (c == "b" and src.startswith('b"', i) and (i == 0 or not src[i - 1].isalnum())):
            start, i = line, i + (2 if c == "b" else 1)
            buf = []
            while i < n and src[i] != '"':
                if src[i] == "\\" and i + 1 < n:
                    nxt = src[i + 1]
                    if nxt == "\n":  # line continuation: skip the newline and leading blanks
                        line += 1
                        i += 2
                        while i < n and src[i] in " \t\n":
                            line += src[i] == "\n"
                            i += 1
                        continue
                    buf.append({"n": "\n", "t": "\t", "r": "\r", "0": "\0"}.get(nxt, nxt))
                    i += 2
                    continue
                line += src[i] == "\n"
                buf.append(src[i])
                i += 1
            out.append((start, "".join(buf)))
            i += 1
        elif c == "'":
            m = re.compile(r"'(\\.[^']*|[^\\'])'").match(src, i)
            i = m.end() if m else i + 1
        elif c.isalnum() or c == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            i = j
        else:
            i += 1
    return out


def prose_sentences(text):
    """(line, sentence) of each sentence of a text file; paragraphs are joined across line breaks."""
    out = []
    lines = text.split("\n")
    para, para_start = [], 1
    for n, l in enumerate(lines + [""], 1):
        if l.strip():
            if not para:
                para_start = n
            para.append(l)
            continue
        if para:
            joined = " ".join(para)
            out.append((para_start, joined))
            # Sentences, and quoted or backticked runs, each with the line where they start.
            pieces = re.split(r"(?<=[.!?])\s+", joined)
            pieces += re.findall(r"`([^`]+)`|\"([^\"]+)\"|“([^”]+)”|«([^»]+)»", joined)
            for p in pieces:
                p = p if isinstance(p, str) else next((x for x in p if x), "")
                if not p:
                    continue
                pos = joined.find(p)
                k, acc = 0, 0
                while k < len(para) - 1 and acc + len(para[k]) + 1 <= pos:
                    acc += len(para[k]) + 1
                    k += 1
                out.append((para_start + k, p))
        para = []
    return out


def project_texts():
    """(path, line, text, its line, whether Rust) of every text that is checked."""
    files = [ROOT / "README.md"] if (ROOT / "README.md").is_file() else []
    for top in ("src", "tests"):
        for p in sorted((ROOT / top).rglob("*")):
            if p.is_file() and (p.suffix == ".rs" or p.suffix in TEXT_EXTS):
                files.append(p)
    for p in files:
        try:
            src = p.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        lines = src.split("\n")
        rel = p.relative_to(ROOT)
        items = rust_literals(src) if p.suffix == ".rs" else prose_sentences(src)
        for line, text in items:
            if len(text) >= MIN_CHARS:
                context = lines[line - 1] if line - 1 < len(lines) else ""
                yield rel, line, text, context, p.suffix == ".rs"


def main():
    suite_dir = find_suite(sys.argv[1] if len(sys.argv) > 1 else None)
    if not suite_dir.is_dir():
        print(f"check-suite-copies: no date suite at {suite_dir} (../shared absent; set DOSSIER_SHARED): skipped")
        return 0
    cases = load_suite(suite_dir)
    long_cases = [c for c in cases if len(c["norm"]) >= MIN_CHARS]
    by_reference = {}
    for c in cases:
        by_reference.setdefault(c["reference"], []).append(c)
    found = {}
    for rel, line, text, line_text, is_rust in project_texts():
        norm = normalise(text)
        if len(norm) < MIN_CHARS:
            continue
        hits = []
        for c in long_cases:
            if f" {c['norm']} " in f" {norm} ":
                hits.append((c["id"], "same text"))
        if not hits:
            lowered, toks = text.lower(), tokens(text)
            for ref in sorted(references(line_text, text, is_rust)):
                for c in by_reference.get(ref, []):
                    for e in c["exprs"]:
                        if not re.search(r"(?<!\w)" + re.escape(e) + r"(?!\w)", lowered):
                            continue
                        j = jaccard(toks, c["tokens"])
                        if len(e.split()) >= 2 and len(e) >= DISTINCTIVE_CHARS:
                            hits.append((c["id"], f"same reference {ref} and expression {e!r}"))
                        elif j >= JACCARD:
                            hits.append((c["id"], f"same reference {ref} and expression {e!r}, Jaccard {j:.2f}"))
                        break
        for cid, how in hits:
            found.setdefault((str(rel), line, cid), (how, text))
    # A paragraph and the sentence or quote in it that copies the same case: keep the smallest.
    for key, (how, text) in list(found.items()):
        if any(k != key and k[0] == key[0] and k[2] == key[2] and len(t) < len(text) and normalise(t) in normalise(text)
               for k, (_, t) in found.items()):
            del found[key]
    for (rel, line, cid), (how, text) in sorted(found.items()):
        print(f"{rel}:{line}: {cid} ({how}): {text!r}")
    if found:
        files = sorted({k[0] for k in found})
        print(f"check-suite-copies: {len(found)} copies of suite cases in {len(files)} files "
              f"(suite {suite_dir}); write cases of your own instead", file=sys.stderr)
        return 1
    print(f"check-suite-copies: no copy of the {len(cases)} suite cases in {suite_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
