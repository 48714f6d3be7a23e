//! Form fields with visible labels, optional help text and inline error messages.
//! Every field reports domain values (an index into its options, a number), never raw
//! DOM events.

use yew::prelude::*;

fn describedby(id: &str, help: bool, error: bool) -> Option<AttrValue> {
    let mut ids = Vec::new();
    if help {
        ids.push(format!("{id}-help"));
    }
    if error {
        ids.push(format!("{id}-error"));
    }
    (!ids.is_empty()).then(|| ids.join(" ").into())
}

fn help_text(id: &str, help: &Option<AttrValue>) -> Html {
    match help {
        Some(h) => html! { <p class="help" id={format!("{id}-help")}>{ h.clone() }</p> },
        None => Html::default(),
    }
}

fn error_text(id: &str, error: &Option<AttrValue>) -> Html {
    match error {
        Some(e) => {
            html! { <p class="error" id={format!("{id}-error")} role="alert">{ e.clone() }</p> }
        }
        None => Html::default(),
    }
}

/// Props of [`ChoiceField`] and [`ScaleField`].
#[derive(Properties, PartialEq, Clone)]
pub struct ChoiceProps {
    /// Unique id (used for the radio group name and help ids).
    pub id: AttrValue,
    /// Question.
    pub legend: AttrValue,
    /// Help text under the question.
    #[prop_or_default]
    pub help: Option<AttrValue>,
    /// Option labels.
    pub options: Vec<AttrValue>,
    /// Index of the selected option.
    pub selected: usize,
    /// Called with the chosen index.
    pub onchange: Callback<usize>,
    /// Extra class (e.g. "scale" for 0–5 rows).
    #[prop_or_default]
    pub class: Classes,
}

