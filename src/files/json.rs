//! The assessment as a JSON file (`docs/data-format.md`, schema in
//! `docs/assessment.schema.json`): written pretty, read with every problem named.
//!
//! A small reader and writer for exactly this format rather than a general JSON crate:
//! the format is fixed and flat, the reader can say which field of the file is wrong,
//! and the app stays small. Numbers are written in Rust's shortest round-trip form and
//! read with the standard library's correctly rounded parser, so a file reads back bit
//! for bit. Tests check both directions against `serde_json` on random assessments.

use crate::content::lang::{fill, Tr};
use crate::content::problems;
use crate::engine::model::{
    Assessment, Assumption, AssumptionOverride, Company, Goal, Goals, Language, ProcessAnswer,
    ProcessId, RiskProfile, WageOverride, WorkingHours,
};
use crate::engine::validate;
use std::fmt::Debug;

/// Largest file accepted, in bytes: far above any real assessment.
pub const MAX_FILE_BYTES: usize = 2_000_000;

/// Deepest nesting the reader follows; the format needs four levels.
const MAX_DEPTH: usize = 16;

/// Why a file cannot be imported, each ready to show.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportError {
    /// Larger than any assessment.
    TooLarge {
        /// Its size.
        bytes: usize,
    },
    /// Not JSON at all (or cut short).
    NotJson {
        /// Where reading stopped, 1-based.
        line: usize,
        /// Column, 1-based.
        column: usize,
    },
    /// JSON, but not in the assessment format.
    NotAnAssessment {
        /// The field as the file names it (`processes[2].fte`), empty for the whole file.
        field: String,
        /// What it should be, in the page's language: "a number", "one of: low, medium,
        /// high", "present".
        expected: String,
        /// Line of the value in the file, 1-based.
        line: usize,
    },
    /// A field the format does not have (perhaps a typo, which would otherwise be lost).
    UnknownField {
        /// The field as the file names it.
        field: String,
        /// Its line, 1-based.
        line: usize,
    },
    /// An assessment whose answers break the rules: every problem, in words.
    Invalid(Vec<String>),
}

/// The assessment as pretty-printed JSON.
pub fn export(a: &Assessment) -> String {
    let mut w = Writer::default();
    w.open('{');
    w.key("version");
    w.raw(&a.version.to_string());
    w.key("company");
    w.open('{');
    let c = &a.company;
    w.key("name");
    w.string(&c.name);
    w.key("industry");
    w.string(&key_of(&c.industry));
    w.key("size");
    w.string(&key_of(&c.size));
    w.key("home");
    w.string(&c.home);
    if !c.zone.is_empty() {
        w.key("zone");
        w.string(&c.zone);
    }
    w.key("hours");
    w.open('{');
    w.key("start");
    w.raw(&c.hours.start.to_string());
    w.key("end");
    w.raw(&c.hours.end.to_string());
    w.close('}');
    w.key("customer_languages");
    w.keys(&c.customer_languages);
    w.key("staff_languages");
    w.keys(&c.staff_languages);
    w.close('}');
    w.key("goals");
    w.open('{');
    for goal in Goal::ALL {
        w.key(goal.key());
        w.raw(&a.goals.get(*goal).to_string());
    }
    w.close('}');
    w.key("risk");
    w.open('{');
    let r = &a.risk;
    w.key("tolerance");
    w.string(&key_of(&r.tolerance));
    w.key("residency");
    w.string(&key_of(&r.residency));
    w.key("regulations");
    w.keys(&r.regulations);
    w.key("dependency_tolerance");
    w.string(&key_of(&r.dependency_tolerance));
    w.key("vendor_management");
    w.string(&key_of(&r.vendor_management));
    w.key("transition_appetite");
    w.string(&key_of(&r.transition_appetite));
    w.key("automation");
    w.string(&key_of(&r.automation));
    w.close('}');
    w.key("processes");
    w.open('[');
    for p in &a.processes {
        w.item();
        w.open('{');
        w.key("id");
        w.string(&p.id.to_string());
        if !p.custom_name.is_empty() {
            w.key("custom_name");
            w.string(&p.custom_name);
        }
        w.key("kind");
        w.string(&key_of(&p.kind));
        w.key("role");
        w.string(&key_of(&p.role));
        w.key("fte");
        w.number(p.fte);
        w.key("annual_cost");
        w.number(p.annual_cost);
        w.key("demand");
        w.string(&key_of(&p.demand));
        for (k, v) in [
            ("judgement", p.judgement),
            ("rule_based", p.rule_based),
            ("documentation", p.documentation),
        ] {
            w.key(k);
            w.raw(&v.to_string());
        }
        w.key("sensitivity");
        w.string(&key_of(&p.sensitivity));
        w.key("customer_facing");
        w.raw(if p.customer_facing { "true" } else { "false" });
        if !p.languages.is_empty() {
            w.key("languages");
            w.keys(&p.languages);
        }
        w.key("overlap_hours");
        w.raw(&p.overlap_hours.to_string());
        w.key("coverage");
        w.string(&key_of(&p.coverage));
        w.close('}');
    }
    w.close(']');
    if !a.wages.is_empty() {
        w.key("wages");
        w.open('[');
        for wage in &a.wages {
            w.item();
            w.open('{');
            w.key("country");
            w.string(&wage.country);
            w.key("low");
            w.number(wage.low);
            w.key("high");
            w.number(wage.high);
            w.close('}');
        }
        w.close(']');
    }
    if !a.assumptions.is_empty() {
        w.key("assumptions");
        w.open('[');
        for o in &a.assumptions {
            w.item();
            w.open('{');
            w.key("assumption");
            w.string(&key_of(&o.assumption));
            w.key("low");
            w.number(o.low);
            w.key("high");
            w.number(o.high);
            w.close('}');
        }
        w.close(']');
    }
    w.close('}');
    w.out.push('\n');
    w.out
}

