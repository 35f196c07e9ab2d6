//! The timeline's logic on the seeds and on small cases: events, merged cards, filters, the URL fragment
//! and the exports.

use super::build::{Timeline, TimelineBuilder};
use super::events::corpus_events;
use super::export::{exported_cards, guard_formula, to_csv, to_json, to_timelinejs, CSV_COLUMNS};
use super::filter::{event_matches, visible_cards, visible_indices, Filters, Matcher, Scope};
use super::fragment::{decode, encode, View, ViewState};
use super::merge::{cards, Card};
use super::suggest::{other_words, relaxations, Part};
use crate::analysis::calendar::Date;
use crate::analysis::language::Lang;
use crate::analysis::mention::{Grain, TimexType};
use crate::analyze_corpus;
use crate::corpus::source::load_folder;
use crate::testing::seeds;
use std::path::PathBuf;

fn seed_timeline() -> (
    Vec<crate::analysis::document::AnalyzedArticle>,
    Vec<super::events::Event>,
) {
    let articles = analyze_corpus(&load_folder(&seeds()).expect("seeds"));
    let events = corpus_events(&articles);
    (articles, events)
}

/// The timeline of a folder of articles.
fn timeline_of(folder: PathBuf) -> Timeline {
    TimelineBuilder::new(analyze_corpus(&load_folder(&folder).expect("a corpus"))).finish()
}

/// The fixture story: a ferry company's job cuts, strike and court case in nl, en and fr.
fn ferry() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ferry-strike")
}

#[test]
fn every_expression_and_publication_date_is_an_event() {
    let (articles, events) = seed_timeline();
    let expressions: usize = articles.iter().map(|a| a.timex.len()).sum();
    assert_eq!(events.len(), expressions + articles.len());
    assert_eq!(events.iter().filter(|e| e.publication).count(), 5);
    // Durations and sets are listed but not placed.
    for e in &events {
        if matches!(e.kind, TimexType::Duration | TimexType::Set) {
            assert!(e.span.is_none(), "{e:?}");
        }
        if !e.publication {
            assert_eq!(&e.sentence[e.in_sentence.0..e.in_sentence.1], e.text);
        }
    }
}

#[test]
fn the_shared_facts_of_the_seeds_are_merged_across_languages() {
    let (_, events) = seed_timeline();
    let cards = cards(&events);
    // (a value the merged card holds, the languages expected among its sources). The January deadline
    // (`24 janvier`, `Eind januari`) and October 2019 (`oktober 2019`, `vorig jaar`) are no longer merged:
    // the coarser expression is the card's related one.
    let facts: &[(&str, &[Lang])] = &[
        ("2020-02-11", &[Lang::Nl, Lang::Fr]),
        ("2020-09-16", &[Lang::Nl, Lang::En]),
    ];
    for (value, langs) in facts {
        let card = cards
            .iter()
            .find(|c| c.events.iter().any(|&i| events[i].value == *value))
            .unwrap_or_else(|| panic!("no card for {value}"));
        assert!(
            card.articles.len() >= 2,
            "{value} is reported by one article only: {card:?}"
        );
        for l in *langs {
            assert!(
                card.langs.contains(l),
                "{value}: {l:?} missing from {:?}",
                card.langs
            );
        }
    }
    // Cards are in date order, undated ones last.
    let starts: Vec<Option<Date>> = cards
        .iter()
        .map(|c| c.lead(&events).span.map(|s| s.0))
        .collect();
    let placed: Vec<Date> = starts.iter().flatten().copied().collect();
    assert!(placed.windows(2).all(|w| w[0] <= w[1]));
    assert!(starts
        .iter()
        .skip_while(|s| s.is_some())
        .all(|s| s.is_none()));
}

