//! Reading what the user types as a number, in their styles or any style where the
//! text can mean only one number, and what a field takes from it.

use super::{browser, style, NumberStyle};

/// What a typed text reads as.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Reading {
    /// One number.
    Number(f64),
    /// One mark before exactly three digits that the reader's own styles do not
    /// settle: a thousands separator ("1,200" as 1200) or a decimal mark (1.2).
    Either {
        /// The number read with the mark as a thousands separator.
        thousands: f64,
        /// The number read with the mark as a decimal mark.
        decimal: f64,
    },
    /// No number.
    NotANumber,
}

/// Reads what the user typed, in their styles: the shown one and the browser's (see
/// [`read_in`]).
pub fn read(text: &str) -> Reading {
    read_in(text, &[style(), browser()])
}

/// Reads a typed number for a reader who writes in `styles`. Spaces are ignored, and
/// a point, a comma or an apostrophe may separate thousands ("1,200,000", "1.200.000",
/// "1 200 000", "1'200'000"; lakh groups "12,34,567" too). Where both a point and a
/// comma appear, the last is the decimal mark; a mark that appears more than once
/// separates thousands; a single mark is a decimal mark unless exactly three digits
/// follow it after one to three digits ("2,5" and "2.5" are 2.5 in any style). Then
/// ("1,200") the reader's styles decide, and where they disagree or say nothing, both
/// readings are returned. Nothing is ever read as a thousand times what the reader
/// meant without asking. Exponents ("1e6") take a point.
pub fn read_in(text: &str, styles: &[NumberStyle]) -> Reading {
    let cleaned: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{202f}'))
        .map(|c| match c {
            '\u{2212}' => '-',
            '\u{2019}' => '\'',
            c => c,
        })
        .collect();
    if cleaned.contains(['e', 'E']) {
        return crate::files::decimal(&cleaned)
            .filter(|v| v.is_finite())
            .map_or(Reading::NotANumber, Reading::Number);
    }
    let (negative, body) = match cleaned.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, cleaned.strip_prefix('+').unwrap_or(&cleaned)),
    };
    let value = |mark: Option<char>| digits_with(body, mark).map(|v| if negative { -v } else { v });
    let count = |mark: char| body.matches(mark).count();
    let reading = match (count(','), count('.')) {
        (0, 0) => value(None),
        (commas, points) if commas > 0 && points > 0 => {
            let last = if body.rfind(',') > body.rfind('.') {
                ','
            } else {
                '.'
            };
            value(Some(last))
        }
        (commas, points) if commas + points > 1 => value(None),
        (commas, _) => {
            let mark = if commas == 1 { ',' } else { '.' };
            match (value(None), value(Some(mark))) {
                (Some(thousands), Some(decimal)) => {
                    return match meaning(styles, mark) {
                        Some(true) => Reading::Number(decimal),
                        Some(false) => Reading::Number(thousands),
                        None => Reading::Either { thousands, decimal },
                    }
                }
                (thousands, decimal) => thousands.or(decimal),
            }
        }
    };
    reading.map_or(Reading::NotANumber, Reading::Number)
}

/// What the reader's styles make of `mark`: `Some(true)` a decimal mark, `Some(false)` a
/// thousands separator, `None` when they disagree or none uses it.
fn meaning(styles: &[NumberStyle], mark: char) -> Option<bool> {
    let decimal = styles.iter().any(|s| s.decimal == mark);
    let group = styles.iter().any(|s| s.group == mark);
    (decimal != group).then_some(decimal)
}

/// The value of unsigned `body` with `decimal` as its decimal mark (`None`: a whole
/// number) and any other mark separating thousands: one kind of separator, groups of
/// three after a first of one to three digits not starting with 0 (or lakh groups of
/// two before a last group of three).
fn digits_with(body: &str, decimal: Option<char>) -> Option<f64> {
    let (whole, fraction) = match decimal {
        Some(mark) => body.split_once(mark)?,
        None => (body, ""),
    };
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(fraction) || (whole.is_empty() && fraction.is_empty()) {
        return None;
    }
    if let Some(sep) = whole.chars().find(|c| !c.is_ascii_digit()) {
        if !matches!(sep, ',' | '.' | '\'') {
            return None;
        }
        let last = whole.split(sep).count() - 1;
        let (mut western, mut lakh) = (true, true);
        for (i, g) in whole.split(sep).enumerate() {
            let n = g.len();
            let (w, l) = match i {
                0 => ((1..=3).contains(&n), (1..=2).contains(&n)),
                _ if i == last => (n == 3, n == 3),
                _ => (n == 3, n == 2),
            };
            western &= w;
            lakh &= l;
            if !all_digits(g) || (i == 0 && g.starts_with('0')) {
                return None;
            }
        }
        if !(western || lakh) {
            return None;
        }
    }
    let mut plain: String = whole.chars().filter(char::is_ascii_digit).collect();
    if !fraction.is_empty() {
        plain.push('.');
        plain.push_str(fraction);
    }
    crate::files::decimal(&plain).filter(|v| v.is_finite())
}

/// Why a typed number cannot be used in a field.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Problem {
    /// Nothing typed.
    Empty,
    /// No number.
    NotANumber,
    /// Below zero, in a field that takes none.
    Negative,
    /// Below the least the field takes.
    TooSmall,
    /// Above the most the field takes.
    TooLarge,
    /// Thousands or decimals: see [`Reading::Either`].
    Either {
        /// Read with thousands.
        thousands: f64,
        /// Read with decimals.
        decimal: f64,
    },
}

/// The value a field from `min` to `max` takes from what the user typed, or why it
/// takes none. Of two readings, one the field cannot take is no question.
pub fn value_in(text: &str, min: f64, max: f64) -> Result<f64, Problem> {
    if text.trim().is_empty() {
        return Err(Problem::Empty);
    }
    let fits = |v: f64| (min..=max).contains(&v);
    match read(text) {
        Reading::Number(v) if fits(v) => Ok(v),
        Reading::Number(v) if v > max => Err(Problem::TooLarge),
        Reading::Number(v) if v < 0.0 && min >= 0.0 => Err(Problem::Negative),
        Reading::Number(_) => Err(Problem::TooSmall),
        Reading::Either { thousands, decimal } => match (fits(thousands), fits(decimal)) {
            (true, false) => Ok(thousands),
            (false, true) => Ok(decimal),
            (false, false) if decimal > max => Err(Problem::TooLarge),
            (false, false) => Err(Problem::TooSmall),
            (true, true) => Err(Problem::Either { thousands, decimal }),
        },
        Reading::NotANumber => Err(Problem::NotANumber),
    }
}
