//! `cargo xtask gen-long LANG BYTES FILE [SEED]`: one long article, dense in names, dates and amounts,
//! of at least BYTES bytes, in Dutch, French or English, for the growth-by-article-length benchmark.
//!
//! The text is made of paragraphs of template sentences written for this benchmark (no outside text):
//! people with varied given names and generated surnames (a few thousand distinct people, later named by
//! surname alone), generated company names with designators and some acronym definitions, cities,
//! amounts, percentages, and a date expression in nearly every sentence (absolute dates, months, relative
//! years, quarters, weekdays, ranges, durations). The article has a ` date YYYY-MM-DD` header unless
//! `--undated` is given (then `dossier analyze` infers its publication date). The same arguments always
//! give the same file; it stops at the first paragraph end past BYTES (so 8,000,000 stays under the
//! 8 MiB file limit).

use std::fmt::Write as _;
use std::path::Path;

/// A small deterministic generator (xorshift64*), as in `gen_corpus`.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// What differs between languages: words, and sentence templates with slots.
struct Language {
    given: &'static [&'static str],
    surname_heads: &'static [&'static str],
    surname_tails: &'static [&'static str],
    designators: &'static [&'static str],
    cities: &'static [&'static str],
    months: &'static [&'static str; 12],
    weekdays: &'static [&'static str; 7],
    /// Date expressions: `{d}` day, `{m}` month name, `{y}` year, `{y2}` a later year, `{w}` weekday.
    dates: &'static [&'static str],
    /// `{n}`: a number.
    money: &'static [&'static str],
    percent: &'static [&'static str],
    /// `{P}` person, `{S}` surname of an earlier person, `{O}` organisation, `{O2}` another one,
    /// `{A}` an acronym with its definition the first time, `{L}` city, `{D}` date, `{M}` money,
    /// `{C}` percentage.
    sentences: &'static [&'static str],
    headline: &'static str,
}

