//! Named, table-driven tests of the gazetteer: classes, identities across languages, longest matches,
//! street suffixes, and the build's messages for malformed data lines.

use super::compile::{compile, Input, FILES};
use super::*;

fn g() -> &'static Gazetteer {
    gazetteer()
}

/// `phrase` has a hit of `class`.
macro_rules! is {
    ($($name:ident: $phrase:expr => $class:ident;)*) => {$(
        #[test]
        fn $name() {
            let hits = g().lookup($phrase);
            assert!(hits.has(Class::$class), "{:?} is not {:?}: {:?}", $phrase, Class::$class, hits);
        }
    )*};
}

/// `phrase` has no hit of `class`.
macro_rules! is_not {
    ($($name:ident: $phrase:expr => $class:ident;)*) => {$(
        #[test]
        fn $name() {
            let hits = g().lookup($phrase);
            assert!(!hits.has(Class::$class), "{:?} is {:?}: {:?}", $phrase, Class::$class, hits);
        }
    )*};
}

/// Every phrase names the same entity of `class`, whose canonical name is `canonical`.
macro_rules! same {
    ($($name:ident: $class:ident $canonical:expr => [$($phrase:expr),+];)*) => {$(
        #[test]
        fn $name() {
            for phrase in [$($phrase),+] {
                let hits = g().lookup(phrase);
                let id = hits.entity(Class::$class);
                assert!(id.is_some(), "{phrase:?} is not {:?}: {hits:?}", Class::$class);
                assert_eq!(g().canonical(id.unwrap()), $canonical, "{phrase:?}");
            }
        }
    )*};
}

is! {
    kazakhstan_is_a_country: "Kazakhstan" => Country;
    kazachstan_is_a_country: "Kazachstan" => Country;
    gdansk_is_a_city: "Gdańsk" => City;
    gdansk_unaccented_is_a_city: "Gdansk" => City;
    tilburg_is_a_city: "Tilburg" => City;
    leeds_is_a_city: "Leeds" => City;
    kortrijk_is_a_city: "Kortrijk" => City;
    namur_is_a_city: "Namur" => City;
    austria_is_a_country: "Austria" => Country;
    oostenrijk_is_a_country: "Oostenrijk" => Country;
    noord_brabant_is_a_region: "Noord-Brabant" => Region;
    bavaria_is_a_region: "Bavière" => Region;
    california_in_dutch_is_a_region: "Californië" => Region;
    ontario_is_a_region: "Ontario" => Region;
    midden_oosten_is_an_area: "Midden-Oosten" => Area;
    moyen_orient_is_an_area: "Moyen-Orient" => Area;
    polish_is_a_demonym: "Polish" => Demonym;
    vlaamse_is_a_demonym: "Vlaamse" => Demonym;
    russische_is_a_demonym: "russische" => Demonym;
    americaines_is_a_demonym: "américaines" => Demonym;
    chinese_nl_is_a_demonym: "Chinese" => Demonym;
    europeenne_is_a_demonym: "européenne" => Demonym;
    schotse_is_a_demonym: "Schotse" => Demonym;
    hungarian_is_a_demonym: "Hungarian" => Demonym;
    sanne_is_a_given_name: "Sanne" => GivenName;
    ines_is_a_given_name: "Inès" => GivenName;
    marta_is_a_given_name: "Marta" => GivenName;
    maria_is_a_given_name: "Maria" => GivenName;
    april_is_a_given_name: "April" => GivenName;
    verbeek_is_a_surname: "Verbeek" => Surname;
    carpentier_is_a_surname: "Carpentier" => Surname;
    kovac_is_a_surname: "Kovač" => Surname;
    rue_is_a_street_word: "rue" => StreetBefore;
    street_is_a_street_word: "Street" => StreetAfter;
    road_is_a_street_word: "Road" => StreetAfter;
    inc_is_a_designator: "Inc" => OrgAfter;
    gmbh_is_a_designator: "GmbH" => OrgAfter;
    nv_dotted_is_a_designator: "N.V." => OrgAfter;
    ministerie_van_is_a_designator: "ministerie van" => OrgBefore;
    ministere_is_a_designator: "ministère" => OrgBefore;
    staatssecretaris_is_a_title: "Staatssecretaris" => Title;
    officier_van_justitie_is_a_title: "officier van justitie" => Title;
    tanaiste_is_a_title: "Tánaiste" => Title;
    premier_is_a_title: "Premier" => Title;
    senate_majority_leader_is_a_title: "Senate Majority Leader" => Title;
    cpl_is_a_title: "Cpl" => Title;
    marechal_is_a_title: "maréchal" => Title;
    general_fr_is_a_title: "général" => Title;
    who_is_an_institution: "WHO" => Institution;
    anssi_long_form_is_an_institution: "Agence nationale de la sécurité des systèmes d'information" => Institution;
}

