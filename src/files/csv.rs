//! The advice as CSV, one row per process, for spreadsheets: RFC 4180 quoting, CRLF line
//! ends, UTF-8 with a byte-order mark (so spreadsheet programs read accents right), and
//! text cells that could be read as formulas neutralised. Fields are separated by commas,
//! or by semicolons where the decimal separator is a comma (German, French, Spanish), as spreadsheets
//! there expect when a file is opened by double-click.

use crate::content::lang::Lang;
use crate::content::{advice, text};
use crate::engine::digits::fixed;
use crate::engine::explain::in_words;
use crate::engine::recommend::Recommendation;
use crate::engine::Assessment;

/// The field separator spreadsheets expect in a language's locale: a semicolon where
/// the decimal separator is a comma.
pub fn separator(lang: Lang) -> char {
    if lang.number_marks().0 == ',' {
        ';'
    } else {
        ','
    }
}

/// The advice on assessment `a` as a CSV document, fields separated by `sep`.
pub fn advice(a: &Assessment, r: &Recommendation, sep: char) -> String {
    let mut out = String::from('\u{feff}');
    let headers = text::csv_headers(r.currency);
    row(&mut out, sep, headers.iter().map(|h| Cell::Text(h)));
    for p in &r.processes {
        let countries = p
            .countries
            .iter()
            .map(|c| c.name)
            .collect::<Vec<_>>()
            .join("; ");
        let overlap = p
            .countries
            .first()
            .map(|c| fixed(c.overlap_min, 0))
            .unwrap_or_default();
        // The card's sentences: the strongest reasons for the advice.
        let reasons = a
            .processes
            .iter()
            .find(|x| x.id == p.id)
            .map(|answer| in_words(p, answer, a).0.why.join(" "))
            .unwrap_or_default();
        let provider = p.location.is_some();
        let s = p.cost.annual_saving;
        row(
            &mut out,
            sep,
            [
                Cell::Text(&p.name),
                Cell::Text(advice::decision(p.decision)),
                Cell::Text(if provider {
                    advice::outsourcing_type(p.kind)
                } else {
                    ""
                }),
                Cell::Text(p.location.map_or("", advice::location)),
                Cell::Text(&countries),
                Cell::Number(&overlap),
                Cell::Number(&whole(s.low)),
                Cell::Number(&whole(s.expected)),
                Cell::Number(&whole(s.high)),
                Cell::Number(&whole(p.cost.one_off.expected)),
                Cell::Text(advice::confidence(p.confidence)),
                Cell::Text(&reasons),
            ]
            .into_iter(),
        );
    }
    out
}

/// An amount as whole currency units, as spreadsheets read numbers.
fn whole(v: f64) -> String {
    if v.is_finite() {
        fixed(v.round(), 0)
    } else {
        String::new()
    }
}

/// A cell: text (from the user or the wording) or a number Shorewise formatted.
enum Cell<'a> {
    Text(&'a str),
    Number(&'a str),
}

fn row<'a>(out: &mut String, sep: char, cells: impl Iterator<Item = Cell<'a>>) {
    for (i, cell) in cells.enumerate() {
        if i > 0 {
            out.push(sep);
        }
        match cell {
            Cell::Number(n) => out.push_str(n),
            Cell::Text(t) => field(out, sep, t),
        }
    }
    out.push_str("\r\n");
}

/// One text field: a leading `=`, `+`, `-`, `@`, tab or carriage return gets a `'` in
/// front so no spreadsheet runs it as a formula; quotes are doubled and the field quoted
/// when it holds the separator, a quote or a line break (RFC 4180).
fn field(out: &mut String, sep: char, t: &str) {
    let risky = t.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quote = risky || t.contains([sep, '"', '\r', '\n']);
    if quote {
        out.push('"');
    }
    if risky {
        out.push('\'');
    }
    for ch in t.chars() {
        if ch == '"' {
            out.push('"');
        }
        out.push(ch);
    }
    if quote {
        out.push('"');
    }
}
