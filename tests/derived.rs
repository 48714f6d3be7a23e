//! What the views show but must not compute: grouping, runner-ups, table rows, catalog
//! search, the wage table's countries and the current-cost estimate. Each is a content
//! or engine function, checked here natively.

mod common;

use common::*;
use shorewise::content::processes::Filter;
use shorewise::content::{countries, processes};
use shorewise::engine::cost::{current_cost, estimate_cost};
use shorewise::engine::examples;
use shorewise::engine::explain::runner_up;
use shorewise::engine::figures::Figures;
use shorewise::engine::location;
use shorewise::engine::model::*;
use shorewise::engine::Decision;

#[test]
fn headline_groups_every_process_under_its_decision_once() {
    let r = run(&examples::us_software());
    let mut named: Vec<&str> = Decision::ALL
        .iter()
        .flat_map(|d| r.names_with(*d))
        .collect();
    named.sort_unstable();
    let mut all: Vec<&str> = r.processes.iter().map(|p| &*p.name).collect();
    all.sort_unstable();
    assert_eq!(named, all);
    for p in &r.processes {
        assert!(r.names_with(p.decision).contains(&&*p.name));
    }
}

#[test]
fn runner_up_is_the_best_eligible_other_option() {
    for a in [examples::us_software(), examples::eu_insurer()] {
        let r = run(&a);
        for p in &r.processes {
            let rival = p.decision_runner_up();
            assert_ne!(rival, Some(p.decision), "{}", p.name);
            if let Some(d) = rival {
                let s = p.alternatives.iter().find(|s| s.option == d).unwrap();
                assert!(s.excluded.is_none(), "{}: runner-up is excluded", p.name);
                let better_eligible = p
                    .alternatives
                    .iter()
                    .any(|o| o.option != p.decision && o.excluded.is_none() && o.score > s.score);
                assert!(!better_eligible, "{}: a better rival exists", p.name);
            }
            match p.location {
                None => assert_eq!(p.location_runner_up(), None),
                Some(l) => assert_ne!(p.location_runner_up(), Some(l)),
            }
            assert_eq!(
                runner_up(&p.alternatives, p.decision).map(|s| s.option),
                rival
            );
        }
    }
}

#[test]
fn cost_table_rows_are_the_processes_that_change() {
    let r = run(&examples::us_software());
    let rows: Vec<_> = r.changing().map(|p| p.id.clone()).collect();
    let expected: Vec<_> = r
        .processes
        .iter()
        .filter(|p| p.decision != Decision::KeepInHouse)
        .map(|p| p.id.clone())
        .collect();
    assert_eq!(rows, expected);
    assert!(r.changing().all(|p| p.decision != Decision::KeepInHouse));
}

#[test]
fn roadmap_names_follow_the_wave() {
    let r = run(&examples::us_software());
    assert!(!r.roadmap.is_empty());
    for w in &r.roadmap {
        let names = r.names_in(w);
        assert_eq!(names.len(), w.processes.len());
        for (id, name) in w.processes.iter().zip(names) {
            assert_eq!(r.advice(id).unwrap().name, name);
        }
    }
}

#[test]
fn a_narrowed_catalog_offers_only_its_processes_and_drops_empty_groups() {
    let last = processes::CATALOG.last().expect("a catalog").id;
    let offered = ["payroll", last];
    let groups = processes::search(&Filter::new(""), |id| offered.contains(&id));
    let ids: Vec<&str> = groups
        .iter()
        .flat_map(|(_, v)| v.iter().map(|c| c.id))
        .collect();
    assert_eq!(ids.len(), 2, "{ids:?}");
    assert!(ids.iter().all(|id| offered.contains(id)));
    assert!(groups.iter().all(|(_, v)| !v.is_empty()));
    assert!(
        processes::search(&Filter::new("payroll"), |id| id != "payroll")
            .iter()
            .all(|(_, v)| v.iter().all(|c| c.id != "payroll"))
    );
}

#[test]
fn catalog_search_matches_name_summary_or_category_ignoring_case() {
    let all: usize = processes::search(&Filter::new(""), |_| true)
        .iter()
        .map(|(_, v)| v.len())
        .sum();
    assert_eq!(
        all,
        processes::CATALOG.len(),
        "empty filter shows everything"
    );
    let hits = processes::search(&Filter::new("  PAYROLL "), |_| true);
    assert!(hits.iter().flat_map(|(_, v)| v).any(|c| c.id == "payroll"));
    for (cat, items) in &hits {
        assert!(!items.is_empty());
        assert!(items.iter().all(|c| c.category == *cat));
    }
    assert!(processes::search(&Filter::new("no such process anywhere"), |_| true).is_empty());
    // Either language finds it, umlauts in any case included.
    let ids = |filter: &str| -> Vec<&str> {
        processes::search(&Filter::new(filter), |_| true)
            .into_iter()
            .flat_map(|(_, v)| v.into_iter().map(|c| c.id))
            .collect()
    };
    assert!(ids("gehaltsABRECHNUNG").contains(&"payroll"));
    assert!(
        ids("ÜBERWACHEN").contains(&"cybersecurity"),
        "{:?}",
        ids("ÜBERWACHEN")
    );
    // A category's name matches all its entries.
    let (cat, _) = processes::search(&Filter::new(""), |_| true)[0];
    let label = shorewise::content::advice::category(cat);
    let by_label = processes::search(&Filter::new(&label.to_uppercase()), |_| true);
    let in_cat = by_label.iter().find(|(c, _)| *c == cat).unwrap();
    assert_eq!(
        in_cat.1.len(),
        processes::CATALOG
            .iter()
            .filter(|c| c.category == cat)
            .count()
    );
}

