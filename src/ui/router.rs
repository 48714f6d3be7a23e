//! Hash routing in a few lines of our own: the current [`Route`] follows the address's
//! fragment (back, forward, an edited address), links and buttons move to another one
//! through the History API. The fragment is read and written by `route.rs`.

use super::route::Route;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

/// Moves the app to another screen.
#[derive(Clone, PartialEq)]
pub struct Navigator {
    go: Callback<(Route, bool)>,
}

impl Navigator {
    /// Shows a screen, as a new entry of the browser's history.
    pub fn push(&self, route: &Route) {
        self.go.emit((route.clone(), false));
    }

    /// Shows a screen in place of the current entry (back does not return to it).
    pub fn replace(&self, route: &Route) {
        self.go.emit((route.clone(), true));
    }
}

/// The screen shown and the way to another, given to every component below the router.
#[derive(Clone, PartialEq)]
struct Routing {
    route: Route,
    navigator: Navigator,
}

/// The screen the address shows now.
fn current() -> Route {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    match hash.strip_prefix('#') {
        None | Some("") => Route::Welcome,
        Some(fragment) => Route::recognize(fragment),
    }
}

/// Writes a screen's fragment into the address, keeping its path and query.
fn write(route: &Route, replace: bool) {
    let Some(w) = web_sys::window() else { return };
    let Ok(history) = w.history() else { return };
    let url = crate::web::this_page(&w, &format!("#{}", route.to_path()));
    let _ = if replace {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
    } else {
        history.push_state_with_url(&JsValue::NULL, "", Some(&url))
    };
}

/// Props of [`HashRouter`].
#[derive(Properties, PartialEq)]
pub struct RouterProps {
    /// What follows the address.
    pub children: Html,
}

/// Follows the address's fragment and gives the screen to the components below.
#[component]
pub fn HashRouter(props: &RouterProps) -> Html {
    let route = use_state(|| {
        let route = current();
        // An address without a fragment shows the welcome screen; say so in it.
        if route == Route::Welcome {
            write(&route, true);
        }
        route
    });
    {
        let set = route.setter();
        use_effect_with((), move |_| {
            let listener = Closure::<dyn Fn()>::new(move || set.set(current()));
            let window = web_sys::window();
            let events = ["popstate", "hashchange"];
            if let Some(w) = &window {
                for event in events {
                    let _ = w
                        .add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
                }
            }
            move || {
                if let Some(w) = &window {
                    for event in events {
                        let _ = w.remove_event_listener_with_callback(
                            event,
                            listener.as_ref().unchecked_ref(),
                        );
                    }
                }
            }
        });
    }
    let navigator = {
        let set = route.setter();
        use_memo((), move |_| Navigator {
            go: Callback::from(move |(to, replace): (Route, bool)| {
                write(&to, replace);
                set.set(to);
            }),
        })
    };
    let routing = Routing {
        route: (*route).clone(),
        navigator: (*navigator).clone(),
    };
    html! {
        <ContextProvider<Routing> context={routing}>{ props.children.clone() }</ContextProvider<Routing>>
    }
}

/// Props of [`StaticRouter`].
#[cfg(not(target_arch = "wasm32"))]
#[derive(Properties, PartialEq)]
pub struct StaticRouterProps {
    /// The screen shown.
    pub route: Route,
    /// What follows it.
    pub children: Html,
}

/// Gives one fixed screen to the components below, for rendering a screen to HTML at
/// build time (there is no address to follow and nowhere to go).
#[cfg(not(target_arch = "wasm32"))]
#[component]
pub fn StaticRouter(props: &StaticRouterProps) -> Html {
    let routing = Routing {
        route: props.route.clone(),
        navigator: Navigator {
            go: Callback::noop(),
        },
    };
    html! {
        <ContextProvider<Routing> context={routing}>{ props.children.clone() }</ContextProvider<Routing>>
    }
}

/// The screen shown (`None` outside a [`HashRouter`]).
#[hook]
pub fn use_route() -> Option<Route> {
    use_context::<Routing>().map(|r| r.route)
}

/// The way to another screen (`None` outside a [`HashRouter`]).
#[hook]
pub fn use_navigator() -> Option<Navigator> {
    use_context::<Routing>().map(|r| r.navigator)
}

/// Props of [`Link`].
#[derive(Properties, PartialEq)]
pub struct LinkProps {
    /// The screen it leads to.
    pub to: Route,
    /// Classes of the link.
    #[prop_or_default]
    pub classes: Classes,
    /// Its content.
    #[prop_or_default]
    pub children: Html,
}

/// A link to another screen: a real address (it opens in a new tab, can be copied),
/// followed in place on a plain click.
#[component]
pub fn Link(props: &LinkProps) -> Html {
    let navigator = use_navigator();
    let href = crate::web::address_of(&format!("#{}", props.to.to_path()));
    let onclick = {
        let to = props.to.clone();
        Callback::from(move |e: MouseEvent| {
            let plain =
                e.button() == 0 && !(e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key());
            if let Some(navigator) = navigator.as_ref().filter(|_| plain) {
                e.prevent_default();
                navigator.push(&to);
            }
        })
    };
    html! {
        <a {href} class={props.classes.clone()} {onclick}>{ props.children.clone() }</a>
    }
}
