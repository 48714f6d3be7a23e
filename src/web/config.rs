//! Reads the site's `config.json` once at start and keeps it for the page's life.

use crate::files::colour;
use crate::files::config::{self, Brand, Config, Problem};
use std::cell::RefCell;
use std::rc::Rc;

/// The settings in force, and the problems found reading them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Loaded {
    /// The settings (defaults where the file has none or a broken one).
    pub config: Config,
    /// Every setting that could not be used.
    pub problems: Vec<Problem>,
}

thread_local! {
    static LOADED: RefCell<Rc<Loaded>> = RefCell::new(Rc::new(Loaded::default()));
}

/// The settings in force (the defaults until [`load`] has run).
pub fn current() -> Rc<Loaded> {
    LOADED.with(|l| l.borrow().clone())
}

/// Puts settings in force (once, at start).
pub fn set(loaded: Loaded) {
    LOADED.with(|l| *l.borrow_mut() = Rc::new(loaded));
}

/// Fetches `config.json` beside the page and reads it. No file (or no way to fetch
/// one) means the defaults; a file that cannot be used names its problems.
pub async fn load() -> Loaded {
    match fetch().await {
        Some(text) => {
            let (config, problems) = config::read(&text);
            Loaded { config, problems }
        }
        None => Loaded::default(),
    }
}

async fn fetch() -> Option<String> {
    super::fetch_text("config.json", &web_sys::RequestInit::new()).await
}

/// The product's name as the site shows it: its brand name, else Shorewise.
pub fn product_name() -> String {
    current()
        .config
        .brand
        .name
        .clone()
        .unwrap_or_else(|| crate::content::text::PRODUCT.get().to_owned())
}

/// Puts the site's brand colours in force: custom properties on the root element, which
/// `styles/tokens.css` reads for each theme (set through the CSSOM, which a strict
/// Content-Security-Policy allows where a `style` attribute is refused).
pub fn apply_brand(brand: &Brand) {
    let Some(style) = super::root_style() else {
        return;
    };
    let themes = [
        (
            &brand.light,
            colour::LIGHT,
            ["--brand-light", "--brand-strong-light", "--accent-light"],
        ),
        (
            &brand.dark,
            colour::DARK,
            ["--brand-dark", "--brand-strong-dark", "--accent-dark"],
        ),
    ];
    for (palette, theme, [main, strong, accent]) in themes {
        if let Some(c) = palette.brand {
            let _ = style.set_property(main, &c.to_string());
            // The hover fill: a quarter of the way to black (light) or white (dark),
            // which only adds contrast.
            let _ = style.set_property(strong, &c.mix(theme.shade, 0.25).to_string());
        }
        if let Some(c) = palette.accent {
            let _ = style.set_property(accent, &c.to_string());
        }
    }
}
