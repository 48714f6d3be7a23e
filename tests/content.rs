//! Content tests: the knowledge base is complete, ids are unique, every figure is
//! sourced or labelled as an assumption, and every enum value has wording.

use shorewise::content::sources::{self, Basis};
use shorewise::content::{
    advice, countries::COUNTRIES, economics, minimum_wages, processes, wages,
};
use shorewise::engine::model::*;
use std::collections::HashSet;

#[test]
fn catalog_has_at_least_30_processes_with_unique_ids_and_complete_entries() {
    let catalog = processes::CATALOG;
    assert!(catalog.len() >= 30, "{}", catalog.len());
    let ids: HashSet<_> = catalog.iter().map(|p| p.id).collect();
    assert_eq!(ids.len(), catalog.len(), "duplicate catalog id");
    for p in catalog {
        assert!(
            !p.id.starts_with("custom-"),
            "{} clashes with custom ids",
            p.id
        );
        assert!(
            p.id.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
            "{}",
            p.id
        );
        assert!(!p.name.is_empty() && !p.summary.is_empty(), "{}", p.id);
        assert!(p.summary.ends_with('.'), "{}", p.id);
        assert!(p.role_multiplier > 0.0, "{}", p.id);
        let d = p.defaults;
        assert!(
            d.fte > 0.0
                && d.judgement <= 5
                && d.rule_based <= 5
                && d.documentation <= 5
                && d.overlap_hours <= 8,
            "{}",
            p.id
        );
        // Defaults are valid answers as they stand.
        let mut a = Assessment::default();
        a.processes.push(p.answer());
        assert!(shorewise::engine::recommend(&a).is_ok(), "{}", p.id);
    }
}

#[test]
fn catalog_covers_every_category_and_kind_named_in_the_brief() {
    for cat in processes::Category::ALL {
        assert!(
            processes::CATALOG.iter().any(|p| p.category == *cat),
            "{cat:?} is empty"
        );
    }
    for kind in WorkKind::ALL {
        assert!(
            processes::CATALOG.iter().any(|p| p.kind == *kind),
            "{kind:?} has no process"
        );
    }
    for id in [
        "payroll",
        "benefits",
        "recruiting",
        "accounts-payable",
        "accounts-receivable",
        "ledger-reporting",
        "data-entry",
        "customer-service",
        "technical-support",
        "sales",
        "telemarketing",
        "lead-qualification",
        "marketing-ops",
        "social-media",
        "app-development",
        "app-maintenance",
        "it-helpdesk",
        "infrastructure-cloud",
        "cybersecurity",
        "data-analytics",
        "financial-analysis",
        "contract-review",
        "compliance",
        "market-research",
        "competitive-research",
        "shipping-logistics",
    ] {
        assert!(processes::find(id).is_some(), "{id} missing");
    }
}

#[test]
fn at_least_40_countries_sorted_unique_and_plausible() {
    assert!(COUNTRIES.len() >= 40, "{}", COUNTRIES.len());
    assert!(
        COUNTRIES.windows(2).all(|w| w[0].code < w[1].code),
        "sorted by code for binary search"
    );
    for c in COUNTRIES {
        assert_eq!(c.code.len(), 2);
        assert_eq!(c.currency.len(), 3, "{}", c.code);
        assert!(c.per_usd > 0.0, "{}", c.code);
        assert!((-720..=840).contains(&c.utc_offset_min), "{}", c.code);
        assert_eq!(c.utc_offset_min % 30, 0, "{}", c.code);
        assert!(c.wage.low > 0.0 && c.wage.low <= c.wage.high, "{}", c.code);
        assert!(
            c.load.low >= 0.0 && c.load.low <= c.load.high && c.load.high < 1.0,
            "{}",
            c.code
        );
        assert!(!c.languages.is_empty(), "{}", c.code);
        for d in [c.people, c.digital] {
            assert!((1..=5).contains(&d), "{}", c.code);
        }
    }
    // Half-hour zones are kept (India, Sri Lanka).
    assert_eq!(
        shorewise::content::countries::find("IN")
            .unwrap()
            .utc_offset_min,
        330
    );
}

