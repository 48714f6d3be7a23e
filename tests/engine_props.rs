//! Property tests: invariants that hold for every valid assessment (determinism,
//! totality, the sanity rules of DOMAIN.md section 5), and robustness on bad numbers.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use proptest::test_runner::RngSeed;
use shorewise::content::country_risk::Transfer;
use shorewise::content::{countries, processes::CATALOG};
use shorewise::engine::model::*;
use shorewise::engine::outcome::{LocationModel, VendorStrategy};
use shorewise::engine::recommend::ProcessAdvice;
use shorewise::engine::{recommend, record, Assessment, Decision};

/// Every property draws the same cases on every machine and every run, so that a
/// failure seen once is seen again (failures found are also kept in
/// `engine_props.proptest-regressions` and replayed first).
fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        rng_seed: RngSeed::Fixed(0x5EED_2026),
        ..ProptestConfig::default()
    }
}

fn pick<T: Copy + std::fmt::Debug + 'static>(all: &'static [T]) -> impl Strategy<Value = T> {
    proptest::sample::select(all)
}

/// Goal weights: any, and now and then every goal at 5 (where only the guards of core
/// work and of data keep work in-house).
fn goals() -> impl Strategy<Value = Goals> {
    let weights = |w: [u8; 8]| Goals {
        cost: w[0],
        focus: w[1],
        expertise: w[2],
        scalability: w[3],
        speed: w[4],
        quality: w[5],
        coverage: w[6],
        new_markets: w[7],
    };
    prop_oneof![
        6 => proptest::array::uniform8(0u8..=SCALE_MAX).prop_map(weights),
        1 => Just(weights([SCALE_MAX; 8])),
    ]
}

/// Risk answers: any, and now and then the boldest company (high tolerance, vendor
/// management, transition appetite and automation capability).
fn risk() -> impl Strategy<Value = RiskProfile> {
    prop_oneof![
        5 => any_risk(),
        1 => any_risk().prop_map(|r| RiskProfile {
            tolerance: Level::High,
            dependency_tolerance: Level::High,
            vendor_management: Level::High,
            transition_appetite: Level::High,
            automation: Level::High,
            ..r
        }),
    ]
}

fn any_risk() -> impl Strategy<Value = RiskProfile> {
    (
        pick(Level::ALL),
        pick(Residency::ALL),
        proptest::sample::subsequence(Regulation::ALL.to_vec(), 0..=3),
        pick(Level::ALL),
        pick(Level::ALL),
        pick(Level::ALL),
        pick(Level::ALL),
    )
        .prop_map(
            |(tolerance, residency, regulations, dep, vm, tr, automation)| RiskProfile {
                tolerance,
                residency,
                regulations,
                dependency_tolerance: dep,
                vendor_management: vm,
                transition_appetite: tr,
                automation,
            },
        )
}

/// A working day anywhere in the 24 hours, evenings and nights included.
fn hours() -> impl Strategy<Value = WorkingHours> {
    (0u8..=23)
        .prop_flat_map(|start| (start + 1..=24).prop_map(move |end| WorkingHours { start, end }))
}

/// Up to three of the user's own wage figures, for any countries.
fn wages() -> impl Strategy<Value = Vec<WageOverride>> {
    let codes: Vec<&'static str> = countries::COUNTRIES.iter().map(|c| c.code).collect();
    proptest::sample::subsequence(codes, 0..=3).prop_flat_map(|codes| {
        codes
            .into_iter()
            .map(|country| {
                (0.5f64..60.0, 1.0f64..2.0).prop_map(move |(low, spread)| WageOverride {
                    country: country.to_owned(),
                    low,
                    high: low * spread,
                })
            })
            .collect::<Vec<_>>()
    })
}

