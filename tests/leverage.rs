//! "What matters most": each company-wide answer's pull on the whole advice, ranked.
//! A step that changes nothing shows zeros, the ranking does not depend on the order the
//! processes were added in, and it agrees with every card's "what would change it".

use shorewise::content::companies::EXAMPLES;
use shorewise::engine::leverage::{what_matters, Answer, Shift, Sway};
use shorewise::engine::model::{Goal, Level, ProcessId, Residency};
use shorewise::engine::outcome::Change;
use shorewise::engine::{recommend, Assessment, Recommendation};

fn examples() -> Vec<(&'static str, Assessment)> {
    EXAMPLES.iter().map(|e| (e.id, e.assessment())).collect()
}

/// The recommendation with one company-wide change applied.
fn changed(a: &Assessment, change: Change) -> Recommendation {
    let mut b = a.clone();
    change.apply(&mut b, &ProcessId::Custom(u32::MAX));
    recommend(&b).expect("a valid assessment")
}

fn shift_of(sways: &[Sway], change: Change) -> Option<Shift> {
    sways
        .iter()
        .flat_map(|s| s.shifts().copied().collect::<Vec<_>>())
        .find(|s| s.change == change)
}

#[test]
fn every_company_wide_answer_is_weighed_one_step_each_way_within_its_scale() {
    let mut a = shorewise::engine::examples::us_software();
    a.goals = a.goals.with(Goal::Cost, 5).with(Goal::Focus, 0);
    a.risk.tolerance = Level::Low;
    a.risk.residency = Residency::HomeRegion;
    let now = recommend(&a).unwrap();
    let sways = what_matters(&a, &now).unwrap();
    assert_eq!(sways.len(), Answer::all().len());
    let of = |answer| *sways.iter().find(|s| s.answer == answer).unwrap();
    // At the top of the scale there is no step up, at the bottom none down.
    let cost = of(Answer::Goal(Goal::Cost));
    assert_eq!(
        cost.lower.map(|s| s.change),
        Some(Change::Goal {
            goal: Goal::Cost,
            to: 4
        })
    );
    assert_eq!(cost.higher, None);
    assert_eq!(of(Answer::Goal(Goal::Focus)).lower, None);
    let risk = of(Answer::RiskTolerance);
    assert_eq!(risk.lower, None);
    assert_eq!(
        risk.higher.map(|s| s.change),
        Some(Change::RiskTolerance { to: Level::Medium })
    );
    // Residency runs from no rule over the home region to the home country.
    let residency = of(Answer::Residency);
    assert_eq!(
        residency.lower.map(|s| s.change),
        Some(Change::Residency {
            to: Residency::None
        })
    );
    assert_eq!(
        residency.higher.map(|s| s.change),
        Some(Change::Residency {
            to: Residency::HomeCountry
        })
    );
}

#[test]
fn each_step_counts_the_processes_and_money_a_full_recommendation_moves() {
    let mut zeros = 0;
    let mut moving = 0;
    for (id, a) in examples() {
        let now = recommend(&a).unwrap();
        let sways = what_matters(&a, &now).unwrap();
        for shift in sways
            .iter()
            .flat_map(|s| s.shifts().copied().collect::<Vec<_>>())
        {
            let then = changed(&a, shift.change);
            let decisions = now
                .processes
                .iter()
                .zip(&then.processes)
                .filter(|(x, y)| x.decision != y.decision)
                .count();
            let locations = now
                .processes
                .iter()
                .zip(&then.processes)
                .filter(|(x, y)| x.decision == y.decision && x.location != y.location)
                .count();
            assert_eq!(
                (shift.decisions, shift.locations),
                (decisions, locations),
                "{id} {shift:?}"
            );
            let same = now.processes.iter().zip(&then.processes).all(|(x, y)| {
                x.decision == y.decision && x.location == y.location && x.cost == y.cost
            });
            if same {
                // A step that changes nothing shows nothing.
                assert_eq!(shift.moved(), 0, "{id} {shift:?}");
                assert_eq!((shift.saving, shift.one_off), (0.0, 0.0), "{id} {shift:?}");
                zeros += 1;
            } else {
                let saving =
                    then.portfolio.annual_saving.expected - now.portfolio.annual_saving.expected;
                assert!((shift.saving - saving).abs() < 1e-6, "{id} {shift:?}");
            }
            moving += usize::from(shift.moved() > 0);
        }
    }
    assert!(zeros > 0, "some step changes nothing");
    assert!(moving > 5, "steps move advice in the examples: {moving}");
}

#[test]
fn the_strongest_answers_come_first() {
    for (id, a) in examples() {
        let now = recommend(&a).unwrap();
        let sways = what_matters(&a, &now).unwrap();
        for pair in sways.windows(2) {
            let (x, y) = (&pair[0], &pair[1]);
            assert!(
                x.moved() > y.moved()
                    || (x.moved() == y.moved() && x.money().round() >= y.money().round()),
                "{id}: {x:?} before {y:?}"
            );
        }
    }
}

#[test]
fn the_ranking_does_not_depend_on_the_order_of_the_processes() {
    for (id, a) in examples() {
        let now = recommend(&a).unwrap();
        let sways = what_matters(&a, &now).unwrap();
        let mut reversed = a.clone();
        reversed.processes.reverse();
        let again = what_matters(&reversed, &recommend(&reversed).unwrap()).unwrap();
        let key = |s: &[Sway]| -> Vec<(Answer, usize, i64)> {
            s.iter()
                .map(|w| (w.answer, w.moved(), w.money().round() as i64))
                .collect()
        };
        assert_eq!(key(&sways), key(&again), "{id}");
    }
}

/// Where a card's smallest change is one step of a company-wide answer, that step moves
/// the card's process in the ranking too.
#[test]
fn it_agrees_with_each_cards_smallest_change() {
    let mut checked = 0;
    for (id, a) in examples() {
        let now = recommend(&a).unwrap();
        let sways = what_matters(&a, &now).unwrap();
        for p in &now.processes {
            let Some(flip) = p.flip else { continue };
            let Some(shift) = shift_of(&sways, flip.change) else {
                continue;
            };
            assert!(shift.moved() >= 1, "{id} {}: {flip:?} {shift:?}", p.name);
            let then = changed(&a, flip.change);
            let after = then.advice(&p.id).unwrap();
            assert_eq!(
                (after.decision, after.location),
                (flip.decision, flip.location),
                "{id} {}",
                p.name
            );
            checked += 1;
        }
    }
    assert!(checked > 0, "some card's smallest change is company-wide");
}
