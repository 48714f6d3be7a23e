//! Display formatting: amounts, ranges, months, percentages, per-country figures, in
//! English and German.

use shorewise::content::lang::{self, Lang};
use shorewise::engine::cost::Range;
use shorewise::ui::format::*;
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
    shorewise::ui::numbers::set_style(shorewise::ui::numbers::NumberStyle::COMMA);
    let span = money_span(
        Range {
            low: 12_000.0,
            expected: 15_000.0,
            high: 18_000.0,
        },
        "EUR",
    );
    let figures = (money(12_300.0, "EUR"), span, percent(0.375), share(0.045));
    shorewise::ui::numbers::set_style(shorewise::ui::numbers::NumberStyle::POINT);
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