fn process(index: usize) -> impl Strategy<Value = ProcessAnswer> {
    (
        0..CATALOG.len(),
        pick(StrategicRole::ALL),
        0.1f64..50.0,
        prop_oneof![Just(0.0), 1_000.0f64..5_000_000.0],
        pick(Demand::ALL),
        proptest::array::uniform3(0u8..=5),
        pick(Sensitivity::ALL),
        any::<bool>(),
        0u8..=8,
        any::<bool>(),
        pick(WorkKind::ALL),
        (
            proptest::sample::subsequence(Language::ALL.to_vec(), 0..=2),
            pick(Coverage::ALL),
        ),
    )
        .prop_map(
            move |(
                c,
                role,
                fte,
                cost,
                demand,
                [j, r, d],
                s,
                cf,
                overlap,
                custom,
                kind,
                (languages, coverage),
            )| {
                let mut p = if custom {
                    ProcessAnswer::custom(index as u32, &format!("Custom {index}"), kind)
                } else {
                    let mut p = CATALOG[c].answer();
                    // Distinct ids: suffixing is not allowed, so fall back to a custom one
                    // when the same catalog entry was drawn twice (see `assessment`).
                    p.custom_name.clear();
                    p
                };
                p.role = role;
                p.fte = fte;
                p.annual_cost = cost;
                p.demand = demand;
                p.judgement = j;
                p.rule_based = r;
                p.documentation = d;
                p.sensitivity = s;
                p.customer_facing = cf;
                p.overlap_hours = overlap;
                p.languages = languages;
                p.coverage = coverage;
                p
            },
        )
}

fn assessment() -> impl Strategy<Value = Assessment> {
    // Mostly a handful of processes; now and then none, or as many as validation admits.
    let count = prop_oneof![56 => 1usize..8, 2 => Just(0usize), 2 => Just(MAX_PROCESSES)];
    let processes = count.prop_flat_map(|n| (0..n).map(process).collect::<Vec<_>>());
    (
        pick(countries::COUNTRIES).prop_map(|c| c.code),
        hours(),
        wages(),
        goals(),
        risk(),
        processes,
        proptest::sample::subsequence(Language::ALL.to_vec(), 1..=2),
        0usize..8,
        assumptions(),
    )
        .prop_map(
            |(home, hours, wages, goals, risk, mut processes, langs, zone, assumptions)| {
                // Keep ids unique: a repeated catalog draw becomes a custom process.
                let mut seen = std::collections::HashSet::new();
                for (i, p) in processes.iter_mut().enumerate() {
                    if !seen.insert(p.id.clone()) {
                        p.id = ProcessId::Custom(1000 + i as u32);
                        p.custom_name = format!("Extra {i}");
                    }
                }
                let mut a = Assessment::default();
                a.company.home = home.to_owned();
                // Any of the home country's time zones, or its main city's.
                a.company.zone = countries::zones(home)
                    .get(zone)
                    .map_or_else(String::new, |z| z.id.to_owned());
                a.company.hours = hours;
                a.wages = wages;
                a.company.customer_languages = langs;
                a.goals = goals;
                a.risk = risk;
                a.processes = processes;
                a.assumptions = assumptions;
                a
            },
        )
}

/// Up to three of the user's own assumption values, anywhere inside their bounds
/// (the exchange rate within a factor of two of the home country's, so that typed
/// costs stay plausible).
fn assumptions() -> impl Strategy<Value = Vec<AssumptionOverride>> {
    proptest::sample::subsequence(Assumption::ALL.to_vec(), 0..=3).prop_flat_map(|chosen| {
        chosen
            .into_iter()
            .filter(|x| *x != Assumption::ExchangeRate)
            .map(|x| {
                let b = x.bounds();
                (b.min..=b.max, b.min..=b.max).prop_map(move |(p, q)| {
                    let (low, high) = if x.single() {
                        (p, p)
                    } else {
                        (p.min(q), p.max(q))
                    };
                    AssumptionOverride::new(x, low, high).expect("inside the bounds")
                })
            })
            .collect::<Vec<_>>()
    })
}

/// Distance from home of a piece of advice: 0 when the company keeps or automates the
/// work itself, then 1 (an onshore provider) to 4 (offshore).
fn rank(p: &ProcessAdvice) -> usize {
    p.location.map_or(0, |m| 1 + m.rank())
}

/// The EU and EEA member states (the 27, Iceland, Liechtenstein and Norway), written out
/// here so that the residency property does not lean on the engine's own zone test.
const EEA: [&str; 30] = [
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IS",
    "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK",
];

