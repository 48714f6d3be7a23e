//! Country-risk tests: every catalog country has WGI governance ranks, the table is
//! sorted and in range, the risk reading is monotone, and the personal-data transfer
//! rules give the expected answer for EU/EEA, UK and other homes.

use shorewise::content::countries::{self, COUNTRIES};
use shorewise::content::country_risk::{
    self, governance, transfer, transfer_rules_apply, transfer_source, Transfer, EU_ADEQUATE,
    GOVERNANCE, UK_ADEQUATE_EXTRA,
};
use std::collections::HashSet;

/// Codes on the adequacy lists that are not catalog countries (territories and small
/// states nobody outsources to in the catalog).
const NON_CATALOG_ADEQUATE: &[&str] = &["AD", "FO", "GG", "IM", "JE"];

/// Catalog countries without a WGI row in `figures/country-risk.csv`: none today. A
/// country added to the catalog without a sourced row must be listed here, not invented.
const KNOWN_GAPS: &[&str] = &[];

fn eea(code: &str) -> bool {
    countries::find(code)
        .unwrap_or_else(|| panic!("{code} is not in the catalog"))
        .eea
}

fn t(home: &str, dest: &str) -> Transfer {
    transfer(home, eea(home), dest, eea(dest))
}

#[test]
fn every_catalog_country_has_governance_ranks_or_is_a_known_gap() {
    for c in COUNTRIES {
        let row = governance(c.code);
        if KNOWN_GAPS.contains(&c.code) {
            assert!(row.is_none(), "{} is listed as a gap but has a row", c.code);
        } else {
            assert!(row.is_some(), "{} has no WGI row", c.code);
        }
    }
    assert_eq!(GOVERNANCE.len() + KNOWN_GAPS.len(), COUNTRIES.len());
}

#[test]
fn governance_table_is_sorted_unique_in_range_and_only_catalog_countries() {
    for pair in GOVERNANCE.windows(2) {
        assert!(
            pair[0].code < pair[1].code,
            "{} before {}: unsorted or duplicate",
            pair[0].code,
            pair[1].code
        );
    }
    for g in GOVERNANCE {
        assert!(
            countries::find(g.code).is_some(),
            "{} not in catalog",
            g.code
        );
        assert!((0.0..=100.0).contains(&g.stability), "{}", g.code);
        assert!((0.0..=100.0).contains(&g.rule_of_law), "{}", g.code);
        assert_eq!(g.source().id, country_risk::WGI_2022.id);
        let r = g.risk();
        assert!((0.0..=1.0).contains(&r), "{}: {r}", g.code);
    }
}

#[test]
fn values_match_the_csv_for_spot_checks() {
    let ch = governance("CH").unwrap();
    assert_eq!((ch.stability, ch.rule_of_law), (92.45, 97.64));
    let pk = governance("PK").unwrap();
    assert_eq!((pk.stability, pk.rule_of_law), (6.60, 25.00));
    let fi = governance("FI").unwrap();
    assert_eq!(fi.rule_of_law, 100.00);
    assert!(governance("XX").is_none());
}

#[test]
fn risk_is_lower_for_higher_ranks() {
    let ch = governance("CH").unwrap();
    let pk = governance("PK").unwrap();
    assert!(ch.risk() < pk.risk());
    let expected = 1.0 - (92.45 + 97.64) / 2.0 / 100.0;
    assert!((ch.risk() - expected).abs() < 1e-12);
    // Every pair where one country ranks at least as high on both series and strictly
    // higher on one has the lower risk.
    for a in GOVERNANCE {
        for b in GOVERNANCE {
            let dominates = a.stability >= b.stability
                && a.rule_of_law >= b.rule_of_law
                && (a.stability > b.stability || a.rule_of_law > b.rule_of_law);
            if dominates {
                assert!(a.risk() < b.risk(), "{} vs {}", a.code, b.code);
            }
        }
    }
}

#[test]
fn transfers_from_the_eea() {
    assert_eq!(t("DE", "PL"), Transfer::Free);
    assert_eq!(t("DE", "NO"), Transfer::Free, "Norway is EEA");
    assert_eq!(t("DE", "IN"), Transfer::NeedsSafeguards);
    assert_eq!(t("DE", "PH"), Transfer::NeedsSafeguards);
    assert_eq!(t("DE", "JP"), Transfer::Adequate);
    assert_eq!(t("DE", "US"), Transfer::Adequate);
    assert_eq!(t("DE", "KR"), Transfer::Adequate);
    assert_eq!(t("DE", "CH"), Transfer::Adequate);
    // The EU's decision for the UK is an adequacy decision, not a shared data zone.
    assert_eq!(t("DE", "GB"), Transfer::Adequate);
}

#[test]
fn transfers_from_the_uk() {
    // UK -> EEA rests on the UK's adequacy regulations: Adequate, not Free (documented
    // on `transfer`).
    assert_eq!(t("GB", "DE"), Transfer::Adequate);
    assert_eq!(t("GB", "KR"), Transfer::Adequate);
    assert_eq!(t("GB", "US"), Transfer::Adequate);
    assert_eq!(t("GB", "JP"), Transfer::Adequate);
    assert_eq!(t("GB", "IN"), Transfer::NeedsSafeguards);
    assert_eq!(t("GB", "ZA"), Transfer::NeedsSafeguards);
}

#[test]
fn transfers_from_switzerland_follow_the_eu_list_approximately() {
    assert_eq!(t("CH", "DE"), Transfer::Adequate);
    assert_eq!(t("CH", "GB"), Transfer::Adequate);
    assert_eq!(t("CH", "IN"), Transfer::NeedsSafeguards);
}

#[test]
fn homes_without_a_modelled_rule_are_free_and_home_is_always_free() {
    assert_eq!(t("US", "IN"), Transfer::Free);
    assert_eq!(t("AU", "PH"), Transfer::Free);
    assert!(!transfer_rules_apply("US", false));
    assert!(transfer_source("US", false).is_none());
    assert!(transfer_rules_apply("DE", true));
    assert!(transfer_rules_apply("GB", false));
    assert!(transfer_rules_apply("CH", false));
    assert_eq!(
        transfer_source("GB", false).unwrap().id,
        country_risk::UK_ADEQUACY.id
    );
    assert_eq!(
        transfer_source("FR", true).unwrap().id,
        country_risk::EU_ADEQUACY.id
    );
    for c in COUNTRIES {
        assert_eq!(t(c.code, c.code), Transfer::Free, "{}", c.code);
    }
}

#[test]
fn adequacy_lists_name_catalog_countries_or_documented_territories() {
    for list in [EU_ADEQUATE, UK_ADEQUATE_EXTRA] {
        let unique: HashSet<_> = list.iter().collect();
        assert_eq!(unique.len(), list.len(), "duplicate code");
        for code in list {
            assert!(
                countries::find(code).is_some() || NON_CATALOG_ADEQUATE.contains(code),
                "{code} is neither a catalog country nor a listed territory"
            );
            assert!(
                countries::find(code).is_none_or(|c| !c.eea),
                "{code} is EEA"
            );
        }
    }
    assert_eq!(EU_ADEQUATE.len(), 15);
    // The UK list is the EU's pre-2021 list (everything but the UK itself, Korea and the
    // US, which came later) plus Korea and the US.
    let eu: HashSet<_> = EU_ADEQUATE.iter().filter(|c| **c != "GB").collect();
    let uk: HashSet<_> = UK_ADEQUATE_EXTRA.iter().collect();
    assert_eq!(eu, uk);
}
