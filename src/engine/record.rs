//! The answers as a compact, versioned record: what the browser stores between visits
//! and what a share link carries in its fragment. Plain bytes (small integers as
//! varints, enums as positions in their `ALL` lists, numbers exact) in URL-safe base64,
//! so a ten-process assessment is a few hundred characters.
//!
//! Decoding never panics and never trusts its input: every length is bounded before it
//! is used, every enum position is checked, and the decoded answers must pass
//! [`validate`] before they are returned.
//!
//! ```
//! use shorewise::engine::{examples, record};
//! let a = examples::us_software();
//! let text = record::encode(&a, 3);
//! let back = record::decode(&text).expect("a record Shorewise wrote");
//! assert_eq!((back.assessment, back.reached), (a, 3));
//! ```

use super::error::EngineError;
use super::model::{
    Assessment, Assumption, AssumptionOverride, Company, Goal, Goals, Industry, Language, Level,
    ProcessAnswer, ProcessId, Regulation, Residency, RiskProfile, WageOverride, WorkingHours,
    FORMAT_VERSION, MAX_PROCESSES,
};
use super::model::{Coverage, Demand, Sensitivity, SizeBand, StrategicRole, WorkKind};
use super::validate::validate;

/// Languages in the order records store them (by position), which is not the order
/// they are shown in: a language added later goes at the end, so that every record
/// written before reads back the same.
const STORED_LANGUAGES: &[Language] = &[
    Language::English,
    Language::Spanish,
    Language::Portuguese,
    Language::French,
    Language::German,
    Language::Italian,
    Language::Dutch,
    Language::Polish,
    Language::Romanian,
    Language::Nordic,
    Language::Arabic,
    Language::Hindi,
    Language::Chinese,
    Language::Japanese,
    Language::Other,
    Language::Urdu,
];

/// Marks a Shorewise record and its layout version; the first characters of every record.
pub const RECORD_PREFIX: &str = "sw1.";

/// Longest record accepted, in characters: 200 processes with long custom names fit
/// several times over; anything longer is not a record Shorewise wrote.
pub const MAX_RECORD_CHARS: usize = 200_000;

/// A decoded record: the answers and how far the user had got.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Record {
    /// The answers.
    pub assessment: Assessment,
    /// The furthest questionnaire step reached (0 = first), as the UI numbers its steps.
    pub reached: u8,
}

/// Why a text is not a record that can be opened.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum RecordError {
    /// Empty, or not something Shorewise wrote.
    #[error("this is not a Shorewise record")]
    NotARecord,
    /// Written by a newer Shorewise.
    #[error("this record comes from a newer version of Shorewise (format {found})")]
    NewerVersion {
        /// The version found.
        found: String,
    },
    /// Longer than any record Shorewise writes.
    #[error("this record is too long ({chars} characters)")]
    TooLong {
        /// Its length.
        chars: usize,
    },
    /// Cut short or damaged: the bytes do not describe answers.
    #[error("this record is damaged or incomplete ({what})")]
    Damaged {
        /// What could not be read.
        what: &'static str,
    },
    /// Readable, but the answers in it are not valid.
    #[error("the answers in this record are not valid: {0}")]
    Invalid(EngineError),
}

