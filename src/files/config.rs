//! The site's own settings: an optional `config.json` beside `index.html`, read once at
//! start (`docs/configuration.md`, schema in `docs/config.schema.json`). A missing file
//! means the defaults. A broken one never stops the app: every setting that can be read
//! is used, every one that cannot keeps its default and is named, by its path in the
//! file, for the site's administrator.

use super::colour::{self, Colour, Theme};
use super::json::ImportError;
use super::json::{self, Json, Kind, Parser};
use crate::content::lang::{self, Lang, SiteLanguage, Tr};
use crate::content::processes::Category;
use crate::content::{companies, countries, processes};

use crate::engine::model::{Assessment, Goal, Goals, WorkKind, SCALE_MAX};

/// What a setting should have been, in the notice's words.
const A_COLOUR: Tr = Tr::new("a colour like \"#0b5c6b\"");
const A_LANGUAGE_TAG: Tr = Tr::new("a language tag in quotes");
const A_LIST_OF_EXTRA: Tr = Tr::new("a list of catalog entries");
/// What a list holds, in the notice's words when it holds too many.
pub const CATALOG_ENTRIES: Tr = Tr::new("catalog entries");
/// See [`CATALOG_ENTRIES`].
pub const EXAMPLE_COMPANIES: Tr = Tr::new("example companies");
/// See [`CATALOG_ENTRIES`].
pub const ORIGINS: Tr = Tr::new("origins");
/// See [`CATALOG_ENTRIES`].
pub const MESSAGES: Tr = Tr::new("messages");
const A_CATEGORY: Tr = Tr::new("a catalog category");
const A_KIND: Tr = Tr::new("a kind of work");
const A_COUNTRY_CODE: Tr = Tr::new("a country code in quotes");
const A_LIST_OF_EXAMPLES: Tr = Tr::new("a list of example companies");
const A_LIST_OF_ORIGINS: Tr = Tr::new("a list of origins");
const A_LIST_OF_PROCESS_IDS: Tr = Tr::new("a list of process ids");
const A_PROCESS_ID: Tr = Tr::new("a process id in quotes");
const A_SCALE_STEP: Tr = Tr::new("a whole number from 0 to 5");
const AN_OBJECT: Tr = Tr::new("an object");
const AN_ORIGIN: Tr = Tr::new("an origin in quotes");
const TEXT: Tr = Tr::new("text in quotes");
const NON_EMPTY_TEXT: Tr = Tr::new("text that is not empty");
const TRUE_OR_FALSE: Tr = Tr::new("true or false");

/// Largest configuration read; a real one is a few hundred bytes.
pub const MAX_CONFIG_BYTES: usize = 64 * 1024;

/// Most origins the allow-list takes.
pub const MAX_ORIGINS: usize = 32;

/// Most characters of a call to action's text.
pub const MAX_ACTION_CHARS: usize = 80;
/// Most characters of the contact line.
pub const MAX_CONTACT_CHARS: usize = 200;
/// Most characters of a link.
pub const MAX_URL_CHARS: usize = 500;
/// Most characters of the product name.
pub const MAX_NAME_CHARS: usize = 40;
/// Most characters of the logo's path.
pub const MAX_LOGO_CHARS: usize = 200;
/// Most example companies a site adds.
pub const MAX_EXAMPLES: usize = 12;
/// Most characters of an example's id.
pub const MAX_EXAMPLE_ID_CHARS: usize = 40;
/// Most characters of an example's name.
pub const MAX_EXAMPLE_NAME_CHARS: usize = 60;
/// Most characters of an example's one-line summary.
pub const MAX_EXAMPLE_SUMMARY_CHARS: usize = 200;
/// Most messages a site may reword (all languages together).
pub const MAX_MESSAGES: usize = 500;
/// Most characters of a reworded message.
pub const MAX_MESSAGE_CHARS: usize = 1000;
/// Most languages a site adds or gives its own file for.
pub const MAX_LANGUAGES: usize = 16;
/// Most characters of a language's name.
pub const MAX_LANGUAGE_NAME_CHARS: usize = 40;
/// Most characters of a translation file's path.
pub const MAX_FILE_CHARS: usize = 200;
/// See [`CATALOG_ENTRIES`].
pub const LANGUAGES: Tr = Tr::new("languages");

/// Everything a site can set.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// Whether the results page offers a link that carries the answers (an intranet
    /// whose policy forbids answers in addresses turns it off).
    pub share_links: bool,
    /// Whether the app keeps its files for offline use after the first visit (a service
    /// worker); a site that manages caching itself turns it off.
    pub offline: bool,
    /// How the app behaves inside another page's frame.
    pub embed: Embed,
    /// A link offered under the advice (a sales team's "talk to us").
    pub call_to_action: Option<CallToAction>,
    /// A line under the advice saying whom to ask.
    pub contact: Option<String>,
    /// The site's name, logo and colours.
    pub brand: Brand,
    /// What a new assessment starts from.
    pub defaults: Defaults,
    /// The catalog processes offered for picking, by id (`None`: all of them).
    pub offered: Option<Vec<&'static str>>,
    /// The site's own entries in the catalog: picked, each becomes a process of the
    /// user's own with that name and kind of work.
    pub extra: Vec<ExtraProcess>,
    /// The example companies the welcome screen offers.
    pub examples: Examples,
    /// The site's own wording of single texts: (language, the text's English, the
    /// site's text), applied over the built-in wording and the translation files.
    pub messages: Vec<(Lang, String, String)>,
    /// Languages the site adds, and built-in ones whose translation file it replaces
    /// with its own ([`Lang::Site`] numbers them in this order).
    pub languages: Vec<SiteLanguage>,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            share_links: true,
            offline: true,
            embed: Embed::default(),
            call_to_action: None,
            contact: None,
            brand: Brand::default(),
            defaults: Defaults::default(),
            offered: None,
            extra: Vec::new(),
            examples: Examples::default(),
            messages: Vec::new(),
            languages: Vec::new(),
        }
    }
}

impl Config {
    /// Whether the catalog offers a process.
    pub fn offers(&self, id: &str) -> bool {
        self.offered.as_ref().is_none_or(|ids| ids.contains(&id))
    }

    /// The example companies to list, in order: the site's own, then the product's
    /// (unless the site turned them off), as (id, name, summary).
    pub fn examples(&self) -> Vec<(&str, &str, &str)> {
        let own = self
            .examples
            .own
            .iter()
            .map(|e| (e.id.as_str(), e.name.as_str(), e.summary.as_str()));
        let builtin = companies::EXAMPLES
            .iter()
            .filter(|_| self.examples.builtin)
            .map(|e| (e.id, e.name, e.summary.get()));
        own.chain(builtin).collect()
    }

    /// The answers of a listed example company, by id.
    pub fn example(&self, id: &str) -> Option<Assessment> {
        match self.examples.own.iter().find(|e| e.id == id) {
            Some(own) => Some(own.assessment.clone()),
            None if self.examples.builtin => companies::find(id).map(|e| e.assessment()),
            None => None,
        }
    }
}

/// The example companies a site offers.
#[derive(Clone, Debug, PartialEq)]
pub struct Examples {
    /// Whether the product's own examples are listed too.
    pub builtin: bool,
    /// The site's own, listed first.
    pub own: Vec<OwnExample>,
}

