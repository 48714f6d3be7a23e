//! Number formatting for display: money with thousands separators, ranges, months,
//! in the user's number style (see [`numbers`](crate::ui::numbers)). Plain functions,
//! tested natively.

use crate::content::automation::Activity;
use crate::content::lang::{self, Lang};
use crate::content::text;
use crate::engine::automate::{self, Automator};
use crate::engine::cost::Range;
use crate::engine::digits::fixed;
use crate::engine::model::Unit;
use crate::ui::numbers::{decimal, style};

/// Rounds to a sensible precision and adds thousands separators: `1234567.8` → `1,234,568`.
pub fn amount(v: f64) -> String {
    if !v.is_finite() {
        return "–".into();
    }
    let rounded = if v.abs() >= 10_000.0 {
        (v / 100.0).round() * 100.0
    } else {
        v.round()
    };
    let negative = rounded < 0.0;
    let digits = format!("{}", rounded.abs() as u64);
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(style().group);
        }
        out.push(ch);
    }
    if negative {
        format!("−{out}")
    } else {
        out
    }
}

/// Money with its currency code where the language puts it: `USD 12,300`,
/// `12.300 USD`.
pub fn money(v: f64, currency: &str) -> String {
    with_currency(&amount(v), currency)
}

/// An amount or a span of amounts with its currency code, placed as the current
/// language does: before in English, after in German, French and Spanish.
fn with_currency(figure: &str, currency: &str) -> String {
    match lang::current() {
        Lang::En => format!("{currency} {figure}"),
        _ => format!("{figure} {currency}"),
    }
}

/// A current cost, marked when Shorewise estimated it.
pub fn current_cost(v: f64, estimated: bool, currency: &str) -> String {
    let figure = money(v, currency);
    if estimated {
        text::estimated(&figure)
    } else {
        figure
    }
}

/// A range as "smallest – largest (expected x)", whichever case each end comes from
/// (for one-off costs the pessimistic case is the larger number).
pub fn money_range(r: Range, currency: &str) -> String {
    text::money_range(
        currency,
        &amount(r.low.min(r.high)),
        &amount(r.low.max(r.high)),
        &amount(r.expected),
    )
}

/// A range as "USD smallest – largest", without the expected case.
pub fn money_span(r: Range, currency: &str) -> String {
    let (low, high) = (r.low.min(r.high), r.low.max(r.high));
    if low == high {
        money(low, currency)
    } else {
        with_currency(&format!("{} – {}", amount(low), amount(high)), currency)
    }
}

/// Break-even in the expected case, for a table cell: "20 months", or that it does not
/// pay back within the contract term of `term` months.
pub fn payback(m: [Option<f64>; 3], term: u32) -> String {
    match m[1].map(f64::ceil).filter(|v| *v <= f64::from(term)) {
        Some(months) => text::payback_months(&fixed(months, 0)),
        None => text::no_pay_back(&text::term_span(term)),
    }
}

/// Break-even months per case, read against the contract term of `term` months: "about
/// 20 months (range 12 to 30)", or that it does not pay back within the term.
pub fn months(m: [Option<f64>; 3], term: u32) -> String {
    // A month past the term is as good as never: the contract ends first.
    let within = |v: Option<f64>| v.map(f64::ceil).filter(|v| *v <= f64::from(term));
    let span = || text::term_span(term);
    match (within(m[1]), within(m[2]), within(m[0])) {
        (None, _, _) => text::no_pay_back(&span()),
        (Some(mid), best, Some(worst)) => text::break_even_months(
            &fixed(mid, 0),
            &fixed(best.unwrap_or(mid), 0),
            &fixed(worst, 0),
        ),
        (Some(mid), best, None) => text::break_even_pessimistic_beyond(
            &fixed(mid, 0),
            &fixed(best.unwrap_or(mid), 0),
            &span(),
        ),
    }
}

/// Hours with one decimal when needed: `7`, `6.5`.
pub fn hours(h: f64) -> String {
    if (h - h.round()).abs() < 0.05 {
        fixed(h.round(), 0)
    } else {
        decimal(fixed(h, 1))
    }
}

