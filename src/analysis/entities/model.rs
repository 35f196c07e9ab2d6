//! The learned typer's weights: for each feature ([`super::features`]) one weight per class
//! ([`CLASSES`]: PER, ORG, LOC, MISC, or no entity), from `model/weights.bin`, which
//! `cargo run --release --example train_ner` writes (an averaged perceptron over the training data in `data/train/`;
//! see `model/README.md` for the data, its versions and licences).
//!
//! **File format**: see [`compact::read_file`]. `build.rs` converts the file to a compact form
//! ([`compact`]) that the library embeds; a malformed file fails the build with a message.

pub mod compact;

use crate::analysis::mention::EntityType;
use std::sync::OnceLock;

/// The classes a candidate span is scored for, in weight-row order (`None`: not an entity).
pub const CLASSES: [Option<EntityType>; 5] = [
    Some(EntityType::Person),
    Some(EntityType::Organisation),
    Some(EntityType::Place),
    Some(EntityType::Misc),
    None,
];

/// The index of the no-entity class in [`CLASSES`].
pub const NONE: usize = 4;

/// The index of a type in [`CLASSES`] (money and percentages have none).
pub fn class_index(kind: EntityType) -> Option<usize> {
    CLASSES.iter().position(|c| *c == Some(kind))
}

/// The weights in the compact form `build.rs` writes from `model/weights.bin`.
static WEIGHTS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/weights.compact"));

/// The weights, with an open-addressing index over the keys.
#[derive(Debug)]
pub struct Model {
    /// Slot → key (0: empty).
    slots: Vec<u32>,
    /// Slot → row.
    rows: Vec<u32>,
    weights: Vec<[i8; 5]>,
    shift: u32,
}

impl Model {
    /// Parses the trainer's weight file ([`compact::read_file`]; the trainer's held-out evaluation reads
    /// its fresh weights this way). Errors name what is wrong.
    pub fn parse(bytes: &[u8]) -> Result<Model, String> {
        compact::read_file(bytes).map(|rows| Model::from_rows(&rows))
    }

    /// A model from rows with strictly increasing, non-zero keys.
    fn from_rows(rows: &[compact::Row]) -> Model {
        let n = rows.len();
        let bits = (n * 2).max(16).next_power_of_two().trailing_zeros();
        let size = 1usize << bits;
        let mut slots = vec![0u32; size];
        let mut index = vec![0u32; size];
        for (row, &(k, _)) in rows.iter().enumerate() {
            let mut s = slot(k, 32 - bits);
            while slots[s] != 0 {
                s = (s + 1) & (size - 1);
            }
            slots[s] = k;
            index[s] = row as u32;
        }
        Model {
            slots,
            rows: index,
            weights: rows.iter().map(|r| r.1).collect(),
            shift: 32 - bits,
        }
    }

    /// The weights of a feature, if the model has it.
    pub fn get(&self, key: u32) -> Option<&[i8; 5]> {
        let mask = self.slots.len() - 1;
        let mut s = slot(key, self.shift);
        loop {
            match self.slots[s] {
                0 => return None,
                k if k == key => return Some(&self.weights[self.rows[s] as usize]),
                _ => s = (s + 1) & mask,
            }
        }
    }

    /// The score of each class for a set of features.
    pub fn scores(&self, features: &[u32]) -> [i32; 5] {
        let mut total = [0i32; 5];
        for &f in features {
            if let Some(w) = self.get(f) {
                for c in 0..5 {
                    total[c] += i32::from(w[c]);
                }
            }
        }
        total
    }

    /// The number of features.
    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.weights.len()
    }
}

fn slot(key: u32, shift: u32) -> usize {
    (key.wrapping_mul(0x9e37_79b9) >> shift) as usize
}

/// The embedded model (parsed on first use).
pub fn model() -> &'static Model {
    static M: OnceLock<Model> = OnceLock::new();
    M.get_or_init(|| Model::from_rows(&compact::expand(WEIGHTS).unwrap_or_else(|e| panic!("{e}"))))
}