/// Reads an assessment file. Never panics; every failure says what is wrong.
pub fn import(text: &str) -> Result<Assessment, ImportError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    assessment_of(&Parser::new(text).document()?)
}

/// Reads an assessment from a value already parsed (a file's whole document, or an
/// example company in the site's settings) and checks its answers as a file's are.
pub(crate) fn assessment_of(value: &Json) -> Result<Assessment, ImportError> {
    let a = assessment(value)?;
    let found = validate::problems(&a);
    if found.is_empty() {
        return Ok(a);
    }
    let name = |i: usize| {
        a.processes
            .get(i)
            .map(|p| crate::content::processes::name_of(p).to_owned())
    };
    Err(ImportError::Invalid(
        found.iter().map(|e| problems::describe(e, &name)).collect(),
    ))
}

/// The name a value has in files: its variant name in snake case, as the format
/// documents (`FinancialServices` → `financial_services`).
pub fn key_of(v: &dyn Debug) -> String {
    let name = format!("{v:?}");
    let mut key = String::with_capacity(name.len() + 4);
    for (i, ch) in name.chars().enumerate() {
        if ch.is_ascii_uppercase() && i > 0 {
            key.push('_');
        }
        key.push(ch.to_ascii_lowercase());
    }
    key
}

/// Writes JSON with two-space indentation.
#[derive(Default)]
pub(crate) struct Writer {
    out: String,
    depth: usize,
    /// Whether the current object or array already has a member.
    started: Vec<bool>,
}

impl Writer {
    fn newline(&mut self) {
        self.out.push('\n');
        for _ in 0..self.depth {
            self.out.push_str("  ");
        }
    }

    /// Starts a member: a comma after the previous one, then a new line.
    fn item(&mut self) {
        if let Some(started) = self.started.last_mut() {
            if *started {
                self.out.push(',');
            }
            *started = true;
        }
        self.newline();
    }

    pub(crate) fn open(&mut self, bracket: char) {
        self.out.push(bracket);
        self.depth += 1;
        self.started.push(false);
    }

    pub(crate) fn close(&mut self, bracket: char) {
        self.depth -= 1;
        if self.started.pop() == Some(true) {
            self.newline();
        }
        self.out.push(bracket);
    }

    pub(crate) fn key(&mut self, k: &str) {
        self.item();
        self.string(k);
        self.out.push_str(": ");
    }

    pub(crate) fn raw(&mut self, v: &str) {
        self.out.push_str(v);
    }

    pub(crate) fn number(&mut self, v: f64) {
        if v.is_finite() {
            // Shortest form that reads back exactly; a whole number keeps its ".0".
            let text = super::shortest(v);
            self.out.push_str(&text);
            if !text.contains(['.', 'e']) {
                self.out.push_str(".0");
            }
        } else {
            self.out.push_str("null");
        }
    }