#[test]
fn filters_narrow_the_cards() {
    let timeline = timeline_of(seeds());
    let events = &timeline.events;
    let count = |f: &Filters| visible_cards(&timeline, f).len();
    let total = count(&Filters::default());
    assert_eq!(total, timeline.cards.len());

    let by_query = |q: &str| Filters {
        query: q.into(),
        ..Filters::default()
    };
    // "Pentagon" finds the French "Pentagone" and the Dutch "ministerie van defensie" sentences.
    let pentagon = visible_cards(&timeline, &by_query("Pentagon"));
    let langs: Vec<Lang> = pentagon
        .iter()
        .flat_map(|c| c.events.iter().map(|&i| events[i].lang))
        .collect();
    assert!(
        langs.contains(&Lang::Fr) && langs.contains(&Lang::Nl) && langs.contains(&Lang::En),
        "{langs:?}"
    );

    let cases: Vec<(&str, Filters)> = vec![
        (
            "french_only",
            Filters {
                langs: [Lang::Fr].into(),
                ..Filters::default()
            },
        ),
        (
            "durations",
            Filters {
                types: [TimexType::Duration].into(),
                ..Filters::default()
            },
        ),
        (
            "day_precision",
            Filters {
                grains: [Grain::Day].into(),
                ..Filters::default()
            },
        ),
        (
            "one_article",
            Filters {
                articles: ["001_2ebdd90373ca95d5".to_string()].into(),
                ..Filters::default()
            },
        ),
        (
            "entity_amazon",
            Filters {
                entities: ["Amazon".to_string()].into(),
                ..Filters::default()
            },
        ),
        (
            "range_2020",
            Filters {
                from: Date::parse("2020-01-01"),
                to: Date::parse("2020-12-31"),
                ..Filters::default()
            },
        ),
    ];
    for (name, f) in cases {
        let n = count(&f);
        assert!(n > 0 && n < total, "{name}: {n} of {total}");
        for c in visible_cards(&timeline, &f) {
            let ok = c
                .events
                .iter()
                .any(|&i| event_matches(&events[i], &f, &timeline));
            assert!(ok, "{name}");
        }
    }
}

#[test]
fn the_fragment_round_trips() {
    let cases: Vec<(&str, ViewState)> = vec![
        ("default", ViewState::default()),
        (
            "query_with_symbols",
            ViewState {
                filters: Filters {
                    query: "états-unis & co=1%".into(),
                    ..Filters::default()
                },
                ..ViewState::default()
            },
        ),
        (
            "everything",
            ViewState {
                view: View::Compare,
                filters: Filters {
                    query: "JEDI".into(),
                    entities: [
                        "US Department of Defense".to_string(),
                        "Microsoft".to_string(),
                    ]
                    .into(),
                    langs: [Lang::Nl, Lang::Fr].into(),
                    articles: ["002_3df8e90182d96ef8".to_string()].into(),
                    types: [TimexType::Date, TimexType::Set].into(),
                    grains: [Grain::Day, Grain::Month].into(),
                    from: Date::parse("2019-10-01"),
                    to: Date::parse("2020-09-30"),
                    hidden: ["004_af97a86d67851a04".to_string()].into(),
                },
                selected: Some("000_5f2e0fee363e49bd@1088".into()),
                article: Some("003_cdcbea80cec60ce5".into()),
                zoom: Some((
                    Date::parse("2019-01-01").unwrap(),
                    Date::parse("2021-01-01").unwrap(),
                )),
                compare: (
                    Some("001_2ebdd90373ca95d5".into()),
                    Some("002_3df8e90182d96ef8".into()),
                ),
                focus: Some("Amazon Web Services".into()),
                at: Some(1088),
                pair_at: Some((120, 2048)),
                embed: true,
            },
        ),
    ];
    for (name, state) in cases {
        let fragment = encode(&state);
        assert!(
            !fragment.contains(' ') && !fragment.contains('#'),
            "{name}: {fragment}"
        );
        assert_eq!(decode(&fragment), state, "{name}: {fragment}");
        assert_eq!(decode(&format!("#{fragment}")), state, "{name} with #");
    }
    assert_eq!(
        decode("#lang=xx&from=2020-13-01&zoom=bad&%zz&at=-1&pair=3"),
        ViewState::default(),
        "bad values are ignored"
    );
}

