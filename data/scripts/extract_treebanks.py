#!/usr/bin/env python3
"""Extract the dev-set texts that come from treebanks and a student annotation project: real French and Dutch
news sentences, rebuilt into documents in their original order.

Reads git snapshots (`git show`, no network) at pinned commits:

  UD_French-Sequoia (LGPL-LR), repo UniversalDependencies/UD_French-Sequoia @ SEQUOIA_COMMIT,
    fr_sequoia-ud-{train,dev,test}.conllu: the `# text` of every sentence, by `sent_id`.
    annodis.er_00001..00524 are consecutive sentences of local news articles from the regional daily
    L'Est Républicain (1999-2003); Europar.550_* are French Europarl debates (sittings of the late 1990s).
  UD_Dutch-Alpino (CC BY-SA 4.0), repo UniversalDependencies/UD_Dutch-Alpino @ ALPINO_COMMIT,
    nl_alpino-ud-{dev,test}.conllu: sentences `WR-P-P-H-<doc>.p.<par>.s.<sent>` are Dutch newspaper articles
    (Lassy Small, section WR-P-P-H, about 2001); rebuilt in paragraph and sentence order.
  AlexaneJ/memoireM1 @ MEMOIRE_COMMIT, Corpus/Textes/wikinews-2018-03.sample.txt: 46 shuffled sentences
    of French Wikinews of March 2018 (Wikinews text, CC BY 2.5; the corpus README states the licence).
    The sample's tokenisation spaces before `,` `.` and after apostrophes are undone.

Usage: extract_treebanks.py SEQUOIA_GIT ALPINO_GIT MEMOIRE_GIT DEV_DIR
Writes, under DEV_DIR (= data/dev):
  ner/fr/texts/er_<first>.txt        Est Républicain articles annodis.er 1-117 (entity dev set)
  ner/fr/texts/wikinews2018_<n>.txt  the Wikinews 2018 sample in three pseudo-documents of shuffled sentences
  ner/nl/texts/<doc>.txt             five Alpino newspaper articles (entity dev set)
  dates/texts/fr/er_rest.txt         annodis.er 118-524, one sentence a line (date dev set only)
  dates/texts/fr/europarl.txt        Europar.550 sentences, one a line (date dev set only)
  dates/texts/nl/<doc>.txt           the other Alpino newspaper articles (date dev set only)
and a MANIFEST.tsv beside each group: file id, then the source sentence ids it holds.
No file has a ` date` header: none of these sources gives a publication date.
Every sentence id used is also listed in DEV_DIR/EXCLUDE.tsv, so training data built from the same treebanks
can leave them out.
"""
import collections, os, re, subprocess, sys

SEQUOIA_COMMIT = "f5b049600c89d2cf15ebbec860f75d703884d32b"
ALPINO_COMMIT = "95e374a608d114ec6c6b32f0fbd5f324d29ef286"
MEMOIRE_COMMIT = "d2b431e92ec8b56b2aa1d1f382de7b2c969004b8"
MEMOIRE_SAMPLE = "Corpus/Textes/wikinews-2018-03.sample.txt"

# First sentence (the headline) of each Est Républicain article in annodis.er 1-117, read off the text.
ER_ARTICLES = [1, 7, 12, 23, 39, 45, 54, 69, 83, 96, 101]
ER_NER_END = 117
# Alpino newspaper articles in the entity dev set (the five longest in dev/test, about 4,400 tokens).
NL_NER_DOCS = ["WR-P-P-H-0000000020", "WR-P-P-H-0000000025", "WR-P-P-H-0000000048",
               "WR-P-P-H-0000000031", "WR-P-P-H-0000000039"]


def git(gitdir, *args):
    return subprocess.run(["git", "--git-dir", gitdir, *args], check=True, capture_output=True).stdout


def conllu_texts(gitdir, commit, files):
    """{sent_id: text} over the given .conllu files of a snapshot."""
    out = {}
    for name in files:
        sid = None
        for line in git(gitdir, "show", f"{commit}:{name}").decode("utf-8").splitlines():
            if line.startswith("# sent_id = "):
                sid = line[12:].strip()
            elif line.startswith("# text = "):
                out[sid] = line[9:]
    return out


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def detok_fr(s):
    """Undo the sample's tokenisation: `Daesh .` → `Daesh.`, `l' AFP` → `l'AFP`, `( x )` → `(x)`."""
    s = re.sub(r"\s+([,.)\]])", r"\1", s)
    s = re.sub(r"([(\[])\s+", r"\1", s)
    s = re.sub(r"\b([lLdDjJnNsScCmM]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)(['’]) +(?=\w)", r"\1\2", s)
    return re.sub(r"\s+", " ", s).strip()


