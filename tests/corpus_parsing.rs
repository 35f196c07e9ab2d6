//! Corpus files: decoding and validation (each bad input by name), headlines, boilerplate, the header.

mod common;

use common::{seeds, TempDir};
use dossier::{
    analyze_article, decode_article, load_folder, AnalyzedArticle, BlockKind, PubDateSource,
    MAX_ARTICLE_BYTES,
};

/// A bad file: its name, its bytes, the line the error must name, and words the message must contain.
struct BadFile {
    name: &'static str,
    bytes: Vec<u8>,
    line: Option<usize>,
    says: &'static str,
}

fn bad_files() -> Vec<BadFile> {
    vec![
        BadFile {
            name: "not_utf8",
            bytes: b"Een titel\n\nTweede regel met \xE9\xE9n fout.\n".to_vec(),
            line: Some(3),
            says: "not valid UTF-8",
        },
        BadFile {
            name: "latin1_on_line_one",
            bytes: b"Caf\xE9 au lait\n".to_vec(),
            line: Some(1),
            says: "not valid UTF-8",
        },
        BadFile {
            name: "utf16_with_bom",
            bytes: vec![0xFF, 0xFE, b'H', 0, b'i', 0],
            line: Some(1),
            says: "UTF-16",
        },
        BadFile {
            name: "empty",
            bytes: Vec::new(),
            line: None,
            says: "is empty",
        },
        BadFile {
            name: "only_white_space",
            bytes: b" \n\n\t \n".to_vec(),
            line: None,
            says: "is empty",
        },
        BadFile {
            name: "only_a_header",
            bytes: b" date 2020-01\n".to_vec(),
            line: Some(1),
            says: "no article text",
        },
        BadFile {
            name: "month_13",
            bytes: b" date 2020-13 Tekst.\n".to_vec(),
            line: Some(1),
            says: "month 13",
        },
        BadFile {
            name: "day_that_does_not_exist",
            bytes: b" date 2019-02-29 Text.\n".to_vec(),
            line: Some(1),
            says: "day 29 does not exist",
        },
        BadFile {
            name: "two_digit_year",
            bytes: b" date 20-01 Text.\n".to_vec(),
            line: Some(1),
            says: "malformed header",
        },
        BadFile {
            name: "slashes",
            bytes: b"date 2020/01/14 Text.\n".to_vec(),
            line: Some(1),
            says: "malformed header",
        },
        BadFile {
            name: "capitalised_header_with_colon_month_13",
            bytes: b" Date: 2020-13-01\nText.\n".to_vec(),
            line: Some(1),
            says: "malformed header 'Date: 2020-13-01': month 13",
        },
        BadFile {
            name: "header_after_blank_lines_names_its_line",
            bytes: b"\n\n Datum: 2019-02-29\nTekst.\n".to_vec(),
            line: Some(3),
            says: "day 29 does not exist",
        },
        BadFile {
            name: "upper_case_header_with_slashes",
            bytes: b"DATE 14/01/2020\nText.\n".to_vec(),
            line: Some(1),
            says: "malformed header",
        },
        BadFile {
            name: "only_a_capitalised_header_after_a_blank_line",
            bytes: b"\n Date: 2020-01-01\n".to_vec(),
            line: Some(2),
            says: "no article text",
        },
        BadFile {
            name: "binary_named_txt",
            bytes: b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec(),
            line: Some(1),
            says: "UTF-8",
        },
        BadFile {
            name: "nul_byte",
            bytes: b"Line one\nLine\0two\n".to_vec(),
            line: Some(2),
            says: "NUL",
        },
        BadFile {
            name: "too_large",
            bytes: vec![b'a'; MAX_ARTICLE_BYTES + 1],
            line: None,
            says: "refused rather than truncated",
        },
    ]
}

