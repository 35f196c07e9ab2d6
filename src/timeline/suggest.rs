//! When no event passes the filters: which filters to drop to see some ([`relaxations`]), the words the
//! corpus may use for the query in its other languages ([`other_words`], from a small glossary of news
//! vocabulary), and the names of entities close to the query with how each language writes them
//! ([`close_names`]).

use super::build::Timeline;
use super::filter::{visible_indices, Filters};
use crate::analysis::language::Lang;
use std::collections::BTreeMap;

/// A part of the filters that can be dropped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Part {
    /// The search text.
    Query,
    /// One entity.
    Entity(String),
    /// The languages.
    Langs,
    /// The article.
    Articles,
    /// The expression types.
    Types,
    /// The precisions.
    Grains,
    /// The date range.
    Dates,
}

impl Part {
    /// The filters without this part.
    pub fn drop_from(&self, f: &Filters) -> Filters {
        let mut f = f.clone();
        match self {
            Part::Query => f.query.clear(),
            Part::Entity(e) => {
                f.entities.remove(e);
            }
            Part::Langs => f.langs.clear(),
            Part::Articles => f.articles.clear(),
            Part::Types => f.types.clear(),
            Part::Grains => f.grains.clear(),
            Part::Dates => (f.from, f.to) = (None, None),
        }
        f
    }

