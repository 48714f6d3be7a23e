//! Numbers as people type them: thousands commas are read, a decimal comma is refused
//! (never read as ten times the amount) with the number it most likely meant.

use shorewise::ui::components::{decimal_comma, parse_number};

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