/// The exchange rate the catalog uses for a currency: that of a country paying in it.
fn per_usd(currency: &str) -> f64 {
    COUNTRIES
        .iter()
        .find(|c| c.currency == currency)
        .map(|c| c.per_usd)
        .unwrap_or_else(|| panic!("no catalog country pays in {currency}"))
}

#[test]
fn every_wage_is_at_or_above_the_statutory_minimum() {
    let mut checked = 0;
    for c in COUNTRIES {
        let Some(min) = minimum_wages::of(c.code) else {
            continue;
        };
        let usd_per_hour = min.hourly() / per_usd(min.currency);
        assert!(
            c.wage.low >= usd_per_hour,
            "{}: wage from {:.2} USD/h is below the statutory minimum of {:.2} USD/h ({} {} per {:?}, {} {})",
            c.code,
            c.wage.low,
            usd_per_hour,
            min.amount,
            min.currency,
            min.per,
            min.source.title,
            min.source.date,
        );
        checked += 1;
    }
    assert_eq!(
        checked,
        minimum_wages::MINIMUM_WAGES.len(),
        "a minimum for a country not in the catalog"
    );
}

#[test]
fn every_eu_country_with_a_national_minimum_has_it_stored() {
    // The EU members that set minimum pay only by collective agreement (Eurostat).
    let by_agreement = ["AT", "DK", "FI", "IT", "SE"];
    assert!(
        minimum_wages::MINIMUM_WAGES
            .windows(2)
            .all(|w| w[0].code < w[1].code),
        "sorted by code, each once"
    );
    for c in COUNTRIES
        .iter()
        .filter(|c| c.eea && !["IS", "LI", "NO"].contains(&c.code))
    {
        assert_eq!(
            minimum_wages::of(c.code).is_some(),
            !by_agreement.contains(&c.code),
            "{}",
            c.code
        );
    }
    // Hourly equivalents of a 40-hour week, worked out by hand.
    let pl = minimum_wages::of("PL").unwrap();
    assert!((pl.hourly() - 1_139.0 * 12.0 / 52.0 / 40.0).abs() < 1e-9);
    assert_eq!(minimum_wages::of("JM").unwrap().hourly(), 400.0);
    assert_eq!(minimum_wages::of("GB").unwrap().hourly(), 12.71);
}

#[test]
fn every_figure_is_sourced_or_labelled_as_an_assumption() {
    let known: HashSet<_> = sources::ALL.iter().map(|s| s.id).collect();
    assert_eq!(known.len(), sources::ALL.len(), "duplicate source id");
    let check = |what: &str, b: &Basis| match b {
        Basis::Cited(s) => {
            assert!(known.contains(s.id), "{what}: unknown source {}", s.id);
            assert!(!s.date.is_empty() && !s.title.is_empty(), "{what}");
        }
        Basis::Assumption(why) => assert!(why.len() > 10, "{what}: an assumption needs its reason"),
        Basis::Yours => panic!("{what}: the catalog holds no user figure"),
    };
    for c in COUNTRIES {
        check(c.code, &c.wage.basis);
        check(c.code, &c.load.basis);
    }
    for p in processes::CATALOG {
        check(p.id, &p.multiplier_basis);
    }
    // Every default lies within the bounds a user may type, for every home country.
    for home in COUNTRIES {
        for &x in Assumption::ALL {
            let f = economics::default_figure(x, home);
            let label = format!("{x:?} ({})", home.code);
            check(&label, &f.basis);
            assert!(f.low <= f.high, "{label}");
            assert!(
                x.bounds().admits(f.low) && x.bounds().admits(f.high),
                "{label}"
            );
            assert!(!x.single() || f.low == f.high, "{label} is one value");
        }
    }
    // The cited survey figures are the ones DOMAIN.md gives.
    let find = |code| shorewise::content::countries::find(code).unwrap();
    assert_eq!((find("MX").wage.low, find("MX").wage.high), (5.0, 6.0));
    assert_eq!((find("IN").wage.low, find("IN").wage.high), (2.0, 3.0));
    assert_eq!(find("US").wage.low, 19.08);
    assert_eq!(
        (economics::GOVERNANCE.low, economics::GOVERNANCE.high),
        (0.045, 0.15)
    );
    assert_eq!(
        (economics::SELECTION.low, economics::SELECTION.high),
        (0.02, 0.05)
    );
}