    pub(crate) fn string(&mut self, s: &str) {
        self.out.push('"');
        for ch in s.chars() {
            match ch {
                '"' => self.out.push_str("\\\""),
                '\\' => self.out.push_str("\\\\"),
                '\n' => self.out.push_str("\\n"),
                '\r' => self.out.push_str("\\r"),
                '\t' => self.out.push_str("\\t"),
                c if u32::from(c) < 0x20 => {
                    self.out.push_str("\\u00");
                    for shift in [4, 0] {
                        let d = (u32::from(c) >> shift) & 0xf;
                        self.out.push(char::from_digit(d, 16).unwrap_or('0'));
                    }
                }
                c => self.out.push(c),
            }
        }
        self.out.push('"');
    }

    pub(crate) fn keys<T: Debug>(&mut self, values: &[T]) {
        self.out.push('[');
        for (i, v) in values.iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            self.string(&key_of(v));
        }
        self.out.push(']');
    }

    /// A member of a list: a comma after the previous one, then a new line.
    pub(crate) fn element(&mut self) {
        self.item();
    }

    /// The text written.
    pub(crate) fn finish(self) -> String {
        self.out
    }
}

/// A JSON value with the line it starts on.
#[derive(Debug)]
pub(crate) struct Json {
    pub(crate) line: usize,
    pub(crate) kind: Kind,
}

/// What a JSON value is.
#[derive(Debug)]
pub(crate) enum Kind {
    Null,
    Bool(bool),
    Number(f64),
    Text(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

/// Reads JSON (RFC 8259), tracking the line and column for messages.
pub(crate) struct Parser<'a> {
    text: &'a [u8],
    at: usize,
    line: usize,
    line_start: usize,
}

impl<'a> Parser<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        Self {
            text: text.as_bytes(),
            at: 0,
            line: 1,
            line_start: 0,
        }
    }

    fn error(&self) -> ImportError {
        ImportError::NotJson {
            line: self.line,
            column: self.at - self.line_start + 1,
        }
    }

    pub(crate) fn document(&mut self) -> Result<Json, ImportError> {
        let v = self.value(0)?;
        self.space();
        if self.at == self.text.len() {
            Ok(v)
        } else {
            Err(self.error())
        }
    }

    fn space(&mut self) {
        while let Some(&b) = self.text.get(self.at) {
            match b {
                b' ' | b'\t' | b'\r' => self.at += 1,
                b'\n' => {
                    self.at += 1;
                    self.line += 1;
                    self.line_start = self.at;
                }
                _ => break,
            }
        }
    }

    fn eat(&mut self, b: u8) -> bool {
        if self.text.get(self.at) == Some(&b) {
            self.at += 1;
            true
        } else {
            false
        }
    }

    fn word(&mut self, w: &str, kind: Kind) -> Result<Kind, ImportError> {
        if self.text[self.at..].starts_with(w.as_bytes()) {
            self.at += w.len();
            Ok(kind)
        } else {
            Err(self.error())
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, ImportError> {
        if depth > MAX_DEPTH {
            return Err(self.error());
        }
        self.space();
        let line = self.line;
        let kind = match self.text.get(self.at) {
            Some(b'{') => {
                self.at += 1;
                let mut fields = Vec::new();
                self.space();
                if !self.eat(b'}') {
                    loop {
                        self.space();
                        let key = self.string()?;
                        self.space();
                        if !self.eat(b':') {
                            return Err(self.error());
                        }
                        fields.push((key, self.value(depth + 1)?));
                        self.space();
                        if self.eat(b'}') {
                            break;
                        }
                        if !self.eat(b',') {
                            return Err(self.error());
                        }
                    }
                }
                Kind::Object(fields)
            }
            Some(b'[') => {
                self.at += 1;
                let mut items = Vec::new();
                self.space();
                if !self.eat(b']') {
                    loop {
                        items.push(self.value(depth + 1)?);
                        self.space();
                        if self.eat(b']') {
                            break;
                        }
                        if !self.eat(b',') {
                            return Err(self.error());
                        }
                    }
                }
                Kind::Array(items)
            }
            Some(b'"') => Kind::Text(self.string()?),
            Some(b't') => self.word("true", Kind::Bool(true))?,
            Some(b'f') => self.word("false", Kind::Bool(false))?,
            Some(b'n') => self.word("null", Kind::Null)?,
            Some(b'-' | b'0'..=b'9') => Kind::Number(self.number()?),
            _ => return Err(self.error()),
        };
        Ok(Json { line, kind })
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while self.text.get(self.at).is_some_and(u8::is_ascii_digit) {
            self.at += 1;
        }
        self.at - start
    }

    fn number(&mut self) -> Result<f64, ImportError> {
        let start = self.at;
        self.eat(b'-');
        let int = self.digits();
        let leading_zero = int > 1 && self.text[self.at - int] == b'0';
        if int == 0 || leading_zero {
            return Err(self.error());
        }
        if self.eat(b'.') && self.digits() == 0 {
            return Err(self.error());
        }
        if self.eat(b'e') || self.eat(b'E') {
            if !self.eat(b'+') {
                self.eat(b'-');
            }
            if self.digits() == 0 {
                return Err(self.error());
            }
        }
        std::str::from_utf8(&self.text[start..self.at])
            .ok()
            .and_then(super::decimal)
            .ok_or_else(|| self.error())
    }

    fn hex4(&mut self) -> Result<u32, ImportError> {
        let digits = self
            .text
            .get(self.at..self.at + 4)
            .ok_or_else(|| self.error())?;
        let text = std::str::from_utf8(digits).map_err(|_| self.error())?;
        let v = u32::from_str_radix(text, 16).map_err(|_| self.error())?;
        self.at += 4;
        Ok(v)
    }

    fn string(&mut self) -> Result<String, ImportError> {
        if !self.eat(b'"') {
            return Err(self.error());
        }
        let mut out = Vec::new();
        loop {
            let &b = self.text.get(self.at).ok_or_else(|| self.error())?;
            self.at += 1;
            match b {
                b'"' => break,
                b'\\' => {
                    let &e = self.text.get(self.at).ok_or_else(|| self.error())?;
                    self.at += 1;
                    let ch = match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let first = self.hex4()?;
                            let code = if (0xd800..0xdc00).contains(&first) {
                                if !(self.eat(b'\\') && self.eat(b'u')) {
                                    return Err(self.error());
                                }
                                let second = self.hex4()?;
                                if !(0xdc00..0xe000).contains(&second) {
                                    return Err(self.error());
                                }
                                0x10000 + ((first - 0xd800) << 10) + (second - 0xdc00)
                            } else {
                                first
                            };
                            char::from_u32(code).ok_or_else(|| self.error())?
                        }
                        _ => return Err(self.error()),
                    };
                    let mut buf = [0; 4];
                    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                }
                0..=0x1f => return Err(self.error()),
                _ => out.push(b),
            }
        }
        String::from_utf8(out).map_err(|_| self.error())
    }
}

