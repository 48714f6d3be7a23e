//! The interface language: English, German, French or Spanish, chosen per page. A piece of wording is a
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
    /// French.
    Fr,
    /// Spanish.
    Es,
}

impl Lang {
    /// Every language, in the order the switch offers them.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::De, Lang::Fr, Lang::Es];

    /// Its BCP 47 tag, as `<html lang>` and settings files write it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Es => "es",
        }
    }

    /// Its name in itself, as the switch shows it.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Fr => "Français",
            Lang::Es => "Español",
        }
    }

    /// Whether the language writes its nouns with a capital (German): a location model
    /// or a kind of work keeps its capital inside a sentence ("2 Offshore").
    pub fn capitalises_nouns(self) -> bool {
        matches!(self, Lang::De)
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

/// The `{placeholders}` of a wording, in order, each once: what [`fill`] fills, and
/// what a translation or a site's rewording must keep.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut found: Vec<&str> = Vec::new();
    for name in text
        .split('{')
        .skip(1)
        .filter_map(|s| s.split_once('}').map(|(n, _)| n))
    {
        let is_name =
            !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        if is_name && !found.contains(&name) {
            found.push(name);
        }
    }
    found
}

/// Whether two wordings have the same `{placeholders}`, in any order.
pub fn same_placeholders(a: &str, b: &str) -> bool {
    let (a, b) = (placeholders(a), placeholders(b));
    a.len() == b.len() && a.iter().all(|p| b.contains(p))
}

/// Lower case for the wording Shorewise writes and searches: ASCII and the Latin-1
/// letters of the Western European languages (`É`, `Ü`, `Ñ`, `Ç`…), the full Unicode
/// case tables would cost the bundle about 12 KB.
pub fn lower(text: &str) -> String {
    text.chars().map(lower_char).collect()
}

/// The key a list of names is sorted by in every language: lower case, an accented
/// letter as its base letter ("Österreich" under O, "Égypte" under E), as dictionaries
/// of the Western European languages sort.
pub fn sort_key(text: &str) -> String {
    text.chars()
        .map(|c| match lower_char(c) {
            'à'..='å' => 'a',
            'ç' => 'c',
            'è'..='ë' => 'e',
            'ì'..='ï' => 'i',
            'ñ' => 'n',
            'ò'..='ö' | 'ø' => 'o',
            'ù'..='ü' => 'u',
            'ý' | 'ÿ' => 'y',
            c => c,
        })
        .collect()
}

fn lower_char(c: char) -> char {
    match c {
        // Latin-1's capitals sit 32 below their small letters; × is no letter.
        'À'..='Þ' if c != '×' => char::from_u32(c as u32 + 32).unwrap_or(c),
        c => c.to_ascii_lowercase(),
    }
}

fn upper_char(c: char) -> char {
    match c {
        'à'..='þ' if c != '÷' => char::from_u32(c as u32 - 32).unwrap_or(c),
        c => c.to_ascii_uppercase(),
    }
}

/// A number written with a point and comma groups (`1,234.5`, as
/// [`readable`](crate::vocab::model::readable) gives it) as the current language
/// writes it: `1.234,5` in German and Spanish, `1 234,5` in French (a no-break space,
/// as [`NumberStyle::COMMA_SPACE`](crate::ui::numbers::NumberStyle::COMMA_SPACE)).
pub fn local_number(text: &str) -> String {
    let (group, decimal) = match current() {
        Lang::En => return text.to_owned(),
        Lang::De | Lang::Es => ('.', ','),
        Lang::Fr => ('\u{a0}', ','),
    };
    text.chars()
        .map(|c| match c {
            ',' => group,
            '.' => decimal,
            c => c,
        })
        .collect()
}

/// A name quoted inside a sentence, with the current language's quotation marks:
/// “Cost reduction”, „Kostensenkung“.
pub fn quoted(name: &str) -> String {
    fill(Tr::new("“{text}”").get(), &[("text", name)])
}

/// The text with its first letter in upper case (the letters of [`lower`]).
pub fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => std::iter::once(upper_char(first)).chain(chars).collect(),
        None => String::new(),
    }
}

/// The text with its first letter in lower case (the letters of [`lower`]).
pub fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => std::iter::once(lower_char(first)).chain(chars).collect(),
        None => String::new(),
    }
}

/// The form of a counted wording for `n` in the current language: English takes `one`
/// for 1 and `other` for every other count; a translation file gives its language's
/// forms (`msgid_plural`, read by [`super::catalog`]). The wording usually holds `{n}`
/// for [`fill`] (`one` may say the number in words: "One wave over {months} months.").
pub fn tr_n(one: &'static str, other: &'static str, n: u64) -> &'static str {
    match current() {
        Lang::En => {
            if n == 1 {
                one
            } else {
                other
            }
        }
        lang => super::catalog::translate_plural(lang, one, n).unwrap_or(if n == 1 {
            one
        } else {
            other
        }),
    }
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
        super::catalog::wording(lang, self.context, self.en)
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
        assert_eq!(Lang::of_tag("fr-FR"), Some(Lang::Fr));
        assert_eq!(Lang::of_tag("es_MX"), Some(Lang::Es));
        assert_eq!(Lang::of_tag("it"), None);
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
        assert_eq!(lower("ÉTÉ À ÇA, Ñ × 2"), "été à ça, ñ × 2");
        assert_eq!(upper_first("été"), "Été");
        assert_eq!(lower_first("Infogérance"), "infogérance");
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
