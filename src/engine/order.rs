//! One small stable sort for every list Shorewise orders (a handful of options, the
//! reasons of one recommendation, a few dozen countries, at most 200 processes): binary
//! insertion, O(n log n) comparisons. The standard library's sorts are faster on long
//! lists but are compiled again for every element type and comparison, several
//! kilobytes of wasm each.

use std::cmp::Ordering;

/// Sorts `v` by `cmp`, stably: equal elements keep their order.
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..v.len() {
        let (sorted, rest) = v.split_at(i);
        let at = sorted.partition_point(|x| cmp(x, &rest[0]) != Ordering::Greater);
        v[at..=i].rotate_right(1);
    }
}

/// Sorts `v` in its natural order and drops repeated elements.
pub fn sort_dedup<T: Ord>(v: &mut Vec<T>) {
    sort_by(v, T::cmp);
    v.dedup();
}
