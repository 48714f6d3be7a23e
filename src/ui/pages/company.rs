//! Company step: name, industry, size, home country, working day, languages.

use super::{index_of, labels};
use crate::content::{advice, countries::COUNTRIES, text};
use crate::engine::model::{Industry, Language, SizeBand};
use crate::ui::components::{CheckGroup, SelectField, StepFrame, TextField};
use crate::ui::route::Step;
use crate::ui::state::Action;
use crate::ui::use_app;
use yew::prelude::*;

/// The company profile form.
#[component]
pub fn CompanyStep() -> Html {
    let state = use_app();
    let c = &state.assessment.company;
    let d = state.dispatcher().to_callback();

    let name_error =
        (c.name.chars().count() > 120).then(|| AttrValue::from(text::CUSTOM_NAME_LONG));
    let on_name = d.reform(|name: String| Action::SetCompanyName { name });
    let on_industry = d.reform(|i: usize| Action::SetIndustry {
        industry: Industry::ALL[i.min(Industry::ALL.len() - 1)],
    });
    let on_size = d.reform(|i: usize| Action::SetSize {
        size: SizeBand::ALL[i.min(SizeBand::ALL.len() - 1)],
    });
    let countries: Vec<AttrValue> = COUNTRIES
        .iter()
        .map(|c| AttrValue::Static(c.name))
        .collect();
    let home_index = COUNTRIES.iter().position(|x| x.code == c.home).unwrap_or(0);
    let on_home = d.reform(|i: usize| Action::SetHome {
        code: COUNTRIES[i.min(COUNTRIES.len() - 1)].code.to_owned(),
    });
    let hours: Vec<AttrValue> = (0..=24)
        .map(|h| AttrValue::from(format!("{h:02}:00")))
        .collect();
    let (start, end) = (c.hours.start, c.hours.end);
    let on_start = d.reform(move |i: usize| {
        let s = u8::try_from(i).unwrap_or(0).min(23);
        Action::SetHours {
            start: s,
            end: end.max(s + 1),
        }
    });
    let on_end = d.reform(move |i: usize| {
        let e = u8::try_from(i).unwrap_or(24).clamp(1, 24);
        Action::SetHours {
            start: start.min(e - 1),
            end: e,
        }
    });
    let langs = |chosen: &[Language]| -> Vec<(AttrValue, bool)> {
        Language::ALL
            .iter()
            .map(|l| (AttrValue::Static(advice::language(*l)), chosen.contains(l)))
            .collect()
    };
    let customer_error = c
        .customer_languages
        .is_empty()
        .then(|| AttrValue::from(text::LANGUAGES_ERROR));
    let blocked = customer_error.clone().or_else(|| name_error.clone());
    html! {
        <StepFrame step={Step::Company} title={text::COMPANY_TITLE} intro={text::COMPANY_INTRO} {blocked}>
            <TextField id="company-name" label={text::COMPANY_NAME} help={Some(AttrValue::from(text::COMPANY_NAME_HELP))}
                value={AttrValue::from(c.name.clone())} error={name_error} oninput={on_name} />
            <div class="field-row">
                <SelectField id="industry" label={text::INDUSTRY} options={labels(Industry::ALL, advice::industry)}
                    selected={index_of(Industry::ALL, &c.industry)} onchange={on_industry} />
                <SelectField id="size" label={text::SIZE} options={labels(SizeBand::ALL, advice::size)}
                    selected={index_of(SizeBand::ALL, &c.size)} onchange={on_size} />
            </div>
            <SelectField id="home-country" label={text::HOME_COUNTRY} help={Some(AttrValue::from(text::HOME_COUNTRY_HELP))}
                options={countries} selected={home_index} onchange={on_home} />
            <fieldset class="field">
                <legend>{ text::WORKING_HOURS }</legend>
                <div class="field-row">
                    <SelectField id="hours-start" label={text::HOURS_START} options={hours[..24].to_vec()}
                        selected={usize::from(start)} onchange={on_start} />
                    <SelectField id="hours-end" label={text::HOURS_END} options={hours[1..].to_vec()}
                        selected={usize::from(end) - 1} onchange={on_end.reform(|i: usize| i + 1)} />
                </div>
            </fieldset>
            <CheckGroup id="customer-languages" legend={text::CUSTOMER_LANGUAGES}
                options={langs(&c.customer_languages)} error={customer_error}
                ontoggle={d.reform(|i: usize| Action::ToggleCustomerLanguage { language: Language::ALL[i] })} />
            <CheckGroup id="staff-languages" legend={text::STAFF_LANGUAGES}
                options={langs(&c.staff_languages)}
                ontoggle={d.reform(|i: usize| Action::ToggleStaffLanguage { language: Language::ALL[i] })} />
        </StepFrame>
    }
}