/// Whether residency `r` lets work of a company at home `home` go to `code`: the oracle.
fn admitted(r: Residency, home: &countries::Country, code: &str) -> bool {
    let c = countries::find(code).expect("a catalog country");
    match r {
        Residency::None => true,
        Residency::HomeCountry => code == home.code,
        Residency::HomeRegion if EEA.contains(&home.code) => EEA.contains(&code),
        Residency::HomeRegion => c.region == home.region,
    }
}

#[test]
fn the_eea_flags_are_the_member_states() {
    for c in countries::COUNTRIES {
        assert_eq!(c.eea, EEA.contains(&c.code), "{}", c.code);
    }
}

fn ranks(a: &Assessment) -> Vec<usize> {
    recommend(a)
        .expect("valid")
        .processes
        .iter()
        .map(rank)
        .collect()
}

proptest! {
    #![proptest_config(config(300))]

    #[test]
    fn every_valid_assessment_gets_a_recommendation(a in assessment()) {
        let r = recommend(&a);
        prop_assert!(r.is_ok(), "{:?}", r.err());
        let r = r.unwrap();
        prop_assert_eq!(r.processes.len(), a.processes.len());
        for p in &r.processes {
            prop_assert!(p.cost.annual_saving.expected.is_finite());
            prop_assert!(p.cost.one_off.expected.is_finite());
            prop_assert_eq!(p.decision.uses_provider(), p.location.is_some());
        }
    }

    #[test]
    fn the_same_answers_give_the_same_result(a in assessment()) {
        let b: Assessment = serde_json::from_str(&serde_json::to_string(&a).unwrap()).unwrap();
        prop_assert_eq!(recommend(&a).unwrap(), recommend(&b).unwrap());
    }

    #[test]
    fn differentiating_core_is_never_outsourced(a in assessment()) {
        let r = recommend(&a).unwrap();
        for (p, answer) in r.processes.iter().zip(&a.processes) {
            if answer.role == StrategicRole::Differentiating {
                prop_assert!(!p.decision.uses_provider(), "{} -> {:?}", p.name, p.decision);
            }
        }
    }

    #[test]
    fn residency_is_a_hard_constraint(a in assessment()) {
        let r = recommend(&a).unwrap();
        let home = countries::find(&a.company.home).unwrap();
        let shown = r
            .processes
            .iter()
            .flat_map(|p| &p.countries)
            .chain(r.locations.iter().flat_map(|f| &f.options).flat_map(|o| &o.countries));
        for c in shown {
            prop_assert!(admitted(a.risk.residency, home, c.code), "{} shown for a company in {} under {:?}", c.code, home.code, a.risk.residency);
        }
    }

    #[test]
    fn more_sensitive_data_never_moves_work_further_offshore(a in assessment(), to in pick(Sensitivity::ALL)) {
        // Every process's data raised to at least `to`, by one level or by several.
        let mut more = a.clone();
        for p in &mut more.processes {
            p.sensitivity = p.sensitivity.max(to);
        }
        for (j, (after, before)) in ranks(&more).into_iter().zip(ranks(&a)).enumerate() {
            prop_assert!(after <= before, "{}: {:?} -> {:?}: {before} -> {after}", a.processes[j].id, a.processes[j].sensitivity, to);
        }
    }

    #[test]
    fn more_sensitive_data_never_moves_work_to_a_country_without_adequacy(a in assessment(), to in pick(Sensitivity::ALL)) {
        // A company whose personal data may leave only under safeguards (EU/EEA, UK,
        // Switzerland): raising sensitivity never sends a process's data to a place that
        // needs them when it went to one that did not (or stayed at home).
        let mut more = a.clone();
        for p in &mut more.processes {
            p.sensitivity = p.sensitivity.max(to);
        }
        let needs = |r: &shorewise::engine::Recommendation| -> Vec<bool> {
            r.processes
                .iter()
                .map(|p| {
                    let working = match p.location {
                        Some(LocationModel::Hybrid) => p.countries.get(1),
                        Some(_) => p.countries.first(),
                        None => None,
                    };
                    working.is_some_and(|c| c.transfer == Transfer::NeedsSafeguards)
                })
                .collect()
        };
        if let (Ok(before), Ok(after)) = (recommend(&a), recommend(&more)) {
            for (j, (was, is)) in needs(&before).into_iter().zip(needs(&after)).enumerate() {
                prop_assert!(was || !is, "{} in {}: {:?} -> {:?}", a.processes[j].id, a.company.home, a.processes[j].sensitivity, to);
            }
        }
    }

    #[test]
    fn lower_dependency_tolerance_never_concentrates_work_with_providers(a in assessment()) {
        // Keep and automate leave no provider to depend on, co-sourcing keeps a team in
        // control, outsourcing hands the work over whole: a company that can bear less
        // dependency never moves a process up that order, nor from several vendors to one.
        let reliance = |p: &ProcessAdvice| match p.decision {
            Decision::KeepInHouse | Decision::Automate => 0,
            Decision::CoSource => 1,
            Decision::Outsource => 2,
        };
        let mut wary = a.clone();
        wary.risk.dependency_tolerance = match a.risk.dependency_tolerance {
            Level::High => Level::Medium,
            _ => Level::Low,
        };
        if let (Ok(before), Ok(after)) = (recommend(&a), recommend(&wary)) {
            for (p, q) in before.processes.iter().zip(&after.processes) {
                prop_assert!(reliance(q) <= reliance(p), "{}: {:?} -> {:?}", p.id, p.decision, q.decision);
                if p.decision == q.decision && p.vendors == VendorStrategy::Several {
                    prop_assert_eq!(q.vendors, VendorStrategy::Several, "{}", p.id);
                }
            }
        }
    }

    #[test]
    fn a_larger_automatable_share_never_lowers_the_automated_part(a in assessment(), i in 0usize..10) {
        // More rule-based work has a larger automatable share: the part of it advised
        // for automation (by the company or by its provider) never shrinks, and work
        // advised to be automated stays automated.
        prop_assume!(!a.processes.is_empty());
        let i = i % a.processes.len();
        prop_assume!(a.processes[i].rule_based < SCALE_MAX);
        let mut more = a.clone();
        more.processes[i].rule_based += 1;
        let part = |p: &ProcessAdvice| p.automation.map_or(0.0, |x| x.share);
        if let (Ok(before), Ok(after)) = (recommend(&a), recommend(&more)) {
            let (p, q) = (&before.processes[i], &after.processes[i]);
            prop_assert!(part(q) >= part(p), "{}: {:?} {:?} -> {:?} {:?}", p.id, p.decision, p.automation, q.decision, q.automation);
            if p.decision == Decision::Automate {
                prop_assert_eq!(q.decision, Decision::Automate, "{}", p.id);
            }
        }
    }

    #[test]
    fn a_smaller_scope_never_gets_a_longer_programme(a in assessment(), i in 0usize..10) {
        // Less work handed to a provider never takes a longer transition, and less
        // than one person's work is bought as a service with a month of onboarding.
        prop_assume!(!a.processes.is_empty());
        let i = i % a.processes.len();
        let mut smaller = a.clone();
        smaller.processes[i].fte = (a.processes[i].fte / 3.0).max(0.1);
        if let (Ok(before), Ok(after)) = (recommend(&a), recommend(&smaller)) {
            let (p, q) = (&before.processes[i], &after.processes[i]);
            if p.decision == q.decision && q.decision.uses_provider() {
                for case in 0..3 {
                    prop_assert!(q.cost.transition_months[case] <= p.cost.transition_months[case], "{}", p.id);
                }
            }
            if q.decision == Decision::Outsource && smaller.processes[i].fte < 1.0 {
                prop_assert_eq!(q.cost.transition_months, [1, 1, 1]);
            }
            prop_assert!(q.decision != Decision::CoSource || smaller.processes[i].fte >= 2.0);
        }
    }

    #[test]
    fn more_regulation_never_moves_work_further_offshore(a in assessment(), extra in pick(Regulation::ALL)) {
        let mut more = a.clone();
        if !more.risk.regulations.contains(&extra) {
            more.risk.regulations.push(extra);
        }
        for (after, before) in ranks(&more).into_iter().zip(ranks(&a)) {
            prop_assert!(after <= before);
        }
    }

    #[test]
    fn lower_risk_tolerance_never_moves_work_further_offshore(a in assessment()) {
        let mut lower = a.clone();
        lower.risk.tolerance = match a.risk.tolerance {
            Level::High => Level::Medium,
            _ => Level::Low,
        };
        for (after, before) in ranks(&lower).into_iter().zip(ranks(&a)) {
            prop_assert!(after <= before);
        }
    }

    #[test]
    fn more_weight_on_cost_never_moves_work_toward_onshore(a in assessment()) {
        let mut more = a.clone();
        more.goals.cost = (a.goals.cost + 1).min(5);
        let before = recommend(&a).unwrap();
        let after = recommend(&more).unwrap();
        for (b, x) in before.processes.iter().zip(&after.processes) {
            // Where even the best hand-over loses money over the term, more weight on
            // cost rightly pulls the other way (rule `cost_driven_advice_must_pay_off`).
            if b.decision.uses_provider() && b.payoff.is_none_or(|p| p.loss_depth() == 0.0) {
                prop_assert!(x.decision.uses_provider(), "{}: {:?} -> {:?}", b.name, b.decision, x.decision);
                prop_assert!(rank(x) >= rank(b), "{}: {:?} -> {:?}", b.name, b.location, x.location);
            }
        }
    }

    #[test]
    fn a_tighter_coverage_need_never_moves_work_in_house(a in assessment(), i in 0usize..8) {
        prop_assume!(i < a.processes.len());
        let before = recommend(&a).unwrap();
        let wider = match a.processes[i].coverage {
            Coverage::BusinessHours => Coverage::Extended,
            _ => Coverage::AroundTheClock,
        };
        let mut more = a.clone();
        more.processes[i].coverage = wider;
        let after = recommend(&more).unwrap();
        let (b, x) = (&before.processes[i], &after.processes[i]);
        if b.decision != Decision::KeepInHouse {
            prop_assert_ne!(x.decision, Decision::KeepInHouse, "{}", b.name);
        }
    }

    #[test]
    fn more_weight_on_expertise_never_moves_work_away_from_its_talent(a in assessment()) {
        let before = recommend(&a).unwrap();
        let mut more = a.clone();
        more.goals.expertise = (a.goals.expertise + 2).min(SCALE_MAX);
        let after = recommend(&more).unwrap();
        let talent = |p: &ProcessAdvice| match p.location {
            Some(LocationModel::Onshore) => true,
            Some(LocationModel::Hybrid) => p.countries.get(1).is_some_and(|c| c.talent),
            Some(_) => p.countries.first().is_some_and(|c| c.talent),
            None => false,
        };
        for (b, x) in before.processes.iter().zip(&after.processes) {
            if b.decision == x.decision && talent(b) {
                prop_assert!(talent(x), "{}: {:?} -> {:?}", b.name, b.location, x.location);
            }
        }
    }

    #[test]
    fn a_longer_contract_term_never_lowers_the_saving(a in assessment(), extra in 1u32..60) {
        let before = recommend(&a).unwrap();
        let mut longer = a.clone();
        let months = (before.term_months + extra).min(120) as f64;
        longer.assumptions.retain(|o| o.assumption != Assumption::ContractMonths);
        longer.assumptions.push(AssumptionOverride::new(Assumption::ContractMonths, months, months).unwrap());
        let after = recommend(&longer).unwrap();
        for (b, x) in before.processes.iter().zip(&after.processes) {
            // A longer term can make a hand-over pay off (or, losing money each month,
            // not): compare the money of unchanged advice.
            if (b.decision, b.location) != (x.decision, x.location) {
                continue;
            }
            prop_assert_eq!(x.cost.annual_saving, b.cost.annual_saving);
            prop_assert_eq!(x.cost.one_off, b.cost.one_off);
            prop_assert_eq!(x.cost.break_even_months, b.cost.break_even_months);
            // Once the change runs at its steady saving, every further month adds it
            // (during a transition longer than the term, a longer term adds costs).
            if b.cost.annual_saving.expected >= 0.0 && b.cost.flows[1].settled() <= before.term_months {
                prop_assert!(x.cost.term_net.expected >= b.cost.term_net.expected - 1e-6, "{}", b.name);
            }
        }
    }

    #[test]
    fn a_longer_transition_never_brings_break_even_earlier(a in assessment(), more in 1.0f64..12.0) {
        let before = recommend(&a).unwrap();
        let now = shorewise::content::economics::TRANSITION_MONTHS;
        let mut slower = a.clone();
        if let Some(o) = slower.assumptions.iter().find(|o| o.assumption == Assumption::TransitionMonths) {
            prop_assume!(o.high + more <= 36.0);
        }
        let (low, high) = slower
            .assumptions
            .iter()
            .find(|o| o.assumption == Assumption::TransitionMonths)
            .map_or((now.low, now.high), |o| (o.low, o.high));
        slower.assumptions.retain(|o| o.assumption != Assumption::TransitionMonths);
        slower.assumptions.push(AssumptionOverride::new(Assumption::TransitionMonths, low + more, high + more).unwrap());
        let after = recommend(&slower).unwrap();
        for (b, x) in before.processes.iter().zip(&after.processes) {
            if (b.decision, b.location) != (x.decision, x.location) {
                continue;
            }
            for case in 0..3 {
                match (b.cost.break_even_months[case], x.cost.break_even_months[case]) {
                    (Some(early), Some(late)) => prop_assert!(late >= early - 1e-9, "{}: {early} -> {late}", b.name),
                    (None, Some(late)) => prop_assert!(false, "{}: never -> {late}", b.name),
                    _ => {}
                }
            }
        }
    }

    #[test]
    fn a_hand_overs_saving_scales_with_its_cost_and_its_payback_does_not(a in assessment()) {
        // A hand-over's money is proportional to the work's cost (every figure is a
        // share of it), so twice the cost saves twice as much and pays back in the same
        // month; automation is not, because its smallest build and licence are fixed.
        let mut dear = a.clone();
        for p in &mut dear.processes {
            p.annual_cost = if p.annual_cost > 0.0 { p.annual_cost * 2.0 } else { 0.0 };
        }
        prop_assume!(dear.processes.iter().any(|p| p.annual_cost > 0.0));
        let before = recommend(&a).unwrap();
        let after = recommend(&dear).unwrap();
        for ((b, x), p) in before.processes.iter().zip(&after.processes).zip(&a.processes) {
            if p.annual_cost <= 0.0 || !b.decision.uses_provider() || (b.decision, b.location) != (x.decision, x.location) {
                continue;
            }
            let ratio = x.cost.annual_saving.expected / b.cost.annual_saving.expected;
            prop_assert!(b.cost.annual_saving.expected == 0.0 || (ratio - 2.0).abs() < 1e-9, "{}: {ratio}", b.name);
            prop_assert_eq!(x.cost.break_even_months.map(|m| m.map(|m| (m * 1e6).round())), b.cost.break_even_months.map(|m| m.map(|m| (m * 1e6).round())));
        }
    }

    #[test]
    fn every_point_sits_in_its_advices_quadrant(a in assessment()) {
        let r = recommend(&a).unwrap();
        for p in &r.processes {
            let m = p.matrix;
            prop_assert_eq!(m.fit > 50.0, p.decision.uses_provider(), "{}: {:?}", p.name, m);
            prop_assert_eq!(
                m.control > 50.0,
                matches!(p.decision, Decision::KeepInHouse | Decision::CoSource),
                "{}: {:?}", p.name, m
            );
            prop_assert!((0.0..=100.0).contains(&m.fit) && (0.0..=100.0).contains(&m.control));
        }
    }

    #[test]
    fn every_flip_is_real(a in assessment()) {
        let r = recommend(&a).unwrap();
        for p in &r.processes {
            if let Some(flip) = p.flip {
                let mut changed = a.clone();
                flip.change.apply(&mut changed, &p.id);
                let after = recommend(&changed).unwrap();
                let q = after.processes.iter().find(|q| q.id == p.id).unwrap();
                prop_assert_eq!((q.decision, q.location), (flip.decision, flip.location));
            }
        }
    }

    #[test]
    fn bad_numbers_are_rejected_with_a_named_field_never_a_panic(
        a in assessment(),
        fte in prop_oneof![Just(f64::NAN), Just(f64::INFINITY), Just(-1.0), Just(0.0), Just(1e9), any::<f64>()],
        cost in prop_oneof![Just(f64::NAN), Just(f64::NEG_INFINITY), Just(-5.0), any::<f64>()],
    ) {
        prop_assume!(!a.processes.is_empty());
        let mut bad = a.clone();
        bad.processes[0].fte = fte;
        bad.processes[0].annual_cost = cost;
        match recommend(&bad) {
            Ok(_) => {
                prop_assert!(fte.is_finite() && (0.01..=100_000.0).contains(&fte));
                prop_assert!(cost.is_finite() && cost >= 0.0);
            }
            Err(e) => {
                let field = e.field().unwrap_or_default().to_owned();
                prop_assert!(field.starts_with("processes[0]."), "{}", field);
            }
        }
    }
}

