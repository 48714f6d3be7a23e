//! Numbers as people type them: in their own style, their browser's, or any style
//! where the text can mean only one number. A text their styles read two ways is
//! asked about, never read as a thousand times what they meant.

use shorewise::ui::numbers::{read_in, set_style, value_in, NumberStyle, Problem, Reading};

const EN: NumberStyle = NumberStyle::POINT;
const DE: NumberStyle = NumberStyle::COMMA;
const FR: NumberStyle = NumberStyle::COMMA_SPACE;

fn number(text: &str, styles: &[NumberStyle]) -> Option<f64> {
    match read_in(text, styles) {
        Reading::Number(v) => Some(v),
        _ => None,
    }
}

/// Forms that can mean only one number are read the same in every style.
#[test]
fn a_number_written_one_way_only_is_read_in_any_style() {
    for styles in [
        &[EN, EN][..],
        &[DE, DE],
        &[FR, FR],
        &[EN, DE],
        &[DE, FR],
        &[FR, EN],
    ] {
        for (typed, value) in [
            ("7", 7.0),
            ("2,5", 2.5),
            ("2.5", 2.5),
            ("2,50", 2.5),
            ("1,2345", 1.2345),
            ("0,250", 0.25),
            ("0.125", 0.125),
            (",5", 0.5),
            ("-3,25", -3.25),
            ("1,200,000", 1_200_000.0),
            ("1.200.000", 1_200_000.0),
            (" 1 200 000 ", 1_200_000.0),
            ("1\u{a0}200\u{202f}000", 1_200_000.0),
            ("1'200'000", 1_200_000.0),
            ("1’200.5", 1_200.5),
            ("1,200,000.75", 1_200_000.75),
            ("1.200.000,75", 1_200_000.75),
            ("12,345.5", 12_345.5),
            ("12,34,567", 1_234_567.0),
            ("1234,567", 1234.567),
            ("−4", -4.0),
            ("+12", 12.0),
            ("1e6", 1_000_000.0),
            ("1e308", 1e308),
        ] {
            assert_eq!(number(typed, styles), Some(value), "{typed} in {styles:?}");
        }
        for typed in [
            "",
            "lots",
            "1.2.3,4,5",
            "12.34,5",
            "2,5,5",
            "1.200,000.5",
            "1,000.5,5",
            "1,00,0",
            "0,250,000",
            "--5",
            "1e400",
            "1,2e3",
            ".",
            ",",
            "1 2 3x",
            "12'34",
        ] {
            assert_eq!(
                read_in(typed, styles),
                Reading::NotANumber,
                "{typed} in {styles:?}"
            );
        }
    }
}

/// One mark before three digits ("1,200", "1.200") is read the reader's way; where
/// their styles disagree (an English page in a German browser) or say nothing (a point
/// for a French reader), both readings come back for the user to choose.
#[test]
fn a_single_mark_before_three_digits_is_read_the_readers_way_or_asked() {
    let either = |thousands: f64, decimal: f64| Reading::Either { thousands, decimal };
    // fr-FR, nl-NL, en-GB and de-DE browsers with an English page, then with a page in
    // their own language (French and Dutch pages are shown in English today, so the
    // page's style is English with the browser's beside it).
    let en_gb = [EN, NumberStyle::of_language("en-GB")];
    let de_de = [DE, NumberStyle::of_language("de-DE")];
    assert_eq!(read_in("1,200", &en_gb), Reading::Number(1200.0));
    assert_eq!(read_in("1.200", &en_gb), Reading::Number(1.2));
    assert_eq!(read_in("1,200", &de_de), Reading::Number(1.2));
    assert_eq!(read_in("1.200", &de_de), Reading::Number(1200.0));
    for browser in ["fr-FR", "nl-NL", "de-DE"] {
        let mixed = [EN, NumberStyle::of_language(browser)];
        assert_eq!(read_in("1,200", &mixed), either(1200.0, 1.2), "{browser}");
        assert_eq!(
            read_in("-1,500", &mixed),
            either(-1500.0, -1.5),
            "{browser}"
        );
        // Unambiguous forms need no question.
        assert_eq!(read_in("2,5", &mixed), Reading::Number(2.5), "{browser}");
        assert_eq!(read_in("1.200.000", &mixed), Reading::Number(1_200_000.0));
    }
    // A point means nothing in French: asked.
    assert_eq!(read_in("1.200", &[FR, FR]), either(1200.0, 1.2));
    assert_eq!(read_in("1,200", &[FR, FR]), Reading::Number(1.2));
    // The German page in an English browser (the page's style comes first; both count).
    assert_eq!(read_in("1.200", &[DE, EN]), either(1200.0, 1.2));
}

