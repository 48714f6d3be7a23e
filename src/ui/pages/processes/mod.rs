//! Processes step: browse and filter the catalog, add custom processes, refine each
//! chosen process on a compact card.

mod card;
mod catalog;
mod custom;

use crate::content::processes;
use crate::content::text;
use crate::engine::figures::Figures;
use crate::engine::model::MAX_PROCESSES;
use crate::engine::{cost, location};
use crate::ui::components::StepFrame;
use crate::ui::route::Step;
use crate::ui::state::Action;
use crate::ui::use_app;
use card::ProcessCard;
use catalog::CatalogPicker;
use custom::CustomProcessForm;
use std::rc::Rc;
use yew::prelude::*;

/// The processes form: the catalog first, as a compact checklist, so that adding a
/// process never moves it; then the user's own processes; then the chosen ones as
/// collapsed rows that open for refinement.
#[component]
pub fn ProcessesStep() -> Html {
    let state = use_app();
    let filter = use_state(String::new);
    let announce = use_state(String::new);
    let chosen = &state.assessment.processes;
    let home = location::home(&state.assessment.company);
    let figures = home.map(|h| Figures::new(&state.assessment, h));
    let blocked = chosen
        .is_empty()
        .then(|| AttrValue::from(text::NEED_PROCESS));
    // Adding or removing keeps the focus on the checkbox that did it and says what
    // happened, with the new count.
    let ontoggle = {
        let (d, announce, n) = (state.dispatcher(), announce.clone(), chosen.len());
        Callback::from(move |(action, what): (Action, String)| {
            let after = match action {
                Action::AddProcess { .. } | Action::AddCustomProcess { .. } => n + 1,
                _ => n.saturating_sub(1),
            };
            d.dispatch(action);
            announce.set(text::process_count_changed(&what, after));
        })
    };
    html! {
        <StepFrame step={Step::Processes} title={text::PROCESSES_TITLE} intro={text::PROCESSES_INTRO} {blocked}>
            <p class="visually-hidden" aria-live="polite" aria-atomic="true">{ (*announce).clone() }</p>
            <details class="explainer">
                <summary>{ text::CORE_HEADING }</summary>
                <p>{ text::CORE_HELP }</p>
            </details>
            <CatalogPicker filter={(*filter).clone()} onfilter={Callback::from(move |v: String| filter.set(v))}
                added={chosen.iter().filter_map(|p| processes::of(&p.id)).map(|c| c.id).collect::<Vec<_>>()}
                own={chosen.iter().filter(|p| p.id.is_custom()).map(|p| (p.custom_name.clone(), p.id.clone())).collect::<Vec<_>>()}
                {ontoggle} full={chosen.len() >= MAX_PROCESSES} />
            <CustomProcessForm />
            if chosen.len() >= MAX_PROCESSES {
                <p class="notice" role="status">{ text::process_limit(MAX_PROCESSES) }</p>
            }
            <section class="chosen" aria-labelledby="chosen-heading">
                // Keyed by the count, so a page translator's copy of the text never goes stale.
                <h2 id="chosen-heading" key={chosen.len()}>{ text::chosen_heading(chosen.len()) }</h2>
                if chosen.is_empty() {
                    <p class="empty">{ text::NONE_CHOSEN }</p>
                } else {
                    <ul class="cards">
                        { for chosen.iter().map(|p| {
                            let prefix = format!("processes.{}.", p.id);
                            let invalid = state.invalid.iter().any(|f| f.starts_with(&prefix));
                            let correcting = |field: &str| state.invalid.iter().any(|f| {
                                f.strip_prefix(&prefix) == Some(field)
                            });
                            let correcting = (correcting("fte"), correcting("annual_cost"));
                            html! {
                                <li key={&p.id}>
                                    <ProcessCard process={Rc::new(p.clone())} dispatch={state.dispatcher().to_callback()} {invalid} {correcting}
                                        currency={figures.as_ref().map_or("", |f| f.home.currency)}
                                        cost_check={figures.as_ref().and_then(|f| cost::check_cost(p, f).map(|c| (c, f.home.currency)))} />
                                </li>
                            }
                        }) }
                    </ul>
                }
            </section>
        </StepFrame>
    }
}
