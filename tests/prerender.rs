//! The welcome screen the build writes into `index.html` (`src/bin/prerender.rs`) is the
//! app's own first screen: rendered natively by the same components, without touching
//! a browser, with every part a first visit shows.
#![cfg(not(target_arch = "wasm32"))]

use shorewise::content::text;
use shorewise::files::config::Config;

fn render() -> String {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("runtime");
    tokio::task::LocalSet::new().block_on(&runtime, shorewise::ui::prerender())
}

#[test]
fn the_prerendered_welcome_is_the_first_visits_screen_in_its_frame() {
    let html = render();
    for part in [
        r##"<a href="#main" class="skip-link">"##,
        r##"<header class="site-header">"##,
        r##"<h1 id="page-title" tabindex="-1">Shorewise</h1>"##,
        r##"<a href="#/company" class="button primary large">Start the assessment</a>"##,
        r##"<input id="import-file" type="file""##,
        r##"<footer class="site-footer">"##,
    ] {
        assert!(html.contains(part), "{part} missing from {html}");
    }
    for wording in [text::TAGLINE, text::WELCOME_INTRO, text::WELCOME_PRIVACY] {
        assert!(html.contains(&escape(wording.get())), "{}", wording.get());
    }
    let config = Config::default();
    for (id, name, _) in config.examples() {
        assert!(
            html.contains(&format!(r##"href="#/example/{id}""##)),
            "{id}"
        );
        assert!(html.contains(&escape(name)), "{name}");
    }
    // A first visit: nothing to resume, no notice, and markup only (no hydration
    // comments for an app that draws its own).
    assert!(!html.contains(text::RESUME_HEADING.get()));
    assert!(!html.contains("notice-bar"));
    assert!(!html.contains("<!--"));
    assert_eq!(html.matches("<h1").count(), 1);
    assert_eq!(html.matches("<main").count(), 1);
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
