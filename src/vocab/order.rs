//! One small stable sort for every list Shorewise orders (a handful of options, the
//! reasons of one recommendation, a few dozen countries, at most 200 processes): short
//! lists by insertion in place, longer ones by a bottom-up merge sort of positions,
//! compiled once, O(n log n). The standard library's
//! sorts are compiled again for every element type and comparison, several kilobytes
//! of wasm each; here only the few lines that put the elements in order are.

use std::cmp::Ordering;

/// The positions `0..n` in the order `cmp` gives them, equal ones in their first order.
fn order(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut from: Vec<usize> = (0..n).collect();
    let mut to = vec![0; n];
    let mut width = 1;
    while width < n {
        for start in (0..n).step_by(2 * width) {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut left, mut right) = (start, mid);
            for slot in &mut to[start..end] {
                // The left run's element goes first unless the right one is smaller:
                // equal elements keep their order.
                let take_left =
                    left < mid && (right >= end || cmp(from[right], from[left]) != Ordering::Less);
                if take_left {
                    *slot = from[left];
                    left += 1;
                } else {
                    *slot = from[right];
                    right += 1;
                }
            }
        }
        std::mem::swap(&mut from, &mut to);
        width *= 2;
    }
    from
}

/// Lists this short are sorted in place by insertion: no allocation, few comparisons.
const SHORT: usize = 12;

/// Sorts `v` by `cmp`, stably: equal elements keep their order.
pub fn sort_by<T>(v: &mut Vec<T>, mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() <= SHORT {
        sort_short(v, cmp);
        return;
    }
    let order = order(v.len(), &mut |i, j| cmp(&v[i], &v[j]));
    let mut items: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(order.into_iter().filter_map(|i| items[i].take()));
}

/// Sorts a short slice (a handful of options) by `cmp` in place, by insertion,
/// stably: equal elements keep their order.
pub fn sort_short<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && cmp(&v[j - 1], &v[j]) == Ordering::Greater {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Sorts `v` in its natural order and drops repeated elements.
pub fn sort_dedup<T: Ord>(v: &mut Vec<T>) {
    sort_by(v, T::cmp);
    v.dedup();
}
