//! Questions answered from a closed list (an enum's `ALL`): they take the current value
//! and emit the value chosen, so no view converts between values and positions. Plain
//! generic functions over the index-based fields rather than generic components, so
//! that each answer type costs a few small conversions, not a component of its own.

use super::{CheckGroup, ChoiceField, SelectField};
use crate::content::advice;
use crate::engine::model::{
    Coverage, Demand, Industry, Language, Level, Regulation, Residency, Sensitivity, SizeBand,
    StrategicRole, WorkKind,
};
use yew::prelude::*;

/// An answer type offered as a list of choices.
pub trait Choice: Copy + PartialEq + 'static {
    /// Every value, in display order.
    const OPTIONS: &'static [Self];
    /// The label shown for a value.
    fn label(self) -> &'static str;
}

macro_rules! choices {
    ($($t:ty => $label:path),+ $(,)?) => {
        $(impl Choice for $t {
            const OPTIONS: &'static [Self] = <$t>::ALL;
            fn label(self) -> &'static str {
                $label(self)
            }
        })+
    };
}

choices!(
    Coverage => advice::coverage,
    Demand => advice::demand,
    Industry => advice::industry,
    Language => advice::language,
    Level => advice::level,
    Regulation => advice::regulation,
    Residency => advice::residency,
    Sensitivity => advice::sensitivity,
    SizeBand => advice::size,
    StrategicRole => advice::role,
    WorkKind => advice::work_kind,
);

fn labels<T: Choice>() -> Vec<AttrValue> {
    T::OPTIONS
        .iter()
        .map(|v| AttrValue::Static(v.label()))
        .collect()
}

fn position<T: Choice>(value: T) -> usize {
    T::OPTIONS.iter().position(|v| *v == value).unwrap_or(0)
}

/// Turns an option's position back into its value; a position outside the list
/// (which the fields never send) emits nothing.
fn by_position<T: Choice>(emit: &Callback<T>) -> Callback<usize> {
    let emit = emit.clone();
    Callback::from(move |i: usize| {
        if let Some(v) = T::OPTIONS.get(i) {
            emit.emit(*v);
        }
    })
}

/// A question and its help text.
#[derive(Clone, PartialEq)]
pub struct Question {
    /// Unique id of the field.
    pub id: AttrValue,
    /// The question.
    pub text: &'static str,
    /// Help under the question.
    pub help: Option<AttrValue>,
}

impl Question {
    /// A question without help text.
    pub fn new(id: impl Into<AttrValue>, text: &'static str) -> Self {
        Self {
            id: id.into(),
            text,
            help: None,
        }
    }

    /// The same question with help text.
    #[must_use]
    pub fn help(mut self, help: &'static str) -> Self {
        self.help = Some(AttrValue::Static(help));
        self
    }

    /// The same question with a note of the moment under it in place of help text
    /// (e.g. that a what-if answer differs from the user's own).
    #[must_use]
    pub fn note(mut self, note: String) -> Self {
        self.help = Some(AttrValue::from(note));
        self
    }
}

/// One value of `T` as a row of radio buttons.
pub fn radios<T: Choice>(q: Question, value: T, onchange: &Callback<T>) -> Html {
    html! {
        <ChoiceField id={q.id} legend={q.text} help={q.help}
            options={labels::<T>()} selected={position(value)} onchange={by_position(onchange)} />
    }
}

/// One value of `T` from a drop-down list.
pub fn select<T: Choice>(q: Question, value: T, onchange: &Callback<T>) -> Html {
    html! {
        <SelectField id={q.id} label={q.text} help={q.help}
            options={labels::<T>()} selected={position(value)} onchange={by_position(onchange)} />
    }
}

/// Any number of values of `T` as tick boxes; emits the value ticked or unticked.
pub fn checks<T: Choice>(
    q: Question,
    chosen: &[T],
    error: Option<AttrValue>,
    ontoggle: &Callback<T>,
) -> Html {
    let order = T::OPTIONS;
    let options: Vec<(AttrValue, bool)> = order
        .iter()
        .map(|v| (AttrValue::Static(v.label()), chosen.contains(v)))
        .collect();
    let ontoggle = ontoggle.clone();
    let ontoggle = Callback::from(move |i: usize| {
        if let Some(v) = order.get(i) {
            ontoggle.emit(*v);
        }
    });
    html! {
        <CheckGroup id={q.id} legend={q.text} help={q.help}
            {options} {error} {ontoggle} />
    }
}
