//! The page's language: chosen once at start (the address's `?lang=de`, as a host page's
//! `data-language` sets it; else the visitor's remembered pick; else the site's setting;
//! else the first of the browser's preferred languages Shorewise speaks; else English) and switched from the header or by the host page. Applying it
//! sets the wording, `<html lang>` and the style numbers are written in.

use crate::content::catalog::{self, Catalog};
use crate::content::lang::{self, Lang};
use crate::ui::numbers::{self, NumberStyle};
use crate::web::storage;
use std::cell::RefCell;

/// Carries out a language switch.
type Switch = Box<dyn Fn(Lang)>;

thread_local! {
    /// Where a switch asked for by the host page goes: the app's own switch, once
    /// the app runs.
    static SWITCH: RefCell<Option<Switch>> = const { RefCell::new(None) };
}

/// Picks and applies the language the page starts in; `site` is the configuration's.
pub fn start(site: Option<Lang>) -> Lang {
    let remembered = storage::read(storage::LANGUAGE_KEY)
        .ok()
        .flatten()
        .and_then(|tag| Lang::of_tag(&tag));
    let chosen = addressed()
        .or(remembered)
        .or(site)
        .or_else(|| browser_languages().iter().find_map(|t| Lang::of_tag(t)))
        .unwrap_or_default();
    apply(chosen);
    chosen
}

/// Fetches the wording of `language` the first time it is needed: the file the build
/// named in the page, beside it, checked against its integrity hash. `false` when it cannot be had (no network, a file that does not
/// match or read); the page then stays in the language it has.
pub async fn load(language: Lang) -> bool {
    if catalog::is_loaded(language) {
        return true;
    }
    let Some(text) = fetch(language).await else {
        return false;
    };
    match Catalog::parse(&text) {
        Ok(c) => {
            catalog::install(language, c);
            true
        }
        Err(_) => false,
    }
}

/// The text of a language's file: the site's own where its settings give one, else
/// as the build named it in
/// `<meta name="shorewise-language-de" content="de-<hash>.po sha384-…">` (a debug build
/// names none: `<code>.po`, unchecked).
async fn fetch(language: Lang) -> Option<String> {
    if let Some(file) = language.site_file() {
        return super::fetch_text(file, &web_sys::RequestInit::new()).await;
    }
    let named = web_sys::window()?
        .document()?
        .query_selector(&format!(
            "meta[name=shorewise-language-{}]",
            language.code()
        ))
        .ok()
        .flatten()
        .and_then(|m| m.get_attribute("content"));
    let named = named.as_deref().and_then(|c| c.split_once(' '));
    let init = web_sys::RequestInit::new();
    let url = match named {
        Some((file, integrity)) => {
            init.set_integrity(integrity);
            file.to_owned()
        }
        None => format!("{}.po", language.code()),
    };
    super::fetch_text(&url, &init).await
}

/// Applies a language the visitor picked and remembers it for the next visit (for
/// this visit only where the browser keeps nothing).
pub fn choose(language: Lang) {
    apply(language);
    let _ = storage::write(storage::LANGUAGE_KEY, language.code());
}

/// Gives the wording, `<html lang>` and the number style in `language`. Numbers
/// follow the browser's regional style when it is a variety of the same language
/// (`de-CH` writes `1’234.5`-like styles its own way), else the language's own.
pub fn apply(language: Lang) {
    lang::set(language);
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", language.code());
    }
    let browser = super::browser_language();
    let tag = if Lang::of_tag(&browser) == Some(language) {
        browser.as_str()
    } else {
        language.code()
    };
    numbers::set_style(
        NumberStyle::of_language(tag),
        NumberStyle::of_language(&browser),
    );
}

/// Lets `switch` carry out a language change the host page asks for.
pub fn on_request(switch: impl Fn(Lang) + 'static) {
    SWITCH.with(|s| *s.borrow_mut() = Some(Box::new(switch)));
}

/// Switches to `language` as if the visitor had picked it (the host's `set-language`).
pub fn request(language: Lang) {
    let started = SWITCH.with(|s| s.borrow().as_ref().map(|switch| switch(language)));
    if started.is_none() {
        wasm_bindgen_futures::spawn_local(async move {
            if load(language).await {
                apply(language);
            }
        });
    }
}

/// The language the address asks for (`?lang=de`), if Shorewise speaks it.
fn addressed() -> Option<Lang> {
    let search = web_sys::window()?.location().search().ok()?;
    search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("lang="))
        .and_then(Lang::of_tag)
}

/// The browser's preferred languages, most preferred first.
fn browser_languages() -> Vec<String> {
    web_sys::window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default()
}
