#!/usr/bin/env python3
"""Extract the texts of the fresh held-out date dev set (data/dev/dates-fresh/), made 2026-11-29 after the dates
round so that its figures are unseen: real news sentences no dev set case and no training text holds.

Reads git snapshots (`git show`, no network) at pinned commits:

  GUM (amir-zeldes/gum @ GUM_COMMIT), dep/GUM_news_<name>.conllu: English Wikinews articles (text CC BY 2.5,
    annotations CC BY 4.0; GUM LICENSE.txt). The `# text` of each sentence, in order; the publication date is
    the article's dateline (its second sentence), else the `dateCreated` of xml/GUM_news_<name>.xml. Only articles dated outside 2019-2020 (EN_DOCS, checked here).
  UD_French-PUD (UniversalDependencies/UD_French-PUD @ PUD_COMMIT, CC BY-SA 3.0), fr_pud-ud-test.conllu: the
    news sentences (`newdoc id = n…`; the `w…` documents are Wikipedia), professional French translations of
    news sentences (CoNLL 2017 Parallel UD); no publication date.
  UD_Dutch-Alpino (@ ALPINO_COMMIT, CC BY-SA 4.0), nl_alpino-ud-{dev,test}.conllu: the Lassy Small WR-P-P-H
    newspaper articles (about 2001) that no date or entity dev case uses (NL_DOCS; extract_treebanks.py writes
    them to dev/dates/texts/nl/ too, but no gold line there reads them); no publication date.

Usage: extract_fresh.py GUM_GIT PUD_GIT ALPINO_GIT DEV_DIR
Writes DEV_DIR/dates-fresh/texts/{en,fr,nl}/<id>.txt (one sentence a line; English files start with the
` date YYYY-MM-DD` header) and a MANIFEST.tsv per language (id, date or -, source sentence ids), and lists every
sentence id it uses in DEV_DIR/EXCLUDE.tsv (rows `dates-fresh/<lang>`, replaced on each run; extract_treebanks.py
keeps them), so that training data built from GUM, PUD or Alpino leaves them out.
"""
import datetime, os, re, subprocess, sys

GUM_COMMIT = "72ce5ac14978a324c2fd18d49484e65292cbe316"
PUD_COMMIT = "c245786cfb3020d43bcfc96215ae531a1b07bcbc"
ALPINO_COMMIT = "95e374a608d114ec6c6b32f0fbd5f324d29ef286"

EN_DOCS = ["afghan", "asylum", "clock", "crane", "defector", "election", "expo", "flag", "hackers",
           "homeopathic", "ie9", "imprisoned", "iodine", "korea", "lanterns", "nasa", "questionnaire",
           "sensitive", "soccer", "stampede", "taxes", "warhol", "warming", "worship"]
# Alpino WR-P-P-H documents with no case in dev/dates/gold/nl.tsv and not in the entity dev set.
NL_DOCS = None  # computed: every WR-P-P-H document of dev/test minus NL_USED
NL_USED_GOLD = "dates/gold/nl.tsv"
NL_USED_NER = "ner/nl/texts/MANIFEST.tsv"


def git(gitdir, *args):
    return subprocess.run(["git", "--git-dir", gitdir, *args], check=True, capture_output=True).stdout.decode("utf-8")


