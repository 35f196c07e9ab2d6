#!/usr/bin/env python3
"""How much of the shared date suite any tagger can get right against each case's stated reference date.

Reads the suite in ../shared/conformance/dates (never copies it) and sorts every expected expression into:
  reachable      a value the case accepts can follow from the sentence and its stated reference date;
  unresolved     every anchored value it accepts is out of reach (below) and it also accepts one left without
                 a year (XXXX-02-22, XXXX-05): reachable only by not anchoring the expression, which the
                 issue forbids (`11 février` in an article of 14 January 2020 is 2020-02-11);
  other anchor   every value it accepts lies more than a year from the stated reference, in a year the
                 sentence neither writes nor counts (`le lendemain` → 2018-11-09 with the reference
                 2016-11-07): the case was resolved against another reference date; no tagger can give it.
Recurrences, lengths and days no calendar has (XXXX-02-30) are never anchored, so always reachable. It prints,
per language, the counts and the highest value score a tagger that anchors can reach (the ceiling).

Usage (from the project root): python3 scripts/conformance-ceiling.py [--suite DIR]
"""
import argparse
import glob
import json
import os
import re
from collections import Counter
from datetime import date

YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)")


def accepted(expected):
    values = set()
    for v in expected.get("values", []):
        for key in ("timex", "value"):
            if v.get(key):
                values.add(str(v[key]))
        if v.get("type") == "daterange" and v.get("start") and v.get("end"):
            values.add(f"{v['start']}/{v['end']}")
    return values


DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def impossible_day(value):
    """`XXXX-02-30`: no year has that day, so leaving the year out is what anchoring gives too."""
    m = re.fullmatch(r"XXXX-(\d\d)-(\d\d)", value)
    return bool(m) and 1 <= int(m[1]) <= 12 and int(m[2]) > DAYS[int(m[1]) - 1]


def lexicon_words(lang, wanted):
    """The phrases of the project's date lexicon for `lang` whose category passes `wanted`."""
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(os.path.dirname(here), "src", "analysis", "lexicons", lang, "dates.txt")
    words = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            category, _, phrases = line.partition("=")
            if not line.startswith("#") and wanted(category.strip()):
                words |= {p.strip() for p in phrases.split("|") if len(p.strip()) > 1}
    return words


def has_any(text, words):
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text) for w in words)


def year_words(lang):
    """What may carry a year away from the reference in `lang`: an amount (`trois`, `3`) with a unit
    counted in years (`ans`, `jaar`, `siècle`), or a year in words (`deux mille vingt`)."""
    units = lexicon_words(lang, lambda c: c == "unit.year")
    numbers = lexicon_words(lang, lambda c: c.split(".")[0] in ("number", "ordinal"))
    # Decades and centuries, and years in words, span or name years by themselves.
    by_themselves = lexicon_words(
        lang, lambda c: c in ("unit.decade", "unit.century") or c.startswith("year_prefix")
    )
    return units, numbers, by_themselves


def kind(case, expected, year_units):
    values = accepted(expected)
    # A recurrence or a length is never anchored; nor is a day no calendar has.
    if expected.get("type") in ("set", "duration") or any(impossible_day(v) for v in values):
        return "reachable"
    text = expected["text"].lower()
    # An amount of years may carry the year away from the reference ("dans trois ans", "21ème siècle").
    units, numbers, by_themselves = year_units
    amount = re.search(r"\d", text) or has_any(text, numbers)
    if amount and has_any(text, units) or has_any(text, by_themselves):
        return "reachable"
    reference = date.fromisoformat(case["reference"])
    written = {int(y) for y in YEAR.findall(case["text"])}
    # Two-digit years: "18 08 78".
    written |= {c + int(n) for n in re.findall(r"(?<!\d)(\d\d)(?!\d)", case["text"]) for c in (1900, 2000)}
    anchored = [v for v in values if "XXXX" not in v and v != "not resolved"]
    if values and not anchored:
        return "unresolved"
    # With no year written and no years counted, an expression lies within a year of its reference.
    far = [v for v in anchored if away(v, reference) > 366 and not set(map(int, YEAR.findall(v))) & written]
    if far and len(far) == len(anchored):
        return "unresolved" if len(anchored) < len(values) else "other anchor"
    return "reachable"


def away(value, reference):
    """Days between the reference and the nearest day of the period a value starts with (`2018-04`,
    `2018-04-06`, `2018`, `(2018-03-24,…)`, `2018-03-24/…`); 0 when it names no period."""
    m = re.search(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?", value)
    if not m:
        return 0
    year, month, day = int(m[1]), int(m[2] or 0), int(m[3] or 0)
    try:
        if day:
            first = last = date(year, month, day)
        elif month:
            first = date(year, month, 1)
            last = date(year + month // 12, month % 12 + 1, 1)
        else:
            first, last = date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        return 0
    if first <= reference <= last:
        return 0
    return min(abs((first - reference).days), abs((last - reference).days))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(os.path.dirname(here), "..", "shared", "conformance", "dates")
    parser = argparse.ArgumentParser()
    parser.add_argument("--suite", default=os.path.normpath(default))
    args = parser.parse_args()
    print(f"{'lang':4} {'expected':>8} {'reachable':>9} {'unresolved':>10} {'other anchor':>12} {'ceiling':>7}")
    for path in sorted(glob.glob(os.path.join(args.suite, "*.jsonl"))):
        counts = Counter()
        lang = os.path.basename(path).split(".")[0]
        year_units = year_words(lang)
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    case = json.loads(line)
                    for expected in case["expected"]:
                        counts[kind(case, expected, year_units)] += 1
        total = sum(counts.values())
        print(f"{lang:4} {total:>8} {counts['reachable']:>9} {counts['unresolved']:>10} "
              f"{counts['other anchor']:>12} {counts['reachable'] / max(1, total):>7.3f}")


if __name__ == "__main__":
    main()
