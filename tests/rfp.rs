//! Requests for proposals: the work going to providers grouped by provider type and
//! location, the weights of the evaluation criteria, the pricing model by kind of work,
//! and the document a buyer edits (the same text on the page and in the Markdown file).
#![cfg(not(target_arch = "wasm32"))]

use shorewise::content::companies::EXAMPLES;
use shorewise::content::lang::{self, Lang};
use shorewise::content::processes;
use shorewise::engine::model::*;
use shorewise::engine::recommend;
use shorewise::engine::rfp::{criteria, pricing, tenders, Criterion, Pricing, PRICE_CAP};
use shorewise::files::document::{markdown, Block, Doc};
use shorewise::ui::rfp;

fn example(id: &str) -> Assessment {
    EXAMPLES
        .iter()
        .find(|e| e.id == id)
        .expect("example exists")
        .assessment()
}

fn text_of(doc: &Doc) -> String {
    doc.blocks
        .iter()
        .map(|b| match b {
            Block::Heading(_, t) | Block::Paragraph(t) => t.clone(),
            Block::List(items) => items.join("\n"),
            Block::Table(head, rows) => {
                let mut cells = head.clone();
                cells.extend(rows.iter().flatten().cloned());
                cells.join("\n")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn every_process_going_to_a_provider_is_in_exactly_one_request_of_its_type_and_location() {
    lang::set(Lang::En);
    for e in EXAMPLES {
        let a = e.assessment();
        let r = recommend(&a).unwrap();
        let ts = tenders(&a, &r);
        for p in &r.processes {
            let holding: Vec<_> = ts
                .iter()
                .filter(|t| t.lines.iter().any(|l| l.id == p.id))
                .collect();
            match p.location {
                None => assert!(holding.is_empty(), "{}: {} kept yet tendered", e.id, p.name),
                Some(l) => {
                    assert_eq!(holding.len(), 1, "{}: {}", e.id, p.name);
                    assert_eq!((holding[0].kind, holding[0].location), (p.kind, l));
                }
            }
        }
        for (i, t) in ts.iter().enumerate() {
            assert!(!t.lines.is_empty());
            assert!(ts[i + 1..]
                .iter()
                .all(|u| (u.kind, u.location) != (t.kind, t.location)));
            assert_eq!(t.criteria.iter().map(|(_, w)| w).sum::<u32>(), 100);
            assert!(
                t.months.0 <= t.months.1,
                "{}: transition {:?}",
                e.id,
                t.months
            );
        }
    }
}

#[test]
fn nothing_to_tender_when_every_process_stays() {
    let mut a = Assessment::default();
    let mut p = processes::find("payroll").unwrap().answer();
    p.role = StrategicRole::Differentiating;
    a.processes.push(p);
    let r = recommend(&a).unwrap();
    assert!(r.processes.iter().all(|p| p.location.is_none()));
    assert!(tenders(&a, &r).is_empty());
}

#[test]
fn criteria_weights_add_up_follow_the_goals_and_never_let_price_decide() {
    let mut a = Assessment::default();
    for cost in 0..=5 {
        for quality in 0..=5 {
            for sensitivity in Sensitivity::ALL {
                a.goals.cost = cost;
                a.goals.quality = quality;
                let w = criteria(&a, *sensitivity);
                assert_eq!(w.iter().map(|(_, w)| w).sum::<u32>(), 100);
                assert_eq!(w.len(), Criterion::ALL.len());
                assert!(
                    w.iter().all(|(_, w)| *w > 0),
                    "no criterion drops out: {w:?}"
                );
                assert!(w[0].1 <= PRICE_CAP, "price {w:?}");
            }
        }
    }
    let price = |cost: u8| {
        let mut a = Assessment::default();
        a.goals.cost = cost;
        criteria(&a, Sensitivity::Internal)[0].1
    };
    assert!((0..5).all(|c| price(c) <= price(c + 1)));
    assert!(price(0) < price(5));
    let security = |s: Sensitivity| {
        let w = criteria(&Assessment::default(), s);
        w.iter().find(|(c, _)| *c == Criterion::Security).unwrap().1
    };
    assert!(security(Sensitivity::Public) < security(Sensitivity::Restricted));
    // Everything else equal, the cap holds even when cost is all that matters.
    let a = Assessment {
        goals: Goals {
            cost: 5,
            focus: 0,
            expertise: 0,
            scalability: 0,
            speed: 0,
            quality: 0,
            coverage: 0,
            new_markets: 0,
        },
        ..Assessment::default()
    };
    assert_eq!(criteria(&a, Sensitivity::Public)[0].1, PRICE_CAP);
}

#[test]
fn the_pricing_model_follows_the_kind_of_work() {
    let of = |id: &str| pricing(&processes::find(id).unwrap().answer());
    let mut legal = processes::find("payroll").unwrap().answer();
    legal.kind = WorkKind::Legal;
    assert_eq!(pricing(&legal), Pricing::PerDeliverable);
    let mut project = processes::find("payroll").unwrap().answer();
    project.demand = Demand::Project;
    assert_eq!(pricing(&project), Pricing::PerDeliverable);
    let mut routine = processes::find("payroll").unwrap().answer();
    routine.kind = WorkKind::BackOffice;
    routine.demand = Demand::Steady;
    routine.rule_based = 5;
    routine.documentation = 5;
    assert_eq!(pricing(&routine), Pricing::PerTransaction);
    routine.rule_based = 1;
    assert_eq!(pricing(&routine), Pricing::PerFte);
    routine.demand = Demand::Seasonal;
    assert_eq!(
        pricing(&routine),
        Pricing::PerTransaction,
        "volume that rises and falls"
    );
    let mut analysis = routine.clone();
    analysis.kind = WorkKind::Knowledge;
    analysis.demand = Demand::Steady;
    assert_eq!(pricing(&analysis), Pricing::PerFte);
    // Catalog processes all get a model.
    let _ = of("payroll");
}

#[test]
fn a_request_states_scope_service_levels_data_transition_exit_pricing_and_weights() {
    lang::set(Lang::En);
    let a = example("uk-fintech");
    let r = recommend(&a).unwrap();
    let ts = tenders(&a, &r);
    assert!(!ts.is_empty());
    for t in &ts {
        let doc = rfp::request(&a, &r, t);
        let text = text_of(&doc);
        for heading in [
            "Scope and volumes",
            "Service levels",
            "Data protection",
            "Transition",
            "Exit and step-in",
            "Pricing",
            "How proposals are evaluated",
            "What to send",
        ] {
            assert!(
                text.contains(heading),
                "{heading} missing in {}",
                rfp::title(t)
            );
        }
        for l in &t.lines {
            assert!(text.contains(&*l.name), "{} missing", l.name);
        }
        for k in &t.kpis {
            assert!(text.contains(shorewise::content::advice::kpi(*k).0));
        }
        assert!(text.contains(&format!("Quote in {}", r.currency)));
        assert!(text.contains(&format!("{}-month contract", r.term_months)));
        for name in &t.countries {
            assert!(text.contains(name), "{name} missing");
        }
        // No points, no codes: the words the advice uses.
        assert!(!text.contains("points"));
    }
}

#[test]
fn personal_data_beyond_adequacy_asks_for_safeguards_and_residency_is_stated() {
    use shorewise::content::country_risk::Transfer;
    lang::set(Lang::En);
    let mut a = example("uk-fintech");
    let r = recommend(&a).unwrap();
    let ts = tenders(&a, &r);
    assert!(
        ts.iter().any(|t| t.data.safeguards),
        "South Africa and India need safeguards from the UK"
    );
    for t in &ts {
        let text = text_of(&rfp::request(&a, &r, t));
        let beyond = t.lines.iter().any(|l| {
            l.sensitivity >= Sensitivity::Confidential
                && r.advice(&l.id)
                    .unwrap()
                    .countries
                    .iter()
                    .any(|c| c.transfer == Transfer::NeedsSafeguards)
        });
        assert_eq!(t.data.safeguards, beyond, "{}", rfp::title(t));
        assert_eq!(text.contains("standard contractual clauses"), beyond);
        assert_eq!(
            text.contains("data-processing agreement"),
            t.data.personal()
        );
    }

    a.risk.residency = Residency::HomeCountry;
    a.risk.regulations = vec![Regulation::Gdpr];
    let r = recommend(&a).unwrap();
    let ts = tenders(&a, &r);
    assert!(
        !ts.is_empty(),
        "some work still goes to an onshore provider"
    );
    for t in &ts {
        let text = text_of(&rfp::request(&a, &r, t));
        assert!(text.contains("stored and processed in our country only"));
        assert!(text.contains("Article 28"));
        assert!(
            !t.data.safeguards,
            "home-country data never needs transfer safeguards"
        );
    }
}

#[test]
fn the_german_request_is_german_through_and_through() {
    lang::set(Lang::De);
    let a = example("uk-fintech");
    let r = recommend(&a).unwrap();
    let ts = tenders(&a, &r);
    let text = text_of(&rfp::all(&a, &r, &ts));
    lang::set(Lang::En);
    for english in [
        "Scope",
        "Service levels",
        "Quote in",
        "Request for proposal",
        "Price",
        " and ",
    ] {
        assert!(!text.contains(english), "English left: {english}");
    }
    assert!(text.contains("Ausschreibung"));
}

#[test]
fn markdown_keeps_a_users_text_literal() {
    let mut doc = Doc::default();
    doc.heading(1, "Request");
    doc.paragraph("# not a heading\n- not a list");
    doc.list(vec!["*bold* [link](x) a|b".into()]);
    doc.table(
        vec!["Process".into(), "FTE".into()],
        vec![vec!["1. Evil | name\n# x".into(), "2.5".into()]],
    );
    let md = markdown(&doc);
    let lines: Vec<&str> = md.split("\r\n").collect();
    assert_eq!(lines[0], "# Request");
    assert_eq!(lines[2], "\\# not a heading - not a list");
    assert_eq!(lines[4], "- \\*bold\\* [link\\](x) a\\|b");
    assert_eq!(lines[6], "| Process | FTE |");
    assert_eq!(lines[7], "|---|---|");
    assert_eq!(lines[8], "| 1. Evil \\| name # x | 2.5 |");
    let mut placeholders = Doc::default();
    placeholders.heading(2, "1. Scope");
    placeholders.paragraph("Reply by [date] to [name]: [ref]: x");
    let md = markdown(&placeholders);
    assert_eq!(
        md,
        "## 1. Scope\r\n\r\nReply by [date] to [name\\]: [ref\\]: x\r\n\r\n"
    );
    let mut starts = Doc::default();
    for t in [
        "#hashtag",
        "-5% a year",
        "12.5 FTE",
        "> quoted",
        "+ more",
        "2) second",
    ] {
        starts.paragraph(t);
    }
    let md = markdown(&starts);
    let lines: Vec<&str> = md.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(
        lines,
        [
            "#hashtag",
            "-5% a year",
            "12.5 FTE",
            "\\> quoted",
            "\\+ more",
            "2\\) second"
        ]
    );
    assert!(!md.contains('\n') || md.matches('\n').count() == md.matches("\r\n").count());
    // Empty lists and tables leave nothing behind.
    let mut empty = Doc::default();
    empty.list(Vec::new());
    empty.table(vec!["a".into()], Vec::new());
    assert!(empty.blocks.is_empty());
}

#[test]
fn placeholders_fill_by_name_and_anything_else_stays_as_written() {
    use shorewise::content::lang::fill;
    assert_eq!(
        fill("Quote in {currency}.", &[("currency", "GBP")]),
        "Quote in GBP."
    );
    assert_eq!(
        fill("{a}{b}{a}", &[("a", "x"), ("b", "{a}")]),
        "x{a}x",
        "values are not filled again"
    );
    assert_eq!(fill("{missing} and {", &[("a", "x")]), "{missing} and {");
    assert_eq!(fill("ü{n}ß", &[("n", "1")]), "ü1ß");
}
