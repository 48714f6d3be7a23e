//! Entry point: install the panic hook, then mount the app.

fn main() {
    shorewise::web::install_panic_hook();
    shorewise::web::keep_fragment_readable();
    shorewise::web::apply_saved_theme();
    // Numbers are shown and read in the browser's language's style (`1.234,5` in German).
    shorewise::ui::numbers::set_style(shorewise::ui::numbers::NumberStyle::of_language(
        &shorewise::web::browser_language(),
    ));
    yew::Renderer::<shorewise::ui::App>::new().render();
}
