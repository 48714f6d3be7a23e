//! Numbers written without the standard library's float formatting
//! (`engine::digits`) read exactly as the formats they replace.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use proptest::prelude::*;
use shorewise::engine::digits::{fixed, scientific};

/// Rust's fixed-decimal format, except that a value rounding to zero has no sign:
/// `fixed` never writes "-0" (a figure on screen, in a file or a report).
fn rusts(v: f64, decimals: usize) -> String {
    let s = format!("{v:.decimals$}");
    match s.strip_prefix('-') {
        Some(rest) if rest.chars().all(|c| c == '0' || c == '.') => rest.to_owned(),
        _ => s,
    }
}

fn config() -> proptest::test_runner::Config {
    common::fixed_proptest(4096)
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn fixed_decimals_read_as_rusts(v in -1e12f64..1e12, decimals in 0usize..4) {
        prop_assert_eq!(fixed(v, decimals), rusts(v, decimals));
    }

    #[test]
    fn fixed_decimals_of_ties_and_near_ties_read_as_rusts(n in -100_000i64..100_000, decimals in 0usize..4, nudge in -2i64..=2) {
        // Values on and next to the halves where rounding must choose: n/2 × 10^-d.
        let tie = n as f64 / 2.0 / 10f64.powi(decimals as i32);
        let v = f64::from_bits((tie.to_bits() as i64 + nudge) as u64);
        prop_assert_eq!(fixed(v, decimals), rusts(v, decimals));
    }

    #[test]
    fn scientific_reads_as_rusts(mantissa in 1.0f64..10.0, exponent in -30i32..30) {
        let v = mantissa * 10f64.powi(exponent);
        let ours = scientific(v, 3);
        let rusts = format!("{v:.3e}");
        // The digits are those of a division by a power of ten: at most one unit apart
        // in the last place from the exact ones.
        let (a, b) = (ours.split_once('e').unwrap(), rusts.split_once('e').unwrap());
        let (x, y): (f64, f64) = (a.0.parse().unwrap(), b.0.parse().unwrap());
        prop_assert!(a.1 == b.1 || (x - y).abs() > 8.0, "{} vs {}", ours, rusts);
        prop_assert!((x - y).abs() <= 0.0011 || (x - y).abs() > 8.0, "{} vs {}", ours, rusts);
    }
}

#[test]
fn a_value_that_rounds_to_zero_has_no_sign() {
    for v in [-0.0, -0.4, -1e-9, -0.004] {
        assert_eq!(fixed(v, 0), "0", "{v}");
    }
    assert_eq!(fixed(-0.004, 2), "0.00");
    assert_eq!(fixed(-0.006, 2), "-0.01");
}

#[test]
fn special_values_read_as_rusts() {
    for v in [
        0.0,
        -0.0,
        0.5,
        1.5,
        2.5,
        -2.5,
        0.125,
        0.35,
        1e-7,
        f64::NAN,
        f64::INFINITY,
        -f64::INFINITY,
    ] {
        for d in 0..4 {
            assert_eq!(fixed(v, d), rusts(v, d), "{v} {d}");
        }
    }
    for v in [1e300, 1e-300, 0.00123, 12345e20, -3.0e-7] {
        assert_eq!(scientific(v, 3), format!("{v:.3e}"), "{v}");
    }
}
