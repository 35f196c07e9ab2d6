//! Adding a reader's articles to the page's files: which new files clash with an article already there
//! (the same id, compared case-insensitively as file systems may), and what each choice the page offers
//! for a clash does: replace the article added before, keep both (the new one under a free id), or
//! cancel. Free of web dependencies, tested natively; the page holds the clashes until the reader
//! chooses.

use super::source::SourceFile;
use std::collections::BTreeSet;

/// What the reader chooses for a file whose id is already in the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    /// The new file takes the place of the article added before (not offered for the page's own
    /// corpus).
    Replace,
    /// Both stay: the new file gets the first free id ([`free_id`]).
    KeepBoth,
    /// The new file is not added.
    Cancel,
}

/// A new file whose id is already in the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clash {
    /// The new file.
    pub file: SourceFile,
    /// The file name of the article already in the page.
    pub existing: String,
    /// Whether that article was added by the reader (it can be replaced), not embedded.
    pub replaceable: bool,
}

fn same_id(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b)
}

/// Splits new files into those that can be added as they are and those whose id is taken, by an
/// article of `files` or by an earlier one of `new`. `added` holds the ids the reader added (those
/// can be replaced).
pub fn sort_out(
    files: &[SourceFile],
    added: &BTreeSet<String>,
    new: &[SourceFile],
) -> (Vec<SourceFile>, Vec<Clash>) {
    let mut fresh: Vec<SourceFile> = Vec::new();
    let mut clashes = Vec::new();
    for f in new {
        let existing = files
            .iter()
            .map(|x| (x, added.contains(&x.id)))
            .chain(fresh.iter().map(|x| (x, false)))
            .find(|(x, _)| same_id(&x.id, &f.id));
        match existing {
            Some((x, replaceable)) => clashes.push(Clash {
                file: f.clone(),
                existing: x.file_name.clone(),
                replaceable,
            }),
            None => fresh.push(f.clone()),
        }
    }
    (fresh, clashes)
}

/// The first id of the form `{id}-2`, `{id}-3`, … that no file has (case-insensitively).
pub fn free_id(id: &str, files: &[SourceFile]) -> String {
    (2..)
        .map(|n| format!("{id}-{n}"))
        .find(|c| !files.iter().any(|f| same_id(&f.id, c)))
        .unwrap_or_else(|| id.to_string())
}

/// The files and added ids after the reader's choice for a clash; `None` when nothing changes
/// (Cancel, or a Replace of one of the page's own articles). A Replace of an article the reader removed
/// while the choice was waiting adds the file as new: nothing a reader chose to add is dropped.
pub fn resolve(
    files: &[SourceFile],
    added: &BTreeSet<String>,
    clash: &Clash,
    choice: Choice,
) -> Option<(Vec<SourceFile>, BTreeSet<String>)> {
    let mut files = files.to_vec();
    let mut added = added.clone();
    match choice {
        Choice::Cancel => return None,
        Choice::Replace => match files.iter().position(|x| same_id(&x.id, &clash.file.id)) {
            Some(at) if added.contains(&files[at].id) => {
                added.remove(&files[at].id);
                files[at] = clash.file.clone();
                added.insert(clash.file.id.clone());
            }
            Some(_) => return None,
            None => {
                added.insert(clash.file.id.clone());
                files.push(clash.file.clone());
            }
        },
        Choice::KeepBoth => {
            let id = free_id(&clash.file.id, &files);
            added.insert(id.clone());
            files.push(SourceFile {
                file_name: format!("{id}.txt"),
                id,
                text: clash.file.text.clone(),
            });
        }
    }
    Some((files, added))
}

