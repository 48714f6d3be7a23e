//! Named scenarios: save the answers under a name, open or remove saved ones, and
//! compare any two (or one with the current answers) side by side, the processes whose
//! advice differs marked.

use crate::content::{advice, text};
use crate::engine::compare::{compare, Row};
use crate::engine::model::{process_name, Assessment};
use crate::engine::recommend;
use crate::ui::components::{SelectField, TextField};
use crate::ui::format;
use crate::ui::state::Action;
use crate::ui::use_app;
use yew::prelude::*;

/// The scenarios section of the results page.
#[component]
pub(super) fn Scenarios() -> Html {
    let state = use_app();
    let name = use_state(String::new);
    let error = use_state(|| None::<AttrValue>);
    let d = state.dispatcher().to_callback();
    let save = {
        let (name, error, d) = (name.clone(), error.clone(), d.clone());
        Callback::from(move |_: MouseEvent| match process_name(&name) {
            Ok(valid) => {
                d.emit(Action::SaveScenario {
                    name: valid.to_owned(),
                });
                name.set(String::new());
                error.set(None);
            }
            Err(_) => error.set(Some(text::SCENARIO_NAME_NEEDED.into())),
        })
    };
    let oninput = {
        let name = name.clone();
        Callback::from(move |v: String| name.set(v))
    };
    let list = &state.scenarios;
    html! {
        <section class="scenarios" aria-labelledby="scenarios-heading">
            <h2 id="scenarios-heading">{ text::SCENARIOS_HEADING }</h2>
            <p class="help">{ text::SCENARIOS_INTRO }</p>
            <div class="field-row">
                <TextField id="scenario-name" label={text::SCENARIO_NAME} value={AttrValue::from((*name).clone())}
                    error={(*error).clone()} {oninput} />
            </div>
            <button type="button" class="button secondary" onclick={save}>{ text::SAVE_SCENARIO }</button>
            if !list.is_empty() {
                <ul class="scenario-list">
                    { for list.iter().map(|s| {
                        let open = { let n = s.name.clone(); d.reform(move |_: MouseEvent| Action::OpenScenario { name: n.clone() }) };
                        let remove = { let n = s.name.clone(); d.reform(move |_: MouseEvent| Action::RemoveScenario { name: n.clone() }) };
                        html! {
                            <li key={s.name.clone()}>
                                <span class="name">{ s.name.clone() }</span>
                                <button type="button" class="button link" onclick={open}
                                    aria-label={text::open_scenario(&s.name)}>{ text::OPEN_SCENARIO }</button>
                                <button type="button" class="button link" onclick={remove}
                                    aria-label={text::remove_scenario(&s.name)}>{ text::REMOVE }</button>
                            </li>
                        }
                    }) }
                </ul>
                <Compare />
            }
        </section>
    }
}

/// Two sets of answers side by side.
#[component]
fn Compare() -> Html {
    let state = use_app();
    // 0 = the current answers, n = the n-th scenario.
    let first = use_state(|| 1usize);
    let second = use_state(|| 0usize);
    let mut options = vec![AttrValue::Static(text::CURRENT_ANSWERS.get())];
    options.extend(
        state
            .scenarios
            .iter()
            .map(|s| AttrValue::from(s.name.clone())),
    );
    let pick = |i: usize| -> Option<Assessment> {
        match i {
            0 => Some(state.assessment.clone()),
            n => state.scenarios.get(n - 1).map(|s| s.assessment.clone()),
        }
    };
    let sides = (pick(*first), pick(*second));
    let comparison = use_memo(sides, |(a, b)| {
        let a = recommend(a.as_ref()?).ok()?;
        let b = recommend(b.as_ref()?).ok()?;
        Some((compare(&a, &b), a.currency))
    });
    let set = |h: UseStateHandle<usize>| Callback::from(move |i: usize| h.set(i));
    let names = (options.get(*first).cloned(), options.get(*second).cloned());
    html! {
        <div class="compare">
            <h3>{ text::COMPARE_HEADING }</h3>
            <div class="field-row">
                <SelectField id="compare-first" label={text::COMPARE_FIRST} options={options.clone()}
                    selected={*first} onchange={set(first.clone())} />
                <SelectField id="compare-second" label={text::COMPARE_SECOND} {options}
                    selected={*second} onchange={set(second.clone())} />
            </div>
            if let (Some((c, currency)), (Some(a), Some(b))) = (&*comparison, names) {
                <p role="status">{ text::differences(c.differences(), c.rows.len()) }</p>
                <div class="table-scroll" tabindex="0" role="region" aria-label={text::COMPARE_TABLE}>
                    <table class="comparison stack">
                        <thead><tr>
                            <th scope="col">{ text::COL_PROCESS }</th>
                            <th scope="col">{ a.clone() }</th>
                            <th scope="col">{ b.clone() }</th>
                        </tr></thead>
                        <tbody>
                            { for c.rows.iter().map(|r| row(r, &a, &b)) }
                        </tbody>
                        <tfoot><tr>
                            <th scope="row">{ text::ANNUAL_SAVING }</th>
                            <td data-label={a.clone()}>{ format::money_range(c.saving.0, currency) }</td>
                            <td data-label={b.clone()}>{ format::money_range(c.saving.1, currency) }</td>
                        </tr></tfoot>
                    </table>
                </div>
            }
        </div>
    }
}

fn verdict(
    side: Option<(
        crate::engine::Decision,
        Option<crate::engine::LocationModel>,
    )>,
) -> Html {
    match side {
        Some((d, l)) => html! { <>{ advice::outcome(d, l) }</> },
        None => html! { <em>{ text::NOT_IN_SCENARIO }</em> },
    }
}

/// One process's row; on a phone each verdict is labelled with its scenario's name.
fn row(r: &Row, first: &AttrValue, second: &AttrValue) -> Html {
    let differs = r.differs();
    html! {
        <tr key={&r.id} class={classes!(differs.then_some("differs"))}>
            <th scope="row">
                { r.name.clone() }
                if differs { <span class="visually-hidden">{ text::DIFFERS }</span> }
            </th>
            <td data-label={first.clone()}>{ verdict(r.first) }</td>
            <td data-label={second.clone()}>{ verdict(r.second) }</td>
        </tr>
    }
}