/// The trainer's file without the rows the embedded model leaves out at `below` ([`compact::kept`]):
/// what the page would score with if `below` were [`compact::PRUNE_BELOW`], for measuring a threshold
/// on held-out training data (`examples/train_ner.rs`, `PRUNE`). Errors are [`compact::read_file`]'s.
pub fn prune(file: &[u8], below: u8) -> Result<Vec<u8>, String> {
    let mut rows: Vec<compact::Row> = compact::read_file(file)?
        .into_iter()
        .filter(|r| compact::kept(r, below))
        .collect();
    Ok(encode(&mut rows))
}

/// Writes weights in the file format: `rows` are (key, weights), any order; keys must be non-zero and
/// distinct.
pub fn encode(rows: &mut [(u32, [i8; 5])]) -> Vec<u8> {
    rows.sort_by_key(|r| r.0);
    let mut out = b"DNER\x01\x05\x00\x00".to_vec();
    out.extend((rows.len() as u32).to_le_bytes());
    for r in rows.iter() {
        out.extend(r.0.to_le_bytes());
    }
    for r in rows.iter() {
        out.extend(r.1.iter().map(|&w| w as u8));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_round_trip_through_the_file_format() {
        let mut rows = vec![(7, [1, -2, 3, -4, 5]), (3, [0, 0, 0, 0, 127])];
        let m = Model::parse(&encode(&mut rows)).unwrap();
        assert_eq!(m.get(7), Some(&[1, -2, 3, -4, 5]));
        assert_eq!(m.get(3), Some(&[0, 0, 0, 0, 127]));
        assert_eq!(m.get(4), None);
        assert_eq!(m.scores(&[7, 3, 9]), [1, -2, 3, -4, 132]);
    }

    #[test]
    fn a_malformed_weight_file_is_refused_with_a_reason() {
        assert!(Model::parse(b"DNER").unwrap_err().contains("weights.bin"));
        let mut bytes = encode(&mut [(1, [0; 5])]);
        bytes.pop();
        assert!(Model::parse(&bytes).unwrap_err().contains("expected"));
    }

    #[test]
    fn the_compact_form_keeps_every_non_zero_row() {
        let mut rows = vec![
            (1, [0, 0, 0, 0, 0]),
            (2, [1, 0, 0, 0, -1]),
            (70_000, [-128, 127, 0, 0, 1]),
            (u32::MAX, [0, 0, 3, 0, 0]),
        ];
        let file = encode(&mut rows);
        let back = compact::expand(&compact::compact(&file, 1).unwrap()).unwrap();
        assert_eq!(back, compact::read_file(&file).unwrap()[1..]);
        let pruned = compact::expand(&compact::compact(&file, 3).unwrap()).unwrap();
        assert_eq!(pruned, [rows[2], rows[3]]);
        assert_eq!(Model::parse(&prune(&file, 3).unwrap()).unwrap().len(), 2);
        assert!(compact::expand(&[1, 0, 0, 0]).is_err());
    }

    #[test]
    fn the_embedded_model_is_the_weight_file_without_its_small_rows() {
        let file = compact::read_file(include_bytes!("model/weights.bin")).unwrap();
        let kept: Vec<_> = file
            .into_iter()
            .filter(|r| r.1.iter().any(|w| w.unsigned_abs() >= compact::PRUNE_BELOW))
            .collect();
        assert_eq!(compact::expand(WEIGHTS).unwrap(), kept);
    }

    /// (weights, threshold, kept?)
    #[test]
    fn a_row_is_kept_when_one_weight_reaches_the_threshold() {
        let t = |w: [i8; 5], below: u8, want: bool| {
            assert_eq!(compact::kept(&(1, w), below), want, "{w:?} below {below}");
        };
        t([0; 5], 0, false);
        t([0; 5], 1, false);
        t([0, 0, 0, 0, 1], 1, true);
        t([5, -5, 5, 0, 0], 6, false);
        t([5, -6, 0, 0, 0], 6, true);
        t([0, 0, 0, 0, -128], 6, true);
        t([0, 0, 127, 0, 0], 127, true);
    }

    #[test]
    fn the_embedded_model_loads() {
        assert!(model().len() > 1000, "{} features", model().len());
    }
}