#[test]
fn keep_and_automate_count_as_home() {
    assert_eq!(
        Decision::ALL.iter().filter(|d| d.uses_provider()).count(),
        2
    );
}

/// One damage done to a record: a character replaced, removed or inserted, or the end
/// cut off.
#[derive(Clone, Debug)]
enum Damage {
    Replace(usize, char),
    Remove(usize),
    Insert(usize, char),
    Truncate(usize),
}

fn damage() -> impl Strategy<Value = Damage> {
    let ch = prop_oneof![
        proptest::char::range('A', 'z'),
        Just('-'),
        Just('_'),
        Just('.'),
        Just('/'),
        Just('%'),
        any::<char>()
    ];
    prop_oneof![
        (any::<usize>(), ch.clone()).prop_map(|(i, c)| Damage::Replace(i, c)),
        any::<usize>().prop_map(Damage::Remove),
        (any::<usize>(), ch).prop_map(|(i, c)| Damage::Insert(i, c)),
        any::<usize>().prop_map(Damage::Truncate),
    ]
}

fn apply_damage(text: &str, damages: &[Damage]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for d in damages {
        let n = chars.len().max(1);
        match *d {
            Damage::Replace(i, c) if !chars.is_empty() => chars[i % n] = c,
            Damage::Remove(i) if !chars.is_empty() => {
                chars.remove(i % n);
            }
            Damage::Insert(i, c) => chars.insert(i % (chars.len() + 1), c),
            Damage::Truncate(i) => chars.truncate(i % n),
            _ => {}
        }
    }
    chars.into_iter().collect()
}

