//! Every translation file is complete: each text the code gives in English
//! (`Tr::new("…")`, `Tr::with_context("…", "…")`, `tr("…")`) has a translation that keeps
//! its `{placeholders}`, and the file holds no entry the code no longer uses.

use shorewise::content::catalog::{self, Catalog};
use shorewise::content::lang::{self, Lang};
use std::collections::BTreeSet;
use std::path::Path;

/// Pairs of texts: `(context, English)`, or `(English singular, English plural)`.
type Texts = BTreeSet<(String, String)>;

/// The text of the Rust string literal starting at `s[0] == '"'`, and the rest after it.
fn literal(s: &str) -> Option<(String, &str)> {
    let mut out = String::new();
    let mut chars = s.strip_prefix('"')?.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Some((out, &s[i + 2..])),
            '\\' => match chars.next()?.1 {
                'n' => out.push('\n'),
                't' => out.push('\t'),
                'u' => {
                    let hex: String = chars
                        .by_ref()
                        .map(|(_, c)| c)
                        .skip(1)
                        .take_while(|c| *c != '}')
                        .collect();
                    out.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
                }
                '\n' => {
                    // A continued line: its leading blanks are not part of the text.
                    let mut rest = chars.clone();
                    while rest.clone().next().is_some_and(|(_, c)| c.is_whitespace()) {
                        rest.next();
                    }
                    chars = rest;
                }
                c => out.push(c),
            },
            c => out.push(c),
        }
    }
    None
}

/// Every `(context, English)` the sources give for translation, and every counted
/// wording's `(English singular, English plural)` (`tr_n("…", "…", n)`).
fn texts_in_code() -> (Texts, Texts) {
    let mut plurals = BTreeSet::new();
    let mut found = BTreeSet::new();
    let mut dirs = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let source = std::fs::read_to_string(&path).unwrap();
            for (at, _) in source.match_indices("tr_n(") {
                let rest = source[at + 5..].trim_start();
                let Some((one, rest)) = literal(rest) else {
                    continue;
                };
                let rest = rest.trim_start().trim_start_matches(',').trim_start();
                let (other, _) = literal(rest).expect("tr_n(\"one\", \"other\", n)");
                plurals.insert((one, other));
            }
            for (call, has_context) in [
                ("Tr::new(", false),
                ("Tr::with_context(", true),
                ("tr(", false),
            ] {
                for (at, _) in source.match_indices(call) {
                    // `tr(` alone, not the end of a longer name.
                    let before = source[..at].chars().next_back().unwrap_or(' ');
                    if call == "tr(" && (before.is_alphanumeric() || "_.:".contains(before)) {
                        continue;
                    }
                    let rest = source[at + call.len()..].trim_start();
                    let Some((first, rest)) = literal(rest) else {
                        continue;
                    };
                    if has_context {
                        let rest = rest.trim_start().trim_start_matches(',').trim_start();
                        let (english, _) = literal(rest).expect("a context and an English text");
                        found.insert((first, english));
                    } else {
                        found.insert((String::new(), first));
                    }
                }
            }
        }
    }
    (found, plurals)
}

/// The `{name}` placeholders of a text.
fn placeholders(text: &str) -> BTreeSet<&str> {
    lang::placeholders(text).into_iter().collect()
}

#[test]
fn every_text_of_the_code_is_translated_in_every_language_with_its_placeholders() {
    let (texts, plurals) = texts_in_code();
    assert!(texts.len() > 900, "{} texts found", texts.len());
    assert!(plurals.len() > 5, "{} counted texts found", plurals.len());
    // Every file in i18n/: the built-in languages', and one a translator is preparing
    // for a site to add (docs/configuration.md, "Adding or replacing a language").
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n");
    let mut files: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "po"))
        .map(|p| {
            let code = p.file_stem().unwrap().to_string_lossy().into_owned();
            (code, std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    files.sort();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let file = catalog::builtin(lang).expect("a file for every language but English");
        assert!(
            files
                .iter()
                .any(|(code, text)| code == lang.code() && text == file),
            "i18n/{}.po is the file the app builds in",
            lang.code()
        );
    }
    for (code, file) in &files {
        let c = Catalog::parse(file).unwrap_or_else(|e| panic!("{code}.po {e}"));
        // A text without a letter ("2024", "–") reads the same in every language.
        let missing: Vec<_> = texts
            .iter()
            .filter(|(_, english)| english.chars().any(char::is_alphabetic))
            .filter(|(context, english)| c.get(context, english).is_none())
            .collect();
        assert!(missing.is_empty(), "{code}.po lacks {missing:#?}");
        let missing: Vec<_> = plurals
            .iter()
            .filter(|(one, _)| c.get_plural(one, 1).is_none())
            .collect();
        assert!(
            missing.is_empty(),
            "{code}.po lacks the plural entries {missing:#?}"
        );
        let mut seen = BTreeSet::new();
        for t in c.entries() {
            let english = t.english;
            assert!(
                seen.insert((t.context, english)),
                "{code}.po has {english:?} twice"
            );
            if t.english_plural.is_empty() {
                assert!(
                    texts.contains(&(t.context.to_owned(), english.to_owned())),
                    "{code}.po translates {english:?}, which the code no longer uses"
                );
                assert_eq!(
                    placeholders(english),
                    placeholders(t.forms[0]),
                    "{code}.po: {english:?}"
                );
                continue;
            }
            assert!(
                plurals.contains(&(english.to_owned(), t.english_plural.to_owned())),
                "{code}.po has the plural {english:?} / {:?}, which the code does not use",
                t.english_plural
            );
            assert_eq!(
                t.forms.len(),
                c.plural_forms(),
                "{code}.po: {english:?} needs the {} plural forms of its header",
                c.plural_forms()
            );
            // Each form says only what the English can; the last (most general) form
            // says all the plural says.
            let offered: BTreeSet<_> = placeholders(english)
                .union(&placeholders(t.english_plural))
                .copied()
                .collect();
            for form in &t.forms {
                assert!(
                    placeholders(form).is_subset(&offered),
                    "{code}.po: {form:?}"
                );
            }
            assert_eq!(
                placeholders(t.english_plural),
                placeholders(t.forms[t.forms.len() - 1]),
                "{code}.po: {english:?}"
            );
        }
    }
}
