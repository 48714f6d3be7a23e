//! Colours a site sets for its brand (`config.json`): read from `#rrggbb` or `#rgb`,
//! checked for contrast against the surfaces text sits on (WCAG 2.2 relative luminance),
//! and shaded for hover fills.

use crate::engine::digits::within;
use std::fmt;

/// An opaque sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Colour(pub [u8; 3]);

/// Least contrast of normal text with its background (WCAG 2.2 AA, 1.4.3).
pub const TEXT_CONTRAST: f64 = 4.5;

/// A theme's surfaces that brand-coloured text and fills meet, as `styles/tokens.css`
/// sets them (a test checks the two agree).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Theme {
    /// The theme's name in the settings file (`light`, `dark`).
    pub name: &'static str,
    /// Cards and panels; in the light theme also the text on brand fills.
    pub surface: Colour,
    /// The page; in the dark theme also the text on brand fills.
    pub background: Colour,
    /// A chosen option's background.
    pub selected: Colour,
    /// The default brand colour.
    pub brand: Colour,
    /// The default accent colour.
    pub accent: Colour,
    /// What a hover fill mixes into the brand colour: black on light surfaces, white on
    /// dark ones, so the hover keeps at least the brand colour's contrast.
    pub shade: Colour,
}

/// The light theme.
pub const LIGHT: Theme = Theme {
    name: "light",
    surface: Colour([0xff, 0xff, 0xff]),
    background: Colour([0xf4, 0xf6, 0xf8]),
    selected: Colour([0xe6, 0xf0, 0xf2]),
    brand: Colour([0x0b, 0x5c, 0x6b]),
    accent: Colour([0xf2, 0xb1, 0x34]),
    shade: Colour([0, 0, 0]),
};

/// The dark theme.
pub const DARK: Theme = Theme {
    name: "dark",
    surface: Colour([0x1b, 0x23, 0x30]),
    background: Colour([0x11, 0x16, 0x1e]),
    selected: Colour([0x1f, 0x3a, 0x42]),
    brand: Colour([0x6c, 0xc4, 0xd3]),
    accent: Colour([0xe0, 0xa5, 0x26]),
    shade: Colour([0xff, 0xff, 0xff]),
};

impl Theme {
    /// The surface a brand colour contrasts least with, and that contrast.
    pub fn weakest(&self, brand: Colour) -> (Colour, f64) {
        [self.surface, self.background, self.selected]
            .into_iter()
            .map(|s| (s, brand.contrast(s)))
            .fold(
                (self.surface, f64::INFINITY),
                |a, b| if b.1 < a.1 { b } else { a },
            )
    }
}

impl Colour {
    /// Reads `#rrggbb` or `#rgb` (either case); `None` for anything else.
    pub fn parse(text: &str) -> Option<Self> {
        let hex = text.trim().strip_prefix('#')?;
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let digit = |i: usize| u8::from_str_radix(&hex[i..=i], 16).ok();
        match hex.len() {
            6 => {
                let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
                Some(Self([byte(0)?, byte(2)?, byte(4)?]))
            }
            3 => Some(Self([digit(0)? * 17, digit(1)? * 17, digit(2)? * 17])),
            _ => None,
        }
    }

    /// Relative luminance, 0 (black) to 1 (white).
    pub fn luminance(self) -> f64 {
        let [r, g, b] = self.0.map(|c| {
            let c = f64::from(c) / 255.0;
            if c <= 0.040_45 {
                c / 12.92
            } else {
                pow_2_4((c + 0.055) / 1.055)
            }
        });
        0.2126 * r + 0.7152 * g + 0.0722 * b
    }

    /// Contrast ratio with another colour, 1 to 21.
    pub fn contrast(self, other: Self) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// This colour moved `share` (0 to 1) of the way towards `other`.
    #[must_use]
    pub fn mix(self, other: Self, share: f64) -> Self {
        let share = within(share, 0.0, 1.0);
        let mut out = [0u8; 3];
        for (o, (a, b)) in out.iter_mut().zip(self.0.into_iter().zip(other.0)) {
            let v = f64::from(a) + (f64::from(b) - f64::from(a)) * share;
            // Within 0..=255 by construction.
            *o = within(v.round(), 0.0, 255.0) as u8;
        }
        Self(out)
    }
}

/// `x` to the power 2.4 for `x` in (0, 1]: `x²` times the fifth root of `x²`, the root
/// by Newton's method from above (it converges monotonically to within rounding in a
/// few steps). Spares the app the library `pow`, a kilobyte of WebAssembly for the one
/// use it would have.
fn pow_2_4(x: f64) -> f64 {
    let a = x * x;
    let mut y = 1.0f64;
    for _ in 0..64 {
        let next = (4.0 * y + a / (y * y * y * y)) / 5.0;
        if next >= y {
            break;
        }
        y = next;
    }
    a * y
}

impl fmt::Display for Colour {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let [r, g, b] = self.0;
        write!(f, "#{r:02x}{g:02x}{b:02x}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_power_matches_the_library_one_for_every_channel_value() {
        for c in 11..=255u8 {
            let x = (f64::from(c) / 255.0 + 0.055) / 1.055;
            let (ours, library) = (pow_2_4(x), x.powf(2.4));
            assert!((ours - library).abs() < 1e-12, "{c}: {ours} vs {library}");
        }
    }

    #[test]
    fn colours_read_in_both_hex_forms_and_nothing_else() {
        assert_eq!(Colour::parse("#0B5C6B"), Some(Colour([0x0b, 0x5c, 0x6b])));
        assert_eq!(Colour::parse(" #fa0 "), Some(Colour([0xff, 0xaa, 0x00])));
        for bad in [
            "0b5c6b",
            "#0b5c6",
            "#0b5c6bff",
            "#ggg",
            "red",
            "#",
            "",
            "#+1+2+3",
        ] {
            assert_eq!(Colour::parse(bad), None, "{bad}");
        }
        assert_eq!(Colour([0x0b, 0x5c, 0x6b]).to_string(), "#0b5c6b");
    }

    /// The published WCAG examples: black on white is 21:1, and #767676 is the lightest
    /// grey that reaches 4.5:1 on white.
    #[test]
    fn contrast_follows_wcag() {
        let white = Colour([255; 3]);
        assert!((Colour([0; 3]).contrast(white) - 21.0).abs() < 1e-9);
        assert!(Colour([0x76; 3]).contrast(white) >= TEXT_CONTRAST);
        assert!(Colour([0x77; 3]).contrast(white) < TEXT_CONTRAST);
        assert_eq!(
            white.contrast(Colour([0x76; 3])),
            Colour([0x76; 3]).contrast(white)
        );
    }

    /// The defaults pass the check the settings must pass, and a hover shade never
    /// loses contrast.
    #[test]
    fn the_default_brand_colours_are_readable_and_shading_keeps_them_so() {
        for theme in [LIGHT, DARK] {
            let (_, ratio) = theme.weakest(theme.brand);
            assert!(ratio >= TEXT_CONTRAST, "{}: {ratio}", theme.name);
            let hover = theme.brand.mix(theme.shade, 0.2);
            assert!(theme.weakest(hover).1 >= ratio, "{}", theme.name);
        }
    }
}
