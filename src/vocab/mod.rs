//! The vocabulary of answers and advice: what a user can answer ([`model`]), what
//! Shorewise can advise ([`outcome`]), how numbers are written ([`digits`]) and lists ordered ([`order`]) and what can
//! be wrong with an assessment ([`error`]). The bottom floor: it depends on nothing else
//! in the crate; the knowledge base (`content`) is written in it, and the engine's logic
//! stands on both, so every dependency points one way (a test,
//! `layers_depend_one_way`, keeps it so).

pub mod digits;
pub mod error;
pub mod model;
pub mod order;
pub mod outcome;
