//! Typed errors for invalid assessments. Each names the field and says what to change.

use super::model::readable;
use thiserror::Error;

/// Why an assessment cannot be evaluated. `field` is a path such as `processes[2].fte`.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum EngineError {
    /// The saved format is newer or older than this version understands.
    #[error("this file uses format version {found}; Shorewise reads version {supported}")]
    UnsupportedVersion {
        /// Version found.
        found: u32,
        /// Version this build reads.
        supported: u32,
    },
    /// A number lies outside its allowed range.
    #[error(
        "{field} must be between {} and {} (got {})",
        readable(*min),
        readable(*max),
        readable(*value)
    )]
    OutOfRange {
        /// Field path.
        field: String,
        /// Value given.
        value: f64,
        /// Smallest allowed value.
        min: f64,
        /// Largest allowed value.
        max: f64,
    },
    /// A number is NaN or infinite.
    #[error("{field} must be a finite number")]
    NotFinite {
        /// Field path.
        field: String,
    },
    /// The home country is not in the catalog.
    #[error("{field}: unknown country code '{code}'")]
    UnknownCountry {
        /// Field path.
        field: String,
        /// Code given.
        code: String,
    },
    /// The time zone is not one of the home country's.
    #[error("{field}: '{zone}' is not a time zone of the home country")]
    UnknownZone {
        /// Field path.
        field: String,
        /// Zone given.
        zone: String,
    },
    /// A process id is neither in the catalog nor a named custom process.
    #[error("{field}: unknown process '{id}'")]
    UnknownProcess {
        /// Field path.
        field: String,
        /// Id given.
        id: String,
    },
    /// The same process appears twice.
    #[error("{field}: process '{id}' appears more than once")]
    DuplicateProcess {
        /// Field path of the second occurrence.
        field: String,
        /// Id repeated.
        id: String,
    },
    /// The same country has two wage figures.
    #[error("{field}: country '{code}' has more than one wage figure")]
    DuplicateWage {
        /// Field path of the second occurrence.
        field: String,
        /// Country code repeated.
        code: String,
    },
    /// The same assumption has two values.
    #[error("{field}: the assumption '{name}' is given more than once")]
    DuplicateAssumption {
        /// Field path of the second occurrence.
        field: String,
        /// The assumption's name.
        name: String,
    },
    /// Too many processes.
    #[error("an assessment holds at most {max} processes (got {count})")]
    TooManyProcesses {
        /// Number given.
        count: usize,
        /// Largest number allowed.
        max: usize,
    },
    /// A name is longer than allowed.
    #[error("{field} is {chars} characters long; the limit is {max}")]
    NameTooLong {
        /// Field path.
        field: String,
        /// Length in characters.
        chars: usize,
        /// Limit.
        max: usize,
    },
    /// A custom process has no name.
    #[error("{field}: a custom process needs a name")]
    MissingName {
        /// Field path.
        field: String,
    },
}

impl EngineError {
    /// Path of the field at fault, when there is one.
    pub fn field(&self) -> Option<&str> {
        match self {
            EngineError::OutOfRange { field, .. }
            | EngineError::NotFinite { field }
            | EngineError::UnknownCountry { field, .. }
            | EngineError::UnknownZone { field, .. }
            | EngineError::UnknownProcess { field, .. }
            | EngineError::DuplicateProcess { field, .. }
            | EngineError::DuplicateWage { field, .. }
            | EngineError::DuplicateAssumption { field, .. }
            | EngineError::NameTooLong { field, .. }
            | EngineError::MissingName { field } => Some(field),
            EngineError::UnsupportedVersion { .. } | EngineError::TooManyProcesses { .. } => None,
        }
    }
}