impl Default for Examples {
    fn default() -> Self {
        Self {
            builtin: true,
            own: Vec::new(),
        }
    }
}

/// An example company of the site's own (for instance a sales team's typical client).
#[derive(Clone, Debug, PartialEq)]
pub struct OwnExample {
    /// Used in its link, `#/example/<id>`: lower-case letters, digits and hyphens.
    pub id: String,
    /// The company's name.
    pub name: String,
    /// One line saying who they are and what they want.
    pub summary: String,
    /// Its complete answers, checked as an assessment file's are.
    pub assessment: Assessment,
}

/// The site's name, logo and colours.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Brand {
    /// Shown in the header, the page title and the report instead of the product's name.
    pub name: Option<String>,
    /// Path of an image on the same site, relative to the page (`brand/logo.svg`) or
    /// to the site (`/brand/logo.svg`), shown in the header beside the name.
    pub logo: Option<String>,
    /// Colours of the light theme (and of paper).
    pub light: Palette,
    /// Colours of the dark theme.
    pub dark: Palette,
}

/// A theme's brand colours; `None` keeps the product's.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Palette {
    /// Links, headings, buttons and the chosen options: text on the theme's surfaces
    /// and fills under text, so it must contrast with them (see [`colour::Theme`]).
    pub brand: Option<Colour>,
    /// Decorative rules and the logo mark's sun.
    pub accent: Option<Colour>,
}

/// What a new assessment starts from (answers already saved are never changed).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Defaults {
    /// Home country, by ISO code as the catalog spells it.
    pub home_country: Option<&'static str>,
    /// Goal weights; goals the file leaves out keep the product's.
    pub goals: Option<Goals>,
    /// Language of the interface until the visitor picks one (else the browser's).
    pub language: Option<Lang>,
}

/// A site's own catalog entry (`processes.extra`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExtraProcess {
    /// The process's name, as the catalog lists it and the assessment keeps it.
    pub name: String,
    /// One line saying what it is (may be empty).
    pub summary: String,
    /// The catalog group it is listed in.
    pub category: Category,
    /// Its kind of work (which decides the outsourcing type and the starting answers).
    pub kind: WorkKind,
}

impl ExtraProcess {
    /// Whether the catalog's filter shows this entry: everything in its category
    /// matches, or its name or summary contains what was typed.
    pub fn matches(&self, filter: &processes::Filter) -> bool {
        filter.whole(self.category) || filter.hit(&self.name) || filter.hit(&self.summary)
    }

    /// Whether a process of the user's own is this entry: the same name, ignoring case.
    pub fn is_named(&self, name: &str) -> bool {
        same_name(&self.name, name)
    }
}

/// Whether two process names are the same, ignoring case (German umlauts included).
fn same_name(a: &str, b: &str) -> bool {
    crate::content::lang::lower(a.trim()) == crate::content::lang::lower(b.trim())
}

/// Most entries of `processes.extra`.
pub const MAX_EXTRA: usize = 30;
/// Most characters of an extra entry's summary.
pub const MAX_SUMMARY_CHARS: usize = 200;

/// A link offered under the advice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CallToAction {
    /// What the link says.
    pub text: String,
    /// Where it goes: an `https://` address.
    pub url: String,
}

/// Embedding settings.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Embed {
    /// Embed mode even without the `#embed` flag in the address.
    pub always: bool,
    /// Origins of the pages allowed to receive the app's messages and to send it theirs
    /// (`https://intranet.example.com`, or `*` for any page). Empty: only pages on the
    /// app's own origin.
    pub origins: Vec<String>,
    /// Whether the `completed` message carries the answers as well as the advice.
    pub answers: bool,
}

/// A setting that could not be used, by its path in the file.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// The setting, as the file names it (`embed.origins[1]`); empty for the whole file.
    pub path: String,
    /// What is wrong with it.
    pub kind: ProblemKind,
}

/// What is wrong with a setting.
#[derive(Clone, Debug, PartialEq)]
pub enum ProblemKind {
    /// The file is larger than any configuration.
    TooLarge,
    /// The file is not JSON; reading stopped here (1-based).
    NotJson {
        /// Line.
        line: usize,
        /// Column.
        column: usize,
    },
    /// A setting Shorewise does not have (perhaps a typo).
    Unknown,
    /// The value has the wrong type; what it should be.
    Expected(Tr),
    /// Not an origin like `https://intranet.example.com`; the value as given.
    NotAnOrigin(String),
    /// A setting that needs this member lacks it.
    Missing,
    /// Text longer than this many characters.
    TooLong(usize),
    /// Not an `https://` address; the value as given.
    NotHttps(String),
    /// Not a colour like `#0b5c6b`; the value as given.
    NotAColour(String),
    /// A brand colour text could not be read in: its contrast with the theme's
    /// weakest surface, in hundredths (450 = 4.5:1), and that surface.
    LowContrast {
        /// The colour.
        colour: Colour,
        /// Its contrast with `against`, in hundredths.
        ratio: u32,
        /// The theme's surface it contrasts least with.
        against: Colour,
    },
    /// Not the path of an image on this site; the value as given.
    NotSameOrigin(String),
    /// Not a country of the catalog; the value as given.
    UnknownCountry(String),
    /// A language Shorewise does not speak.
    UnknownLanguage(String),
    /// Not a language code like `nl` (two or three letters); as given.
    NotALanguageCode(String),
    /// A language given twice, or English (built in, reworded through `messages`); its
    /// code.
    LanguageTaken(String),
    /// Not the path of a translation file on this site (like `i18n/nl.po`); as given.
    NotAPoFile(String),
    /// Not one of the listed values (what it should be, and the values).
    OneOf(Tr, String),
    /// A name the catalog or an earlier entry already has.
    TakenName(String),
    /// More entries than the list may hold (what they are, the most); the first are
    /// used, the rest left out.
    TooMany(Tr, usize),
    /// Not a process of the catalog; the value as given.
    UnknownProcess(String),
    /// A reworded message without the placeholders of its English (which it names,
    /// space-separated).
    Placeholders(String),
    /// Not an id like `acme-retail` (lower-case letters, digits, hyphens); as given.
    NotAnId(String),
    /// An id already taken (by another example, or one of the product's); as given.
    TakenId(String),
    /// An example's answers that cannot be opened, as an assessment file's would not.
    Answers(ImportError),
}

