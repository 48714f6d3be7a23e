//! The figures one assessment is costed with: the catalog's assumptions, each replaced
//! by the user's own value where they gave one, and the wages they set.

use super::location;
use super::model::{Assessment, Assumption, Industry, JobFamily, SizeBand, WageOverride};
use crate::content::countries::Country;
use crate::content::economics::{self, default_figure};
use crate::content::families;
use crate::content::sources::{Basis, Figure};

/// Every assumption of the cost model, resolved for one assessment.
#[derive(Clone, Debug, PartialEq)]
pub struct Figures<'a> {
    /// The home country.
    pub home: &'static Country,
    /// The user's wage figures.
    pub wages: &'a [WageOverride],
    values: [Figure; Assumption::ALL.len()],
    yours: [bool; Assumption::ALL.len()],
    /// Each value per case where its high end is the pessimistic one (a cost, a
    /// duration): high, middle, low; read on every cost evaluation.
    costly: [[f64; 3]; Assumption::ALL.len()],
    term_months: u32,
    /// Whole months of ramp-up per case (pessimistic, expected, optimistic), read on
    /// every cost evaluation.
    ramp_months: [u32; 3],
    per_usd: f64,
    home_ladder: f64,
}

impl<'a> Figures<'a> {
    /// The figures for an assessment whose home country is `home`.
    pub fn new(a: &'a Assessment, home: &'static Country) -> Self {
        let mut values = [Figure {
            low: 0.0,
            high: 0.0,
            basis: Basis::Yours,
        }; Assumption::ALL.len()];
        let mut yours = [false; Assumption::ALL.len()];
        for (i, &x) in Assumption::ALL.iter().enumerate() {
            values[i] = default_figure(x, home);
        }
        for o in &a.assumptions {
            let i = o.assumption as usize;
            values[i] = Figure {
                low: o.low,
                high: o.high,
                basis: Basis::Yours,
            };
            yours[i] = true;
        }
        let mut costly = values.map(|f| [f.high, f.mid(), f.low]);
        // Buyer scale: where in a deal-term range a company's expected case sits. A
        // large buyer negotiates towards the favourable end, a small one pays towards
        // the other; the ranges themselves stay the cited ones, and a value the user
        // gave is taken as it is.
        let favourable = buyer_scale(a.company.size);
        for x in [
            Assumption::Governance,
            Assumption::Selection,
            Assumption::PassThrough,
        ] {
            if !yours[x as usize] {
                let f = values[x as usize];
                // `costly` holds high, expected, low; for the pass-through the high end
                // is the favourable one, for the costs the low end.
                let at = match x {
                    Assumption::PassThrough => favourable,
                    // Regulators of banks, insurers, health care and public bodies
                    // expect outsourced work to be overseen closely (notification, audit
                    // rights, exit plans): more governance effort.
                    Assumption::Governance => {
                        (1.0 - favourable + oversight(a.company.industry)).min(1.0)
                    }
                    _ => 1.0 - favourable,
                };
                costly[x as usize][1] = f.low + (f.high - f.low) * at;
            }
        }
        let term_months = values[Assumption::ContractMonths as usize]
            .mid()
            .round()
            .max(1.0) as u32;
        let per_usd = values[Assumption::ExchangeRate as usize].mid();
        let ramp_months = costly[Assumption::RampUpMonths as usize].map(|m| m.ceil() as u32);
        let (low, high) = location::wage_range(home, &a.wages);
        Self {
            home,
            wages: &a.wages,
            values,
            yours,
            costly,
            term_months,
            ramp_months,
            per_usd,
            home_ladder: families::ladder_position((low + high) / 2.0),
        }
    }

    /// An assumption's pessimistic, expected and optimistic values where its high end
    /// is the pessimistic one (a cost, a duration); the expected value of a deal term
    /// follows the company's buyer scale (see [`buyer_scale`]).
    #[inline]
    pub fn costly(&self, x: Assumption) -> [f64; 3] {
        self.costly[x as usize]
    }

    /// The value of an assumption.
    #[inline]
    pub fn get(&self, x: Assumption) -> Figure {
        self.values[x as usize]
    }

    /// Whether the user gave this value.
    #[inline]
    pub fn is_yours(&self, x: Assumption) -> bool {
        self.yours[x as usize]
    }

    /// Where the home country's pay sits between the low-wage and the rich-market pay
    /// ladders (see [`families::ladder_position`]).
    #[inline]
    pub fn home_ladder(&self) -> f64 {
        self.home_ladder
    }

    /// How a job family's pay stands in a high-wage market against the low-wage ladder:
    /// the user's figure where given, else the catalog's (1 for contact-centre agents,
    /// the reference).
    #[inline]
    pub fn rich_skew(&self, family: JobFamily) -> f64 {
        Assumption::pay_of(family).map_or(1.0, |x| self.get(x).low)
    }

    /// The contract term in whole months.
    #[inline]
    pub fn term_months(&self) -> u32 {
        self.term_months
    }

    /// Whole months of ramp-up after a hand-over in a case (0 pessimistic, 1 expected,
    /// 2 optimistic).
    #[inline]
    pub fn ramp_months(&self, case: usize) -> u32 {
        self.ramp_months[case]
    }

    /// Units of home currency per US dollar.
    #[inline]
    pub fn per_usd(&self) -> f64 {
        self.per_usd
    }

    /// The night premium a provider in a country pays: the user's figure for every
    /// country when they gave one, else the statutory or customary one.
    pub fn night_premium(&self, code: &str) -> Figure {
        if self.is_yours(Assumption::NightPremium) {
            self.get(Assumption::NightPremium)
        } else {
            economics::night_premium(code)
        }
    }

    /// Employer on-costs of a country, share of wages: the user's figure for their own
    /// country, the catalog's otherwise.
    pub fn on_costs(&self, c: &Country) -> Figure {
        if c.code == self.home.code {
            self.get(Assumption::OnCosts)
        } else {
            c.load
        }
    }
}

/// How far towards the favourable end of a deal-term range (governance, selection,
/// pass-through) a company's expected case sits, by head count: Shorewise's own
/// calibration of buyer leverage (rule `buyer_scale_moves_the_deal_terms`).
pub fn buyer_scale(size: SizeBand) -> f64 {
    match size {
        SizeBand::Small => 0.25,
        SizeBand::Medium => 0.5,
        SizeBand::Large => 0.75,
    }
}

/// How much further towards the costly end of the governance range a company's sector
/// puts its expected case: Shorewise's own calibration of regulators' oversight of
/// outsourcing (rule `regulated_sectors_govern_more`).
pub fn oversight(industry: Industry) -> f64 {
    match industry {
        Industry::FinancialServices | Industry::Healthcare | Industry::PublicNonProfit => 0.25,
        _ => 0.0,
    }
}
