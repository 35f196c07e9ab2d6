#!/usr/bin/env python3
"""Write the date dev sets (data/dev/dates/{fr,en,nl}.jsonl) from the dev texts and the hand-written gold in
data/dev/dates/gold/{lang}.tsv, in the format of ../shared/conformance/dates/*.jsonl, so that
`python3 ../shared/tools/conformance.py --suite data/dev/dates --cmd "target/release/dossier extract"`
scores them. With `--set dates-fresh` it writes the fresh held-out set instead (data/dev/dates-fresh/: texts from
data/dev/dates-fresh/texts/{lang}/, gold from data/dev/dates-fresh/gold/{lang}.tsv, case ids `<lang>-fresh-…`).

Each case is one line of a dev text: `<document id>#<line>`, the line counted from 0 after the text's header.
The document is looked up in data/dev/ner/{lang}/texts/ (the entity dev articles), then in
data/dev/dates/texts/{lang}/ (text used only for dates).
  - A document with a ` date YYYY-MM-DD` header gives the case that date as `reference`, `reference_stated: true`,
    and every expression is judged on its value.
  - A document without one (the sources give no publication date) gets `reference_stated: false` and the
    default reference of its source (DEFAULT_REFERENCE; only a default, never judged): an expression is judged
    only where its gold value does not depend on the reference (the gold value `?` marks one that does).
Gold lines: `case<TAB>text<TAB>TYPE<TAB>value[<TAB>value...]` (several values: each is accepted); a case
alone on a line is a negative case (only look-alikes such as `the first`, `une quinzaine`). Errors name
gold file:line (unknown document, line out of range, expression not in the line, bad TYPE).
"""
import json, os, re, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "dev")
TYPES = {"DATE", "TIME", "DURATION", "SET"}
# Default reference per undated source (a date inside the period the source covers; never judged).
DEFAULT_REFERENCE = [
    (r"^er_", "1999-06-15"),            # L'Est Républicain, Sequoia annodis.er (1999-2003)
    (r"^europarl", "1999-06-15"),       # French Europarl in Sequoia
    (r"^wikinews2018_", "2018-03-15"),  # French Wikinews, March 2018 sample
    (r"^WR-P-P-H-", "2001-07-01"),      # Dutch newspapers in Lassy Small (about 2001)
    (r"^pud_", "2016-06-15"),           # French PUD news sentences (translated news of about 2016)
]
# Which set is built: "dates" (the first dev set) or "dates-fresh" (the held-out set of 2026-11-29).
SET = "dates"


def fail(path, n, msg):
    sys.exit(f"{path}:{n}: {msg}")


def load_doc(lang, doc):
    dirs = ((os.path.join(ROOT, "ner", lang, "texts"), os.path.join(ROOT, "dates", "texts", lang))
            if SET == "dates" else (os.path.join(ROOT, SET, "texts", lang),))
    for d in dirs:
        p = os.path.join(d, doc + ".txt")
        if os.path.exists(p):
            raw = open(p, encoding="utf-8").read()
            if raw.startswith(" date "):
                head, text = raw.split("\n", 1)
                return head.split()[1], text, os.path.relpath(p, os.path.join(ROOT, "..", ".."))
            return None, raw, os.path.relpath(p, os.path.join(ROOT, "..", ".."))
    return None


def default_reference(doc):
    for pat, ref in DEFAULT_REFERENCE:
        if re.search(pat, doc):
            return ref
    return None


def build(lang):
    path = os.path.join(ROOT, SET, "gold", f"{lang}.tsv")
    cases, order = {}, []
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        cid = cols[0]
        doc, _, ln = cid.rpartition("#")
        if not doc or not ln.isdigit():
            fail(path, n, f"case id {cid!r} is not <document>#<line>")
        if cid not in cases:
            found = load_doc(lang, doc)
            if found is None:
                fail(path, n, f"no text for document {doc!r}")
            ref, text, src = found
            lines = text.split("\n")
            if int(ln) >= len(lines):
                fail(path, n, f"{doc} has no line {ln}")
            stated = ref is not None
            if not stated:
                ref = default_reference(doc)
                if ref is None:
                    fail(path, n, f"{doc} has no date header and no default reference")
            cases[cid] = {"id": f"{lang}-{'dev' if SET == 'dates' else 'fresh'}-{cid}", "text": lines[int(ln)], "reference": ref,
                          "reference_stated": stated, "lang": lang, "source": f"{src} line {int(ln) + 1 + stated}",
                          "expected": []}
            order.append(cid)
        if len(cols) == 1:
            continue
        if len(cols) < 4:
            fail(path, n, "expected case, text, TYPE and at least one value (or the case alone)")
        text, typ, values = cols[1], cols[2], [v for v in cols[3:] if v]
        if typ not in TYPES:
            fail(path, n, f"TYPE {typ!r} is not one of {sorted(TYPES)}")
        if text not in cases[cid]["text"]:
            fail(path, n, f"{text!r} is not in the line: {cases[cid]['text']!r}")
        judged = values != ["?"]
        if not judged and cases[cid]["reference_stated"]:
            fail(path, n, "`?` is only for documents whose reference is not stated")
        cases[cid]["expected"].append({
            "text": text, "type": typ, "value_judged": judged,
            "values": [{"timex": v, "type": typ, "value": v} for v in values if v != "?"]})
    out = os.path.join(ROOT, SET, f"{lang}.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for cid in order:
            f.write(json.dumps(cases[cid], ensure_ascii=False) + "\n")
    exprs = [e for c in cases.values() for e in c["expected"]]
    print(f"{lang}: {len(cases)} cases ({sum(c['reference_stated'] for c in cases.values())} with a stated "
          f"reference), {len(exprs)} expressions ({sum(e['value_judged'] for e in exprs)} judged on value)")


def main():
    global SET
    args = sys.argv[1:]
    if args[:1] == ["--set"]:
        SET, args = args[1], args[2:]
        if SET not in ("dates", "dates-fresh"):
            sys.exit(f"--set {SET!r}: expected dates or dates-fresh")
    langs = args or sorted(f[:-4] for f in os.listdir(os.path.join(ROOT, SET, "gold")) if f.endswith(".tsv"))
    for lang in langs:
        build(lang)


if __name__ == "__main__":
    main()
