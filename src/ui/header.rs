//! The page header's parts (the brand, the language and theme switches) and the bar
//! that offers a new version.

use super::{LanguageSwitch, LANGUAGE_SWITCH_ID};
use crate::content::lang::{self, Lang};
use crate::content::text;
use yew::prelude::*;

/// The site's logo where its settings name one, else the product's mark. Both are
/// drawn: the mark is hidden while the logo is shown, and a logo that fails to load
/// hides itself (`styles/layout.css`). Beside the name, so the image itself says nothing.
pub(super) fn brand_mark() -> Html {
    let logo = crate::web::config::current().config.brand.logo.clone();
    let onerror = Callback::from(|e: Event| {
        if let Some(img) = e.target_dyn_into::<web_sys::Element>() {
            let _ = img.set_attribute("hidden", "");
        }
    });
    html! {
        <>
            if let Some(src) = logo {
                <img class="brand-logo" {src} alt="" height="28" {onerror} />
            }
            <svg class="brand-mark" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false">
                <circle cx="16" cy="16" r="15" fill="var(--color-brand)" />
                <path d="M4 19c4-3 8-3 12 0s8 3 12 0v4c-4 3-8 3-12 0s-8-3-12 0z" fill="var(--color-surface)" />
                <circle cx="20" cy="11" r="4" fill="var(--color-accent)" />
            </svg>
        </>
    }
}

/// Where fetching a language's wording stands.
#[derive(Clone, Copy, PartialEq)]
enum Loading {
    Idle,
    Busy,
    /// The language that could not be had.
    Failed(Lang),
}

/// Lists every language, each named in itself ("Deutsch", "Français"); the pick is
/// remembered for the next visit. A language's wording arrives as a file the first time
/// it is picked; if it cannot, the list goes back to the language shown and says so.
#[component]
pub(super) fn LanguageButton() -> Html {
    let switch = use_context::<LanguageSwitch>().expect("inside <App>");
    let current = lang::current();
    let state = use_state(|| Loading::Idle);
    let onchange = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() else {
                return;
            };
            let Some(chosen) = Lang::of_tag(&select.value()).filter(|l| *l != current) else {
                return;
            };
            let (switch, state) = (switch.clone(), state.clone());
            state.set(Loading::Busy);
            wasm_bindgen_futures::spawn_local(async move {
                if crate::web::language::load(chosen).await {
                    crate::web::language::choose(chosen);
                    switch.emit(chosen);
                } else {
                    select.set_value(current.code());
                    state.set(Loading::Failed(chosen));
                }
            });
        })
    };
    html! {
        <>
        <select id={LANGUAGE_SWITCH_ID} class="language-select" aria-label={text::LANGUAGE.get()}
            aria-busy={(*state == Loading::Busy).then_some("true")} {onchange}>
            for l in Lang::all() {
                <option value={l.code()} lang={l.code()} selected={l == current}>{ l.name() }</option>
            }
        </select>
        if let Loading::Failed(failed) = *state {
            <span class="language-failed" role="alert">{ text::language_failed(failed.name()) }</span>
        }
        </>
    }
}

/// Switches between the light and the dark theme, remembered for the next visit (the
/// system's choice holds until the user makes one).
#[component]
pub(super) fn ThemeButton() -> Html {
    let dark = use_state(crate::web::dark_now);
    let onclick = {
        let dark = dark.clone();
        Callback::from(move |_: MouseEvent| {
            let theme = if *dark { "light" } else { "dark" };
            crate::web::set_theme(theme);
            // Not kept where the browser keeps nothing: the choice lasts for the visit.
            let _ = crate::web::storage::write(crate::web::storage::THEME_KEY, theme);
            dark.set(!*dark);
        })
    };
    html! {
        <button type="button" class="button link theme-button" aria-pressed={dark.to_string()} {onclick}>
            { text::DARK_THEME }
        </button>
    }
}

/// Offers the new version the service worker has installed (see `web::offline`); it
/// takes over only when the visitor presses Reload.
#[component]
pub(super) fn UpdateBar() -> Html {
    html! {
        <div class="notice-bar" role="status">
            <div><p>{ text::NEW_VERSION }</p></div>
            <div class="actions">
                <button type="button" class="button secondary"
                    onclick={Callback::from(|_: MouseEvent| crate::web::offline::take_over())}>{ text::RELOAD }</button>
            </div>
        </div>
    }
}