proptest! {
    #![proptest_config(config(300))]

    /// A stored record or share link reads back as exactly the answers written, and
    /// gives exactly the same advice.
    #[test]
    fn records_round_trip_to_the_same_answers_and_advice(a in assessment(), reached in 0u8..6) {
        let text = record::encode(&a, reached);
        let back = record::decode(&text).expect("a record Shorewise wrote");
        prop_assert_eq!(back.reached, reached);
        prop_assert_eq!(&back.assessment, &a);
        prop_assert_eq!(recommend(&back.assessment).unwrap(), recommend(&a).unwrap());
    }
}

proptest! {
    #![proptest_config(config(60_000))]

    /// Damaged records (characters replaced, removed, inserted, the end cut off) never
    /// panic the decoder: each reads as valid answers or names what is wrong.
    #[test]
    fn damaged_records_never_panic(
        a in assessment(),
        damages in proptest::collection::vec(damage(), 1..4),
    ) {
        let text = apply_damage(&record::encode(&a, 2), &damages);
        if let Ok(r) = record::decode(&text) {
            prop_assert!(recommend(&r.assessment).is_ok());
        }
    }

    /// Arbitrary text, with or without the record prefix, never panics the decoder.
    #[test]
    fn arbitrary_text_never_panics(body in ".{0,300}", prefixed in any::<bool>()) {
        let text = if prefixed { format!("{}{body}", record::RECORD_PREFIX) } else { body };
        let _ = record::decode(&text);
    }
}

