//! `cargo xtask gen-corpus N DIR [SEED]`: a deterministic corpus of N articles for scale tests and
//! benchmarks, made from the seed articles with varied publication dates, names, amounts and years, in
//! all three languages. The same N and SEED always give the same files.

use std::path::Path;

/// A small deterministic generator (xorshift64*).
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
}

const COMPANIES: [&str; 12] = [
    "Brightwave",
    "Quantix",
    "Orvalis",
    "Vertania",
    "Helionet",
    "Corvida",
    "Nimbusoft",
    "Asterion",
    "Kobalt",
    "Lumera",
    "Tessaro",
    "Veridian",
];
const PEOPLE: [&str; 8] = [
    "Sanne de Vries",
    "Pierre Lambert",
    "Laura Chen",
    "Tom Jansen",
    "Claire Martin",
    "David Okafor",
    "Eva Smit",
    "Marc Dubois",
];

/// Writes `n` articles into `dir`, returning how many bytes were written.
pub fn generate(seeds: &Path, dir: &Path, n: usize, seed: u64) -> Result<usize, String> {
    let mut sources: Vec<(String, String)> = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(seeds)
        .map_err(|e| e.to_string())?
        .flatten()
        .collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let name = e.file_name().to_string_lossy().into_owned();
        if name.ends_with(".txt") {
            sources.push((
                name,
                std::fs::read_to_string(e.path()).map_err(|e| e.to_string())?,
            ));
        }
    }
    if sources.is_empty() {
        return Err(format!("no .txt articles in {}", seeds.display()));
    }
    std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    let mut rng = Rng(seed.max(1));
    let mut bytes = 0;
    for i in 0..n {
        let (_, text) = &sources[i % sources.len()];
        let year = 2015 + rng.below(10) as i32;
        let month = 1 + rng.below(12);
        let mut body = text.trim_start().to_string();
        // Drop an existing header; give most articles a new one, leave some undated.
        if let Some(rest) = body.strip_prefix("date ") {
            body = rest
                .split_once(' ')
                .map_or(String::new(), |(_, r)| r.to_string());
        }
        for (from, to) in [
            ("Microsoft", COMPANIES[rng.below(COMPANIES.len())]),
            ("Amazon", COMPANIES[rng.below(COMPANIES.len())]),
        ] {
            body = body.replace(from, to);
        }
        body = body
            .replace("Jeff Bezos", PEOPLE[rng.below(PEOPLE.len())])
            .replace("Donald Trump", PEOPLE[rng.below(PEOPLE.len())]);
        for old in ["2019", "2020"] {
            let shifted = (old.parse::<i32>().unwrap_or(2019) - 2020 + year).to_string();
            body = body.replace(old, &shifted);
        }
        let header = if rng.below(5) == 0 {
            String::new()
        } else {
            format!(" date {year:04}-{month:02} ")
        };
        let content = format!("{header}{body}");
        bytes += content.len();
        std::fs::write(dir.join(format!("{i:05}_generated.txt")), content)
            .map_err(|e| e.to_string())?;
    }
    Ok(bytes)
}