/// A limit or typed figure: whole numbers with thousands separators, others with up
/// to two decimals: `100,000`, `0.01`.
pub fn number(v: f64) -> String {
    if (v - v.round()).abs() < 1e-9 {
        amount(v)
    } else {
        money_figure(v)
    }
}

// A name cut to at most `max` characters, ending in "…" when cut (one implementation, in content).
pub use crate::content::lang::shortened;

/// One figure per country, by the country's name, as "Romania: 7 h; Poland: 8 h", or the figure alone when every
/// country has the same ("8 h"); empty for no country.
pub fn per_country<'a>(figures: impl IntoIterator<Item = (&'a str, String)>) -> String {
    let figures: Vec<_> = figures.into_iter().collect();
    match figures.split_first() {
        Some(((_, first), rest)) if rest.iter().all(|(_, f)| f == first) => first.clone(),
        _ => figures
            .iter()
            .map(|(country, f)| format!("{country}{}{f}", lang::colon()))
            .collect::<Vec<_>>()
            .join(lang::semicolon()),
    }
}

/// A share as a percentage: `0.375` → `38%` (`38 %` in German, French and Spanish, with a
/// no-break space).
pub fn percent(v: f64) -> String {
    with_percent(fixed(v * 100.0, 0))
}

fn with_percent(number: String) -> String {
    match lang::current() {
        Lang::En => number + "%",
        _ => number + "\u{a0}%",
    }
}

/// A share as a percentage with up to one decimal: `0.045` → `4.5%`, `0.3` → `30%`.
pub fn share(v: f64) -> String {
    let p = (v * 1000.0).round() / 10.0;
    if (p - p.round()).abs() < 1e-9 {
        with_percent(fixed(p, 0))
    } else {
        with_percent(decimal(fixed(p, 1)))
    }
}

/// An assumption's value in its unit, as a range unless both ends are equal:
/// `2% – 5%`, `36 months`, `USD 15,000 – 40,000`, `0.92 EUR per US dollar`.
pub fn assumption(unit: Unit, low: f64, high: f64, currency: &str) -> String {
    let one = |v: f64| match unit {
        Unit::Share => share(v),
        Unit::Months => number((v * 10.0).round() / 10.0),
        Unit::Usd => amount(v),
        Unit::Rate => rate(v),
        Unit::Times => format!("{}×", rate(v)),
    };
    let span = if low == high {
        one(low)
    } else {
        format!("{} – {}", one(low), one(high))
    };
    match unit {
        Unit::Share => span,
        Unit::Months => text::months_value(&span),
        Unit::Usd => with_currency(&span, "USD"),
        Unit::Rate => text::rate_value(&span, currency),
        Unit::Times => span,
    }
}

/// An exchange rate with four significant digits: `0.9200` → `0.92`, `83.1`, `1,450`.
pub fn rate(v: f64) -> String {
    if v >= 1000.0 {
        amount(v)
    } else {
        let digits = (3 - v.abs().log10().floor() as i32).clamp(0, 8) as usize;
        let s = fixed(v, digits);
        decimal(if s.contains('.') {
            s.trim_end_matches('0').trim_end_matches('.').to_owned()
        } else {
            s
        })
    }
}

/// A small money figure with two decimals when needed: `19.08`, `5`.
pub fn money_figure(v: f64) -> String {
    if (v - v.round()).abs() < 0.005 {
        fixed(v, 0)
    } else {
        decimal(fixed(v, 2))
    }
}

/// The sentence on the part of a process to automate (see [`automate::Part`]).
pub fn automation_part(part: &automate::Part, currency: &str) -> String {
    let share = text::share_words(part.share);
    let contacts = part.activity == Activity::Contacts;
    match (part.by, part.share >= automate::MOST) {
        (Automator::Provider, _) => text::provider_automates(contacts, share),
        (Automator::You, true) => text::automate_most(share),
        (Automator::You, false) => text::automate_first(
            contacts,
            share,
            &money(part.annual_saving.expected, currency),
            &money(part.one_off.expected, currency),
            &part
                .break_even_months
                .map_or_else(|| "–".to_owned(), |m| fixed(m.ceil(), 0)),
        ),
    }
}
