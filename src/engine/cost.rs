//! Cost impact: yearly savings, one-off costs and break-even, as low / expected / high
//! ranges in the user's currency. "Low" is the pessimistic case throughout (smallest
//! saving, largest one-off cost), "high" the optimistic one.

use super::automate;
use super::location::{self, LocationOption};

use super::figures::Figures;
use super::model::{Assumption, Coverage, JobFamily, Level, ProcessAnswer, DOCUMENTED};
use super::outcome::{Decision, LocationModel};
use crate::content::economics::{
    seat_fte, HOURS_PER_FTE_YEAR, LARGEST_TRANSITION_FTE, REFERENCE_CONTRACT_YEARS,
};
use crate::content::sources::Figure;
use crate::content::{families, processes};
use crate::engine::digits::within;
use serde::Serialize;

/// A pessimistic, expected and optimistic value.
#[derive(Clone, Copy, Debug, PartialEq, Default, Serialize)]
pub struct Range {
    /// Pessimistic case.
    pub low: f64,
    /// Expected case.
    pub expected: f64,
    /// Optimistic case.
    pub high: f64,
}

impl Range {
    /// The range of a money effect with its cases in order: the pessimistic case is the
    /// smallest of the three and the optimistic the largest, so that cases that differ
    /// in timing (a longer transition pays its one-off costs later) never cross.
    pub fn ordered(self) -> Range {
        Range {
            low: self.low.min(self.expected).min(self.high),
            expected: self.expected,
            high: self.high.max(self.expected).max(self.low),
        }
    }
}

/// Break-even months per case in order: the pessimistic case no sooner than any other
/// (never, when any case never breaks even), the optimistic no later than any other.
pub fn ordered_break_even(m: [Option<f64>; 3]) -> [Option<f64>; 3] {
    let latest = m.iter().try_fold(0.0_f64, |a, v| v.map(|v| a.max(v)));
    let earliest = m.iter().flatten().copied().reduce(f64::min);
    [latest, m[1], earliest]
}

impl std::ops::Add for Range {
    type Output = Range;

    /// The sum of two ranges, case by case.
    fn add(self, o: Range) -> Range {
        Range {
            low: self.low + o.low,
            expected: self.expected + o.expected,
            high: self.high + o.high,
        }
    }
}

impl std::iter::Sum for Range {
    fn sum<I: Iterator<Item = Range>>(iter: I) -> Self {
        iter.fold(Range::default(), |a, b| a + b)
    }
}

/// One case of a change's money over time, month by month from its start: what is paid
/// up front, what each month of transition (or build) costs, what is paid at hand-over,
/// and the monthly saving once running, reached evenly over the ramp-up.
#[derive(Clone, Copy, Debug, PartialEq, Default, Serialize)]
pub struct Flow {
    /// Paid in the first month: vendor selection, process documentation.
    pub upfront: f64,
    /// Paid in each month of transition: its share of the transition cost and double
    /// running (or the build of an automation).
    pub setup_monthly: f64,
    /// Months of transition (or build) before the change runs.
    pub setup_months: u32,
    /// Paid in the last month of transition: severance and retention.
    pub hand_over: f64,
    /// Monthly saving once fully running, net of governance or running costs (negative
    /// when the change costs money every month).
    pub steady: f64,
    /// Months after hand-over until the steady saving is reached.
    pub ramp_months: u32,
}

impl Flow {
    /// Net money effect in month `m`, counted from 1 at the start of the change.
    pub fn month(&self, m: u32) -> f64 {
        let mut v = 0.0;
        if m == 1 {
            v -= self.upfront;
        }
        if m <= self.setup_months {
            v -= self.setup_monthly;
        }
        if m == self.setup_months.max(1) {
            v -= self.hand_over;
        }
        if m > self.setup_months {
            let running = m - self.setup_months;
            let share = (f64::from(running) / f64::from(self.ramp_months + 1)).min(1.0);
            v += self.steady * share;
        }
        v
    }

