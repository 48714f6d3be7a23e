//! Every assumption the cost model rests on, with its value and basis (the user's own
//! marked as theirs), and a form to replace any of them (stored in the assessment as
//! `assumptions`, so saved files and share links carry them).

use crate::content::country_risk;
use crate::content::economics::{NIGHT_PREMIUM_PH, WAVE_MONTHS};
use crate::content::sources::{Basis, Figure};
use crate::content::{lang, text};
use crate::engine::cost::Range;
use crate::engine::figures::Figures;
use crate::engine::location;
use crate::engine::model::{Assumption, Unit};
use crate::ui::components::{NumberField, SelectField};
use crate::ui::format;
use crate::ui::state::Action;
use crate::ui::use_app;
use yew::prelude::*;

use super::use_printing;

/// How a value is typed: shares as percentages, everything else as it is.
fn typed(unit: Unit, v: f64) -> f64 {
    match unit {
        Unit::Share => v * 100.0,
        _ => v,
    }
}

/// A typed value as the model stores it.
fn stored(unit: Unit, v: f64) -> f64 {
    match unit {
        Unit::Share => v / 100.0,
        _ => v,
    }
}

/// One line of the list: label, value, basis.
fn line(label: &str, value: String, basis: &Basis, reset: Option<Callback<MouseEvent>>) -> Html {
    let class = match basis {
        Basis::Cited(_) => "cited",
        Basis::Assumption(_) => "assumption",
        Basis::Yours => "yours",
    };
    html! {
        <li {class}>
            <strong>{ label.to_owned() }</strong>{ format!("{}{value}. ", lang::colon()) }<em>{ crate::ui::components::basis(basis) }</em>
            if let Some(onclick) = reset {
                { " " }
                <button type="button" class="button link" {onclick}
                    aria-label={format!("{} ({})", text::ASSUMPTION_RESET, label)}>{ text::ASSUMPTION_RESET }</button>
            }
        </li>
    }
}