/// A field takes the reading it can: of two readings, one out of its range is no
/// question; every refusal names its problem.
#[test]
fn a_field_takes_what_fits_and_names_what_does_not() {
    set_style(EN, DE);
    // FTE: 0.01 to 100,000.
    assert_eq!(value_in("2,5", 0.01, 100_000.0), Ok(2.5));
    assert_eq!(
        value_in("1,200", 0.01, 100_000.0),
        Err(Problem::Either {
            thousands: 1200.0,
            decimal: 1.2
        })
    );
    // A percentage: 1,500 % is out of range, so 1.5 % is meant.
    assert_eq!(value_in("1,500", 0.0, 100.0), Ok(1.5));
    assert_eq!(value_in("", 0.0, 100.0), Err(Problem::Empty));
    assert_eq!(value_in("  ", 0.0, 100.0), Err(Problem::Empty));
    assert_eq!(value_in("abc", 0.0, 100.0), Err(Problem::NotANumber));
    assert_eq!(value_in("-5", 0.0, 100.0), Err(Problem::Negative));
    assert_eq!(value_in("0", 0.01, 100.0), Err(Problem::TooSmall));
    assert_eq!(value_in("1e308", 0.0, 1e13), Err(Problem::TooLarge));
    assert_eq!(value_in("1.200.000", 0.0, 1e13), Ok(1_200_000.0));
    assert_eq!(value_in("1,200,000", 0.0, 1e13), Ok(1_200_000.0));
    assert_eq!(value_in("1 200 000", 0.0, 1e13), Ok(1_200_000.0));
    set_style(EN, EN);
    assert_eq!(value_in("1,200", 0.01, 100_000.0), Ok(1200.0));
    set_style(NumberStyle::POINT, NumberStyle::POINT);
}

/// Displayed numbers follow the style too.
#[test]
fn displayed_numbers_follow_the_style() {
    use shorewise::ui::format::{amount, hours, number, rate, share};
    set_style(NumberStyle::of_language("de-DE"), NumberStyle::POINT);
    assert_eq!(amount(1_234_567.8), "1.234.600");
    assert_eq!(number(2.5), "2,50");
    assert_eq!(hours(6.5), "6,5");
    assert_eq!(share(0.045), "4,5%");
    assert_eq!(rate(0.92), "0,92");
    set_style(NumberStyle::of_language("fr"), NumberStyle::POINT);
    assert_eq!(amount(1_200_000.0), "1\u{a0}200\u{a0}000");
    set_style(NumberStyle::of_language("en-GB"), NumberStyle::POINT);
    assert_eq!(amount(1_200_000.0), "1,200,000");
    assert_eq!(NumberStyle::of_language("ja"), NumberStyle::POINT);
    assert_eq!(NumberStyle::of_language("pt_BR"), NumberStyle::COMMA);
    set_style(NumberStyle::POINT, NumberStyle::POINT);
}

/// Only decimal numbers are read: no words, no hex, no trailing text.
#[test]
fn only_decimal_numbers_are_read() {
    use shorewise::files::decimal;
    for (text, value) in [
        ("6.5", 6.5),
        (".5", 0.5),
        ("5.", 5.0),
        ("+12", 12.0),
        ("-1e3", -1000.0),
        ("2.5E-3", 0.0025),
    ] {
        assert_eq!(decimal(text), Some(value), "{text}");
    }
    assert_eq!(decimal("1e400"), Some(f64::INFINITY));
    for text in [
        "", "-", ".", "e5", "1e", "1e+", "1.2.3", "12abc", "0x10", "inf", "NaN", "infinity", " 1",
        "1,5",
    ] {
        assert_eq!(decimal(text), None, "{text}");
    }
}