/// Where a value sits in the file, for messages.
struct At<'a> {
    path: &'a str,
    line: usize,
}

fn wrong(at: &At, expected: impl Into<String>) -> ImportError {
    ImportError::NotAnAssessment {
        field: at.path.to_owned(),
        expected: expected.into(),
        line: at.line,
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

/// An object's fields; unknown fields are refused so that a typo is not silently lost.
struct Fields<'a> {
    fields: &'a [(String, Json)],
    path: String,
    line: usize,
}

impl<'a> Fields<'a> {
    fn of(v: &'a Json, path: String, known: &[&str]) -> Result<Self, ImportError> {
        let Kind::Object(fields) = &v.kind else {
            return Err(wrong(
                &At {
                    path: &path,
                    line: v.line,
                },
                Tr::new("an object"),
            ));
        };
        if let Some((k, x)) = fields.iter().find(|(k, _)| !known.contains(&k.as_str())) {
            return Err(ImportError::UnknownField {
                field: join(&path, k),
                line: x.line,
            });
        }
        Ok(Self {
            fields,
            path,
            line: v.line,
        })
    }

    fn optional(&self, key: &str) -> Option<(&'a Json, String)> {
        self.fields
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| (v, join(&self.path, key)))
    }

    fn get(&self, key: &str) -> Result<(&'a Json, String), ImportError> {
        self.optional(key).ok_or_else(|| {
            let field = join(&self.path, key);
            wrong(
                &At {
                    path: &field,
                    line: self.line,
                },
                Tr::new("present"),
            )
        })
    }

    fn text(&self, key: &str) -> Result<String, ImportError> {
        let (v, path) = self.get(key)?;
        text(v, &path)
    }

    fn number(&self, key: &str) -> Result<f64, ImportError> {
        let (v, path) = self.get(key)?;
        match v.kind {
            Kind::Number(n) => Ok(n),
            _ => Err(wrong(
                &At {
                    path: &path,
                    line: v.line,
                },
                Tr::new("a number"),
            )),
        }
    }

    fn small(&self, key: &str) -> Result<u8, ImportError> {
        let (v, path) = self.get(key)?;
        match v.kind {
            Kind::Number(n) if n.fract() == 0.0 && (0.0..=255.0).contains(&n) => Ok(n as u8),
            _ => Err(wrong(
                &At {
                    path: &path,
                    line: v.line,
                },
                Tr::new("a whole number from 0 to 255"),
            )),
        }
    }

    fn flag(&self, key: &str) -> Result<bool, ImportError> {
        let (v, path) = self.get(key)?;
        match v.kind {
            Kind::Bool(b) => Ok(b),
            _ => Err(wrong(
                &At {
                    path: &path,
                    line: v.line,
                },
                Tr::new("true or false"),
            )),
        }
    }

    fn choice<T: Copy + Debug>(&self, key: &str, all: &[T]) -> Result<T, ImportError> {
        let (v, path) = self.get(key)?;
        choice(v, &path, all)
    }

    fn choices<T: Copy + Debug>(&self, key: &str, all: &[T]) -> Result<Vec<T>, ImportError> {
        let (v, path) = self.get(key)?;
        choices(v, &path, all)
    }
}

