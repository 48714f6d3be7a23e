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