    /// This part of `f` in words, as a button to drop it names it: `the search “staking”`, `the entity
    /// Microsoft`, `the language filter (Dutch, French)`.
    pub fn words(&self, f: &Filters) -> String {
        match self {
            Part::Query => format!("the search “{}”", f.query.trim()),
            Part::Entity(e) => format!("the entity {e}"),
            Part::Langs => format!(
                "the language filter ({})",
                f.langs
                    .iter()
                    .map(|l| l.name())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Part::Articles => "the article filter".to_string(),
            Part::Types => "the expression types".to_string(),
            Part::Grains => "the precisions".to_string(),
            Part::Dates => "the dates (From, To)".to_string(),
        }
    }
}

/// Each set part of the filters with the number of cards shown without it, in the order of the filter
/// panel.
pub fn relaxations(filters: &Filters, timeline: &Timeline) -> Vec<(Part, usize)> {
    let mut parts = Vec::new();
    if !filters.query.trim().is_empty() {
        parts.push(Part::Query);
    }
    if !filters.langs.is_empty() {
        parts.push(Part::Langs);
    }
    if !filters.types.is_empty() {
        parts.push(Part::Types);
    }
    if !filters.grains.is_empty() {
        parts.push(Part::Grains);
    }
    if !filters.articles.is_empty() {
        parts.push(Part::Articles);
    }
    if filters.from.is_some() || filters.to.is_some() {
        parts.push(Part::Dates);
    }
    parts.extend(filters.entities.iter().cloned().map(Part::Entity));
    parts
        .into_iter()
        .map(|p| {
            let n = visible_indices(timeline, &p.drop_from(filters)).len();
            (p, n)
        })
        .collect()
}

/// News vocabulary in English, Dutch and French (`|` between words of one language): the same idea in
/// each. Written for Dossier; general words, none taken from the corpus.
const GLOSSARY: &[[&str; 3]] = &[
    [
        "ruling|judgment|verdict|court decision",
        "uitspraak|vonnis|arrest",
        "jugement|arrêt|verdict|décision de justice",
    ],
    [
        "court|tribunal",
        "rechtbank|rechter|hof",
        "tribunal|cour|juge",
    ],
    ["judge", "rechter", "juge"],
    ["appeal", "beroep|hoger beroep", "appel|recours"],
    [
        "lawsuit|complaint|legal action",
        "rechtszaak|klacht",
        "plainte|procès|action en justice",
    ],
    ["trial", "proces|rechtszaak", "procès"],
    ["fine|penalty", "boete|dwangsom", "amende|astreinte"],
    [
        "ban|prohibit",
        "verbod|verbiedt|verbieden",
        "interdiction|interdit",
    ],
    ["contract", "contract|overeenkomst", "contrat"],
    [
        "agreement|deal|accord",
        "akkoord|overeenkomst|deal",
        "accord",
    ],
    [
        "negotiations|talks",
        "onderhandelingen|overleg|gesprekken",
        "négociations|pourparlers|discussions",
    ],
    ["strike|walkout", "staking|staken", "grève"],
    ["union|trade union", "vakbond|bond", "syndicat"],
    [
        "protest|demonstration|march",
        "betoging|protest|manifestatie",
        "manifestation|protestation|marche",
    ],
    [
        "job cuts|layoffs|redundancies",
        "ontslagen|banenverlies|afvloeiingen",
        "licenciements|suppressions d'emplois",
    ],
    ["jobs|employment", "banen|werkgelegenheid|jobs", "emplois"],
    [
        "workers|staff|employees",
        "personeel|werknemers",
        "personnel|salariés|travailleurs",
    ],
    [
        "company|firm",
        "bedrijf|onderneming",
        "entreprise|société|compagnie",
    ],
    [
        "chief executive|ceo",
        "topman|ceo|directeur",
        "directeur général|pdg|patron",
    ],
    [
        "spokesman|spokeswoman|spokesperson",
        "woordvoerder|woordvoerster",
        "porte-parole",
    ],
    ["government", "regering|overheid", "gouvernement"],
    ["minister", "minister", "ministre"],
    [
        "election|vote",
        "verkiezing|verkiezingen|stemming",
        "élection|élections|scrutin|vote",
    ],
    ["parliament", "parlement|kamer", "parlement|assemblée"],
    ["law|bill", "wet|wetsvoorstel", "loi|projet de loi"],
    ["tax", "belasting|heffing", "impôt|taxe"],
    ["budget", "begroting|budget", "budget"],
    ["price|cost", "prijs|kosten", "prix|coût"],
    ["profit", "winst", "bénéfice"],
    ["loss", "verlies", "perte"],
    ["investment", "investering", "investissement"],
    ["market", "markt", "marché"],
    ["bank", "bank", "banque"],
    ["police", "politie", "police"],
    ["investigation|inquiry", "onderzoek", "enquête"],
    [
        "arrest",
        "arrestatie|aanhouding",
        "arrestation|interpellation",
    ],
    ["victims", "slachtoffers", "victimes"],
    ["accident|crash", "ongeval|ongeluk|crash", "accident"],
    ["fire", "brand", "incendie|feu"],
    [
        "flood|flooding",
        "overstroming|wateroverlast",
        "inondation|crue",
    ],
    ["storm", "storm", "tempête|orage"],
    ["hospital", "ziekenhuis", "hôpital"],
    ["health", "gezondheid|zorg", "santé"],
    ["school", "school", "école"],
    [
        "ferry|ferries",
        "veerboot|veerboten|veerdienst",
        "ferry|bateau|traversier",
    ],
    ["ship|vessel", "schip|schepen", "navire|bateau"],
    ["port|harbour", "haven", "port"],
    ["train|railway", "trein|spoor", "train|chemin de fer"],
    ["airport", "luchthaven", "aéroport"],
    ["flight", "vlucht", "vol"],
    [
        "passengers|travellers",
        "reizigers|passagiers",
        "passagers|voyageurs",
    ],
    ["crossing", "overtocht|overvaart", "traversée"],
    ["terminal", "terminal", "terminal"],
    ["plan", "plan", "plan"],
    ["report", "rapport|verslag", "rapport"],
    ["announcement", "aankondiging", "annonce"],
    ["decision", "beslissing|besluit", "décision"],
    ["cloud", "cloud", "cloud|nuage"],
    [
        "defence|defense|military",
        "defensie|leger",
        "défense|armée",
    ],
    ["war", "oorlog", "guerre"],
    ["border", "grens", "frontière"],
    ["climate", "klimaat", "climat"],
    ["energy", "energie", "énergie"],
    ["water", "water", "eau"],
    ["river", "rivier", "fleuve|rivière"],
];

fn lang_of(column: usize) -> Lang {
    [Lang::En, Lang::Nl, Lang::Fr][column]
}

/// Whether `word` occurs in `text` as a whole word or the start of one (`staking` in `stakingen`).
fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        text[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// A word the corpus may use for the query in another language, and how many events say it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OtherWord {
    /// The word (lower case).
    pub word: String,
    /// Its language.
    pub lang: Lang,
    /// Events (of articles not hidden) whose sentence or expression contains it.
    pub events: usize,
}

/// The words of the glossary that mean what the query means (the query is one of them, or a plural of
/// one), in the other languages, that the corpus's events use; most used first. Empty for other queries.
pub fn other_words(query: &str, timeline: &Timeline, filters: &Filters) -> Vec<OtherWord> {
    let q = query.trim().to_lowercase();
    if q.chars().count() < 3 {
        return Vec::new();
    }
    let matches =
        |w: &str| q == w || q.strip_suffix('s') == Some(w) || q.strip_suffix("en") == Some(w);
    let mut found: BTreeMap<(String, Lang), usize> = BTreeMap::new();
    for entry in GLOSSARY {
        let Some(own) = (0..3).find(|&c| entry[c].split('|').any(matches)) else {
            continue;
        };
        for (c, words) in entry.iter().enumerate() {
            for word in words.split('|').filter(|w| !matches(w)) {
                if c == own && q.contains(word) {
                    continue;
                }
                let events = timeline
                    .events
                    .iter()
                    .filter(|e| {
                        !filters.hidden.contains(&e.article_id) && has_word(&e.search_text, word)
                    })
                    .count();
                if events > 0 {
                    *found.entry((word.to_string(), lang_of(c))).or_insert(0) += events;
                }
            }
        }
    }
    let mut list: Vec<OtherWord> = found
        .into_iter()
        .map(|((word, lang), events)| OtherWord { word, lang, events })
        .collect();
    crate::sort::sort_by(&mut list, |a, b| {
        b.events
            .cmp(&a.events)
            .then(a.word.cmp(&b.word))
            .then(a.lang.cmp(&b.lang))
    });
    list
}

/// The edit distance between two strings (characters), stopping early past `limit`.
fn distance(a: &str, b: &str, limit: usize) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().abs_diff(b.len()) > limit {
        return limit + 1;
    }
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// An entity whose name is close to the query, with the names each language of the corpus gives it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CloseName {
    /// The canonical name.
    pub canonical: String,
    /// Each form and the languages of the articles that write it, in corpus order.
    pub forms: Vec<(String, Vec<Lang>)>,
}

