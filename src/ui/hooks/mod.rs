//! Small hooks for short-lived view state that does not belong in the app state.

mod use_toggle;

pub use use_toggle::{use_toggle, UseToggleHandle};

use yew::prelude::*;

/// Names the page in the document title: "Goals – Shorewise" (or the site's brand
/// name); the product's own title when `page` is empty.
#[hook]
pub fn use_page_title(page: String) {
    use_effect_with(page, |page| {
        let product = crate::web::config::product_name();
        crate::web::set_title(&crate::content::text::document_title(page, &product));
    });
}