/// Reads a configuration file: the settings, and every problem found. Never fails: a
/// setting with a problem keeps its default.
pub fn read(text: &str) -> (Config, Vec<Problem>) {
    let mut config = Config::default();
    let mut problems = Vec::new();
    let whole = |kind| Problem {
        path: String::new(),
        kind,
    };
    if text.len() > MAX_CONFIG_BYTES {
        problems.push(whole(ProblemKind::TooLarge));
        return (config, problems);
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let top = match Parser::new(text).document() {
        Ok(top) => top,
        Err(ImportError::NotJson { line, column }) => {
            problems.push(whole(ProblemKind::NotJson { line, column }));
            return (config, problems);
        }
        Err(_) => {
            problems.push(whole(ProblemKind::NotJson { line: 1, column: 1 }));
            return (config, problems);
        }
    };
    let mut r = Reader {
        problems: &mut problems,
        languages: Vec::new(),
    };
    // Languages first: the default language and the messages may name one the site adds.
    if let Kind::Object(fields) = &top.kind {
        if let Some((key, value)) = fields.iter().find(|(k, _)| k == "languages") {
            r.languages = r.languages(value, key);
        }
    }
    r.object(&top, "", &mut |r, key, value, path| match key {
        // The schema's address, for editors; nothing to apply.
        "$schema" => true,
        // Read above.
        "languages" => true,
        "embed" => {
            r.object(value, path, &mut |r, key, value, path| {
                let embed = &mut config.embed;
                match key {
                    "always" => r.flag(value, path, &mut embed.always),
                    "answers" => r.flag(value, path, &mut embed.answers),
                    "origins" => embed.origins = r.origins(value, path),
                    _ => return false,
                }
                true
            });
            true
        }
        "call_to_action" => {
            config.call_to_action = r.call_to_action(value, path);
            true
        }
        "contact" => {
            config.contact = r.text(value, path, MAX_CONTACT_CHARS);
            true
        }
        "share_links" => {
            r.flag(value, path, &mut config.share_links);
            true
        }
        "offline" => {
            r.flag(value, path, &mut config.offline);
            true
        }
        "brand" => {
            r.brand(value, path, &mut config.brand);
            true
        }
        "defaults" => {
            r.object(value, path, &mut |r, key, value, path| {
                let defaults = &mut config.defaults;
                match key {
                    "home_country" => defaults.home_country = r.country(value, path),
                    "goals" => defaults.goals = r.goals(value, path),
                    "language" => defaults.language = r.language(value, path),
                    _ => return false,
                }
                true
            });
            true
        }
        "processes" => {
            let (offered, extra) = (&mut config.offered, &mut config.extra);
            r.object(value, path, &mut |r, key, value, path| {
                match key {
                    "offered" => *offered = r.offered(value, path),
                    "extra" => *extra = r.extra(value, path),
                    _ => return false,
                }
                true
            });
            true
        }
        "examples" => {
            r.examples(value, path, &mut config.examples);
            true
        }
        "messages" => {
            config.messages = r.messages(value, path);
            true
        }
        _ => false,
    });
    config.languages = r.languages;
    (config, problems)
}

/// Walks the file, noting problems.
struct Reader<'p> {
    problems: &'p mut Vec<Problem>,
    /// The languages the site adds (read first).
    languages: Vec<SiteLanguage>,
}

