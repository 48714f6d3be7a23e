//! The reasons of a piece of advice in a consultant's words: each answer that moved the
//! choice, said as the fact it is ("its data includes health or payment details"), and
//! which option it favours; how close the call was; how far behind each alternative is.
//! The engine's points decide the order and the wording's strength; they are never
//! shown.

use super::advice::{decision, decision_noun, goal, language, location, location_noun, regulation};
use super::lang::{current as lang, fill, local_number, quoted, tr_n, upper_first, Lang, Tr};
use crate::vocab::model::{
    readable, Assessment, Coverage, Demand, Level, ProcessAnswer, Regulation, Sensitivity,
    StrategicRole,
};
use crate::vocab::outcome::{Confidence, Decision, Driver, LocationModel};

/// Wording in the current language.
fn tr(en: &'static str) -> &'static str {
    Tr::new(en).get()
}

/// The option a reason speaks for, named as a reason favours it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Choice {
    /// A decision.
    Decision(Decision),
    /// A location model.
    Location(LocationModel),
}

impl Choice {
    /// The option as the thing a reason favours ("keeping it in-house", "nearshore").
    pub fn noun(self) -> &'static str {
        match self {
            Choice::Decision(d) => decision_noun(d),
            Choice::Location(m) => location_noun(m),
        }
    }

    /// The option's name ("Keep in-house", "Nearshore").
    pub fn name(self) -> &'static str {
        match self {
            Choice::Decision(d) => decision(d),
            Choice::Location(m) => location(m),
        }
    }

    /// The option after a preposition ("ahead of co-sourcing"): its noun in English,
    /// its quoted name in the languages where a noun would need a case or an article
    /// ("vor „Co-Sourcing“", "devant « Cosourcing »").
    pub fn after_preposition(self) -> String {
        match lang() {
            Lang::En => self.noun().to_owned(),
            _ => quoted(self.name()),
        }
    }
}

/// Reasons said for the advice, at most: the strongest ones.
pub const MAX_WHY: usize = 3;
/// Reasons said against the advice, at most.
pub const MAX_AGAINST: usize = 2;
/// A reason against the advice is said only when it weighs at least this share of the
/// strongest reason: smaller ones would distract from what decided it.
const AGAINST_SHARE: f64 = 0.25;

/// One choice (the decision or the location) explained in words.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Explanation {
    /// How clearly the advice won: "A close call against co-sourcing."
    pub closeness: String,
    /// The strongest reasons for it, strongest first.
    pub why: Vec<String>,
    /// The strongest reasons against it, strongest first.
    pub against: Vec<String>,
}

/// Explains a choice from its reasons (`(driver, points)`, points positive for the
/// advice, largest first) for process `p` of assessment `a`: `chosen` won against
/// `rival` (`None` when every other option is ruled out) with confidence `c`.
pub fn explanation(
    reasons: impl IntoIterator<Item = (Driver, f64)>,
    p: &ProcessAnswer,
    a: &Assessment,
    (chosen, rival): (Choice, Option<Choice>),
    c: Confidence,
) -> Explanation {
    let reasons: Vec<(Driver, f64)> = reasons
        .into_iter()
        .filter(|(d, points)| *d != Driver::Baseline && *points != 0.0)
        .collect();
    let strongest = reasons.iter().map(|r| r.1.abs()).fold(0.0, f64::max);
    let said = |favours: bool, max: usize, floor: f64| {
        reasons
            .iter()
            .filter(|(_, points)| (*points > 0.0) == favours && points.abs() >= floor)
            .take(max)
            .map(|(d, _)| sentence(*d, p, a, favours, chosen, rival))
            .collect()
    };
    Explanation {
        closeness: closeness(c, rival),
        why: said(true, MAX_WHY, 0.0),
        against: said(false, MAX_AGAINST, AGAINST_SHARE * strongest),
    }
}