    /// The sum of the first `n` months, in closed form (the same as adding
    /// [`Flow::month`] up, without the loop).
    pub fn total(&self, n: u32) -> f64 {
        if n == 0 {
            return 0.0;
        }
        let mut v = -self.upfront - self.setup_monthly * f64::from(n.min(self.setup_months));
        if n >= self.setup_months.max(1) {
            v -= self.hand_over;
        }
        // Running months: the saving grows by 1/(R+1) a month, then stays whole.
        let running = f64::from(n.saturating_sub(self.setup_months));
        let steps = f64::from(self.ramp_months + 1);
        let ramped = if running <= steps {
            running * (running + 1.0) / (2.0 * steps)
        } else {
            (steps + 1.0) / 2.0 + (running - steps)
        };
        v + self.steady * ramped
    }

    /// Adds this flow, started `start` months from now, to monthly totals kept as
    /// `points` (one-month amounts, index 0 = month 1) and `steps` (changes of a level
    /// that holds from that month on): the same as adding [`Flow::month`] to every
    /// month, in time proportional to the ramp-up rather than the horizon.
    pub fn spread(&self, start: usize, points: &mut [f64], steps: &mut [f64]) {
        let mut point = |m: usize, v: f64| {
            if let Some(slot) = points.get_mut(start + m - 1) {
                *slot += v;
            }
        };
        let setup = self.setup_months as usize;
        point(1, -self.upfront);
        point(setup.max(1), -self.hand_over);
        let ramp = self.ramp_months as usize;
        for k in 1..=ramp {
            point(setup + k, self.steady * k as f64 / (ramp + 1) as f64);
        }
        let mut step = |m: usize, v: f64| {
            if let Some(slot) = steps.get_mut(start + m - 1) {
                *slot += v;
            }
        };
        if setup > 0 {
            step(1, -self.setup_monthly);
            step(setup + 1, self.setup_monthly);
        }
        step(setup + ramp + 1, self.steady);
    }

    /// Months until the cumulative flow turns positive (see [`break_even`]), worked out
    /// from the end of transition on: every cost falls before any saving, so after
    /// transition only the ramp-up needs a look month by month.
    pub fn break_even(&self) -> Option<f64> {
        if self.setup_months == 0 {
            return break_even(|m| self.month(m), self.settled(), self.steady);
        }
        let spent = self.total(self.setup_months);
        if spent >= 0.0 || self.steady <= 0.0 {
            return break_even(|m| self.month(m), self.settled(), self.steady);
        }
        let mut total = spent;
        for m in self.setup_months + 1..=self.settled() {
            let flow = self.month(m);
            if total + flow >= 0.0 {
                return Some(f64::from(m - 1) + -total / flow);
            }
            total += flow;
        }
        Some(f64::from(self.settled()) + -total / self.steady)
    }

    /// Every cost paid once: up front, during transition and at hand-over.
    pub fn one_off(&self) -> f64 {
        self.upfront + self.setup_monthly * f64::from(self.setup_months) + self.hand_over
    }

    /// The first month from which every month brings the steady saving.
    pub fn settled(&self) -> u32 {
        self.setup_months + self.ramp_months + 1
    }
}

/// Money effect of one recommendation.
#[derive(Clone, Debug, PartialEq, Default, Serialize)]
pub struct CostImpact {
    /// Current yearly cost.
    pub current: f64,
    /// The current cost was estimated from FTE and country data, not entered.
    pub estimated: bool,
    /// Yearly saving once running, net of ongoing governance or running costs, against
    /// the one baseline the decision compared: doing the work in-house for all the hours
    /// it needs, that is today's cost plus [`CostImpact::coverage_cost`]. Zero when the
    /// work is kept.
    pub annual_saving: Range,
    /// One-off costs: selection, transition and double running, staff change, process
    /// work or build.
    pub one_off: Range,
    /// Months from the start until the cumulative cash flow turns positive, per case;
    /// `None` when it never does.
    pub break_even_months: [Option<f64>; 3],
    /// Months of transition (or build) before the change runs, per case.
    pub transition_months: [u32; 3],
    /// Net effect over the contract term: savings less every cost, per case.
    pub term_net: Range,
    /// The month-by-month cash flow, per case (pessimistic, expected, optimistic).
    pub flows: [Flow; 3],
    /// What staffing the process's hours with the company's own people would add to
    /// today's yearly cost (zero when today's team covers them): the baseline of the
    /// savings above is today's cost plus this, so against today's spend a change saves
    /// `annual_saving - coverage_cost`, and keeping the work costs this much more.
    pub coverage_cost: Range,
    /// Yearly saving once running against today's spend instead: the saving less what
    /// the hours add, case by case (negative when meeting the hours costs more than the
    /// change saves).
    pub against_today: Range,
}

