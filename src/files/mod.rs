//! The answers and the advice as files a user keeps or hands over: the assessment as
//! JSON in the documented format (export, and import with every problem listed in
//! words), the advice as CSV for spreadsheets, the site's settings (`config.json`) and the
//! messages an embedding page receives. Plain functions over engine values,
//! tested natively; the browser side (download, file picker) lives in `web`.

pub mod colour;
pub mod config;
pub mod csv;
pub mod document;
pub mod host;
pub mod json;
pub mod prefill;

/// The shortest text that reads back as `v` (`12`, `0.5`, `43.539550000000006`), as
/// files and messages write numbers. Natively Rust's `{}`; in the browser the browser's
/// own (`Number.prototype.toString`, the same shortest digits, so the wasm carries no
/// copy of Rust's digit generator), which writes magnitudes below 10⁻⁶ or from 10²¹ in
/// exponent form (`1e-7`), as JSON allows and [`decimal`] reads. Where two shortest
/// texts are equally near (17 digits ending in a quarter), the browser picks the even
/// last digit and Rust the upper one; both read back the same. The browser tests check
/// both agree.
pub fn shortest(v: f64) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::Number::from(v)
            .to_string_with_radix(10)
            .map(String::from)
            .unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        format!("{v}")
    }
}

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
