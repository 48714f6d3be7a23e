//! Ranking and explanation: every option in order with its score and exclusion, the
//! runner-up, the margin that sets the confidence, and the reasons (per-answer point
//! differences) that make a score's explanation. Lives beside the scoring so that a
//! score and its reasons come from the same tables.

use super::few::Few;
use super::outcome::{Confidence, Decision, Driver, Exclusion, LocationModel};
use super::score::{self, decision_gate, location_gate, Factors, Points, ScoreTables};
use crate::content::reasons::{self, Choice};
use serde::Serialize;

/// A scored option (decision or location) with why it is excluded, if it is.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Scored<T> {
    /// The option.
    pub option: T,
    /// Its score (points; higher is better).
    pub score: f64,
    /// Why it cannot be preferred, if it cannot.
    pub excluded: Option<Exclusion>,
}

/// One answer's signed contribution to the winner's lead over the runner-up.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Reason {
    /// The answer.
    pub driver: Driver,
    /// Points: positive favours the recommendation, negative the runner-up.
    pub points: f64,
}

/// The reasons of one choice, largest first: at most [`MAX_REASONS`], kept in place.
pub type Reasons = Few<Reason, MAX_REASONS>;

/// What fills the places of [`Reasons`] not taken.
const NO_REASON: Reason = Reason {
    driver: Driver::Baseline,
    points: 0.0,
};

impl Confidence {
    /// Confidence from the score margin over the runner-up.
    pub fn from_margin(m: f64) -> Self {
        if m >= 15.0 {
            Confidence::High
        } else if m >= 6.0 {
            Confidence::Medium
        } else {
            Confidence::Low
        }
    }
}

/// One choice (the decision, or the location) ranked and explained.
#[derive(Clone, Debug, PartialEq)]
pub struct Ranking<T> {
    /// The option chosen.
    pub chosen: T,
    /// Every option, the chosen one first, then eligible ones by score, then excluded.
    pub ranked: [Scored<T>; 4],
    /// Why the chosen option beat the runner-up, largest first.
    pub reasons: Reasons,
    /// How sure the choice is, from its margin over the runner-up.
    pub confidence: Confidence,
}

/// The decision for a process, ranked and explained.
pub fn decision(f: &Factors, t: &ScoreTables) -> Ranking<Decision> {
    let chosen = score::decision_from(f, t.decision_totals());
    ranking(
        Decision::ALL,
        chosen,
        (t.decision_table(), t.decision_totals()),
        |d| d as usize,
        |d| decision_gate(f, d),
        true,
    )
}

/// The best location for a process's provider, ranked, and explained when `provider`
/// says a provider does the work (a location nobody goes to needs no reasons).
pub fn location(f: &Factors, t: &ScoreTables, provider: bool) -> Ranking<LocationModel> {
    let chosen = score::location_from(f, t.location_totals());
    ranking(
        LocationModel::ALL,
        chosen,
        (t.location_table(), t.location_totals()),
        LocationModel::rank,
        |m| location_gate(f, m),
        provider,
    )
}

/// Ranks every option of one choice and, if `explained`, explains the chosen one from
/// its score table (`row` gives an option's place in the table and totals).
fn ranking<T: Copy + PartialEq>(
    all: [T; 4],
    chosen: T,
    (table, totals): (&score::Table, &[f64; 4]),
    row: impl Fn(T) -> usize + Copy,
    gate: impl Fn(T) -> Option<Exclusion>,
    explained: bool,
) -> Ranking<T> {
    let ranked = ranked(all, chosen, |o| totals[row(o)], gate);
    Ranking {
        chosen,
        reasons: if explained {
            explain(table, row, chosen, &ranked)
        } else {
            Reasons::new(NO_REASON)
        },
        confidence: Confidence::from_margin(margin(&ranked, chosen)),
        ranked,
    }
}

