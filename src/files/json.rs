//! The assessment as a JSON file (`docs/data-format.md`, schema in
//! `docs/assessment.schema.json`): written pretty, read with every problem named.

use crate::content::problems;
use crate::engine::model::Assessment;
use crate::engine::validate;

/// Largest file accepted, in bytes: far above any real assessment.
pub const MAX_FILE_BYTES: usize = 2_000_000;

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
        /// What the reader expected, as it says it.
        detail: String,
        /// Where, 1-based.
        line: usize,
    },
    /// An assessment whose answers break the rules: every problem, in words.
    Invalid(Vec<String>),
}

/// The assessment as pretty-printed JSON.
pub fn export(a: &Assessment) -> String {
    // Serialising plain data with string keys cannot fail.
    serde_json::to_string_pretty(a).unwrap_or_default()
}

/// Reads an assessment file. Never panics; every failure says what is wrong.
pub fn import(text: &str) -> Result<Assessment, ImportError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let a: Assessment = serde_json::from_str(text).map_err(|e| {
        if e.is_data() {
            ImportError::NotAnAssessment {
                detail: e.to_string(),
                line: e.line(),
            }
        } else {
            ImportError::NotJson {
                line: e.line(),
                column: e.column(),
            }
        }
    })?;
    let found = validate::problems(&a);
    if found.is_empty() {
        Ok(a)
    } else {
        let name = |i: usize| {
            a.processes
                .get(i)
                .map(|p| crate::content::processes::name_of(p).to_owned())
        };
        Err(ImportError::Invalid(
            found.iter().map(|e| problems::describe(e, &name)).collect(),
        ))
    }
}
