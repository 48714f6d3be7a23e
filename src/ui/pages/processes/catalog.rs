//! The catalog as a compact checklist: one collapsible group per category (all open
//! while a filter is typed), a checkbox per process that adds or removes it. The site's
//! own entries (`processes.extra` in config.json) are listed in their category; ticking
//! one adds a process of the user's own with its name and kind of work.

use crate::content::processes::{self, Category, Filter};
use crate::content::{advice, text};
use crate::engine::model::ProcessId;
use crate::files::config::ExtraProcess;
use crate::ui::components::TextField;
use crate::ui::state::Action;
use yew::prelude::*;

/// Props of [`CatalogPicker`].
#[derive(Properties, PartialEq, Clone)]
pub(super) struct CatalogProps {
    /// What the user typed in the filter.
    pub(super) filter: String,
    /// Called with the new filter text.
    pub(super) onfilter: Callback<String>,
    /// Catalog ids of the chosen processes. Props rather than the app context, so that
    /// editing a process does not re-render the catalog.
    pub(super) added: Vec<&'static str>,
    /// Names and ids of the chosen processes of the user's own (a site's entry is
    /// ticked when one of them has its name).
    pub(super) own: Vec<(String, ProcessId)>,
    /// Where adding and removing are sent, with what to announce.
    pub(super) ontoggle: Callback<(Action, String)>,
    /// The assessment holds as many processes as it may: nothing more can be ticked.
    pub(super) full: bool,
}

/// The catalog grouped by category, filtered as the user types.
#[component]
pub(super) fn CatalogPicker(props: &CatalogProps) -> Html {
    let loaded = crate::web::config::current();
    let filter = Filter::new(&props.filter);
    let found = processes::search(&filter, |id| loaded.config.offers(id));
    let filtering = !filter.is_empty();
    let groups: Vec<Html> = Category::ALL
        .iter()
        .filter_map(|&cat| {
            let items = found
                .iter()
                .find(|(c, _)| *c == cat)
                .map_or(&[][..], |(_, i)| i);
            let extra: Vec<(usize, &ExtraProcess)> = loaded
                .config
                .extra
                .iter()
                .enumerate()
                .filter(|(_, e)| e.category == cat && e.matches(&filter))
                .collect();
            if items.is_empty() && extra.is_empty() {
                return None;
            }
            let total = items.len() + extra.len();
            let own = |e: &ExtraProcess| {
                props
                    .own
                    .iter()
                    .find(|(n, _)| e.is_named(n))
                    .map(|(_, id)| id.clone())
            };
            let chosen = items.iter().filter(|c| props.added.contains(&c.id)).count()
                + extra.iter().filter(|(_, e)| own(e).is_some()).count();
            let catalog = items.iter().map(|c| {
                let added = props.added.contains(&c.id);
                let (id, name) = (c.id, c.name.get());
                let onchange = props.ontoggle.reform(move |_: Event| {
                    if added {
                        (
                            Action::RemoveProcess {
                                id: ProcessId::Catalog(id.into()),
                            },
                            text::process_removed(name),
                        )
                    } else {
                        (
                            Action::AddProcess { id: id.to_owned() },
                            text::process_added(name),
                        )
                    }
                });
                item(
                    props,
                    &format!("catalog-{id}"),
                    c.name.get(),
                    c.summary.get(),
                    added,
                    onchange,
                )
            });
            let extra = extra.iter().map(|&(i, e)| {
                let present = own(e);
                let added = present.is_some();
                let (name, kind) = (e.name.clone(), e.kind);
                let onchange = props.ontoggle.reform(move |_: Event| match &present {
                    Some(id) => (
                        Action::RemoveProcess { id: id.clone() },
                        text::process_removed(&name),
                    ),
                    None => (
                        Action::AddCustomProcess {
                            name: name.clone(),
                            kind,
                        },
                        text::process_added(&name),
                    ),
                });
                item(
                    props,
                    &format!("catalog-extra-{i}"),
                    &e.name,
                    &e.summary,
                    added,
                    onchange,
                )
            });
            Some(html! {
                <details class="catalog-group" key={advice::category(cat)} open={filtering}>
                    <summary>
                        <span class="category">{ advice::category(cat) }</span>
                        <span class="count">{ text::catalog_group_count(chosen, total) }</span>
                    </summary>
                    <ul>{ for catalog }{ for extra }</ul>
                </details>
            })
        })
        .collect();
    let any = !groups.is_empty();
    html! {
        <section class="catalog" aria-labelledby="catalog-heading">
            <h2 id="catalog-heading">{ text::CATALOG_HEADING }</h2>
            <TextField id="catalog-filter" kind="search" label={text::FILTER} placeholder={Some(AttrValue::from(text::FILTER_PLACEHOLDER))}
                value={AttrValue::from(props.filter.clone())} oninput={props.onfilter.clone()} />
            <div class="catalog-groups">
                if any { { for groups } } else { <p class="empty" role="status">{ text::NO_MATCHES }</p> }
            </div>
        </section>
    }
}

/// One entry of the checklist: its tick box, name and summary.
fn item(
    props: &CatalogProps,
    input: &str,
    name: &str,
    summary: &str,
    added: bool,
    onchange: Callback<Event>,
) -> Html {
    html! {
        <li key={input} class={classes!("catalog-item", added.then_some("added"))}>
            <input type="checkbox" id={input.to_owned()} checked={added} {onchange}
                disabled={props.full && !added}
                aria-describedby={format!("{input}-summary")} />
            <label for={input.to_owned()} class="name">{ name.to_owned() }</label>
            <span class="summary" id={format!("{input}-summary")}>{ summary.to_owned() }</span>
        </li>
    }
}
