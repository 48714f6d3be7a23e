//! Entry point: install the panic hook, then mount the app.

fn main() {
    shorewise::web::install_panic_hook();
    shorewise::web::keep_fragment_readable();
    yew::Renderer::<shorewise::ui::App>::new().render();
}
