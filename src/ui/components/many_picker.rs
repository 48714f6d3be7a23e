//! A compact multi-select for long lists (languages): the likely options and the ones
//! chosen as tick boxes up front, the rest folded behind "More…" with a search box.

use super::fields::{describedby, error_text, help_text};
use yew::prelude::*;

/// Props of [`ManyPicker`].
#[derive(Properties, PartialEq, Clone)]
pub struct ManyPickerProps {
    /// Unique id (ids of the search box and help derive from it).
    pub id: AttrValue,
    /// The question.
    pub legend: AttrValue,
    /// Help under the question.
    #[prop_or_default]
    pub help: Option<AttrValue>,
    /// Every option's label and whether it is ticked, likeliest first.
    pub options: Vec<(AttrValue, bool)>,
    /// How many of the first options are likely: always shown.
    pub likely: usize,
    /// The fold's label (the number of options in it is added).
    pub more: AttrValue,
    /// The search box's label.
    pub find: AttrValue,
    /// Said when the search matches nothing.
    pub no_match: AttrValue,
    /// Called with the index of the option ticked or unticked.
    pub ontoggle: Callback<usize>,
    /// Error under the group.
    #[prop_or_default]
    pub error: Option<AttrValue>,
}

/// The likely and chosen options as tick boxes, the rest folded and searchable.
#[component]
pub fn ManyPicker(props: &ManyPickerProps) -> Html {
    let query = use_state(String::new);
    let id = props.id.as_str();
    let up_front = |i: usize, checked: bool| i < props.likely || checked;
    let needle = query.trim().to_ascii_lowercase();
    let tick = |i: usize, label: &AttrValue, checked: bool| {
        let onchange = props.ontoggle.reform(move |_: Event| i);
        html! {
            <label class="option" key={i}>
                <input type="checkbox" checked={checked} {onchange} />
                <span>{ label.clone() }</span>
            </label>
        }
    };
    let folded: Vec<(usize, &AttrValue, bool)> = props
        .options
        .iter()
        .enumerate()
        .filter(|(i, (_, checked))| !up_front(*i, *checked))
        .map(|(i, (label, checked))| (i, label, *checked))
        .collect();
    let found: Vec<&(usize, &AttrValue, bool)> = folded
        .iter()
        .filter(|(_, label, _)| needle.is_empty() || label.to_ascii_lowercase().contains(&needle))
        .collect();
    let oninput = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            query.set(input.value());
        })
    };
    let search = format!("{id}-find");
    html! {
        <fieldset class={classes!("field", "checks", "many", props.error.as_ref().map(|_| "invalid"))}
            aria-describedby={describedby(id, props.help.is_some(), props.error.is_some())}>
            <legend>{ props.legend.clone() }</legend>
            { help_text(id, &props.help) }
            <div class="options">
                { for props.options.iter().enumerate()
                    .filter(|(i, (_, checked))| up_front(*i, *checked))
                    .map(|(i, (label, checked))| tick(i, label, *checked)) }
            </div>
            if !folded.is_empty() {
                <details class="more">
                    <summary>{ format!("{} ({})", props.more, folded.len()) }</summary>
                    <label class="find" for={search.clone()}>{ props.find.clone() }</label>
                    <input type="search" id={search} value={(*query).clone()} {oninput} autocomplete="off" />
                    <div class="options">
                        { for found.iter().map(|(i, label, checked)| tick(*i, label, *checked)) }
                    </div>
                    if found.is_empty() {
                        <p class="empty" role="status">{ props.no_match.clone() }</p>
                    }
                </details>
            }
            { error_text(id, &props.error) }
        </fieldset>
    }
}
