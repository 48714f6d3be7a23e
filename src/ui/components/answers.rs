//! Every answer, grouped by the step that asked it: the review step shows it with links
//! back to each step, and the printed report as its appendix.

use crate::content::processes;
use crate::content::{advice, countries, text};
use crate::engine::cost::current_cost;
use crate::engine::figures::Figures;
use crate::engine::location;
use crate::engine::model::{Goal, SCALE_MAX};
use crate::ui::format;
use crate::ui::route::Step;
use crate::ui::router::Link;
use crate::ui::use_app;
use yew::prelude::*;

/// Props of [`AnswerSections`].
#[derive(Properties, PartialEq, Clone)]
pub struct AnswerSectionsProps {
    /// Offer an "Edit" link back to each step (not in print).
    #[prop_or_default]
    pub edit_links: bool,
    /// The answers the results show, with any what-if changes being tried (the report's
    /// appendix), rather than the user's own (the review step).
    #[prop_or_default]
    pub shown: bool,
}

fn section(title: &'static str, step: Step, rows: Vec<(String, String)>, edit: bool) -> Html {
    html! {
        <section class="review-section" aria-labelledby={format!("review-{}", step.label())}>
            <div class="review-head">
                <h2 id={format!("review-{}", step.label())}>{ title }</h2>
                if edit {
                    <Link to={step.route()} classes="button link">
                        { text::EDIT }<span class="visually-hidden">{ format!(" {title}") }</span>
                    </Link>
                }
            </div>
            <dl>
                { for rows.into_iter().map(|(k, v)| html! { <div class="row" key={k.clone()}><dt>{ k }</dt><dd>{ v }</dd></div> }) }
            </dl>
        </section>
    }
}

/// The answers, section by section.
#[component]
pub fn AnswerSections(props: &AnswerSectionsProps) -> Html {
    let state = use_app();
    let shown = if props.shown {
        state.effective()
    } else {
        std::borrow::Cow::Borrowed(&state.assessment)
    };
    let a = &*shown;
    let c = &a.company;
    let home = location::home(c);
    let join = |items: Vec<&'static str>| {
        if items.is_empty() {
            text::NONE.get().to_owned()
        } else {
            items.join(", ")
        }
    };
    let company = vec![
        (
            text::COMPANY_NAME.get().to_owned(),
            if c.name.is_empty() {
                "–".to_owned()
            } else {
                c.name.clone()
            },
        ),
        (
            text::INDUSTRY.get().to_owned(),
            advice::industry(c.industry).to_owned(),
        ),
        (text::SIZE.get().to_owned(), advice::size(c.size).to_owned()),
        (
            text::HOME_COUNTRY.get().to_owned(),
            home.map_or_else(|| c.home.clone(), |h| h.name.into()),
        ),
        (
            text::WORKING_HOURS.get().to_owned(),
            match countries::zone(&c.home, &c.zone).or_else(|| countries::zones(&c.home).first()) {
                Some(z) => format!("{:02}:00–{:02}:00, {}", c.hours.start, c.hours.end, z.name),
                None => format!("{:02}:00–{:02}:00", c.hours.start, c.hours.end),
            },
        ),
        (
            text::CUSTOMER_LANGUAGES.get().to_owned(),
            join(
                c.customer_languages
                    .iter()
                    .map(|l| advice::language(*l))
                    .collect(),
            ),
        ),
        (
            text::STAFF_LANGUAGES.get().to_owned(),
            join(
                c.staff_languages
                    .iter()
                    .map(|l| advice::language(*l))
                    .collect(),
            ),
        ),
    ];
    let goals = Goal::ALL
        .iter()
        .map(|g| {
            (
                advice::goal(*g).to_owned(),
                text::weight_of_max(a.goals.get(*g), SCALE_MAX),
            )
        })
        .collect();
    let currency = home.map_or("", |h| h.currency);
    let figures = home.map(|h| Figures::new(a, h));
    let processes = a
        .processes
        .iter()
        .map(|p| {
            let (cost, estimated) = figures
                .as_ref()
                .map_or((p.annual_cost, false), |f| current_cost(p, f));
            let cost = format::current_cost(cost, estimated, currency);
            (
                processes::name_of(p).to_owned(),
                format!(
                    "{}; {}",
                    text::process_summary(
                        advice::role(p.role),
                        &format::hours(p.fte),
                        &cost,
                        advice::demand(p.demand),
                        advice::sensitivity(p.sensitivity),
                    ),
                    advice::coverage(p.coverage)
                ),
            )
        })
        .collect();
    let r = &a.risk;
    let risk = vec![
        (
            text::TOLERANCE.get().to_owned(),
            advice::level(r.tolerance).to_owned(),
        ),
        (
            text::RESIDENCY.get().to_owned(),
            advice::residency(r.residency).to_owned(),
        ),
        (
            text::REGULATIONS.get().to_owned(),
            join(
                r.regulations
                    .iter()
                    .map(|g| advice::regulation(*g))
                    .collect(),
            ),
        ),
        (
            text::DEPENDENCY.get().to_owned(),
            advice::level(r.dependency_tolerance).to_owned(),
        ),
        (
            text::VENDOR_MANAGEMENT.get().to_owned(),
            advice::level(r.vendor_management).to_owned(),
        ),
        (
            text::TRANSITION.get().to_owned(),
            advice::level(r.transition_appetite).to_owned(),
        ),
        (
            text::AUTOMATION.get().to_owned(),
            advice::level(r.automation).to_owned(),
        ),
    ];
    // The user's own figures, changed on the results page: wages and assumptions.
    let own: Vec<(String, String)> = a
        .wages
        .iter()
        .map(|w| {
            let name = countries::find(&w.country).map_or(w.country.as_str(), |c| c.name.get());
            (
                text::wage_of(name),
                format!(
                    "{} – {} {}",
                    format::money_figure(w.low),
                    format::money_figure(w.high),
                    text::WAGE_UNIT
                ),
            )
        })
        .chain(a.assumptions.iter().map(|o| {
            (
                text::assumption_label(o.assumption).to_owned(),
                format::assumption(o.assumption.unit(), o.low, o.high, currency),
            )
        }))
        .collect();
    let edit = props.edit_links;
    html! {
        <>
            { section(text::COMPANY_TITLE.get(), Step::Company, company, edit) }
            { section(text::GOALS_TITLE.get(), Step::Goals, goals, edit) }
            { section(text::PROCESSES_TITLE.get(), Step::Processes, processes, edit) }
            { section(text::RISK_TITLE.get(), Step::Risk, risk, edit) }
            if !own.is_empty() {
                { section(text::OWN_FIGURES_TITLE.get(), Step::Results, own, edit) }
            }
        </>
    }
}
