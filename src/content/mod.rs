//! The knowledge base as typed `'static` data: countries, the process catalog, the
//! economic parameters, their sources, and the wording of advice and interface.
//! A domain expert or translator edits these files without touching components.

pub mod advice;
pub mod automation;
pub mod catalog;
pub mod companies;
pub mod countries;
pub mod country_risk;
pub mod economics;
pub mod families;
pub mod lang;
pub mod minimum_wages;
pub mod problems;
pub mod processes;
pub mod reasons;
pub mod rfp;
pub mod sources;
pub mod text;
pub mod voice;
pub mod wages;