/// Writes the answers and the furthest step reached as a record.
pub fn encode(a: &Assessment, reached: u8) -> String {
    let mut w = Writer(Vec::with_capacity(64 + 48 * a.processes.len()));
    w.byte(reached);
    let c = &a.company;
    w.text(&c.name);
    w.choice(Industry::ALL, &c.industry);
    w.choice(SizeBand::ALL, &c.size);
    w.text(&c.home);
    w.byte(c.hours.start);
    w.byte(c.hours.end);
    w.set(STORED_LANGUAGES, &c.customer_languages);
    w.set(STORED_LANGUAGES, &c.staff_languages);
    for goal in Goal::ALL {
        w.byte(a.goals.get(*goal));
    }
    let r = &a.risk;
    w.choice(Level::ALL, &r.tolerance);
    w.choice(Residency::ALL, &r.residency);
    w.set(Regulation::ALL, &r.regulations);
    w.choice(Level::ALL, &r.dependency_tolerance);
    w.choice(Level::ALL, &r.vendor_management);
    w.choice(Level::ALL, &r.transition_appetite);
    w.varint(a.processes.len() as u64);
    for p in &a.processes {
        match &p.id {
            ProcessId::Catalog(id) => {
                w.byte(0);
                w.text(id);
            }
            ProcessId::Custom(n) => {
                w.byte(1);
                w.varint(u64::from(*n));
                w.text(&p.custom_name);
            }
        }
        w.choice(WorkKind::ALL, &p.kind);
        w.choice(StrategicRole::ALL, &p.role);
        w.number(p.fte);
        w.number(p.annual_cost);
        w.choice(Demand::ALL, &p.demand);
        w.byte(p.judgement);
        w.byte(p.rule_based);
        w.byte(p.documentation);
        w.choice(Sensitivity::ALL, &p.sensitivity);
        w.byte(u8::from(p.customer_facing));
        w.set(STORED_LANGUAGES, &p.languages);
        w.byte(p.overlap_hours);
    }
    w.varint(a.wages.len() as u64);
    for wage in &a.wages {
        w.text(&wage.country);
        w.number(wage.low);
        w.number(wage.high);
    }
    // Answers added after the first layout: read when present, defaults otherwise, so
    // records written before them still open.
    w.text(&c.zone);
    w.choice(Level::ALL, &r.automation);
    for p in &a.processes {
        w.choice(Coverage::ALL, &p.coverage);
    }
    w.varint(a.assumptions.len() as u64);
    for o in &a.assumptions {
        w.choice(Assumption::ALL, &o.assumption);
        w.number(o.low);
        w.number(o.high);
    }
    let mut out = String::with_capacity(RECORD_PREFIX.len() + w.0.len() * 4 / 3 + 4);
    out.push_str(RECORD_PREFIX);
    base64url_encode(&w.0, &mut out);
    out
}

/// Writes named answers (scenarios) as text: one line each, the name (tabs and line
/// breaks turned into spaces), a tab, then its record.
pub fn encode_named<'a>(items: impl IntoIterator<Item = (&'a str, &'a Assessment)>) -> String {
    let mut out = String::new();
    for (name, a) in items {
        let name: String = name
            .chars()
            .map(|c| {
                if c == '\t' || c == '\n' || c == '\r' {
                    ' '
                } else {
                    c
                }
            })
            .collect();
        out.push_str(&name);
        out.push('\t');
        out.push_str(&encode(a, 0));
        out.push('\n');
    }
    out
}

/// Reads named answers written by [`encode_named`]: those that can be read, and whether
/// any line could not be (the caller keeps the text aside so nothing is lost).
pub fn decode_named(text: &str) -> (Vec<(String, Assessment)>, bool) {
    let mut broken = false;
    let mut items = Vec::new();
    for line in text.lines().filter(|l| !l.is_empty()) {
        match line.split_once('\t').map(|(n, r)| (n, decode(r))) {
            Some((name, Ok(r))) if !name.trim().is_empty() => {
                items.push((name.to_owned(), r.assessment));
            }
            _ => broken = true,
        }
    }
    (items, broken)
}

/// Reads a record. Every failure is a [`RecordError`]; nothing panics, whatever the text.
pub fn decode(text: &str) -> Result<Record, RecordError> {
    let text = text.trim();
    if text.len() > MAX_RECORD_CHARS {
        return Err(RecordError::TooLong { chars: text.len() });
    }
    let Some(body) = text.strip_prefix(RECORD_PREFIX) else {
        return Err(match version_of(text) {
            Some(v) => RecordError::NewerVersion {
                found: v.to_owned(),
            },
            None => RecordError::NotARecord,
        });
    };
    let bytes = base64url_decode(body).ok_or(RecordError::Damaged {
        what: "not in the link alphabet",
    })?;
    let mut r = Reader {
        bytes: &bytes,
        at: 0,
    };
    let record = read(&mut r)?;
    if r.at != bytes.len() {
        return Err(RecordError::Damaged {
            what: "unexpected data at the end",
        });
    }
    validate(&record.assessment).map_err(RecordError::Invalid)?;
    Ok(record)
}

