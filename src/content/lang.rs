//! The interface language: English, German, French, Spanish or one a site adds, chosen
//! per page. A piece of wording is a
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
    /// A language a site adds in its settings: its place in [`site_languages`].
    Site(u8),
}

/// A language a site's settings add (`config.json`'s `languages`), or a built-in one
/// whose translation file the site replaces with its own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteLanguage {
    /// Its BCP 47 primary tag, in lower case (`nl`).
    pub code: String,
    /// Its name in itself, as the switch shows it (`Nederlands`); empty for a built-in
    /// language, which keeps its own.
    pub name: String,
    /// Its translation file on the site (`i18n/nl.po`), fetched when it is chosen.
    pub file: String,
}

impl Lang {
    /// The languages built in, in the order the switch offers them.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::De, Lang::Fr, Lang::Es];

    /// Every language the page speaks: the built-in ones, then those the site adds.
    pub fn all() -> Vec<Lang> {
        let added = site_languages()
            .iter()
            .enumerate()
            .filter(|(_, l)| Lang::builtin(&l.code).is_none())
            .filter_map(|(i, _)| Some(Lang::Site(u8::try_from(i).ok()?)));
        Lang::ALL.into_iter().chain(added).collect()
    }

    /// Its BCP 47 tag, as `<html lang>` and settings files write it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::Site(i) => site(i).map_or("en", |l| l.code.as_str()),
        }
    }

    /// Its name in itself, as the switch shows it.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Fr => "Français",
            Lang::Es => "Español",
            Lang::Site(i) => site(i).map_or("English", |l| l.name.as_str()),
        }
    }

    /// Its place among all languages, for ordering: the built-in ones first.
    pub fn index(self) -> u16 {
        match self {
            Lang::En => 0,
            Lang::De => 1,
            Lang::Fr => 2,
            Lang::Es => 3,
            Lang::Site(i) => 4 + u16::from(i),
        }
    }

    /// The translation file the site gives for it, where it adds the language or
    /// replaces the built-in file.
    pub fn site_file(self) -> Option<&'static str> {
        let code = self.code();
        site_languages()
            .iter()
            .find(|l| l.code == code)
            .map(|l| l.file.as_str())
    }

    /// The built-in language of a primary tag (`de`), if one is.
    fn builtin(primary: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| primary.eq_ignore_ascii_case(l.code()))
    }

    /// The language a BCP 47 tag names among the built-in ones and those a site's
    /// settings add (`added`, in their order there), if the page speaks it.
    pub fn among(tag: &str, added: &[SiteLanguage]) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?;
        Lang::builtin(primary).or_else(|| {
            let i = added
                .iter()
                .position(|l| primary.eq_ignore_ascii_case(&l.code))?;
            Some(Lang::Site(u8::try_from(i).ok()?))
        })
    }

    /// The decimal mark and the thousands separator the language writes numbers with.
    pub fn number_marks(self) -> (char, char) {
        number_marks(self.code())
    }

    /// Whether the language writes its nouns with a capital (German): a location model
    /// or a kind of work keeps its capital inside a sentence ("2 Offshore").
    pub fn capitalises_nouns(self) -> bool {
        matches!(self, Lang::De)
    }

    /// The language of a BCP 47 tag (`de`, `de-AT`, `EN-us`), if the page speaks it
    /// (built in, or added by the site).
    pub fn of_tag(tag: &str) -> Option<Lang> {
        Lang::among(tag, site_languages())
    }
}

/// The decimal mark and the thousands separator of a BCP 47 language tag (`de-DE`,
/// `fr`, `en-GB`): `1.234,5`, `1 234,5` (a no-break space) or, for a language not
/// listed, `1,234.5`.
pub fn number_marks(tag: &str) -> (char, char) {
    let primary = tag.split(['-', '_']).next().unwrap_or_default();
    let is = |list: &[&str]| list.iter().any(|l| primary.eq_ignore_ascii_case(l));
    if is(&[
        "de", "es", "it", "nl", "pt", "da", "tr", "id", "ro", "el", "hr", "sl", "sr", "is", "vi",
    ]) {
        (',', '.')
    } else if is(&[
        "fr", "pl", "cs", "sk", "sv", "fi", "nb", "nn", "no", "ru", "uk", "hu", "lt", "lv", "et",
        "bg",
    ]) {
        (',', '\u{a0}')
    } else {
        ('.', ',')
    }
}

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::En) };
    static SITE: Cell<&'static [SiteLanguage]> = const { Cell::new(&[]) };
}

/// The languages the site's settings add or whose files they replace, in their order
/// there ([`Lang::Site`] indexes them).
pub fn site_languages() -> &'static [SiteLanguage] {
    SITE.with(Cell::get)
}

fn site(i: u8) -> Option<&'static SiteLanguage> {
    site_languages().get(usize::from(i))
}

/// Takes the site's languages (read once, at start, from its settings).
pub fn set_site_languages(languages: Vec<SiteLanguage>) {
    SITE.with(|s| s.set(Box::leak(languages.into_boxed_slice())));
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
/// writes it ([`number_marks`]): `1.234,5` in German and Spanish, `1 234,5` in French (a
/// no-break space).
pub fn local_number(text: &str) -> String {
    let (decimal, group) = current().number_marks();
    if decimal == '.' {
        return text.to_owned();
    }
    text.chars()
        .map(|c| match c {
            ',' => group,
            '.' => decimal,
            c => c,
        })
        .collect()
}

/// What stands between a label and its value ("Wage: cited"): `": "`, and in French
/// `" : "` with a no-break space.
pub fn colon() -> &'static str {
    Tr::with_context("between a label and its value", ": ").get()
}

/// What separates the items of a list inside a sentence (`"; "`, French `" ; "`).
pub fn semicolon() -> &'static str {
    Tr::with_context("between two groups of work in a sentence", "; ").get()
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
    fn a_site_language_has_its_code_name_file_and_number_marks() {
        set_site_languages(vec![
            SiteLanguage {
                code: "de".into(),
                name: String::new(),
                file: "own/de.po".into(),
            },
            SiteLanguage {
                code: "nl".into(),
                name: "Nederlands".into(),
                file: "i18n/nl.po".into(),
            },
        ]);
        let nl = Lang::Site(1);
        assert_eq!(Lang::of_tag("nl-NL"), Some(nl));
        assert_eq!(Lang::of_tag("de"), Some(Lang::De));
        assert_eq!((nl.code(), nl.name()), ("nl", "Nederlands"));
        assert_eq!(Lang::all(), [Lang::En, Lang::De, Lang::Fr, Lang::Es, nl]);
        assert_eq!(nl.site_file(), Some("i18n/nl.po"));
        assert_eq!(Lang::De.site_file(), Some("own/de.po"));
        assert_eq!(Lang::Fr.site_file(), None);
        assert_eq!(nl.number_marks(), (',', '.'));
        set(nl);
        assert_eq!(local_number("1,234.5"), "1.234,5");
        // A text the site's file has not been loaded for reads in English.
        assert_eq!(Tr::new("Next").get(), "Next");
        set(Lang::En);
        set_site_languages(Vec::new());
        assert_eq!(Lang::of_tag("nl"), None);
        assert_eq!(number_marks("sv-SE"), (',', '\u{a0}'));
        assert_eq!(number_marks("ja"), ('.', ','));
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
