#!/usr/bin/env python3
"""Extract the raw news texts Dossier's dev sets and training text are built from.

Reads git snapshots of two public repositories (read with `git show`, no network) at pinned commits and
writes one plain-text file per article:

  MEANTIME / SemEval-2015 Task 4 "TimeLine" (English Wikinews 2004-2013, CC BY 3.0 annotations over
  Wikinews text, CC BY 2.5):
    repo qiangning/StructTempRel-EMNLP17 @ d6518a5a79d940d749c95ee5b72830714b132238,
    data/SemEval2015-Task4-TimeLine/{SemEval_Task4_data/corpus_*/corpus_trackA_TimeML,
    Corpus-trial-data_task4_TimeML}/*.tml  -> the <DCT> value is the publication date
  MR4AP-wikinews (French Wikinews 2023, article openings; Wikinews text CC BY 2.5/4.0):
    repo Emvista/MR4AP @ <MR4AP_COMMIT>, corpora/MR4AP-wikinews/files/*.json (field `text` only; the
    repository's own RDF annotations, GPL-3.0, are not used)

Usage: extract_sources.py MEANTIME_GIT_DIR MR4AP_GIT_DIR OUT_DIR
Output: OUT_DIR/en/<docid>.txt and OUT_DIR/fr/<id>.txt, each starting with the corpus header
` date YYYY-MM-DD` (English: the DCT; French: the date the article itself states), then the text.
The English text is detokenised from the corpus' Penn-style tokens (see `detok`).
"""
import json, re, subprocess, sys, os, html

MONTHS = {m: i + 1 for i, m in enumerate("janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split())}
MEANTIME_COMMIT = "d6518a5a79d940d749c95ee5b72830714b132238"


def git(gitdir, *args):
    return subprocess.run(["git", "--git-dir", gitdir, *args], check=True, capture_output=True).stdout


def detok(s):
    """Undo the corpus' Penn Treebank tokenisation: `` '' quotes, split clitics, spaced punctuation.
    `GB #` in the corpus stands for the pound sign it lost."""
    s = s.replace("GB #", "GB£").replace("# ", "£")
    s = s.replace("`` ", '"').replace(" ''", '"').replace("``", '"').replace("''", '"')
    s = re.sub(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1", s)
    s = re.sub(r" ([,.;:%!?)\]])", r"\1", s)
    s = re.sub(r"([(\[$]) ", r"\1", s)
    s = re.sub(r"\bUS\$ ", "US$", s)
    s = re.sub(r" +", " ", s).strip()
    return s


def meantime(gitdir, out):
    names = git(gitdir, "ls-tree", "-r", "-z", "--name-only", MEANTIME_COMMIT).decode().split("\0")
    n = 0
    for name in sorted(names):
        if not (re.search(r"corpus_trackA_TimeML/.*\.tml$", name) or "Corpus-trial-data_task4_TimeML/" in name):
            continue
        xml = git(gitdir, "show", f"{MEANTIME_COMMIT}:{name}").decode("utf-8")
        docid = re.search(r"<DOCID>(.*?)</DOCID>", xml).group(1).strip()
        dct = re.search(r'<DCT><TIMEX3[^>]*value="([^"]+)"', xml).group(1)
        sents = [html.unescape(re.sub(r"<[^>]+>", "", m)) for m in re.findall(r"<s id=\"\d+\">(.*?)</s>", xml, re.S)]
        lines = [detok(x) for x in sents]
        title = os.path.basename(name)[:-4]
        with open(os.path.join(out, "en", f"{docid}.txt"), "w", encoding="utf-8") as f:
            f.write(f" date {dct}\n")
            # sentence 0 is the headline, sentence 1 the dateline; paragraphs are not marked in the corpus
            f.write(lines[0] + "\n\n" + "\n".join(lines[1:]) + "\n")
        with open(os.path.join(out, "en", "MANIFEST.tsv"), "a", encoding="utf-8") as m:
            m.write(f"{docid}\t{dct}\t{title}\t{name}\n")
        n += 1
    return n


def mr4ap(gitdir, commit, out):
    names = git(gitdir, "ls-tree", "-r", "-z", "--name-only", commit).decode().split("\0")
    n = 0
    for name in sorted(names):
        if "MR4AP-wikinews/files/" not in name:
            continue
        d = json.loads(git(gitdir, "show", f"{commit}:{name}"))
        text = re.sub(r"\n\s*(\* )+\*?\s*\n", "\n\n", d["text"])  # the star rule under the headline
        text = "\n".join(l.rstrip() for l in text.strip().splitlines())
        text = re.sub(r"\n{3,}", "\n\n", text)
        # the last line cites the article: (URL, le 3 août 2023, Category); its date is the publication date
        m = re.search(r"\n\((https://fr\.wikinews\.org/\S+?)(?:, le (\d+) (\w+) (\d{4}))?(?:, [^)]*)?\)\s*$", text)
        head = ""
        if m:
            text = text[: m.start()]
            if m.group(2):
                head = f" date {int(m.group(4)):04d}-{MONTHS[m.group(3)]:02d}-{int(m.group(2)):02d}\n"
        with open(os.path.join(out, "fr", f"{d['id'][:60]}.txt"), "w", encoding="utf-8") as f:
            f.write(head + text.strip() + "\n")
        with open(os.path.join(out, "fr", "MANIFEST.tsv"), "a", encoding="utf-8") as m:
            m.write(f"{d['id'][:60]}\t{name}\n")
        n += 1
    return n


if __name__ == "__main__":
    mt, mr, out = sys.argv[1:4]
    for lang in ("en", "fr"):
        os.makedirs(os.path.join(out, lang), exist_ok=True)
        p = os.path.join(out, lang, "MANIFEST.tsv")
        if os.path.exists(p):
            os.remove(p)
    commit = git(mr, "rev-parse", "HEAD").decode().strip()
    print("en", meantime(mt, out), "fr", mr4ap(mr, commit, out), "mr4ap commit", commit)