/// Inputs the cost model needs for one process.
pub struct CostInput<'a> {
    /// Current yearly cost.
    pub current: f64,
    /// Whether `current` was estimated.
    pub estimated: bool,
    /// Recommended decision.
    pub decision: Decision,
    /// Chosen location, when a provider is used.
    pub location: Option<&'a LocationOption>,
    /// The offshore or nearshore option a hybrid pairs with.
    pub hybrid_partner: Option<&'a LocationOption>,
    /// The user's answers about the process.
    pub process: &'a ProcessAnswer,
    /// The company's own automation capability.
    pub automation: Level,
    /// The figures the company is costed with.
    pub figures: &'a Figures<'a>,
}

/// A figure's pessimistic, expected and optimistic values, where its low end is the
/// pessimistic one (a saving).
fn saving(f: Figure) -> [f64; 3] {
    [f.low, f.mid(), f.high]
}

/// Gross saving rate of moving the work to a location, as a range. `need` is the
/// overlap the process needs: the shift that gives it may carry a night premium.
pub fn gross_rate(
    model: LocationModel,
    option: &LocationOption,
    partner: Option<&LocationOption>,
    need: u8,
    fig: &Figures,
) -> Range {
    let pass = fig.get(Assumption::PassThrough);
    let pass_expected = fig.costly(Assumption::PassThrough)[1];
    let gap_rate = |o: &LocationOption| {
        let (ratio, uplift) = o
            .countries
            .first()
            .map_or((1.0, 0.0), |c| (c.cost_ratio, c.shift_uplift(need)));
        let gap = (1.0 - ratio * (1.0 + uplift)).max(0.0);
        Range {
            low: gap * pass.low,
            expected: gap * pass_expected,
            high: gap * pass.high,
        }
    };
    let [low, expected, high] = saving(fig.get(Assumption::OnshoreSaving));
    let onshore = Range {
        low,
        expected,
        high,
    };
    match model {
        LocationModel::Onshore => onshore,
        LocationModel::Nearshore | LocationModel::Offshore => gap_rate(option),
        LocationModel::Hybrid => {
            let far = partner.map_or(onshore, gap_rate);
            Range {
                low: (onshore.low + far.low) / 2.0,
                expected: (onshore.expected + far.expected) / 2.0,
                high: (onshore.high + far.high) / 2.0,
            }
        }
    }
}

/// Extra people a process needs in-house to staff its coverage window, beyond the
/// people who do it now, per case (pessimistic: most shrinkage).
pub fn coverage_fte(p: &ProcessAnswer, fig: &Figures) -> Range {
    coverage_fte_of(p.coverage, p.fte, fig)
}

/// Extra people a coverage window needs beyond a team of `fte`, per case.
pub fn coverage_fte_of(coverage: Coverage, fte: f64, fig: &Figures) -> Range {
    let extra = |shrinkage: f64| (seat_fte(coverage, shrinkage) - fte).max(0.0);
    let [low, expected, high] = fig.costly(Assumption::Shrinkage).map(extra);
    Range {
        low,
        expected,
        high,
    }
}

/// Less work than one person's is bought as a service (a managed service, a freelance
/// marketplace, or bundled with related work), not run as a transition programme: no
/// provider staffs a dedicated team for it (rule `a_scope_below_one_person_is_bought_as_a_service`).
pub const SERVICE_FTE: f64 = 1.0;

/// Whether work of `fte` people handed to a provider is bought as a service rather than
/// run as a programme (see [`SERVICE_FTE`]).
pub fn is_service(fte: f64) -> bool {
    fte < SERVICE_FTE
}