impl Reader<'_> {
    fn problem(&mut self, path: &str, kind: ProblemKind) {
        self.problems.push(Problem {
            path: path.to_owned(),
            kind,
        });
    }

    /// Hands each member of an object to `member` (key, value, path), which answers
    /// whether it knows the key; unknown keys are problems.
    fn object(
        &mut self,
        v: &Json,
        path: &str,
        // Dynamic rather than generic: one copy of the walk serves every object of the
        // file, which keeps the WebAssembly small.
        member: &mut dyn FnMut(&mut Self, &str, &Json, &str) -> bool,
    ) {
        let Kind::Object(fields) = &v.kind else {
            self.problem(path, ProblemKind::Expected(AN_OBJECT));
            return;
        };
        for (key, value) in fields {
            let at = if path.is_empty() {
                key.clone()
            } else {
                format!("{path}.{key}")
            };
            if !member(self, key, value, &at) {
                self.problem(&at, ProblemKind::Unknown);
            }
        }
    }

    fn flag(&mut self, v: &Json, path: &str, slot: &mut bool) {
        match v.kind {
            Kind::Bool(b) => *slot = b,
            _ => self.problem(path, ProblemKind::Expected(TRUE_OR_FALSE)),
        }
    }

    /// Text of at most `most` characters (trimmed, not empty).
    fn text(&mut self, v: &Json, path: &str, most: usize) -> Option<String> {
        let Kind::Text(t) = &v.kind else {
            self.problem(path, ProblemKind::Expected(TEXT));
            return None;
        };
        let t = t.trim();
        if t.is_empty() {
            self.problem(path, ProblemKind::Expected(NON_EMPTY_TEXT));
            None
        } else if t.chars().count() > most {
            self.problem(path, ProblemKind::TooLong(most));
            None
        } else {
            Some(t.to_owned())
        }
    }

    /// Text of at most `most` characters that passes `fine`; else `problem` names it.
    fn checked(
        &mut self,
        v: &Json,
        path: &str,
        most: usize,
        fine: impl Fn(&str) -> bool,
        problem: fn(String) -> ProblemKind,
    ) -> Option<String> {
        let t = self.text(v, path, most)?;
        if fine(&t) {
            Some(t)
        } else {
            self.problem(path, problem(t));
            None
        }
    }

    /// A call to action: both its text and its `https://` address, or none.
    fn call_to_action(&mut self, v: &Json, path: &str) -> Option<CallToAction> {
        let (mut text, mut url, mut seen) = (None, None, (false, false));
        self.object(v, path, &mut |r, key, value, at| {
            match key {
                "text" => {
                    seen.0 = true;
                    text = r.text(value, at, MAX_ACTION_CHARS);
                }
                "url" => {
                    seen.1 = true;
                    url = r.checked(value, at, MAX_URL_CHARS, https, ProblemKind::NotHttps);
                }
                _ => return false,
            }
            true
        });
        if matches!(v.kind, Kind::Object(_)) {
            for (present, key) in [(seen.0, "text"), (seen.1, "url")] {
                if !present {
                    self.problem(&format!("{path}.{key}"), ProblemKind::Missing);
                }
            }
        }
        Some(CallToAction {
            text: text?,
            url: url?,
        })
    }

    fn brand(&mut self, v: &Json, path: &str, brand: &mut Brand) {
        self.object(v, path, &mut |r, key, value, path| {
            match key {
                "name" => brand.name = r.text(value, path, MAX_NAME_CHARS),
                "logo" => {
                    brand.logo = r.checked(
                        value,
                        path,
                        MAX_LOGO_CHARS,
                        same_site_image,
                        ProblemKind::NotSameOrigin,
                    );
                }
                "colours" => r.object(value, path, &mut |r, key, value, path| {
                    let (theme, palette) = match key {
                        "light" => (colour::LIGHT, &mut brand.light),
                        "dark" => (colour::DARK, &mut brand.dark),
                        _ => return false,
                    };
                    r.palette(value, path, theme, palette);
                    true
                }),
                _ => return false,
            }
            true
        });
    }

    fn palette(&mut self, v: &Json, path: &str, theme: Theme, palette: &mut Palette) {
        self.object(v, path, &mut |r, key, value, path| {
            match key {
                "brand" => {
                    palette.brand = r.colour(value, path).and_then(|c| {
                        let (against, ratio) = theme.weakest(c);
                        if ratio >= colour::TEXT_CONTRAST {
                            return Some(c);
                        }
                        // Rounded down, so that a refused colour never reads as 4.50:1.
                        let ratio = (ratio * 100.0).floor() as u32;
                        r.problem(
                            path,
                            ProblemKind::LowContrast {
                                colour: c,
                                ratio,
                                against,
                            },
                        );
                        None
                    });
                }
                "accent" => palette.accent = r.colour(value, path),
                _ => return false,
            }
            true
        });
    }

    fn colour(&mut self, v: &Json, path: &str) -> Option<Colour> {
        let Kind::Text(t) = &v.kind else {
            self.problem(path, ProblemKind::Expected(A_COLOUR));
            return None;
        };
        let c = Colour::parse(t);
        if c.is_none() {
            self.problem(path, ProblemKind::NotAColour(t.clone()));
        }
        c
    }

    fn language(&mut self, v: &Json, path: &str) -> Option<Lang> {
        let Kind::Text(t) = &v.kind else {
            self.problem(path, ProblemKind::Expected(A_LANGUAGE_TAG));
            return None;
        };
        let found = Lang::among(t, &self.languages);
        if found.is_none() {
            self.problem(path, ProblemKind::UnknownLanguage(t.clone()));
        }
        found
    }

    /// The languages a site adds or gives its own file for, by code:
    /// `{"nl": {"name": "Nederlands", "file": "i18n/nl.po"}}`. A language Shorewise
    /// has built in needs only its file (which replaces the built-in one); English is
    /// reworded through `messages` instead.
    fn languages(&mut self, v: &Json, path: &str) -> Vec<SiteLanguage> {
        let mut out: Vec<SiteLanguage> = Vec::new();
        self.object(v, path, &mut |r, code, entry, at| {
            let lower = code.to_ascii_lowercase();
            if !(2..=3).contains(&lower.len()) || !lower.bytes().all(|b| b.is_ascii_lowercase()) {
                r.problem(at, ProblemKind::NotALanguageCode(code.to_owned()));
                return true;
            }
            let builtin = Lang::among(&lower, &[]);
            if builtin == Some(Lang::En) || out.iter().any(|l| l.code == lower) {
                r.problem(at, ProblemKind::LanguageTaken(lower));
                return true;
            }
            if out.len() == MAX_LANGUAGES {
                r.problem(at, ProblemKind::TooMany(LANGUAGES, MAX_LANGUAGES));
                return true;
            }
            let (mut name, mut file, mut seen) = (None, None, (false, false));
            r.object(entry, at, &mut |r, key, value, at| {
                match key {
                    "name" => {
                        seen.0 = true;
                        name = r.text(value, at, MAX_LANGUAGE_NAME_CHARS);
                    }
                    "file" => {
                        seen.1 = true;
                        let po = |f: &str| same_site_file(f, &[".po"]);
                        file = r.checked(value, at, MAX_FILE_CHARS, po, ProblemKind::NotAPoFile);
                    }
                    _ => return false,
                }
                true
            });
            if !matches!(entry.kind, Kind::Object(_)) {
                return true;
            }
            // A built-in language keeps its own name.
            let needed = [(builtin.is_none() && !seen.0, "name"), (!seen.1, "file")];
            for (absent, key) in needed {
                if absent {
                    r.problem(&format!("{at}.{key}"), ProblemKind::Missing);
                }
            }
            let name = if builtin.is_some() {
                Some(String::new())
            } else {
                name
            };
            if let (Some(name), Some(file)) = (name, file) {
                out.push(SiteLanguage {
                    code: lower,
                    name,
                    file,
                });
            }
            true
        });
        out
    }

    /// A site's wording of single texts, by language code and then by the text's
    /// English: `{"fr": {"Start the assessment": "Commencer"}}`. A text must keep the
    /// `{placeholders}` of its English, so that the app can fill it.
    fn messages(&mut self, v: &Json, path: &str) -> Vec<(Lang, String, String)> {
        let mut out = Vec::new();
        self.object(v, path, &mut |r, code, texts, path| {
            let lang = Lang::among(code, &r.languages).filter(|_| !code.contains(['-', '_']));
            let Some(lang) = lang else {
                r.problem(path, ProblemKind::UnknownLanguage(code.to_owned()));
                return true;
            };
            r.object(texts, path, &mut |r, english, text, at| {
                if out.len() == MAX_MESSAGES {
                    r.problem(at, ProblemKind::TooMany(MESSAGES, MAX_MESSAGES));
                    return true;
                }
                let Some(text) = r.text(text, at, MAX_MESSAGE_CHARS) else {
                    return true;
                };
                if lang::same_placeholders(english, &text) {
                    out.push((lang, english.to_owned(), text));
                } else {
                    let wanted = lang::placeholders(english).join(" ");
                    r.problem(at, ProblemKind::Placeholders(wanted));
                }
                true
            });
            true
        });
        out
    }

    fn country(&mut self, v: &Json, path: &str) -> Option<&'static str> {
        let Kind::Text(t) = &v.kind else {
            self.problem(path, ProblemKind::Expected(A_COUNTRY_CODE));
            return None;
        };
        let found = countries::find(&t.trim().to_ascii_uppercase()).map(|c| c.code);
        if found.is_none() {
            self.problem(path, ProblemKind::UnknownCountry(t.clone()));
        }
        found
    }

    /// Goal weights over the product's defaults; `None` when the file gives none that
    /// can be used.
    fn goals(&mut self, v: &Json, path: &str) -> Option<Goals> {
        let mut goals = Goals::default();
        let mut any = false;
        self.object(v, path, &mut |r, key, value, path| {
            let Some(goal) = Goal::ALL.iter().copied().find(|g| g.key() == key) else {
                return false;
            };
            match value.kind {
                Kind::Number(n)
                    if n.fract() == 0.0 && (0.0..=f64::from(SCALE_MAX)).contains(&n) =>
                {
                    // A whole number from 0 to 5, as checked.
                    goals = goals.with(goal, n as u8);
                    any = true;
                }
                _ => r.problem(path, ProblemKind::Expected(A_SCALE_STEP)),
            }
            true
        });
        any.then_some(goals)
    }

    /// The catalog ids of `"offered": [...]`; `None` when none can be used.
    fn offered(&mut self, v: &Json, path: &str) -> Option<Vec<&'static str>> {
        let Kind::Array(items) = &v.kind else {
            self.problem(path, ProblemKind::Expected(A_LIST_OF_PROCESS_IDS));
            return None;
        };
        let mut ids = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let at = format!("{path}[{i}]");
            match &item.kind {
                Kind::Text(t) => match processes::find(t.trim()) {
                    Some(p) if !ids.contains(&p.id) => ids.push(p.id),
                    Some(_) => {}
                    None => self.problem(&at, ProblemKind::UnknownProcess(t.clone())),
                },
                _ => self.problem(&at, ProblemKind::Expected(A_PROCESS_ID)),
            }
        }
        (!ids.is_empty()).then_some(ids)
    }

    /// The entries of `"extra": [...]` that can be used; each one that cannot is named.
    fn extra(&mut self, v: &Json, path: &str) -> Vec<ExtraProcess> {
        let Kind::Array(items) = &v.kind else {
            self.problem(path, ProblemKind::Expected(A_LIST_OF_EXTRA));
            return Vec::new();
        };
        if items.len() > MAX_EXTRA {
            self.problem(path, ProblemKind::TooMany(CATALOG_ENTRIES, MAX_EXTRA));
        }
        let mut out: Vec<ExtraProcess> = Vec::new();
        for (i, item) in items.iter().take(MAX_EXTRA).enumerate() {
            let at = format!("{path}[{i}]");
            let (mut name, mut summary, mut category, mut kind) = (None, String::new(), None, None);
            let mut broken = false;
            self.object(item, &at, &mut |r, key, value, path| {
                let before = r.problems.len();
                match key {
                    "name" => name = r.text(value, path, crate::engine::model::MAX_NAME_CHARS),
                    "summary" => {
                        summary = r.text(value, path, MAX_SUMMARY_CHARS).unwrap_or_default()
                    }
                    "category" => category = r.choice(value, path, Category::ALL, A_CATEGORY),
                    "kind" => kind = r.choice(value, path, WorkKind::ALL, A_KIND),
                    _ => return false,
                }
                broken |= r.problems.len() > before;
                true
            });
            if !matches!(item.kind, Kind::Object(_)) {
                continue;
            }
            let missing = [
                ("name", name.is_none()),
                ("category", category.is_none()),
                ("kind", kind.is_none()),
            ];
            if !broken {
                for (field, absent) in missing {
                    if absent {
                        self.problem(&format!("{at}.{field}"), ProblemKind::Missing);
                    }
                }
            }
            let (Some(name), Some(category), Some(kind)) = (name, category, kind) else {
                continue;
            };
            let taken = out.iter().any(|e| e.is_named(&name))
                || processes::CATALOG.iter().any(|c| {
                    Lang::ALL
                        .into_iter()
                        .any(|l| same_name(c.name.in_lang(l), &name))
                });
            if taken {
                self.problem(&format!("{at}.name"), ProblemKind::TakenName(name));
                continue;
            }
            out.push(ExtraProcess {
                name,
                summary,
                category,
                kind,
            });
        }
        out
    }

    /// One of `all`, written as its key (`back_office`).
    fn choice<T: Copy + std::fmt::Debug>(
        &mut self,
        v: &Json,
        path: &str,
        all: &[T],
        what: Tr,
    ) -> Option<T> {
        let found = match &v.kind {
            Kind::Text(t) => all.iter().copied().find(|x| json::key_of(x) == t.trim()),
            _ => None,
        };
        if found.is_none() {
            let keys: Vec<String> = all.iter().map(|x| json::key_of(x)).collect();
            self.problem(path, ProblemKind::OneOf(what, keys.join(", ")));
        }
        found
    }

    fn examples(&mut self, v: &Json, path: &str, examples: &mut Examples) {
        self.object(v, path, &mut |r, key, value, path| {
            match key {
                "builtin" => r.flag(value, path, &mut examples.builtin),
                "own" => {
                    let Kind::Array(items) = &value.kind else {
                        r.problem(path, ProblemKind::Expected(A_LIST_OF_EXAMPLES));
                        return true;
                    };
                    if items.len() > MAX_EXAMPLES {
                        r.problem(path, ProblemKind::TooMany(EXAMPLE_COMPANIES, MAX_EXAMPLES));
                    }
                    for (i, item) in items.iter().take(MAX_EXAMPLES).enumerate() {
                        let at = format!("{path}[{i}]");
                        if let Some(e) = r.example(item, &at, &examples.own) {
                            examples.own.push(e);
                        }
                    }
                }
                _ => return false,
            }
            true
        });
    }

    /// One example company: all four members, or none of it.
    fn example(&mut self, v: &Json, path: &str, taken: &[OwnExample]) -> Option<OwnExample> {
        let (mut id, mut name, mut summary, mut assessment) = (None, None, None, None);
        self.object(v, path, &mut |r, key, value, at| {
            match key {
                "id" => {
                    id = r.text(value, at, MAX_EXAMPLE_ID_CHARS).and_then(|given| {
                        let fine = !given.is_empty()
                            && given
                                .bytes()
                                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
                        let free = !taken.iter().any(|e| e.id == given)
                            && companies::find(&given).is_none();
                        match (fine, free) {
                            (false, _) => r.problem(at, ProblemKind::NotAnId(given.clone())),
                            (true, false) => r.problem(at, ProblemKind::TakenId(given.clone())),
                            (true, true) => {}
                        }
                        (fine && free).then_some(given)
                    });
                }
                "name" => name = r.text(value, at, MAX_EXAMPLE_NAME_CHARS),
                "summary" => summary = r.text(value, at, MAX_EXAMPLE_SUMMARY_CHARS),
                "answers" => match json::assessment_of(value) {
                    Ok(a) => assessment = Some(a),
                    Err(e) => r.problem(at, ProblemKind::Answers(e)),
                },
                _ => return false,
            }
            true
        });
        if let Kind::Object(fields) = &v.kind {
            for key in ["id", "name", "summary", "answers"] {
                if !fields.iter().any(|(k, _)| k == key) {
                    self.problem(&format!("{path}.{key}"), ProblemKind::Missing);
                }
            }
        }
        Some(OwnExample {
            id: id?,
            name: name?,
            summary: summary?,
            assessment: assessment?,
        })
    }

    /// The origins that are origins; the others are problems.
    fn origins(&mut self, v: &Json, path: &str) -> Vec<String> {
        let Kind::Array(items) = &v.kind else {
            self.problem(path, ProblemKind::Expected(A_LIST_OF_ORIGINS));
            return Vec::new();
        };
        if items.len() > MAX_ORIGINS {
            self.problem(path, ProblemKind::TooMany(ORIGINS, MAX_ORIGINS));
        }
        let mut origins = Vec::new();
        for (i, item) in items.iter().take(MAX_ORIGINS).enumerate() {
            let at = format!("{path}[{i}]");
            match &item.kind {
                Kind::Text(t) => match origin(t) {
                    Some(o) if !origins.contains(&o) => origins.push(o),
                    Some(_) => {}
                    None => self.problem(&at, ProblemKind::NotAnOrigin(t.clone())),
                },
                _ => self.problem(&at, ProblemKind::Expected(AN_ORIGIN)),
            }
        }
        origins
    }
}

