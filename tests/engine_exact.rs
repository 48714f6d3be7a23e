//! Exact-value tests: the engine's arithmetic and orderings checked against values
//! worked out by hand or by brute force, so that a change of a constant, a sign or an
//! order cannot pass unnoticed.
#![cfg(not(target_arch = "wasm32"))]

use shorewise::content::companies::EXAMPLES;
use shorewise::engine::cost::{break_even, Flow};
use shorewise::engine::examples;
use shorewise::engine::model::*;
use shorewise::engine::outcome::{Change, Confidence, LocationModel};
use shorewise::engine::score::best;
use shorewise::engine::{recommend, Assessment, Decision};

/// A transition of three months (1,200 up front, 100 a month, 300 at hand-over), then a
/// saving of 600 a month reached over a two-month ramp.
fn flow() -> Flow {
    Flow {
        upfront: 1_200.0,
        setup_monthly: 100.0,
        setup_months: 3,
        hand_over: 300.0,
        steady: 600.0,
        ramp_months: 2,
    }
}

#[test]
fn a_flow_runs_month_by_month_as_worked_out_by_hand() {
    let f = flow();
    // Month 1: −1,200 − 100; 2: −100; 3: −100 − 300; then 1/3, 2/3 and all of 600.
    let months: Vec<f64> = (1..=8).map(|m| f.month(m)).collect();
    assert_eq!(
        months,
        [-1_300.0, -100.0, -400.0, 200.0, 400.0, 600.0, 600.0, 600.0]
    );
    assert_eq!(f.total(3), -1_800.0);
    assert_eq!(f.total(7), 0.0);
    assert_eq!(f.total(8), 600.0);
    assert_eq!(f.one_off(), 1_800.0);
    assert_eq!(f.settled(), 6);
}

#[test]
fn break_even_is_exact_when_it_falls_after_the_ramp_inside_it_and_never() {
    // After the ramp: −1,800 + 200 + 400 + 600 = −600 at month 6, repaid by month 7.
    assert_eq!(flow().break_even(), Some(7.0));
    // Inside the ramp: a cheaper transition (−900 by month 3) is repaid within month 5:
    // −900 + 200 = −700, then 400 of month 5 leaves −300, then 600 in month 6 → 5.5.
    let cheap = Flow {
        upfront: 300.0,
        ..flow()
    };
    assert_eq!(cheap.total(3), -900.0);
    assert_eq!(cheap.break_even(), Some(5.5));
    // Never: a change that costs money every month never breaks even.
    let losing = Flow {
        steady: -50.0,
        ..flow()
    };
    assert_eq!(losing.break_even(), None);
    // Saving from the first month, with nothing spent: break-even at once.
    let free = Flow {
        steady: 100.0,
        ..Flow::default()
    };
    assert_eq!(free.break_even(), Some(0.0));
    // The generic search agrees with the flow's own.
    let f = flow();
    assert_eq!(break_even(|m| f.month(m), f.settled(), f.steady), Some(7.0));
}

/// The month the cumulative flow first stops being negative, by adding months up one by
/// one (interpolated within the month): the oracle for the engine's break-even.
fn brute_break_even(f: &Flow, horizon: u32) -> Option<f64> {
    let mut total = 0.0;
    let mut spent = false;
    for m in 1..=horizon {
        let flow = f.month(m);
        if total < 0.0 && total + flow >= 0.0 {
            return Some(f64::from(m - 1) - total / flow);
        }
        total += flow;
        spent |= total < 0.0;
    }
    (!spent && total > 0.0).then_some(0.0)
}

