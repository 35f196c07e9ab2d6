#!/usr/bin/env python3
"""Print the current recogniser's mentions for dev-set articles, one `surface|TYPE` a line in reading
order, as the starting point for hand correction (the corrected lists live in data/dev/ner/*/gold.txt).
Usage: preannotate.py LANG FILE... (runs target/release/dossier extract)"""
import json, subprocess, sys

lang, files = sys.argv[1], sys.argv[2:]
reqs = []
for f in files:
    text = open(f, encoding="utf-8").read()
    ref = None
    if text.startswith(" date "):
        head, text = text.split("\n", 1)
        ref = head.split()[1]
    reqs.append({"id": f, "text": text, "lang": lang, "reference": ref})
p = subprocess.run(["target/release/dossier", "extract"], input="".join(json.dumps(r) + "\n" for r in reqs),
                   capture_output=True, text=True, check=True)
for line in p.stdout.splitlines():
    d = json.loads(line)
    print(f"## {d['id']}")
    for e in d["entities"]:
        print(f"{e['text']}|{e['type']}")