/// Whether a logo's path names an image on the app's own site: a relative path
/// (`brand/logo.svg`) or one from the site's root (`/brand/logo.svg`), with no scheme,
/// host, parent step, query or character a browser would read otherwise, ending in an
/// image type browsers show.
pub fn same_site_image(path: &str) -> bool {
    same_site_file(
        path,
        &[".svg", ".png", ".webp", ".jpg", ".jpeg", ".gif", ".avif"],
    )
}

/// Whether a path names a file on the app's own site (as [`same_site_image`] checks),
/// ending in one of `types`.
pub fn same_site_file(path: &str, types: &[&str]) -> bool {
    let lower = path.to_ascii_lowercase();
    !lower.starts_with("//")
        && !lower.contains(':')
        && !lower.split('/').any(|part| part == "..")
        && lower
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'.' | b'-' | b'_'))
        && types
            .iter()
            .any(|ext| lower.len() > ext.len() && lower.ends_with(ext))
}

/// Whether a link is an absolute `https://` address with a host and nothing a browser
/// would read otherwise (no spaces, quotes or angle brackets).
pub fn https(url: &str) -> bool {
    url.get(..8)
        .is_some_and(|s| s.eq_ignore_ascii_case("https://"))
        && url[8..]
            .split(['/', '?', '#'])
            .next()
            .is_some_and(|host| origin(&format!("https://{host}")).is_some())
        && !url
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '`'))
}

