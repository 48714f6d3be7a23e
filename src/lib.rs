//! Shorewise: an outsourcing advisor that runs entirely in the browser.
//!
//! The crate is split into a functional core and an imperative shell:
//!
//! - [`engine`]: pure decision logic (model, scoring, explanation, cost, plan). No Yew,
//!   web-sys, gloo or js-sys; every input is an argument; tested natively.
//! - [`content`]: the knowledge base as typed `'static` data, and all interface wording.
//! - [`files`]: the answers as a JSON file, the advice as CSV, prefill links; plain
//!   functions over engine values, tested natively.
//! - [`ui`]: Yew components; one reducer holds the state; views render engine output.
//! - [`web`]: browser edges (panic hook, storage, clipboard, downloads, file reading,
//!   fragment tidying, performance marks).
//!
//! Floors go one way: the engine's vocabulary (`engine::model`, `engine::outcome`,
//! `engine::error`) at the bottom, then `content`, then the engine's logic, then
//! `files`, then `ui` and `web`.
//!
//! Implementation note: the recommendation is always recomputed from the state (the
//! state is the user's answers, serialisable as they are); it is never stored beside it.

#![warn(missing_docs)]

pub mod content;
pub mod engine;
pub mod files;
pub mod ui;
pub mod vocab;
pub mod web;
