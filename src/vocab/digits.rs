//! Numbers written as text without the standard library's float formatting, whose
//! exact and shortest digit generators (with their big-number arithmetic and tables)
//! would otherwise be part of the wasm for a few dozen `{:.1}`s. Each function gives the
//! same text as the format it replaces over the values Shorewise shows (checked against
//! it by `tests/digits.rs`). The shortest text that reads back (`{}`) is
//! [`crate::files::shortest`], which the browser writes.

/// Largest integer below which every whole number is exactly an `f64`.
const EXACT: f64 = 9_007_199_254_740_992.0;

/// `v` with `decimals` digits after the point (at most 9), rounded half to even on its
/// exact value: the text of `format!("{v:.decimals$}")` for every `v` whose scaled value
/// is below 2⁵³ (beyond that, the integer part of the scaled value is exact and the text
/// the same up to 2⁶³), except that a value rounding to zero is written without a
/// sign (`0`, never Rust's `-0`). `NaN`, `inf` and `-inf` as Rust writes them.
pub fn fixed(v: f64, decimals: usize) -> String {
    if v.is_nan() {
        return "NaN".to_owned();
    }
    if v.is_infinite() {
        return if v > 0.0 { "inf" } else { "-inf" }.to_owned();
    }
    let decimals = decimals.min(9);
    let scale = 10f64.powi(decimals as i32);
    let scaled = v.abs() * scale;
    let n = if scaled < EXACT {
        round_half_even(v.abs(), scale, scaled)
    } else {
        scaled
    };
    // Whole numbers up to 2⁶⁴ are written exactly; beyond, the scaled value saturates.
    let digits = (n as u64).to_string();
    // A value that rounds to zero is written without a sign: never "-0".
    let negative = v.is_sign_negative() && n != 0.0;
    let mut out = String::with_capacity(digits.len() + decimals + 3);
    if negative {
        out.push('-');
    }
    if decimals == 0 {
        out.push_str(&digits);
    } else if digits.len() > decimals {
        let (whole, fraction) = digits.split_at(digits.len() - decimals);
        out.push_str(whole);
        out.push('.');
        out.push_str(fraction);
    } else {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', decimals - digits.len()));
        out.push_str(&digits);
    }
    out
}

/// The whole number nearest to `a × scale` (both non-negative, `scaled` their rounded
/// product), ties to even, decided on the exact product: the product's rounding error is
/// recovered exactly with a fused multiply-add, so a product that merely looks like a
/// tie (0.35 × 10 rounds to 3.5) goes the way its exact value lies.
fn round_half_even(a: f64, scale: f64, scaled: f64) -> f64 {
    let floor = scaled.floor();
    let fraction = scaled - floor;
    if fraction != 0.5 {
        // The exact product lies on the same side of the half as the rounded one (they
        // differ by at most half a unit in the last place, and the half is such a unit).
        return if fraction < 0.5 { floor } else { floor + 1.0 };
    }
    let error = a.mul_add(scale, -scaled);
    if error > 0.0 || (error == 0.0 && floor % 2.0 != 0.0) {
        floor + 1.0
    } else {
        floor
    }
}

/// `v` brought within `low..=high` (`NaN` to `low`). `f64::clamp` would do, but its
/// check of the bounds formats them in its panic message, which alone brings the
/// standard library's float formatting into the wasm.
pub fn within(v: f64, low: f64, high: f64) -> f64 {
    v.max(low).min(high)
}

/// `v` in scientific notation with `decimals` digits after the point, as
/// `format!("{v:.decimals$e}")` writes it (`1.000e300`, `-2.50e-7`); the digits are
/// those of `v` divided by its power of ten, which may differ from the exact ones in
/// the last place for very large or very small powers.
pub fn scientific(v: f64, decimals: usize) -> String {
    if !v.is_finite() || v == 0.0 {
        return if v == 0.0 {
            format!("{}e0", fixed(v, decimals))
        } else {
            fixed(v, decimals)
        };
    }
    let mut exponent = v.abs().log10().floor() as i32;
    let mut mantissa = fixed(v / 10f64.powi(exponent), decimals);
    // Rounding up to ten: one more power of ten.
    if mantissa.trim_start_matches('-').starts_with("10") {
        exponent += 1;
        mantissa = fixed(v / 10f64.powi(exponent), decimals);
    }
    format!("{mantissa}e{exponent}")
}

/// [`fixed`] as a format argument: `format!("{}", Fixed(v, 1))` writes what
/// `format!("{v:.1}")` would.
#[derive(Clone, Copy, Debug)]
pub struct Fixed(pub f64, pub usize);

impl std::fmt::Display for Fixed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&fixed(self.0, self.1))
    }
}
