//! Embedding in another page (`docs/embedding.md`): the `#embed` flag, messages to the
//! host page through `postMessage` (only to allowed origins, see
//! [`crate::files::host::Hosts`]) and the host's messages to the app.

use crate::content::lang::Lang;
use crate::files::config::Embed;
use crate::files::host::{origin_of, Hosts, Message};
use std::cell::RefCell;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The fragment that starts the app in embed mode (`index.html#embed`, or with a
/// screen: `#embed/example/acme`).
pub const FLAG: &str = "#embed";

/// Type of the message a host sends to introduce itself.
const HELLO: &str = "hello";
/// Type of the message a host sends to open an example company.
const OPEN_EXAMPLE: &str = "open-example";
const SET_LANGUAGE: &str = "set-language";

struct Host {
    hosts: Hosts,
    /// Where messages go, once known.
    target: Option<String>,
    /// Whether `completed` carries the answers.
    answers: bool,
    /// The last height told, so that only changes are.
    height: u32,
    /// Whether the app has started (and so `ready` has been or will be told).
    started: bool,
    /// The screen shown, told again to a host that introduces itself late.
    step: Option<&'static str>,
}

thread_local! {
    static HOST: RefCell<Option<Host>> = const { RefCell::new(None) };
}

/// Whether the address carries the embed flag; if so the flag is taken off, leaving the
/// screen it names (or the welcome screen) for the router. Runs before the router.
pub fn take_flag() -> bool {
    let Some(w) = web_sys::window() else {
        return false;
    };
    let hash = w.location().hash().unwrap_or_default();
    let Some(rest) = hash.strip_prefix(FLAG) else {
        return false;
    };
    if !(rest.is_empty() || rest.starts_with('/')) {
        return false;
    }
    if let Ok(history) = w.history() {
        let route = if rest.is_empty() { "/" } else { rest };
        let address = super::this_page(&w, &format!("#{route}"));
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&address));
    }
    true
}

/// Whether the app runs in embed mode.
pub fn embedded() -> bool {
    HOST.with(|h| h.borrow().is_some())
}

/// Starts embed mode when flagged or configured: marks the page (styles drop the site
/// header and footer and fit the host), works out where messages may go, listens to the
/// host and tells it the page's height whenever it changes.
pub fn start(flagged: bool, settings: &Embed) {
    if !(flagged || settings.always) {
        return;
    }
    let Some(w) = web_sys::window() else { return };
    let own = w.location().origin().unwrap_or_default();
    let hosts = Hosts::new(&settings.origins, &own);
    let embedder = w
        .document()
        .map(|d| origin_of(&d.referrer()))
        .unwrap_or_default();
    let target = hosts.target(&embedder);
    HOST.with(|h| {
        *h.borrow_mut() = Some(Host {
            hosts,
            target,
            answers: settings.answers,
            height: 0,
            started: false,
            step: None,
        })
    });
    if let Some(root) = w.document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-embed", "");
    }
    listen(&w);
    observe_height(&w);
}

/// Tells the host that the app has started and listens (once the first screen is up).
pub fn ready() {
    let embedded = HOST.with(|h| {
        h.borrow_mut()
            .as_mut()
            .map(|host| host.started = true)
            .is_some()
    });
    if embedded {
        post(Message::Ready);
    }
}

/// Whether `completed` may carry the answers.
pub fn sends_answers() -> bool {
    HOST.with(|h| h.borrow().as_ref().is_some_and(|h| h.answers))
}

/// Tells the host that the user moved to a screen (told again to a host that
/// introduces itself later).
pub fn step(name: &'static str) {
    HOST.with(|h| {
        if let Some(host) = h.borrow_mut().as_mut() {
            host.step = Some(name);
        }
    });
    post(Message::Step { step: name });
}

/// Tells the host page, when embedded and its origin is known and allowed.
pub fn post(message: Message) {
    let target = HOST.with(|h| h.borrow().as_ref().and_then(|h| h.target.clone()));
    let Some(target) = target else { return };
    let Some(parent) = web_sys::window().and_then(|w| w.parent().ok().flatten()) else {
        return;
    };
    if let Ok(value) = js_sys::JSON::parse(&message.json()) {
        let _ = parent.post_message(&value, &target);
    }
}

/// Listens to the host: `hello` makes an allowed page the messages' target (when the
/// browser did not tell who embeds the app); `open-example` opens an example company;
/// `set-language` switches the language for this visit.
/// Messages from any other origin are ignored.
fn listen(w: &web_sys::Window) {
    let on_message = Closure::<dyn Fn(web_sys::MessageEvent)>::new(|e: web_sys::MessageEvent| {
        let origin = e.origin();
        let allowed = HOST.with(|h| h.borrow().as_ref().is_some_and(|h| h.hosts.allow(&origin)));
        if !allowed {
            return;
        }
        let data = e.data();
        let field = |name: &str| {
            js_sys::Reflect::get(&data, &JsValue::from_str(name))
                .ok()
                .and_then(|v| v.as_string())
        };
        match field("type").as_deref() {
            Some(HELLO) => {
                // Told `ready` now if the app started before its host was known;
                // otherwise the app tells it once it starts.
                let late = HOST.with(|h| {
                    let mut h = h.borrow_mut();
                    let host = h.as_mut()?;
                    let late = host.target.is_none() && host.started;
                    host.target = Some(origin.clone());
                    host.height = 0;
                    late.then_some(host.step)
                });
                if let Some(step) = late {
                    post(Message::Ready);
                    if let Some(step) = step {
                        post(Message::Step { step });
                    }
                }
                tell_height();
            }
            Some(OPEN_EXAMPLE) => {
                if let Some(id) = field("id").filter(|id| {
                    !id.is_empty() && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
                }) {
                    if let Some(w) = web_sys::window() {
                        let _ = w.location().set_hash(&format!("/example/{id}"));
                    }
                }
            }
            Some(SET_LANGUAGE) => {
                if let Some(language) = field("language").and_then(|t| Lang::of_tag(&t)) {
                    crate::web::language::request(language);
                }
            }
            _ => {}
        }
    });
    let _ = w.add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    // Lives as long as the page.
    on_message.forget();
}

/// Tells the host the page's height now and on every change of it.
fn observe_height(w: &web_sys::Window) {
    let Some(body) = w.document().and_then(|d| d.body()) else {
        return;
    };
    let on_resize = Closure::<dyn Fn()>::new(tell_height);
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(&body);
    }
    on_resize.forget();
}

/// Tells the host the height of the page's content, if it changed.
fn tell_height() {
    let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    else {
        return;
    };
    let height = body.get_bounding_client_rect().height().ceil();
    let height = if height.is_finite() && height > 0.0 {
        height.min(f64::from(u32::MAX)) as u32
    } else {
        0
    };
    let changed = HOST.with(|h| {
        let mut h = h.borrow_mut();
        let Some(host) = h.as_mut() else { return false };
        let changed = host.height != height;
        host.height = height;
        changed
    });
    if changed {
        post(Message::Resize { height });
    }
}
