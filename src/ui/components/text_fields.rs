//! Typed fields: a single-line text input, and a number input that keeps what the user
//! typed, reports only valid values and flags invalid text beside itself.

use super::fields::{describedby, error_text, help_text};
use crate::content::text;
use crate::ui::format::{self, NumberStyle};
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

/// Parses what a person types as a number, in the user's number style (see
/// [`parse_number_in`]).
pub fn parse_number(text: &str) -> Option<f64> {
    parse_number_in(text, format::style())
}

/// Parses what a person types as a number written in `style`: spaces are allowed, and
/// thousands separators only where they separate thousands ("1,200,000" in English,
/// "1.200.000" in German). A separator anywhere else ("2,5" in English, "2.5" in German)
/// makes the text no number, so a decimal mark of the other style is never read as a
/// thousands separator, and nothing is ever read as a thousand times the amount.
pub fn parse_number_in(text: &str, style: NumberStyle) -> Option<f64> {
    let cleaned: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}')
        .collect();
    let (whole, fraction) = cleaned.split_once(style.decimal).unwrap_or((&cleaned, ""));
    if fraction.contains([',', '.']) || !thousands_ok(whole, style.group) {
        return None;
    }
    let whole: String = whole.chars().filter(|c| *c != style.group).collect();
    let plain = if fraction.is_empty() && !cleaned.ends_with(style.decimal) {
        whole
    } else {
        format!("{whole}.{fraction}")
    };
    plain.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// Whether the separators of a number's whole part separate thousands: one to three
/// digits, then groups of exactly three. A space style's separator is a space, which
/// is removed before this; the other style's mark is never a separator.
fn thousands_ok(whole: &str, group: char) -> bool {
    let digits = whole.trim_start_matches(['+', '-']);
    let other = if group == ',' { '.' } else { ',' };
    if digits.contains(other) || (group.is_whitespace() && digits.contains([',', '.'])) {
        return false;
    }
    let mut groups = digits.split(group);
    let first_ok = groups
        .next()
        .is_some_and(|g| !digits.contains(group) || (1..=3).contains(&g.len()));
    first_ok && groups.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()))
}

/// The number a person most likely meant when they typed the other style's decimal
/// mark ("2,5" where a point is expected, "2.5" where a comma is), written in the
/// user's style, for the message that asks them to use it. `None` where the text reads
/// as thousands ("1,200") or is no number at all.
pub fn decimal_comma(text: &str) -> Option<String> {
    let style = format::style();
    let other = if style.decimal == '.' { ',' } else { '.' };
    let t = text.trim();
    let (whole, fraction) = t.split_once(other)?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    (digits(whole) && digits(fraction) && fraction.len() != 3)
        .then(|| format!("{whole}{}{fraction}", style.decimal))
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
        use_effect_with(props.value, move |v| {
            if *sent.borrow() != *v {
                *sent.borrow_mut() = *v;
                *confirmed.borrow_mut() = *v;
            }
            if parse_number(&draft) != Some(*v) && !*invalid {
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
            match parse_number(&text).filter(|v| *v >= min && *v <= max) {
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
    let error = invalid.then(|| {
        decimal_comma(&draft).map_or_else(
            || props.error.clone(),
            |n| text::decimal_mark_hint(&n, format::style().decimal == ',').into(),
        )
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
        format!("{v}").replace('.', format::style().decimal.encode_utf8(&mut [0; 4]))
    }
}