#[test]
fn each_bad_file_is_refused_with_its_name_and_line() {
    for case in bad_files() {
        let file = format!("{}.txt", case.name);
        let err = decode_article(&file, &case.bytes).expect_err(case.name);
        assert_eq!(err.file, file, "case {}", case.name);
        assert_eq!(err.line, case.line, "case {}: {err}", case.name);
        assert!(err.message.contains(case.says), "case {}: {err}", case.name);
        assert!(
            err.to_string().starts_with(&file),
            "case {}: {err}",
            case.name
        );
    }
}

/// A good file: its name, its bytes, its expected id, and the text after decoding.
struct GoodFile {
    name: &'static str,
    bytes: &'static [u8],
    text: &'static str,
}

#[test]
fn good_files_are_decoded() {
    let cases = [
        GoodFile {
            name: "utf8_bom",
            bytes: b"\xEF\xBB\xBFTitle\n\nText.",
            text: "Title\n\nText.",
        },
        GoodFile {
            name: "crlf_line_endings",
            bytes: b"Title\r\n\r\nText.\r\n",
            text: "Title\n\nText.\n",
        },
        GoodFile {
            name: "word_date_is_not_a_header",
            bytes: b"date night is back in fashion.",
            text: "date night is back in fashion.",
        },
        GoodFile {
            name: "header_with_day",
            bytes: b" date 2020-02-29 Text.",
            text: " date 2020-02-29 Text.",
        },
    ];
    for case in cases {
        let file = decode_article(&format!("{}.txt", case.name), case.bytes).expect(case.name);
        assert_eq!(&*file.text, case.text, "case {}", case.name);
        assert_eq!(file.id, case.name, "case {}", case.name);
    }
}

#[test]
fn a_folder_reports_every_bad_file_and_duplicate_ids() {
    let dir = TempDir::new("folder");
    dir.write("a.txt", b"Good text.")
        .write("b.txt", b"")
        .write("c.txt", b" date 2020-13 x")
        .write("A.TXT", b"Same id as a.txt on a case-insensitive system.")
        .write("notes.md", b"not an article");
    let errors = load_folder(&dir.0).expect_err("bad folder");
    let names: Vec<&str> = errors.iter().map(|e| e.file.as_str()).collect();
    assert!(names.contains(&"b.txt"), "{errors:?}");
    assert!(names.contains(&"c.txt"), "{errors:?}");
    assert!(
        errors.iter().any(|e| e.message.contains("same article id")),
        "{errors:?}"
    );
    assert!(!names.contains(&"notes.md"), "{errors:?}");
}

#[test]
fn a_folder_without_txt_files_is_an_error() {
    let dir = TempDir::new("empty-folder");
    dir.write("readme.md", b"nothing here");
    let errors = load_folder(&dir.0).expect_err("no .txt");
    assert!(errors[0].message.contains("no .txt files"), "{errors:?}");
}

fn parse(text: &str) -> AnalyzedArticle {
    analyze_article(&decode_article("t.txt", text.as_bytes()).expect("valid"))
}

/// A structure case: the text, the headline expected (if any), boilerplate lines expected.
struct Structure {
    name: &'static str,
    text: &'static str,
    headline: Option<&'static str>,
    boilerplate: &'static [&'static str],
    first_paragraph: &'static str,
}

