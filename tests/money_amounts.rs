//! Amounts of money in every language (issue 16: money ≥ 0.95 F1): currencies written with a country
//! prefix on the dollar sign (`A$`, `NZ$`, `C$`, `HK$`, `S$`, `US$`, `R$`), currency codes before the
//! amount, and short scales glued to the number (`bn`, `m`, `k`) read in Dutch and French as in
//! English. Named one-line cases written for these tests (no sentence of any dev or training text):
//! the span expected as written and its normalised value (`CUR amount`, `../shared/ANNOTATION.md`).

use dossier::EntityType::Money;
use dossier::{extract_entities, Lang};
use Lang::{En, Fr, Nl};

/// (name, language, text, span, value).
type Case = (&'static str, Lang, &'static str, &'static str, &'static str);

fn check(cases: &[Case]) {
    let mut failures = Vec::new();
    for (name, lang, text, span, value) in cases {
        let found = extract_entities(text, *lang);
        let ok = found
            .iter()
            .any(|m| m.text == *span && m.kind == Money && m.value.as_deref() == Some(*value));
        if !ok {
            let got: Vec<(&str, String, Option<&str>)> = found
                .iter()
                .map(|m| (m.text.as_str(), format!("{:?}", m.kind), m.value.as_deref()))
                .collect();
            failures.push(format!("{name}: want {span:?} = {value:?}; got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn money_01_dollar_signs_with_a_country_prefix_name_their_currency() {
    check(&[
        (
            "en_aud",
            En,
            "The miner posted a loss of A$120m last year.",
            "A$120m",
            "AUD 120000000",
        ),
        (
            "en_nzd",
            En,
            "Wellington set aside NZ$40m for the rail link.",
            "NZ$40m",
            "NZD 40000000",
        ),
        (
            "en_cad",
            En,
            "The pipeline will cost C$2.5bn, the operator said.",
            "C$2.5bn",
            "CAD 2500000000",
        ),
        (
            "en_hkd",
            En,
            "Tickets sold for HK$300 each.",
            "HK$300",
            "HKD 300",
        ),
        (
            "en_sgd",
            En,
            "The port expansion is worth S$1.2bn.",
            "S$1.2bn",
            "SGD 1200000000",
        ),
        (
            "en_usd_prefix",
            En,
            "Exports reached US$15bn in the quarter.",
            "US$15bn",
            "USD 15000000000",
        ),
        (
            "en_brl",
            En,
            "The club was sold for R$90m to a fund.",
            "R$90m",
            "BRL 90000000",
        ),
        (
            "nl_aud",
            Nl,
            "Het mijnbedrijf leed een verlies van A$120m.",
            "A$120m",
            "AUD 120000000",
        ),
        (
            "nl_nzd",
            Nl,
            "De regering trekt NZ$40m uit voor de spoorlijn.",
            "NZ$40m",
            "NZD 40000000",
        ),
        (
            "nl_usd_prefix",
            Nl,
            "De export bedroeg US$15 miljard.",
            "US$15 miljard",
            "USD 15000000000",
        ),
        (
            "fr_cad",
            Fr,
            "Le chantier coûtera 3 milliards C$ selon Ottawa.",
            "3 milliards C$",
            "CAD 3000000000",
        ),
        (
            "fr_hkd",
            Fr,
            "Le billet coûte HK$300 à Kowloon.",
            "HK$300",
            "HKD 300",
        ),
        (
            "fr_brl",
            Fr,
            "Le club a été vendu R$90 millions.",
            "R$90 millions",
            "BRL 90000000",
        ),
    ]);
}

#[test]
fn money_02_a_currency_code_before_the_amount() {
    check(&[
        (
            "en_chf_m",
            En,
            "The bank paid a fine of CHF 3m in Bern.",
            "CHF 3m",
            "CHF 3000000",
        ),
        (
            "nl_chf_mln",
            Nl,
            "De bank betaalde CHF 3 mln boete.",
            "CHF 3 mln",
            "CHF 3000000",
        ),
        (
            "fr_chf_millions",
            Fr,
            "La banque a payé CHF 3 millions d'amende.",
            "CHF 3 millions",
            "CHF 3000000",
        ),
        (
            "en_aud_code",
            En,
            "The grant is AUD 5 million a year.",
            "AUD 5 million",
            "AUD 5000000",
        ),
    ]);
}

#[test]
fn money_03_a_short_scale_glued_to_the_number_in_every_language() {
    check(&[
        (
            "nl_pound_bn",
            Nl,
            "De overname is £2bn waard.",
            "£2bn",
            "GBP 2000000000",
        ),
        (
            "nl_euro_m",
            Nl,
            "Het stadion kost €40m extra.",
            "€40m",
            "EUR 40000000",
        ),
        (
            "nl_dollar_k",
            Nl,
            "Elk contract levert $500k op.",
            "$500k",
            "USD 500000",
        ),
        (
            "nl_mld_kept",
            Nl,
            "Het tekort loopt op tot €1,5 mld. dit jaar.",
            "€1,5 mld.",
            "EUR 1500000000",
        ),
        (
            "fr_pound_bn",
            Fr,
            "Le rachat est estimé à £2bn par la presse.",
            "£2bn",
            "GBP 2000000000",
        ),
        (
            "fr_m_euro_kept",
            Fr,
            "Le budget atteint 3,2 M€ cette année.",
            "3,2 M€",
            "EUR 3200000",
        ),
        (
            "fr_k_euro_kept",
            Fr,
            "Une aide de 450 k€ est prévue.",
            "450 k€",
            "EUR 450000",
        ),
        (
            "fr_md_dollar_kept",
            Fr,
            "La société a levé 1,5 Md$ en bourse.",
            "1,5 Md$",
            "USD 1500000000",
        ),
        (
            "en_pound_bn_kept",
            En,
            "The takeover is worth £2bn.",
            "£2bn",
            "GBP 2000000000",
        ),
    ]);
}

#[test]
fn money_04_a_lone_letter_and_dollar_apart_is_no_prefix() {
    // "A $5 fee": the article and the sign are apart; the amount is plain dollars.
    check(&[
        (
            "en_article_then_dollar",
            En,
            "A $5 fee applies to every ticket.",
            "$5",
            "USD 5",
        ),
        (
            "en_s_apart",
            En,
            "Fees rose to $12 per user.",
            "$12",
            "USD 12",
        ),
    ]);
}
