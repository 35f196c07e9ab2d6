#!/usr/bin/env python3
"""Extract the news part of UD_French-PUD as French training text for the entity typer, pre-annotated.

Reads a git snapshot (`git show`, no network) of UniversalDependencies/UD_French-PUD at PUD_COMMIT,
`fr_pud-ud-test.conllu`: the `# text` of every sentence whose `sent_id` starts with `n` (the news half;
the `w` half is Wikipedia). Ids are `n<doc:5><sent:3>`: sentences of one news article share `<doc>` and
come in order, so each article becomes one file (its sentences one a line). The text is CC BY-SA 3.0
(the treebank's README and LICENSE.txt): French translations, made for the CoNLL 2017 shared task, of
sentences from English-language news of about 2016.

Usage: extract_pud.py PUD_GIT RAW_DIR MARKED_DIR
Writes RAW_DIR/<doc>.txt (plain text, a MANIFEST.tsv beside: file, sentence ids) and, where MARKED_DIR has no
file of that name yet, MARKED_DIR/<doc>.txt: the same text with the mentions `target/release/dossier
extract` finds marked `[[TYPE:surface]]` (build_train.py's format), the starting point for correction by
hand. A file already in MARKED_DIR (corrected) is never overwritten.
"""
import collections, json, os, subprocess, sys

PUD_COMMIT = "c245786cfb3020d43bcfc96215ae531a1b07bcbc"


def main():
    git, raw, marked = sys.argv[1:4]
    data = subprocess.run(["git", "--git-dir", git, "show", f"{PUD_COMMIT}:fr_pud-ud-test.conllu"],
                          check=True, capture_output=True).stdout.decode("utf-8")
    docs = collections.OrderedDict()
    sid = None
    for line in data.splitlines():
        if line.startswith("# sent_id = "):
            sid = line[12:].strip()
        elif line.startswith("# text = ") and sid and sid.startswith("n"):
            docs.setdefault(sid[1:6], []).append((sid, line[9:].strip()))
    os.makedirs(raw, exist_ok=True)
    os.makedirs(marked, exist_ok=True)
    manifest = []
    reqs = []
    for doc, sents in docs.items():
        name = f"pud_{doc}"
        text = "\n".join(t for _, t in sents) + "\n"
        with open(os.path.join(raw, name + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        manifest.append(f"{name}\tUD_French-PUD@{PUD_COMMIT} " + " ".join(s for s, _ in sents))
        if not os.path.exists(os.path.join(marked, name + ".txt")):
            reqs.append({"id": name, "text": text, "lang": "fr", "reference": None})
    with open(os.path.join(raw, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(manifest) + "\n")
    if reqs:
        out = subprocess.run(["target/release/dossier", "extract"], check=True, capture_output=True, text=True,
                             input="".join(json.dumps(r) + "\n" for r in reqs)).stdout
        for line, req in zip(out.splitlines(), reqs):
            d = json.loads(line)
            text = req["text"].encode("utf-8")
            parts, pos = [], 0
            for e in sorted(d["entities"], key=lambda e: e["start"]):
                if e["start"] < pos:
                    continue
                parts.append(text[pos:e["start"]].decode("utf-8"))
                parts.append(f"[[{e['type']}:{text[e['start']:e['end']].decode('utf-8')}]]")
                pos = e["end"]
            parts.append(text[pos:].decode("utf-8"))
            head = (f"# id: fr-pud-{req['id'][4:]}\n# date: 2016-11-01\n"
                    f"# source: UD_French-PUD {req['id']} (news), CC BY-SA 3.0\n")
            with open(os.path.join(marked, req["id"] + ".txt"), "w", encoding="utf-8") as f:
                f.write(head + "".join(parts))
    print(f"{len(docs)} articles, {sum(len(s) for s in docs.values())} sentences; pre-annotated {len(reqs)}")


if __name__ == "__main__":
    main()