#[test]
fn every_value_the_engine_can_output_has_wording() {
    use shorewise::engine::outcome::{CheckItem, Kpi, Risk};
    let non_empty = |s: &str| assert!(!s.trim().is_empty());
    for d in shorewise::engine::Decision::ALL {
        non_empty(advice::decision(d));
        non_empty(advice::decision_help(d));
    }
    for g in Goal::ALL {
        non_empty(advice::goal(*g));
        non_empty(advice::goal_help(*g));
    }
    for r in Risk::ALL {
        let (risk, fix) = advice::risk(r);
        non_empty(risk);
        non_empty(fix);
    }
    let (name, term) = advice::kpi(Kpi::ServiceLevel);
    non_empty(name);
    non_empty(term);
    non_empty(advice::check_item(CheckItem::NotPriceAlone));
    assert_eq!(advice::BPO_STEPS.len(), 8);
}

#[test]
fn roadmap_waves_last_as_long_as_the_transition_assumption_says() {
    use shorewise::content::economics::{wave_months, TRANSITION_MONTHS, WAVE_MONTHS};
    use shorewise::engine::model::Level;
    for level in Level::ALL {
        let m = f64::from(wave_months(*level));
        assert!(
            (TRANSITION_MONTHS.low..=TRANSITION_MONTHS.high).contains(&m),
            "{level:?}: {m} months is outside the transition assumption"
        );
        assert!((WAVE_MONTHS.low..=WAVE_MONTHS.high).contains(&m));
    }
    assert!(wave_months(Level::Low) > wave_months(Level::High));
}

#[test]
fn every_example_company_is_complete_valid_and_distinct() {
    use shorewise::content::companies::{find, EXAMPLES};
    assert!((4..=6).contains(&EXAMPLES.len()));
    let mut homes = HashSet::new();
    let mut industries = HashSet::new();
    for e in EXAMPLES {
        let a = e.assessment();
        assert_eq!(a.company.name, e.name, "{}", e.id);
        assert!(a.processes.len() >= 4, "{}: too few processes", e.id);
        let r = shorewise::engine::recommend(&a)
            .unwrap_or_else(|err| panic!("{} does not validate: {err}", e.id));
        assert_eq!(r.processes.len(), a.processes.len());
        assert_eq!(find(e.id).map(|f| f.name), Some(e.name));
        assert!(e.summary.ends_with('.'), "{}", e.id);
        homes.insert(a.company.home.clone());
        industries.insert(a.company.industry);
    }
    assert_eq!(homes.len(), EXAMPLES.len(), "one home country each");
    assert_eq!(industries.len(), EXAMPLES.len(), "one industry each");
}

/// Prints each example's advice (run with `--nocapture`) so a reviewer can read it.
#[test]
fn example_companies_get_differentiated_advice() {
    use shorewise::content::companies::EXAMPLES;
    use std::collections::BTreeSet;
    let mut outcomes = BTreeSet::new();
    for e in EXAMPLES {
        let r = shorewise::engine::recommend(&e.assessment()).unwrap();
        for p in &r.processes {
            println!(
                "{:<28} {:<38} {:?} {:?}",
                e.name, p.name, p.decision, p.location
            );
            outcomes.insert(format!("{:?}", p.decision));
        }
    }
    assert!(
        outcomes.len() >= 3,
        "the examples show several kinds of advice: {outcomes:?}"
    );
}