is_not! {
    polish_is_no_country: "Polish" => Country;
    vlaamse_is_no_region: "Vlaamse" => Region;
    the_is_no_city: "the" => City;
    de_is_no_surname: "de" => Surname;
    supreme_court_alone_is_no_institution: "Supreme Court" => Institution;
    senaat_alone_is_no_institution: "Senaat" => Institution;
}

same! {
    the_hague_in_three_languages: City "The Hague" => ["Den Haag", "La Haye", "The Hague", "'s-Gravenhage"];
    antwerp_in_three_languages: City "Antwerp" => ["Antwerpen", "Anvers", "Antwerp"];
    london_in_three_languages: City "London" => ["Londen", "Londres", "London"];
    brussels_in_three_languages: City "Brussels" => ["Brussel", "Bruxelles", "Brussels"];
    liege_in_three_languages: City "Liège" => ["Luik", "Liège", "Liege"];
    cologne_in_three_languages: City "Cologne" => ["Keulen", "Cologne", "Köln"];
    wales_in_three_languages: Region "Wales" => ["Wales", "pays de Galles"];
    scotland_in_three_languages: Region "Scotland" => ["Schotland", "Écosse", "Scotland"];
    flanders_in_three_languages: Region "Flanders" => ["Vlaanderen", "Flandre", "Flanders"];
    united_states_and_its_aliases: Country "United States" => ["Verenigde Staten", "États-Unis", "USA", "VS", "Amerika", "U.S.", "United States"];
    united_kingdom_and_its_aliases: Country "United Kingdom" => ["Verenigd Koninkrijk", "Royaume-Uni", "UK", "VK", "Groot-Brittannië"];
    ivory_coast_in_three_languages: Country "Côte d'Ivoire" => ["Ivoorkust", "Côte d’Ivoire", "Ivory Coast", "Cote d'Ivoire"];
    germany_in_three_languages: Country "Germany" => ["Duitsland", "Allemagne", "Germany"];
    middle_east_in_three_languages: Area "Middle East" => ["Midden-Oosten", "Moyen-Orient", "Middle East"];
    bundestag_in_three_languages: Institution "Bundestag" => ["Bundestag", "Duitse Bondsdag", "Bondsdag"];
    house_of_commons_in_three_languages: Institution "House of Commons" => ["House of Commons", "Lagerhuis", "Chambre des communes"];
    nato_in_three_languages: Institution "NATO" => ["NAVO", "OTAN", "NATO"];
    un_in_three_languages: Institution "United Nations" => ["VN", "ONU", "UN", "Verenigde Naties", "Nations unies"];
    who_in_three_languages: Institution "World Health Organization" => ["WHO", "OMS", "Wereldgezondheidsorganisatie"];
    imf_in_three_languages: Institution "International Monetary Fund" => ["IMF", "FMI", "Internationaal Monetair Fonds"];
    tweede_kamer: Institution "House of Representatives of the Netherlands" => ["Tweede Kamer", "Dutch House of Representatives"];
    assemblee_nationale: Institution "National Assembly of France" => ["Assemblée nationale", "Nationale Assemblee"];
    us_supreme_court: Institution "Supreme Court of the United States" => ["US Supreme Court", "Cour suprême des États-Unis", "Amerikaanse Hooggerechtshof"];
    uk_supreme_court: Institution "Supreme Court of the United Kingdom" => ["UK Supreme Court", "Cour suprême du Royaume-Uni"];
}