fn text(v: &Json, path: &str) -> Result<String, ImportError> {
    match &v.kind {
        Kind::Text(s) => Ok(s.clone()),
        _ => Err(wrong(&At { path, line: v.line }, Tr::new("text"))),
    }
}

fn choice<T: Copy + Debug>(v: &Json, path: &str, all: &[T]) -> Result<T, ImportError> {
    if let Kind::Text(s) = &v.kind {
        if let Some(found) = all.iter().find(|x| key_of(*x) == *s) {
            return Ok(*found);
        }
    }
    let names: Vec<String> = all.iter().map(|x| key_of(x)).collect();
    Err(wrong(
        &At { path, line: v.line },
        fill(
            Tr::new("one of: {values}").get(),
            &[("values", &names.join(", "))],
        ),
    ))
}

fn items<'a>(v: &'a Json, path: &str) -> Result<&'a [Json], ImportError> {
    match &v.kind {
        Kind::Array(items) => Ok(items),
        _ => Err(wrong(&At { path, line: v.line }, Tr::new("a list"))),
    }
}

fn choices<T: Copy + Debug>(v: &Json, path: &str, all: &[T]) -> Result<Vec<T>, ImportError> {
    items(v, path)?
        .iter()
        .enumerate()
        .map(|(i, x)| choice(x, &format!("{path}[{i}]"), all))
        .collect()
}