#[test]
fn summary_wording_lists_names_and_says_when_payback_falls_beyond_the_term() {
    use shorewise::content::text::{names_list, summary_group, summary_hand_over, summary_saving};
    assert_eq!(
        summary_hand_over(&["outsource A offshore".into(), "co-source B onshore".into()]),
        "Outsource A offshore; co-source B onshore."
    );
    use shorewise::engine::LocationModel;
    assert_eq!(names_list(&[]), "");
    assert_eq!(names_list(&["A"]), "A");
    assert_eq!(names_list(&["A", "B"]), "A and B");
    assert_eq!(names_list(&["A", "B", "C", "D"]), "A, B, C and D");
    assert_eq!(names_list(&["A", "B", "C", "D", "E"]), "A, B, C and 2 more");
    assert_eq!(
        summary_group(false, "Payroll", LocationModel::Onshore, Some("India")),
        "outsource Payroll onshore"
    );
    assert_eq!(
        summary_group(true, "Payroll", LocationModel::Hybrid, Some("Poland")),
        "co-source Payroll hybrid (split between home and Poland)"
    );
    assert_eq!(
        summary_group(false, "Payroll", LocationModel::Offshore, Some("India")),
        "outsource Payroll offshore (for example to India)"
    );
    assert!(summary_saving("X", "Y", Some(35.2), 36).ends_with("in about 36 months."));
    // Past the term the summary says so in years, never as a count of months.
    assert!(summary_saving("X", "Y", Some(36.2), 36)
        .ends_with("do not pay back their one-off costs within 3 years."));
    assert!(summary_saving("X", "Y", Some(13_946.0), 30)
        .ends_with("do not pay back their one-off costs within 30 months."));
    assert!(summary_saving("X", "Y", None, 12).ends_with("within a year."));
}

#[test]
fn an_overlap_that_does_not_change_with_the_season_is_one_number() {
    use shorewise::content::text::overlap_range;
    assert_eq!(overlap_range("0", "0"), "0 h");
    assert_eq!(overlap_range("6", "7"), "6–7 h");
}

#[test]
fn an_alternative_ruled_out_says_why() {
    use shorewise::content::text::ruled_out;
    assert_eq!(
        ruled_out(
            "Outsource",
            "Not advised: this is a differentiating core process."
        ),
        "Outsource — not advised: this is a differentiating core process."
    );
}

#[test]
fn countries_are_listed_by_name_in_each_language() {
    use shorewise::content::countries::by_name;
    use shorewise::content::lang::{self, Lang};
    for language in Lang::ALL {
        lang::set(language);
        let listed = by_name();
        assert_eq!(listed.len(), COUNTRIES.len(), "every country once");
        let codes: HashSet<_> = listed.iter().map(|c| c.code).collect();
        assert_eq!(codes.len(), COUNTRIES.len());
        // Alphabetical, reading an accented letter as its base letter ("Türkiye" under T,
        // "Österreich" under O).
        let key = |name: &str| {
            name.chars()
                .map(|c| match c {
                    'ü' | 'Ü' | 'ú' | 'Ú' => 'u',
                    'ö' | 'Ö' | 'ó' | 'Ó' => 'o',
                    'ä' | 'Ä' | 'á' | 'Á' => 'a',
                    'é' | 'É' | 'è' | 'ê' => 'e',
                    'í' | 'Í' | 'î' => 'i',
                    'ñ' => 'n',
                    'ç' => 'c',
                    c => c.to_ascii_lowercase(),
                })
                .collect::<String>()
        };
        let names: Vec<&str> = listed.iter().map(|c| c.name.get()).collect();
        assert!(
            names.windows(2).all(|w| key(w[0]) < key(w[1])),
            "{language:?}: {names:?}"
        );
    }
    lang::set(Lang::En);
}

#[test]
fn every_catalog_name_and_country_reads_in_german() {
    use shorewise::content::lang::Lang;
    for p in processes::CATALOG {
        for t in [p.name, p.summary] {
            assert!(!t.in_lang(Lang::De).is_empty(), "{}", p.id);
        }
        assert_ne!(
            p.summary.in_lang(Lang::De),
            p.summary.in_lang(Lang::En),
            "{}",
            p.id
        );
    }
    let german = |code: &str| {
        shorewise::content::countries::find(code)
            .map(|c| c.name.in_lang(Lang::De))
            .unwrap_or_default()
    };
    assert_eq!(german("DE"), "Deutschland");
    assert_eq!(german("GB"), "Vereinigtes Königreich");
}

