//! The UI reducer, tested natively: every action does what its name says, bad values
//! are ignored rather than stored, and the state survives a serde round trip.

use shorewise::engine::model::*;
use shorewise::ui::route::Step;
use shorewise::ui::state::{Action, State};
use std::rc::Rc;
use yew::Reducible;

fn apply(state: Rc<State>, actions: Vec<Action>) -> Rc<State> {
    actions.into_iter().fold(state, |s, a| s.reduce(a))
}

#[test]
fn processes_are_added_once_edited_and_removed_by_id() {
    let s = apply(
        Rc::new(State::default()),
        vec![
            Action::AddProcess {
                id: "payroll".into(),
            },
            Action::AddProcess {
                id: "payroll".into(),
            },
            Action::AddProcess {
                id: "no-such-process".into(),
            },
            Action::AddCustomProcess {
                name: "  Warranty claims ".into(),
                kind: WorkKind::BackOffice,
            },
            Action::AddCustomProcess {
                name: "   ".into(),
                kind: WorkKind::It,
            },
            Action::EditProcess {
                id: "payroll".into(),
                edit: ProcessEdit::Fte(4.5),
            },
            Action::EditProcess {
                id: "payroll".into(),
                edit: ProcessEdit::Judgement(9),
            },
            Action::EditProcess {
                id: "payroll".into(),
                edit: ProcessEdit::Kind(WorkKind::Legal),
            },
            Action::EditProcess {
                id: "custom-1".into(),
                edit: ProcessEdit::ToggleLanguage(Language::German),
            },
        ],
    );
    let ids: Vec<_> = s
        .assessment
        .processes
        .iter()
        .map(|p| p.id.to_string())
        .collect();
    assert_eq!(ids, ["payroll", "custom-1"]);
    let payroll = &s.assessment.processes[0];
    assert_eq!(payroll.fte, 4.5);
    assert_eq!(payroll.judgement, 5, "scales are clamped to 5");
    assert_eq!(
        payroll.kind,
        WorkKind::BackOffice,
        "catalog processes keep their kind"
    );
    assert_eq!(s.assessment.processes[1].custom_name, "Warranty claims");
    assert_eq!(s.assessment.processes[1].languages, [Language::German]);
    assert_eq!(s.next_custom, 2, "custom ids are never reused");

    let s = apply(
        s,
        vec![
            Action::RemoveProcess {
                id: "custom-1".into(),
            },
            Action::AddCustomProcess {
                name: "Again".into(),
                kind: WorkKind::It,
            },
        ],
    );
    let ids: Vec<_> = s
        .assessment
        .processes
        .iter()
        .map(|p| p.id.to_string())
        .collect();
    assert_eq!(ids, ["payroll", "custom-2"]);
}

#[test]
fn company_goals_and_risk_answers_are_stored() {
    let s = apply(
        Rc::new(State::default()),
        vec![
            Action::SetHome { code: "DE".into() },
            Action::SetHours { start: 8, end: 16 },
            Action::SetHours { start: 18, end: 9 },
            Action::ToggleCustomerLanguage {
                language: Language::German,
            },
            Action::ToggleCustomerLanguage {
                language: Language::English,
            },
            Action::SetGoal {
                goal: Goal::Coverage,
                weight: 9,
            },
            Action::SetTolerance { level: Level::Low },
            Action::SetResidency {
                residency: Residency::HomeRegion,
            },
            Action::ToggleRegulation {
                regulation: Regulation::PciDss,
            },
        ],
    );
    let a = &s.assessment;
    assert_eq!(a.company.home, "DE");
    assert_eq!(
        a.company.hours,
        WorkingHours { start: 8, end: 16 },
        "an impossible day is ignored"
    );
    assert_eq!(a.company.customer_languages, [Language::German]);
    assert_eq!(a.goals.coverage, 5);
    assert_eq!(a.risk.tolerance, Level::Low);
    assert_eq!(a.risk.residency, Residency::HomeRegion);
    // GDPR ticked with the German home, card payments by the user.
    assert_eq!(a.risk.regulations, [Regulation::Gdpr, Regulation::PciDss]);
}

#[test]
fn invalid_fields_are_tracked_and_forgotten_with_their_process() {
    let s = apply(
        Rc::new(State::default()),
        vec![
            Action::AddProcess {
                id: "payroll".into(),
            },
            Action::MarkField {
                field: "processes.payroll.fte".into(),
                invalid: true,
            },
        ],
    );
    assert_eq!(s.invalid.len(), 1);
    let s = apply(
        s,
        vec![Action::RemoveProcess {
            id: "payroll".into(),
        }],
    );
    assert!(
        s.invalid.is_empty(),
        "removing a process removes its pending errors"
    );
}

