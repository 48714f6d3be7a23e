//! Translation files: every language but English is a gettext PO file
//! (`i18n/<code>.po`), the format translators' tools read and write, keyed by the
//! English text (the `msgid`, with a `msgctxt` where one English text has two
//! meanings). The page fetches a language's file when it is first needed, so no
//! visitor downloads a language they do not read; native builds (tests, tools) have
//! the files compiled in.
//!
//! The reader takes the subset Shorewise writes: comments, `msgctxt`, `msgid`,
//! `msgid_plural`, `msgstr` and `msgstr[n]`, each a quoted string that may continue on
//! the lines below, and the header's `Plural-Forms` rule (a C expression of `n`, read by
//! [`PluralRule`]). A smaller reader than a Fluent runtime: `fluent-bundle` measured
//! 59 KB gzip of wasm beside a reader of this size (see `docs/translating.md`).

use super::lang::Lang;
use std::cell::RefCell;
use std::fmt;

/// Separates the forms of a plural entry's translation in [`Entry::translation`].
const FORMS: char = '\u{0}';

/// One translated text.
#[derive(Debug)]
struct Entry {
    context: Box<str>,
    english: Box<str>,
    /// The English plural (`msgid_plural`), empty for a text without plural forms.
    english_plural: Box<str>,
    /// The translation; a plural entry's forms joined by [`FORMS`].
    translation: Box<str>,
}

/// The translations of one language.
#[derive(Debug, Default)]
pub struct Catalog {
    /// Ordered by context and English.
    entries: Vec<Entry>,
    /// Which plural form a count takes (`Plural-Forms` of the header).
    plural: PluralRule,
    /// How many plural forms the language has.
    forms: usize,
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
    IdPlural,
    /// `msgstr`, or `msgstr[n]`.
    Translation(usize),
}

/// An entry as it is read.
#[derive(Default)]
struct Parts {
    context: String,
    id: String,
    id_plural: String,
    /// The translation, or each plural form in order.
    forms: Vec<String>,
}

/// A translation file's entry with one English text and its (plural) translations, as
/// [`Catalog::entries`] gives them.
pub struct Translated<'a> {
    /// The `msgctxt` (empty for most).
    pub context: &'a str,
    /// The English (singular).
    pub english: &'a str,
    /// The English plural, empty for a text without plural forms.
    pub english_plural: &'a str,
    /// The translation, or each plural form in order.
    pub forms: Vec<&'a str>,
}