#[test]
fn a_homes_languages_come_first_and_other_last() {
    use shorewise::content::countries::languages_home_first;
    for c in COUNTRIES {
        let order = languages_home_first(c.code);
        assert_eq!(
            order.len(),
            Language::ALL.len(),
            "{}: every language once",
            c.code
        );
        let unique: HashSet<_> = order.iter().collect();
        assert_eq!(unique.len(), order.len(), "{}", c.code);
        assert_eq!(order.last(), Some(&Language::Other), "{}", c.code);
        let own: Vec<_> = c
            .languages
            .iter()
            .copied()
            .filter(|l| *l != Language::Other)
            .collect();
        assert_eq!(order[..own.len()], own[..], "{}", c.code);
        // The likely ones are the country's own and English, and come first.
        let likely = shorewise::content::countries::likely_languages(c.code);
        let mut want = own.clone();
        if !want.contains(&Language::English) {
            want.push(Language::English);
        }
        assert_eq!(order[..likely], want[..], "{}", c.code);
    }
    assert_eq!(
        languages_home_first("DE")[..2],
        [Language::German, Language::English]
    );
    assert_eq!(
        languages_home_first("JP")[..2],
        [Language::Japanese, Language::English]
    );
}

/// Wording with values follows the language, with German grammar and dates.
#[test]
fn wording_with_values_follows_the_language() {
    use shorewise::content::lang::{self, Lang};
    use shorewise::content::text;
    lang::set(Lang::De);
    assert_eq!(text::date(4, 11, 2026), "4. Dezember 2026");
    assert_eq!(text::names_list(&["A", "B", "C"]), "A, B und C");
    assert_eq!(
        text::trial_effect(2, 5),
        "Die Empfehlung ändert sich für 2 von 5 Prozessen."
    );
    assert_eq!(text::NEXT.get(), "Weiter");
    assert_eq!(text::STEP_LABELS[5].get(), "Ergebnis");
    use shorewise::content::advice;
    use shorewise::engine::model::Level;
    use shorewise::engine::outcome::{Change, Decision, LocationModel};
    assert_eq!(advice::decision(Decision::Outsource), "Auslagern");
    assert_eq!(
        advice::change(Change::RiskTolerance { to: Level::Low }),
        "Wenn Ihre Risikotoleranz niedrig wäre"
    );
    assert_eq!(
        advice::outcome(Decision::Outsource, Some(LocationModel::Nearshore)),
        "Auslagern, Nearshore"
    );
    // Spanish "y" becomes "e" before an i sound, and only there.
    lang::set(Lang::Es);
    assert_eq!(
        text::names_list(&["Filipinas", "India"]),
        "Filipinas e India"
    );
    assert_eq!(
        text::names_list(&["México", "Polonia", "Hispanoamérica"]),
        "México, Polonia e Hispanoamérica"
    );
    assert_eq!(text::names_list(&["Polonia", "Hierro"]), "Polonia y Hierro");
    assert_eq!(text::names_list(&["Polonia", "Egipto"]), "Polonia y Egipto");
    lang::set(Lang::Fr);
    assert_eq!(text::names_list(&["Pologne", "Inde"]), "Pologne et Inde");
    // French puts a no-break space before a colon, also between a label and its value.
    use shorewise::content::economics::CONTRACT_MONTHS;
    assert!(
        CONTRACT_MONTHS
            .basis
            .label()
            .starts_with("Hypothèse\u{a0}: "),
        "{}",
        CONTRACT_MONTHS.basis.label()
    );
    lang::set(Lang::En);
    assert_eq!(text::names_list(&["Poland", "India"]), "Poland and India");
    assert_eq!(
        advice::change(Change::RiskTolerance { to: Level::Low }),
        "If your risk tolerance were low"
    );
    assert_eq!(text::date(4, 11, 2026), "4 December 2026");
    assert_eq!(text::names_list(&["A", "B", "C"]), "A, B and C");
    assert_eq!(text::NEXT.get(), "Next");
}

