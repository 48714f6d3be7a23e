//! The browser's local storage, reached through `web_sys` directly. Every call can fail
//! (private mode, storage blocked by policy, quota full); failures come back as
//! [`Unavailable`] and never panic.

/// Where the answers are kept between visits.
pub const ANSWERS_KEY: &str = "shorewise.answers";

/// Where a saved record that could not be read is kept, so that it is never lost.
pub const ASIDE_KEY: &str = "shorewise.answers.unreadable";

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
