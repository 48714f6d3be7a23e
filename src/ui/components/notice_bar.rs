//! The notice about the answers themselves (restored, not kept, set aside, cleared),
//! above every screen until the user closes it.

use crate::content::text;
use crate::ui::persist::saved_elsewhere;
use crate::ui::route::Route;
use crate::ui::router::use_route;
use crate::ui::state::{Action, Notice};
use crate::ui::use_app;
use yew::prelude::*;

/// Shows the current notice, if any, with its actions.
#[component]
pub fn NoticeBar() -> Html {
    let state = use_app();
    // The welcome screen has its own way to start over, beside "Continue".
    let on_welcome = use_route() == Some(Route::Welcome);
    let Some(notice) = state.notice else {
        return Html::default();
    };
    let d = state.dispatcher().to_callback();
    let dismiss = d.reform(|_: MouseEvent| Action::DismissNotice);
    let use_theirs = d.reform(|_: MouseEvent| match saved_elsewhere() {
        Some(record) => Action::TakeElsewhere { record },
        // Unreadable now: keep these answers rather than lose them.
        None => Action::KeepMine,
    });
    let message = match notice {
        Notice::Resumed => text::NOTICE_RESUMED,
        Notice::NotKept => text::NOTICE_NOT_KEPT,
        Notice::KeptAside => text::NOTICE_KEPT_ASIDE,
        Notice::StartedOver => text::NOTICE_STARTED_OVER,
        Notice::Opened if state.undo.is_some() => text::NOTICE_OPENED,
        Notice::Opened => text::NOTICE_OPENED_FRESH,
        Notice::PrefillIgnored => text::NOTICE_PREFILL_IGNORED,
        Notice::ChangedElsewhere => text::NOTICE_CHANGED_ELSEWHERE,
        Notice::ScenarioOpened => text::NOTICE_SCENARIO_OPENED,
    };
    html! {
        <div class="notice-bar" role="status">
            <div>
                <p>{ message }</p>
                if notice == Notice::PrefillIgnored {
                    <ul>
                        { for state.ignored.iter().enumerate().map(|(i, line)| html! { <li key={i}>{ line.clone() }</li> }) }
                    </ul>
                }
            </div>
            <div class="actions">
                if matches!(notice, Notice::StartedOver | Notice::Opened | Notice::ScenarioOpened) && state.undo.is_some() {
                    <button type="button" class="button secondary"
                        onclick={d.reform(|_: MouseEvent| Action::UndoStartOver)}>{ text::UNDO }</button>
                }
                if notice == Notice::Resumed && !on_welcome {
                    <button type="button" class="button link"
                        onclick={d.reform(|_: MouseEvent| Action::StartOver)}>{ text::START_OVER }</button>
                }
                if notice == Notice::ChangedElsewhere {
                    <button type="button" class="button secondary" onclick={use_theirs}>{ text::USE_OTHER_TAB }</button>
                    <button type="button" class="button secondary"
                        onclick={d.reform(|_: MouseEvent| Action::KeepMine)}>{ text::KEEP_THIS_TAB }</button>
                } else {
                    <button type="button" class="button link" onclick={dismiss}>{ text::DISMISS }</button>
                }
            </div>
        </div>
    }
}
