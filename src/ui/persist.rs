//! Keeping the answers between visits: the state to start from (the saved answers, or a
//! clean start that says why), and saving every change. Nothing here deletes a record
//! it cannot read: it is kept aside first.

use super::state::Scenario;
use super::state::{Action, Notice, State};
use super::AppState;
use crate::engine::record;
use crate::web::storage::{self, ANSWERS_KEY, ASIDE_KEY, SCENARIOS_KEY};
use std::rc::Rc;
use yew::prelude::*;

/// How many unreadable records are kept aside at most; older ones stay where they are.
const MAX_ASIDE: usize = 20;

/// The state the app starts from: the answers and scenarios saved on this device, if
/// they can be read, with a notice saying what happened.
pub fn initial_state() -> State {
    let state = answers();
    match scenarios() {
        Some(list) => State {
            scenarios: Rc::new(list),
            ..state
        },
        // Unreadable scenarios that could not be kept aside: save nothing over them.
        None => not_kept(),
    }
}

/// The saved scenarios that can be read, after keeping the text aside if any cannot;
/// `None` when it could not be kept aside.
fn scenarios() -> Option<Vec<Scenario>> {
    let Ok(Some(text)) = storage::read(SCENARIOS_KEY) else {
        return Some(Vec::new());
    };
    let (items, broken) = record::decode_named(&text);
    if broken && !keep_aside(&format!("{SCENARIOS_KEY}.unreadable"), &text) {
        return None;
    }
    Some(
        items
            .into_iter()
            .map(|(name, assessment)| Scenario { name, assessment })
            .collect(),
    )
}

fn answers() -> State {
    let saved = match storage::read(ANSWERS_KEY) {
        Err(storage::Unavailable) => return not_kept(),
        Ok(None) => return State::default(),
        Ok(Some(text)) => text,
    };
    match record::decode(&saved) {
        Ok(r) => {
            let s = State::from_record(r);
            State {
                notice: s.has_answers().then_some(Notice::Resumed),
                ..s
            }
        }
        Err(_) if keep_aside(ASIDE_KEY, &saved) => State {
            notice: Some(Notice::KeptAside),
            ..State::default()
        },
        // Could not keep it aside: leave it where it is and save nothing over it.
        Err(_) => not_kept(),
    }
}

fn not_kept() -> State {
    State {
        notice: Some(Notice::NotKept),
        autosave: false,
        ..State::default()
    }
}

/// The answers another tab saved, if they can be read.
pub fn saved_elsewhere() -> Option<record::Record> {
    storage::read(ANSWERS_KEY)
        .ok()
        .flatten()
        .and_then(|text| record::decode(&text).ok())
}

/// Copies unreadable text to the first free slot `<prefix>.N`.
fn keep_aside(prefix: &str, text: &str) -> bool {
    (0..MAX_ASIDE).any(|n| {
        let key = format!("{prefix}.{n}");
        match storage::read(&key) {
            Ok(None) => storage::write(&key, text).is_ok(),
            Ok(Some(existing)) => existing == text,
            Err(_) => false,
        }
    })
}

/// Saves the answers whenever they change (or the user keeps them over another tab's),
/// while saving is on; a failed save turns it off and tells the user. Tells the user
/// when another tab saves different answers, so that neither tab overwrites the other
/// unseen.
#[hook]
pub fn use_autosave(state: &AppState) {
    let text = state.autosave.then(|| state.record());
    let dispatcher = state.dispatcher();
    {
        let dispatcher = dispatcher.clone();
        use_effect_with((), move |_| {
            let listener = storage::on_change(ANSWERS_KEY, move |text| {
                dispatcher.dispatch(Action::ChangedElsewhere { text });
            });
            move || drop(listener)
        });
    }
    {
        let dispatcher = dispatcher.clone();
        let scenarios = state.autosave.then(|| state.scenarios.clone());
        use_effect_with(scenarios, move |scenarios| {
            if let Some(list) = scenarios {
                let text =
                    record::encode_named(list.iter().map(|s| (s.name.as_str(), &s.assessment)));
                if storage::write(SCENARIOS_KEY, &text).is_err() {
                    dispatcher.dispatch(Action::StorageFailed);
                }
            }
        });
    }
    use_effect_with((text, state.saves_forced), move |(text, _)| {
        if let Some(text) = text {
            if storage::write(ANSWERS_KEY, text).is_err() {
                dispatcher.dispatch(Action::StorageFailed);
            }
        }
    });
}