/// [`resolve`] for every clash at once ("… all"): the files and added ids after, and the clashes still
/// waiting (those a Replace cannot apply to: the page's own articles).
pub fn resolve_all(
    files: &[SourceFile],
    added: &BTreeSet<String>,
    clashes: &[Clash],
    choice: Choice,
) -> (Vec<SourceFile>, BTreeSet<String>, Vec<Clash>) {
    let (mut files, mut added) = (files.to_vec(), added.clone());
    let mut waiting = Vec::new();
    for clash in clashes {
        match resolve(&files, &added, clash, choice) {
            Some((f, a)) => (files, added) = (f, a),
            None if choice == Choice::Replace => waiting.push(clash.clone()),
            None => {}
        }
    }
    (files, added, waiting)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(name: &str, text: &str) -> SourceFile {
        SourceFile {
            id: name.trim_end_matches(".txt").to_string(),
            file_name: name.to_string(),
            text: text.into(),
        }
    }

    fn ids(files: &[SourceFile]) -> Vec<&str> {
        files.iter().map(|f| f.id.as_str()).collect()
    }

    #[test]
    fn new_files_are_sorted_out() {
        let files = [file("seed.txt", "s"), file("mine.txt", "m")];
        let added: BTreeSet<String> = ["mine".to_string()].into();
        // (name, new files, fresh ids, clashes: (new file name, existing, replaceable))
        type Case = (
            &'static str,
            Vec<SourceFile>,
            Vec<&'static str>,
            Vec<(&'static str, &'static str, bool)>,
        );
        let cases: [Case; 5] = [
            (
                "new_id",
                vec![file("other.txt", "o")],
                vec!["other"],
                vec![],
            ),
            (
                "an_added_one_again",
                vec![file("mine.txt", "m2")],
                vec![],
                vec![("mine.txt", "mine.txt", true)],
            ),
            (
                "case_differs",
                vec![file("MINE.txt", "m2")],
                vec![],
                vec![("MINE.txt", "mine.txt", true)],
            ),
            (
                "the_pages_own",
                vec![file("seed.txt", "s2")],
                vec![],
                vec![("seed.txt", "seed.txt", false)],
            ),
            (
                "twice_in_one_drop",
                vec![file("x.txt", "1"), file("x.txt", "2")],
                vec!["x"],
                vec![("x.txt", "x.txt", false)],
            ),
        ];
        for (name, new, want_fresh, want_clashes) in cases {
            let (fresh, clashes) = sort_out(&files, &added, &new);
            assert_eq!(ids(&fresh), want_fresh, "{name}");
            let got: Vec<_> = clashes
                .iter()
                .map(|c| {
                    (
                        c.file.file_name.as_str(),
                        c.existing.as_str(),
                        c.replaceable,
                    )
                })
                .collect();
            assert_eq!(got, want_clashes, "{name}");
        }
    }

    #[test]
    fn each_choice_does_what_it_says() {
        let files = vec![
            file("seed.txt", "s"),
            file("mine.txt", "m"),
            file("mine-2.txt", "m"),
        ];
        let added: BTreeSet<String> = ["mine".to_string(), "mine-2".to_string()].into();
        let clash = |name: &str, replaceable| Clash {
            file: file(name, "new text"),
            existing: name.to_string(),
            replaceable,
        };
        // (name, clash, choice, ids after, text of the last id listed, added after)
        type Want = Option<(Vec<&'static str>, &'static str, Vec<&'static str>)>;
        let cases: [(&str, Clash, Choice, Want); 6] = [
            ("cancel", clash("mine.txt", true), Choice::Cancel, None),
            (
                "replace_keeps_the_place",
                clash("mine.txt", true),
                Choice::Replace,
                Some((
                    vec!["seed", "mine", "mine-2"],
                    "mine",
                    vec!["mine", "mine-2"],
                )),
            ),
            (
                "keep_both_takes_the_first_free_id",
                clash("mine.txt", true),
                Choice::KeepBoth,
                Some((
                    vec!["seed", "mine", "mine-2", "mine-3"],
                    "mine-3",
                    vec!["mine", "mine-2", "mine-3"],
                )),
            ),
            (
                "replace_of_one_removed_meanwhile_adds_it",
                clash("gone.txt", true),
                Choice::Replace,
                Some((
                    vec!["seed", "mine", "mine-2", "gone"],
                    "gone",
                    vec!["gone", "mine", "mine-2"],
                )),
            ),
            (
                "the_pages_own_is_not_replaced",
                clash("seed.txt", false),
                Choice::Replace,
                None,
            ),
            (
                "keep_both_beside_the_pages_own",
                clash("seed.txt", false),
                Choice::KeepBoth,
                Some((
                    vec!["seed", "mine", "mine-2", "seed-2"],
                    "seed-2",
                    vec!["mine", "mine-2", "seed-2"],
                )),
            ),
        ];
        for (name, clash, choice, want) in cases {
            let got = resolve(&files, &added, &clash, choice);
            let Some((want_ids, changed, want_added)) = want else {
                assert_eq!(got, None, "{name}");
                continue;
            };
            let (files, added) = got.expect(name);
            assert_eq!(ids(&files), want_ids, "{name}");
            let f = files.iter().find(|f| f.id == changed).expect(name);
            assert_eq!(&*f.text, "new text", "{name}");
            assert_eq!(f.file_name, format!("{changed}.txt"), "{name}");
            assert_eq!(
                added.iter().map(String::as_str).collect::<Vec<_>>(),
                want_added,
                "{name}"
            );
        }
    }

    #[test]
    fn a_choice_for_all_clashes() {
        let files = vec![
            file("seed.txt", "s"),
            file("a.txt", "a"),
            file("b.txt", "b"),
        ];
        let added: BTreeSet<String> = ["a".to_string(), "b".to_string()].into();
        let clash = |name: &str, replaceable| Clash {
            file: file(name, "new"),
            existing: name.to_string(),
            replaceable,
        };
        let clashes = [
            clash("a.txt", true),
            clash("b.txt", true),
            clash("seed.txt", false),
        ];
        // (name, choice, ids after, ids of the clashes still waiting)
        let cases = [
            ("cancel_all", Choice::Cancel, vec!["seed", "a", "b"], vec![]),
            (
                "replace_all_leaves_the_pages_own_waiting",
                Choice::Replace,
                vec!["seed", "a", "b"],
                vec!["seed"],
            ),
            (
                "keep_all",
                Choice::KeepBoth,
                vec!["seed", "a", "b", "a-2", "b-2", "seed-2"],
                vec![],
            ),
        ];
        for (name, choice, want_ids, want_waiting) in cases {
            let (files, _, waiting) = resolve_all(&files, &added, &clashes, choice);
            assert_eq!(ids(&files), want_ids, "{name}");
            let waiting: Vec<&str> = waiting.iter().map(|c| c.file.id.as_str()).collect();
            assert_eq!(waiting, want_waiting, "{name}");
            if choice == Choice::Replace {
                assert!(files[1..].iter().all(|f| &*f.text == "new"), "{name}");
            }
        }
    }
}