/// Months a transition takes for a scope of `fte` people, per case: one month of
/// onboarding for a service ([`is_service`]); for a programme, from the figure's
/// low end for the smallest scope to its high end for [`LARGEST_TRANSITION_FTE`] people
/// or more, a quarter of the span longer in the pessimistic case and shorter in the
/// optimistic one.
pub fn transition_months(fte: f64, fig: &Figures) -> [u32; 3] {
    if is_service(fte) {
        return [1; 3];
    }
    let f = fig.get(Assumption::TransitionMonths);
    let scope = ((1.0 + fte.max(0.0)).ln() / (1.0 + LARGEST_TRANSITION_FTE).ln()).min(1.0);
    [scope + 0.25, scope, scope - 0.25]
        .map(|s| (f.low + (f.high - f.low) * within(s, 0.0, 1.0)).ceil() as u32)
}

/// The money effect of handing a process to a provider, per case: `rates` are the gross
/// saving rates, `share` the part of the work moved (½ when co-sourcing), `coverage` the
/// yearly cost of the hours the team cannot staff.
pub fn provider_flows(
    current: f64,
    share: f64,
    rates: Range,
    coverage: Range,
    work: Work,
    fig: &Figures,
) -> [Flow; 3] {
    let months = transition_months(work.fte * share, fig);
    let rates = [rates.low, rates.expected, rates.high];
    let coverage = [coverage.low, coverage.expected, coverage.high];
    std::array::from_fn(|i| {
        let moved = current * share;
        let per_person = if work.fte > 0.0 {
            current / work.fte
        } else {
            0.0
        };
        provider_flow(
            i,
            moved,
            rates[i],
            coverage[i],
            months[i],
            work,
            per_person,
            fig,
        )
    })
}

/// One case (0 pessimistic, 1 expected, 2 optimistic) of [`provider_flows`];
/// `per_person` is what one of the team's people costs a year, in the unit of `moved`.
#[allow(clippy::too_many_arguments)]
fn provider_flow(
    case: usize,
    moved: f64,
    rate: f64,
    coverage: f64,
    setup_months: u32,
    work: Work,
    per_person: f64,
    fig: &Figures,
) -> Flow {
    let at = |x: Assumption| fig.costly(x)[case];
    // The coverage window the team cannot staff costs money whoever staffs it: the
    // provider staffs it at its own rate, so the contract covers the moved work and
    // those hours, and the saving is measured against what the decision compared it
    // with: the moved work done in-house, including the people those hours need.
    let in_house = moved + coverage;
    let deal = in_house * (1.0 - rate);
    let contract = deal * REFERENCE_CONTRACT_YEARS;
    let documenting = if work.documented {
        0.0
    } else {
        at(Assumption::ProcessWork)
    };
    // Choosing, contracting and onboarding take a fixed effort whatever the deal's size:
    // person-months of the company's own people.
    let fixed = at(Assumption::HandOverFloor) / 12.0 * per_person;
    Flow {
        upfront: fixed + at(Assumption::Selection) * deal + documenting * contract,
        setup_monthly: at(Assumption::TransitionCost) * contract / f64::from(setup_months.max(1))
            + at(Assumption::DoubleRunning) * deal / 12.0,
        setup_months,
        hand_over: at(Assumption::StaffChange) * contract,
        steady: (in_house - deal - at(Assumption::Governance) * deal) / 12.0,
        ramp_months: fig.ramp_months(case),
    }
}

/// What the cost of a hand-over depends on besides money: the people doing the work
/// and whether it is documented well enough to hand over as it is (3 of 5 or more).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Work {
    /// People doing the work, FTE.
    pub fte: f64,
    /// Documented well enough to hand over without documenting it first.
    pub documented: bool,
}

impl Work {
    /// The work of a process.
    pub fn of(p: &ProcessAnswer) -> Self {
        Self {
            fte: p.fte,
            documented: p.documentation >= DOCUMENTED,
        }
    }
}

/// The net effect over the contract term of handing the work to a provider at gross
/// saving rates `rates`, pessimistic and expected case, each as a share of what the
/// work costs over the term: negative when the term does not pay back the change.
/// The comparison is with doing the same work in-house, including the people its
/// coverage window would need there. Independent of the cost itself, so the decision
/// score can use it.
pub fn payoff(rates: Range, work: Work, coverage: Coverage, fig: &Figures) -> Payoff {
    PayoffLine::of(work, coverage, fig).at(rates)
}

/// The net effect of a hand-over as a straight line in its gross saving rate: every
/// part of a provider's cash flow is linear in the rate, so two evaluations give the
/// payoff at every place (see [`payoff`]).
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct PayoffLine {
    at_zero: Payoff,
    slope: Payoff,
}