/// The list of assumptions and the form that changes them.
#[component]
pub(super) fn Assumptions() -> Html {
    let state = use_app();
    let printing = use_printing();
    let a = &state.assessment;
    let which = use_state(|| Assumption::ContractMonths);
    let low = use_state(|| 0.0_f64);
    let high = use_state(|| 0.0_f64);
    let low_invalid = use_state(|| false);
    let high_invalid = use_state(|| false);
    let fig = location::home(&a.company).map(|home| Figures::new(a, home));
    {
        // Start the form from the chosen assumption's value in use.
        let (low, high) = (low.clone(), high.clone());
        let (from, to) = fig.as_ref().map_or((0.0, 0.0), |f| {
            let v = f.get(*which);
            (v.low, v.high)
        });
        let unit = which.unit();
        use_effect_with((*which, from.to_bits(), to.to_bits()), move |_| {
            low.set(typed(unit, from));
            high.set(typed(unit, to));
        });
    }
    let Some(fig) = fig else {
        return Html::default();
    };
    let currency = fig.home.currency;
    let unit = which.unit();
    let single = which.single();
    let bounds = which.bounds();
    let (min, max) = (typed(unit, bounds.min), typed(unit, bounds.max));
    let error = AttrValue::from(text::assumption_error(
        &format::number(min),
        &format::number(max),
    ));
    let order_error =
        (!single && *low > *high).then(|| AttrValue::from(text::ASSUMPTION_ORDER_ERROR));
    let apply = {
        let (state, which, low, high) = (state.clone(), which.clone(), low.clone(), high.clone());
        let blocked = *low_invalid || (!single && *high_invalid) || order_error.is_some();
        Callback::from(move |_: MouseEvent| {
            if !blocked {
                let unit = which.unit();
                let lo = stored(unit, *low);
                let hi = if which.single() {
                    lo
                } else {
                    stored(unit, *high)
                };
                state.dispatch(Action::SetAssumption {
                    assumption: *which,
                    low: lo,
                    high: hi,
                });
            }
        })
    };
    let on_which = {
        let which = which.clone();
        Callback::from(move |i: usize| {
            if let Some(x) = Assumption::ALL.get(i) {
                which.set(*x);
            }
        })
    };
    let set = |h: UseStateHandle<f64>| Callback::from(move |v: f64| h.set(v));
    let flag = |h: UseStateHandle<bool>| Callback::from(move |v: bool| h.set(v));
    // A dollar figure also in the home currency, at the rate in use and its date.
    let per_usd = fig.per_usd();
    let rate_is_yours = fig.is_yours(Assumption::ExchangeRate);
    let value_of = |x: Assumption, f: Figure| {
        let shown = format::assumption(x.unit(), f.low, f.high, currency);
        if x.unit() == Unit::Usd && currency != "USD" {
            text::converted(
                &shown,
                &format::money_span(
                    Range {
                        low: f.low * per_usd,
                        expected: f.low * per_usd,
                        high: f.high * per_usd,
                    },
                    currency,
                ),
                &text::rate_value(&format::rate(per_usd), currency),
                rate_is_yours,
            )
        } else {
            shown
        }
    };
    html! {
        <div class="assumption-list">
            <ul class="assumptions">
                { for Assumption::ALL.iter().map(|&x| {
                    let f = fig.get(x);
                    let reset = (fig.is_yours(x) && !printing).then(|| {
                        state.dispatcher().to_callback().reform(move |_: MouseEvent| Action::RemoveAssumption { assumption: x })
                    });
                    html! {
                        <key={format!("{x:?}")}>
                            { line(text::assumption_label(x), value_of(x, f), &f.basis, reset) }
                            if x == Assumption::NightPremium && !fig.is_yours(x) {
                                { line(text::NIGHT_PREMIUM_PH_LABEL.get(), format::assumption(Unit::Share, NIGHT_PREMIUM_PH.low, NIGHT_PREMIUM_PH.high, currency), &NIGHT_PREMIUM_PH.basis, None) }
                            }
                        </>
                    }
                }) }
                { line(text::WAVE_MONTHS_LABEL.get(), format::assumption(Unit::Months, WAVE_MONTHS.low, WAVE_MONTHS.high, currency), &WAVE_MONTHS.basis, None) }
                { line(text::COUNTRY_RISK_LABEL.get(), text::COUNTRY_RISK_VALUE.get().to_owned(), &Basis::Cited(&country_risk::WGI_2022), None) }
                if let Some(source) = country_risk::transfer_source(fig.home.code, fig.home.eea) {
                    { line(text::TRANSFER_LABEL.get(), text::TRANSFER_VALUE.get().to_owned(), &Basis::Cited(source), None) }
                }
            </ul>
            if !printing {
                <div class="assumption-editor">
                    <h3>{ text::ASSUMPTION_EDIT }</h3>
                    <p class="help">{ text::ASSUMPTION_HELP }</p>
                    <div class="field-row">
                        <SelectField id="assumption-which" label={text::ASSUMPTION_WHICH}
                            options={Assumption::ALL.iter().map(|x| AttrValue::Static(text::assumption_label(*x))).collect::<Vec<_>>()}
                            selected={*which as usize} onchange={on_which} />
                    </div>
                    <div class="field-row" key={format!("{:?}", *which)}>
                        <NumberField id="assumption-low" label={text::with_unit(if single { text::ASSUMPTION_VALUE.get() } else { text::ASSUMPTION_LOW.get() }, unit, currency)}
                            value={*low} {min} {max} error={error.clone()}
                            onchange={set(low.clone())} onvalidity={flag(low_invalid.clone())} />
                        if !single {
                            <NumberField id="assumption-high" label={text::with_unit(text::ASSUMPTION_HIGH.get(), unit, currency)}
                                value={*high} {min} {max} error={error.clone()}
                                onchange={set(high.clone())} onvalidity={flag(high_invalid.clone())} />
                        }
                    </div>
                    if let Some(e) = order_error {
                        <p class="error" role="alert">{ e }</p>
                    }
                    <button type="button" class="button secondary" onclick={apply}>{ text::ASSUMPTION_APPLY }</button>
                </div>
            }
        </div>
    }
}
