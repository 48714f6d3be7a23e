//! The answers and the advice as files a user keeps or hands over: the assessment as
//! JSON in the documented format (export, and import with every problem listed in
//! words), the advice as CSV for spreadsheets, the site's settings (`config.json`) and the
//! messages an embedding page receives. Plain functions over engine values,
//! tested natively; the browser side (download, file picker) lives in `web`.

pub mod colour;
pub mod config;
pub mod csv;
pub mod host;
pub mod json;
pub mod prefill;

/// Reads a decimal number as people and files write it: an optional sign, digits with
/// at most one decimal point (at least one digit), and an optional exponent (`-12`,
/// `6.5`, `.5`, `5.`, `1e5`, `2.5E-3`); correctly rounded. `None` for anything else,
/// including `inf` and `NaN`; a value too large for a number is infinite.
///
/// In the browser the browser's own parser reads the checked text (`parseFloat`, as
/// exact as Rust's), so the wasm carries no copy of Rust's float parser and its tables;
/// natively Rust's parser does. The browser tests check both agree on hard cases.
pub fn decimal(text: &str) -> Option<f64> {
    let b = text.as_bytes();
    let mut i = usize::from(matches!(b.first(), Some(b'+' | b'-')));
    let digits = |i: &mut usize| {
        let start = *i;
        while b.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        *i - start
    };
    let mut mantissa = digits(&mut i);
    if b.get(i) == Some(&b'.') {
        i += 1;
        mantissa += digits(&mut i);
    }
    if mantissa == 0 {
        return None;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        i += usize::from(matches!(b.get(i), Some(b'+' | b'-')));
        if digits(&mut i) == 0 {
            return None;
        }
    }
    if i != b.len() {
        return None;
    }
    #[cfg(target_arch = "wasm32")]
    return Some(js_sys::parse_float(text));
    #[cfg(not(target_arch = "wasm32"))]
    text.parse().ok()
}

/// A file name from a company name: ASCII letters and digits, words joined by
/// hyphens, at most 40 characters; "assessment" when nothing is left.
pub fn file_stem(company: &str) -> String {
    let mut stem = String::new();
    for word in company
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if stem.len() + word.len() + 1 > 40 {
            break;
        }
        if !stem.is_empty() {
            stem.push('-');
        }
        stem.push_str(&word.to_ascii_lowercase());
    }
    if stem.is_empty() {
        "assessment".to_owned()
    } else {
        stem
    }
}