const NL: Language = Language {
    given: &[
        "Jan", "Pieter", "Sanne", "Eva", "Tom", "Lotte", "Willem", "Femke", "Maarten", "Iris",
        "Jeroen", "Anouk", "Bas", "Marieke", "Koen", "Esther", "Thijs", "Noor", "Geert", "Saskia",
    ],
    surname_heads: &[
        "Ber", "Hol", "Kam", "Mer", "Dor", "Vel", "Tin", "Gas", "Wor", "Lan", "Bro", "Ste",
    ],
    surname_tails: &[
        "ding", "man", "stra", "hout", "gers", "ma", "berg", "veld", "kamp", "huis", "sma", "dijk",
    ],
    designators: &[
        "Holding",
        "Groep",
        "Bank",
        "Systems",
        "Logistiek",
        "Energie",
    ],
    cities: &[
        "Amsterdam",
        "Rotterdam",
        "Utrecht",
        "Eindhoven",
        "Groningen",
        "Antwerpen",
        "Gent",
        "Brussel",
        "Leuven",
        "Maastricht",
    ],
    months: &[
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    weekdays: &[
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
    ],
    dates: &[
        "op {d} {m} {y}",
        "in {m} {y}",
        "vorig jaar",
        "eind {m}",
        "in het derde kwartaal van {y}",
        "sinds {y}",
        "volgende week",
        "op {w}",
        "tussen {y} en {y2}",
        "twee jaar geleden",
        "begin {y}",
        "de afgelopen drie maanden",
    ],
    money: &["{n} miljoen euro", "{n} miljard dollar", "€ {n} miljoen"],
    percent: &["{n} procent", "{n}%"],
    sentences: &[
        "{P}, topman van {O}, zei {D} in {L} dat de omzet met {C} steeg.",
        "Volgens {P} betaalde {O} {D} {M} voor een belang in {O2}.",
        "{S} bevestigde dat {O} {D} een kantoor in {L} opent.",
        "Minister {P} sprak {D} met {P} over de plannen van {O}.",
        "{A} meldde {D} een verlies van {M}.",
        "Ook {S} en {O} reageerden {D} op het nieuws uit {L}.",
        "De aandeelhouders van {O2} keurden {D} de overname door {O} goed.",
        "{P} van {A} verwacht dat de markt in {L} {D} met {C} groeit.",
    ],
    headline: "{O} groeit in {L}",
};

const FR: Language = Language {
    given: &[
        "Pierre",
        "Claire",
        "Marc",
        "Sophie",
        "Julien",
        "Camille",
        "Nicolas",
        "Élise",
        "Antoine",
        "Léa",
        "Thomas",
        "Chloé",
        "François",
        "Manon",
        "Hugo",
        "Inès",
        "Louis",
        "Margaux",
        "Olivier",
        "Juliette",
    ],
    surname_heads: &[
        "Mar", "Bel", "Dur", "Ro", "Cha", "Gau", "Fon", "Ber", "Mo", "Ri", "Ver", "Lam",
    ],
    surname_tails: &[
        "chand", "lier", "ot", "and", "taine", "vin", "ard", "eau", "bert", "ier", "ache", "ois",
    ],
    designators: &[
        "Groupe",
        "Banque",
        "Industries",
        "Systèmes",
        "Énergie",
        "Holding",
    ],
    cities: &[
        "Paris",
        "Lyon",
        "Marseille",
        "Toulouse",
        "Bordeaux",
        "Lille",
        "Nantes",
        "Bruxelles",
        "Liège",
        "Genève",
    ],
    months: &[
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    weekdays: &[
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    ],
    dates: &[
        "le {d} {m} {y}",
        "en {m} {y}",
        "l'année dernière",
        "fin {m}",
        "au troisième trimestre {y}",
        "depuis {y}",
        "la semaine prochaine",
        "{w}",
        "entre {y} et {y2}",
        "il y a deux ans",
        "début {y}",
        "au cours des trois derniers mois",
    ],
    money: &[
        "{n} millions d'euros",
        "{n} milliards de dollars",
        "{n} millions €",
    ],
    percent: &["{n} %", "{n} pour cent"],
    sentences: &[
        "{P}, le patron de {O}, a déclaré {D} à {L} que le chiffre d'affaires a progressé de {C}.",
        "Selon {P}, {O} a payé {D} {M} pour une participation dans {O2}.",
        "{S} a confirmé que {O} ouvrira {D} un bureau à {L}.",
        "Le ministre {P} s'est entretenu {D} avec {P} des projets de {O}.",
        "{A} a annoncé {D} une perte de {M}.",
        "{S} et {O} ont aussi réagi {D} aux nouvelles de {L}.",
        "Les actionnaires de {O2} ont approuvé {D} le rachat par {O}.",
        "{P}, de {A}, prévoit que le marché de {L} progressera de {C} {D}.",
    ],
    headline: "{O} se développe à {L}",
};

const EN: Language = Language {
    given: &[
        "John", "Mary", "David", "Sarah", "Michael", "Emma", "James", "Laura", "Robert", "Anna",
        "Peter", "Claire", "Daniel", "Rachel", "Thomas", "Helen", "George", "Alice", "Mark",
        "Susan",
    ],
    surname_heads: &[
        "Har", "Whit", "Brad", "Ash", "Cole", "Fair", "Stan", "Wel", "Hay", "Cran", "Pem", "Lock",
    ],
    surname_tails: &[
        "ford", "ley", "ton", "wood", "man", "by", "well", "more", "ridge", "field", "worth", "ham",
    ],
    designators: &[
        "Holdings",
        "Group",
        "Bank",
        "Systems",
        "Logistics",
        "Energy",
    ],
    cities: &[
        "London",
        "Manchester",
        "Boston",
        "Chicago",
        "Toronto",
        "Sydney",
        "Dublin",
        "Seattle",
        "Denver",
        "Atlanta",
    ],
    months: &[
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    weekdays: &[
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ],
    dates: &[
        "on {m} {d}, {y}",
        "in {m} {y}",
        "last year",
        "at the end of {m}",
        "in the third quarter of {y}",
        "since {y}",
        "next week",
        "on {w}",
        "between {y} and {y2}",
        "two years ago",
        "in early {y}",
        "over the past three months",
    ],
    money: &["${n} million", "{n} billion dollars", "€{n} million"],
    percent: &["{n}%", "{n} percent"],
    sentences: &[
        "{P}, the chief executive of {O}, said {D} in {L} that revenue rose {C}.",
        "According to {P}, {O} paid {M} {D} for a stake in {O2}.",
        "{S} confirmed that {O} will open an office in {L} {D}.",
        "Minister {P} met {P} {D} to discuss the plans of {O}.",
        "{A} reported a loss of {M} {D}.",
        "{S} and {O} also responded {D} to the news from {L}.",
        "Shareholders of {O2} approved the takeover by {O} {D}.",
        "{P} of {A} expects the market in {L} to grow {C} {D}.",
    ],
    headline: "{O} expands in {L}",
};

/// Company name stems, combined with a designator ("Norvel Holding").
const COMPANY_HEADS: [&str; 16] = [
    "Nor", "Kal", "Ves", "Tor", "Bri", "Zan", "Quo", "Mel", "Dra", "Fen", "Ort", "Sil", "Cor",
    "Lum", "Pra", "Hex",
];
const COMPANY_TAILS: [&str; 10] = [
    "vel", "ora", "tix", "ana", "ion", "ex", "ia", "on", "ux", "ent",
];
/// Words of acronym definitions: three capitalised words whose initials make the acronym.
const ACRONYM_WORDS: [&str; 12] = [
    "Northern",
    "Data",
    "Systems",
    "Global",
    "Energy",
    "Partners",
    "Atlantic",
    "Media",
    "Group",
    "Central",
    "Transport",
    "Alliance",
];

struct Writer<'l> {
    lang: &'l Language,
    rng: Rng,
    /// People named so far (given name, surname), for later mentions by surname.
    people: Vec<(String, String)>,
    /// Acronyms defined so far.
    acronyms: Vec<String>,
}

impl Writer<'_> {
    fn person(&mut self) -> String {
        let l = self.lang;
        let given = self.rng.pick(l.given).to_string();
        let surname = format!(
            "{}{}",
            self.rng.pick(l.surname_heads),
            self.rng.pick(l.surname_tails)
        );
        let name = format!("{given} {surname}");
        self.people.push((given, surname));
        name
    }

    fn surname(&mut self) -> String {
        if self.people.is_empty() {
            return self.person();
        }
        let k = self.rng.below(self.people.len());
        self.people[k].1.clone()
    }

    fn organisation(&mut self) -> String {
        let stem = format!(
            "{}{}",
            self.rng.pick(&COMPANY_HEADS),
            self.rng.pick(&COMPANY_TAILS)
        );
        let designator = self.rng.pick(self.lang.designators);
        if self.rng.below(2) == 0 {
            stem
        } else if matches!(designator, "Groupe" | "Banque") {
            format!("{designator} {stem}")
        } else {
            format!("{stem} {designator}")
        }
    }

    /// An acronym: defined with its expansion the first few times, on its own later.
    fn acronym(&mut self) -> String {
        if !self.acronyms.is_empty() && self.rng.below(3) > 0 {
            let k = self.rng.below(self.acronyms.len());
            return self.acronyms[k].clone();
        }
        let words: Vec<&str> = (0..3).map(|_| self.rng.pick(&ACRONYM_WORDS)).collect();
        let acronym: String = words.iter().filter_map(|w| w.chars().next()).collect();
        self.acronyms.push(acronym.clone());
        format!("{} ({acronym})", words.join(" "))
    }

    fn number(&mut self) -> String {
        let n = 2 + self.rng.below(980);
        if self.rng.below(3) == 0 {
            format!("{},{}", n, self.rng.below(10))
        } else {
            n.to_string()
        }
    }

    fn date(&mut self) -> String {
        let l = self.lang;
        let year = 2012 + self.rng.below(12);
        let template = self.rng.pick(l.dates);
        template
            .replace("{d}", &(1 + self.rng.below(28)).to_string())
            .replace("{m}", l.months[self.rng.below(12)])
            .replace("{y2}", &(year + 1 + self.rng.below(4)).to_string())
            .replace("{y}", &year.to_string())
            .replace("{w}", l.weekdays[self.rng.below(7)])
    }

    fn amount(&mut self, templates: &[&str]) -> String {
        let template = self.rng.pick(templates);
        template.replace("{n}", &self.number())
    }

    /// Fills a template's slots, left to right.
    fn fill(&mut self, template: &str) -> String {
        let mut out = String::new();
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let close = open + rest[open..].find('}').expect("closed slot");
            let slot = &rest[open + 1..close];
            let value = match slot {
                "P" => self.person(),
                "S" => self.surname(),
                "O" | "O2" => self.organisation(),
                "A" => self.acronym(),
                "L" => self.rng.pick(self.lang.cities).to_string(),
                "D" => self.date(),
                "M" => self.amount(self.lang.money),
                "C" => self.amount(self.lang.percent),
                other => panic!("unknown slot {{{other}}}"),
            };
            out.push_str(&value);
            rest = &rest[close + 1..];
        }
        out.push_str(rest);
        out
    }
}