#[test]
fn every_cases_break_even_is_its_own_flows_and_the_cases_are_ordered() {
    let mut checked = 0;
    for example in EXAMPLES {
        let r = recommend(&example.assessment()).expect("valid");
        for p in r
            .processes
            .iter()
            .filter(|p| p.decision != Decision::KeepInHouse)
        {
            let c = &p.cost;
            for case in 0..3 {
                let want = brute_break_even(&c.flows[case], 600);
                let got = c.break_even_months[case];
                match (got, want) {
                    (Some(g), Some(w)) => {
                        assert!((g - w).abs() < 1e-9, "{} case {case}: {g} vs {w}", p.name)
                    }
                    _ => assert_eq!(got, want, "{} case {case}", p.name),
                }
            }
            // Pessimistic costs most once and saves least; optimistic the other way.
            let one_off = c.flows.map(|f| f.one_off());
            assert!(
                one_off[0] >= one_off[1] && one_off[1] >= one_off[2],
                "{}: {one_off:?}",
                p.name
            );
            let steady = c.flows.map(|f| f.steady);
            assert!(
                steady[0] <= steady[1] && steady[1] <= steady[2],
                "{}: {steady:?}",
                p.name
            );
            let months = c.break_even_months.map(|m| m.unwrap_or(f64::INFINITY));
            assert!(
                months[0] >= months[1] && months[1] >= months[2],
                "{}: {months:?}",
                p.name
            );
            checked += 1;
        }
    }
    assert!(checked >= 10, "only {checked} changing processes");
}

#[test]
fn confidence_bands_start_at_six_and_fifteen_points() {
    for (margin, want) in [
        (0.0, Confidence::Low),
        (5.999, Confidence::Low),
        (6.0, Confidence::Medium),
        (14.999, Confidence::Medium),
        (15.0, Confidence::High),
        (100.0, Confidence::High),
    ] {
        assert_eq!(Confidence::from_margin(margin), want, "margin {margin}");
    }
}

#[test]
fn ties_go_to_the_location_nearer_home() {
    use LocationModel::*;
    // Every pair of models tied on points: the one nearer home wins.
    for (i, &near) in LocationModel::ALL.iter().enumerate() {
        for &far in &LocationModel::ALL[i + 1..] {
            let tied = best(LocationModel::ALL, |m| {
                (m == near || m == far).then_some(10.0)
            });
            assert_eq!(tied, Some(near), "{near:?} against {far:?}");
        }
    }
    // The order of distance from home.
    assert_eq!(LocationModel::ALL, [Onshore, Nearshore, Hybrid, Offshore]);
    let ranks = LocationModel::ALL.map(LocationModel::rank);
    assert_eq!(ranks, [0, 1, 2, 3]);
    // A lead above rounding wins; one inside it does not.
    assert_eq!(
        best([Hybrid, Offshore], |m| Some(if m == Offshore {
            10.0 + 1e-6
        } else {
            10.0
        })),
        Some(Offshore)
    );
    assert_eq!(
        best([Hybrid, Offshore], |m| Some(if m == Offshore {
            10.0 + 1e-12
        } else {
            10.0
        })),
        Some(Hybrid)
    );
}

#[test]
fn ties_go_to_the_decision_that_changes_least() {
    let tied = best(Decision::ALL, |_| Some(1.0));
    assert_eq!(tied, Some(Decision::KeepInHouse));
}

/// Every change of one answer the "what would change it" search may suggest, with its
/// size: steps on a 0–5 scale, places on an ordered scale, two hours of overlap, and one
/// for a demand pattern or residency setting (scales in their display order, nearest
/// values first). Written out here independently of the search.
fn every_change(a: &Assessment, p: &ProcessAnswer) -> Vec<(Change, u8)> {
    let mut out = Vec::new();
    let edit = |edit| Change::Process { edit };
    let mut scale = |now: u8, make: &dyn Fn(u8) -> Change| {
        for to in 0..=SCALE_MAX {
            if to != now {
                out.push((make(to), now.abs_diff(to)));
            }
        }
    };
    scale(p.judgement, &|v| edit(ProcessEdit::Judgement(v)));
    scale(p.rule_based, &|v| edit(ProcessEdit::RuleBased(v)));
    scale(p.documentation, &|v| edit(ProcessEdit::Documentation(v)));
    for &goal in Goal::ALL {
        scale(a.goals.get(goal), &|to| Change::Goal { goal, to });
    }
    for k in 1..=2u8 {
        for to in [
            p.overlap_hours.checked_sub(2 * k),
            p.overlap_hours.checked_add(2 * k),
        ]
        .into_iter()
        .flatten()
        .filter(|to| *to <= MAX_OVERLAP_HOURS)
        {
            out.push((edit(ProcessEdit::Overlap(to)), k));
        }
    }
    fn ordinal<T: Copy + PartialEq>(
        out: &mut Vec<(Change, u8)>,
        scale: &[T],
        now: T,
        make: impl Fn(T) -> Change,
    ) {
        let at = scale.iter().position(|v| *v == now).expect("on the scale");
        for (i, &to) in scale.iter().enumerate() {
            if i != at {
                out.push((make(to), at.abs_diff(i) as u8));
            }
        }
    }
    ordinal(&mut out, Sensitivity::ALL, p.sensitivity, |v| {
        edit(ProcessEdit::Sensitivity(v))
    });
    ordinal(&mut out, Level::ALL, a.risk.tolerance, |to| {
        Change::RiskTolerance { to }
    });
    ordinal(&mut out, Level::ALL, a.risk.vendor_management, |to| {
        Change::VendorManagement { to }
    });
    ordinal(&mut out, Level::ALL, a.risk.transition_appetite, |to| {
        Change::TransitionAppetite { to }
    });
    ordinal(&mut out, Level::ALL, a.risk.dependency_tolerance, |to| {
        Change::DependencyTolerance { to }
    });
    ordinal(&mut out, Level::ALL, a.risk.automation, |to| {
        Change::AutomationCapability { to }
    });
    ordinal(&mut out, Coverage::ALL, p.coverage, |v| {
        edit(ProcessEdit::Coverage(v))
    });
    ordinal(&mut out, StrategicRole::ALL, p.role, |v| {
        edit(ProcessEdit::Role(v))
    });
    for &d in Demand::ALL.iter().filter(|d| **d != p.demand) {
        out.push((edit(ProcessEdit::Demand(d)), 1));
    }
    for &r in Residency::ALL.iter().filter(|r| **r != a.risk.residency) {
        out.push((Change::Residency { to: r }, 1));
    }
    out
}

