//! Welcome screen: what Shorewise does, how long it takes, the privacy promise, and the
//! way back to saved answers.

use crate::content::text;
use crate::ui::components::ImportFile;
use crate::ui::route::Route;
use crate::ui::router::Link;
use crate::ui::state::Action;
use crate::ui::use_app;
use yew::prelude::*;

/// The first screen.
#[component]
pub fn Welcome() -> Html {
    let state = use_app();
    let loaded = crate::web::config::current();
    use_effect_with((), |_| crate::web::focus("page-title"));
    crate::ui::hooks::use_page_title(String::new());
    let start_over = state
        .dispatcher()
        .to_callback()
        .reform(|_: MouseEvent| Action::StartOver);
    html! {
        <section class="welcome">
            <h1 id="page-title" tabindex="-1">{ crate::web::config::product_name() }</h1>
            <p class="tagline">{ text::TAGLINE }</p>
            if state.has_answers() {
                <section class="resume" aria-labelledby="resume-heading">
                    <h2 id="resume-heading">{ text::RESUME_HEADING }</h2>
                    <div class="actions">
                        <Link to={state.reached.route()} classes="button primary large">{ text::CONTINUE }</Link>
                        <button type="button" class="button secondary" onclick={start_over}>{ text::START_OVER }</button>
                    </div>
                </section>
            }
            <p>{ text::WELCOME_INTRO }</p>
            <ul class="promises">
                <li>{ text::WELCOME_TIME }</li>
                <li>{ text::WELCOME_PRIVACY }</li>
            </ul>
            if !state.has_answers() {
                <Link to={Route::Company} classes="button primary large">{ text::START }</Link>
            }
            <section class="examples" aria-labelledby="examples-heading">
                <h2 id="examples-heading">{ text::EXAMPLES_HEADING }</h2>
                <p>{ text::EXAMPLES_INTRO }</p>
                <ul>
                    { for loaded.config.examples().into_iter().map(|(id, name, summary)| html! {
                        <li key={id}>
                            <Link to={Route::Example { id: id.to_owned() }}>
                                <span class="name">{ name }</span>
                                <span class="summary">{ summary }</span>
                            </Link>
                        </li>
                    }) }
                </ul>
                <ImportFile />
            </section>
        </section>
    }
}
