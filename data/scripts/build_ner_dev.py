#!/usr/bin/env python3
"""Build an entity dev set from its article texts and hand-corrected gold list.

Usage: build_ner_dev.py LANG TEXT_DIR GOLD_TXT OUT_PREFIX
  TEXT_DIR   one article a file, `<id>.txt`, optionally starting with the header ` date YYYY-MM-DD`
  GOLD_TXT   `## <id>` then `surface|TYPE` lines in reading order (each surface is searched for after the
             end of the previous one; a surface not found, or not on token boundaries, is an error)
Writes OUT_PREFIX.jsonl ({"id","text","lang","reference","entities":[{"start","end","type","text"}]},
UTF-8 byte offsets into `text`, the article without its header) and OUT_PREFIX.iob (`token start end tag`,
IOB2, byte offsets, a blank line between lines of the text, `-DOCSTART- <id>` before each article).
"""
import json, os, re, sys

TYPES = {"PER", "ORG", "LOC", "MISC", "MONEY", "PERCENT"}
TOKEN = re.compile(r"(?:[A-Za-zÀ-ÿ]{1,2}|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu|[Qq]uoiqu)['’](?=\w)"
                   r"|['’]s\b|\w+(?:[-.]\w+|['’](?!s\b)\w+)*|\S")


def read_gold(path):
    docs, cur = {}, None
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line or line.startswith("# "):
            continue
        if line.startswith("## "):
            cur = line[3:].strip(); docs[cur] = []; continue
        surface, _, typ = line.rpartition("|")
        if cur is None or typ not in TYPES or not surface:
            sys.exit(f"{path}:{n}: expected `surface|TYPE` under a `## id` line, got {line!r}")
        docs[cur].append((surface, typ, n))
    return docs


def main():
    lang, text_dir, gold_path, out = sys.argv[1:5]
    gold = read_gold(gold_path)
    jl, iob = [], []
    stats = {}
    for doc_id, mentions in gold.items():
        raw = open(os.path.join(text_dir, doc_id + ".txt"), encoding="utf-8").read()
        ref = None
        if raw.startswith(" date "):
            head, raw = raw.split("\n", 1)
            ref = head.split()[1]
        toks = [(m.start(), m.end()) for m in TOKEN.finditer(raw)]
        starts = {s for s, _ in toks}; ends = {e for _, e in toks}
        ents, pos = [], 0
        for surface, typ, n in mentions:
            i = raw.find(surface, pos)
            if i < 0:
                sys.exit(f"{gold_path}:{n}: {surface!r} not found in {doc_id} after offset {pos}")
            if i not in starts or i + len(surface) not in ends:
                sys.exit(f"{gold_path}:{n}: {surface!r} in {doc_id} does not fall on token boundaries")
            ents.append((i, i + len(surface), typ, surface)); pos = i + len(surface)
            stats[typ] = stats.get(typ, 0) + 1
        b = lambda k: len(raw[:k].encode("utf-8"))
        jl.append({"id": doc_id, "text": raw, "lang": lang, "reference": ref,
                   "entities": [{"start": b(s), "end": b(e), "type": t, "text": x} for s, e, t, x in ents]})
        iob.append(f"-DOCSTART- {doc_id}")
        prev_line = None
        for s, e in toks:
            line_no = raw.count("\n", 0, s)
            if prev_line is not None and line_no != prev_line:
                iob.append("")
            prev_line = line_no
            tag = "O"
            for es, ee, t, _ in ents:
                if es <= s and e <= ee:
                    tag = ("B-" if s == es else "I-") + t
            iob.append(f"{raw[s:e]} {b(s)} {b(e)} {tag}")
        iob.append("")
    with open(out + ".jsonl", "w", encoding="utf-8") as f:
        for d in jl:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(out + ".iob", "w", encoding="utf-8") as f:
        f.write("\n".join(iob) + "\n")
    ntok = sum(1 for l in iob if l and not l.startswith("-DOCSTART-"))
    print(f"{lang}: {len(jl)} documents, {ntok} tokens, entities {dict(sorted(stats.items()))}")


if __name__ == "__main__":
    main()