impl PayoffLine {
    /// The line of a piece of work (see [`payoff`] for the arguments).
    pub fn of(work: Work, coverage: Coverage, fig: &Figures) -> Self {
        let fte = work.fte.max(f64::MIN_POSITIVE);
        let extra = coverage_fte_of(coverage, work.fte, fig);
        let term = fig.term_months();
        let years = f64::from(term) / 12.0;
        let months = transition_months(work.fte, fig);
        // The share at rate 0 and the slope, for one case.
        let line = |extra_fte: f64, case: usize| {
            // Today's team plus the people the window needs, at a cost of 1 per team.
            let in_house = 1.0 + extra_fte / fte;
            let share = |rate: f64| {
                let flow = provider_flow(
                    case,
                    in_house,
                    rate,
                    0.0,
                    months[case],
                    work,
                    1.0 / fte,
                    fig,
                );
                flow.total(term) / (in_house * years)
            };
            let zero = share(0.0);
            (zero, share(1.0) - zero)
        };
        let (pessimistic, pessimistic_slope) = line(extra.low, 0);
        let (expected, expected_slope) = line(extra.expected, 1);
        Self {
            at_zero: Payoff {
                pessimistic,
                expected,
            },
            slope: Payoff {
                pessimistic: pessimistic_slope,
                expected: expected_slope,
            },
        }
    }

    /// The payoff at gross saving rates `rates`.
    #[inline]
    pub fn at(&self, rates: Range) -> Payoff {
        Payoff {
            pessimistic: self.at_zero.pessimistic + self.slope.pessimistic * rates.low,
            expected: self.at_zero.expected + self.slope.expected * rates.expected,
        }
    }
}

/// The net effect over the contract term of automating the automatable `share` of
/// work that costs `current` a year, pessimistic and expected case, as shares of what
/// the work costs over the term; `None` for work that costs nothing. Automation carries
/// fixed costs in money (its smallest build and running cost), so, unlike a hand-over,
/// its payoff depends on the size of the work.
pub fn automation_payoff(
    current: f64,
    share: f64,
    documented: bool,
    capability: Level,
    fig: &Figures,
) -> Option<Payoff> {
    if current <= 0.0 {
        return None;
    }
    let term = fig.term_months();
    let over = current * f64::from(term) / 12.0;
    let share = |case| {
        automation_flow(case, current, share, documented, capability, fig).total(term) / over
    };
    Some(Payoff {
        pessimistic: share(0),
        expected: share(1),
    })
}

/// Net effect over the contract term of a hand-over, as a share of what the work costs
/// over the term.
#[derive(Clone, Copy, Debug, PartialEq, Default, Serialize)]
pub struct Payoff {
    /// Pessimistic case.
    pub pessimistic: f64,
    /// Expected case.
    pub expected: f64,
}

impl Payoff {
    /// How deep in loss the hand-over is: 0 when even the pessimistic case pays off,
    /// the share of the span from pessimistic to expected that loses money when only the
    /// pessimistic case does, 1 when the expected case loses money too.
    pub fn loss_depth(&self) -> f64 {
        if self.pessimistic >= 0.0 {
            0.0
        } else if self.expected <= 0.0 {
            1.0
        } else {
            -self.pessimistic / (self.expected - self.pessimistic)
        }
    }

    /// How much the expected case loses, from 0 (it does not) to 1 (it loses
    /// [`DEEP_LOSS`] of the work's cost over the term, or more).
    pub fn expected_loss(&self) -> f64 {
        within(-self.expected / DEEP_LOSS, 0.0, 1.0)
    }
}

/// An expected loss of this share of what the work costs over the term counts in full
/// against a change (see [`Payoff::expected_loss`]).
pub const DEEP_LOSS: f64 = 0.2;

