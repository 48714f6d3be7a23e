//! Small hooks for short-lived view state that does not belong in the app state.

mod use_toggle;

pub use use_toggle::{use_toggle, use_toggle_with, UseToggleHandle};

use yew::prelude::*;

/// A page laid out for paper: opened at its top with focus on its heading, named in the
/// document title, and named with the page number in every printed page's footer while
/// it is open.
#[hook]
pub fn use_printable_page(title: String) {
    use_effect_with(title.clone(), |footer| {
        crate::web::scroll_to_top();
        crate::web::focus("page-title");
        crate::web::set_print_footer(Some(footer));
        || crate::web::set_print_footer(None)
    });
    use_page_title(title);
}

/// Names the page in the document title: "Goals – Shorewise" (or the site's brand
/// name); the product's own title when `page` is empty.
#[hook]
pub fn use_page_title(page: String) {
    use_effect_with(page, |page| {
        let product = crate::web::config::product_name();
        crate::web::set_title(&crate::content::text::document_title(page, &product));
    });
}
