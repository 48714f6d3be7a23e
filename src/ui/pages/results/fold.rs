//! A report section that says its conclusion in one line and shows its detail on
//! request. On a phone the sections start closed, so that the whole report is a few
//! screens of conclusions; on a wider screen, and on paper, they start open.

use crate::content::text;
use crate::ui::hooks::use_toggle_with;
use yew::prelude::*;

use super::use_printing;

/// Props of [`Fold`].
#[derive(Properties, PartialEq)]
pub(super) struct FoldProps {
    /// The heading's id (the section is labelled by it).
    pub(super) id: &'static str,
    /// The section's heading.
    pub(super) heading: AttrValue,
    /// What the section concludes, in one sentence.
    pub(super) conclusion: AttrValue,
    /// The detail.
    pub(super) children: Html,
}

/// A section with its conclusion always shown and its detail a tap away.
#[component]
pub(super) fn Fold(props: &FoldProps) -> Html {
    let printing = use_printing();
    // Whether the screen is narrow is asked once: the page's media query is not free,
    // and a what-if draws every section again.
    let open = use_toggle_with(|| !crate::web::narrow_screen());
    let body = format!("{}-body", props.id);
    let label = if open.is_on() {
        text::HIDE_DETAILS
    } else {
        text::SHOW_DETAILS
    };
    html! {
        <section class="fold" aria-labelledby={props.id}>
            <h2 id={props.id}>{ &props.heading }</h2>
            <p class="conclusion">{ &props.conclusion }</p>
            if !printing {
                <button type="button" class="disclosure" aria-expanded={open.is_on().to_string()}
                    aria-controls={body.clone()} onclick={open.toggle_callback()}
                    aria-label={format!("{label}: {}", props.heading)}>{ label }</button>
            }
            if open.is_on() || printing {
                <div id={body}>{ props.children.clone() }</div>
            }
        </section>
    }
}
