//! Translation files: every language but English is a gettext PO file
//! (`i18n/<code>.po`), the format translators' tools read and write, keyed by the
//! English text (the `msgid`, with a `msgctxt` where one English text has two
//! meanings). The page fetches a language's file when it is first needed, so no
//! visitor downloads a language they do not read; native builds (tests, tools) have
//! the files compiled in.
//!
//! The reader takes the subset Shorewise writes: comments, `msgctxt`, `msgid` and
//! `msgstr`, each a quoted string that may continue on the lines below. A smaller reader
//! than a Fluent runtime: `fluent-bundle` measured 59 KB gzip of wasm beside a reader of
//! this size (see `docs/translating.md`).

use super::lang::Lang;
use std::cell::RefCell;
use std::fmt;

/// The translations of one language.
#[derive(Debug, Default)]
pub struct Catalog {
    /// `(context, English, translation)`, ordered by context and English.
    entries: Vec<(Box<str>, Box<str>, Box<str>)>,
}

/// Why a translation file cannot be read: the line and the problem.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CatalogError {
    /// Line number, from 1.
    pub line: usize,
    /// What is wrong there.
    pub problem: &'static str,
}

impl fmt::Display for CatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.problem)
    }
}

/// The part of an entry a quoted line continues.
#[derive(Clone, Copy, PartialEq)]
enum Field {
    Context,
    Id,
    Translation,
}

impl Catalog {
    /// Reads a translation file. An entry with an empty translation is left out (its
    /// English shows).
    pub fn parse(text: &str) -> Result<Self, CatalogError> {
        let mut entries = Vec::new();
        let mut parts: [String; 3] = Default::default();
        let mut field: Option<Field> = None;
        let mut finish = |parts: &mut [String; 3]| {
            let [context, id, translation] = std::mem::take(parts);
            if !id.is_empty() && !translation.is_empty() {
                entries.push((context.into(), id.into(), translation.into()));
            }
        };
        for (i, raw) in text.lines().enumerate() {
            let line = raw.trim();
            let err = |problem| CatalogError {
                line: i + 1,
                problem,
            };
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (next, rest) = if let Some(rest) = line.strip_prefix("msgctxt ") {
                (Some(Field::Context), rest)
            } else if let Some(rest) = line.strip_prefix("msgid ") {
                (Some(Field::Id), rest)
            } else if let Some(rest) = line.strip_prefix("msgstr ") {
                (Some(Field::Translation), rest)
            } else if line.starts_with('"') {
                (None, line)
            } else if line.starts_with("msgid_plural") || line.starts_with("msgstr[") {
                return Err(err("plural entries are not read: write one entry per form"));
            } else {
                return Err(err("expected msgctxt, msgid, msgstr or a quoted line"));
            };
            let value = unquote(rest).ok_or_else(|| err("expected a quoted text"))?;
            match next {
                Some(f) => {
                    // A new context or id after a translation starts the next entry.
                    let starts_entry = f != Field::Translation
                        && (field == Some(Field::Translation)
                            || (f == Field::Context && field.is_some()));
                    if starts_entry {
                        finish(&mut parts);
                    }
                    let order_ok = match f {
                        Field::Context => field != Some(Field::Context),
                        Field::Id => field != Some(Field::Id),
                        Field::Translation => field == Some(Field::Id),
                    };
                    if !order_ok {
                        return Err(err("msgstr must follow a msgid, and a msgid one msgctxt"));
                    }
                    field = Some(f);
                    parts[f as usize] = value;
                }
                None => match field {
                    Some(f) => parts[f as usize].push_str(&value),
                    None => return Err(err("a quoted line continues nothing")),
                },
            }
        }
        if field == Some(Field::Id) || field == Some(Field::Context) {
            return Err(CatalogError {
                line: text.lines().count(),
                problem: "the last entry has no msgstr",
            });
        }
        finish(&mut parts);
        crate::vocab::order::sort_by(&mut entries, |a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
        Ok(Self { entries })
    }

    /// The translation of `english` (in `context`, empty for most), if the file has one.
    pub fn get(&self, context: &str, english: &str) -> Option<&str> {
        self.entries
            .binary_search_by(|(c, e, _)| (&**c, &**e).cmp(&(context, english)))
            .ok()
            .map(|i| &*self.entries[i].2)
    }

    /// Every entry: `(context, English, translation)`.
    pub fn entries(&self) -> impl Iterator<Item = (&str, &str, &str)> {
        self.entries.iter().map(|(c, e, t)| (&**c, &**e, &**t))
    }
}

/// The text of a quoted PO string, its escapes read (`\"`, `\\`, `\n`, `\t`).
fn unquote(s: &str) -> Option<String> {
    let inner = s.strip_prefix('"')?.strip_suffix('"')?;
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push(match chars.next()? {
                'n' => '\n',
                't' => '\t',
                c @ ('"' | '\\') => c,
                _ => return None,
            }),
            '"' => return None,
            c => out.push(c),
        }
    }
    Some(out)
}