#[test]
fn the_furthest_step_reached_only_grows() {
    let s = apply(
        Rc::new(State::default()),
        vec![
            Action::Reach { step: Step::Risk },
            Action::Reach { step: Step::Goals },
        ],
    );
    assert_eq!(s.reached, Step::Risk);
}

#[test]
fn state_round_trips_through_json() {
    let s = apply(
        Rc::new(State::default()),
        vec![
            Action::AddProcess {
                id: "customer-service".into(),
            },
            Action::AddCustomProcess {
                name: "Warranty claims".into(),
                kind: WorkKind::FrontOffice,
            },
            Action::EditProcess {
                id: "customer-service".into(),
                edit: ProcessEdit::AnnualCost(123_456.78),
            },
            Action::Reach { step: Step::Review },
        ],
    );
    let json = serde_json::to_string(&*s).unwrap();
    let back: State = serde_json::from_str(&json).unwrap();
    assert_eq!(back, *s);
}

#[test]
fn wage_figures_replace_each_other_and_bad_ones_are_ignored() {
    let s = apply(
        Rc::new(State::default()),
        vec![
            Action::SetWage {
                country: "PH".into(),
                low: 3.0,
                high: 4.0,
            },
            Action::SetWage {
                country: "PH".into(),
                low: 3.5,
                high: 4.5,
            },
            Action::SetWage {
                country: "ZZ".into(),
                low: 1.0,
                high: 2.0,
            },
            Action::SetWage {
                country: "IN".into(),
                low: 5.0,
                high: 1.0,
            },
            Action::SetWage {
                country: "IN".into(),
                low: f64::NAN,
                high: 1.0,
            },
        ],
    );
    assert_eq!(s.assessment.wages.len(), 1);
    assert_eq!(
        (s.assessment.wages[0].low, s.assessment.wages[0].high),
        (3.5, 4.5)
    );
    let s = apply(
        s,
        vec![Action::RemoveWage {
            country: "PH".into(),
        }],
    );
    assert!(s.assessment.wages.is_empty());
}

#[test]
fn numbers_the_engine_would_reject_never_reach_the_answers() {
    let edit = |edit| Action::EditProcess {
        id: "payroll".into(),
        edit,
    };
    let s = apply(
        Rc::new(State::default()),
        vec![
            Action::AddProcess {
                id: "payroll".into(),
            },
            edit(ProcessEdit::Fte(3.0)),
            edit(ProcessEdit::AnnualCost(90_000.0)),
            edit(ProcessEdit::Fte(f64::NAN)),
            edit(ProcessEdit::Fte(-2.0)),
            edit(ProcessEdit::Fte(FTE_BOUNDS.max * 10.0)),
            edit(ProcessEdit::AnnualCost(f64::INFINITY)),
            edit(ProcessEdit::AnnualCost(-1.0)),
            Action::AddCustomProcess {
                name: "x".repeat(MAX_NAME_CHARS + 1),
                kind: WorkKind::It,
            },
            Action::SetHours { start: 20, end: 25 },
        ],
    );
    let p = &s.assessment.processes[0];
    assert_eq!((p.fte, p.annual_cost), (3.0, 90_000.0));
    assert_eq!(
        s.assessment.processes.len(),
        1,
        "an over-long name is refused"
    );
    assert_eq!(s.assessment.company.hours, WorkingHours::default());
    assert!(shorewise::engine::recommend(&s.assessment).is_ok());
}

#[test]
fn process_names_are_trimmed_and_bounded_once() {
    assert_eq!(process_name("  Claims "), Ok("Claims"));
    assert_eq!(process_name("   "), Err(NameProblem::Empty));
    assert_eq!(
        process_name(&"é".repeat(MAX_NAME_CHARS)),
        Ok("é".repeat(MAX_NAME_CHARS).as_str())
    );
    assert_eq!(
        process_name(&"é".repeat(MAX_NAME_CHARS + 1)),
        Err(NameProblem::TooLong)
    );
    assert!(WorkingHours::new(0, HOURS_PER_DAY).is_some());
    assert!(WorkingHours::new(9, 9).is_none());
    assert!(WageOverride::new("US".into(), 2.0, 1.0).is_none());
    assert!(WageOverride::new("US".into(), 1.0, WAGE_BOUNDS.max).is_some());
}