/// The entities one of whose names is within one edit (two for names of seven letters or more) of the
/// query, or of one of the query's words, with their names by language; at most five.
pub fn close_names(query: &str, timeline: &Timeline) -> Vec<CloseName> {
    let q = query.trim().to_lowercase();
    if q.chars().count() < 4 {
        return Vec::new();
    }
    let limit = if q.chars().count() >= 7 { 2 } else { 1 };
    let close = |name: &str| {
        let name = name.to_lowercase();
        distance(&name, &q, limit) <= limit
            || name
                .split_whitespace()
                .any(|w| w.chars().count() >= 4 && distance(w, &q, limit) <= limit)
    };
    let mut found = gather(timeline, |canonical, forms| {
        close(canonical) || forms.iter().any(|f| close(f))
    });
    found.truncate(5);
    found
}

/// The entities the corpus writes differently in different languages (`Pentagon`, `Pentagone`,
/// `ministerie van Defensie`), most events first; at most `max`.
pub fn names_across_languages(timeline: &Timeline, max: usize) -> Vec<CloseName> {
    let found: Vec<CloseName> = gather(timeline, |_, _| true)
        .into_iter()
        .filter(|c| {
            let mut langs: Vec<Lang> = c
                .forms
                .iter()
                .flat_map(|(_, l)| l.iter().copied())
                .collect();
            crate::sort::sort(&mut langs);
            langs.dedup();
            langs.len() >= 2 && c.forms.len() >= 2
        })
        .collect();
    let events = |c: &CloseName| {
        timeline
            .entity_counts
            .iter()
            .find(|e| e.canonical == c.canonical)
            .map_or(0, |e| e.events)
    };
    // Each key once (a linear search), then the shared stable sort: the order `sort_by_cached_key`
    // gives, without its own copy of the sort.
    let mut keyed: Vec<(usize, CloseName)> = found.into_iter().map(|c| (events(&c), c)).collect();
    crate::sort::sort_by_key(&mut keyed, |(events, _)| std::cmp::Reverse(*events));
    keyed.truncate(max);
    keyed.into_iter().map(|(_, c)| c).collect()
}