/// An origin as browsers write it (`https://intranet.example.com`, `http://127.0.0.1:8080`:
/// scheme and host in lower case, no default port, no path), or `*`; `None` when the
/// text is no origin.
pub fn origin(text: &str) -> Option<String> {
    let text = text.trim();
    if text == "*" {
        return Some(text.to_owned());
    }
    let lower = text.to_ascii_lowercase();
    let (scheme, rest) = lower.split_once("://")?;
    let default_port = match scheme {
        "https" => "443",
        "http" => "80",
        _ => return None,
    };
    let (host, port) = if rest.starts_with('[') {
        let end = rest.find(']')? + 1;
        match &rest[end..] {
            "" => (&rest[..end], None),
            after => (&rest[..end], Some(after.strip_prefix(':')?)),
        }
    } else {
        match rest.split_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (rest, None),
        }
    };
    let ipv6 = host.starts_with('[')
        && host.len() > 2
        && host[1..host.len() - 1]
            .chars()
            .all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.');
    let named = !host.starts_with('[')
        && !host.is_empty()
        && !host.starts_with(['.', '-'])
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
    let port_fine =
        port.is_none_or(|p| !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit()));
    if !(ipv6 || named) || !port_fine {
        return None;
    }
    Some(match port {
        Some(p) if p != default_port => format!("{scheme}://{host}:{p}"),
        _ => format!("{scheme}://{host}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(String, ProblemKind)> {
        read(text).1.into_iter().map(|p| (p.path, p.kind)).collect()
    }

    #[test]
    fn an_empty_object_is_the_defaults() {
        assert_eq!(read("{}"), (Config::default(), Vec::new()));
        assert_eq!(read("{\"$schema\": \"config.schema.json\"}").1, Vec::new());
    }

    #[test]
    fn a_good_file_sets_everything_it_names() {
        let (config, problems) = read(
            r#"{"embed": {"always": true, "answers": true,
                "origins": ["https://Intranet.Example.com", "http://127.0.0.1:8081", "*"]}}"#,
        );
        assert_eq!(problems, Vec::new());
        assert!(config.embed.always && config.embed.answers);
        assert_eq!(
            config.embed.origins,
            ["https://intranet.example.com", "http://127.0.0.1:8081", "*"]
        );
    }

    #[test]
    fn a_partly_broken_file_keeps_what_is_good_and_names_the_rest() {
        let (config, problems) = read(
            r#"{"embed": {"always": "yes", "answers": true,
                "origins": ["https://a.example", "a.example/path", 7]},
                "colour": "red"}"#,
        );
        assert!(!config.embed.always, "a wrong value keeps the default");
        assert!(config.embed.answers);
        assert_eq!(config.embed.origins, ["https://a.example"]);
        assert_eq!(
            problems
                .iter()
                .map(|p| (p.path.as_str(), p.kind.clone()))
                .collect::<Vec<_>>(),
            [
                ("embed.always", ProblemKind::Expected(TRUE_OR_FALSE)),
                (
                    "embed.origins[1]",
                    ProblemKind::NotAnOrigin("a.example/path".into())
                ),
                ("embed.origins[2]", ProblemKind::Expected(AN_ORIGIN)),
                ("colour", ProblemKind::Unknown),
            ]
        );
    }

    #[test]
    fn a_file_that_is_not_json_is_the_defaults_with_where_it_broke() {
        assert_eq!(
            read("{\n  \"embed\": {\n    \"always\": tru\n}"),
            (
                Config::default(),
                vec![Problem {
                    path: String::new(),
                    kind: ProblemKind::NotJson {
                        line: 3,
                        column: 15
                    }
                }]
            )
        );
        assert_eq!(
            kinds("[]"),
            [(String::new(), ProblemKind::Expected(AN_OBJECT))]
        );
        assert_eq!(
            kinds(""),
            [(String::new(), ProblemKind::NotJson { line: 1, column: 1 })]
        );
        let huge = format!("{{\"$schema\": \"{}\"}}", "x".repeat(MAX_CONFIG_BYTES));
        assert_eq!(kinds(&huge), [(String::new(), ProblemKind::TooLarge)]);
    }

    #[test]
    fn a_call_to_action_needs_its_text_and_an_https_address() {
        let (config, problems) = read(
            r#"{"call_to_action": {"text": " Talk to our team ", "url": "https://example.com/contact?from=shorewise"},
                "contact": "Questions? sourcing@example.com"}"#,
        );
        assert_eq!(problems, []);
        assert_eq!(
            config.call_to_action,
            Some(CallToAction {
                text: "Talk to our team".into(),
                url: "https://example.com/contact?from=shorewise".into()
            })
        );
        assert_eq!(
            config.contact.as_deref(),
            Some("Questions? sourcing@example.com")
        );
        for (file, path, kind) in [
            (
                r#"{"call_to_action": {"text": "Talk", "url": "http://example.com"}}"#,
                "call_to_action.url",
                ProblemKind::NotHttps("http://example.com".into()),
            ),
            (
                r#"{"call_to_action": {"text": "Talk", "url": "javascript:alert(1)"}}"#,
                "call_to_action.url",
                ProblemKind::NotHttps("javascript:alert(1)".into()),
            ),
            (
                r#"{"call_to_action": {"url": "https://example.com"}}"#,
                "call_to_action.text",
                ProblemKind::Missing,
            ),
            (
                r#"{"call_to_action": {"text": "  ", "url": "https://example.com"}}"#,
                "call_to_action.text",
                ProblemKind::Expected(NON_EMPTY_TEXT),
            ),
            (
                r#"{"call_to_action": "https://example.com"}"#,
                "call_to_action",
                ProblemKind::Expected(AN_OBJECT),
            ),
        ] {
            let (config, problems) = read(file);
            assert_eq!(config.call_to_action, None, "{file}");
            assert_eq!(
                problems
                    .iter()
                    .map(|p| (p.path.as_str(), p.kind.clone()))
                    .collect::<Vec<_>>(),
                [(path, kind)],
                "{file}"
            );
        }
        let long = format!("{{\"contact\": \"{}\"}}", "x".repeat(MAX_CONTACT_CHARS + 1));
        assert_eq!(
            kinds(&long),
            [("contact".into(), ProblemKind::TooLong(MAX_CONTACT_CHARS))]
        );
    }

    #[test]
    fn a_brand_sets_name_logo_and_readable_colours() {
        let (config, problems) = read(
            r##"{"brand": {"name": " Acme Sourcing ", "logo": "brand/acme.svg",
                "colours": {"light": {"brand": "#5B2A86", "accent": "#E4572E"},
                            "dark": {"brand": "#C9A7EB"}}}}"##,
        );
        assert_eq!(problems, []);
        let brand = config.brand;
        assert_eq!(brand.name.as_deref(), Some("Acme Sourcing"));
        assert_eq!(brand.logo.as_deref(), Some("brand/acme.svg"));
        assert_eq!(brand.light.brand, Some(Colour([0x5b, 0x2a, 0x86])));
        assert_eq!(brand.light.accent, Some(Colour([0xe4, 0x57, 0x2e])));
        assert_eq!(brand.dark.brand, Some(Colour([0xc9, 0xa7, 0xeb])));
        assert_eq!(brand.dark.accent, None);
    }

    #[test]
    fn a_brand_colour_text_cannot_be_read_in_is_refused_with_its_contrast() {
        // A light yellow is unreadable on the light theme's white; a dark navy on the
        // dark theme's surfaces.
        let (config, problems) = read(
            r##"{"brand": {"colours": {"light": {"brand": "#f2d16b"}, "dark": {"brand": "#1b2a4a", "accent": "gold"}}}}"##,
        );
        assert_eq!(config.brand, Brand::default());
        let got: Vec<_> = problems
            .iter()
            .map(|p| (p.path.as_str(), &p.kind))
            .collect();
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(matches!(
            got[0],
            ("brand.colours.light.brand", ProblemKind::LowContrast { ratio, against, .. })
                if *ratio < 450 && *against == colour::LIGHT.selected
        ));
        assert!(matches!(
            got[1],
            ("brand.colours.dark.brand", ProblemKind::LowContrast { ratio, .. }) if *ratio < 450
        ));
        assert_eq!(
            got[2],
            (
                "brand.colours.dark.accent",
                &ProblemKind::NotAColour("gold".into())
            )
        );
    }

    #[test]
    fn a_logo_must_be_an_image_on_the_same_site() {
        for fine in [
            "logo.svg",
            "brand/Logo.PNG",
            "/assets/logo-2.webp",
            "./logo.svg",
        ] {
            assert!(same_site_image(fine), "{fine}");
        }
        for bad in [
            "https://cdn.example.com/logo.svg",
            "//cdn.example.com/logo.svg",
            "data:image/svg+xml,<svg/>",
            "../logo.svg",
            "brand/../../logo.svg",
            "logo.svg?v=2",
            "logo.js",
            ".svg",
            "logo svg.svg",
            "javascript:alert(1)//.svg",
        ] {
            assert!(!same_site_image(bad), "{bad}");
        }
        let (config, problems) = read(r#"{"brand": {"logo": "https://cdn.example.com/l.svg"}}"#);
        assert_eq!(config.brand.logo, None);
        assert_eq!(
            problems[0].kind,
            ProblemKind::NotSameOrigin("https://cdn.example.com/l.svg".into())
        );
    }

    #[test]
    fn a_sites_messages_keep_their_placeholders_and_name_a_language_shorewise_speaks() {
        let (config, problems) = read(
            r#"{"messages": {
                "fr": {"Start the assessment": "Commencer", "Your recommendations: {company}": "Pour {company}"},
                "en": {"Next": "Continue", "Your recommendations: {company}": "For {firm}", "Back": "Back {to}", "Edit": 3},
                "it": {"Next": "Avanti"}
            }}"#,
        );
        assert_eq!(
            config.messages,
            vec![
                (Lang::Fr, "Start the assessment".into(), "Commencer".into()),
                (
                    Lang::Fr,
                    "Your recommendations: {company}".into(),
                    "Pour {company}".into()
                ),
                (Lang::En, "Next".into(), "Continue".into()),
            ]
        );
        let kinds: Vec<_> = problems
            .iter()
            .map(|p| (p.path.as_str(), &p.kind))
            .collect();
        assert_eq!(
            kinds,
            vec![
                (
                    "messages.en.Your recommendations: {company}",
                    &ProblemKind::Placeholders("company".into())
                ),
                (
                    "messages.en.Back",
                    &ProblemKind::Placeholders(String::new())
                ),
                ("messages.en.Edit", &ProblemKind::Expected(TEXT)),
                ("messages.it", &ProblemKind::UnknownLanguage("it".into())),
            ]
        );
    }

    #[test]
    fn a_site_adds_a_language_or_replaces_a_built_in_file_and_uses_it_everywhere() {
        // The messages and the default language come before the languages in the file.
        let (config, problems) = read(
            r#"{"messages": {"nl": {"Next": "Volgende"}},
                "defaults": {"language": "nl-BE"},
                "languages": {
                    "nl": {"name": "Nederlands", "file": "i18n/nl.po"},
                    "DE": {"file": "/site/de.po"},
                    "en": {"file": "en.po"},
                    "nl": {"name": "Vlaams", "file": "vl.po"},
                    "dutch": {"name": "Nederlands", "file": "nl.po"},
                    "it": {"file": "https://cdn.example.com/it.po"},
                    "pt": {"file": "../pt.po"},
                    "sv": {"name": "Svenska", "file": "sv.json"},
                    "da": {"name": "Dansk"},
                    "fi": "suomi"
                }}"#,
        );
        let nl = SiteLanguage {
            code: "nl".into(),
            name: "Nederlands".into(),
            file: "i18n/nl.po".into(),
        };
        let de = SiteLanguage {
            code: "de".into(),
            name: String::new(),
            file: "/site/de.po".into(),
        };
        assert_eq!(config.languages, vec![nl, de]);
        assert_eq!(config.defaults.language, Some(Lang::Site(0)));
        assert_eq!(
            config.messages,
            vec![(Lang::Site(0), "Next".into(), "Volgende".into())]
        );
        let kinds: Vec<_> = problems
            .iter()
            .map(|p| (p.path.as_str(), &p.kind))
            .collect();
        assert_eq!(
            kinds,
            vec![
                ("languages.en", &ProblemKind::LanguageTaken("en".into())),
                ("languages.nl", &ProblemKind::LanguageTaken("nl".into())),
                (
                    "languages.dutch",
                    &ProblemKind::NotALanguageCode("dutch".into())
                ),
                (
                    "languages.it.file",
                    &ProblemKind::NotAPoFile("https://cdn.example.com/it.po".into())
                ),
                ("languages.it.name", &ProblemKind::Missing),
                (
                    "languages.pt.file",
                    &ProblemKind::NotAPoFile("../pt.po".into())
                ),
                ("languages.pt.name", &ProblemKind::Missing),
                (
                    "languages.sv.file",
                    &ProblemKind::NotAPoFile("sv.json".into())
                ),
                ("languages.da.file", &ProblemKind::Missing),
                ("languages.fi", &ProblemKind::Expected(AN_OBJECT)),
            ]
        );
    }

    #[test]
    fn a_language_the_site_does_not_add_is_still_unknown() {
        let (config, problems) = read(r#"{"defaults": {"language": "nl"}}"#);
        assert_eq!(config.defaults.language, None);
        assert_eq!(problems[0].kind, ProblemKind::UnknownLanguage("nl".into()));
    }

    #[test]
    fn defaults_name_a_catalog_country_and_goal_weights() {
        let (config, problems) = read(
            r#"{"defaults": {"home_country": "de", "language": "de-AT", "goals": {"cost": 5, "quality": 1}}}"#,
        );
        assert_eq!(problems, []);
        assert_eq!(config.defaults.home_country, Some("DE"));
        assert_eq!(config.defaults.language, Some(Lang::De));
        let goals = config.defaults.goals.expect("goals");
        assert_eq!((goals.cost, goals.quality), (5, 1));
        assert_eq!(
            goals.focus,
            Goals::default().focus,
            "unnamed goals keep theirs"
        );

        let (config, problems) = read(
            r#"{"defaults": {"home_country": "Atlantis", "language": "it", "goals": {"cost": 7, "speed": 2.5, "fun": 3}}}"#,
        );
        assert_eq!(config.defaults, Defaults::default());
        assert_eq!(
            problems
                .iter()
                .map(|p| (p.path.as_str(), p.kind.clone()))
                .collect::<Vec<_>>(),
            [
                (
                    "defaults.home_country",
                    ProblemKind::UnknownCountry("Atlantis".into())
                ),
                (
                    "defaults.language",
                    ProblemKind::UnknownLanguage("it".into())
                ),
                ("defaults.goals.cost", ProblemKind::Expected(A_SCALE_STEP)),
                ("defaults.goals.speed", ProblemKind::Expected(A_SCALE_STEP)),
                ("defaults.goals.fun", ProblemKind::Unknown),
            ]
        );
    }

    #[test]
    fn the_catalog_can_be_narrowed_to_named_processes() {
        let first = processes::CATALOG[0].id;
        let second = processes::CATALOG[1].id;
        let (config, problems) = read(&format!(
            r#"{{"processes": {{"offered": ["{first}", "{second}", "{first}", "teleportation", 3]}}}}"#
        ));
        assert_eq!(config.offered, Some(vec![first, second]));
        assert!(config.offers(first) && !config.offers(processes::CATALOG[2].id));
        assert_eq!(
            problems
                .iter()
                .map(|p| (p.path.as_str(), p.kind.clone()))
                .collect::<Vec<_>>(),
            [
                (
                    "processes.offered[3]",
                    ProblemKind::UnknownProcess("teleportation".into())
                ),
                ("processes.offered[4]", ProblemKind::Expected(A_PROCESS_ID)),
            ]
        );
        let (config, _) = read(r#"{"processes": {"offered": ["teleportation"]}}"#);
        assert_eq!(config.offered, None, "nothing usable: the whole catalog");
        assert!(config.offers(first));
    }

    /// A site's example: the answers of a product example under an id of its own.
    fn own_example(id: &str, answers: &str) -> String {
        format!(
            r#"{{"id": "{id}", "name": "Acme Retail", "summary": "A typical client of ours.", "answers": {answers}}}"#
        )
    }

    #[test]
    fn a_site_lists_its_own_examples_first_and_opens_them() {
        let answers = companies::EXAMPLES[1].assessment();
        let file = format!(
            r#"{{"examples": {{"own": [{}]}}}}"#,
            own_example("acme-retail", &json::export(&answers))
        );
        let (config, problems) = read(&file);
        assert_eq!(problems, []);
        let listed = config.examples();
        assert_eq!(
            listed[0],
            ("acme-retail", "Acme Retail", "A typical client of ours.")
        );
        assert_eq!(listed.len(), 1 + companies::EXAMPLES.len());
        assert_eq!(config.example("acme-retail"), Some(answers));
        assert!(config.example(companies::EXAMPLES[0].id).is_some());
        assert_eq!(config.example("nobody"), None);

        let file = format!(
            r#"{{"examples": {{"builtin": false, "own": [{}]}}}}"#,
            own_example(
                "acme-retail",
                &json::export(&companies::EXAMPLES[1].assessment())
            )
        );
        let (config, _) = read(&file);
        assert_eq!(config.examples().len(), 1, "only the site's own");
        assert_eq!(config.example(companies::EXAMPLES[0].id), None);
    }

    #[test]
    fn an_example_that_cannot_be_opened_is_left_out_and_named() {
        let good = json::export(&companies::EXAMPLES[1].assessment());
        let broken = good.replacen("\"fte\": ", "\"fte\": -", 1);
        assert_ne!(good, broken);
        let taken = companies::EXAMPLES[0].id;
        let file = format!(
            r#"{{"examples": {{"own": [{}, {}, {}, {}, {{"id": "no-answers", "name": "N", "summary": "S"}}]}}}}"#,
            own_example("Acme Retail", &good),
            own_example(taken, &good),
            own_example("acme-broken", &broken),
            own_example("acme-ok", &good),
        );
        let (config, problems) = read(&file);
        let ids: Vec<&str> = config.examples.own.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["acme-ok"]);
        let got: Vec<(&str, &ProblemKind)> = problems
            .iter()
            .map(|p| (p.path.as_str(), &p.kind))
            .collect();
        assert_eq!(got.len(), 4, "{got:?}");
        assert_eq!(
            got[0],
            (
                "examples.own[0].id",
                &ProblemKind::NotAnId("Acme Retail".into())
            )
        );
        assert_eq!(
            got[1],
            ("examples.own[1].id", &ProblemKind::TakenId(taken.into()))
        );
        assert!(
            matches!(
                got[2],
                (
                    "examples.own[2].answers",
                    ProblemKind::Answers(ImportError::Invalid(_))
                )
            ),
            "{:?}",
            got[2]
        );
        assert_eq!(got[3], ("examples.own[4].answers", &ProblemKind::Missing));
        let many: Vec<String> = (0..MAX_EXAMPLES + 1)
            .map(|i| own_example(&format!("e{i}"), &good))
            .collect();
        let (config, problems) = read(&format!(
            r#"{{"examples": {{"own": [{}]}}}}"#,
            many.join(",")
        ));
        assert_eq!(config.examples.own.len(), MAX_EXAMPLES);
        assert_eq!(
            problems[0].kind,
            ProblemKind::TooMany(EXAMPLE_COMPANIES, MAX_EXAMPLES)
        );
    }

    #[test]
    fn offline_use_is_on_unless_turned_off() {
        assert!(read("{}").0.offline);
        assert!(!read("{\"offline\": false}").0.offline);
        let (config, problems) = read("{\"offline\": 0}");
        assert!(config.offline, "a wrong value keeps the default");
        assert_eq!(problems.len(), 1);
    }

    #[test]
    fn share_links_are_on_unless_turned_off() {
        assert!(read("{}").0.share_links);
        assert!(!read("{\"share_links\": false}").0.share_links);
        let (config, problems) = read("{\"share_links\": \"no\"}");
        assert!(config.share_links, "a wrong value keeps the default");
        assert_eq!(problems[0].kind, ProblemKind::Expected(TRUE_OR_FALSE));
    }

    #[test]
    fn https_links() {
        assert!(https("https://example.com"));
        assert!(https("HTTPS://example.com/a?b=c#d"));
        assert!(!https("https://"));
        assert!(!https("https://exa mple.com"));
        assert!(!https("https://example.com/\"onmouseover"));
        assert!(!https("//example.com"));
        assert!(!https("https:"));
    }

    #[test]
    fn the_origin_list_is_capped() {
        let many: Vec<String> = (0..40)
            .map(|i| format!("\"https://h{i}.example\""))
            .collect();
        let (config, problems) = read(&format!(
            "{{\"embed\": {{\"origins\": [{}]}}}}",
            many.join(",")
        ));
        assert_eq!(config.embed.origins.len(), MAX_ORIGINS);
        assert_eq!(problems[0].kind, ProblemKind::TooMany(ORIGINS, MAX_ORIGINS));
    }

    #[test]
    fn origins_are_written_as_browsers_write_them() {
        for (given, want) in [
            (
                "https://intranet.example.com",
                Some("https://intranet.example.com"),
            ),
            (
                "HTTPS://Intranet.Example.COM",
                Some("https://intranet.example.com"),
            ),
            ("https://a.example:443", Some("https://a.example")),
            ("http://a.example:80", Some("http://a.example")),
            ("http://127.0.0.1:4176", Some("http://127.0.0.1:4176")),
            ("http://[::1]:8080", Some("http://[::1]:8080")),
            (" * ", Some("*")),
            ("https://a.example/", None),
            ("https://a.example/path", None),
            ("a.example", None),
            ("ftp://a.example", None),
            ("https://", None),
            ("https://a.example:", None),
            ("https://a.example:99999x", None),
            ("https://user@a.example", None),
            ("javascript://alert(1)", None),
            ("https://[abc", None),
            ("https://[::1]x", None),
        ] {
            assert_eq!(origin(given).as_deref(), want, "{given}");
        }
    }
}