#[test]
fn start_over_clears_everything_and_undo_brings_it_back() {
    use shorewise::ui::state::Notice;
    let s = apply(
        Rc::new(State::default()),
        vec![
            Action::SetCompanyName {
                name: "Northwind".into(),
            },
            Action::AddProcess {
                id: "payroll".into(),
            },
            Action::AddCustomProcess {
                name: "Claims".into(),
                kind: WorkKind::Legal,
            },
            Action::Reach { step: Step::Review },
        ],
    );
    let before = s.assessment.clone();
    let cleared = apply(s.clone(), vec![Action::StartOver]);
    assert_eq!(cleared.assessment, Assessment::default());
    assert_eq!(cleared.reached, Step::Company);
    assert_eq!(cleared.notice, Some(Notice::StartedOver));
    assert!(!cleared.has_answers());
    let back = apply(cleared, vec![Action::UndoStartOver]);
    assert_eq!(back.assessment, before);
    assert_eq!(back.reached, Step::Review);
    assert_eq!(back.next_custom, 2, "custom ids stay unique after an undo");
    assert_eq!(back.notice, None);
    let again = apply(back, vec![Action::UndoStartOver]);
    assert_eq!(again.assessment, before, "a second undo changes nothing");
}

#[test]
fn a_saved_record_restores_answers_step_and_custom_numbering() {
    let mut s = State::default();
    let s2 = Rc::new(s.clone()).reduce(Action::AddCustomProcess {
        name: "Claims".into(),
        kind: WorkKind::Legal,
    });
    s.assessment = s2.assessment.clone();
    s.reached = Step::Risk;
    let text = s.record();
    let restored = State::from_record(shorewise::engine::record::decode(&text).unwrap());
    assert_eq!(restored.assessment, s.assessment);
    assert_eq!(restored.reached, Step::Risk);
    assert_eq!(restored.next_custom, 2);
    assert!(restored.autosave);
    let failed = Rc::new(restored).reduce(Action::StorageFailed);
    assert!(!failed.autosave);
}

#[test]
fn another_tabs_answers_are_announced_only_when_they_differ() {
    use shorewise::ui::state::Notice;
    let s = Rc::new(State::default()).reduce(Action::SetCompanyName {
        name: "Mine".into(),
    });
    let same = s.clone().reduce(Action::ChangedElsewhere {
        text: Some(s.record()),
    });
    assert_eq!(same.notice, None, "the same answers need no question");
    let mut theirs = State::default();
    theirs.assessment.company.name = "Theirs".into();
    let asked = s.clone().reduce(Action::ChangedElsewhere {
        text: Some(theirs.record()),
    });
    assert_eq!(asked.notice, Some(Notice::ChangedElsewhere));
    let kept = asked.clone().reduce(Action::KeepMine);
    assert_eq!(kept.assessment.company.name, "Mine");
    assert_eq!(kept.saves_forced, asked.saves_forced + 1, "saved again");
    assert_eq!(kept.notice, None);
    let record = shorewise::engine::record::decode(&theirs.record()).unwrap();
    let taken = asked.reduce(Action::TakeElsewhere { record });
    assert_eq!(taken.assessment.company.name, "Theirs");
    assert_eq!(taken.notice, None);
    let back = taken.reduce(Action::UndoStartOver);
    assert_eq!(
        back.assessment.company.name, "Mine",
        "this tab's answers can come back"
    );
}

#[test]
fn fragments_the_router_cannot_read_are_tidied() {
    use shorewise::web::tidy_fragment;
    for (hash, tidy) in [
        ("#//", Some("#/")),
        ("#///", Some("#/")),
        ("#//:99999", Some("#/:99999")),
        ("#/\\\\", Some("#/")),
        ("#//%zz", Some("#/%zz")),
        ("#\\results", Some("#/results")),
        ("#/results", None),
        ("#/", None),
        ("", None),
        ("#/open/sw1.abc", None),
        ("#%", Some("#/%")),
        ("#results", Some("#/results")),
        ("#", None),
    ] {
        assert_eq!(tidy_fragment(hash).as_deref(), tidy, "{hash}");
    }
}

#[test]
fn the_processes_stop_at_the_limit() {
    let mut actions: Vec<Action> = (0..MAX_PROCESSES)
        .map(|i| Action::AddCustomProcess {
            name: format!("Process {i}"),
            kind: WorkKind::BackOffice,
        })
        .collect();
    actions.push(Action::AddCustomProcess {
        name: "One too many".into(),
        kind: WorkKind::It,
    });
    actions.push(Action::AddProcess {
        id: "payroll".into(),
    });
    let s = apply(Rc::new(State::default()), actions);
    assert_eq!(s.assessment.processes.len(), MAX_PROCESSES);
    assert!(shorewise::engine::recommend(&s.assessment).is_ok());
}

