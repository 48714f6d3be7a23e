//! How the user writes numbers: the decimal mark and thousands separator of their
//! language (`1,234.5`, `1.234,5`, `1 234,5`), set once at start, and reading what they
//! type in that style. Plain functions, tested natively (`tests/numbers.rs`).

use std::cell::Cell;

/// How numbers are written: the decimal mark and the thousands separator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NumberStyle {
    /// Decimal mark.
    pub decimal: char,
    /// Thousands separator.
    pub group: char,
}

impl NumberStyle {
    /// `1,234.5`: English, and most of Asia.
    pub const POINT: Self = Self {
        decimal: '.',
        group: ',',
    };
    /// `1.234,5`: German, Spanish, Italian, Dutch, Portuguese, Danish, Turkish…
    pub const COMMA: Self = Self {
        decimal: ',',
        group: '.',
    };
    /// `1 234,5`: French, Polish, Czech, Swedish, Finnish, Norwegian, Russian…
    /// (a no-break space between thousands).
    pub const COMMA_SPACE: Self = Self {
        decimal: ',',
        group: '\u{a0}',
    };

    /// The style of a BCP 47 language tag (`de-DE`, `fr`, `en-GB`); the point style for
    /// a language not listed.
    pub fn of_language(tag: &str) -> Self {
        let language = tag
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match language.as_str() {
            "de" | "es" | "it" | "nl" | "pt" | "da" | "tr" | "id" | "ro" | "el" | "hr" | "sl"
            | "sr" | "is" | "vi" => Self::COMMA,
            "fr" | "pl" | "cs" | "sk" | "sv" | "fi" | "nb" | "nn" | "no" | "ru" | "uk" | "hu"
            | "lt" | "lv" | "et" | "bg" => Self::COMMA_SPACE,
            _ => Self::POINT,
        }
    }
}

thread_local! {
    static STYLE: Cell<NumberStyle> = const { Cell::new(NumberStyle::POINT) };
}

/// The number style of displayed and typed numbers.
pub fn style() -> NumberStyle {
    STYLE.with(Cell::get)
}

/// Sets the number style (once at start, from the browser's language).
pub fn set_style(style: NumberStyle) {
    STYLE.with(|s| s.set(style));
}

/// A number written with a point as written in the user's style (`6.5` → `6,5`).
pub(crate) fn decimal(point: String) -> String {
    let d = style().decimal;
    if d == '.' {
        point
    } else {
        point.replace('.', d.encode_utf8(&mut [0; 4]))
    }
}

/// Parses what a person types as a number, in the user's number style (see
/// [`parse_number_in`]).
pub fn parse_number(text: &str) -> Option<f64> {
    parse_number_in(text, style())
}

/// Parses what a person types as a number written in `style`: spaces are allowed, and
/// thousands separators only where they separate thousands ("1,200,000" in English,
/// "1.200.000" in German). A separator anywhere else ("2,5" in English, "2.5" in German)
/// makes the text no number, so a decimal mark of the other style is never read as a
/// thousands separator, and nothing is ever read as a thousand times the amount.
pub fn parse_number_in(text: &str, style: NumberStyle) -> Option<f64> {
    let cleaned: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}')
        .collect();
    let (whole, fraction) = cleaned.split_once(style.decimal).unwrap_or((&cleaned, ""));
    if fraction.contains([',', '.']) || !thousands_ok(whole, style.group) {
        return None;
    }
    let whole: String = whole.chars().filter(|c| *c != style.group).collect();
    let plain = if fraction.is_empty() && !cleaned.ends_with(style.decimal) {
        whole
    } else {
        format!("{whole}.{fraction}")
    };
    crate::files::decimal(&plain).filter(|v| v.is_finite())
}

/// Whether the separators of a number's whole part separate thousands: one to three
/// digits, then groups of exactly three. A space style's separator is a space, which
/// is removed before this; the other style's mark is never a separator.
fn thousands_ok(whole: &str, group: char) -> bool {
    let digits = whole.trim_start_matches(['+', '-']);
    let other = if group == ',' { '.' } else { ',' };
    if digits.contains(other) || (group.is_whitespace() && digits.contains([',', '.'])) {
        return false;
    }
    let mut groups = digits.split(group);
    let first_ok = groups
        .next()
        .is_some_and(|g| !digits.contains(group) || (1..=3).contains(&g.len()));
    first_ok && groups.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()))
}

/// The number a person most likely meant when they typed the other style's decimal
/// mark ("2,5" where a point is expected, "2.5" where a comma is), written in the
/// user's style, for the message that asks them to use it. `None` where the text reads
/// as thousands ("1,200") or is no number at all.
pub fn decimal_comma(text: &str) -> Option<String> {
    let style = style();
    let other = if style.decimal == '.' { ',' } else { '.' };
    let t = text.trim();
    let (whole, fraction) = t.split_once(other)?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    (digits(whole) && digits(fraction) && fraction.len() != 3)
        .then(|| format!("{whole}{}{fraction}", style.decimal))
}
