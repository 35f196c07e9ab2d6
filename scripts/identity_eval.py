#!/usr/bin/env python3
"""Cross-language identity on a dev set nothing is tuned on (`data/dev/identity/entities.tsv`): does Dossier
give one identity to an entity however Dutch, French and English write it (`Den Haag`, `La Haye`, `The
Hague`), and keep different entities apart?

    python3 scripts/identity_eval.py [--dossier PATH] [--errors]

Each entity of the file is written into a sentence of a small news article in each language (ten entities an
article, in a different order per language, neutral sentence frames), and the three corpora are analysed
together by `dossier analyze`, as the page does. A mention counts as found when a predicted entity overlaps
its bracketed span; its identity is the predicted entity's `canonical`.
- **Recall**: of the pairs of languages of each entity (nl–fr, nl–en, fr–en: 3 per entity), those whose two
  mentions are found and share one identity.
- **Precision**: of the pairs of found mentions in two different languages that share one identity, those of
  the same entity.
`scripts/ner-eval` calls `evaluate()` and writes the figures to ACCURACY.md.
"""

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data" / "dev" / "identity" / "entities.tsv"
LANGS = ["nl", "fr", "en"]
PER_ARTICLE = 10
# Neutral frames: the mention never opens a sentence (its determiner keeps its own case).
FRAMES = {
    "nl": ["Het rapport noemt {} meerdere keren.", "Volgens de krant speelde {} daarin een grote rol.",
           "Er kwam gisteren een reactie over {} binnen.", "Ook {} werd in het verslag genoemd."],
    "fr": ["Le rapport cite {} à plusieurs reprises.", "Selon le journal, {} y a joué un grand rôle.",
           "Une réaction concernant {} est arrivée hier.", "Le texte mentionne aussi {} dans sa conclusion."],
    "en": ["The report mentions {} several times.", "According to the paper, {} played a large part in it.",
           "A response concerning {} came in yesterday.", "The text also names {} in its conclusion."],
}
TITLES = {"nl": "Reacties op het rapport", "fr": "Les réactions au rapport", "en": "Reactions to the report"}


def read_entities(path=DATA):
    """[(id, type, {lang: (phrase without brackets, core start, core end)})]; exits naming file:line."""
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 2 + len(LANGS):
            sys.exit(f"{path}:{n}: expected {2 + len(LANGS)} tab-separated columns, found {len(cols)}")
        forms = {}
        for lang, phrase in zip(LANGS, cols[2:]):
            a, b = phrase.find("["), phrase.find("]")
            if a < 0 or b < a or phrase.count("[") != 1 or phrase.count("]") != 1:
                sys.exit(f"{path}:{n}: the {lang} form {phrase!r} must bracket its mention once: de [NAVO]")
            plain = phrase[:a] + phrase[a + 1:b] + phrase[b + 1:]
            forms[lang] = (plain, a, b - 1)
        rows.append((cols[0], cols[1], forms))
    return rows


def write_corpus(rows, folder):
    """Writes the articles; returns {(file id, lang): [(entity id, byte start, byte end)]}."""
    where = {}
    for li, lang in enumerate(LANGS):
        order = list(range(len(rows)))
        random.Random(li).shuffle(order)
        for k in range(0, len(order), PER_ARTICLE):
            file_id = f"identity-{lang}-{k // PER_ARTICLE + 1:02d}"
            text = f" date 2020-03-10\n{TITLES[lang]}\n\n"
            spans = []
            for j, i in enumerate(order[k:k + PER_ARTICLE]):
                eid, _, forms = rows[i]
                plain, a, b = forms[lang]
                frame = FRAMES[lang][(i + j) % len(FRAMES[lang])]
                before = frame.split("{}")[0]
                sentence = frame.format(plain)
                start = len((text + before + plain[:a]).encode())
                end = start + len(plain[a:b].encode())
                spans.append((eid, start, end))
                text += sentence + (" " if j % 3 != 2 else "\n\n")
            (folder / f"{file_id}.txt").write_text(text.rstrip() + "\n", encoding="utf-8")
            where[(file_id, lang)] = spans
    return where


def evaluate(binary, errors=False):
    """{"entities", "found", "pairs", "linked", "precision", "recall", "f1", "errors"} for the dev set."""
    rows = read_entities()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        where = write_corpus(rows, folder)
        out = subprocess.run([binary, "analyze", str(folder)], capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"identity-eval: {binary} analyze failed:\n{out.stderr}")
    articles = {a["id"]: a for a in json.loads(out.stdout)["articles"]}
    identity = {}  # (entity id, lang) -> canonical
    for (file_id, lang), spans in where.items():
        found = articles[file_id]["entities"]
        for eid, start, end in spans:
            hit = next((e for e in found if e["start"] < end and start < e["end"]), None)
            if hit:
                identity[(eid, lang)] = hit["canonical"]
    pairs = [(a, b) for i, a in enumerate(LANGS) for b in LANGS[i + 1:]]
    linked, missed = 0, []
    for eid, _, forms in rows:
        for a, b in pairs:
            x, y = identity.get((eid, a)), identity.get((eid, b))
            if x is not None and x == y:
                linked += 1
            else:
                missed.append(f"{eid}: {a} {forms[a][0]!r} → {x!r}, {b} {forms[b][0]!r} → {y!r}")
    same, right, merged = 0, 0, []
    found = list(identity.items())
    for i, ((e1, l1), c1) in enumerate(found):
        for (e2, l2), c2 in found[i + 1:]:
            if l1 != l2 and c1 == c2:
                same += 1
                if e1 == e2:
                    right += 1
                else:
                    merged.append(f"{e1} ({l1}) and {e2} ({l2}) share {c1!r}")
    total = len(rows) * len(pairs)
    p = right / same if same else 0.0
    r = linked / total if total else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    result = {"entities": len(rows), "mentions": len(rows) * len(LANGS), "found": len(identity),
              "pairs": total, "linked": linked, "precision": p, "recall": r, "f1": f}
    if errors:
        result["errors"] = missed + sorted(set(merged))
    return result


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dossier", default=str(ROOT / "target" / "release" / "dossier"))
    ap.add_argument("--errors", action="store_true", help="list each pair not linked and each false merge")
    args = ap.parse_args()
    r = evaluate(args.dossier, args.errors)
    print(f"identity across languages: {r['entities']} entities, {r['found']}/{r['mentions']} mentions found, "
          f"{r['linked']}/{r['pairs']} pairs linked; P {r['precision']:.3f} R {r['recall']:.3f} F1 {r['f1']:.3f}")
    for e in r.get("errors", []):
        print("  " + e)


if __name__ == "__main__":
    main()