#[test]
fn record_errors_name_what_is_wrong() {
    use record::RecordError;
    let good = record::encode(&shorewise::engine::examples::us_software(), 1);
    assert_eq!(record::decode(""), Err(RecordError::NotARecord));
    assert_eq!(record::decode("hello"), Err(RecordError::NotARecord));
    assert!(matches!(
        record::decode(&good.replacen("sw1.", "sw7.", 1)),
        Err(RecordError::NewerVersion { .. })
    ));
    assert!(matches!(
        record::decode(&good[..good.len() / 2]),
        Err(RecordError::Damaged { .. })
    ));
    assert!(matches!(
        record::decode(&"A".repeat(record::MAX_RECORD_CHARS + 1)),
        Err(RecordError::TooLong { .. })
    ));
    let mut bad = shorewise::engine::examples::us_software();
    bad.processes[0].fte = -1.0;
    assert!(matches!(
        record::decode(&record::encode(&bad, 0)),
        Err(RecordError::Invalid(_))
    ));
}

#[test]
fn a_ten_process_link_is_short_and_two_hundred_still_work() {
    let ten = shorewise::engine::examples::with_processes(10);
    let text = record::encode(&ten, 5);
    assert!(text.len() < 700, "{} characters", text.len());
    let mut big = shorewise::engine::examples::with_processes(37);
    for i in big.processes.len()..200 {
        big.processes.push(ProcessAnswer::custom(
            i as u32,
            &format!("A process of our own number {i}"),
            WorkKind::BackOffice,
        ));
    }
    assert_eq!(big.processes.len(), 200);
    let text = record::encode(&big, 5);
    assert_eq!(record::decode(&text).unwrap().assessment, big);
}

