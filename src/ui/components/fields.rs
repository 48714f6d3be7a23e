//! Form fields with visible labels, optional help text and inline error messages.
//! Every field reports domain values (an index into its options, a number), never raw
//! DOM events.

use yew::prelude::*;

pub(super) fn describedby(id: &str, help: bool, error: bool) -> Option<AttrValue> {
    let mut ids = Vec::new();
    if help {
        ids.push(format!("{id}-help"));
    }
    if error {
        ids.push(format!("{id}-error"));
    }
    (!ids.is_empty()).then(|| ids.join(" ").into())
}

pub(super) fn help_text(id: &str, help: &Option<AttrValue>) -> Html {
    match help {
        Some(h) => html! { <p class="help" id={format!("{id}-help")}>{ h.clone() }</p> },
        None => Html::default(),
    }
}

pub(super) fn error_text(id: &str, error: &Option<AttrValue>) -> Html {
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
    pub labels: [crate::content::lang::Tr; 6],
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