#[test]
fn csv_cells_cannot_start_formulas() {
    // (input, cell before quoting)
    for (input, want) in [
        ("plain", "plain"),
        ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"),
        ("+1", "'+1"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("a,b", "a,b"),
    ] {
        assert_eq!(guard_formula(input), want, "{input:?}");
    }
}

#[test]
fn exports_hold_every_visible_event() {
    let timeline = timeline_of(seeds());
    let (articles, events) = (&timeline.articles, &timeline.events);
    let f = Filters {
        langs: [Lang::Fr].into(),
        ..Filters::default()
    };
    let all = &timeline.cards;
    let indices = visible_indices(&timeline, &f);
    let exported = exported_cards(all, &indices, events, &Matcher::new(&f, &timeline));
    let visible: Vec<&Card> = exported.iter().collect();

    // CSV: a byte-order mark, the columns, one row per source sentence, entities and amounts.
    let csv = to_csv(&visible, events, articles);
    let body = csv.strip_prefix('\u{feff}').expect("a byte-order mark");
    let mut reader = csv::Reader::from_reader(body.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header, CSV_COLUMNS);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(
        rows.len(),
        visible.iter().map(|c| c.events.len()).sum::<usize>()
    );
    let column = |name: &str| CSV_COLUMNS.iter().position(|c| *c == name).unwrap();
    assert!(rows.iter().all(|r| &r[column("language")] == "fr"));
    let ruling = rows
        .iter()
        .find(|r| &r[column("expression")] == "11 février")
        .expect("the 11 February ruling");
    assert_eq!(&ruling[column("value")], "2020-02-11");
    assert!(ruling[column("headline")].starts_with("Amazon cherche un accord"));
    let with_amount = rows
        .iter()
        .find(|r| r[column("amounts")].contains("10 milliards de dollars"))
        .expect("a sentence with the contract's value");
    assert_eq!(
        &with_amount[column("amount_values")],
        "USD 10000000000; EUR 9000000000"
    );
    assert!(with_amount[column("entities")].contains("Microsoft"));

    // JSON: the filters it was made with, and no internal field.
    let json: serde_json::Value =
        serde_json::from_str(&to_json(&visible, events, articles, &f)).unwrap();
    assert_eq!(json["filters"]["languages"], serde_json::json!(["fr"]));
    assert_eq!(json["fragment"], "lang=fr");
    assert_eq!(json["cards"].as_array().unwrap().len(), visible.len());
    let text = json.to_string();
    for internal in [
        "search_text",
        "in_sentence",
        "sentence_start",
        "paragraph_entities",
    ] {
        assert!(!text.contains(internal), "{internal} in the JSON export");
    }

    // TimelineJS: a slide for every card with a place in time, none headed by a bare date.
    let tl: serde_json::Value =
        serde_json::from_str(&to_timelinejs(&visible, events, articles)).unwrap();
    let slides = tl["events"].as_array().unwrap();
    assert_eq!(
        slides.len(),
        visible
            .iter()
            .filter(|c| c.lead(events).span.is_some())
            .count()
    );
    assert!(slides.iter().all(|e| e["start_date"]["year"].is_number()));
    // Unfiltered, the season of the English article is on the timeline (a card of its own: a season
    // merges only with the same season).
    let everything: Vec<&Card> = all.iter().collect();
    let tl_all = to_timelinejs(&everything, events, articles);
    assert!(
        tl_all.contains("“the winter” (2020-WI)"),
        "the winter is cited"
    );
    for slide in slides {
        let headline = slide["text"]["headline"].as_str().unwrap();
        assert!(
            headline.chars().filter(|c| c.is_alphabetic()).count() > 12,
            "{headline}"
        );
    }
}

#[test]
fn merged_cards_hold_one_date_and_never_chain() {
    for (corpus, timeline) in [
        ("seeds", timeline_of(seeds())),
        ("ferry", timeline_of(ferry())),
    ] {
        for card in &timeline.cards {
            let lead = card.lead(&timeline.events);
            for &i in &card.events {
                let e = &timeline.events[i];
                assert_eq!(
                    (&e.value, e.modifier),
                    (&lead.value, lead.modifier),
                    "{corpus}: {} and {} in one card",
                    lead.text,
                    e.text
                );
            }
            for &i in &card.related {
                let (r, (s, e)) = (&timeline.events[i], lead.span.expect("placed"));
                let (rs, re) = r.span.expect("a related expression is placed");
                assert!(
                    rs <= s && e <= re && (rs, re) != (s, e),
                    "{corpus}: {} around {}",
                    r.text,
                    lead.text
                );
                assert!(
                    !card.events.contains(&i),
                    "{corpus}: related is never a source"
                );
            }
        }
    }
}

#[test]
fn the_seeds_filing_is_not_merged_into_the_deadline() {
    let timeline = timeline_of(seeds());
    let deadline = timeline
        .cards
        .iter()
        .find(|c| c.lead(&timeline.events).value == "2020-01-24")
        .expect("the 24 January card");
    let texts: Vec<&str> = deadline
        .events
        .iter()
        .map(|&i| timeline.events[i].text.as_str())
        .collect();
    assert!(!texts.contains(&"lundi"), "{texts:?}");
    // The Dutch `Eind januari` contains the French `24 janvier`: related, shown apart, never merged.
    let related: Vec<&str> = deadline
        .related
        .iter()
        .map(|&i| timeline.events[i].text.as_str())
        .collect();
    assert!(related.contains(&"Eind januari"), "{related:?}");
    assert!(!texts.contains(&"Eind januari"), "{texts:?}");
}

#[test]
fn the_ferry_story_merges_same_days_across_languages() {
    let timeline = timeline_of(ferry());
    let card = |value: &str| {
        timeline
            .cards
            .iter()
            .find(|c| {
                let lead = c.lead(&timeline.events);
                lead.value == value && !lead.publication
            })
            .unwrap_or_else(|| panic!("no card for {value}"))
    };
    // (value, languages among its sources)
    let facts: &[(&str, &[Lang])] = &[
        ("2022-03-10", &[Lang::Nl, Lang::En, Lang::Fr]),
        ("2022-03-13", &[Lang::Nl, Lang::En, Lang::Fr]),
        ("2022-03-18", &[Lang::Nl, Lang::Fr]),
        ("2022-03-24", &[Lang::Nl, Lang::En]),
        ("2022-04-04", &[Lang::Nl, Lang::En]),
    ];
    for (value, langs) in facts {
        let c = card(value);
        for l in *langs {
            assert!(
                c.langs.contains(l),
                "{value}: {l:?} missing from {:?}",
                c.langs
            );
        }
    }
    // The end of March is related to the 24 March agreement, never merged into it; it is no relation of
    // the strike on the 10th.
    let related = |value: &str| -> Vec<&str> {
        card(value)
            .related
            .iter()
            .map(|&i| timeline.events[i].text.as_str())
            .collect()
    };
    assert!(
        related("2022-03-24")
            .iter()
            .any(|t| t.to_lowercase().contains("eind maart")
                || t.contains("end of March")
                || t.contains("fin mars")
                || t.contains("la fin du mois")),
        "{:?}",
        related("2022-03-24")
    );
    assert!(
        !related("2022-03-10")
            .iter()
            .any(|t| t.to_lowercase().contains("eind maart")),
        "{:?}",
        related("2022-03-10")
    );
}

#[test]
fn the_facet_holds_every_entity_with_its_scope() {
    let timeline = timeline_of(ferry());
    let named: std::collections::BTreeSet<&str> = timeline
        .articles
        .iter()
        .flat_map(|a| a.entity_index.iter())
        .filter(|r| r.kind != crate::analysis::mention::EntityType::Percent)
        .map(|r| r.canonical.as_str())
        .collect();
    let listed: std::collections::BTreeSet<&str> = timeline
        .entity_counts
        .iter()
        .map(|c| c.canonical.as_str())
        .collect();
    assert_eq!(listed, named);
    let claes = timeline
        .entity_counts
        .iter()
        .find(|c| c.canonical == "Marleen Claes")
        .expect("Marleen Claes");
    assert_eq!(claes.kind, crate::analysis::mention::EntityType::Person);
    assert_eq!(claes.scope, Scope::Sentence);
    // An entity no dated sentence names filters by article: the events of the articles that name it.
    let by_article = timeline
        .entity_counts
        .iter()
        .find(|c| c.scope == Scope::Article)
        .expect("an entity named only in undated sentences");
    let f = Filters {
        entities: [by_article.canonical.clone()].into(),
        ..Filters::default()
    };
    let shown: usize = visible_cards(&timeline, &f).len();
    assert!(shown > 0, "{}", by_article.canonical);
    let articles = &timeline.article_scoped[&by_article.canonical];
    for e in timeline
        .events
        .iter()
        .filter(|e| event_matches(e, &f, &timeline))
    {
        assert!(articles.contains(&e.article), "{}", e.id);
    }
}

#[test]
fn hidden_articles_leave_every_card() {
    let timeline = timeline_of(ferry());
    let hidden = timeline.articles[0].id.clone();
    let f = Filters {
        hidden: [hidden.clone()].into(),
        ..Filters::default()
    };
    assert!(
        f.is_empty() && f.cleared() == f,
        "hiding is not a filter to clear"
    );
    let shown = visible_cards(&timeline, &f);
    assert!(shown.len() < timeline.cards.len());
    for c in shown {
        assert!(c
            .events
            .iter()
            .any(|&i| timeline.events[i].article_id != hidden));
    }
}

#[test]
fn an_empty_search_suggests_other_words_and_filters_to_drop() {
    let timeline = timeline_of(ferry());
    let ruling = Filters {
        query: "ruling".into(),
        ..Filters::default()
    };
    assert!(
        visible_cards(&timeline, &ruling).is_empty(),
        "no English article reports the ruling"
    );
    let words = other_words("ruling", &timeline, &ruling);
    let has = |w: &str, l: Lang| {
        words
            .iter()
            .any(|o| o.word == w && o.lang == l && o.events > 0)
    };
    assert!(
        has("uitspraak", Lang::Nl) && has("jugement", Lang::Fr),
        "{words:?}"
    );
    assert!(other_words("zzzz", &timeline, &ruling).is_empty());
    let narrow = Filters {
        query: "uitspraak".into(),
        langs: [Lang::En].into(),
        ..Filters::default()
    };
    assert!(visible_cards(&timeline, &narrow).is_empty());
    let relax = relaxations(&narrow, &timeline);
    assert!(
        relax.iter().any(|(p, n)| *p == Part::Langs && *n > 0),
        "{relax:?}"
    );
}

/// The seeds, `copies` times over under distinct ids.
fn seed_copies(copies: usize) -> Vec<crate::corpus::source::SourceFile> {
    let seeds = load_folder(&seeds()).expect("seeds");
    (0..copies)
        .flat_map(|c| {
            seeds
                .iter()
                .map(move |f| crate::corpus::source::SourceFile {
                    id: format!("{c}_{}", f.id),
                    file_name: format!("{c}_{}", f.file_name),
                    text: f.text.clone(),
                })
        })
        .collect()
}

#[test]
fn the_timeline_is_built_an_article_and_an_event_at_a_time() {
    let articles = analyze_corpus(&seed_copies(2));
    let events = corpus_events(&articles);
    let placed = events.iter().filter(|e| e.span.is_some()).count();
    let mut builder = super::build::TimelineBuilder::new(articles.clone());
    let mut steps = 0;
    while builder.step() {
        steps += 1;
    }
    assert!(
        steps >= articles.len() + placed,
        "{steps} steps for {} articles and {placed} placed events",
        articles.len()
    );
    let timeline = builder.finish();
    assert_eq!(timeline.events, events);
    assert_eq!(timeline.cards, cards(&events));
    assert!(timeline.extent.is_some());
}

/// Each event quotes the sentence its expression sits in and names the entities of that sentence and
/// the one before it (in the same paragraph), and those of the whole paragraph; in a long article of
/// many paragraphs, every copy of a paragraph gives the events of the paragraph alone.
#[test]
fn events_quote_their_sentence_and_name_its_entities_in_long_articles() {
    let paragraph = "Topman Pieter Hofstra sprak namens Kalvora Groep op 3 maart 2019 in Utrecht. \
                     Ook Norvane zweeg. De omzet steeg. Hofstra verwacht eind januari een besluit.";
    let analyse = |copies: usize| {
        let dir = crate::testing::TempDir::new("events");
        let body = format!("{paragraph}\n\n").repeat(copies);
        dir.write("a.txt", format!(" date 2020-01-14\n{body}").as_bytes());
        let articles = analyze_corpus(&load_folder(&dir.0).expect("events"));
        corpus_events(&articles)
    };
    let view = |e: &super::events::Event| {
        (
            e.text.clone(),
            e.value.clone(),
            e.sentence.clone(),
            e.in_sentence,
            e.entities.clone(),
            e.paragraph_entities.clone(),
        )
    };
    let one: Vec<_> = analyse(1)
        .iter()
        .filter(|e| !e.publication)
        .map(view)
        .collect();
    let names = |list: &[&str]| list.iter().map(|n| n.to_string()).collect::<Vec<_>>();
    let paragraph_names = names(&["Kalvora Groep", "Norvane", "Pieter Hofstra", "Utrecht"]);
    assert_eq!(
        one,
        [
            (
                "3 maart 2019".to_string(),
                "2019-03-03".to_string(),
                "Topman Pieter Hofstra sprak namens Kalvora Groep op 3 maart 2019 in Utrecht."
                    .to_string(),
                (52, 64),
                names(&["Kalvora Groep", "Pieter Hofstra", "Utrecht"]),
                paragraph_names.clone(),
            ),
            (
                // The sentence before says nothing of Norvane, two sentences back.
                "eind januari".to_string(),
                "2020-01".to_string(),
                "Hofstra verwacht eind januari een besluit.".to_string(),
                (17, 29),
                names(&["Pieter Hofstra"]),
                paragraph_names,
            ),
        ]
    );
    let copies = 300;
    let long: Vec<_> = analyse(copies)
        .iter()
        .filter(|e| !e.publication)
        .map(view)
        .collect();
    assert_eq!(long.len(), one.len() * copies);
    for (k, event) in long.iter().enumerate() {
        assert_eq!(event, &one[k % one.len()], "event {k}");
    }
}

/// The sweep groups events exactly as comparing every pair would: events of one article never merge,
/// and a fact two articles report merges even beside a long article of thousands of overlapping events.
#[test]
fn cards_group_as_comparing_every_pair_would_beside_a_long_article() {
    use super::merge::same_fact;
    let dir = crate::testing::TempDir::new("sweep");
    for entry in std::fs::read_dir(seeds()).expect("seeds") {
        let path = entry.expect("entry").path();
        dir.write(
            path.file_name().and_then(|n| n.to_str()).expect("name"),
            &std::fs::read(&path).expect("seed"),
        );
    }
    let paragraph = "Microsoft won op 11 februari het JEDI-contract van het Pentagon. \
                     Eind januari stapte Amazon naar de rechter, in 2019 verloor het de tender.\n\n";
    dir.write(
        "long.txt",
        format!(" date 2020-01\n{}", paragraph.repeat(150)).as_bytes(),
    );
    let articles = analyze_corpus(&load_folder(&dir.0).expect("sweep"));
    let events = corpus_events(&articles);
    // Every pair compared, joined with union-find.
    let mut parent: Vec<usize> = (0..events.len()).collect();
    fn root(parent: &mut [usize], i: usize) -> usize {
        let mut r = i;
        while parent[r] != r {
            r = parent[r];
        }
        r
    }
    for a in 0..events.len() {
        for b in a + 1..events.len() {
            if same_fact(&events[a], &events[b]) {
                let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
                parent[ra.max(rb)] = ra.min(rb);
            }
        }
    }
    let mut expected: Vec<Vec<usize>> = Vec::new();
    let mut group_of = std::collections::HashMap::new();
    for i in 0..events.len() {
        let r = root(&mut parent, i);
        let g = *group_of.entry(r).or_insert_with(|| {
            expected.push(Vec::new());
            expected.len() - 1
        });
        expected[g].push(i);
    }
    let mut got: Vec<Vec<usize>> = cards(&events)
        .into_iter()
        .map(|c| {
            let mut members = c.events;
            members.sort_unstable();
            members
        })
        .collect();
    got.sort();
    expected.sort();
    assert!(events.len() > 400, "{} events", events.len());
    assert!(
        got.iter().any(|g| g.len() > 1),
        "some fact is reported by two articles"
    );
    assert_eq!(got, expected);
}

#[test]
fn the_facet_ranks_by_articles_then_mentions() {
    use super::filter::{facet_order, EntityCount};
    use crate::analysis::mention::EntityType;
    let e = |name: &str, events, articles, mentions, scope| EntityCount {
        canonical: name.to_string(),
        kind: EntityType::Person,
        events,
        articles,
        mentions,
        scope,
    };
    // (name, a, b: a comes first)
    let cases = [
        (
            "more_articles_beat_a_long_articles_events",
            e("Ruiz", 3, 3, 5, Scope::Sentence),
            e("Once", 400, 1, 1, Scope::Article),
        ),
        (
            "same_articles_more_mentions_first",
            e("Claes", 1, 2, 9, Scope::Sentence),
            e("Dupont", 50, 2, 2, Scope::Sentence),
        ),
        (
            "a_tie_goes_by_name",
            e("Aerts", 1, 1, 1, Scope::Article),
            e("Bos", 1, 1, 1, Scope::Article),
        ),
    ];
    for (name, a, b) in cases {
        assert_eq!(facet_order(&a, &b), std::cmp::Ordering::Less, "{name}");
        assert_eq!(facet_order(&b, &a), std::cmp::Ordering::Greater, "{name}");
    }
    // On the fixture story the list is in that order.
    let timeline = timeline_of(ferry());
    for pair in timeline.entity_counts.windows(2) {
        assert_ne!(
            facet_order(&pair[0], &pair[1]),
            std::cmp::Ordering::Greater,
            "{} before {}",
            pair[0].canonical,
            pair[1].canonical
        );
    }
}

#[test]
fn the_first_view_opens_on_the_dense_dates_or_the_picked_articles() {
    use super::view::first_view;
    let mut files = load_folder(&seeds()).expect("seeds");
    files.extend(load_folder(&ferry()).expect("ferry"));
    let timeline = TimelineBuilder::new(analyze_corpus(&files)).finish();
    let d = |s: &str| Date::parse(s).expect(s);
    let picked = |id: &str| Filters {
        articles: [id.to_string()].into(),
        ..Filters::default()
    };
    // (name, filters, the window starts on or after, ends on or before)
    let cases = [
        // Two stories (2019–2020: 20 cards; 2022 and what it expects of 2023: 25) and outliers (1924,
        // 2011): the denser story, the rest at the edge markers, not 1924–2023.
        (
            "the_denser_story",
            Filters::default(),
            "2022-01-01",
            "2024-12-31",
        ),
        (
            "a_2022_article_picked",
            picked("nl-01-banen"),
            "2022-01-01",
            "2022-12-31",
        ),
        (
            "a_2020_article_picked",
            picked("001_2ebdd90373ca95d5"),
            "2019-01-01",
            "2020-12-31",
        ),
        (
            "other_filters_do_not_move_it",
            Filters {
                query: "staking".into(),
                ..Filters::default()
            },
            "2022-01-01",
            "2024-12-31",
        ),
    ];
    for (name, f, after, before) in cases {
        let (a, b) = first_view(&timeline, &f).expect(name);
        assert!(a >= d(after) && b <= d(before), "{name}: {a}–{b}");
        // It holds most of the cards it is made from.
        let shown = Filters {
            articles: f.articles.clone(),
            ..Filters::default()
        };
        let spans: Vec<_> = visible_indices(&timeline, &shown)
            .into_iter()
            .filter_map(|c| timeline.cards[c].lead(&timeline.events).span)
            .collect();
        let mid = |(s, e): &(Date, Date)| (s.days_since_epoch() + e.days_since_epoch()) / 2;
        let inside = spans
            .iter()
            .filter(|s| (a.days_since_epoch()..b.days_since_epoch()).contains(&mid(s)))
            .count();
        assert!(
            2 * inside > spans.len(),
            "{name}: {inside} of {}",
            spans.len()
        );
    }
    assert_eq!(
        first_view(&timeline, &Filters::default()),
        first_view(
            &timeline,
            &Filters {
                query: "staking".into(),
                ..Filters::default()
            }
        ),
        "other filters leave it"
    );
}

#[test]
fn a_range_from_after_to_is_explained() {
    use super::filter::range_problem;
    let d = |s: &str| Date::parse(s);
    // (name, from, to, message)
    let cases = [
        ("none", None, None, None),
        ("from_only", d("2022-03-12"), None, None),
        ("to_only", None, d("2022-03-01"), None),
        ("in_order", d("2022-03-01"), d("2022-03-12"), None),
        ("one_day", d("2022-03-01"), d("2022-03-01"), None),
        (
            "from_after_to",
            d("2022-03-12"),
            d("2022-03-01"),
            Some("From (12 March 2022) is after To (1 March 2022): no date is in that range, so no event is shown. Swap them or change one."),
        ),
    ];
    for (name, from, to, want) in cases {
        assert_eq!(range_problem(from, to).as_deref(), want, "{name}");
    }
    // A backwards range shows no event, not the year-long ones that reach past both ends.
    let (articles, _) = seed_timeline();
    let timeline = TimelineBuilder::new(articles).finish();
    let range = |from: &str, to: &str| Filters {
        from: d(from),
        to: d(to),
        ..Filters::default()
    };
    assert!(!visible_cards(&timeline, &range("2020-01-01", "2020-02-11")).is_empty());
    assert!(visible_cards(&timeline, &range("2020-02-11", "2020-01-01")).is_empty());
}
