//! Shown for any address that is not a screen of the app.

use crate::content::text;
use crate::ui::route::Route;
use crate::ui::router::Link;
use yew::prelude::*;

/// Not-found page with a way back.
#[component]
pub fn NotFound() -> Html {
    use_effect_with((), |_| crate::web::focus("page-title"));
    crate::ui::hooks::use_page_title(text::NOT_FOUND_TITLE.get().to_owned());
    html! {
        <section class="not-found">
            <h1 id="page-title" tabindex="-1">{ text::NOT_FOUND_TITLE }</h1>
            <p>{ text::NOT_FOUND_BODY }</p>
            <Link to={Route::Welcome} classes="button primary">{ text::BACK_HOME }</Link>
        </section>
    }
}