/// A catalog group of one entry says "1 process", not "1 processes".
#[test]
fn a_catalog_group_counts_in_the_singular_too() {
    use shorewise::content::lang::{self, Lang};
    use shorewise::content::text::catalog_group_count;
    lang::set(Lang::En);
    assert_eq!(catalog_group_count(0, 1), "1 process");
    assert_eq!(catalog_group_count(0, 4), "4 processes");
    assert_eq!(catalog_group_count(1, 1), "1 of 1 chosen");
    lang::set(Lang::De);
    assert_eq!(catalog_group_count(0, 1), "1 Prozess");
    assert_eq!(catalog_group_count(0, 4), "4 Prozesse");
}

#[test]
fn the_voice_table_names_catalog_countries_in_order() {
    use shorewise::content::voice;
    let homes: Vec<&str> = voice::homes().map(|(h, _)| h).collect();
    let mut sorted = homes.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(homes, sorted, "sorted by home, no repeats");
    for (home, places) in voice::homes() {
        assert!(
            shorewise::content::countries::find(home).is_some(),
            "{home}"
        );
        for p in places {
            let c = shorewise::content::countries::find(p).unwrap_or_else(|| panic!("{home}: {p}"));
            assert!(c.hub, "{home}: {p} is no delivery location");
            assert!(voice::serves(home, p));
        }
    }
    assert!(!voice::serves("GB", "PK"));
    assert!(!voice::serves("XX", "PH"));
}

#[test]
fn every_catalog_process_has_an_activity_and_contacts_are_never_mostly_automatable() {
    use shorewise::content::automation::{self, Activity};
    use shorewise::engine::automate;
    for p in processes::CATALOG {
        assert!(automation::classified(p.id), "{} has no activity", p.id);
    }
    // Whatever the answers, customer-facing work is at most answering contacts, which
    // software deflects only in part: it never reaches "most of it".
    for activity in [
        Activity::Contacts,
        Activity::Stakeholders,
        Activity::Expertise,
    ] {
        assert!(automate::share(activity.potential(), 5, 0, 5) < automate::MOST);
    }
    for kind in WorkKind::ALL {
        let a = automation::activity_with(Some(Activity::ProcessingData), *kind, true);
        assert_eq!(a, Activity::Contacts);
    }
    // The sentence names a share in words a reader uses.
    shorewise::content::lang::set(shorewise::content::lang::Lang::En);
    assert_eq!(shorewise::content::text::share_words(0.28), "a quarter");
    assert_eq!(shorewise::content::text::share_words(0.61), "three fifths");
    assert_eq!(shorewise::content::text::share_words(0.43), "two fifths");
}

#[test]
fn an_example_country_says_what_marks_it_out() {
    use shorewise::content::lang::{self, Lang};
    use shorewise::content::text::country_with_overlap;
    lang::set(Lang::En);
    assert_eq!(
        country_with_overlap("Kenya", "3", false, false),
        "Kenya (3 h overlap)"
    );
    assert_eq!(
        country_with_overlap("Philippines", "2", true, true),
        "Philippines (2 h overlap, talent pool for this work, serves your market by voice)"
    );
    lang::set(Lang::De);
    assert_eq!(
        country_with_overlap("Südafrika", "8", false, true),
        "Südafrika (8 Std. Überschneidung, bedient Ihren Markt am Telefon)"
    );
    lang::set(Lang::En);
}

#[test]
fn a_seat_through_a_coverage_window_takes_the_people_its_hours_need() {
    // Extended hours, 16 h × 5 days × 52 weeks = 4,160 h: two people of 2,080 paid
    // hours, 2.5 at 20% shrinkage; round the clock, 8,760 h: 4.21 people, 5.26 at 20%.
    use shorewise::content::economics::{covered_hours, seat_fte};
    assert_eq!(covered_hours(Coverage::BusinessHours), 0.0);
    assert_eq!(covered_hours(Coverage::Extended), 4_160.0);
    assert_eq!(covered_hours(Coverage::AroundTheClock), 8_760.0);
    assert!((seat_fte(Coverage::Extended, 0.2) - 2.5).abs() < 1e-12);
    assert!((seat_fte(Coverage::AroundTheClock, 0.2) - 8_760.0 / 2_080.0 / 0.8).abs() < 1e-12);
    assert!((seat_fte(Coverage::AroundTheClock, 0.2) - 5.26).abs() < 0.01);
    assert_eq!(seat_fte(Coverage::BusinessHours, 0.3), 0.0);
}