type Outcome = (Decision, Option<LocationModel>);

fn outcomes(a: &Assessment) -> Vec<Outcome> {
    recommend(a)
        .expect("valid")
        .processes
        .iter()
        .map(|p| (p.decision, p.location))
        .collect()
}

/// For every process, the smallest change that alters its advice, found by trying every
/// change with a full recommendation, is exactly as small as the one the search reports
/// (and the search reports none only where no change does).
fn check_flips_are_smallest(a: &Assessment) {
    let r = recommend(a).expect("valid");
    let now = outcomes(a);
    for (i, (p, advice)) in a.processes.iter().zip(&r.processes).enumerate() {
        let changes = every_change(a, p);
        let smallest = changes
            .iter()
            .filter(|(change, _)| {
                let mut b = a.clone();
                change.apply(&mut b, &p.id);
                outcomes(&b)[i] != now[i]
            })
            .map(|(_, step)| *step)
            .min();
        let reported = advice.flip.map(|flip| {
            changes
                .iter()
                .find(|(c, _)| *c == flip.change)
                .unwrap_or_else(|| {
                    panic!(
                        "{}: {:?} is not a change of one answer",
                        advice.name, flip.change
                    )
                })
                .1
        });
        assert_eq!(
            reported, smallest,
            "{}: reported {:?}",
            advice.name, advice.flip
        );
    }
}

#[test]
fn the_reported_change_is_the_smallest_by_brute_force() {
    for example in EXAMPLES {
        check_flips_are_smallest(&example.assessment());
    }
    check_flips_are_smallest(&examples::us_software());
    check_flips_are_smallest(&examples::eu_insurer());
}

#[test]
fn the_reported_change_is_the_smallest_where_a_big_step_is_needed() {
    // Fifty varied processes, among them one whose advice no single step alters: the
    // search must have tried every one-step change before it reports a bigger one.
    let a = examples::with_processes(50);
    check_flips_are_smallest(&a);
    let r = recommend(&a).expect("valid");
    let bigger = r.processes.iter().zip(&a.processes).filter(|(advice, p)| {
        advice.flip.is_some_and(|f| {
            every_change(&a, p)
                .iter()
                .any(|(c, step)| *c == f.change && *step > 1)
        })
    });
    assert!(
        bigger.count() >= 1,
        "no process needs more than one step: the test would not see the search's order"
    );
}

