//! The interface language: English or German, chosen per page. A piece of wording is a
//! [`Tr`] holding its English, which is also the key of its translation in the
//! language's file (`i18n/<code>.po`, read by [`super::catalog`]; a test keeps every
//! file complete); wording with values is a function that matches on [`current`].

use std::cell::Cell;
use std::fmt;
use std::ops::Deref;

/// A language Shorewise speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English (the default).
    #[default]
    En,
    /// German.
    De,
}

impl Lang {
    /// Every language, in the order the switch offers them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::De];

    /// Its BCP 47 tag, as `<html lang>` and settings files write it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
        }
    }

    /// Its name in itself, as the switch shows it.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
        }
    }

    /// The language of a BCP 47 tag (`de`, `de-AT`, `EN-us`), if Shorewise speaks it.
    pub fn of_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?;
        Lang::ALL
            .into_iter()
            .find(|l| primary.eq_ignore_ascii_case(l.code()))
    }
}

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// The language wording is given in now.
pub fn current() -> Lang {
    CURRENT.with(Cell::get)
}

/// Gives all wording in `lang` from now on (for this thread: the page, or one test).
pub fn set(lang: Lang) {
    CURRENT.with(|c| c.set(lang));
}

/// `text` cut to its first `max` characters, "…" marking the cut (whole when it fits).
pub fn shortened(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((end, _)) => format!("{}…", text[..end].trim_end()),
        None => text.to_owned(),
    }
}

/// A wording with its named placeholders filled in: `fill("Quote in {currency}",
/// &[("currency", "GBP")])` is "Quote in GBP". A placeholder without a value, or a
/// brace that opens none, stays as written. One small function in place of a
/// formatting call per sentence and language.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after
            .find('}')
            .and_then(|close| Some((close, args.iter().find(|(k, _)| *k == &after[..close])?.1)));
        match value {
            Some((close, v)) => {
                out.push_str(v);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Lower case for the wording Shorewise writes and searches: ASCII letters and the
/// German umlauts (the full Unicode case tables would cost the bundle about 12 KB).
pub fn lower(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'Ä' => 'ä',
            'Ö' => 'ö',
            'Ü' => 'ü',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

/// The text with its first letter in upper case (ASCII letters and the umlauts, as
/// [`lower`]).
pub fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    let first = match first {
        'ä' => 'Ä',
        'ö' => 'Ö',
        'ü' => 'Ü',
        c => c.to_ascii_uppercase(),
    };
    std::iter::once(first).chain(chars).collect()
}

/// A piece of wording in every language; reads as the current language's (`&str` by
/// dereference, `Display` for formatting): its translation where the language's file
/// is loaded, else the English.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tr {
    en: &'static str,
    /// Tells two meanings of the same English apart for translators (`msgctxt`).
    context: &'static str,
}

impl Tr {
    /// The wording, given in English.
    pub const fn new(en: &'static str) -> Self {
        Self { en, context: "" }
    }

    /// The wording, given in English, with a context where the same English is
    /// translated differently elsewhere.
    pub const fn with_context(context: &'static str, en: &'static str) -> Self {
        Self { en, context }
    }

    /// The English wording.
    pub fn english(self) -> &'static str {
        self.en
    }

    /// The context given with it (empty for most).
    pub fn context(self) -> &'static str {
        self.context
    }

    /// The wording in the current language.
    pub fn get(self) -> &'static str {
        self.in_lang(current())
    }

    /// The wording in a given language (its English where that language's file is not
    /// loaded).
    pub fn in_lang(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            _ => super::catalog::translate(lang, self.context, self.en).unwrap_or(self.en),
        }
    }
}

impl Deref for Tr {
    type Target = str;

    fn deref(&self) -> &str {
        self.get()
    }
}

impl fmt::Display for Tr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.get())
    }
}

/// Data exports carry the English wording.
impl serde::Serialize for Tr {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.en)
    }
}

impl From<Tr> for String {
    fn from(t: Tr) -> Self {
        t.get().to_owned()
    }
}

impl From<Tr> for &'static str {
    fn from(t: Tr) -> Self {
        t.get()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_name_their_language_whatever_the_region_or_case() {
        assert_eq!(Lang::of_tag("de-AT"), Some(Lang::De));
        assert_eq!(Lang::of_tag("DE"), Some(Lang::De));
        assert_eq!(Lang::of_tag("en_GB"), Some(Lang::En));
        assert_eq!(Lang::of_tag("fr-FR"), None);
        assert_eq!(Lang::of_tag(""), None);
    }

    #[test]
    fn case_changes_cover_the_umlauts() {
        assert_eq!(
            lower("ÜBER Äpfel, Öl und Offshore"),
            "über äpfel, öl und offshore"
        );
        assert_eq!(upper_first("über"), "Über");
        assert_eq!(upper_first("outsource"), "Outsource");
        assert_eq!(upper_first(""), "");
    }

    #[test]
    fn wording_follows_the_current_language() {
        let t = Tr::new("Next");
        set(Lang::De);
        assert_eq!(&*t, "Weiter");
        assert_eq!(t.to_string(), "Weiter");
        set(Lang::En);
        assert_eq!(t.get(), "Next");
    }
}