impl Catalog {
    /// Reads a translation file. An entry with an empty translation is left out (its
    /// English shows).
    pub fn parse(text: &str) -> Result<Self, CatalogError> {
        let mut entries = Vec::new();
        let mut header = None;
        let mut parts = Parts::default();
        let mut field: Option<Field> = None;
        let mut finish = |parts: &mut Parts| {
            let p = std::mem::take(parts);
            if p.id.is_empty() && p.context.is_empty() {
                header = p.forms.into_iter().next();
            } else if !p.forms.is_empty() && p.forms.iter().all(|f| !f.is_empty()) {
                entries.push(Entry {
                    context: p.context.into(),
                    english: p.id.into(),
                    english_plural: p.id_plural.into(),
                    translation: p.forms.join(&FORMS.to_string()).into(),
                });
            }
        };
        let mut lines = 0;
        for (i, raw) in text.lines().enumerate() {
            lines = i + 1;
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
            } else if let Some(rest) = line.strip_prefix("msgid_plural ") {
                (Some(Field::IdPlural), rest)
            } else if let Some(rest) = line.strip_prefix("msgid ") {
                (Some(Field::Id), rest)
            } else if let Some(rest) = line.strip_prefix("msgstr ") {
                (Some(Field::Translation(0)), rest)
            } else if let Some(rest) = line.strip_prefix("msgstr[") {
                let (n, rest) = rest
                    .split_once("] ")
                    .and_then(|(n, rest)| Some((n.parse::<usize>().ok()?, rest)))
                    .ok_or_else(|| err("expected msgstr[<number>] and a quoted text"))?;
                (Some(Field::Translation(n)), rest)
            } else if line.starts_with('"') {
                (None, line)
            } else {
                return Err(err("expected msgctxt, msgid, msgstr or a quoted line"));
            };
            let value = unquote(rest).ok_or_else(|| err("expected a quoted text"))?;
            let Some(f) = next else {
                match field {
                    Some(Field::Context) => parts.context.push_str(&value),
                    Some(Field::Id) => parts.id.push_str(&value),
                    Some(Field::IdPlural) => parts.id_plural.push_str(&value),
                    Some(Field::Translation(_)) => {
                        if let Some(last) = parts.forms.last_mut() {
                            last.push_str(&value);
                        }
                    }
                    None => return Err(err("a quoted line continues nothing")),
                }
                continue;
            };
            let plural = !parts.id_plural.is_empty() || f == Field::IdPlural;
            let order_ok = match f {
                Field::Context => {
                    !matches!(field, Some(Field::Context | Field::Id | Field::IdPlural))
                }
                Field::Id => !matches!(field, Some(Field::Id | Field::IdPlural)),
                Field::IdPlural => field == Some(Field::Id),
                Field::Translation(0) => {
                    field == Some(if plural { Field::IdPlural } else { Field::Id })
                        && (plural == line.starts_with("msgstr["))
                }
                Field::Translation(n) => field == Some(Field::Translation(n - 1)) && plural,
            };
            if !order_ok {
                return Err(err(
                    "out of order: an entry is msgctxt, msgid, msgid_plural, then msgstr or msgstr[0], msgstr[1], …",
                ));
            }
            // A new context or id after a translation starts the next entry.
            if matches!(f, Field::Context | Field::Id)
                && matches!(field, Some(Field::Translation(_)))
            {
                finish(&mut parts);
            }
            match f {
                Field::Context => parts.context = value,
                Field::Id => parts.id = value,
                Field::IdPlural => parts.id_plural = value,
                Field::Translation(_) => parts.forms.push(value),
            }
            field = Some(f);
        }
        if !matches!(field, None | Some(Field::Translation(_))) {
            return Err(CatalogError {
                line: lines,
                problem: "the last entry has no msgstr",
            });
        }
        finish(&mut parts);
        let (plural, forms) = match header.as_deref().and_then(plural_forms) {
            Some(Ok(found)) => found,
            Some(Err(problem)) => return Err(CatalogError { line: 1, problem }),
            None => (PluralRule::default(), 2),
        };
        crate::vocab::order::sort_by(&mut entries, |a, b| {
            (&a.context, &a.english).cmp(&(&b.context, &b.english))
        });
        Ok(Self {
            entries,
            plural,
            forms,
        })
    }

    fn find(&self, context: &str, english: &str) -> Option<&Entry> {
        self.entries
            .binary_search_by(|e| (&*e.context, &*e.english).cmp(&(context, english)))
            .ok()
            .map(|i| &self.entries[i])
    }

    /// The translation of `english` (in `context`, empty for most), if the file has one.
    pub fn get(&self, context: &str, english: &str) -> Option<&str> {
        self.find(context, english)
            .filter(|e| e.english_plural.is_empty())
            .map(|e| &*e.translation)
    }

    /// The form of a plural text (`english` is its English singular) that a count of
    /// `n` takes, if the file has it.
    pub fn get_plural(&self, english: &str, n: u64) -> Option<&str> {
        let entry = self
            .find("", english)
            .filter(|e| !e.english_plural.is_empty())?;
        let form = self.plural.form(n);
        let forms = entry.translation.split(FORMS);
        forms
            .clone()
            .nth(form)
            .or_else(|| forms.clone().next_back())
    }

    /// How many plural forms the language has (`nplurals`).
    pub fn plural_forms(&self) -> usize {
        self.forms
    }

    /// Every entry.
    pub fn entries(&self) -> impl Iterator<Item = Translated<'_>> {
        self.entries.iter().map(|e| Translated {
            context: &e.context,
            english: &e.english,
            english_plural: &e.english_plural,
            forms: e.translation.split(FORMS).collect(),
        })
    }
}

/// The `Plural-Forms: nplurals=2; plural=(n != 1);` line of a header: the rule and
/// the number of forms (`None` when the header has no such line).
fn plural_forms(header: &str) -> Option<Result<(PluralRule, usize), &'static str>> {
    let line = header
        .lines()
        .find_map(|l| l.trim().strip_prefix("Plural-Forms:"))?;
    let mut forms = None;
    let mut rule = None;
    for part in line.split(';') {
        match part.trim().split_once('=') {
            Some(("nplurals", n)) => forms = n.trim().parse::<usize>().ok(),
            Some(("plural", expr)) => rule = Some(PluralRule::parse(expr)),
            _ => {}
        }
    }
    Some(match (forms, rule) {
        (Some(n @ 1..=6), Some(Some(rule))) => Ok((rule, n)),
        _ => Err("the header's Plural-Forms cannot be read (expected nplurals=<1 to 6>; plural=<rule of n>)"),
    })
}

