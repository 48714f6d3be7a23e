//! Display formatting: amounts, ranges, months, percentages, per-country figures, in
//! English and German.

use shorewise::content::lang::{self, Lang};
use shorewise::engine::cost::Range;
use shorewise::ui::format::*;
use shorewise::ui::totals::{savings_shown, Rounding};
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
fn break_even_reads_as_months_within_the_term() {
    assert_eq!(months([None, None, None], 36), "not within 3 years");
    assert_eq!(
        months([Some(20.2), Some(10.1), Some(5.0)], 36),
        "about 11 months (range 5 to 21)"
    );
    // A pessimistic case that never pays back, or only after the term, is said so.
    assert_eq!(
        months([None, Some(3.0), Some(2.0)], 36),
        "about 3 months (2 at best; in the pessimistic case not within 3 years)"
    );
    assert_eq!(
        months([Some(40.0), Some(20.0), Some(12.0)], 36),
        "about 20 months (12 at best; in the pessimistic case not within 3 years)"
    );
    // An expected break-even past the term is no break-even: never "13,946 months".
    assert_eq!(
        months([Some(20_000.0), Some(13_946.0), Some(400.0)], 30),
        "not within 30 months"
    );
    assert_eq!(months([None, Some(12.5), None], 12), "not within a year");
    lang::set(Lang::De);
    assert_eq!(
        months([None, None, None], 60),
        "nicht innerhalb von 5 Jahren"
    );
    assert_eq!(
        months([None, None, None], 12),
        "nicht innerhalb von einem Jahr"
    );
    lang::set(Lang::En);
}

#[test]
fn no_figure_reads_as_minus_zero() {
    // A saving of a fraction of a unit, below zero, rounds to 0, not "−0".
    for v in [-0.0, -0.4, -1e-9] {
        assert_eq!(amount(v), "0", "{v}");
        assert_eq!(money(v, "EUR"), "EUR 0", "{v}");
    }
    let r = Range {
        low: -0.3,
        expected: -0.0,
        high: 0.2,
    };
    assert!(
        !money_range(r, "EUR").contains('−'),
        "{}",
        money_range(r, "EUR")
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
    shorewise::ui::numbers::set_style(
        shorewise::ui::numbers::NumberStyle::COMMA,
        shorewise::ui::numbers::NumberStyle::COMMA,
    );
    let span = money_span(
        Range {
            low: 12_000.0,
            expected: 15_000.0,
            high: 18_000.0,
        },
        "EUR",
    );
    let figures = (money(12_300.0, "EUR"), span, percent(0.375), share(0.045));
    shorewise::ui::numbers::set_style(
        shorewise::ui::numbers::NumberStyle::POINT,
        shorewise::ui::numbers::NumberStyle::POINT,
    );
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
    let differ = [("Romania", "7 h".to_owned()), ("Poland", "8 h".to_owned())];
    assert_eq!(per_country(differ), "Romania: 7 h; Poland: 8 h");
    assert_eq!(per_country([("IN", "0 h".to_owned())]), "0 h");
    assert_eq!(per_country([]), "");
}

#[test]
fn hours_and_percent() {
    assert_eq!(hours(7.0), "7");
    assert_eq!(hours(6.5), "6.5");
    assert_eq!(percent(0.375), "38%");
}

#[test]
fn a_tables_total_is_the_sum_of_its_rows_as_shown() {
    // Three rows of 10,049 each read "10,000"; their raw total (30,147) would read
    // "30,100", which is not what the rows add up to.
    let row = |v: f64| Range {
        low: v,
        expected: v,
        high: v,
    };
    let rows = [row(10_049.0), row(10_049.0), row(10_049.0)];
    let rounding = Rounding::of(&rows);
    let shown: Vec<String> = rows
        .iter()
        .map(|r| amount(rounding.round(r.expected)))
        .collect();
    assert_eq!(shown, ["10,000", "10,000", "10,000"]);
    assert_eq!(amount(rounding.total(&rows).expected), "30,000");
    // Small rows whose total passes 10,000 are rounded like the total, so that the
    // total needs no second rounding: 4,449 + 4,449 + 4,449 read 4,400 each, 13,200 in all.
    let small = [row(4_449.0), row(4_449.0), row(4_449.0)];
    let rounding = Rounding::of(&small);
    assert_eq!(amount(rounding.round(4_449.0)), "4,400");
    assert_eq!(amount(rounding.total(&small).expected), "13,200");
    // Rows that read in whole units but add up to 10,000 or more are rounded to
    // hundreds, so the total needs no rounding of its own: six of 1,666.5 would read
    // 1,667 each and add up to 10,002, which would print as 10,000.
    let six = [row(1_666.5); 6];
    let rounding = Rounding::of(&six);
    assert_eq!(amount(rounding.round(1_666.5)), "1,700");
    assert_eq!(amount(rounding.total(&six).expected), "10,200");
    // Tables of small amounts keep whole units, and nothing reads as -0.
    let tiny = [row(12.4), row(-0.3)];
    let rounding = Rounding::of(&tiny);
    assert_eq!(amount(rounding.total(&tiny).expected), "12");
    assert_eq!(rounding.round(-0.3).to_string(), "0");
}

#[test]
fn the_headline_quotes_the_cost_tables_total() {
    use shorewise::content::companies::EXAMPLES;
    use shorewise::engine::recommend;
    for example in EXAMPLES {
        let r = recommend(&example.assessment()).expect("valid example");
        let (rounding, total) = savings_shown(&r);
        let rows: f64 = r
            .changing()
            .map(|p| rounding.round(p.cost.annual_saving.expected))
            .sum();
        assert_eq!(total.expected, rows, "{}", example.id);
        assert_eq!(amount(total.expected), amount(rows), "{}", example.id);
    }
}

#[test]
fn a_name_in_the_printed_footer_stays_one_css_string() {
    use shorewise::ui::css::css_string;
    assert_eq!(css_string("Acme GmbH"), "\"Acme GmbH\"");
    assert_eq!(
        css_string("Say \"hi\" \\ bye\nnow\u{0}"),
        "\"Say \\\"hi\\\" \\\\ bye now\""
    );
}

#[test]
fn payback_in_a_table_cell_is_the_expected_case_alone() {
    assert_eq!(
        payback([Some(30.0), Some(19.2), Some(12.0)], 36),
        "20 months"
    );
    assert_eq!(
        payback([None, Some(40.0), Some(20.0)], 36),
        "not within 3 years"
    );
    assert_eq!(payback([None, None, None], 24), "not within 2 years");
}
