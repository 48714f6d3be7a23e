//! Reusable view pieces: form fields, the step frame and progress indicator, and the
//! results widgets.

mod fields;
mod matrix;
mod progress;
mod step_frame;

pub use fields::{
    CheckGroup, ChoiceField, NumberField, NumberProps, ScaleField, ScaleProps, SelectField,
    TextField,
};
pub use matrix::{decision_class, Matrix, MatrixProps};
pub use progress::Progress;
pub use step_frame::StepFrame;
