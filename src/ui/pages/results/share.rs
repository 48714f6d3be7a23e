//! "Copy link": the answers as a link that opens them anywhere, with what that means
//! for privacy said beside the button.

use crate::content::text;
use crate::ui::use_app;
use crate::web::share;
use yew::prelude::*;

/// What happened to the last copy.
#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Not,
    Yes,
    ByHand,
}

/// The share section of the results page.
#[component]
pub(super) fn ShareLink() -> Html {
    let state = use_app();
    let copied = use_state(|| Copied::Not);
    let link = share::link_with_fragment(&format!("/open/{}", state.record())).unwrap_or_default();
    let onclick = {
        let (copied, link) = (copied.clone(), link.clone());
        Callback::from(move |_: MouseEvent| {
            let (copied, link) = (copied.clone(), link.clone());
            wasm_bindgen_futures::spawn_local(async move {
                copied.set(if share::copy(&link).await {
                    Copied::Yes
                } else {
                    Copied::ByHand
                });
            });
        })
    };
    html! {
        <section class="share" aria-labelledby="share-heading">
            <h2 id="share-heading">{ text::SHARE_HEADING }</h2>
            <p class="help" id="share-privacy">{ text::SHARE_PRIVACY }</p>
            <div class="actions">
                <button type="button" class="button secondary" {onclick} aria-describedby="share-privacy">{ text::COPY_LINK }</button>
                <span role="status">
                    { match *copied {
                        Copied::Not => "",
                        Copied::Yes => text::LINK_COPIED,
                        Copied::ByHand => text::LINK_COPY_BY_HAND,
                    } }
                </span>
            </div>
            if *copied != Copied::Not {
                <label class="share-link">
                    <span>{ text::LINK_LABEL }</span>
                    <input type="text" readonly=true value={link} />
                </label>
            }
        </section>
    }
}