#[test]
fn headline_paragraphs_and_boilerplate() {
    let cases = [
        Structure {
            name: "header_glued_to_first_sentence",
            text: " date 2021-03 De gemeente opent vandaag een nieuw station. Het kostte twee jaar.\n\nMeer tekst.",
            headline: None,
            boilerplate: &[],
            first_paragraph: "De gemeente opent vandaag een nieuw station. Het kostte twee jaar.",
        },
        Structure {
            name: "headline_then_body",
            text: "Storm hits the coast\n\nThe storm reached the coast on Monday.",
            headline: Some("Storm hits the coast"),
            boilerplate: &[],
            first_paragraph: "The storm reached the coast on Monday.",
        },
        Structure {
            name: "repeated_headline_counts_once",
            text: "Le port rouvre\n\nLe port rouvre\n\nLe port a rouvert mardi après deux semaines.",
            headline: Some("Le port rouvre"),
            boilerplate: &["Le port rouvre"],
            first_paragraph: "Le port a rouvert mardi après deux semaines.",
        },
        Structure {
            name: "english_page_furniture",
            text: "Title here\n\nBody text goes here.\n\nRead more: Another story entirely\n\nSource link\n\nPlease enter your comment!\n\nLeave a Reply",
            headline: Some("Title here"),
            boilerplate: &["Read more: Another story entirely", "Source link", "Please enter your comment!", "Leave a Reply"],
            first_paragraph: "Body text goes here.",
        },
        Structure {
            name: "dutch_page_furniture",
            text: "Kop\n\nDe tekst van het artikel.\n\nLees ook: Een ander verhaal\n\nLaat een reactie achter",
            headline: Some("Kop"),
            boilerplate: &["Lees ook: Een ander verhaal", "Laat een reactie achter"],
            first_paragraph: "De tekst van het artikel.",
        },
        Structure {
            name: "french_page_furniture",
            text: "Titre\n\nLe texte de l'article.\n\nÀ lire aussi : un autre sujet\n\nLaisser un commentaire",
            headline: Some("Titre"),
            boilerplate: &["À lire aussi : un autre sujet", "Laisser un commentaire"],
            first_paragraph: "Le texte de l'article.",
        },
        Structure {
            name: "a_sentence_that_merely_mentions_reading_is_text",
            text: "Read more books, the minister said on Tuesday, because reading matters to every child in the country.",
            headline: None,
            boilerplate: &[],
            first_paragraph: "Read more books, the minister said on Tuesday, because reading matters to every child in the country.",
        },
    ];
    for case in cases {
        let article = parse(case.text);
        assert_eq!(
            article.headline.as_ref().map(|h| h.text.as_str()),
            case.headline,
            "case {}",
            case.name
        );
        let bp: Vec<&str> = article
            .boilerplate
            .iter()
            .map(|b| b.text.as_str())
            .collect();
        assert_eq!(bp, case.boilerplate, "case {}", case.name);
        let first = article.paragraphs.first().expect(case.name);
        assert_eq!(first.text, case.first_paragraph, "case {}", case.name);
        assert_eq!(
            &article.text[first.start..first.end],
            first.text,
            "case {}: span",
            case.name
        );
    }
}

/// The header is recognised after trimming: blank lines and spaces before it, the word in any case
/// (`date`, `Date`, `DATE`, Dutch `datum`), a colon after it (French spacing too); it is never read as
/// the headline. A word that merely starts with `date` is text.
#[test]
fn header_variants_are_recognised_after_trimming() {
    #[rustfmt::skip]
    let cases: &[(&str, &str, Option<&str>, Option<&str>)] = &[
        ("leading_space_capital_colon", " Date: 2020-01-01\nStorm hits the coast\n\nThe storm reached the coast.", Some("2020-01-01"), Some("Storm hits the coast")),
        ("no_leading_space_colon", "Date: 2020-01\n\nStorm hits the coast\n\nThe storm reached the coast.", Some("2020-01"), Some("Storm hits the coast")),
        ("upper_case_word", "DATE 2021-05-04\nThe storm reached the coast.", Some("2021-05-04"), None),
        ("dutch_word", "Datum: 2019-06-04\nStorm bereikt de kust\n\nDe storm bereikte de kust.", Some("2019-06-04"), Some("Storm bereikt de kust")),
        ("french_space_before_colon", "Date : 2012-06-26\nLa tempête touche la côte\n\nLa tempête a touché la côte.", Some("2012-06-26"), Some("La tempête touche la côte")),
        ("french_no_break_space", "Date\u{a0}: 2012-06-26\nLa tempête touche la côte\n\nLa tempête a touché la côte.", Some("2012-06-26"), Some("La tempête touche la côte")),
        ("colon_and_no_space", "date:2020-03 The storm reached the coast.", Some("2020-03"), None),
        ("blank_lines_and_tab_before", "\n\n\t date 2020-03\nStorm hits the coast\n\nThe storm reached the coast.", Some("2020-03"), Some("Storm hits the coast")),
        ("capitalised_word_and_a_number_is_a_headline", "Datum 12 mei ligt vast\n\nDe verkiezingen zijn op 12 mei.", None, Some("Datum 12 mei ligt vast")),
        ("word_dates_is_text", "Dates 2020 and 2021 were both set aside by the court.", None, None),
        ("word_date_without_a_number_is_text", "Date: unknown\n\nThe storm reached the coast.", None, Some("Date: unknown")),
    ];
    for (name, text, header, headline) in cases {
        let article = parse(text);
        let from_header = (article.pub_date.source == PubDateSource::Header)
            .then(|| article.pub_date.value.map(|v| v.to_string()))
            .flatten();
        assert_eq!(from_header.as_deref(), *header, "case {name}");
        assert_eq!(
            article.headline.as_ref().map(|h| h.text.as_str()),
            *headline,
            "case {name}"
        );
        if header.is_some() {
            assert!(
                article.paragraphs.iter().all(|p| !p.text.contains("20")),
                "case {name}: the header is not text: {:?}",
                article.paragraphs
            );
        }
    }
}

