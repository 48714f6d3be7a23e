//! Numbers as people type them, in their number style: thousands separators are read,
//! the other style's decimal mark is refused (never read as a thousand times the
//! amount) with the number it most likely meant.

use shorewise::ui::numbers::{
    decimal_comma, parse_number, parse_number_in, set_style, NumberStyle,
};

#[test]
fn thousands_commas_and_spaces_are_read() {
    assert_eq!(parse_number("1,200,000"), Some(1_200_000.0));
    assert_eq!(parse_number(" 1 200 000 "), Some(1_200_000.0));
    assert_eq!(parse_number("12,345.5"), Some(12_345.5));
    assert_eq!(parse_number("2.5"), Some(2.5));
    assert_eq!(parse_number("-1,000"), Some(-1_000.0));
    assert_eq!(parse_number("7"), Some(7.0));
}

#[test]
fn a_decimal_comma_is_never_read_as_ten_times_the_amount() {
    for typed in [
        "2,5",
        "2,50",
        "1,2345",
        "12,34,567",
        ",500",
        "1,000.5,5",
        "1,00",
    ] {
        assert_eq!(parse_number(typed), None, "{typed}");
    }
    assert_eq!(decimal_comma("2,5").as_deref(), Some("2.5"));
    assert_eq!(decimal_comma(" 12,75 ").as_deref(), Some("12.75"));
    assert_eq!(decimal_comma("1,2345").as_deref(), Some("1.2345"));
    // "1,200" is twelve hundred in English: no hint.
    assert_eq!(decimal_comma("1,200"), None);
    assert_eq!(decimal_comma("lots"), None);
}

#[test]
fn german_numbers_read_as_german_numbers() {
    let de = NumberStyle::of_language("de-DE");
    assert_eq!(parse_number_in("2,5", de), Some(2.5));
    assert_eq!(parse_number_in("1.200.000", de), Some(1_200_000.0));
    assert_eq!(parse_number_in("1.200.000,75", de), Some(1_200_000.75));
    assert_eq!(parse_number_in("12", de), Some(12.0));
    assert_eq!(parse_number_in("-3,25", de), Some(-3.25));
    // The English reading is refused, never read as a thousand times the amount.
    for typed in [
        "2.5",
        "1,200,000",
        "1.2.3",
        "1.20",
        "12.34,5",
        "2,5,5",
        "1.200,000.5",
    ] {
        assert_eq!(parse_number_in(typed, de), None, "{typed}");
    }
    // The same in English.
    let en = NumberStyle::of_language("en-US");
    assert_eq!(parse_number_in("2.5", en), Some(2.5));
    assert_eq!(parse_number_in("1,200,000", en), Some(1_200_000.0));
    for typed in ["2,5", "1.200.000", "1.200,5"] {
        assert_eq!(parse_number_in(typed, en), None, "{typed}");
    }
    // French groups with spaces, no-break or not.
    let fr = NumberStyle::of_language("fr-FR");
    assert_eq!(parse_number_in("1 200 000,5", fr), Some(1_200_000.5));
    assert_eq!(parse_number_in("1\u{a0}200", fr), Some(1_200.0));
    assert_eq!(parse_number_in("1.200", fr), None);
    assert_eq!(parse_number_in("1,200,000", fr), None);

    // The hint follows the style: a point where a comma is the mark.
    set_style(de);
    assert_eq!(parse_number("2,5"), Some(2.5));
    assert_eq!(decimal_comma("2.5").as_deref(), Some("2,5"));
    assert_eq!(decimal_comma("1.200"), None);
    set_style(NumberStyle::POINT);
}

/// Displayed numbers follow the style too.
#[test]
fn displayed_numbers_follow_the_style() {
    use shorewise::ui::format::{amount, hours, number, rate, share};
    set_style(NumberStyle::of_language("de-DE"));
    assert_eq!(amount(1_234_567.8), "1.234.600");
    assert_eq!(number(2.5), "2,50");
    assert_eq!(hours(6.5), "6,5");
    assert_eq!(share(0.045), "4,5%");
    assert_eq!(rate(0.92), "0,92");
    set_style(NumberStyle::of_language("fr"));
    assert_eq!(amount(1_200_000.0), "1\u{a0}200\u{a0}000");
    set_style(NumberStyle::of_language("en-GB"));
    assert_eq!(amount(1_200_000.0), "1,200,000");
    assert_eq!(NumberStyle::of_language("ja"), NumberStyle::POINT);
    assert_eq!(NumberStyle::of_language("pt_BR"), NumberStyle::COMMA);
    set_style(NumberStyle::POINT);
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
