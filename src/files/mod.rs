//! The answers and the advice as files a user keeps or hands over: the assessment as
//! JSON in the documented format (export, and import with every problem listed in
//! words), and the advice as CSV for spreadsheets. Plain functions over engine values,
//! tested natively; the browser side (download, file picker) lives in `web`.

pub mod csv;
pub mod json;