/// Which plural form a count takes: gettext's rule, a C expression of `n` with
/// `?:`, `||`, `&&`, comparisons, `%` and `!` (`n != 1`, `n > 1`,
/// `n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2`).
#[derive(Clone, Debug, PartialEq)]
pub enum PluralRule {
    /// The count itself.
    N,
    /// A number.
    Number(u64),
    /// `!a`.
    Not(Box<PluralRule>),
    /// `a <op> b`.
    Binary(Op, Box<PluralRule>, Box<PluralRule>),
    /// `a ? b : c`.
    If(Box<PluralRule>, Box<PluralRule>, Box<PluralRule>),
}

/// An operator of a plural rule.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    /// `||`
    Or,
    /// `&&`
    And,
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
    /// `%`
    Rem,
}

/// English's rule, and the rule where a file names none: `n != 1`.
impl Default for PluralRule {
    fn default() -> Self {
        PluralRule::Binary(
            Op::Ne,
            Box::new(PluralRule::N),
            Box::new(PluralRule::Number(1)),
        )
    }
}

impl PluralRule {
    /// Reads a rule (`None` when it is not one).
    pub fn parse(text: &str) -> Option<Self> {
        let mut p = RuleParser {
            rest: text.trim().trim_end_matches(';'),
        };
        let rule = p.conditional()?;
        p.rest.trim().is_empty().then_some(rule)
    }

    /// The form a count of `n` takes, from 0.
    pub fn form(&self, n: u64) -> usize {
        usize::try_from(self.eval(n)).unwrap_or(0)
    }

    fn eval(&self, n: u64) -> u64 {
        match self {
            PluralRule::N => n,
            PluralRule::Number(v) => *v,
            PluralRule::Not(a) => u64::from(a.eval(n) == 0),
            PluralRule::If(c, a, b) => {
                if c.eval(n) != 0 {
                    a.eval(n)
                } else {
                    b.eval(n)
                }
            }
            PluralRule::Binary(op, a, b) => {
                let (a, b) = (a.eval(n), b.eval(n));
                match op {
                    Op::Or => u64::from(a != 0 || b != 0),
                    Op::And => u64::from(a != 0 && b != 0),
                    Op::Eq => u64::from(a == b),
                    Op::Ne => u64::from(a != b),
                    Op::Lt => u64::from(a < b),
                    Op::Le => u64::from(a <= b),
                    Op::Gt => u64::from(a > b),
                    Op::Ge => u64::from(a >= b),
                    Op::Rem => a.checked_rem(b).unwrap_or(0),
                }
            }
        }
    }
}

/// Reads a plural rule by precedence, loosest first: `?:`, `||`, `&&`, equality,
/// comparison, `%`, `!` and parentheses.
struct RuleParser<'a> {
    rest: &'a str,
}

