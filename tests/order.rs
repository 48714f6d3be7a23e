//! The crate's one sort orders like the standard library's stable sort, equal elements
//! kept in their order.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed};
use shorewise::engine::order::{sort_by, sort_dedup};

fn config() -> Config {
    Config {
        cases: 512,
        rng_seed: RngSeed::Fixed(20261205),
        failure_persistence: None,
        ..Config::default()
    }
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