/// Computes the cost impact of one recommendation.
pub fn impact(input: &CostInput) -> CostImpact {
    let c = input.current;
    let p = input.process;
    let fig = input.figures;
    let per_fte = if p.fte > 0.0 { c / p.fte } else { 0.0 };
    let extra = coverage_fte(p, fig);
    // Yearly cost of the people the coverage window would need in-house.
    let coverage = Range {
        low: extra.low * per_fte,
        expected: extra.expected * per_fte,
        high: extra.high * per_fte,
    };
    let flows = match (input.decision, input.location) {
        (Decision::Outsource | Decision::CoSource, Some(loc)) => {
            let share = if input.decision == Decision::CoSource {
                super::score::CO_SOURCED_SHARE
            } else {
                1.0
            };
            let rate = gross_rate(loc.model, loc, input.hybrid_partner, p.overlap_hours, fig);
            provider_flows(c, share, rate, coverage, Work::of(p), fig)
        }
        (Decision::Automate, _) => automation(input),
        // Keeping the work is the baseline every saving is measured against: today's
        // cost plus the people its coverage window needs (`coverage_cost` says how much
        // that adds to today's spend).
        _ => [Flow::default(); 3],
    };
    let term = fig.term_months();
    let range = |v: [f64; 3]| Range {
        low: v[0],
        expected: v[1],
        high: v[2],
    };
    CostImpact {
        current: c,
        estimated: input.estimated,
        annual_saving: range(flows.map(|f| f.steady * 12.0)).ordered(),
        one_off: range(flows.map(|f| f.one_off())),
        break_even_months: ordered_break_even(flows.map(|f| f.break_even())),
        transition_months: flows.map(|f| f.setup_months),
        term_net: range(flows.map(|f| f.total(term))).ordered(),
        flows,
        coverage_cost: coverage,
        against_today: Range {
            low: flows[0].steady * 12.0 - coverage.low,
            expected: flows[1].steady * 12.0 - coverage.expected,
            high: flows[2].steady * 12.0 - coverage.high,
        }
        .ordered(),
    }
}

/// Month-by-month flows of automating in-house the automatable share of a process
/// (see [`automation_flows`]).
fn automation(input: &CostInput) -> [Flow; 3] {
    let p = input.process;
    automation_flows(
        input.current,
        automate::of(p),
        Work::of(p).documented,
        input.automation,
        input.figures,
    )
}

/// Month-by-month flows, pessimistic, expected and optimistic, of automating the
/// automatable `share` of work that costs `c` a year. The reported average saving (15%
/// without mature automation capability, 21% with it) is read as that of automating
/// half the work ([`automate::MOST`]) and scales with the share; every automation
/// carries a fixed running cost and a smallest project size, so small processes rarely
/// pay back; the build is priced so that the cash flow pays back in the reported
/// months, and costs half as much again when the process must be documented first.
pub fn automation_flows(
    c: f64,
    share: f64,
    documented: bool,
    capability: Level,
    fig: &Figures,
) -> [Flow; 3] {
    std::array::from_fn(|case| automation_flow(case, c, share, documented, capability, fig))
}

/// One case (0 pessimistic, 1 expected, 2 optimistic) of automating the `share` of
/// work that costs `c` a year (see [`automation_flows`]).
fn automation_flow(
    case: usize,
    c: f64,
    share: f64,
    documented: bool,
    capability: Level,
    fig: &Figures,
) -> Flow {
    let scale = share / automate::MOST;
    // The reported saving: the low end without mature capability, the high end with
    // it; the expected case follows the company's capability.
    let [high, _, low] = fig.costly(Assumption::AutomationSaving);
    let maturity = match capability {
        Level::Low => 0.0,
        Level::Medium => 0.5,
        Level::High => 1.0,
    };
    let rate_at = |at: f64| (low + (high - low) * at) * scale;
    let rate = [rate_at(0.0), rate_at(maturity), rate_at(1.0)][case];
    let documenting = if documented { 1.0 } else { 1.5 };
    let usd = fig.per_usd();
    let at = |x: Assumption| fig.costly(x)[case];
    // The build is one project whatever the saving turns out to be: priced on the
    // expected saving, so that it pays back in `payback` months from the start (the
    // build plus the months of saving after it), longer in the pessimistic case.
    let priced_on = c * rate_at(maturity);
    let gross = c * rate;
    let steady = (gross - at(Assumption::AutomationRun) * usd) / 12.0;
    let setup_months = at(Assumption::AutomationBuildMonths).ceil() as u32;
    let saving_months = (at(Assumption::AutomationPayback) - f64::from(setup_months)).max(1.0);
    let one_off =
        (priced_on / 12.0 * saving_months).max(at(Assumption::AutomationBuild) * usd) * documenting;
    Flow {
        setup_monthly: one_off / f64::from(setup_months.max(1)),
        setup_months: setup_months.max(1),
        steady,
        ..Flow::default()
    }
}

