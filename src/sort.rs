//! Stable sorting through one shared copy of the standard library's sort.
//!
//! `slice::sort_by` is generic over the element type and the comparison, so every call site with its
//! own closure gets its own copy of the whole sort (driftsort, about 1–2 KB of wasm each, several per
//! call site); in the web app they added up to a tenth of the code. [`sort_by`] and [`sort_by_key`]
//! sort a list of positions instead, with the comparison behind a `dyn` reference, so the program holds
//! one copy of the sort for all of them, then move the elements into that order. The result is the
//! standard library's stable sort's, element for element: equal elements keep their order.
//! Costs one `u32` per element and an indirect call per comparison.
//!
//! The same holds for collecting into a `BTreeSet`: `FromIterator` sorts the items first with a copy of
//! the stable sort for each element type. [`set`] inserts them one by one instead, with no sort.

use std::cmp::Ordering;
use std::collections::BTreeSet;

/// The set of `items`, as `items.into_iter().collect::<BTreeSet<_>>()` gives, built by inserting each
/// in turn (O(n log n) like the collect, without the sort's code for `T`).
pub fn set<T: Ord>(items: impl IntoIterator<Item = T>) -> BTreeSet<T> {
    let mut set = BTreeSet::new();
    set.extend(items);
    set
}

/// Sorts `v` stably by `compare`, as `v.sort_by(compare)` does.
pub fn sort_by<T>(v: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let len = u32::try_from(v.len()).expect("fewer than 2^32 elements");
    let mut order: Vec<u32> = (0..len).collect();
    sort_positions(&mut order, &mut |a, b| {
        compare(&v[a as usize], &v[b as usize])
    });
    permute(v, &mut order);
}

/// Sorts `v` stably by the key `key` gives each element, as `v.sort_by_key(key)` does.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` stably in ascending order, as `v.sort()` does.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// The one instance of the standard library's stable sort.
#[inline(never)]
fn sort_positions(order: &mut [u32], compare: &mut dyn FnMut(u32, u32) -> Ordering) {
    order.sort_by(|&a, &b| compare(a, b));
}

/// Moves the elements so that position `k` holds what was at `order[k]`, following each cycle of the
/// permutation once (`order` is used up).
fn permute<T>(v: &mut [T], order: &mut [u32]) {
    const DONE: u32 = u32::MAX;
    for start in 0..v.len() {
        let mut at = start;
        while order[at] != DONE {
            let next = order[at] as usize;
            order[at] = DONE;
            if next == start {
                break;
            }
            v.swap(at, next);
            at = next;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn equal_keys_keep_their_order() {
        let mut v = vec![(2, 'a'), (1, 'b'), (2, 'c'), (0, 'd'), (1, 'e')];
        sort_by_key(&mut v, |e| e.0);
        assert_eq!(v, [(0, 'd'), (1, 'b'), (1, 'e'), (2, 'a'), (2, 'c')]);
    }

    #[test]
    fn a_set_keeps_one_of_each_in_order() {
        let s = set(["b", "a", "c", "a"]);
        assert_eq!(s.into_iter().collect::<Vec<_>>(), ["a", "b", "c"]);
        assert!(set(Vec::<u8>::new()).is_empty());
    }

    proptest! {
        #[test]
        fn the_same_order_as_the_standard_library(v in proptest::collection::vec((0u8..8, any::<u16>()), 0..200)) {
            let mut ours = v.clone();
            let mut std = v.clone();
            sort_by_key(&mut ours, |e| e.0);
            std.sort_by_key(|e| e.0);
            prop_assert_eq!(&ours, &std);
            let mut ours = v.clone();
            let mut std = v;
            sort_by(&mut ours, |a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            std.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            prop_assert_eq!(ours, std);
        }
    }
}