/// The text of one long article in `lang` (`nl`, `fr` or `en`) of at least `bytes` bytes.
pub fn article(lang: &str, bytes: usize, seed: u64, dated: bool) -> Result<String, String> {
    let language = match lang {
        "nl" => &NL,
        "fr" => &FR,
        "en" => &EN,
        other => return Err(format!("language must be nl, fr or en, not {other:?}")),
    };
    let mut w = Writer {
        lang: language,
        rng: Rng(seed.max(1)),
        people: Vec::new(),
        acronyms: Vec::new(),
    };
    let mut text = String::with_capacity(bytes + 4096);
    if dated {
        text.push_str(" date 2020-01-14\n");
    }
    let headline = w.fill(language.headline);
    text.push_str(&headline);
    text.push_str("\n\n");
    while text.len() < bytes {
        let sentences = 3 + w.rng.below(3);
        for k in 0..sentences {
            if k > 0 {
                text.push(' ');
            }
            let template = w.rng.pick(language.sentences);
            let sentence = w.fill(template);
            let _ = write!(text, "{sentence}");
        }
        text.push_str("\n\n");
    }
    Ok(text)
}

/// Writes one long article to `file`; returns its size in bytes.
pub fn generate(
    lang: &str,
    bytes: usize,
    file: &Path,
    seed: u64,
    dated: bool,
) -> Result<usize, String> {
    let text = article(lang, bytes, seed, dated)?;
    if let Some(dir) = file.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(file, &text).map_err(|e| format!("{}: {e}", file.display()))?;
    Ok(text.len())
}