#[test]
fn the_portfolio_is_the_sum_of_its_processes_month_by_month() {
    for example in EXAMPLES {
        let r = recommend(&example.assessment()).expect("valid");
        let totals = |f: &dyn Fn(&shorewise::engine::recommend::ProcessAdvice) -> [f64; 3]| {
            r.processes.iter().fold([0.0; 3], |t, p| {
                let v = f(p);
                [t[0] + v[0], t[1] + v[1], t[2] + v[2]]
            })
        };
        let cases = |x: shorewise::engine::cost::Range| [x.low, x.expected, x.high];
        let close = |a: [f64; 3], b: [f64; 3]| a.iter().zip(&b).all(|(x, y)| (x - y).abs() < 1e-6);
        let saving = totals(&|p| cases(p.cost.annual_saving));
        assert!(
            close(cases(r.portfolio.annual_saving), saving),
            "{}: {saving:?}",
            example.id
        );
        let one_off = totals(&|p| cases(p.cost.one_off));
        assert!(
            close(cases(r.portfolio.one_off), one_off),
            "{}: {one_off:?}",
            example.id
        );
        // Today's cost of the rows shown: the processes the advice changes.
        let current: f64 = r.changing().map(|p| p.cost.current).sum();
        assert!(
            (r.portfolio.current_cost - current).abs() < 1e-6,
            "{}",
            example.id
        );
        // Each change starts with its roadmap wave: add every process's month up.
        let start = |id| {
            r.roadmap
                .iter()
                .find(|w| w.processes.contains(id))
                .map_or(0, |w| w.start_month)
        };
        let mut cumulative = [0.0; 3];
        for (m, month) in r.portfolio.cash_flow.iter().enumerate() {
            let m = m as u32 + 1;
            for (case, total) in cumulative.iter_mut().enumerate() {
                *total += r
                    .processes
                    .iter()
                    .map(|p| {
                        let s = start(&p.id);
                        if m > s {
                            p.cost.flows[case].month(m - s)
                        } else {
                            0.0
                        }
                    })
                    .sum::<f64>();
            }
            // The curves show the range of outcomes at each month: the pessimistic
            // curve is the lowest case, the optimistic the highest.
            let [a, b, c] = cumulative;
            let range = [a.min(b).min(c), b, c.max(b).max(a)];
            assert!(
                close(cases(*month), range),
                "{} month {m}: {month:?} vs {cumulative:?}",
                example.id
            );
        }
        assert_eq!(
            r.portfolio.term_net,
            *r.portfolio.cash_flow.last().expect("a term")
        );
    }
}

#[test]
fn every_process_is_either_a_row_of_the_cost_table_or_kept_as_it_is() {
    for example in EXAMPLES {
        let r = recommend(&example.assessment()).expect("valid");
        let rows: Vec<_> = r.changing().map(|p| &p.id).collect();
        let kept: Vec<_> = r.unchanged().map(|p| &p.id).collect();
        assert_eq!(rows.len() + kept.len(), r.processes.len(), "{}", example.id);
        assert!(rows.iter().all(|id| !kept.contains(id)), "{}", example.id);
        // What is kept as it is saves and costs nothing.
        for p in r.unchanged() {
            assert_eq!(p.cost.one_off, Default::default(), "{}", p.name);
        }
    }
}