impl RuleParser<'_> {
    fn eat(&mut self, token: &str) -> bool {
        let rest = self.rest.trim_start();
        match rest.strip_prefix(token) {
            Some(after) => {
                self.rest = after;
                true
            }
            None => false,
        }
    }

    fn conditional(&mut self) -> Option<PluralRule> {
        let cond = self.binary(0)?;
        if !self.eat("?") {
            return Some(cond);
        }
        let yes = self.conditional()?;
        if !self.eat(":") {
            return None;
        }
        let no = self.conditional()?;
        Some(PluralRule::If(Box::new(cond), Box::new(yes), Box::new(no)))
    }

    /// The operators of each precedence level, loosest first (longer tokens before
    /// their prefixes).
    const LEVELS: [&'static [(&'static str, Op)]; 5] = [
        &[("||", Op::Or)],
        &[("&&", Op::And)],
        &[("==", Op::Eq), ("!=", Op::Ne)],
        &[("<=", Op::Le), (">=", Op::Ge), ("<", Op::Lt), (">", Op::Gt)],
        &[("%", Op::Rem)],
    ];

    fn binary(&mut self, level: usize) -> Option<PluralRule> {
        let Some(ops) = Self::LEVELS.get(level) else {
            return self.unary();
        };
        let mut left = self.binary(level + 1)?;
        'more: loop {
            for (token, op) in ops.iter() {
                if self.eat(token) {
                    let right = self.binary(level + 1)?;
                    left = PluralRule::Binary(*op, Box::new(left), Box::new(right));
                    continue 'more;
                }
            }
            return Some(left);
        }
    }

    fn unary(&mut self) -> Option<PluralRule> {
        if self.eat("!") {
            return Some(PluralRule::Not(Box::new(self.unary()?)));
        }
        if self.eat("(") {
            let inner = self.conditional()?;
            return self.eat(")").then_some(inner);
        }
        if self.eat("n") {
            return Some(PluralRule::N);
        }
        let rest = self.rest.trim_start();
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let value = rest[..digits].parse().ok()?;
        self.rest = &rest[digits..];
        Some(PluralRule::Number(value))
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

thread_local! {
    /// A site's own wording of single texts (`config.json`'s `messages`): language,
    /// English, text; ordered for lookup. Set once, when the settings are read.
    static OVERRIDES: RefCell<Vec<(Lang, &'static str, &'static str)>> = const { RefCell::new(Vec::new()) };
}

/// Makes a site's wording of single texts win over the built-in English and the
/// translation files, in every language it gives (`(language, English, text)`); a text
/// the app does not have is never asked for.
pub fn set_overrides(messages: &[(Lang, String, String)]) {
    let mut list: Vec<(Lang, &'static str, &'static str)> = messages
        .iter()
        .map(|(l, en, text)| {
            (
                *l,
                &*Box::leak(en.clone().into_boxed_str()),
                &*Box::leak(text.clone().into_boxed_str()),
            )
        })
        .collect();
    crate::vocab::order::sort_by(&mut list, |a, b| {
        (a.0.index(), a.1).cmp(&(b.0.index(), b.1))
    });
    OVERRIDES.with(|o| *o.borrow_mut() = list);
}

/// A site's wording of `english` in `lang`, if it gave one.
pub fn overridden(lang: Lang, english: &str) -> Option<&'static str> {
    OVERRIDES.with(|o| {
        let o = o.borrow();
        if o.is_empty() {
            return None;
        }
        o.binary_search_by(|(l, en, _)| (l.index(), *en).cmp(&(lang.index(), english)))
            .ok()
            .map(|i| o[i].2)
    })
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

/// The wording of `english` (in `context`) in `lang`: the site's own where it gave one,
/// else the translation where the language's file is loaded and has one, else the
/// English. One call, not inlined, in place of these lookups at every text.
#[inline(never)]
pub fn wording(lang: Lang, context: &str, english: &'static str) -> &'static str {
    if let Some(site) = overridden(lang, english) {
        return site;
    }
    match lang {
        Lang::En => english,
        _ => translate(lang, context, english).unwrap_or(english),
    }
}

/// The translation of `english` in `lang`, where that language's file is loaded and
/// has one.
pub fn translate(lang: Lang, context: &str, english: &str) -> Option<&'static str> {
    loaded(lang)?.get(context, english)
}

/// The form of a plural text (`english`: its English singular) for a count of `n` in
/// `lang`, where that language's file is loaded and has it.
pub fn translate_plural(lang: Lang, english: &str, n: u64) -> Option<&'static str> {
    loaded(lang)?.get_plural(english, n)
}

