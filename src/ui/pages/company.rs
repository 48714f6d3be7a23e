//! Company step: name, industry, size, home country, working day, languages.

use crate::content::countries;
use crate::content::text;
use crate::engine::model::Language;
use crate::engine::model::MAX_NAME_CHARS;
use crate::ui::components::{
    select, Choice, ManyPicker, Question, SelectField, StepFrame, TextField,
};
use crate::ui::route::Step;
use crate::ui::state::Action;
use crate::ui::use_app;
use std::rc::Rc;
use yew::prelude::*;

/// The company profile form.
#[component]
pub fn CompanyStep() -> Html {
    let state = use_app();
    let c = &state.assessment.company;
    let d = state.dispatcher().to_callback();

    let name_error =
        (c.name.chars().count() > MAX_NAME_CHARS).then(|| AttrValue::from(text::name_too_long()));
    let on_name = d.reform(|name: String| Action::SetCompanyName { name });
    let listed = countries::by_name();
    let countries: Vec<AttrValue> = listed
        .iter()
        .map(|c| AttrValue::Static(c.name.get()))
        .collect();
    let home_index = listed.iter().position(|x| x.code == c.home).unwrap_or(0);
    let on_home = {
        let d = d.clone();
        Callback::from(move |i: usize| {
            if let Some(c) = listed.get(i) {
                d.emit(Action::SetHome {
                    code: c.code.to_owned(),
                });
            }
        })
    };
    // The home country's languages and English up front, the rest folded and
    // searchable, "Other" last.
    let languages = Rc::new(countries::languages_home_first(&c.home));
    let likely = countries::likely_languages(&c.home);
    let picker = |id: &'static str,
                  legend: &'static str,
                  chosen: &[Language],
                  error: Option<AttrValue>,
                  toggle: fn(Language) -> Action| {
        let options: Vec<(AttrValue, bool)> = languages
            .iter()
            .map(|l| (AttrValue::Static(l.label()), chosen.contains(l)))
            .collect();
        let order = languages.clone();
        let ontoggle =
            d.reform(move |i: usize| toggle(order.get(i).copied().unwrap_or(Language::Other)));
        html! {
            <ManyPicker id={id} legend={legend} {options} {likely} more={text::MORE_LANGUAGES}
                find={text::FIND_LANGUAGE} no_match={text::NO_LANGUAGE_MATCH} {error} {ontoggle} />
        }
    };
    let zones = countries::zones(&c.home);
    let zone_names: Vec<AttrValue> = zones
        .iter()
        .map(|z| AttrValue::Static(z.name.get()))
        .collect();
    let zone_index = zones.iter().position(|z| z.id == c.zone).unwrap_or(0);
    let on_zone = d.reform(move |i: usize| Action::SetZone {
        zone: zones.get(i).map_or_else(String::new, |z| z.id.to_owned()),
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
                { select(Question::new("industry", text::INDUSTRY.get()), c.industry, &d.reform(|industry| Action::SetIndustry { industry })) }
                { select(Question::new("size", text::SIZE.get()), c.size, &d.reform(|size| Action::SetSize { size })) }
            </div>
            <SelectField id="home-country" label={text::HOME_COUNTRY} help={Some(AttrValue::from(text::HOME_COUNTRY_HELP))}
                options={countries} selected={home_index} onchange={on_home} />
            if !zones.is_empty() {
                <SelectField id="home-zone" label={text::HOME_ZONE} help={Some(AttrValue::from(text::HOME_ZONE_HELP))}
                    options={zone_names} selected={zone_index} onchange={on_zone} />
            }
            <fieldset class="field">
                <legend>{ text::WORKING_HOURS }</legend>
                <div class="field-row">
                    <SelectField id="hours-start" label={text::HOURS_START} options={hours[..24].to_vec()}
                        selected={usize::from(start)} onchange={on_start} />
                    <SelectField id="hours-end" label={text::HOURS_END} options={hours[1..].to_vec()}
                        selected={usize::from(end) - 1} onchange={on_end.reform(|i: usize| i + 1)} />
                </div>
            </fieldset>
            { picker("customer-languages", text::CUSTOMER_LANGUAGES.get(), &c.customer_languages, customer_error,
                |language| Action::ToggleCustomerLanguage { language }) }
            { picker("staff-languages", text::STAFF_LANGUAGES.get(), &c.staff_languages, None,
                |language| Action::ToggleStaffLanguage { language }) }
        </StepFrame>
    }
}