thread_local! {
    /// The languages whose file is loaded (for the page's life: a few dozen KB).
    static LOADED: RefCell<Vec<(Lang, &'static Catalog)>> = const { RefCell::new(Vec::new()) };
}

/// Makes `catalog` the wording of `lang` from now on.
pub fn install(lang: Lang, catalog: Catalog) {
    let catalog: &'static Catalog = Box::leak(Box::new(catalog));
    LOADED.with(|l| {
        let mut l = l.borrow_mut();
        l.retain(|(k, _)| *k != lang);
        l.push((lang, catalog));
    });
}

/// Whether the wording of `lang` is here (English always is).
pub fn is_loaded(lang: Lang) -> bool {
    lang == Lang::En || loaded(lang).is_some()
}

fn loaded(lang: Lang) -> Option<&'static Catalog> {
    let found = LOADED.with(|l| l.borrow().iter().find(|(k, _)| *k == lang).map(|(_, c)| *c));
    #[cfg(not(target_arch = "wasm32"))]
    if found.is_none() {
        if let Some(catalog) = builtin(lang).and_then(|text| Catalog::parse(text).ok()) {
            install(lang, catalog);
            return LOADED.with(|l| l.borrow().last().map(|(_, c)| *c));
        }
    }
    found
}

/// The translation of `english` in `lang`, where that language's file is loaded and
/// has one.
pub fn translate(lang: Lang, context: &str, english: &str) -> Option<&'static str> {
    loaded(lang)?.get(context, english)
}

/// A language's file as shipped (native builds compile them in; the page fetches them).
pub fn builtin(lang: Lang) -> Option<&'static str> {
    match lang {
        Lang::En => None,
        #[cfg(not(target_arch = "wasm32"))]
        Lang::De => Some(include_str!("../../i18n/de.po")),
        #[cfg(target_arch = "wasm32")]
        Lang::De => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_read_with_their_context_escapes_and_continued_lines() {
        let c = Catalog::parse(
            "# comment\nmsgid \"\"\nmsgstr \"\"\n\"Language: de\\n\"\n\n#: src/a.rs\nmsgid \"Edit\"\nmsgstr \"Bearbeiten\"\n\nmsgctxt \"first side\"\nmsgid \"Compare\"\nmsgstr \"Vergleiche\"\n\nmsgid \"Say \\\"hi\\\"\"\nmsgstr \"\"\n\"Sag \"\n\"\\\"hallo\\\"\"\n\nmsgid \"Untranslated\"\nmsgstr \"\"\n",
        )
        .unwrap();
        assert_eq!(c.get("", "Edit"), Some("Bearbeiten"));
        assert_eq!(c.get("first side", "Compare"), Some("Vergleiche"));
        assert_eq!(c.get("", "Compare"), None);
        assert_eq!(c.get("", "Say \"hi\""), Some("Sag \"hallo\""));
        assert_eq!(c.get("", "Untranslated"), None);
        assert_eq!(c.entries().count(), 3);
    }

    #[test]
    fn a_file_that_cannot_be_read_names_the_line_and_the_problem() {
        for (text, line, problem) in [
            (
                "msgid \"a\"\nmsgstr \"b\nmsgid",
                2,
                "expected a quoted text",
            ),
            (
                "msgstr \"b\"",
                1,
                "msgstr must follow a msgid, and a msgid one msgctxt",
            ),
            (
                "msgid \"a\"\nmsgid \"b\"",
                2,
                "msgstr must follow a msgid, and a msgid one msgctxt",
            ),
            ("\"stray\"", 1, "a quoted line continues nothing"),
            ("msgid \"a\"\nmsgstr \"\\q\"", 2, "expected a quoted text"),
            ("msgid \"a\"", 1, "the last entry has no msgstr"),
            (
                "hello",
                1,
                "expected msgctxt, msgid, msgstr or a quoted line",
            ),
            (
                "msgid \"a\"\nmsgid_plural \"as\"",
                2,
                "plural entries are not read: write one entry per form",
            ),
        ] {
            assert_eq!(
                Catalog::parse(text).unwrap_err(),
                CatalogError { line, problem },
                "{text}"
            );
        }
    }

    #[test]
    fn the_german_file_reads_and_is_found_by_its_english() {
        assert!(is_loaded(Lang::De));
        assert_eq!(translate(Lang::De, "", "Edit"), Some("Bearbeiten"));
        assert_eq!(translate(Lang::En, "", "Edit"), None);
    }
}
