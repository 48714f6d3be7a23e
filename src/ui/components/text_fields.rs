//! Typed fields: a single-line text input, and a number input that keeps what the user
//! typed, reports only valid values and flags invalid text beside itself.

use super::fields::{describedby, error_text, help_text};
use crate::content::text;
use crate::ui::numbers::{self, value_in, Problem};
use yew::prelude::*;

/// Props of [`TextField`].
#[derive(Properties, PartialEq, Clone)]
pub struct TextProps {
    /// Unique id.
    pub id: AttrValue,
    /// Label.
    pub label: AttrValue,
    /// Help text.
    #[prop_or_default]
    pub help: Option<AttrValue>,
    /// Current value.
    pub value: AttrValue,
    /// Placeholder.
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
    /// Error message.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// Largest number of characters.
    #[prop_or(120)]
    pub maxlength: usize,
    /// Called with the new text on every keystroke.
    pub oninput: Callback<String>,
    /// `type` attribute ("text" or "search").
    #[prop_or(AttrValue::Static("text"))]
    pub kind: AttrValue,
}

/// A labelled single-line text input.
#[component]
pub fn TextField(props: &TextProps) -> Html {
    let id = props.id.as_str();
    let oninput = props.oninput.reform(|e: InputEvent| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        input.value()
    });
    html! {
        <div class={classes!("field", props.error.as_ref().map(|_| "invalid"))}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            { help_text(id, &props.help) }
            <input id={props.id.clone()} type={props.kind.clone()} value={props.value.clone()}
                placeholder={props.placeholder.clone()} maxlength={props.maxlength.to_string()}
                aria-invalid={props.error.as_ref().map(|_| "true")}
                aria-describedby={describedby(id, props.help.is_some(), props.error.is_some())}
                {oninput} />
            { error_text(id, &props.error) }
        </div>
    }
}

/// Props of [`NumberField`].
#[derive(Properties, PartialEq, Clone)]
pub struct NumberProps {
    /// Unique id; also the field path reported when invalid.
    pub id: AttrValue,
    /// Label.
    pub label: AttrValue,
    /// Help text.
    #[prop_or_default]
    pub help: Option<AttrValue>,
    /// Current valid value.
    pub value: f64,
    /// Smallest accepted value.
    pub min: f64,
    /// Largest accepted value.
    pub max: f64,
    /// Message shown when the typed text is not a number in range.
    pub error: AttrValue,
    /// Called with each valid value typed.
    pub onchange: Callback<f64>,
    /// Called with `true` when the typed text becomes invalid, `false` when valid again.
    pub onvalidity: Callback<bool>,
}

/// A number input that keeps what the user typed, reports only valid values and shows
/// a message beside itself while the text is invalid.
#[component]
pub fn NumberField(props: &NumberProps) -> Html {
    let draft = use_state(|| trim_number(props.value));
    let invalid = use_state(|| false);
    // The value the user last confirmed by leaving the field, and the value last sent.
    // Valid text is sent as it is typed; text that turns invalid takes the answers back
    // to the confirmed value, so a passing prefix ("1e3" on the way to "1e308") never
    // stays in the answers.
    let confirmed = use_mut_ref(|| props.value);
    let sent = use_mut_ref(|| props.value);
    // The same flag, readable when the field unmounts (a state handle would be stale).
    let now_invalid = use_mut_ref(|| false);
    {
        // A field that disappears while invalid (its step left, its process removed)
        // takes its error with it: the state keeps the last valid value, so nothing
        // must stay blocked on text that no longer exists.
        let onvalidity = props.onvalidity.clone();
        let now_invalid = now_invalid.clone();
        use_effect_with((), move |_| {
            move || {
                if *now_invalid.borrow() {
                    onvalidity.emit(false);
                }
            }
        });
    }
    {
        // When the value changes from outside (e.g. a reset), show it and take it as
        // confirmed.
        let draft = draft.clone();
        let invalid = invalid.clone();
        let (confirmed, sent) = (confirmed.clone(), sent.clone());
        let (min, max) = (props.min, props.max);
        use_effect_with(props.value, move |v| {
            if *sent.borrow() != *v {
                *sent.borrow_mut() = *v;
                *confirmed.borrow_mut() = *v;
            }
            if value_in(&draft, min, max) != Ok(*v) && !*invalid {
                draft.set(trim_number(*v));
            }
        });
    }
    let onblur = {
        let (confirmed, sent, invalid) = (confirmed.clone(), sent.clone(), invalid.clone());
        Callback::from(move |_: FocusEvent| {
            if !*invalid {
                *confirmed.borrow_mut() = *sent.borrow();
            }
        })
    };
    let oninput = {
        let (draft, invalid, now_invalid) = (draft.clone(), invalid.clone(), now_invalid.clone());
        let (confirmed, sent) = (confirmed.clone(), sent.clone());
        let (min, max) = (props.min, props.max);
        let (onchange, onvalidity) = (props.onchange.clone(), props.onvalidity.clone());
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let text = input.value();
            match value_in(&text, min, max).ok() {
                Some(v) => {
                    if *invalid {
                        onvalidity.emit(false);
                    }
                    invalid.set(false);
                    *now_invalid.borrow_mut() = false;
                    *sent.borrow_mut() = v;
                    onchange.emit(v);
                }
                None => {
                    if !*invalid {
                        onvalidity.emit(true);
                    }
                    invalid.set(true);
                    *now_invalid.borrow_mut() = true;
                    let back = *confirmed.borrow();
                    if *sent.borrow() != back {
                        *sent.borrow_mut() = back;
                        onchange.emit(back);
                    }
                }
            }
            draft.set(text);
        })
    };
    let id = props.id.as_str();
    // The message names what is wrong: no number, a negative one, one above the
    // largest the field takes (its own message may state only a least one, "0 or
    // more"), or two readings to choose from; else what the field asks for.
    let error = invalid.then(|| match value_in(&draft, props.min, props.max) {
        Err(Problem::NotANumber) => text::not_a_number(&props.error).into(),
        Err(Problem::Negative) => text::negative(&crate::ui::format::number(props.min)).into(),
        Err(Problem::TooLarge) => text::too_large(&crate::ui::format::number(props.max)).into(),
        Err(Problem::Either { thousands, decimal }) => {
            text::thousands_or_decimal(&trim_number(thousands), &trim_number(decimal)).into()
        }
        _ => props.error.clone(),
    });
    html! {
        <div class={classes!("field", "number", error.as_ref().map(|_| "invalid"))}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            { help_text(id, &props.help) }
            <input id={props.id.clone()} type="text" inputmode="decimal" value={(*draft).clone()}
                aria-invalid={error.as_ref().map(|_| "true")}
                aria-describedby={describedby(id, props.help.is_some(), error.is_some())}
                {oninput} {onblur} />
            { error_text(id, &error) }
        </div>
    }
}

/// A value as the field shows it: whole numbers bare, others with the user's decimal
/// mark and no thousands separators, so that it reads back as the same value.
fn trim_number(v: f64) -> String {
    if (v - v.round()).abs() < 1e-9 {
        format!("{}", v.round() as i64)
    } else {
        crate::files::shortest(v).replace('.', numbers::style().decimal.encode_utf8(&mut [0; 4]))
    }
}
