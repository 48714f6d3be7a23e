//! The browser's local storage, reached through `web_sys` directly. Every call can fail
//! (private mode, storage blocked by policy, quota full); failures come back as
//! [`Unavailable`] and never panic.

/// Where the answers are kept between visits.
pub const ANSWERS_KEY: &str = "shorewise.answers";

/// Where a saved record that could not be read is kept, so that it is never lost.
pub const ASIDE_KEY: &str = "shorewise.answers.unreadable";

/// Where the user's choice of theme is kept (`light` or `dark`).
pub const THEME_KEY: &str = "shorewise.theme";

/// Where the visitor's choice of language is kept (`en` or `de`).
pub const LANGUAGE_KEY: &str = "shorewise.language";

/// Where the named scenarios are kept.
pub const SCENARIOS_KEY: &str = "shorewise.scenarios";

/// The browser keeps nothing for this page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unavailable;

fn local() -> Result<web_sys::Storage, Unavailable> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(Unavailable)
}

/// The text stored under `key`, if any.
pub fn read(key: &str) -> Result<Option<String>, Unavailable> {
    local()?.get_item(key).map_err(|_| Unavailable)
}

/// Stores `value` under `key`.
pub fn write(key: &str, value: &str) -> Result<(), Unavailable> {
    local()?.set_item(key, value).map_err(|_| Unavailable)
}

/// Stops listening for changes when dropped.
pub struct Listener {
    closure: wasm_bindgen::closure::Closure<dyn Fn(web_sys::StorageEvent)>,
}

impl Drop for Listener {
    fn drop(&mut self) {
        use wasm_bindgen::JsCast;
        if let Some(w) = web_sys::window() {
            let _ = w.remove_event_listener_with_callback(
                "storage",
                self.closure.as_ref().unchecked_ref(),
            );
        }
    }
}

/// Calls `f` with the new text (`None` when removed) whenever another tab of this site
/// changes `key`. Browsers tell only the other tabs, never the one that wrote.
pub fn on_change(key: &'static str, f: impl Fn(Option<String>) + 'static) -> Option<Listener> {
    use wasm_bindgen::JsCast;
    let closure = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::StorageEvent)>::new(
        move |e: web_sys::StorageEvent| {
            if e.key().as_deref() == Some(key) {
                f(e.new_value());
            }
        },
    );
    web_sys::window()?
        .add_event_listener_with_callback("storage", closure.as_ref().unchecked_ref())
        .ok()?;
    Some(Listener { closure })
}
