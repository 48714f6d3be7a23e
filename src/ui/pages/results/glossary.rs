//! Plain-language definitions of the advice's vocabulary.

use crate::content::{advice, text};
use crate::engine::Decision;
use yew::prelude::*;

use super::fold::Fold;

/// Plain-language definitions of the advice's vocabulary: a component without
/// properties, so that it is drawn once, not again on every what-if (a language switch
/// draws the whole app anew).
#[component]
pub(super) fn Glossary() -> Html {
    use crate::engine::outcome::LocationModel;
    use crate::engine::outcome::OutsourcingType;
    let entry = |term: &'static str, meaning: &'static str| {
        html! {
            <div key={term}><dt>{ term }</dt><dd>{ meaning }</dd></div>
        }
    };
    html! {
        <Fold id="glossary-heading" heading={text::GLOSSARY_HEADING.get()} conclusion={text::GLOSSARY_CONCLUSION.get()}>
            <dl class="glossary">
                { for Decision::ALL.iter().map(|d| entry(advice::decision(*d), advice::decision_help(*d))) }
                { for OutsourcingType::ALL.iter().map(|t| entry(advice::outsourcing_type(*t), advice::outsourcing_type_help(*t))) }
                { for LocationModel::ALL.iter().map(|l| entry(advice::location(*l), advice::location_help(*l))) }
            </dl>
        </Fold>
    }
}
