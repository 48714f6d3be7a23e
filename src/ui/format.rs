//! Number formatting for display: money with thousands separators, ranges, months,
//! in the user's number style (see [`numbers`](crate::ui::numbers)). Plain functions,
//! tested natively.

use crate::content::lang::{self, Lang};
use crate::content::text;
use crate::engine::cost::Range;
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
/// language does: before in English, after in German.
fn with_currency(figure: &str, currency: &str) -> String {
    match lang::current() {
        Lang::En => format!("{currency} {figure}"),
        Lang::De => format!("{figure} {currency}"),
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

/// Break-even months per case as "about N months (M–K)".
pub fn months(m: [Option<f64>; 3]) -> String {
    match m {
        [_, None, _] => text::NOT_REACHED.into(),
        [low, Some(mid), high] => {
            let show = |v: Option<f64>| {
                v.map_or(text::NEVER.get().to_owned(), |v| format!("{:.0}", v.ceil()))
            };
            text::break_even_months(&format!("{:.0}", mid.ceil()), &show(high), &show(low))
        }
    }
}

/// Hours with one decimal when needed: `7`, `6.5`.
pub fn hours(h: f64) -> String {
    if (h - h.round()).abs() < 0.05 {
        format!("{:.0}", h.round())
    } else {
        decimal(format!("{h:.1}"))
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

/// A name cut to at most `max` characters, ending in "…" when cut.
pub fn shortened(name: &str, max: usize) -> String {
    match name.char_indices().nth(max) {
        Some((end, _)) => format!("{}…", name[..end].trim_end()),
        None => name.to_owned(),
    }
}

/// One figure per country, as "RO: 7 h; PL: 8 h", or the figure alone when every
/// country has the same ("8 h"); empty for no country.
pub fn per_country<'a>(figures: impl IntoIterator<Item = (&'a str, String)>) -> String {
    let figures: Vec<_> = figures.into_iter().collect();
    match figures.split_first() {
        Some(((_, first), rest)) if rest.iter().all(|(_, f)| f == first) => first.clone(),
        _ => figures
            .iter()
            .map(|(code, f)| format!("{code}: {f}"))
            .collect::<Vec<_>>()
            .join("; "),
    }
}

/// A share as a percentage: `0.375` → `38%` (`38 %` in German, with a no-break space).
pub fn percent(v: f64) -> String {
    with_percent(format!("{:.0}", v * 100.0))
}

fn with_percent(number: String) -> String {
    match lang::current() {
        Lang::En => number + "%",
        Lang::De => number + "\u{a0}%",
    }
}

/// A share as a percentage with up to one decimal: `0.045` → `4.5%`, `0.3` → `30%`.
pub fn share(v: f64) -> String {
    let p = (v * 1000.0).round() / 10.0;
    if (p - p.round()).abs() < 1e-9 {
        with_percent(format!("{p:.0}"))
    } else {
        with_percent(decimal(format!("{p:.1}")))
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
        let s = format!("{v:.digits$}");
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
        format!("{v:.0}")
    } else {
        decimal(format!("{v:.2}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_get_separators_and_sensible_rounding() {
        assert_eq!(amount(0.0), "0");
        assert_eq!(amount(999.4), "999");
        assert_eq!(amount(1234.0), "1,234");
        assert_eq!(amount(1_234_567.8), "1,234,600");
        assert_eq!(amount(-25_000.0), "−25,000");
        assert_eq!(amount(f64::NAN), "–");
    }

    #[test]
    fn break_even_reads_as_months() {
        assert_eq!(months([None, None, None]), "not reached");
        assert_eq!(
            months([Some(20.2), Some(10.1), Some(5.0)]),
            "about 11 months (range 5 to 21)"
        );
        assert_eq!(
            months([None, Some(3.0), Some(2.0)]),
            "about 3 months (range 2 to never)"
        );
    }

    #[test]
    fn ranges_read_from_smallest_to_largest() {
        let r = Range {
            low: 31_500.0,
            expected: 22_400.0,
            high: 14_700.0,
        };
        assert_eq!(
            money_range(r, "USD"),
            "USD 14,700 – 31,500 (expected 22,400)"
        );
    }

    #[test]
    fn small_figures_keep_their_cents() {
        assert_eq!(money_figure(19.08), "19.08");
        assert_eq!(money_figure(5.0), "5");
        assert_eq!(number(0.01), "0.01");
        assert_eq!(number(100_000.0), "100,000");
        assert_eq!(number(1000.0), "1,000");
        assert_eq!(shortened("Harbor & Pine", 60), "Harbor & Pine");
        assert_eq!(
            shortened(&"é".repeat(100), 10),
            format!("{}…", "é".repeat(10))
        );
    }

    #[test]
    fn german_puts_the_currency_and_the_percent_sign_after_the_number() {
        lang::set(Lang::De);
        crate::ui::numbers::set_style(crate::ui::numbers::NumberStyle::COMMA);
        let span = money_span(
            Range {
                low: 12_000.0,
                expected: 15_000.0,
                high: 18_000.0,
            },
            "EUR",
        );
        let figures = (money(12_300.0, "EUR"), span, percent(0.375), share(0.045));
        crate::ui::numbers::set_style(crate::ui::numbers::NumberStyle::POINT);
        lang::set(Lang::En);
        assert_eq!(
            figures,
            (
                "12.300 EUR".to_owned(),
                "12.000 – 18.000 EUR".to_owned(),
                "38\u{a0}%".to_owned(),
                "4,5\u{a0}%".to_owned()
            )
        );
        assert_eq!(money(12_300.0, "EUR"), "EUR 12,300");
    }

    #[test]
    fn a_figure_every_country_shares_is_given_once() {
        let same = [("RO", "8 h".to_owned()), ("PL", "8 h".to_owned())];
        assert_eq!(per_country(same), "8 h");
        let differ = [("RO", "7 h".to_owned()), ("PL", "8 h".to_owned())];
        assert_eq!(per_country(differ), "RO: 7 h; PL: 8 h");
        assert_eq!(per_country([("IN", "0 h".to_owned())]), "0 h");
        assert_eq!(per_country([]), "");
    }

    #[test]
    fn hours_and_percent() {
        assert_eq!(hours(7.0), "7");
        assert_eq!(hours(6.5), "6.5");
        assert_eq!(percent(0.375), "38%");
    }
}