proptest! {
    #![proptest_config(config(300))]

    /// An exported file imports as exactly the answers exported, with the same advice.
    #[test]
    fn files_round_trip_to_the_same_answers_and_advice(a in assessment()) {
        let text = shorewise::files::json::export(&a);
        let back = shorewise::files::json::import(&text);
        prop_assert_eq!(back.as_ref(), Ok(&a));
        prop_assert_eq!(recommend(&back.unwrap()).unwrap(), recommend(&a).unwrap());
        // The format is the documented serde one, in both directions.
        let by_serde: Assessment = serde_json::from_str(&text).expect("serde reads the export");
        prop_assert_eq!(&by_serde, &a);
        let from_serde = serde_json::to_string_pretty(&a).unwrap();
        prop_assert_eq!(shorewise::files::json::import(&from_serde), Ok(a));
    }

    /// Arbitrary text, and arbitrarily deep nesting, never panic the file reader.
    #[test]
    fn arbitrary_files_never_panic(body in ".{0,300}", depth in 0usize..5000) {
        let _ = shorewise::files::json::import(&body);
        let _ = shorewise::files::json::import(&format!("{}{}", "[".repeat(depth), "]".repeat(depth)));
    }
}

proptest! {
    #![proptest_config(config(20_000))]

    /// Damaged files never panic the importer: each reads as valid answers or says what
    /// is wrong.
    #[test]
    fn damaged_files_never_panic(
        a in assessment(),
        damages in proptest::collection::vec(damage(), 1..4),
    ) {
        let text = apply_damage(&shorewise::files::json::export(&a), &damages);
        if let Ok(b) = shorewise::files::json::import(&text) {
            prop_assert!(recommend(&b).is_ok());
        }
    }
}

#[test]
fn named_records_round_trip_and_report_unreadable_lines() {
    let a = shorewise::engine::examples::us_software();
    let b = shorewise::engine::examples::eu_insurer();
    let text = record::encode_named([("Before\tthe\nchange", &a), ("After", &b)]);
    let (items, broken) = record::decode_named(&text);
    assert!(!broken);
    assert_eq!(items.len(), 2);
    assert_eq!(items[0].0, "Before the change");
    assert_eq!((&items[0].1, &items[1].1), (&a, &b));
    let damaged = format!("{text}garbage line\nName\tsw1.AAAA\n");
    let (items, broken) = record::decode_named(&damaged);
    assert!(broken);
    assert_eq!(items.len(), 2, "the readable ones are kept");
}
