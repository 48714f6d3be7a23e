//! Reusable view pieces: form fields (and the question groups two pages share), the
//! step frame and progress indicator, and the results widgets.

mod answers;
mod choice;
mod config_problems;
mod fields;
mod goal_fields;
pub mod import_file;
mod many_picker;
mod matrix;
mod notice_bar;
mod progress;
mod step_frame;
mod text_fields;
mod tolerance;

pub use answers::{AnswerSections, AnswerSectionsProps};
pub use choice::{checks, radios, select, Choice, Question};
pub use config_problems::config_problems;
pub use fields::{CheckGroup, ChoiceField, ScaleField, ScaleProps, SelectField};
pub use goal_fields::{GoalFields, GoalFieldsProps};
pub use import_file::ImportFile;
pub use many_picker::{ManyPicker, ManyPickerProps};
pub use matrix::{decision_class, Matrix, MatrixProps};
pub use notice_bar::NoticeBar;
pub use progress::Progress;
pub use step_frame::StepFrame;
pub use text_fields::{NumberField, NumberProps, TextField};
pub use tolerance::{ToleranceField, ToleranceProps};

use crate::content::sources::Basis;
use yew::{html, Html};

/// Where a figure comes from, in the page's language: a cited source (its publisher,
/// publication and what it measures; names stay as published), the assumption, or the
/// user's own figure.
pub fn basis(b: &Basis) -> Html {
    match b {
        Basis::Cited(_) => html! { <cite>{ b.label() }</cite> },
        _ => html! { { b.label() } },
    }
}
