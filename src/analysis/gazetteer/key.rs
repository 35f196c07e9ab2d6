//! Gazetteer keys: how a name or a run of tokens is normalised before it is looked up.
//!
//! A key is the phrase split the way `analysis::tokens` splits text (runs of letters, runs of ASCII digits,
//! single other characters), each piece lower-cased with typographic apostrophes as `'` and dashes as `-`
//! (as `Token::lower`), then **accent-folded** (`é` → `e`, `ń` → `n`, `ß` → `ss`, `ø` → `o`; Latin letters
//! U+00C0–U+024F) and joined with single spaces. Hyphens are dropped, so `Saint-Étienne`, `Saint Étienne` and
//! `saint etienne` are one key; other punctuation stays a piece of its own (`Côte d'Ivoire` → `cote d ' ivoire`,
//! `U.S.` → `u . s .`).
//!
//! ```text
//! use dossier::analysis::gazetteer::key::key;
//! assert_eq!(key("Den Haag"), "den haag");
//! assert_eq!(key("Gdańsk"), "gdansk");
//! assert_eq!(key("’s-Hertogenbosch"), "' s hertogenbosch");
//! assert_eq!(key("Rhénanie-du-Nord–Westphalie"), "rhenanie du nord westphalie");
//! ```
//!
//! The build script compiles the data files with this same file (`build.rs` includes it by path), so the
//! keys stored and the keys looked up cannot drift apart.

/// The folded form of each character U+00C0..=U+024F (`.`: none; the letters that fold to two are in
/// [`fold_char`]). Made from Unicode's canonical decompositions (base letter of the NFKD form).
const FOLD: [&str; 5] = [
    "aaaaaa.ceeeeiiiidnooooo.ouuuuy..aaaaaa.ceeeeiiiidnooooo.ouuuuy.yaaaaaaccccccccdd",
    "ddeeeeeeeeeegggggggghhhhiiiiiiiiii..jjkk.llllllllllnnnnnn...oooooo..rrrrrrssssss",
    "ssttttttuuuuuuuuuuuuwwyyyzzzzzzsb.......c.........f......kl.....oo.............u",
    "u....zz......................aaiioouuuuuuuuuueaaaa..ggggkkoooo..j...gg..nnaa....",
    "aaaaeeeeiiiioooorrrruuuusstt..hh....zzaaeeooooooooyy.......cc.........ee.j...r.y",
];

/// Appends the accent-folded form of one lower-case character to `out`.
pub fn fold_char(c: char, out: &mut String) {
    let two = match c {
        'ß' => "ss",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        'þ' | 'Þ' => "th",
        'ĳ' | 'Ĳ' => "ij",
        'ǆ' | 'ǅ' | 'Ǆ' | 'ǳ' | 'ǲ' | 'Ǳ' => "dz",
        'ǉ' | 'ǈ' | 'Ǉ' => "lj",
        'ǌ' | 'ǋ' | 'Ǌ' => "nj",
        _ => "",
    };
    if !two.is_empty() {
        out.push_str(two);
        return;
    }
    let cp = c as u32;
    if (0xC0..0x250).contains(&cp) {
        let i = (cp - 0xC0) as usize;
        let b = FOLD[i / 80].as_bytes()[i % 80];
        if b != b'.' {
            out.push(b as char);
            return;
        }
    }
    if !('\u{300}'..='\u{36f}').contains(&c) {
        out.push(c);
    }
}

/// Appends the folded form of one token's lower-case text (`Token::lower`) to `out`.
pub fn fold_word(lower: &str, out: &mut String) {
    if lower.is_ascii() {
        out.push_str(lower);
    } else {
        lower.chars().for_each(|c| fold_char(c, out));
    }
}

/// Typographic apostrophes as `'`, dashes as `-` (as `analysis::tokens` does).
fn normalise(c: char) -> char {
    match c {
        '’' | '‘' | 'ʼ' | '`' | '´' => '\'',
        '–' | '—' | '‐' | '‑' => '-',
        other => other,
    }
}

/// What kind of piece a character starts: 0 letters, 1 digits, 2 anything else.
fn piece(c: char) -> u8 {
    if c.is_alphabetic() {
        0
    } else if c.is_ascii_digit() {
        1
    } else {
        2
    }
}

/// The key of a phrase (see the module documentation). Empty when the phrase has no letters, digits or
/// punctuation other than hyphens.
pub fn key(phrase: &str) -> String {
    let mut out = String::with_capacity(phrase.len());
    let mut current: Option<u8> = None;
    for c in phrase.chars().map(normalise) {
        let combining = ('\u{300}'..='\u{36f}').contains(&c);
        if c.is_whitespace() {
            current = None;
            continue;
        }
        if combining && current == Some(0) {
            continue;
        }
        let kind = piece(c);
        if kind == 2 || current != Some(kind) {
            current = (kind != 2).then_some(kind);
            if c == '-' {
                continue;
            }
            if !out.is_empty() {
                out.push(' ');
            }
        }
        c.to_lowercase().for_each(|l| fold_char(l, &mut out));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::key;

    macro_rules! t {
        ($name:ident, $phrase:expr, $key:expr) => {
            #[test]
            fn $name() {
                assert_eq!(key($phrase), $key);
            }
        };
    }

    t!(lower_and_spaces, "  Den   Haag ", "den haag");
    t!(
        accents_fold,
        "Inès Gdańsk Łódź Ørsted",
        "ines gdansk lodz orsted"
    );
    t!(sharp_s_and_ligatures, "Straße Œuvre", "strasse oeuvre");
    t!(hyphen_is_a_space, "Saint-Étienne", "saint etienne");
    t!(typographic_apostrophe, "Côte d’Ivoire", "cote d ' ivoire");
    t!(leading_apostrophe, "'s-Gravenhage", "' s gravenhage");
    t!(dots_stay, "U.S.", "u . s .");
    t!(letters_then_digits, "A4 Euro2024", "a 4 euro 2024");
    t!(combining_marks_fold, "Ine\u{300}s", "ines");
    t!(
        romanian_comma_below,
        "Timișoara Constanța",
        "timisoara constanta"
    );
    t!(non_latin_kept, "Москва", "москва");
    t!(only_hyphens_is_empty, " - – ", "");
}
