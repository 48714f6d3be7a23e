//! Job families: how each family's pay relates to a contact-centre agent's in markets of
//! different wage levels, and where each family has an established talent pool.
//!
//! The catalog's role multipliers are the pay ladder of a low-wage delivery market (the
//! Philippine rate card where it lists the role). Ladders are not the same everywhere:
//! in high-wage markets IT support earns less above a service agent than it does where
//! agents are cheap, while engineers, accountants and lawyers earn more. A family's
//! *skew* says how far its ladder in a market at the US agent wage departs from the
//! low-wage one; markets in between are interpolated on the logarithm of their agent
//! wage. So a process is priced at its own family's pay in every country, not at
//! contact-centre pay scaled by one constant.

use super::countries;
use super::lang::Tr;
use super::sources::{Basis, Figure};
use crate::vocab::digits::within;
use crate::vocab::model::JobFamily::{self, *};

/// Agent wage (USD per hour) at which a market's pay ladder is the catalog's.
pub const LOW_WAGE_USD: f64 = 2.5;
/// Agent wage (USD per hour) at which a market's pay ladder is the rich-market one
/// (about the US service representative's median).
pub const HIGH_WAGE_USD: f64 = 19.0;

const LADDER: Basis = Basis::Assumption(Tr::new(
    "approximate US occupational pay relative to customer service representatives, \
     against the Philippine rate card; replace it with a local salary survey",
));

/// How much higher (above 1) or lower a family's pay stands, relative to an agent's, in a
/// high-wage market than in the catalog's low-wage ladder.
pub const fn rich_skew(family: JobFamily) -> Figure {
    let skew = match family {
        ContactCentre | BackOffice | Research => 1.0,
        ItSupport => 0.75,
        Software | Legal => 1.2,
        Finance => 1.15,
    };
    Figure {
        low: skew,
        high: skew,
        basis: LADDER,
    }
}

/// The skew of a family's pay in a market whose agents earn `agent_wage_usd` an hour:
/// 1 at or below [`LOW_WAGE_USD`], the rich-market skew at or above [`HIGH_WAGE_USD`],
/// in proportion to the logarithm of the wage in between.
pub fn pay_skew(family: JobFamily, agent_wage_usd: f64) -> f64 {
    skew_at(rich_skew(family).low, ladder_position(agent_wage_usd))
}

/// Where a market whose agents earn `agent_wage_usd` an hour sits between the low-wage
/// ladder (0) and the rich-market one (1), on the logarithm of the wage.
pub fn ladder_position(agent_wage_usd: f64) -> f64 {
    if !agent_wage_usd.is_finite() || agent_wage_usd <= LOW_WAGE_USD {
        return 0.0;
    }
    ((agent_wage_usd.ln() - LOW_WAGE_USD.ln()) / (HIGH_WAGE_USD.ln() - LOW_WAGE_USD.ln())).min(1.0)
}

/// The skew of a family's pay at a position on the ladder (see [`ladder_position`]),
/// given its rich-market skew `rich`: from 1 to `rich` in proportion.
pub fn skew_at(rich: f64, position: f64) -> f64 {
    1.0 + (rich - 1.0) * within(position, 0.0, 1.0)
}

/// Delivery countries with an established, deep talent pool for each family: where
/// providers run large centres for that kind of work. Shorewise's own reading of where
/// the work is done today (an assumption, not a ranking), sorted by country code.
const TALENT: &[(&str, &[JobFamily])] = &[
    ("AR", &[Software]),
    ("BG", &[ContactCentre, ItSupport, Software]),
    ("BR", &[Software]),
    ("CL", &[Software]),
    ("CN", &[Software, Research]),
    ("CO", &[ContactCentre, Software]),
    ("CR", &[ContactCentre, ItSupport, Finance]),
    ("CZ", &[ItSupport, Finance]),
    ("DO", &[ContactCentre]),
    ("EE", &[Software]),
    ("EG", &[ContactCentre, ItSupport, Software]),
    ("ES", &[ContactCentre]),
    ("GR", &[ContactCentre]),
    ("GT", &[ContactCentre]),
    ("HU", &[ItSupport, Finance]),
    ("ID", &[ContactCentre, BackOffice]),
    ("IE", &[Software, Finance]),
    (
        "IN",
        &[
            ContactCentre,
            BackOffice,
            ItSupport,
            Software,
            Finance,
            Legal,
            Research,
        ],
    ),
    ("JM", &[ContactCentre]),
    ("KE", &[ContactCentre, BackOffice]),
    ("LK", &[Software, Finance]),
    ("LT", &[Software, Finance]),
    ("MA", &[ContactCentre]),
    ("MX", &[ContactCentre, ItSupport, Software]),
    ("MY", &[BackOffice, ItSupport, Finance]),
    ("NZ", &[ContactCentre]),
    ("PE", &[ContactCentre]),
    ("PH", &[ContactCentre, BackOffice, ItSupport, Finance]),
    ("PK", &[ContactCentre, Software]),
    ("PL", &[BackOffice, ItSupport, Software, Finance, Research]),
    ("PT", &[ContactCentre, ItSupport, Software]),
    ("RO", &[ContactCentre, ItSupport, Software, Finance]),
    ("SG", &[Finance, Legal, Research]),
    ("TH", &[BackOffice]),
    ("TR", &[ContactCentre, Software]),
    ("UY", &[Software]),
    ("VN", &[Software]),
    ("ZA", &[ContactCentre, Finance, Legal]),
];

/// Basis of the talent-pool table, shown next to it.
pub const TALENT_BASIS: Basis = Basis::Assumption(Tr::new(
    "Shorewise's reading of where providers run large centres for each kind of work",
));

/// The families a country has an established talent pool for (empty when none).
pub fn talent(code: &str) -> &'static [JobFamily] {
    TALENT
        .binary_search_by(|(c, _)| countries::code_order(c, code))
        .map_or(&[], |i| TALENT[i].1)
}

/// Whether a country has an established talent pool for a family.
pub fn has_talent(code: &str, family: JobFamily) -> bool {
    talent(code).contains(&family)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_talent_table_is_sorted_for_lookup() {
        assert!(TALENT.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(has_talent("IN", Legal));
        assert!(!has_talent("PH", Legal));
        assert!(talent("XX").is_empty());
    }

    #[test]
    fn the_skew_runs_from_the_low_to_the_rich_ladder() {
        assert_eq!(pay_skew(Software, 1.0), 1.0);
        assert_eq!(pay_skew(Software, 40.0), 1.2);
        let mid = pay_skew(Software, (LOW_WAGE_USD * HIGH_WAGE_USD).sqrt());
        assert!((mid - 1.1).abs() < 1e-9, "{mid}");
        assert_eq!(pay_skew(ContactCentre, 19.0), 1.0);
        assert_eq!(pay_skew(ItSupport, f64::NAN), 1.0);
    }
}
