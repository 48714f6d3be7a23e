//! The catalog, grouped by category and filtered as the user types.

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
    /// Where adding and removing are sent.
    pub(super) dispatch: Callback<Action>,
}

/// The catalog grouped by category, filtered as the user types.
#[component]
pub(super) fn CatalogPicker(props: &CatalogProps) -> Html {
    let groups = processes::search(&props.filter);
    let any = !groups.is_empty();
    let groups: Html = groups
        .into_iter()
        .map(|(cat, items)| {
            html! {
                <div class="catalog-group" key={advice::category(cat)}>
                    <h3>{ advice::category(cat) }</h3>
                    <ul>
                        { for items.iter().map(|c| {
                            let added = props.added.contains(&c.id);
                            let id = c.id;
                            let onclick = props.dispatch.reform(move |_: MouseEvent| {
                                if added { Action::RemoveProcess { id: ProcessId::Catalog(id.to_owned()) } } else { Action::AddProcess { id: id.to_owned() } }
                            });
                            html! {
                                <li key={c.id} class={classes!("catalog-item", added.then_some("added"))}>
                                    <div>
                                        <span class="name">{ c.name }</span>
                                        <span class="summary">{ c.summary }</span>
                                    </div>
                                    if added { <span class="badge">{ text::ADDED }</span> }
                                    <button type="button" class={classes!("button", if added { "secondary" } else { "add" })} {onclick}
                                        aria-label={format!("{} {}", if added { text::REMOVE } else { text::ADD }, c.name)}>
                                        { if added { text::REMOVE } else { text::ADD } }
                                    </button>
                                </li>
                            }
                        }) }
                    </ul>
                </div>
            }
        })
        .collect();
    html! {
        <section class="catalog" aria-labelledby="catalog-heading">
            <h2 id="catalog-heading">{ text::CATALOG_HEADING }</h2>
            <TextField id="catalog-filter" kind="search" label={text::FILTER} placeholder={Some(AttrValue::from(text::FILTER_PLACEHOLDER))}
                value={AttrValue::from(props.filter.clone())} oninput={props.onfilter.clone()} />
            <div class="catalog-groups" aria-live="polite">
                if any { { groups } } else { <p class="empty">{ text::NO_MATCHES }</p> }
            </div>
        </section>
    }
}