#[test]
fn gdpr_follows_the_home_country_until_the_risk_step_is_seen() {
    let has_gdpr = |s: &State| s.assessment.risk.regulations.contains(&Regulation::Gdpr);
    let home = |code: &str| Action::SetHome { code: code.into() };
    let s = apply(Rc::new(State::default()), vec![home("US")]);
    assert!(!has_gdpr(&s));
    let s = apply(s, vec![home("DE")]);
    assert!(has_gdpr(&s), "ticked for an EU home");
    let s = apply(s, vec![home("GB")]);
    assert!(has_gdpr(&s), "and for the UK's own GDPR");
    let s = apply(s, vec![home("IN")]);
    assert!(!has_gdpr(&s), "unticked again when the company moves out");
    // Once the user has seen the risk step, the tick is theirs.
    let s = apply(
        s,
        vec![home("FR"), Action::Reach { step: Step::Risk }, home("US")],
    );
    assert!(has_gdpr(&s));
    let s = apply(
        s,
        vec![
            Action::ToggleRegulation {
                regulation: Regulation::Gdpr,
            },
            home("DE"),
        ],
    );
    assert!(!has_gdpr(&s));
}

/// What-if changes are a layer on top of the answers: the answers stay as they are
/// until the changes are kept; a later change to the same answer replaces an earlier
/// one, and a change back to the user's own answer is no change at all.
#[test]
fn what_if_changes_leave_the_answers_until_kept() {
    use shorewise::engine::outcome::Change;
    let start = apply(
        Rc::new(State::default()),
        vec![
            Action::AddProcess {
                id: "payroll".into(),
            },
            Action::SetTolerance {
                level: Level::Medium,
            },
        ],
    );
    let answers = start.assessment.clone();
    let tried = apply(
        start.clone(),
        vec![
            Action::Try {
                change: Change::RiskTolerance { to: Level::High },
                process: None,
            },
            Action::Try {
                change: Change::RiskTolerance { to: Level::Low },
                process: None,
            },
            Action::Try {
                change: Change::Goal {
                    goal: Goal::Cost,
                    to: 0,
                },
                process: None,
            },
            Action::Try {
                change: Change::Process {
                    edit: ProcessEdit::Documentation(1),
                },
                process: Some("payroll".into()),
            },
        ],
    );
    assert_eq!(tried.assessment, answers, "trying changes no answer");
    assert_eq!(tried.trial.len(), 3, "{:?}", tried.trial);
    let shown = tried.effective();
    assert_eq!(shown.risk.tolerance, Level::Low);
    assert_eq!(shown.goals.get(Goal::Cost), 0);
    assert_eq!(shown.processes[0].documentation, 1);

    // Back to the user's own value: that change is gone, the others stay.
    let back = apply(
        tried.clone(),
        vec![Action::Try {
            change: Change::RiskTolerance { to: Level::Medium },
            process: None,
        }],
    );
    assert_eq!(back.trial.len(), 2);
    assert_eq!(back.effective().risk.tolerance, Level::Medium);

    // An answer edited meanwhile shows through the layer.
    let edited = apply(
        tried.clone(),
        vec![Action::SetGoal {
            goal: Goal::Speed,
            weight: 5,
        }],
    );
    assert_eq!(edited.effective().goals.get(Goal::Speed), 5);
    assert_eq!(edited.effective().risk.tolerance, Level::Low);

    let dropped = apply(tried.clone(), vec![Action::DropTrial]);
    assert_eq!(dropped.assessment, answers);
    assert!(dropped.trial.is_empty());
    assert_eq!(*dropped.effective(), answers);

    let kept = apply(tried.clone(), vec![Action::KeepTrial]);
    assert!(kept.trial.is_empty());
    assert_eq!(kept.assessment, *tried.effective());
    assert_ne!(kept.assessment, answers);

    // Saving a scenario saves what the results show; opening other answers ends the
    // what-if.
    let saved = apply(
        tried,
        vec![
            Action::SaveScenario {
                name: "Low risk".into(),
            },
            Action::StartOver,
        ],
    );
    assert_eq!(saved.scenarios[0].assessment.risk.tolerance, Level::Low);
    assert!(saved.trial.is_empty());
}