/// The best option other than `chosen` that is not excluded, in a ranked list.
pub fn runner_up<T: PartialEq + Copy>(ranked: &[Scored<T>], chosen: T) -> Option<&Scored<T>> {
    ranked
        .iter()
        .find(|s| s.option != chosen && s.excluded.is_none())
}

/// All options, the chosen one first, then eligible ones by score, then excluded ones.
/// The choice itself comes from `score::best`, so that near-ties resolve here exactly
/// as in the what-if search.
pub fn ranked<T: Copy + PartialEq, const N: usize>(
    all: [T; N],
    chosen: T,
    score: impl Fn(T) -> f64,
    gate: impl Fn(T) -> Option<Exclusion>,
) -> [Scored<T>; N] {
    let mut v = all.map(|o| Scored {
        option: o,
        score: score(o),
        excluded: gate(o),
    });
    // Stable sort: equal scores keep the conservative order of `all`.
    super::order::sort_short(&mut v, |x, y| {
        (x.option != chosen)
            .cmp(&(y.option != chosen))
            .then(x.excluded.is_some().cmp(&y.excluded.is_some()))
            .then(y.score.total_cmp(&x.score))
    });
    v
}

/// The chosen option's lead over the runner-up (100 when it has none).
pub fn margin<T: PartialEq + Copy>(ranked: &[Scored<T>], chosen: T) -> f64 {
    let top = ranked
        .iter()
        .find(|s| s.option == chosen)
        .map_or(0.0, |s| s.score);
    runner_up(ranked, chosen).map_or(100.0, |s| top - s.score)
}

/// The most reasons one choice is explained by.
pub const MAX_REASONS: usize = 6;

/// Per-driver lead of the chosen option over the best other eligible option (or, with
/// no eligible rival, the chosen option's own terms), largest first, at most six.
/// `row` gives an option's place in the table (see [`Points`]).
pub fn explain<T: Copy + PartialEq>(
    table: &impl Points,
    row: impl Fn(T) -> usize,
    chosen: T,
    ranked: &[Scored<T>],
) -> Reasons {
    let rival = runner_up(ranked, chosen).map(|s| row(s.option));
    let mine = row(chosen);
    // `Driver::ALL` is in index order, so a driver's index is its position. The six
    // largest are kept as they come, each after any of equal size already kept (as a
    // stable sort of all of them, cut at six, would keep them).
    let mut reasons = Reasons::new(NO_REASON);
    for (i, &driver) in Driver::ALL.iter().enumerate() {
        let points = table.points(mine, i) - rival.map_or(0.0, |r| table.points(r, i));
        if driver == Driver::Baseline || points.abs() < 0.5 {
            continue;
        }
        let at = reasons
            .iter()
            .position(|r| r.points.abs() < points.abs())
            .unwrap_or(reasons.len());
        if at < MAX_REASONS {
            reasons.insert(at, Reason { driver, points });
        }
    }
    reasons
}

/// The advice for process `answer` of assessment `a` in words: the decision's
/// explanation and, when a provider does the work, the location's (see
/// [`crate::content::reasons::explanation`]). The cards, the printed report and the CSV
/// file say the same sentences.
pub fn in_words(
    p: &super::recommend::ProcessAdvice,
    answer: &super::model::ProcessAnswer,
    a: &super::model::Assessment,
) -> (reasons::Explanation, Option<reasons::Explanation>) {
    let said = |r: &[Reason]| r.iter().map(|r| (r.driver, r.points)).collect::<Vec<_>>();
    let decision = reasons::explanation(
        said(&p.reasons),
        answer,
        a,
        (
            Choice::Decision(p.decision),
            p.decision_runner_up().map(Choice::Decision),
        ),
        Confidence::from_margin(margin(&p.alternatives, p.decision)),
    );
    let location = p.location.map(|l| {
        reasons::explanation(
            said(&p.location_reasons),
            answer,
            a,
            (
                Choice::Location(l),
                p.location_runner_up().map(Choice::Location),
            ),
            Confidence::from_margin(margin(&p.locations, l)),
        )
    });
    (decision, location)
}