#[test]
fn a_cards_kpis_name_no_other_process() {
    // A KPI's example is written for every process of its kind: naming one process
    // ("100% of payroll runs") reads wrong on the others' cards.
    use shorewise::engine::plan;
    use shorewise::engine::Decision;
    let names: Vec<(&str, String)> = processes::CATALOG
        .iter()
        .map(|c| (c.id, c.name.get().to_lowercase()))
        .collect();
    for c in processes::CATALOG {
        for decision in [
            Decision::KeepInHouse,
            Decision::Outsource,
            Decision::Automate,
        ] {
            for kpi in plan::kpis(&c.answer(), decision).iter() {
                let (name, example) = advice::kpi(*kpi);
                let text = format!("{name} {example}").to_lowercase();
                for (id, other) in &names {
                    assert!(
                        *id == c.id || !text.contains(other.as_str()),
                        "{}: {kpi:?} names {other}",
                        c.id
                    );
                }
            }
        }
    }
}

/// A country's agent wage range, USD per hour.
fn agent_wage(code: &str) -> (f64, f64) {
    let c = COUNTRIES
        .iter()
        .find(|c| c.code == code)
        .expect("catalog country");
    (c.wage.low, c.wage.high)
}

/// An anchor per hour in US dollars, at the catalog's exchange rate.
fn usd_per_hour(a: &wages::Anchor) -> f64 {
    a.hourly() / per_usd(a.currency)
}

/// The year an anchor's data describe (the last four-digit number of its date).
fn year_of(a: &wages::Anchor) -> u32 {
    a.source
        .date
        .split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 4)
        .filter_map(|w| w.parse().ok())
        .next_back()
        .unwrap_or_else(|| panic!("{}: no year in {:?}", a.code, a.source.date))
}

#[test]
fn every_cited_agent_or_clerical_wage_lies_in_its_countrys_range() {
    let mut codes = HashSet::new();
    for a in wages::OCCUPATIONS {
        assert!(codes.insert(a.code), "{}: two occupation anchors", a.code);
        assert_ne!(a.kind, wages::Kind::Economy, "{}", a.code);
        let (low, high) = agent_wage(a.code);
        let usd = usd_per_hour(a);
        assert!(
            (low..=high).contains(&usd),
            "{}: {} ({} {} per {:?}) is {usd:.2} USD/h, outside the catalog's {low}-{high}",
            a.code,
            a.source.title,
            a.amount,
            a.currency,
            a.period,
        );
    }
    // A wage cited from an anchor names that country's anchor.
    for c in COUNTRIES {
        if let Basis::Cited(s) = c.wage.basis {
            if let Some(a) = wages::OCCUPATIONS.iter().find(|a| a.source.id == s.id) {
                assert_eq!(a.code, c.code, "{} cites {}'s wage", c.code, a.code);
            }
        }
    }
}

#[test]
fn agent_wages_sit_plausibly_against_the_average_employee() {
    // Where the average employee earns more than 10 USD an hour, an agent earns at most
    // the average; everywhere, between 0.35 and 2.6 times it (in economies with a large
    // informal sector, agents are graduates and earn two or more times the average).
    // Anchors older than 2015 are not compared: wages and exchange rates have moved.
    let mut compared = 0;
    for a in wages::ECONOMY.iter().filter(|a| year_of(a) >= 2015) {
        let (low, high) = agent_wage(a.code);
        let average = usd_per_hour(a);
        let ratio = (low + high) / 2.0 / average;
        let most = if average > 10.0 { 1.0 } else { 2.6 };
        assert!(
            (0.35..=most).contains(&ratio),
            "{}: agent wage {low}-{high} USD/h is {ratio:.2} times the average employee's {average:.2} ({})",
            a.code,
            a.source.title
        );
        compared += 1;
    }
    assert!(compared >= 38, "{compared}");
}