#[test]
fn process_names_come_from_the_catalog_or_the_user() {
    assert_eq!(processes::name_of(&catalog("payroll")), "Payroll");
    let own = ProcessAnswer::custom(3, "Warranty claims", WorkKind::Legal);
    assert_eq!(processes::name_of(&own), "Warranty claims");
}

#[test]
fn wage_table_lists_home_then_locations_then_the_users_own_once() {
    let mut a = examples::us_software();
    a.wages.push(WageOverride {
        country: "NZ".into(),
        low: 20.0,
        high: 25.0,
    });
    let r = run(&a);
    let options = r.locations.iter().flat_map(|f| &f.options);
    let shown = location::wage_countries(&a.company, options, &a.wages);
    let codes: Vec<&str> = shown.iter().map(|c| c.code).collect();
    assert_eq!(codes[0], "US");
    assert_eq!(codes.last(), Some(&"NZ"));
    let mut unique = codes.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), codes.len(), "each country once: {codes:?}");
    for o in r.locations.iter().flat_map(|f| &f.options) {
        for c in &o.countries {
            assert!(codes.contains(&c.code), "{} missing", c.code);
        }
    }
    let nz = countries::find("NZ").unwrap();
    assert_eq!(location::wage_range(nz, &a.wages), (20.0, 25.0));
    let us = countries::find("US").unwrap();
    assert_eq!(
        location::wage_range(us, &a.wages),
        (us.wage.low, us.wage.high)
    );
}

#[test]
fn current_cost_is_the_users_figure_or_the_estimate() {
    let a = company_with("payroll");
    let home = countries::find(&a.company.home).unwrap();
    let fig = Figures::new(&a, home);
    let mut p = a.processes[0].clone();
    let (estimate, estimated) = current_cost(&p, &fig);
    assert!(estimated);
    assert_eq!(estimate, estimate_cost(&p, &fig));
    assert!(estimate > 0.0);
    p.annual_cost = 123_456.0;
    assert_eq!(current_cost(&p, &fig), (123_456.0, false));
}

#[test]
fn comparing_two_scenarios_marks_exactly_the_processes_whose_advice_differs() {
    use shorewise::engine::compare::compare;
    let before = examples::us_software();
    let mut after = before.clone();
    after.risk.residency = Residency::HomeCountry;
    after.goals.cost = 0;
    after.processes.remove(0);
    after.processes.push(ProcessAnswer::custom(
        9,
        "Warranty claims",
        WorkKind::BackOffice,
    ));
    let (a, b) = (run(&before), run(&after));
    let c = compare(&a, &b);
    assert_eq!(c.rows.len(), before.processes.len() + 1);
    assert_eq!(c.rows[0].second, None, "removed in the second");
    assert_eq!(c.rows.last().unwrap().first, None, "added in the second");
    for row in &c.rows[1..c.rows.len() - 1] {
        let x = a.advice(&row.id).unwrap();
        let y = b.advice(&row.id).unwrap();
        assert_eq!(
            row.differs(),
            (x.decision, x.location) != (y.decision, y.location)
        );
    }
    assert!(c.differences() >= 2);
    assert_eq!(c.saving.0, a.portfolio.annual_saving);
    let same = compare(&a, &a);
    assert_eq!(same.differences(), 0);
}

#[test]
fn a_cost_far_from_what_the_people_cost_is_flagged_either_way() {
    use shorewise::engine::cost::check_cost;
    let a = company_with("payroll");
    let home = countries::find(&a.company.home).unwrap();
    let fig = Figures::new(&a, home);
    let mut p = a.processes[0].clone();
    assert_eq!(check_cost(&p, &fig), None, "no cost typed");
    let typical = estimate_cost(&p, &fig);
    p.annual_cost = typical * 1.5;
    assert_eq!(check_cost(&p, &fig), None, "plausible");
    p.fte = 0.01;
    p.annual_cost = 1e13;
    let high = check_cost(&p, &fig).expect("0.01 FTE costing 10^13 is implausible");
    assert!(high.too_high());
    assert!((high.per_person - 1e15).abs() < 1.0);
    p.fte = 100.0;
    p.annual_cost = 1_000.0;
    assert!(!check_cost(&p, &fig).unwrap().too_high());
}
