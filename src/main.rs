//! Entry point: install the panic hook, read the site's settings, then mount the app.

fn main() {
    use shorewise::web;
    web::install_panic_hook();
    // Before the router reads the address: `#embed` is a flag, not a screen.
    let embed_flag = web::embed::take_flag();
    web::keep_fragment_readable();
    web::apply_saved_theme();
    wasm_bindgen_futures::spawn_local(async move {
        let loaded = web::config::load().await;
        shorewise::content::lang::set_site_languages(loaded.config.languages.clone());
        shorewise::content::catalog::set_overrides(&loaded.config.messages);
        let language = web::language::start(loaded.config.defaults.language);
        // The wording of a language other than English arrives as a file of its own; a
        // page whose language cannot be had starts in English.
        if !web::language::load(language).await {
            web::language::apply(shorewise::content::lang::Lang::En);
        }
        web::embed::start(embed_flag, &loaded.config.embed);
        web::config::apply_brand(&loaded.config.brand);
        web::config::set(loaded);
        let chosen = web::drop_prerendered();
        yew::Renderer::<shorewise::ui::App>::new().render();
        if let Some(files) = chosen {
            // Queued after the first render, which Yew has just queued.
            wasm_bindgen_futures::spawn_local(async move { web::hand_over_file(&files) });
        }
    });
}
