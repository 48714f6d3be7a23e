//! The crate's one sort orders like the standard library's stable sort, equal elements
//! kept in their order.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use proptest::prelude::*;
use shorewise::engine::explain::{explain, Scored};
use shorewise::engine::order::{sort_by, sort_dedup};
use shorewise::engine::outcome::{Decision, Driver};

fn config() -> proptest::test_runner::Config {
    common::fixed_proptest(512)
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn sorts_stably_like_the_standard_library(v in proptest::collection::vec((0u8..6, any::<u16>()), 0..120)) {
        let mut ours = v.clone();
        let mut std = v;
        // Only the first member is compared: the second shows whether ties kept their order.
        sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
        std.sort_by_key(|a| a.0);
        prop_assert_eq!(ours, std);
    }

    #[test]
    fn sort_dedup_leaves_each_value_once_in_order(v in proptest::collection::vec(0u8..20, 0..60)) {
        let mut ours = v.clone();
        let mut std = v;
        sort_dedup(&mut ours);
        std.sort();
        std.dedup();
        prop_assert_eq!(ours, std);
    }

    /// An explanation keeps, of the answers worth half a point or more, the six largest,
    /// largest first and equal ones in driver order: what a stable sort of all of them
    /// cut at six gives. (Points on a half-point grid, so that ties are common.)
    #[test]
    fn an_explanation_keeps_the_six_largest_reasons_in_a_stable_order(
        cells in proptest::collection::vec(-12i8..=12, 2 * Driver::COUNT),
        with_rival in any::<bool>(),
    ) {
        let mut table = [[0.0; Driver::COUNT]; 4];
        for (i, c) in cells.iter().enumerate() {
            table[i / Driver::COUNT][i % Driver::COUNT] = f64::from(*c) / 2.0;
        }
        let scored = |option, score| Scored { option, score, excluded: None };
        let mut ranked = vec![scored(Decision::ALL[0], 1.0)];
        if with_rival {
            ranked.push(scored(Decision::ALL[1], 0.0));
        }
        let got = explain(&table, |d| d as usize, Decision::ALL[0], &ranked);
        let mut want: Vec<(Driver, f64)> = Driver::ALL
            .iter()
            .enumerate()
            .map(|(i, d)| (*d, table[0][i] - if with_rival { table[1][i] } else { 0.0 }))
            .filter(|(d, p)| *d != Driver::Baseline && p.abs() >= 0.5)
            .collect();
        want.sort_by(|x, y| y.1.abs().total_cmp(&x.1.abs()));
        want.truncate(6);
        let got: Vec<(Driver, f64)> = got.iter().map(|r| (r.driver, r.points)).collect();
        prop_assert_eq!(got, want);
    }
}

#[test]
fn descending_scores_with_ties_in_their_first_order() {
    let mut v = vec![
        (1.0, 'a'),
        (3.0, 'b'),
        (1.0, 'c'),
        (f64::NAN, 'd'),
        (3.0, 'e'),
    ];
    sort_by(&mut v, |x, y| y.0.total_cmp(&x.0));
    let order: String = v.iter().map(|x| x.1).collect();
    assert_eq!(order, "dbeac");
}
