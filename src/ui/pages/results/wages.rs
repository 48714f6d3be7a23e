//! Country wages on the results page: the figures the cost model uses for the home
//! country and the suggested locations, with their basis, and a form to replace any
//! country's figure with the user's own (stored in the assessment as `wages`).

use crate::content::countries::{self, Country};
use crate::content::sources::{Basis, Figure};
use crate::content::{lang, text};
use crate::engine::figures::Figures;
use crate::engine::location;
use crate::engine::model::WAGE_BOUNDS;
use crate::engine::model::{Assumption, Unit};
use crate::engine::Recommendation;
use crate::ui::components::{NumberField, SelectField};
use crate::ui::format;
use crate::ui::state::Action;
use crate::ui::use_app;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`WageEditor`].
#[derive(Properties, PartialEq, Clone)]
pub struct WageEditorProps {
    /// The recommendation whose countries are listed.
    pub rec: Rc<Recommendation>,
}

/// The wage table and the override form.
#[component]
pub fn WageEditor(props: &WageEditorProps) -> Html {
    let state = use_app();
    let wages = &state.assessment.wages;
    let home = state.assessment.company.home.clone();
    let options = props.rec.locations.iter().flat_map(|f| &f.options);
    let printing = super::use_printing();
    let mut shown = location::wage_countries(&state.assessment.company, options, wages);
    if printing {
        // On paper, the countries the advice names: home and where work may go.
        let named = |code: &str| {
            code == home
                || props
                    .rec
                    .processes
                    .iter()
                    .any(|p| p.location.is_some() && p.countries.iter().any(|c| c.code == code))
        };
        shown.retain(|c| named(c.code));
    }
    let country = use_state(|| home.clone());
    let low = use_state(|| 0.0_f64);
    let high = use_state(|| 0.0_f64);
    // One flag per field: either one holding text that is not a wage blocks the figure.
    let low_invalid = use_state(|| false);
    let high_invalid = use_state(|| false);
    {
        // Start the form from the chosen country's current figure.
        let (low, high) = (low.clone(), high.clone());
        let current =
            countries::find(&country).map_or((1.0, 1.0), |c| location::wage_range(c, wages));
        use_effect_with((*country).clone(), move |_| {
            low.set(current.0);
            high.set(current.1);
        });
    }
    let order_error = (*low > *high).then(|| AttrValue::from(text::WAGE_ORDER_ERROR));
    let fig = location::home(&state.assessment.company).map(|h| Figures::new(&state.assessment, h));
    // Wages are kept in US dollars (the sources' unit); a company paid in another
    // currency also sees them in its own, at the rate in use and its date.
    let home_money = fig.as_ref().filter(|f| f.home.currency != "USD").map(|f| {
        (
            f.home.currency,
            f.per_usd(),
            f.is_yours(Assumption::ExchangeRate),
        )
    });
    let apply = {
        let (state, country, low, high) =
            (state.clone(), country.clone(), low.clone(), high.clone());
        let blocked = *low_invalid || *high_invalid || order_error.is_some();
        Callback::from(move |_: MouseEvent| {
            if !blocked {
                state.dispatch(Action::SetWage {
                    country: (*country).clone(),
                    low: *low,
                    high: *high,
                });
            }
        })
    };
    let listed = countries::by_name();
    let options: Vec<AttrValue> = listed
        .iter()
        .map(|c| AttrValue::Static(c.name.get()))
        .collect();
    let selected = listed.iter().position(|c| c.code == *country).unwrap_or(0);
    let on_country = {
        let country = country.clone();
        Callback::from(move |i: usize| {
            if let Some(c) = listed.get(i) {
                country.set(c.code.to_owned());
            }
        })
    };
    let set = |h: UseStateHandle<f64>| Callback::from(move |v: f64| h.set(v));
    let flag = |h: UseStateHandle<bool>| Callback::from(move |v: bool| h.set(v));
    let wage_error = AttrValue::from(text::wage_error(
        &format::number(WAGE_BOUNDS.min),
        &format::number(WAGE_BOUNDS.max),
    ));
    let bases = |c: &Country| {
        let own = location::user_wage(c.code, wages);
        let load = fig.as_ref().map_or(c.load, |f| f.on_costs(c));
        (
            if own.is_some() {
                Basis::Yours
            } else {
                c.wage.basis
            },
            load,
        )
    };
    // On paper each row points to its sources by number, each source listed once
    // under the table; on screen they open per row.
    let mut notes: Vec<Basis> = Vec::new();
    let mut number = |b: Basis| match notes.iter().position(|n| n.label() == b.label()) {
        Some(i) => i + 1,
        None => {
            notes.push(b);
            notes.len()
        }
    };
    let refs: Vec<(usize, usize)> = if printing {
        shown
            .iter()
            .map(|c| {
                let (wage, load) = bases(c);
                (number(wage), number(load.basis))
            })
            .collect()
    } else {
        Vec::new()
    };
    html! {
        <div class="wages">
            <h3>{ text::WAGES_HEADING }</h3>
            <p class="help">
                { text::WAGES_INTRO }
                if !printing { { " " }{ text::WAGES_INVITE } }
            </p>
            if let Some((currency, per_usd, yours)) = home_money {
                <p class="help">{ text::wages_converted(&text::rate_value(&format::rate(per_usd), currency), yours) }</p>
            }
            <div class="table-scroll" tabindex="0" role="region" aria-label={text::WAGES_HEADING}>
                <table class="stack">
                    <thead><tr>
                        <th scope="col">{ text::WAGE_COUNTRY }</th>
                        <th scope="col">{ text::WAGE_UNIT }</th>
                        if let Some((currency, _, _)) = home_money {
                            <th scope="col">{ text::wage_unit_in(currency) }</th>
                        }
                        <th scope="col">{ text::WAGE_ONCOSTS }</th>
                        <th scope="col">{ text::WAGE_BASIS }</th>
                    </tr></thead>
                    <tbody>
                        { for shown.iter().enumerate().map(|(i, c)| {
                            let own = location::user_wage(c.code, wages);
                            let (lo, hi) = location::wage_range(c, wages);
                            let (wage_basis, load) = bases(c);
                            let reset = {
                                let code = c.code.to_owned();
                                state.dispatcher().to_callback().reform(move |_: MouseEvent| Action::RemoveWage { country: code.clone() })
                            };
                            html! {
                                <tr key={c.code}>
                                    <th scope="row">{ c.name }</th>
                                    <td data-label={text::WAGE_UNIT}>{ format!("{} – {}", format::money_figure(lo), format::money_figure(hi)) }</td>
                                    if let Some((currency, per_usd, _)) = home_money {
                                        <td data-label={text::wage_unit_in(currency)}>{ format!("{} – {}", format::money_figure(lo * per_usd), format::money_figure(hi * per_usd)) }</td>
                                    }
                                    <td data-label={text::WAGE_ONCOSTS}>{ format::assumption(Unit::Share, load.low, load.high, "") }</td>
                                    <td data-label={text::WAGE_BASIS}>
                                        if let Some(&(w, l)) = refs.get(i) {
                                            { format!("{}{c}{} [{w}] · {}{c}{} [{l}]", text::WAGE_BASIS_WAGE, word(&wage_basis), text::WAGE_ONCOSTS, word(&load.basis), c = lang::colon()) }
                                        } else {
                                            { basis_of(&wage_basis, &load) }
                                        }
                                        if own.is_some() {
                                            <button type="button" class="button link" onclick={reset}
                                                aria-label={format!("{} ({})", text::WAGE_RESET, c.name)}>{ text::WAGE_RESET }</button>
                                        }
                                    </td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            if printing {
                <ol class="sources">
                    { for notes.iter().map(|b| html! { <li>{ crate::ui::components::basis(b) }</li> }) }
                </ol>
            }
            <div class="field-row">
                <SelectField id="wage-country" label={text::WAGE_COUNTRY}
                    {options}
                    {selected} onchange={on_country} />
            </div>
            <div class="field-row" key={(*country).clone()}>
                <NumberField id="wage-low" label={text::WAGE_LOW} value={*low} min={WAGE_BOUNDS.min} max={WAGE_BOUNDS.max}
                    error={wage_error.clone()} onchange={set(low.clone())} onvalidity={flag(low_invalid.clone())} />
                <NumberField id="wage-high" label={text::WAGE_HIGH} value={*high} min={WAGE_BOUNDS.min} max={WAGE_BOUNDS.max}
                    error={wage_error.clone()} onchange={set(high.clone())} onvalidity={flag(high_invalid.clone())} />
            </div>
            if let Some(e) = order_error {
                <p class="error" role="alert">{ e }</p>
            }
            <button type="button" class="button secondary" onclick={apply}>{ text::WAGE_APPLY }</button>
        </div>
    }
}

/// A basis in one word.
fn word(b: &Basis) -> &'static str {
    match b {
        Basis::Cited(_) => text::BASIS_CITED.get(),
        Basis::Assumption(_) => text::BASIS_ASSUMED.get(),
        Basis::Yours => text::BASIS_YOURS.get(),
    }
}

/// Whether a country's wage and on-costs are cited or assumed, in words, with their
/// sources on demand.
fn basis_of(wage: &Basis, load: &Figure) -> Html {
    html! {
        <details class="basis">
            <summary>{ format!("{}{c}{} · {}{c}{}", text::WAGE_BASIS_WAGE, word(wage), text::WAGE_ONCOSTS, word(&load.basis), c = lang::colon()) }</summary>
            <p>{ text::WAGE_BASIS_WAGE }{ lang::colon() }{ crate::ui::components::basis(wage) }</p>
            <p>{ text::WAGE_ONCOSTS }{ lang::colon() }{ crate::ui::components::basis(&load.basis) }</p>
        </details>
    }
}
