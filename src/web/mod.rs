//! Browser edges: the panic hook, performance marks, focus moves and storage. Everything
//! that touches `web_sys` directly lives here, so components stay declarative.

pub mod config;
pub mod embed;
pub mod files;
pub mod language;
pub mod offline;
pub mod share;
pub mod storage;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Name of the performance mark set once the first screen can be used; the benchmark
/// reads it.
pub const INTERACTIVE_MARK: &str = "shorewise:interactive";

/// Installs a panic hook that logs the panic and replaces the page with a friendly
/// panel offering a reload, instead of leaving a blank or frozen page. Installed through
/// Yew, which otherwise replaces any hook with its own when the app is rendered.
pub fn install_panic_hook() {
    yew::set_custom_panic_hook(Box::new(|info| {
        gloo::console::error!(format!("Shorewise crashed: {info}"));
        show_crash_panel();
    }));
}

/// Replaces the page's body with the crash panel.
pub fn show_crash_panel() {
    if let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    {
        render_crash_panel(&body);
    }
}

/// Replaces the content of `root` with the crash panel: a heading, what happened and a
/// Reload button. Uses only DOM calls whose failures are ignored, because it runs while
/// the app is already failing.
pub fn render_crash_panel(root: &web_sys::Element) {
    use crate::content::text::{CRASH_BODY, CRASH_TITLE, RELOAD};
    root.set_inner_html(&format!(
        "<main class=\"crash\"><div role=\"alert\"><h1>{CRASH_TITLE}</h1><p>{CRASH_BODY}</p>\
         <button type=\"button\" class=\"button primary\">{RELOAD}</button></div></main>"
    ));
    if let Ok(Some(button)) = root.query_selector("button") {
        let reload = wasm_bindgen::closure::Closure::<dyn Fn()>::new(|| {
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        });
        let _ = button.add_event_listener_with_callback("click", reload.as_ref().unchecked_ref());
        // The panel lives until the page reloads, so the handler may too.
        reload.forget();
    }
}

/// This page's address with another fragment, query kept (`/app/?lang=de#/results`).
/// Spelled out in full: a bare `#…` would resolve against the page's `<base href>` and
/// lose the query.
pub(crate) fn this_page(w: &web_sys::Window, fragment: &str) -> String {
    let location = w.location();
    format!(
        "{}{}{fragment}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    )
}

/// Id of the welcome screen written into the page at build time
/// (`scripts/prerender.mjs`).
const PRERENDERED_ID: &str = "prerendered";

/// Removes the welcome screen written into the page at build time, just before the app
/// draws its own (Yew draws in a microtask of this same task, so no frame shows
/// neither or both). Returns the file a visitor already chose in its file picker, for
/// [`hand_over_file`] to give to the app's; one chosen later in a picker opened before
/// (the removed picker's dialog may still be open) is handed over when chosen.
pub fn drop_prerendered() -> Option<web_sys::FileList> {
    let document = web_sys::window()?.document()?;
    let prerendered = document.get_element_by_id(PRERENDERED_ID)?;
    let picker = format!("#{}", crate::ui::components::import_file::INPUT_ID);
    let input = prerendered
        .query_selector(&picker)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
    prerendered.remove();
    let input = input?;
    let chosen = |input: &web_sys::HtmlInputElement| input.files().filter(|f| f.length() > 0);
    let later = {
        let input = input.clone();
        wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
            if let Some(files) = chosen(&input) {
                hand_over_file(&files);
            }
        })
    };
    let _ = input.add_event_listener_with_callback("change", later.as_ref().unchecked_ref());
    // Lives as long as the page, like the removed picker it listens to.
    later.forget();
    chosen(&input)
}

/// Puts a file chosen before the app started into the app's own file picker and lets
/// the app open it, as if chosen there (after the app's first render).
pub fn hand_over_file(files: &web_sys::FileList) {
    let Some(input) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(crate::ui::components::import_file::INPUT_ID))
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return;
    };
    input.set_files(Some(files));
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    if let Ok(change) = web_sys::Event::new_with_event_init_dict("change", &init) {
        let _ = input.dispatch_event(&change);
    }
}

/// The address of this page with another fragment, path and query kept; the bare
/// fragment where there is no page, as when a screen is rendered to HTML at build time.
pub fn address_of(fragment: &str) -> String {
    match window() {
        Some(w) => this_page(&w, fragment),
        None => fragment.to_owned(),
    }
}

/// The browser window: `None` outside a browser, where asking for it would panic (a
/// screen rendered to HTML natively at build time).
fn window() -> Option<web_sys::Window> {
    if cfg!(target_arch = "wasm32") {
        web_sys::window()
    } else {
        None
    }
}

/// Rewrites a fragment the router cannot read (see
/// [`tidy_fragment`]), now and on every change of it.
/// Installed before the router, so its own listener always sees a readable address.
pub fn keep_fragment_readable() {
    fn tidy() {
        let Some(w) = web_sys::window() else { return };
        let Ok(hash) = w.location().hash() else {
            return;
        };
        if let Some(readable) = tidy_fragment(&hash) {
            if let Ok(history) = w.history() {
                let _ = history.replace_state_with_url(
                    &wasm_bindgen::JsValue::NULL,
                    "",
                    Some(&this_page(&w, &readable)),
                );
            }
        }
    }
    tidy();
    if let Some(w) = web_sys::window() {
        let listener = wasm_bindgen::closure::Closure::<dyn Fn()>::new(tidy);
        for event in ["popstate", "hashchange"] {
            let _ = w.add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
        }
        // Lives as long as the page.
        listener.forget();
    }
}