#[test]
fn agent_wages_follow_the_oecd_ordering_of_wage_levels() {
    // PPP-converted averages compare living standards, not costs at market rates, so
    // only pairs whose averages differ by more than 60% must keep their order (the US
    // pays service agents far below its average, Sweden and Norway pay them close to
    // theirs), and only
    // figures of 2021 or later (Türkiye's is of 2020; the lira has lost three quarters
    // of its value against the dollar since).
    let recent: Vec<_> = wages::PPP.iter().filter(|p| p.2 >= 2021).collect();
    for (a, pa, _) in &recent {
        for (b, pb, _) in &recent {
            if *pa > pb * 1.6 {
                let (wa, wb) = (agent_wage(a), agent_wage(b));
                assert!(
                    wa.0 + wa.1 > wb.0 + wb.1,
                    "{a} (OECD {pa}) pays agents {wa:?}, not more than {b} (OECD {pb}) {wb:?}"
                );
            }
        }
    }
    assert!(wages::PPP.windows(2).all(|w| w[0].0 < w[1].0));
}

#[test]
fn every_country_has_a_cited_wage_anchor_or_is_named_as_lacking_one() {
    // Searched and not found (docs/model.md, "Wages and on-costs").
    let lacking = ["LK"];
    let mut own = 0;
    for c in COUNTRIES {
        let occupation =
            wages::occupation(c.code).is_some() || matches!(c.wage.basis, Basis::Cited(_));
        // A statutory minimum is an economy-wide floor in the country's own currency.
        let economy = wages::economy_wide(c.code).is_some() || minimum_wages::of(c.code).is_some();
        let ppp = wages::ppp(c.code).is_some();
        own += usize::from(occupation);
        assert_eq!(
            !(occupation || economy || ppp),
            lacking.contains(&c.code),
            "{}",
            c.code
        );
    }
    // Agent or clerical pay cited for 22 of 57 countries (8 before the statistics
    // were collected); the others have an economy-wide, minimum-wage or PPP anchor.
    assert!(own >= 22, "{own}");
    // Employer on-costs cited for 23 (8 before).
    let on_costs = COUNTRIES
        .iter()
        .filter(|c| matches!(c.load.basis, Basis::Cited(_)))
        .count();
    assert!(on_costs >= 23, "{on_costs}");
}

/// German names the location models as nouns with their capital everywhere ("Auslagern,
/// Nearshore", "2 Offshore"), as the location tables do; English writes them in lower
/// case inside a phrase.
#[test]
fn location_models_keep_one_convention_per_language() {
    use shorewise::content::advice::{outcome, processes_at};
    use shorewise::content::lang::{self, Lang};
    use shorewise::engine::outcome::{Decision, LocationModel};
    lang::set(Lang::De);
    assert_eq!(
        outcome(Decision::Outsource, Some(LocationModel::Nearshore)),
        "Auslagern, Nearshore"
    );
    assert_eq!(processes_at(LocationModel::Offshore, 2), "2 Offshore");
    lang::set(Lang::En);
    assert_eq!(
        outcome(Decision::Outsource, Some(LocationModel::Nearshore)),
        "Outsource, nearshore"
    );
    assert_eq!(processes_at(LocationModel::Offshore, 2), "2 offshore");
}

#[test]
fn the_summary_joins_groups_of_work_with_each_languages_semicolon() {
    use shorewise::content::lang::{self, Lang};
    use shorewise::content::text::summary_hand_over;
    let groups = ["externaliser A".to_owned(), "garder B".to_owned()];
    lang::set(Lang::Fr);
    assert_eq!(
        summary_hand_over(&groups),
        "Externaliser A\u{a0}; garder B."
    );
    lang::set(Lang::En);
    assert_eq!(summary_hand_over(&groups), "Externaliser A; garder B.");
}