/// The version of a record written by another Shorewise version ("sw2." → "2").
fn version_of(text: &str) -> Option<&str> {
    let rest = text.strip_prefix("sw")?;
    let (version, _) = rest.split_once('.')?;
    (!version.is_empty() && version.len() <= 4 && version.bytes().all(|b| b.is_ascii_digit()))
        .then_some(version)
}

fn read(r: &mut Reader) -> Result<Record, RecordError> {
    let reached = r.byte()?;
    let company = Company {
        name: r.text()?,
        industry: r.choice(Industry::ALL)?,
        size: r.choice(SizeBand::ALL)?,
        home: r.text()?,
        zone: String::new(),
        hours: WorkingHours {
            start: r.byte()?,
            end: r.byte()?,
        },
        customer_languages: r.set(STORED_LANGUAGES)?,
        staff_languages: r.set(STORED_LANGUAGES)?,
    };
    let mut goals = Goals::default();
    for goal in Goal::ALL {
        goals = goals.with(*goal, r.byte()?);
    }
    let risk = RiskProfile {
        tolerance: r.choice(Level::ALL)?,
        residency: r.choice(Residency::ALL)?,
        regulations: r.set(Regulation::ALL)?,
        dependency_tolerance: r.choice(Level::ALL)?,
        vendor_management: r.choice(Level::ALL)?,
        transition_appetite: r.choice(Level::ALL)?,
        automation: Level::Medium,
    };
    let count = r.count(MAX_PROCESSES)?;
    let mut processes = Vec::with_capacity(count);
    for _ in 0..count {
        let (id, custom_name) = match r.byte()? {
            0 => (ProcessId::Catalog(r.text()?.into()), String::new()),
            1 => {
                let n = u32::try_from(r.varint()?).map_err(|_| damaged("process number"))?;
                (ProcessId::Custom(n), r.text()?)
            }
            _ => return Err(damaged("process kind")),
        };
        processes.push(ProcessAnswer {
            id,
            custom_name,
            kind: r.choice(WorkKind::ALL)?,
            role: r.choice(StrategicRole::ALL)?,
            fte: r.number()?,
            annual_cost: r.number()?,
            demand: r.choice(Demand::ALL)?,
            judgement: r.byte()?,
            rule_based: r.byte()?,
            documentation: r.byte()?,
            sensitivity: r.choice(Sensitivity::ALL)?,
            customer_facing: match r.byte()? {
                0 => false,
                1 => true,
                _ => return Err(damaged("yes or no")),
            },
            languages: r.set(STORED_LANGUAGES)?,
            overlap_hours: r.byte()?,
            coverage: Coverage::BusinessHours,
        });
    }
    let count = r.count(crate::content::countries::COUNTRIES.len())?;
    let mut wages = Vec::with_capacity(count);
    for _ in 0..count {
        wages.push(WageOverride {
            country: r.text()?,
            low: r.number()?,
            high: r.number()?,
        });
    }
    let mut company = company;
    let mut risk = risk;
    if r.at < r.bytes.len() {
        company.zone = r.text()?;
        risk.automation = r.choice(Level::ALL)?;
        for p in &mut processes {
            p.coverage = r.choice(Coverage::ALL)?;
        }
    }
    let mut assumptions = Vec::new();
    if r.at < r.bytes.len() {
        for _ in 0..r.count(Assumption::ALL.len())? {
            assumptions.push(AssumptionOverride {
                assumption: r.choice(Assumption::ALL)?,
                low: r.number()?,
                high: r.number()?,
            });
        }
    }
    Ok(Record {
        assessment: Assessment {
            version: FORMAT_VERSION,
            company,
            goals,
            risk,
            processes,
            wages,
            assumptions,
        },
        reached,
    })
}

fn damaged(what: &'static str) -> RecordError {
    RecordError::Damaged { what }
}