#[test]
fn automation_pays_as_worked_out_by_hand() {
    use shorewise::engine::cost::automation_payoff;
    use shorewise::engine::figures::Figures;
    use shorewise::engine::location;
    // A euro company (0.9 EUR a dollar) with every automation figure its own.
    let mut a = examples::eu_insurer();
    let own = |x: Assumption, low: f64, high: f64| {
        AssumptionOverride::new(x, low, high).expect("in bounds")
    };
    a.assumptions = vec![
        own(Assumption::ContractMonths, 36.0, 36.0),
        own(Assumption::ExchangeRate, 0.9, 0.9),
        own(Assumption::AutomationSaving, 0.15, 0.21),
        own(Assumption::AutomationRun, 5_000.0, 5_000.0),
        own(Assumption::AutomationBuild, 10_000.0, 10_000.0),
        own(Assumption::AutomationBuildMonths, 3.0, 3.0),
        own(Assumption::AutomationPayback, 15.0, 15.0),
    ];
    let fig = Figures::new(&a, location::home(&a.company).expect("a catalog home"));
    // Work 70% of which can be automated (the reported saving is that of half the
    // work, so × 1.4) costing 100,000 a year, mature capability:
    // expected saving 21% × 1.4 = 29.4% → 29,400 a year, less the run cost of
    // 5,000 USD = 4,500 EUR: 2,075 a month. The build is priced to pay back in 15 months,
    // 12 of them saving: 29,400 (above the smallest build, 9,000 EUR), over 3 months.
    // Over 36 months: −29,400 + 33 × 2,075 = 39,075 of 300,000 → 13.025%.
    // Pessimistic: 15% × 1.4 = 21% → (21,000 − 4,500) / 12 = 1,375 a month; the same
    // build: −29,400 + 33 × 1,375 = 15,975 → 5.325%.
    let p = automation_payoff(100_000.0, 0.7, true, Level::High, &fig).expect("work that costs");
    assert!((p.expected - 0.13025).abs() < 1e-9, "{}", p.expected);
    assert!((p.pessimistic - 0.05325).abs() < 1e-9, "{}", p.pessimistic);
    // Undocumented work costs half as much again to automate: a build of 44,100 over 3
    // months. −44,100 + 33 × 2,075 = 24,375 → 8.125%; pessimistic −44,100 + 33 × 1,375 =
    // 1,275 → 0.425%.
    let undocumented =
        automation_payoff(100_000.0, 0.7, false, Level::High, &fig).expect("work that costs");
    assert!(
        (undocumented.expected - 0.08125).abs() < 1e-9,
        "{}",
        undocumented.expected
    );
    assert!(
        (undocumented.pessimistic - 0.00425).abs() < 1e-9,
        "{}",
        undocumented.pessimistic
    );
    // Work too small for its automation: 10,000 a year would price the build at 2,940,
    // below the smallest build of 10,000 USD = 9,000 EUR, which it pays over 3 months;
    // the saving (2,940 or 2,100) does not cover the run cost of 4,500: −130 or −200 a
    // month. Over 36 months: −9,000 − 33 × 130 = −13,290 of 30,000 → −44.3%; pessimistic
    // −9,000 − 33 × 200 = −15,600 → −52%.
    let small = automation_payoff(10_000.0, 0.7, true, Level::High, &fig).expect("work that costs");
    assert!((small.expected + 0.443).abs() < 1e-9, "{}", small.expected);
    assert!(
        (small.pessimistic + 0.52).abs() < 1e-9,
        "{}",
        small.pessimistic
    );
}

/// A matrix point's coordinates are the two deciding leads squashed to 0–100, worked
/// out by hand; a gate's option does not count, and a close call stays off the line.
#[test]
fn matrix_coordinates_are_the_deciding_leads() {
    use shorewise::engine::outcome::Quadrant;
    use shorewise::engine::portfolio::{matrix_point, MATRIX_SPREAD, QUADRANT_MARGIN};
    let at = |lead: f64| 50.0 + 50.0 * lead / (lead.abs() + MATRIX_SPREAD);
    assert_eq!(at(25.0), 75.0);
    // Keep 10, automate 0, co-source 20, outsource 40: outsource leads keep by 30 for
    // fit, and keep/co-source trail outsource by 20 for control.
    let m = matrix_point(Decision::Outsource, &[10.0, 0.0, 20.0, 40.0], |_| true);
    assert!((m.fit - at(30.0)).abs() < 1e-12, "{m:?}");
    assert!((m.control - at(-20.0)).abs() < 1e-12, "{m:?}");
    assert_eq!(m.quadrant, Quadrant::Outsource);
    // A core process: no provider may do it, so it has no fit at all.
    let m = matrix_point(Decision::KeepInHouse, &[30.0, 5.0, 90.0, 90.0], |d| {
        !d.uses_provider()
    });
    assert_eq!((m.fit, m.quadrant), (0.0, Quadrant::Retain));
    assert!((m.control - at(25.0)).abs() < 1e-12, "{m:?}");
    // Nor can a machine do it: keeping control has no rival, and sits at the top.
    let m = matrix_point(Decision::KeepInHouse, &[30.0, 5.0, 90.0, 90.0], |d| {
        d == Decision::KeepInHouse
    });
    assert_eq!((m.fit, m.control), (0.0, 100.0));
    // Keep and co-source level: keep wins the tie and stays left of the line.
    let m = matrix_point(Decision::KeepInHouse, &[20.0, 0.0, 20.0, 0.0], |_| true);
    assert_eq!(m.fit, 50.0 - QUADRANT_MARGIN);
}
