//! How the user writes numbers: the decimal mark and thousands separator of their
//! language (`1,234.5`, `1.234,5`, `1 234,5`), set at start and with the language, and
//! reading what they type in any style: their own, their browser's, or any other where
//! it can only mean one number. Plain functions, tested natively (`tests/numbers.rs`).

use std::cell::Cell;

mod read;
pub use read::{read, read_in, value_in, Problem, Reading};

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
        let (decimal, group) = crate::content::lang::number_marks(tag);
        Self { decimal, group }
    }
}

thread_local! {
    static STYLE: Cell<NumberStyle> = const { Cell::new(NumberStyle::POINT) };
    static BROWSER: Cell<NumberStyle> = const { Cell::new(NumberStyle::POINT) };
}

/// The number style of displayed numbers (the interface language's).
pub fn style() -> NumberStyle {
    STYLE.with(Cell::get)
}

/// Sets the number style of displayed numbers, and the browser's, which typed numbers
/// may follow too (at start and when the language changes).
pub fn set_style(shown: NumberStyle, browser: NumberStyle) {
    STYLE.with(|s| s.set(shown));
    BROWSER.with(|s| s.set(browser));
}

/// The browser's number style, which typed numbers may follow too.
fn browser() -> NumberStyle {
    BROWSER.with(Cell::get)
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
