//! The Yew shell: the app, its routes, one reducer for all state, pages and components.
//! Views render engine output and content; they hold no business logic.

pub mod components;
pub mod css;
pub mod format;
mod header;
pub mod hooks;
mod key;
pub mod later;
pub mod numbers;
pub mod pages;
pub mod persist;
pub mod rfp;
pub mod route;
pub mod router;
pub mod state;
pub mod totals;
mod tr;

use crate::content::lang::{self, Lang};
use crate::content::text;
use crate::ui::router::{use_route, HashRouter, Link};
use components::{config_problems, NoticeBar};
use route::Route;
use state::State;
use yew::prelude::*;

/// Handle to the app state, shared with every page through context.
pub type AppState = UseReducerHandle<State>;

/// The app state from context. Panics only if used outside [`App`], a programming error.
#[hook]
pub fn use_app() -> AppState {
    use_context::<AppState>().expect("use_app must be called inside <App>")
}

/// Switches the page's language: every screen is drawn again in it, the answers kept.
pub type LanguageSwitch = Callback<Lang>;

/// The root component: state, router and page frame. The frame is keyed by the
/// language, so a switch draws every screen again in the new one while the answers,
/// held above it, stay as they are.
#[component]
pub fn App() -> Html {
    let state = use_reducer(persist::initial_state);
    persist::use_autosave(&state);
    let language = use_state(lang::current);
    // A new version installed by the service worker, waiting for the visitor to reload.
    let update = use_state(|| false);
    let switch = {
        let language = language.clone();
        use_callback((), move |l: Lang, ()| language.set(l))
    };
    {
        let switch = switch.clone();
        let update = update.setter();
        use_effect_with((), move |_| {
            crate::web::mark_interactive();
            later::prefetch();
            crate::web::embed::ready();
            let offline = crate::web::config::current().config.offline;
            crate::web::offline::start(offline, move || update.set(true));
            // The host page's `set-language`: for this visit, not remembered.
            crate::web::language::on_request(move |l| {
                let switch = switch.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    if crate::web::language::load(l).await {
                        crate::web::language::apply(l);
                        switch.emit(l);
                    }
                });
            });
        });
    }
    // After a switch the new frame has replaced the old, switch included: focus goes
    // back to the switch, where the visitor left it.
    let first = use_mut_ref(|| true);
    use_effect_with(*language, move |_| {
        if !std::mem::replace(&mut *first.borrow_mut(), false) {
            crate::web::focus(LANGUAGE_SWITCH_ID);
        }
    });
    html! {
        <ContextProvider<AppState> context={state}>
            <ContextProvider<LanguageSwitch> context={switch}>
                <HashRouter>
                    <Shell key={language.code()} update={*update} />
                </HashRouter>
            </ContextProvider<LanguageSwitch>>
        </ContextProvider<AppState>>
    }
}

/// The welcome screen of a first visit in its page frame, as HTML, rendered with the
/// same components the app draws it with (see `src/bin/prerender.rs`): English, the
/// product's own brand and examples, the system's theme, nothing saved.
#[cfg(not(target_arch = "wasm32"))]
pub async fn prerender() -> String {
    yew::LocalServerRenderer::<FirstVisit>::new()
        .hydratable(false)
        .render()
        .await
}

/// What [`App`] shows on a first visit to the welcome screen, without reading the
/// browser: fresh answers, a fixed screen, a language switch with nothing to switch.
#[cfg(not(target_arch = "wasm32"))]
#[component]
fn FirstVisit() -> Html {
    let state = use_reducer(State::default);
    let switch: LanguageSwitch = Callback::noop();
    html! {
        <ContextProvider<AppState> context={state}>
            <ContextProvider<LanguageSwitch> context={switch}>
                <router::StaticRouter route={Route::Welcome}>
                    <Shell />
                </router::StaticRouter>
            </ContextProvider<LanguageSwitch>>
        </ContextProvider<AppState>>
    }
}

/// Id of the language switch in the header.
pub(crate) const LANGUAGE_SWITCH_ID: &str = "language-switch";

/// Props of [`Shell`].
#[derive(Properties, PartialEq)]
struct ShellProps {
    /// A new version is installed and waiting (see `web::offline`).
    #[prop_or_default]
    update: bool,
}

/// Header, main region and footer around the current page (in embed mode the main
/// region alone: the host page has its own header and footer).
#[component]
fn Shell(props: &ShellProps) -> Html {
    let embedded = crate::web::embed::embedded();
    let route = use_route();
    let page = route.clone().map(switch);
    use_effect_with(route, |route| {
        if let Some(route) = route {
            crate::web::embed::step(route.name());
        }
    });
    html! {
        <>
            <a class="skip-link" href="#main" onclick={Callback::from(|e: MouseEvent| {
                e.prevent_default();
                crate::web::focus("page-title");
            })}>{ text::SKIP_TO_CONTENT }</a>
            if !embedded {
                <header class="site-header">
                    <Link to={Route::Welcome} classes="brand">
                        { header::brand_mark() }
                        <span>{ crate::web::config::product_name() }</span>
                    </Link>
                    <div class="header-tools">
                        <header::LanguageButton />
                        <header::ThemeButton />
                    </div>
                </header>
            }
            <main id="main" class="site-main">
                { config_problems() }
                if props.update {
                    <header::UpdateBar />
                }
                <NoticeBar />
                { page }
            </main>
            if !embedded {
                <footer class="site-footer"><p>{ text::FOOTER }</p></footer>
            }
        </>
    }
}

fn switch(route: Route) -> Html {
    use later::{Later, LaterPage};
    use pages::*;
    match route {
        Route::Welcome => html! { <Welcome /> },
        Route::Company => html! { <CompanyStep /> },
        Route::Goals => goals_step(),
        Route::Processes => html! { <ProcessesStep /> },
        Route::Risk => html! { <RiskStep /> },
        Route::Review => html! { <ReviewStep /> },
        Route::Results => html! { <LaterPage page={Later::Results} /> },
        Route::Report => html! { <LaterPage page={Later::Report} /> },
        Route::Requests => html! { <LaterPage page={Later::Requests} /> },
        Route::Open { record } => html! { <OpenPage incoming={Incoming::Link(record)} /> },
        Route::Example { id } => html! { <OpenPage incoming={Incoming::Example(id)} /> },
        Route::Start { params } => html! { <OpenPage incoming={Incoming::Prefill(params)} /> },
        Route::NotFound => html! { <NotFound /> },
    }
}