/// One reason as a sentence: the fact behind `driver` for process `p` of assessment
/// `a`, and the option it favours: `toward` when it speaks for the advice, `against`
/// (the runner-up) when it speaks against it.
///
/// "Its data includes health or payment details, which favours keeping it in-house."
pub fn sentence(
    driver: Driver,
    p: &ProcessAnswer,
    a: &Assessment,
    favours_advice: bool,
    toward: Choice,
    against: Option<Choice>,
) -> String {
    if driver == Driver::Payoff {
        return money_sentence(if favours_advice {
            Some(toward)
        } else {
            against
        });
    }
    let fact = fact(driver, p, a);
    let (template, option) = match (favours_advice, against) {
        (true, _) => (tr("{fact}, which favours {option}."), toward.noun()),
        (false, Some(r)) => (tr("{fact}, which favours {option} instead."), r.noun()),
        (false, None) => (tr("{fact}, which counts against it."), ""),
    };
    fill(template, &[("fact", &fact), ("option", option)])
}

/// The money reason: which option fares better over the contract term when costs turn
/// out as in the pessimistic case (`None`: the advice itself would not pay).
fn money_sentence(better: Option<Choice>) -> String {
    match better {
        Some(c) => fill(
            tr("In the pessimistic cost case, {option} works out better over the contract term."),
            &[("option", &c.after_preposition())],
        ),
        None => tr(
            "In the pessimistic cost case, it would not pay for itself within the contract term.",
        )
        .to_owned(),
    }
}

/// A scale answer (1–5) in three words: low (1–2), middle (3), high (4–5).
fn band(v: u8) -> Level {
    match v {
        0..=2 => Level::Low,
        3 => Level::Medium,
        _ => Level::High,
    }
}

/// A list in words: "GDPR, HIPAA and PCI DSS".
pub fn listed(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} {} {last}", rest.join(", "), tr("and")),
    }
}

