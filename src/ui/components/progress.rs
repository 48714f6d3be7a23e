//! The step indicator: names every step, marks the current one, links to reached ones.

use crate::content::text;
use crate::ui::route::Step;
use crate::ui::router::Link;
use crate::ui::use_app;
use yew::prelude::*;

/// Props of [`Progress`].
#[derive(Properties, PartialEq, Clone, Copy)]
pub struct ProgressProps {
    /// The step on screen.
    pub current: Step,
}

/// Ordered list of steps; reached steps are links, the current one has `aria-current`.
#[component]
pub fn Progress(props: &ProgressProps) -> Html {
    let state = use_app();
    let reached = state.reached.max(props.current);
    html! {
        <nav class="progress" aria-label={text::PROGRESS_LABEL}>
            <ol>
                { for Step::ALL.iter().map(|&step| {
                    let n = step as usize + 1;
                    let current = step == props.current;
                    let body = html! { <><span class="num" aria-hidden="true">{ n }</span><span class="label">{ step.label() }</span></> };
                    let class = classes!("step", current.then_some("current"), (step <= reached).then_some("reached"));
                    html! {
                        <li key={n} {class}>
                            if current {
                                <span aria-current="step">{ body }</span>
                            } else if step <= reached {
                                <Link to={step.route()}>{ body }</Link>
                            } else {
                                <span class="locked">{ body }</span>
                            }
                        </li>
                    }
                }) }
            </ol>
        </nav>
    }
}
