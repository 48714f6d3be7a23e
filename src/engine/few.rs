//! A short list kept in place, for the lists advice carries whose length has a small
//! bound fixed by the code that fills them (reasons, risks, KPIs): advice, and every
//! copy of it a what-if makes, then needs no allocation for them. Reads as a slice.

use serde::{Serialize, Serializer};
use std::fmt;
use std::ops::Deref;

/// At most `N` values of a small `Copy` type, in order.
#[derive(Clone, Copy)]
pub struct Few<T: Copy, const N: usize> {
    items: [T; N],
    len: usize,
}

impl<T: Copy, const N: usize> Few<T, N> {
    /// An empty list; `filler` only fills the places not taken and is never read.
    pub const fn new(filler: T) -> Self {
        Self {
            items: [filler; N],
            len: 0,
        }
    }

    /// Adds `item` at the end. The callers add at most `N` (each list's bound is set by
    /// the code that fills it); a test build stops on one more, a release build keeps
    /// the first `N`.
    pub fn push(&mut self, item: T) {
        debug_assert!(self.len < N, "a list kept in place holds at most {N}");
        if let Some(place) = self.items.get_mut(self.len) {
            *place = item;
            self.len += 1;
        }
    }

    /// Puts `item` at `at` (at most the length), moving the ones after it down; when
    /// every place is taken, the last one falls off.
    pub fn insert(&mut self, at: usize, item: T) {
        let at = at.min(self.len);
        if at >= N {
            return;
        }
        let end = self.len.min(N - 1);
        self.items.copy_within(at..end, at + 1);
        self.items[at] = item;
        self.len = end + 1;
    }
}

impl<T: Copy, const N: usize> Extend<T> for Few<T, N> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, items: I) {
        for item in items {
            self.push(item);
        }
    }
}

impl<T: Copy, const N: usize> Deref for Few<T, N> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        &self.items[..self.len]
    }
}

impl<'a, T: Copy, const N: usize> IntoIterator for &'a Few<T, N> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<T: Copy + PartialEq, const N: usize> PartialEq for Few<T, N> {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl<T: Copy + fmt::Debug, const N: usize> fmt::Debug for Few<T, N> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<T: Copy + Serialize, const N: usize> Serialize for Few<T, N> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        (**self).serialize(s)
    }
}

#[cfg(test)]
mod tests {
    use super::Few;

    #[test]
    fn holds_what_is_pushed_in_order() {
        let mut few = Few::<u8, 3>::new(0);
        assert!(few.is_empty());
        few.push(7);
        few.extend([8, 9]);
        assert_eq!(&*few, &[7, 8, 9]);
        assert_eq!(few, {
            let mut same = Few::<u8, 3>::new(1);
            same.extend([7, 8, 9]);
            same
        });
    }

    #[test]
    fn insert_moves_the_rest_down_and_drops_the_last_when_full() {
        let mut few = Few::<u8, 3>::new(0);
        few.insert(0, 2);
        few.insert(0, 1);
        few.insert(5, 4);
        assert_eq!(&*few, &[1, 2, 4]);
        few.insert(2, 3);
        assert_eq!(&*few, &[1, 2, 3]);
        few.insert(3, 9);
        assert_eq!(&*few, &[1, 2, 3]);
    }
}
