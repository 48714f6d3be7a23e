//! Browser edges: the panic hook, performance marks and focus moves. Everything that
//! touches `web_sys` directly lives here, so components stay declarative.

use wasm_bindgen::JsCast;

/// Name of the performance mark set once the first screen can be used; the benchmark
/// reads it.
pub const INTERACTIVE_MARK: &str = "shorewise:interactive";

/// Installs a panic hook that logs the panic and replaces the page with a friendly
/// panel offering a reload, instead of leaving a blank or frozen page.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        gloo::console::error!(format!("Shorewise crashed: {info}"));
        show_crash_panel();
    }));
}

/// Replaces the body with the crash panel, using only DOM calls that cannot panic.
pub fn show_crash_panel() {
    use crate::content::text::{CRASH_BODY, CRASH_TITLE, RELOAD};
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else {
        return;
    };
    let html = format!(
        "<main class=\"crash\" role=\"alert\"><h1>{CRASH_TITLE}</h1><p>{CRASH_BODY}</p>\
         <button type=\"button\" class=\"button primary\" id=\"crash-reload\">{RELOAD}</button></main>"
    );
    body.set_inner_html(&html);
    if let Some(button) = document.get_element_by_id("crash-reload") {
        let reload = wasm_bindgen::closure::Closure::<dyn Fn()>::new(|| {
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        });
        let _ = button.add_event_listener_with_callback("click", reload.as_ref().unchecked_ref());
        reload.forget();
    }
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

/// Scrolls the window to the top (after a step change).
pub fn scroll_to_top() {
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}