/// The entities `pick` (given the canonical name and the forms of one article's record) accepts, with
/// each form and the languages that write it, in corpus order.
fn gather(timeline: &Timeline, pick: impl Fn(&str, &[String]) -> bool) -> Vec<CloseName> {
    let mut found: Vec<CloseName> = Vec::new();
    let mut at: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for article in &timeline.articles {
        for r in &article.entity_index {
            let i = match at.get(r.canonical.as_str()) {
                Some(&i) => i,
                None if pick(&r.canonical, &r.forms) => {
                    found.push(CloseName {
                        canonical: r.canonical.clone(),
                        forms: Vec::new(),
                    });
                    at.insert(&r.canonical, found.len() - 1);
                    found.len() - 1
                }
                None => continue,
            };
            for form in &r.forms {
                let forms = &mut found[i].forms;
                match forms.iter_mut().find(|(f, _)| f == form) {
                    Some((_, langs)) if !langs.contains(&article.lang) => langs.push(article.lang),
                    Some(_) => {}
                    None => forms.push((form.clone(), vec![article.lang])),
                }
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_in_words() {
        let filters = Filters {
            query: " staking ".to_string(),
            langs: [Lang::Nl, Lang::Fr].into_iter().collect(),
            ..Filters::default()
        };
        // (name, part, words)
        let cases = [
            ("query_trimmed", Part::Query, "the search “staking”"),
            (
                "entity",
                Part::Entity("Microsoft".into()),
                "the entity Microsoft",
            ),
            (
                "langs_named",
                Part::Langs,
                "the language filter (Dutch, French)",
            ),
            ("dates", Part::Dates, "the dates (From, To)"),
        ];
        for (name, part, want) in cases {
            assert_eq!(part.words(&filters), want, "{name}");
        }
    }

    #[test]
    fn edit_distances() {
        // (name, a, b, distance)
        let cases = [
            ("same", "bruges", "bruges", 0),
            ("one_letter", "brugge", "bruges", 2),
            ("added", "pentagonn", "pentagon", 1),
            ("far", "ruling", "pentagon", 3),
        ];
        for (name, a, b, want) in cases {
            assert_eq!(distance(a, b, 2).min(3), want, "{name}");
        }
    }

    #[test]
    fn whole_words() {
        // (name, text, word, found)
        let cases = [
            ("alone", "de uitspraak van", "uitspraak", true),
            ("start_of_a_word", "twee stakingen", "staking", true),
            ("inside_a_word", "de wegstaking", "staking", false),
            ("after_punctuation", "«jugement»", "jugement", true),
        ];
        for (name, text, word, want) in cases {
            assert_eq!(has_word(text, word), want, "{name}");
        }
    }

    #[test]
    fn the_glossary_is_well_formed() {
        for entry in GLOSSARY {
            for words in entry {
                assert!(!words.is_empty(), "{entry:?}");
                for w in words.split('|') {
                    assert!(!w.is_empty() && w.trim() == w, "{entry:?}: {w:?}");
                    assert_eq!(
                        w,
                        w.to_lowercase(),
                        "{entry:?}: the search text is lower case"
                    );
                }
            }
        }
    }
}
