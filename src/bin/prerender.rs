//! Build step: prints the welcome screen as HTML, rendered natively by the same
//! components the app draws it with, for `scripts/prerender.mjs` to put into
//! `index.html`. The page then shows its first screen before the wasm has loaded, and
//! the app takes over with the same markup.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime on this thread");
    let html = tokio::task::LocalSet::new().block_on(&runtime, shorewise::ui::prerender());
    print!("{html}");
}

#[cfg(target_arch = "wasm32")]
fn main() {}
