//! Properties of the analysis core for any UTF-8 input: it never panics, and every span it returns is
//! in bounds, non-empty, on character boundaries, and equal to the text it quotes.

use dossier::{analyze_article, decode_article, extract, Date, Grain, Lang, Reference};
use proptest::prelude::*;

fn check(text: &str) {
    let reference = Some(Reference {
        date: Date::parse("2020-01-14").unwrap(),
        grain: Grain::Day,
    });
    for lang in [Lang::Nl, Lang::Fr, Lang::En, Lang::Other] {
        let found = extract(text, lang, reference);
        for (start, end, quoted) in found
            .timex
            .iter()
            .map(|t| (t.start, t.end, &t.text))
            .chain(found.entities.iter().map(|e| (e.start, e.end, &e.text)))
        {
            assert!(
                start < end && end <= text.len(),
                "span {start}..{end} of {}",
                text.len()
            );
            assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
            assert_eq!(&text[start..end], quoted.as_str());
        }
    }
}

/// As an article: every block quotes the text exactly (short inputs only: a whole analysis per case;
/// the `corpus_file` fuzz target runs it on long ones).
fn check_article(text: &str) {
    if let Ok(file) = decode_article("p.txt", text.as_bytes()) {
        let article = analyze_article(&file);
        for b in article.paragraphs.iter().chain(article.headline.iter()) {
            assert_eq!(&article.text[b.start..b.end], b.text);
        }
    }
}

/// Text made of the pieces the rules care about: words, numbers, dates, names, punctuation, and hostile
/// characters (combining marks, right-to-left text, emoji, NUL).
fn pieces() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("11 février".to_string()),
        Just("vorig jaar".to_string()),
        Just("Q3 2019".to_string()),
        Just("$ 10 billion".to_string()),
        Just("47 procent".to_string()),
        Just("Jean-Pierre van der Berg".to_string()),
        Just("d'Amazon".to_string()),
        Just("(AWS)".to_string()),
        Just("e\u{301}\u{301}".to_string()),
        Just("\u{5e9}\u{5dc}\u{5d5}\u{5dd}".to_string()),
        Just("👩‍👩‍👧".to_string()),
        Just("\0".to_string()),
        Just("-".to_string()),
        Just("/".to_string()),
        Just(".".to_string()),
        Just("\n".to_string()),
        "[0-9]{1,5}",
        "[A-Z][a-zà-ÿ]{0,8}",
        "\\PC{0,6}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn any_text_of_relevant_pieces(text in pieces()) {
        check(&text);
        check_article(&text);
    }

    #[test]
    fn any_unicode_text(text in "\\PC{0,200}") {
        check(&text);
        check_article(&text);
    }
}

#[test]
fn long_inputs() {
    let cases = [
        ("ten_thousand_character_line", "a".repeat(10_000)),
        ("a_megabyte_without_spaces", "x".repeat(1 << 20)),
        ("many_numbers", "1/2/3-4-5.6.7 ".repeat(2_000)),
        ("many_capitals", "Aa Bb Cc Dd ".repeat(5_000)),
    ];
    for (name, text) in cases {
        check(&text);
        println!("{name}: ok");
    }
}
