//! The catalog as a compact checklist: one collapsible group per category (all open
//! while a filter is typed), a checkbox per process that adds or removes it.

use crate::content::processes;
use crate::content::{advice, text};
use crate::engine::model::ProcessId;
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
    /// Where adding and removing are sent, with what to announce.
    pub(super) ontoggle: Callback<(Action, String)>,
    /// The assessment holds as many processes as it may: nothing more can be ticked.
    pub(super) full: bool,
}

/// The catalog grouped by category, filtered as the user types.
#[component]
pub(super) fn CatalogPicker(props: &CatalogProps) -> Html {
    let loaded = crate::web::config::current();
    let groups = processes::search(&props.filter, |id| loaded.config.offers(id));
    let filtering = !props.filter.trim().is_empty();
    let any = !groups.is_empty();
    let groups: Html = groups
        .into_iter()
        .map(|(cat, items)| {
            let chosen = items.iter().filter(|c| props.added.contains(&c.id)).count();
            html! {
                <details class="catalog-group" key={advice::category(cat)} open={filtering}>
                    <summary>
                        <span class="category">{ advice::category(cat) }</span>
                        <span class="count">{ text::catalog_group_count(chosen, items.len()) }</span>
                    </summary>
                    <ul>
                        { for items.iter().map(|c| {
                            let added = props.added.contains(&c.id);
                            let (id, name) = (c.id, c.name.get());
                            let onchange = props.ontoggle.reform(move |_: Event| {
                                if added {
                                    (Action::RemoveProcess { id: ProcessId::Catalog(id.to_owned()) }, text::process_removed(name))
                                } else {
                                    (Action::AddProcess { id: id.to_owned() }, text::process_added(name))
                                }
                            });
                            let input = format!("catalog-{id}");
                            html! {
                                <li key={c.id} class={classes!("catalog-item", added.then_some("added"))}>
                                    <input type="checkbox" id={input.clone()} checked={added} {onchange}
                                        disabled={props.full && !added}
                                        aria-describedby={format!("{input}-summary")} />
                                    <label for={input.clone()} class="name">{ c.name }</label>
                                    <span class="summary" id={format!("{input}-summary")}>{ c.summary }</span>
                                </li>
                            }
                        }) }
                    </ul>
                </details>
            }
        })
        .collect();
    html! {
        <section class="catalog" aria-labelledby="catalog-heading">
            <h2 id="catalog-heading">{ text::CATALOG_HEADING }</h2>
            <TextField id="catalog-filter" kind="search" label={text::FILTER} placeholder={Some(AttrValue::from(text::FILTER_PLACEHOLDER))}
                value={AttrValue::from(props.filter.clone())} oninput={props.onfilter.clone()} />
            <div class="catalog-groups">
                if any { { groups } } else { <p class="empty" role="status">{ text::NO_MATCHES }</p> }
            </div>
        </section>
    }
}