/// A radio group in a fieldset: one choice among a few.
#[component]
pub fn ChoiceField(props: &ChoiceProps) -> Html {
    let id = props.id.as_str();
    html! {
        <fieldset class={classes!("field", "choice", props.class.clone())}
            aria-describedby={describedby(id, props.help.is_some(), false)}>
            <legend>{ props.legend.clone() }</legend>
            { help_text(id, &props.help) }
            <div class="options">
                { for props.options.iter().enumerate().map(|(i, label)| {
                    let onchange = props.onchange.reform(move |_: Event| i);
                    html! {
                        <label class="option" key={i}>
                            <input type="radio" name={props.id.clone()} value={i.to_string()}
                                checked={i == props.selected} {onchange} />
                            <span>{ label.clone() }</span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}

/// Props of [`ScaleField`].
#[derive(Properties, PartialEq, Clone)]
pub struct ScaleProps {
    /// Unique id.
    pub id: AttrValue,
    /// Question.
    pub legend: AttrValue,
    /// Help text.
    #[prop_or_default]
    pub help: Option<AttrValue>,
    /// Labels of 0..=5.
    pub labels: [&'static str; 6],
    /// Current value 0–5.
    pub value: u8,
    /// Called with the new value.
    pub onchange: Callback<u8>,
}

/// A 0–5 rating as a row of radio buttons.
#[component]
pub fn ScaleField(props: &ScaleProps) -> Html {
    let options: Vec<AttrValue> = props.labels.iter().map(|l| AttrValue::from(*l)).collect();
    let onchange = props
        .onchange
        .reform(|i: usize| u8::try_from(i).unwrap_or(0));
    html! {
        <ChoiceField id={props.id.clone()} legend={props.legend.clone()} help={props.help.clone()}
            {options} selected={usize::from(props.value)} {onchange} class="scale" />
    }
}

/// Props of [`SelectField`].
#[derive(Properties, PartialEq, Clone)]
pub struct SelectProps {
    /// Unique id.
    pub id: AttrValue,
    /// Label.
    pub label: AttrValue,
    /// Help text.
    #[prop_or_default]
    pub help: Option<AttrValue>,
    /// Option labels.
    pub options: Vec<AttrValue>,
    /// Selected index.
    pub selected: usize,
    /// Called with the chosen index.
    pub onchange: Callback<usize>,
}

/// A labelled drop-down list, for long option lists.
#[component]
pub fn SelectField(props: &SelectProps) -> Html {
    let id = props.id.as_str();
    let onchange = {
        let cb = props.onchange.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Ok(i) = select.value().parse::<usize>() {
                cb.emit(i);
            }
        })
    };
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            { help_text(id, &props.help) }
            <select id={props.id.clone()} {onchange}
                aria-describedby={describedby(id, props.help.is_some(), false)}>
                { for props.options.iter().enumerate().map(|(i, label)| html! {
                    <option key={i} value={i.to_string()} selected={i == props.selected}>{ label.clone() }</option>
                }) }
            </select>
        </div>
    }
}

/// Props of [`CheckGroup`].
#[derive(Properties, PartialEq, Clone)]
pub struct CheckProps {
    /// Unique id.
    pub id: AttrValue,
    /// Question.
    pub legend: AttrValue,
    /// Help text.
    #[prop_or_default]
    pub help: Option<AttrValue>,
    /// Option labels with their checked state.
    pub options: Vec<(AttrValue, bool)>,
    /// Called with the index toggled.
    pub ontoggle: Callback<usize>,
    /// Error under the group.
    #[prop_or_default]
    pub error: Option<AttrValue>,
}

/// Several independent tick boxes in a fieldset.
#[component]
pub fn CheckGroup(props: &CheckProps) -> Html {
    let id = props.id.as_str();
    html! {
        <fieldset class={classes!("field", "checks", props.error.as_ref().map(|_| "invalid"))}
            aria-describedby={describedby(id, props.help.is_some(), props.error.is_some())}>
            <legend>{ props.legend.clone() }</legend>
            { help_text(id, &props.help) }
            <div class="options">
                { for props.options.iter().enumerate().map(|(i, (label, checked))| {
                    let onchange = props.ontoggle.reform(move |_: Event| i);
                    html! {
                        <label class="option" key={i}>
                            <input type="checkbox" checked={*checked} {onchange} />
                            <span>{ label.clone() }</span>
                        </label>
                    }
                }) }
            </div>
            { error_text(id, &props.error) }
        </fieldset>
    }
}

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

/// Parses what a person types as a number: spaces and thousands commas are allowed.
pub fn parse_number(text: &str) -> Option<f64> {
    let cleaned: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != ',')
        .collect();
    cleaned.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// A number input that keeps what the user typed, reports only valid values and shows
/// a message beside itself while the text is invalid.
#[component]
pub fn NumberField(props: &NumberProps) -> Html {
    let draft = use_state(|| trim_number(props.value));
    let invalid = use_state(|| false);
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
        // When the value changes from outside (e.g. a reset), show it.
        let draft = draft.clone();
        let invalid = invalid.clone();
        use_effect_with(props.value, move |v| {
            if parse_number(&draft) != Some(*v) && !*invalid {
                draft.set(trim_number(*v));
            }
        });
    }
    let oninput = {
        let (draft, invalid, now_invalid) = (draft.clone(), invalid.clone(), now_invalid.clone());
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
                    onchange.emit(v);
                }
                None => {
                    if !*invalid {
                        onvalidity.emit(true);
                    }
                    invalid.set(true);
                    *now_invalid.borrow_mut() = true;
                }
            }
            draft.set(text);
        })
    };
    let id = props.id.as_str();
    let error = invalid.then(|| props.error.clone());
    html! {
        <div class={classes!("field", "number", error.as_ref().map(|_| "invalid"))}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            { help_text(id, &props.help) }
            <input id={props.id.clone()} type="text" inputmode="decimal" value={(*draft).clone()}
                aria-invalid={error.as_ref().map(|_| "true")}
                aria-describedby={describedby(id, props.help.is_some(), error.is_some())}
                {oninput} />
            { error_text(id, &error) }
        </div>
    }
}

fn trim_number(v: f64) -> String {
    if (v - v.round()).abs() < 1e-9 {
        format!("{}", v.round() as i64)
    } else {
        format!("{v}")
    }
}