#[test]
fn subheadings_are_marked() {
    let article =
        parse("Intro paragraph that ends here.\n\nA short subheading\n\nThe body continues here.");
    let kinds: Vec<BlockKind> = article.paragraphs.iter().map(|p| p.kind).collect();
    assert_eq!(
        kinds,
        [BlockKind::Body, BlockKind::Subheading, BlockKind::Body]
    );
}

#[test]
fn the_seeds_parse_as_expected() {
    let files = load_folder(&seeds()).expect("seeds are valid");
    assert_eq!(files.len(), 5);
    let articles: Vec<AnalyzedArticle> = files.iter().map(analyze_article).collect();
    let headers: Vec<Option<String>> = articles
        .iter()
        .map(|a| {
            let header = a.pub_date.source == PubDateSource::Header;
            a.pub_date.value.filter(|_| header).map(|v| v.to_string())
        })
        .collect();
    assert_eq!(
        headers,
        [
            Some("2020-01".into()),
            Some("2020-09".into()),
            None,
            None,
            None
        ]
    );
    // 000 and 001: the header runs on into the first sentence, which is text, not a headline.
    assert!(articles[0].headline.is_none());
    assert!(articles[0].paragraphs[0].text.starts_with("Een tender"));
    // 003 repeats its headline: it counts once.
    assert_eq!(articles[3].boilerplate[0].reason, "repeated headline");
    assert!(articles[4]
        .boilerplate
        .iter()
        .any(|b| b.text.starts_with("Read More:")));
}

#[test]
fn a_50_megabyte_file_is_refused_by_name_not_truncated() {
    let dir = TempDir::new("huge");
    let mut huge = b" date 2020-01 ".to_vec();
    huge.extend(
        std::iter::repeat_n(b"Een zin over de cloud. ".as_slice(), 50_000_000 / 23).flatten(),
    );
    dir.write("good.txt", b"A short article.")
        .write("huge.txt", &huge);
    let errors = load_folder(&dir.0).expect_err("50 MB is over the limit");
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].file, "huge.txt");
    assert!(
        errors[0].message.contains("refused rather than truncated"),
        "{errors:?}"
    );
}

#[test]
fn ten_thousand_tiny_files_are_all_loaded() {
    let dir = TempDir::new("many");
    for i in 0..10_000 {
        dir.write(
            &format!("{i:05}.txt"),
            format!("Artikel {i} van 3 maart.").as_bytes(),
        );
    }
    let files = load_folder(&dir.0).expect("10,000 tiny files are a valid corpus");
    assert_eq!(files.len(), 10_000, "nothing dropped");
    assert_eq!(files[9_999].id, "09999");
    assert_eq!(&*files[9_999].text, "Artikel 9999 van 3 maart.");
}
