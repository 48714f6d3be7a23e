//! Share links and the clipboard.

use wasm_bindgen_futures::JsFuture;

/// This page's address with another fragment: the link that opens `fragment` here,
/// whatever sub-path the app is served from.
pub fn link_with_fragment(fragment: &str) -> Option<String> {
    let href = web_sys::window()?.location().href().ok()?;
    let base = href.split('#').next().unwrap_or(&href);
    Some(format!("{base}#{fragment}"))
}

/// Puts text on the clipboard; `false` when the browser refuses (no permission, no
/// secure context, no clipboard).
pub async fn copy(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let clipboard = window.navigator().clipboard();
    // Older browsers have no clipboard object at all.
    if wasm_bindgen::JsValue::from(clipboard.clone()).is_undefined() {
        return false;
    }
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}