def main():
    seq_git, alp_git, mem_git, dev = sys.argv[1:5]
    seq_commit = git(seq_git, "rev-parse", SEQUOIA_COMMIT).decode().strip()
    exclude = []

    # --- French: L'Est Républicain (Sequoia annodis.er) ---
    seq = conllu_texts(seq_git, seq_commit, [f"fr_sequoia-ud-{p}.conllu" for p in ("train", "dev", "test")])
    er = {int(k.split("_")[1]): v for k, v in seq.items() if k.startswith("annodis.er_")}
    assert sorted(er) == list(range(1, 525)), "annodis.er is expected to hold sentences 1-524"
    manifest = []
    bounds = ER_ARTICLES + [ER_NER_END + 1]
    for a, b in zip(bounds, bounds[1:]):
        doc = f"er_{a:03d}"
        lines = [er[i] for i in range(a, b)]
        write(os.path.join(dev, "ner/fr/texts", doc + ".txt"), lines[0] + "\n\n" + "\n".join(lines[1:]) + "\n")
        manifest.append(f"{doc}\tUD_French-Sequoia@{seq_commit} annodis.er_{a:05d}..annodis.er_{b - 1:05d}")
    for i in range(1, ER_NER_END + 1):
        exclude.append(("UD_French-Sequoia", f"annodis.er_{i:05d}", "ner/fr"))
    rest = [er[i] for i in range(ER_NER_END + 1, 525)]
    write(os.path.join(dev, "dates/texts/fr/er_rest.txt"), "\n".join(rest) + "\n")
    dmanifest_fr = [f"er_rest\tUD_French-Sequoia@{seq_commit} annodis.er_{ER_NER_END + 1:05d}..annodis.er_00524"]
    for i in range(ER_NER_END + 1, 525):
        exclude.append(("UD_French-Sequoia", f"annodis.er_{i:05d}", "dates/fr"))
    ep_ids = sorted(k for k in seq if k.startswith("Europar.550_"))
    write(os.path.join(dev, "dates/texts/fr/europarl.txt"), "\n".join(seq[k] for k in ep_ids) + "\n")
    dmanifest_fr.append(f"europarl\tUD_French-Sequoia@{seq_commit} {ep_ids[0]}..{ep_ids[-1]} ({len(ep_ids)} sentences)")
    exclude += [("UD_French-Sequoia", k, "dates/fr") for k in ep_ids]

    # --- French: Wikinews March 2018 sample (memoireM1) ---
    sample = [detok_fr(l) for l in git(mem_git, "show", f"{MEMOIRE_COMMIT}:{MEMOIRE_SAMPLE}").decode("utf-8").splitlines()
              if l.strip()]
    third = (len(sample) + 2) // 3
    for n in range(3):
        part = sample[n * third:(n + 1) * third]
        doc = f"wikinews2018_{n + 1}"
        write(os.path.join(dev, "ner/fr/texts", doc + ".txt"), "\n".join(part) + "\n")
        manifest.append(f"{doc}\tAlexaneJ/memoireM1@{MEMOIRE_COMMIT} {MEMOIRE_SAMPLE} lines "
                        f"{n * third + 1}..{n * third + len(part)} (shuffled sentences)")
    mpath = os.path.join(dev, "ner/fr/texts/MANIFEST.tsv")  # keeps the MR4AP lines extract_sources.py wrote
    ours = {m.split("\t")[0] for m in manifest}
    kept = [l for l in open(mpath, encoding="utf-8").read().splitlines() if l.split("\t")[0] not in ours]
    write(mpath, "".join(l + "\n" for l in kept + manifest))
    write(os.path.join(dev, "dates/texts/fr/MANIFEST.tsv"), "\n".join(dmanifest_fr) + "\n")

    # --- Dutch: Alpino newspaper articles ---
    alp = conllu_texts(alp_git, ALPINO_COMMIT, [f"nl_alpino-ud-{p}.conllu" for p in ("dev", "test")])
    docs = collections.defaultdict(dict)
    for sid, text in alp.items():
        m = re.fullmatch(r"(WR-P-P-H-\d+)\\.*\.p\.(\d+)\.s\.(\d+)", sid)
        if m:
            docs[m[1]][(int(m[2]), int(m[3]))] = (sid, text)
    nl_manifest, nl_dmanifest = [], []
    for doc in sorted(docs):
        sents = docs[doc]
        paras = collections.defaultdict(list)
        for (p, s) in sorted(sents):
            paras[p].append(sents[(p, s)][1])
        body = "\n\n".join("\n".join(v) for _, v in sorted(paras.items())) + "\n"
        ids = " ".join(sents[k][0].split("\\")[1] for k in sorted(sents))
        if doc in NL_NER_DOCS:
            write(os.path.join(dev, "ner/nl/texts", doc + ".txt"), body)
            nl_manifest.append(f"{doc}\tUD_Dutch-Alpino@{ALPINO_COMMIT} {ids}")
            exclude += [("UD_Dutch-Alpino", sents[k][0], "ner/nl") for k in sorted(sents)]
        else:
            write(os.path.join(dev, "dates/texts/nl", doc + ".txt"), body)
            nl_dmanifest.append(f"{doc}\tUD_Dutch-Alpino@{ALPINO_COMMIT} {ids}")
            exclude += [("UD_Dutch-Alpino", sents[k][0], "dates/nl") for k in sorted(sents)]
    write(os.path.join(dev, "ner/nl/texts/MANIFEST.tsv"), "\n".join(nl_manifest) + "\n")
    write(os.path.join(dev, "dates/texts/nl/MANIFEST.tsv"), "\n".join(nl_dmanifest) + "\n")

    # Rows of the fresh held-out set (written by extract_fresh.py) are kept as they are.
    path = os.path.join(dev, "EXCLUDE.tsv")
    fresh = [l for l in open(path, encoding="utf-8")
             if l.rstrip("\n").split("\t")[-1].startswith("dates-fresh/")] if os.path.exists(path) else []
    write(path, "# source treebank\tsentence id\tdev set using it\n"
          + "".join(f"{a}\t{b}\t{c}\n" for a, b, c in exclude) + "".join(fresh))
    print("fr er docs", len(bounds) - 1, "wikinews2018 docs 3, nl ner docs", len(nl_manifest),
          "nl date docs", len(nl_dmanifest), "excluded ids", len(exclude))


if __name__ == "__main__":
    main()
