//! The screens after the questionnaire: the results, the printable report and the
//! requests for proposals. In the release build they are a module of their own that
//! the browser fetches once the first screen runs (see `scripts/split.mjs`), so a first
//! visit loads only the welcome screen and the questionnaire before it can act.
//! Elsewhere (native, tests, debug builds) they are drawn directly.

use crate::content::text;
use yew::prelude::*;

/// A screen that arrives on demand.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Later {
    /// The results page.
    Results,
    /// The printable report.
    Report,
    /// The requests for proposals.
    Requests,
}

/// Draws a screen: the split point, called only once its module has arrived.
fn draw(page: Later) -> Html {
    use super::pages::{PrintReport, Requests, ResultsPage};
    match page {
        Later::Results => html! { <ResultsPage /> },
        Later::Report => html! { <PrintReport /> },
        Later::Requests => html! { <Requests /> },
    }
}

/// The release wasm: the screens' module is fetched, checked and instantiated on first use.
#[cfg(all(target_arch = "wasm32", not(debug_assertions)))]
mod on_demand {
    use super::{draw, Later};
    use yew::Html;

    static SCREENS: wasm_split::LazyLoader<Later, Html> =
        wasm_split::lazy_loader!(extern "later" fn draw(page: Later) -> Html);

    /// The screen, if its module has arrived.
    pub(super) fn try_draw(page: Later) -> Option<Html> {
        SCREENS.call(page).ok()
    }

    /// Fetches the module once; whether it arrived.
    pub(super) async fn load() -> bool {
        SCREENS.load().await
    }
}

/// Native, tests and debug builds: the screens are part of the one module.
#[cfg(not(all(target_arch = "wasm32", not(debug_assertions))))]
mod on_demand {
    use super::{draw, Later};
    use yew::Html;

    pub(super) fn try_draw(page: Later) -> Option<Html> {
        Some(draw(page))
    }

    pub(super) async fn load() -> bool {
        true
    }
}

use on_demand::{load, try_draw};

/// Starts fetching the later screens once the first screen runs, so that the results
/// open at once after the last question.
pub fn prefetch() {
    wasm_bindgen_futures::spawn_local(async {
        load().await;
    });
}

/// Props of [`LaterPage`].
#[derive(Properties, PartialEq)]
pub struct LaterProps {
    /// Which screen.
    pub page: Later,
}

/// A screen that arrives on demand: drawn at once when its module is here (the usual
/// case, as it is fetched after the first screen), otherwise a short "preparing" line
/// until it arrives, or a message with a way to try again if it cannot be fetched.
#[component]
pub fn LaterPage(props: &LaterProps) -> Html {
    let drawn = try_draw(props.page);
    let failed = use_state(|| false);
    let arrived = use_force_update();
    {
        let failed = failed.setter();
        use_effect_with(drawn.is_none(), move |waiting| {
            if *waiting {
                wasm_bindgen_futures::spawn_local(async move {
                    if load().await {
                        arrived.force_update();
                    } else {
                        failed.set(true);
                    }
                });
            }
        });
    }
    match drawn {
        Some(html) => html,
        None if *failed => html! {
            <section class="page" role="alert">
                <h1 id="page-title" tabindex="-1">{ text::RESULTS_MISSING_TITLE }</h1>
                <p>{ text::RESULTS_MISSING }</p>
                <button type="button" class="button primary"
                    onclick={Callback::from(|_: MouseEvent| crate::web::reload())}>{ text::RETRY }</button>
            </section>
        },
        None => html! {
            <section class="page" aria-busy="true">
                <p role="status">{ text::LOADING_RESULTS }</p>
            </section>
        },
    }
}
