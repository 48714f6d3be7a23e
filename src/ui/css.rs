//! Text set into CSS from Rust (the printed report's running footer names the company):
//! a plain function, tested natively (`tests/format.rs`).

/// Text as a CSS string: quoted, with quotes, backslashes and line breaks escaped, so
/// that any company name stays one string.
pub fn css_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' | '\u{c}' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