/// A language's file as shipped (native builds compile them in; the page fetches them).
pub fn builtin(lang: Lang) -> Option<&'static str> {
    match lang {
        Lang::En => None,
        #[cfg(not(target_arch = "wasm32"))]
        Lang::De => Some(include_str!("../../i18n/de.po")),
        #[cfg(not(target_arch = "wasm32"))]
        Lang::Fr => Some(include_str!("../../i18n/fr.po")),
        #[cfg(not(target_arch = "wasm32"))]
        Lang::Es => Some(include_str!("../../i18n/es.po")),
        _ => None,
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
    fn plural_entries_take_the_form_the_header_rule_gives_each_count() {
        let c = Catalog::parse(concat!(
            "msgid \"\"\nmsgstr \"\"\n\"Language: pl\\n\"\n",
            "\"Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n\"\n\n",
            "msgid \"{n} process\"\nmsgid_plural \"{n} processes\"\n",
            "msgstr[0] \"{n} proces\"\nmsgstr[1] \"{n} \"\n\"procesy\"\nmsgstr[2] \"{n} procesów\"\n",
        ))
        .unwrap();
        assert_eq!(c.plural_forms(), 3);
        for (n, form) in [
            (1, "{n} proces"),
            (2, "{n} procesy"),
            (4, "{n} procesy"),
            (5, "{n} procesów"),
            (12, "{n} procesów"),
            (22, "{n} procesy"),
            (0, "{n} procesów"),
        ] {
            assert_eq!(c.get_plural("{n} process", n), Some(form), "{n}");
        }
        // A plural text is not found as a plain one, nor a plain one as plural.
        assert_eq!(c.get("", "{n} process"), None);
        let entry = c.entries().next().unwrap();
        assert_eq!(
            (entry.english_plural, entry.forms.len()),
            ("{n} processes", 3)
        );
    }

    #[test]
    fn a_sites_wording_wins_in_its_language_only() {
        set_overrides(&[
            (Lang::De, "Edit".into(), "Ändern".into()),
            (Lang::En, "Next".into(), "Continue".into()),
        ]);
        assert_eq!(overridden(Lang::De, "Edit"), Some("Ändern"));
        assert_eq!(overridden(Lang::En, "Next"), Some("Continue"));
        assert_eq!(overridden(Lang::Fr, "Edit"), None);
        assert_eq!(overridden(Lang::En, "Edit"), None);
        assert_eq!(
            super::super::lang::Tr::new("Next").in_lang(Lang::En),
            "Continue"
        );
        assert_eq!(
            super::super::lang::Tr::new("Edit").in_lang(Lang::De),
            "Ändern"
        );
        assert_eq!(
            super::super::lang::Tr::new("Edit").in_lang(Lang::Fr),
            "Modifier"
        );
        set_overrides(&[]);
        assert_eq!(
            super::super::lang::Tr::new("Next").in_lang(Lang::En),
            "Next"
        );
    }

    #[test]
    fn plural_rules_read_as_c_reads_them() {
        let form = |rule: &str, n| PluralRule::parse(rule).unwrap().form(n);
        assert_eq!([0, 1, 2].map(|n| form("(n != 1)", n)), [1, 0, 1]);
        assert_eq!([0, 1, 2].map(|n| form("n > 1", n)), [0, 0, 1]);
        assert_eq!(
            [1, 2, 5].map(|n| form("n==1 ? 0 : n==2 ? 1 : 2", n)),
            [0, 1, 2]
        );
        assert_eq!([0, 1].map(|n| form("!n", n)), [1, 0]);
        assert_eq!(form("0", 7), 0);
        // `%` binds tighter than `==`, `&&` than `||`.
        assert_eq!(form("n%10==1 && n%100!=11 || n==0", 11), 0);
        assert_eq!(form("n%10==1 && n%100!=11 || n==0", 21), 1);
        assert_eq!(form("n % 0", 5), 0);
        for bad in ["", "n >", "(n", "n ? 1", "x", "n != 1 junk"] {
            assert_eq!(PluralRule::parse(bad), None, "{bad}");
        }
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
                "out of order: an entry is msgctxt, msgid, msgid_plural, then msgstr or msgstr[0], msgstr[1], …",
            ),
            (
                "msgid \"a\"\nmsgid \"b\"",
                2,
                "out of order: an entry is msgctxt, msgid, msgid_plural, then msgstr or msgstr[0], msgstr[1], …",
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
                "msgid \"a\"\nmsgstr[0] \"b\"",
                2,
                "out of order: an entry is msgctxt, msgid, msgid_plural, then msgstr or msgstr[0], msgstr[1], …",
            ),
            (
                "msgid \"a\"\nmsgid_plural \"as\"\nmsgstr \"b\"",
                3,
                "out of order: an entry is msgctxt, msgid, msgid_plural, then msgstr or msgstr[0], msgstr[1], …",
            ),
            (
                "msgid \"a\"\nmsgid_plural \"as\"\nmsgstr[1] \"b\"",
                3,
                "out of order: an entry is msgctxt, msgid, msgid_plural, then msgstr or msgstr[0], msgstr[1], …",
            ),
            (
                "msgid \"a\"\nmsgid_plural \"as\"\nmsgstr[x] \"b\"",
                3,
                "expected msgstr[<number>] and a quoted text",
            ),
            (
                "msgid \"\"\nmsgstr \"Plural-Forms: nplurals=2; plural=n >;\\n\"",
                1,
                "the header's Plural-Forms cannot be read (expected nplurals=<1 to 6>; plural=<rule of n>)",
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