/// Appends the record's parts to a byte buffer.
struct Writer(Vec<u8>);

impl Writer {
    fn byte(&mut self, b: u8) {
        self.0.push(b);
    }

    /// Unsigned LEB128: seven bits a byte, small numbers in one byte.
    fn varint(&mut self, mut v: u64) {
        while v >= 0x80 {
            self.0.push((v as u8) | 0x80);
            v >>= 7;
        }
        self.0.push(v as u8);
    }

    fn text(&mut self, s: &str) {
        self.varint(s.len() as u64);
        self.0.extend_from_slice(s.as_bytes());
    }

    fn choice<T: PartialEq>(&mut self, all: &[T], v: &T) {
        let i = all.iter().position(|x| x == v).unwrap_or(0);
        self.byte(i as u8);
    }

    /// A list of choices, in the user's order: its length, then each one's position.
    fn set<T: PartialEq>(&mut self, all: &[T], chosen: &[T]) {
        self.varint(chosen.len() as u64);
        for v in chosen {
            self.choice(all, v);
        }
    }

    /// Hundredths as a varint when that is exact (almost every typed number), else the
    /// 8 bytes of the float, so the number reads back bit for bit.
    fn number(&mut self, v: f64) {
        let hundredths = v * 100.0;
        if v.is_sign_positive()
            && (0.0..9.0e15).contains(&hundredths)
            && hundredths.fract() == 0.0
            && (hundredths / 100.0).to_bits() == v.to_bits()
        {
            self.byte(0);
            self.varint(hundredths as u64);
        } else {
            self.byte(1);
            self.0.extend_from_slice(&v.to_le_bytes());
        }
    }
}

/// Reads a record's parts, checking every bound before it is used.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Result<u8, RecordError> {
        let b = *self.bytes.get(self.at).ok_or(damaged("cut short"))?;
        self.at += 1;
        Ok(b)
    }

    fn varint(&mut self) -> Result<u64, RecordError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(damaged("number too long"))
    }

    /// A count of items, at most `max`.
    fn count(&mut self, max: usize) -> Result<usize, RecordError> {
        usize::try_from(self.varint()?)
            .ok()
            .filter(|n| *n <= max)
            .ok_or(damaged("too many items"))
    }

    fn text(&mut self) -> Result<String, RecordError> {
        let len = usize::try_from(self.varint()?).map_err(|_| damaged("cut short"))?;
        let end = self.at.checked_add(len).ok_or(damaged("cut short"))?;
        let raw = self.bytes.get(self.at..end).ok_or(damaged("cut short"))?;
        self.at = end;
        String::from_utf8(raw.to_vec()).map_err(|_| damaged("text"))
    }

    fn choice<T: Copy>(&mut self, all: &[T]) -> Result<T, RecordError> {
        let i = self.byte()?;
        all.get(usize::from(i)).copied().ok_or(damaged("choice"))
    }

    fn set<T: Copy>(&mut self, all: &[T]) -> Result<Vec<T>, RecordError> {
        let n = self.count(all.len())?;
        (0..n).map(|_| self.choice(all)).collect()
    }

    fn number(&mut self) -> Result<f64, RecordError> {
        match self.byte()? {
            0 => Ok(self.varint()? as f64 / 100.0),
            1 => {
                let end = self.at.saturating_add(8);
                let raw = self.bytes.get(self.at..end).ok_or(damaged("cut short"))?;
                self.at = end;
                let mut b = [0u8; 8];
                b.copy_from_slice(raw);
                Ok(f64::from_le_bytes(b))
            }
            _ => Err(damaged("number")),
        }
    }
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// URL-safe base64 without padding (RFC 4648 §5): safe in a URL fragment as it is.
fn base64url_encode(bytes: &[u8], out: &mut String) {
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
}

fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    let sextet = |c: u8| ALPHABET.iter().position(|a| *a == c).map(|p| p as u32);
    let chars = text.as_bytes();
    if chars.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(chars.len() * 3 / 4);
    for chunk in chars.chunks(4) {
        let mut n = 0u32;
        for (i, c) in chunk.iter().enumerate() {
            n |= sextet(*c)? << (18 - 6 * i);
        }
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every language is stored, each once.
    #[test]
    fn every_language_has_one_stored_position() {
        for l in Language::ALL {
            assert_eq!(
                STORED_LANGUAGES.iter().filter(|s| *s == l).count(),
                1,
                "{l:?}"
            );
        }
        assert_eq!(STORED_LANGUAGES.len(), Language::ALL.len());
    }

    /// A link written before Urdu was a language still reads "Other" as Other.
    #[test]
    fn links_from_before_urdu_keep_their_languages() {
        let old = "sw1.AxJOb3J0aHdpbmQgU29mdHdhcmUAAQJVUwkRAg0OAgAOBAMCAgIDAQEBAAABAQEBAA9hcHAtZGV2ZWxvcG1lbnQCAACgBgAAAgUBAgEAAQ4EAAABAAA";
        let back = decode(old).expect("a record Shorewise wrote").assessment;
        assert_eq!(
            back.company.customer_languages,
            [Language::Japanese, Language::Other]
        );
        assert_eq!(
            back.company.staff_languages,
            [Language::English, Language::Other]
        );
        assert_eq!(back.processes[0].languages, [Language::Other]);
        // And Urdu round-trips.
        let mut a = back.clone();
        a.company.customer_languages.push(Language::Urdu);
        assert_eq!(decode(&encode(&a, 3)).expect("round trip").assessment, a);
    }

    /// A record written before the time zone, automation capability and coverage
    /// answers existed, or before the user's assumptions (the same bytes without the
    /// trailing sections) still opens, with those answers at their defaults; the new
    /// answers survive a round trip.
    #[test]
    fn records_from_before_the_new_answers_still_open() {
        let mut a = crate::engine::examples::us_software();
        for p in &mut a.processes {
            p.coverage = Coverage::BusinessHours;
        }
        let text = encode(&a, 2);
        let bytes = base64url_decode(&text[RECORD_PREFIX.len()..]).unwrap();
        let cut = |n: usize| {
            let mut old = RECORD_PREFIX.to_owned();
            base64url_encode(&bytes[..bytes.len() - n], &mut old);
            decode(&old).expect("an older record").assessment
        };
        // No assumptions (one count byte).
        assert_eq!(cut(1), a);
        // Also empty zone (one length byte), medium capability, business hours.
        assert_eq!(cut(1 + 2 + a.processes.len()), a);
        a.company.zone = "us-pacific".into();
        a.risk.automation = Level::High;
        a.processes[0].coverage = Coverage::AroundTheClock;
        a.assumptions = vec![
            AssumptionOverride::new(Assumption::ContractMonths, 60.0, 60.0).unwrap(),
            AssumptionOverride::new(Assumption::Governance, 0.05, 0.08).unwrap(),
        ];
        assert_eq!(decode(&encode(&a, 2)).unwrap().assessment, a);
    }

    #[test]
    fn base64url_round_trips_every_length() {
        for len in 0..40u8 {
            let bytes: Vec<u8> = (0..len).map(|i| i.wrapping_mul(37) ^ 0xa5).collect();
            let mut text = String::new();
            base64url_encode(&bytes, &mut text);
            assert!(text.bytes().all(|c| ALPHABET.contains(&c)));
            assert_eq!(base64url_decode(&text), Some(bytes));
        }
        assert_eq!(base64url_decode("A"), None);
        assert_eq!(base64url_decode("AA=A"), None);
    }

    #[test]
    fn numbers_read_back_bit_for_bit() {
        for v in [
            0.0,
            0.01,
            1.0,
            2.5,
            1234.56,
            1e13,
            0.1 + 0.2,
            1.0 / 3.0,
            99_999.99,
        ] {
            let mut w = Writer(Vec::new());
            w.number(v);
            let mut r = Reader { bytes: &w.0, at: 0 };
            assert_eq!(r.number().unwrap().to_bits(), v.to_bits(), "{v}");
        }
    }
}