fn assessment(v: &Json) -> Result<Assessment, ImportError> {
    use crate::engine::model::{
        Coverage, Demand, Industry, Level, Regulation, Residency, Sensitivity, SizeBand,
        StrategicRole, WorkKind,
    };
    let top = Fields::of(
        v,
        String::new(),
        &[
            "version",
            "company",
            "goals",
            "risk",
            "processes",
            "wages",
            "assumptions",
        ],
    )?;
    let (version_value, version_path) = top.get("version")?;
    let version = match version_value.kind {
        Kind::Number(n) if n.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&n) => n as u32,
        _ => {
            let at = At {
                path: &version_path,
                line: version_value.line,
            };
            return Err(wrong(&at, Tr::new("a format version number")));
        }
    };
    let (company_value, path) = top.get("company")?;
    let c = Fields::of(
        company_value,
        path,
        &[
            "name",
            "industry",
            "size",
            "home",
            "zone",
            "hours",
            "customer_languages",
            "staff_languages",
        ],
    )?;
    let (hours_value, path) = c.get("hours")?;
    let hours = Fields::of(hours_value, path, &["start", "end"])?;
    let company = Company {
        name: c.text("name")?,
        industry: c.choice("industry", Industry::ALL)?,
        size: c.choice("size", SizeBand::ALL)?,
        home: c.text("home")?,
        zone: match c.optional("zone") {
            Some((v, path)) => text(v, &path)?,
            None => String::new(),
        },
        hours: WorkingHours {
            start: hours.small("start")?,
            end: hours.small("end")?,
        },
        customer_languages: c.choices("customer_languages", Language::ALL)?,
        staff_languages: c.choices("staff_languages", Language::ALL)?,
    };
    let (goals_value, path) = top.get("goals")?;
    let keys: Vec<&str> = Goal::ALL.iter().map(|g| g.key()).collect();
    let g = Fields::of(goals_value, path, &keys)?;
    let mut goals = Goals::default();
    for goal in Goal::ALL {
        goals = goals.with(*goal, g.small(goal.key())?);
    }
    let (risk_value, path) = top.get("risk")?;
    let r = Fields::of(
        risk_value,
        path,
        &[
            "tolerance",
            "residency",
            "regulations",
            "dependency_tolerance",
            "vendor_management",
            "transition_appetite",
            "automation",
        ],
    )?;
    let risk = RiskProfile {
        tolerance: r.choice("tolerance", Level::ALL)?,
        residency: r.choice("residency", Residency::ALL)?,
        regulations: r.choices("regulations", Regulation::ALL)?,
        dependency_tolerance: r.choice("dependency_tolerance", Level::ALL)?,
        vendor_management: r.choice("vendor_management", Level::ALL)?,
        transition_appetite: r.choice("transition_appetite", Level::ALL)?,
        automation: match r.optional("automation") {
            Some((v, path)) => choice(v, &path, Level::ALL)?,
            None => Level::Medium,
        },
    };
    let (list, path) = top.get("processes")?;
    let mut processes = Vec::new();
    for (i, item) in items(list, &path)?.iter().enumerate() {
        let p = Fields::of(
            item,
            format!("{path}[{i}]"),
            &[
                "id",
                "custom_name",
                "kind",
                "role",
                "fte",
                "annual_cost",
                "demand",
                "judgement",
                "rule_based",
                "documentation",
                "sensitivity",
                "customer_facing",
                "languages",
                "overlap_hours",
                "coverage",
            ],
        )?;
        processes.push(ProcessAnswer {
            id: ProcessId::parse(&p.text("id")?),
            custom_name: match p.optional("custom_name") {
                Some((v, path)) => text(v, &path)?,
                None => String::new(),
            },
            kind: p.choice("kind", WorkKind::ALL)?,
            role: p.choice("role", StrategicRole::ALL)?,
            fte: p.number("fte")?,
            annual_cost: p.number("annual_cost")?,
            demand: p.choice("demand", Demand::ALL)?,
            judgement: p.small("judgement")?,
            rule_based: p.small("rule_based")?,
            documentation: p.small("documentation")?,
            sensitivity: p.choice("sensitivity", Sensitivity::ALL)?,
            customer_facing: p.flag("customer_facing")?,
            languages: match p.optional("languages") {
                Some((v, path)) => choices(v, &path, Language::ALL)?,
                None => Vec::new(),
            },
            overlap_hours: p.small("overlap_hours")?,
            coverage: match p.optional("coverage") {
                Some((v, path)) => choice(v, &path, Coverage::ALL)?,
                None => Coverage::BusinessHours,
            },
        });
    }
    let mut wages = Vec::new();
    if let Some((list, path)) = top.optional("wages") {
        for (i, item) in items(list, &path)?.iter().enumerate() {
            let w = Fields::of(item, format!("{path}[{i}]"), &["country", "low", "high"])?;
            wages.push(WageOverride {
                country: w.text("country")?,
                low: w.number("low")?,
                high: w.number("high")?,
            });
        }
    }
    let mut assumptions = Vec::new();
    if let Some((list, path)) = top.optional("assumptions") {
        for (i, item) in items(list, &path)?.iter().enumerate() {
            let o = Fields::of(item, format!("{path}[{i}]"), &["assumption", "low", "high"])?;
            assumptions.push(AssumptionOverride {
                assumption: o.choice("assumption", Assumption::ALL)?,
                low: o.number("low")?,
                high: o.number("high")?,
            });
        }
    }
    Ok(Assessment {
        version,
        company,
        goals,
        risk,
        processes,
        wages,
        assumptions,
    })
}