#[test]
fn one_countrys_supreme_court_is_never_anothers() {
    let us = g().lookup("US Supreme Court").entity(Class::Institution);
    let uk = g().lookup("UK Supreme Court").entity(Class::Institution);
    let ca = g()
        .lookup("Supreme Court of Canada")
        .entity(Class::Institution);
    assert!(us.is_some() && uk.is_some() && ca.is_some());
    assert!(us != uk && uk != ca && us != ca);
    assert_eq!(g().country(us.unwrap()), Some("US"));
    assert_eq!(g().country(uk.unwrap()), Some("GB"));
}

#[test]
fn demonyms_point_to_their_place_and_language() {
    let pl = g().lookup("Poland").entity(Class::Country);
    let hits = g().lookup("Poolse");
    let d = hits.0.iter().find(|h| h.class == Class::Demonym).unwrap();
    assert_eq!(d.entity, pl);
    assert!(d.langs.has(Langs::NL) && !d.langs.has(Langs::EN));
    assert!(g().lookup("Polish").has_in(Class::Demonym, Langs::EN));
    let flemish = g().lookup("Vlaamse").0[0].entity.unwrap();
    assert_eq!(g().canonical(flemish), "Flanders");
}

/// (name, tokens, expected length of the longest match, class, canonical).
type MatchCase = (
    &'static str,
    &'static [&'static str],
    usize,
    Class,
    &'static str,
);

#[test]
fn longest_matches_over_tokens() {
    let cases: &[MatchCase] = &[
        (
            "two words then a verb",
            &["den", "haag", "zei"],
            2,
            Class::City,
            "The Hague",
        ),
        (
            "three words",
            &["pays", "de", "galles", "a"],
            3,
            Class::Region,
            "Wales",
        ),
        (
            "longest wins",
            &["new", "york", "city", "is"],
            3,
            Class::City,
            "New York City",
        ),
        (
            "hyphen tokens skipped",
            &["noord", "-", "brabant", "is"],
            3,
            Class::Region,
            "North Brabant",
        ),
        (
            "apostrophe token",
            &["'", "s", "-", "gravenhage"],
            4,
            Class::City,
            "The Hague",
        ),
        (
            "dotted abbreviation",
            &["u", ".", "s", ".", "army"],
            4,
            Class::Country,
            "United States",
        ),
        ("accents folded", &["gdansk", ","], 1, Class::City, "Gdańsk"),
        (
            "long form",
            &[
                "agence",
                "nationale",
                "de",
                "la",
                "sécurité",
                "des",
                "systèmes",
                "d",
                "'",
                "information",
                "(",
            ],
            10,
            Class::Institution,
            "ANSSI",
        ),
        (
            "institution with country",
            &["duitse", "bondsdag", "stemde"],
            2,
            Class::Institution,
            "Bundestag",
        ),
    ];
    for (name, tokens, len, class, canonical) in cases {
        let m = g()
            .longest_match(tokens)
            .unwrap_or_else(|| panic!("{name}: no match"));
        assert_eq!(m.len, *len, "{name}");
        let id = m
            .hits
            .entity(*class)
            .unwrap_or_else(|| panic!("{name}: no {class:?}"));
        assert_eq!(g().canonical(id), *canonical, "{name}");
    }
}

#[test]
fn no_match_where_no_key_starts() {
    for tokens in [&["zei"][..], &["-", "haag"], &["xqzt", "haag"], &[]] {
        assert_eq!(g().longest_match(tokens), None, "{tokens:?}");
    }
}

#[test]
fn all_matches_shortest_first() {
    let m = g().matches(&["new", "york", "city"]);
    let lens: Vec<usize> = m.iter().map(|m| m.len).collect();
    assert_eq!(lens, [2, 3]);
    assert!(m[0].hits.has(Class::Region) && m[0].hits.has(Class::City));
}

#[test]
fn street_suffixes() {
    let cases: &[(&str, Option<&str>)] = &[
        ("kerkstraat", Some("straat")),
        ("zwijgerlaan", Some("laan")),
        ("museumplein", Some("plein")),
        ("keizersgracht", Some("gracht")),
        ("hauptstraße", Some("strasse")),
        ("straat", None),
        ("de", None),
    ];
    for (word, want) in cases {
        assert_eq!(g().street_suffix(word).map(|s| s.0), *want, "{word}");
    }
}