def conllu(gitdir, commit, name):
    """[(newdoc or None, sent_id, text)] in file order."""
    out, doc, sid = [], None, None
    for line in git(gitdir, "show", f"{commit}:{name}").splitlines():
        if line.startswith("# newdoc id = "):
            doc = line[14:].strip()
        elif line.startswith("# sent_id = "):
            sid = line[12:].strip()
        elif line.startswith("# text = "):
            out.append((doc, sid, line[9:].strip()))
    return out


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    gum, pud, alpino, dev = sys.argv[1:5]
    out = os.path.join(dev, "dates-fresh", "texts")
    # English: GUM Wikinews
    exclude = []
    man = ["id\tpublished\tsource sentence ids"]
    for name in EN_DOCS:
        head = git(gum, "show", f"{GUM_COMMIT}:xml/GUM_news_{name}.xml").split("\n", 1)[0]
        created = re.search(r'dateCreated="(\d{4}-\d\d-\d\d)"', head).group(1)
        sents = conllu(gum, GUM_COMMIT, f"dep/GUM_news_{name}.conllu")
        # The article's own dateline (second sentence, `Friday, July 21, 2017`) is its publication date; GUM's
        # dateCreated is sometimes the day the page was started (afghan, soccer): the dateline wins.
        line = re.fullmatch(r"\w+day, (\w+) (\d{1,2}), (\d{4})", sents[1][2])
        date = (datetime.datetime.strptime(" ".join(line.groups()), "%B %d %Y").date().isoformat()
                if line else created)
        if {date[:4], created[:4]} & {"2019", "2020"}:
            sys.exit(f"GUM_news_{name}: dated {date}, English Wikinews 2019-2020 is never used")
        write(os.path.join(out, "en", f"GUM_news_{name}.txt"), f" date {date}\n" + "\n".join(t for _, _, t in sents) + "\n")
        exclude += [("GUM", sid, "dates-fresh/en") for _, sid, _ in sents]
        man.append(f"GUM_news_{name}\t{date}\tGUM@{GUM_COMMIT} dep/GUM_news_{name}.conllu {sents[0][1]}..{sents[-1][1]}")
    write(os.path.join(out, "en", "MANIFEST.tsv"), "\n".join(man) + "\n")
    # French: PUD news sentences, one file
    sents = [(d, s, t) for d, s, t in conllu(pud, PUD_COMMIT, "fr_pud-ud-test.conllu") if s.startswith("n")]
    exclude += [("UD_French-PUD", sid, "dates-fresh/fr") for _, sid, _ in sents]
    write(os.path.join(out, "fr", "pud_news.txt"), "\n".join(t for _, _, t in sents) + "\n")
    write(os.path.join(out, "fr", "MANIFEST.tsv"), "id\tpublished\tsource sentence ids\n"
          f"pud_news\t-\tUD_French-PUD@{PUD_COMMIT} " + " ".join(s for _, s, _ in sents) + "\n")
    # Dutch: Alpino newspaper articles no dev case uses
    used = set(re.findall(r"WR-P-P-H-\d+", open(os.path.join(dev, NL_USED_GOLD), encoding="utf-8").read()))
    used |= set(re.findall(r"WR-P-P-H-\d+", open(os.path.join(dev, NL_USED_NER), encoding="utf-8").read()))
    docs = {}
    for name in ("nl_alpino-ud-dev.conllu", "nl_alpino-ud-test.conllu"):
        for _, sid, text in conllu(alpino, ALPINO_COMMIT, name):
            m = re.fullmatch(r"(WR-P-P-H-\d+)\\.*\.p\.(\d+)\.s\.(\d+)", sid)
            if m and m.group(1) not in used:
                docs.setdefault(m.group(1), []).append(((int(m.group(2)), int(m.group(3))), sid, text))
    man = ["id\tpublished\tsource sentence ids"]
    for doc in sorted(docs):
        sents = sorted(docs[doc])
        write(os.path.join(out, "nl", f"{doc}.txt"), "\n".join(t for _, _, t in sents) + "\n")
        exclude += [("UD_Dutch-Alpino", sid, "dates-fresh/nl") for _, sid, _ in sents]
        man.append(f"{doc}\t-\tUD_Dutch-Alpino@{ALPINO_COMMIT} " + " ".join(s.split("\\")[-1] for _, s, _ in sents))
    write(os.path.join(out, "nl", "MANIFEST.tsv"), "\n".join(man) + "\n")
    path = os.path.join(dev, "EXCLUDE.tsv")
    kept = [l for l in open(path, encoding="utf-8") if not l.rstrip("\n").split("\t")[-1].startswith("dates-fresh/")]
    write(path, "".join(kept) + "".join(f"{a}\t{b}\t{c}\n" for a, b, c in exclude))
    print(f"en {len(EN_DOCS)} articles, fr 1 file of PUD news sentences, nl {len(docs)} articles")


if __name__ == "__main__":
    main()