/// The text of a file fetched from beside the page (`None` when it does not arrive, is
/// not found or fails its integrity check).
async fn fetch_text(url: &str, init: &web_sys::RequestInit) -> Option<String> {
    use wasm_bindgen_futures::JsFuture;
    let response = JsFuture::from(web_sys::window()?.fetch_with_str_and_init(url, init))
        .await
        .ok()?
        .dyn_into::<web_sys::Response>()
        .ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// Records that the first screen is interactive (a `performance.mark`).
pub fn mark_interactive() {
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        let _ = perf.mark(INTERACTIVE_MARK);
    }
}

/// Moves keyboard and screen-reader focus to the element with this id, if present.
pub fn focus(id: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(e) = element {
        let _ = e.focus();
    }
}

/// Sets the document's title (the tab, the history list, what a screen reader
/// announces on arrival).
pub fn set_title(title: &str) {
    if let Some(d) = web_sys::window().and_then(|w| w.document()) {
        d.set_title(title);
    }
}

/// Loads the page again (its answers are saved as they are given).
pub fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// Opens the browser's print dialog (print, or save as PDF).
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Sets the printed pages' running footer (`styles/components.css` puts it in the page
/// margin beside the page number), or clears it with `None`. A custom property on the
/// root element, set through the CSSOM as a strict Content-Security-Policy allows.
pub fn set_print_footer(text: Option<&str>) {
    let Some(style) = root_style() else {
        return;
    };
    let _ = match text {
        Some(t) => style.set_property("--print-footer", &crate::ui::css::css_string(t)),
        None => style.remove_property("--print-footer").map(drop),
    };
}

/// The root element's inline style, where custom properties are set through the CSSOM
/// (which a strict Content-Security-Policy allows where a `style` attribute is refused).
pub(crate) fn root_style() -> Option<web_sys::CssStyleDeclaration> {
    let root = web_sys::window()?.document()?.document_element()?;
    Some(root.dyn_into::<web_sys::HtmlElement>().ok()?.style())
}

/// Sets the colour theme (`light` or `dark`) on the page, overriding the system's.
pub fn set_theme(theme: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-theme", theme);
    }
}

/// Applies the theme the user chose on an earlier visit, if any. Anything stored but
/// `light` or `dark` is ignored, and the system's choice holds.
pub fn apply_saved_theme() {
    if let Ok(Some(theme)) = storage::read(storage::THEME_KEY) {
        if theme == "light" || theme == "dark" {
            set_theme(&theme);
        }
    }
}

/// Whether the page shows the dark theme now: chosen on the page, or the system's.
pub fn dark_now() -> bool {
    let Some(w) = window() else {
        return false;
    };
    let chosen = w
        .document()
        .and_then(|d| d.document_element())
        .and_then(|root| root.get_attribute("data-theme"));
    match chosen.as_deref() {
        Some("dark") => true,
        Some("light") => false,
        _ => w
            .match_media("(prefers-color-scheme: dark)")
            .ok()
            .flatten()
            .is_some_and(|m| m.matches()),
    }
}

/// Runs `then` once the browser has painted the current frame, so that work started
/// from it does not hold up what the user just did (a what-if change's advice shows
/// first, the slower figures about it follow); without a window, at once.
pub fn after_paint(then: impl FnOnce() + 'static) {
    let Some(w) = window() else {
        then();
        return;
    };
    let run = Closure::once_into_js(then);
    let later = w.clone();
    let next = Closure::once_into_js(move || {
        let _ = later.set_timeout_with_callback(run.unchecked_ref());
    });
    let _ = w.request_animation_frame(next.unchecked_ref());
}

/// Runs `then` in a task of its own, after the events already waiting (a tap, a key);
/// without a window, at once.
pub fn soon(then: impl FnOnce() + 'static) {
    let Some(w) = window() else {
        then();
        return;
    };
    let run = Closure::once_into_js(then);
    let _ = w.set_timeout_with_callback(run.unchecked_ref());
}

/// Whether the page is as narrow as a phone's (40rem or less), where the report's
/// sections start closed.
pub fn narrow_screen() -> bool {
    window()
        .and_then(|w| w.match_media("(max-width: 40rem)").ok().flatten())
        .is_some_and(|m| m.matches())
}

/// The browser's preferred language tag (`de-DE`), or empty when it tells none.
pub fn browser_language() -> String {
    web_sys::window()
        .and_then(|w| w.navigator().language())
        .unwrap_or_default()
}

/// Today's date as the report's cover shows it: "23 November 2026".
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    crate::content::text::date(d.get_date(), d.get_month(), d.get_full_year())
}

/// Scrolls the window to the top (after a step change).
pub fn scroll_to_top() {
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// A fragment the router cannot read, rewritten so it can: it must start with exactly
/// one `/`. Leading runs of `/` and `\\` collapse to one (`#//x`, `#/\\x` → `#/x`: the
/// router would read them as an address on another host), and a fragment without one
/// gets it (`#x` → `#/x`: the router refuses relative paths). `None` when the fragment
/// is fine as it is.
pub fn tidy_fragment(hash: &str) -> Option<String> {
    let body = hash.strip_prefix('#').filter(|b| !b.is_empty())?;
    let rest = body.trim_start_matches(['/', '\\']);
    let fine = body.len() - rest.len() == 1 && body.starts_with('/');
    (!fine).then(|| format!("#/{rest}"))
}