#[test]
fn every_class_has_keys() {
    for c in Class::ALL {
        assert!(g().key_count(c) > 0, "{c:?} has no key");
    }
    assert!(g().key_count(Class::City) > 5000);
    assert!(g().key_count(Class::Country) > 500);
    assert!(g().key_count(Class::GivenName) > 5000);
}

/// (name, file, text, expected message).
type BadCase = (&'static str, &'static str, &'static str, &'static str);

#[test]
fn malformed_lines_name_file_and_line() {
    let cases: &[BadCase] = &[
        ("too few columns", "places.tsv", "# c\niso:XX\tcountry\tX\n", "places.tsv:2: expected 5 tab-separated columns, found 3"),
        ("unknown class", "places.tsv", "iso:XX\tplanet\tX\t\ten:X\n", "places.tsv:1: class \"planet\" is not one of country, area, region, city"),
        ("name without language", "institutions.tsv", "org:x\tinstitution\tX\t\tX\n", "institutions.tsv:1: name \"X\" is not lang:name (lang nl, fr, en or *)"),
        ("bad country", "places.tsv", "gn:1\tcity\tX\tnl\t*:X\n", "places.tsv:1: country \"nl\" is not an ISO 3166-1 code"),
        ("id without prefix", "places.tsv", "x\tcity\tX\t\t*:X\n", "places.tsv:1: id \"x\" must be prefix:name (iso:NL, gn:2747373, org:un)"),
        ("duplicate id", "places.tsv", "gn:1\tcity\tX\t\t*:X\ngn:1\tcity\tY\t\t*:Y\n", "places.tsv:2: id gn:1 is defined twice"),
        ("unknown demonym place", "demonyms.tsv", "iso:ZZ\tnl\tZeds\n", "demonyms.tsv:1: unknown place id \"iso:ZZ\""),
        ("demonym language", "demonyms.tsv", "iso:ZZ\tde\tZeds\n", "demonyms.tsv:1: language \"de\" is not nl, fr or en"),
        ("unknown cue class", "cues.tsv", "street\tnl\tstraat\n", "cues.tsv:1: cue class \"street\" is not one of street-before, street-after, street-suffix, org-before, org-after, title"),
        ("empty cue form", "cues.tsv", "title\ten\tMr||Dr\n", "cues.tsv:1: an empty form in \"Mr||Dr\""),
        ("stray space", "given_names.txt", "Sanne \n", "given_names.txt:1: white space around the field \"Sanne \""),
        ("tab in a name list", "surnames.txt", "Verbeek\tx\n", "surnames.txt:1: expected 1 tab-separated column, found 2"),
    ];
    for (name, file, text, want) in cases {
        let errors = compile(&[Input { name: file, text }])
            .err()
            .unwrap_or_default();
        assert_eq!(errors, [want.to_string()], "{name}");
    }
}

#[test]
fn well_formed_lines_compile() {
    let places = "iso:XX\tcountry\tXland\tXX\tnl:Iksland|fr:Xlande\n";
    let demonyms = "iso:XX\tnl\tIkslands|Ikslandse\n";
    let table = compile(&[
        Input {
            name: "places.tsv",
            text: places,
        },
        Input {
            name: "demonyms.tsv",
            text: demonyms,
        },
    ])
    .unwrap();
    assert!(
        table.starts_with("~country\n0Iksland\t0\n0Xland\t=XX\n5e\t0\n"),
        "{table}"
    );
    assert!(
        table.contains("~demonym\n0ikslands\tnc0\n8e\tnc0\n"),
        "{table}"
    );
}

#[test]
fn the_embedded_table_is_the_data_files_compiled() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/analysis/gazetteer/data");
    let texts: Vec<(&str, String)> = FILES
        .iter()
        .map(|f| (*f, std::fs::read_to_string(dir.join(f)).unwrap()))
        .collect();
    let inputs: Vec<Input> = texts
        .iter()
        .map(|(name, text)| Input { name, text })
        .collect();
    assert!(compile(&inputs).unwrap() == TABLE);
}