/// The fact behind a driver, as the opening clause of a sentence.
pub fn fact(driver: Driver, p: &ProcessAnswer, a: &Assessment) -> String {
    let level = |l: Level, low: &'static str, mid: &'static str, high: &'static str| match l {
        Level::Low => low,
        Level::Medium => mid,
        Level::High => high,
    };
    let text: String = match driver {
        Driver::Baseline => tr("Before any answer").into(),
        Driver::Role => match p.role {
            StrategicRole::Differentiating => tr("It is core work that sets you apart"),
            StrategicRole::Critical => {
                tr("It is critical to your operations but does not set you apart")
            }
            StrategicRole::Supporting => tr("It is supporting, routine work"),
        }
        .into(),
        Driver::Judgement => level(
            band(p.judgement),
            tr("It needs little judgement"),
            tr("It needs some judgement"),
            tr("It needs much judgement and expertise"),
        )
        .into(),
        Driver::RuleBased => level(
            band(p.rule_based),
            tr("Little of it follows fixed rules"),
            tr("Part of it follows fixed rules"),
            tr("Most of it follows fixed rules"),
        )
        .into(),
        Driver::Documentation => level(
            band(p.documentation),
            tr("It is poorly documented"),
            tr("It is partly documented"),
            tr("It is well documented"),
        )
        .into(),
        Driver::Volume => {
            if p.fte == 1.0 {
                tr("It takes one full-time person").to_owned()
            } else {
                fill(
                    tr("It takes {fte} full-time staff"),
                    &[("fte", &local_number(&readable(p.fte)))],
                )
            }
        }
        Driver::Demand => match p.demand {
            Demand::Steady => tr("Its demand is steady"),
            Demand::Seasonal => tr("Its demand has seasonal peaks"),
            Demand::Project => tr("It is a one-off project"),
        }
        .into(),
        Driver::Sensitivity => match p.sensitivity {
            Sensitivity::Public => tr("Its data is public"),
            Sensitivity::Internal => tr("Its data is internal only"),
            Sensitivity::Confidential => tr("It handles personal data"),
            Sensitivity::Restricted => {
                tr("Its data includes health, payment or other special-category details")
            }
        }
        .into(),
        Driver::Regulations => {
            let rules = &a.risk.regulations;
            // Inside a sentence a sector's rules are a common noun, and plural.
            let names: Vec<&str> = rules
                .iter()
                .map(|r| match r {
                    Regulation::Sector => tr("sector rules (banking, insurance, public sector)"),
                    r => regulation(*r),
                })
                .collect();
            let one = rules.len() == 1 && rules[0] != Regulation::Sector;
            let template = match (names.len(), one) {
                (0, _) => tr("No sector regulation applies to it"),
                (_, true) => tr("{names} applies to it"),
                (_, false) => tr("{names} apply to it"),
            };
            fill(template, &[("names", &listed(&names))])
        }
        Driver::CustomerFacing => if p.customer_facing {
            tr("It talks to your customers")
        } else {
            tr("It does not talk to customers")
        }
        .into(),
        Driver::Overlap => fill(
            tr_n(
                "It needs {n} hour a day of overlap with your working hours",
                "It needs {n} hours a day of overlap with your working hours",
                u64::from(p.overlap_hours),
            ),
            &[("n", &p.overlap_hours.to_string())],
        ),
        Driver::Languages => {
            let spoken = if p.languages.is_empty() {
                &a.company.customer_languages
            } else {
                &p.languages
            };
            let names: Vec<&str> = spoken.iter().map(|l| language(*l)).collect();
            fill(
                tr("Its customers are served in {names}"),
                &[("names", &listed(&names))],
            )
        }
        Driver::Goal(g) => {
            let weight = a.goals.get(g);
            let name = goal(g);
            // English inlines the goal ("cost reduction matters to you"); the other
            // languages quote its name.
            let template = match band(weight) {
                _ if weight == 0 => tr("You do not pursue {goal}"),
                Level::Low => tr("{Goal} matters little to you"),
                Level::Medium => tr("{Goal} matters to you"),
                Level::High => tr("{Goal} is one of your top goals"),
            };
            let (inline, start) = match lang() {
                Lang::En => (lower(name), name.to_owned()),
                _ => (quoted(name), quoted(name)),
            };
            fill(template, &[("Goal", &start), ("goal", &inline)])
        }
        Driver::RiskTolerance => level(
            a.risk.tolerance,
            tr("Your tolerance for risk is low"),
            tr("Your tolerance for risk is moderate"),
            tr("Your tolerance for risk is high"),
        )
        .into(),
        Driver::VendorManagement => level(
            a.risk.vendor_management,
            tr("You have little capacity to manage providers"),
            tr("You have some capacity to manage providers"),
            tr("You have a strong team to manage providers"),
        )
        .into(),
        Driver::TransitionAppetite => level(
            a.risk.transition_appetite,
            tr("You have little appetite for a transition"),
            tr("You have some appetite for a transition"),
            tr("You are ready for a transition"),
        )
        .into(),
        Driver::Dependency => level(
            a.risk.dependency_tolerance,
            tr("You would rather not depend on one provider"),
            tr("You can accept some dependency on a provider"),
            tr("You are comfortable depending on one provider"),
        )
        .into(),
        Driver::Coverage => match p.coverage {
            Coverage::BusinessHours => tr("It is staffed in business hours only"),
            Coverage::Extended => tr("It must be staffed for extended hours"),
            Coverage::AroundTheClock => tr("It must be staffed round the clock"),
        }
        .into(),
        Driver::AutomationCapability => level(
            a.risk.automation,
            tr("You have little automation capability of your own"),
            tr("You have some automation capability of your own"),
            tr("You have strong automation capability of your own"),
        )
        .into(),
        Driver::Payoff => {
            tr("The money over the contract term, in the pessimistic cost case").into()
        }
    };
    upper_first(&text)
}

/// A goal's name inside an English sentence ("you do not pursue cost reduction").
fn lower(name: &str) -> String {
    super::lang::lower(name)
}

/// How clearly the advice won, in words: "Clearly ahead of co-sourcing.", "A close call
/// against co-sourcing." (`rival` is `None` when every other option is ruled out).
pub fn closeness(c: Confidence, rival: Option<Choice>) -> String {
    let Some(rival) = rival else {
        return tr("Every other option is ruled out.").to_owned();
    };
    let template = match c {
        Confidence::High => tr("Clearly ahead of {option}."),
        Confidence::Medium => tr("Ahead of {option}, though not by far."),
        Confidence::Low => tr("A close call against {option}."),
    };
    fill(template, &[("option", &rival.after_preposition())])
}

/// How far an alternative trails the advice, in words: "Co-source: a close second".
/// `lead` is how clearly the advice leads it, `None` when the two are level.
pub fn standing(option: &str, lead: Option<Confidence>) -> String {
    let words = match lead {
        None => tr("level with the advice"),
        Some(Confidence::Low) => tr("a close second"),
        Some(Confidence::Medium) => tr("behind"),
        Some(Confidence::High) => tr("well behind"),
    };
    format!("{option}: {words}")
}
