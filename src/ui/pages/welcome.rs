//! Welcome screen: what Shorewise does, how long it takes, the privacy promise.

use crate::content::text;
use crate::ui::route::Route;
use yew::prelude::*;
use yew_router::prelude::*;

/// The first screen.
#[component]
pub fn Welcome() -> Html {
    use_effect_with((), |_| crate::web::focus("page-title"));
    html! {
        <section class="welcome">
            <h1 id="page-title" tabindex="-1">{ text::PRODUCT }</h1>
            <p class="tagline">{ text::TAGLINE }</p>
            <p>{ text::WELCOME_INTRO }</p>
            <ul class="promises">
                <li>{ text::WELCOME_TIME }</li>
                <li>{ text::WELCOME_PRIVACY }</li>
            </ul>
            <Link<Route> to={Route::Company} classes="button primary large">{ text::START }</Link<Route>>
        </section>
    }
}