/// The month in which a cumulative cash flow, given month by month by `at`, turns
/// positive after being negative, interpolated within the month; `Some(0.0)` when it is
/// never negative and saves money, `None` when it never turns positive. After month
/// `settled` every month brings `steady`, so the search ends there.
pub fn break_even(at: impl Fn(u32) -> f64, settled: u32, steady: f64) -> Option<f64> {
    let mut total = 0.0;
    let mut spent = false;
    for m in 1..=settled {
        let flow = at(m);
        let next = total + flow;
        if next < 0.0 {
            spent = true;
        } else if spent && flow > 0.0 {
            return Some(f64::from(m - 1) + -total / flow);
        }
        total = next;
    }
    match (spent, steady > 0.0) {
        (false, true) => Some(0.0),
        (false, false) => (total > 0.0).then_some(0.0),
        (true, true) => Some(f64::from(settled) + -total / steady),
        (true, false) => None,
    }
}

/// How far a typed cost per person may stray from the country's typical cost for the
/// work before Shorewise asks the user to check it (either way).
pub const IMPLAUSIBLE_FACTOR: f64 = 10.0;

/// A typed yearly cost far from what such work costs in the home country: worth a
/// second look, never a block.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CostCheck {
    /// The typed cost per full-time person, home currency.
    pub per_person: f64,
    /// The typical cost per person for this work in the home country.
    pub typical: f64,
}

impl CostCheck {
    /// Whether the typed cost is far above the typical one (else far below).
    pub fn too_high(&self) -> bool {
        self.per_person > self.typical
    }
}

/// The check of a typed yearly cost, when it is more than [`IMPLAUSIBLE_FACTOR`] times
/// above or below the typical cost of the same people in the home country; `None` when
/// no cost was typed or it is plausible.
pub fn check_cost(p: &ProcessAnswer, fig: &Figures) -> Option<CostCheck> {
    if p.annual_cost <= 0.0 || p.fte <= 0.0 {
        return None;
    }
    let typical = estimate_cost(p, fig) / p.fte;
    let per_person = p.annual_cost / p.fte;
    let ratio = per_person / typical;
    (typical > 0.0 && !(1.0 / IMPLAUSIBLE_FACTOR..=IMPLAUSIBLE_FACTOR).contains(&ratio)).then_some(
        CostCheck {
            per_person,
            typical,
        },
    )
}

/// Current yearly cost: the user's figure, or an estimate from FTE, the home country's
/// loaded agent wage and the role multiplier, converted to the home currency at the
/// exchange rate in use.
pub fn current_cost(p: &ProcessAnswer, fig: &Figures) -> (f64, bool) {
    if p.annual_cost > 0.0 {
        return (p.annual_cost, false);
    }
    (estimate_cost(p, fig), true)
}

/// Estimated yearly cost of a process in the home currency.
pub fn estimate_cost(p: &ProcessAnswer, fig: &Figures) -> f64 {
    p.fte * estimate_per_fte(p, fig)
}

/// Estimated yearly cost of one full-time person doing a process, home currency.
pub fn estimate_per_fte(p: &ProcessAnswer, fig: &Figures) -> f64 {
    wage_per_fte(fig) * pay_multiplier(processes::family_of(p), processes::role_multiplier(p), fig)
}

/// Multiplier from the home country's agent pay to the pay of a role: its multiplier on
/// the catalog's ladder times its family's pay skew at the home country's wage level.
pub fn pay_multiplier(family: JobFamily, role_multiplier: f64, fig: &Figures) -> f64 {
    role_multiplier * families::skew_at(fig.rich_skew(family), fig.home_ladder())
}

/// Yearly cost of one full-time person at the home country's loaded agent wage, home
/// currency; a process's role multiplier scales it.
pub fn wage_per_fte(fig: &Figures) -> f64 {
    HOURS_PER_FTE_YEAR * location::loaded_hourly(fig.home, fig) * fig.per_usd()
}
