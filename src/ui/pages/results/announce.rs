//! Says "recommendations updated" to screen readers when the advice changes, not when
//! it is first shown. A component of its own: its state changing redraws one paragraph,
//! not the whole results page a second time.

use crate::content::text;
use yew::prelude::*;

/// Props of [`UpdateAnnouncer`].
#[derive(Properties, PartialEq)]
pub(super) struct AnnounceProps {
    /// The advice shown (compared by identity: a new one is a change).
    pub(super) shown: super::Shared<Result<super::Report, crate::engine::EngineError>>,
}

/// A polite live region that announces each new advice after the first.
#[component]
pub(super) fn UpdateAnnouncer(props: &AnnounceProps) -> Html {
    let said = use_state(String::new);
    let first = use_mut_ref(|| true);
    {
        let said = said.clone();
        use_effect_with(props.shown.clone(), move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                said.set(text::UPDATED.get().to_owned());
            }
        });
    }
    html! {
        <p class="visually-hidden" aria-live="polite" aria-atomic="true">{ (*said).clone() }</p>
    }
}
