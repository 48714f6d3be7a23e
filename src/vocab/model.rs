//! The engine's input: one [`Assessment`], exactly what the user answered.
//!
//! Everything here is plain data with serde derives so that the UI can keep it as its
//! state and serialise it without translation layers. Scales are
//! small integers (0–5) because that is what people answer; the engine normalises them.

use serde::{Deserialize, Serialize};
use std::rc::Rc;

/// Version of the serialised [`Assessment`] format. Bump it when a field changes meaning
/// and teach the loaders to migrate older versions.
pub const FORMAT_VERSION: u32 = 1;

/// Largest number of processes one assessment may hold.
pub const MAX_PROCESSES: usize = 200;

/// Longest company or process name, in characters.
pub const MAX_NAME_CHARS: usize = 120;

/// Largest value on the 0–5 answer scales.
pub const SCALE_MAX: u8 = 5;

/// Documentation maturity (of [`SCALE_MAX`]) from which a process can be handed over or
/// automated as it is, without documenting it first.
pub const DOCUMENTED: u8 = 3;

/// Why a name a user typed cannot name a process.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameProblem {
    /// Nothing but spaces.
    Empty,
    /// Longer than [`MAX_NAME_CHARS`].
    TooLong,
}

/// The name a user typed for their own process, trimmed, if it can be used.
pub fn process_name(typed: &str) -> Result<&str, NameProblem> {
    let name = typed.trim();
    if name.is_empty() {
        Err(NameProblem::Empty)
    } else if name.chars().count() > MAX_NAME_CHARS {
        Err(NameProblem::TooLong)
    } else {
        Ok(name)
    }
}

/// A number as people write it, for messages: thousands separated, at most two
/// decimals, very large or very small ones in scientific notation, never hundreds of
/// digits: `100000` → `100,000`, `0.5` → `0.5`, `1e300` → `1.000e300`.
pub fn readable(v: f64) -> String {
    if !v.is_finite() || v.abs() >= 1e15 || (v != 0.0 && v.abs() < 0.005) {
        return super::digits::scientific(v, 3);
    }
    let text = super::digits::fixed(v, 2);
    let text = text.trim_end_matches('0').trim_end_matches('.');
    let (sign, text) = text.strip_prefix('-').map_or(("", text), |t| ("-", t));
    let (whole, fraction) = text.split_once('.').map_or((text, ""), |(w, f)| (w, f));
    let mut out = String::from(sign);
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    if !fraction.is_empty() {
        out.push('.');
        out.push_str(fraction);
    }
    out
}

/// Hours in a day: a working day ends at this hour at the latest.
pub const HOURS_PER_DAY: u8 = 24;

/// Largest daily overlap a process can ask for, in hours.
pub const MAX_OVERLAP_HOURS: u8 = 8;

/// The accepted range of a number a user types. Each range is written once, here, and
/// used by validation, the reducer, the input fields and the error messages.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bounds {
    /// Smallest accepted value.
    pub min: f64,
    /// Largest accepted value.
    pub max: f64,
}

impl Bounds {
    /// Whether a value is a finite number inside the range.
    pub fn admits(self, v: f64) -> bool {
        v.is_finite() && self.min <= v && v <= self.max
    }
}

/// People working on one process, in full-time equivalents.
pub const FTE_BOUNDS: Bounds = Bounds {
    min: 0.01,
    max: 100_000.0,
};

/// A process's current yearly cost, in any currency (0 = let Shorewise estimate it).
pub const ANNUAL_COST_BOUNDS: Bounds = Bounds {
    min: 0.0,
    max: 1e13,
};

/// A user's hourly wage figure for a country, US dollars.
pub const WAGE_BOUNDS: Bounds = Bounds {
    min: 0.01,
    max: 1000.0,
};

/// Everything a user tells Shorewise. The recommendation is a pure function of it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    /// Format version, see [`FORMAT_VERSION`].
    pub version: u32,
    /// Who the company is and where it works.
    pub company: Company,
    /// What the company wants from a change, each goal weighted 0–5.
    pub goals: Goals,
    /// How much risk the company can take and which constraints bind it.
    pub risk: RiskProfile,
    /// The processes to advise on, in the order the user added them.
    pub processes: Vec<ProcessAnswer>,
    /// The user's own wage figures, replacing the catalog's assumptions for those countries.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub wages: Vec<WageOverride>,
    /// The user's own values for the cost model's assumptions, replacing the defaults.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub assumptions: Vec<AssumptionOverride>,
}

/// A user's value for one of the cost model's assumptions (see [`Assumption`]): a range,
/// or one value with `low == high`.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct AssumptionOverride {
    /// Which assumption.
    pub assumption: Assumption,
    /// Lower end of the range.
    pub low: f64,
    /// Upper end of the range.
    pub high: f64,
}

impl AssumptionOverride {
    /// A user's value, if both ends are inside the assumption's bounds and in order.
    pub fn new(assumption: Assumption, low: f64, high: f64) -> Option<Self> {
        let b = assumption.bounds();
        (b.admits(low) && b.admits(high) && low <= high).then_some(Self {
            assumption,
            low,
            high,
        })
    }
}

/// How an assumption's value reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// A share, stored 0–1 and shown as a percentage.
    Share,
    /// Months.
    Months,
    /// US dollars.
    Usd,
    /// Units of the home currency per US dollar.
    Rate,
    /// A multiple (1.2 = a fifth more).
    Times,
}

/// A user's figure for a country's contact-centre agent base wage, in US dollars per
/// hour. Catalog wages without a cited survey are assumptions; this is how a user who
/// knows better changes them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WageOverride {
    /// ISO code of the country.
    pub country: String,
    /// Lower end of the range.
    pub low: f64,
    /// Upper end of the range.
    pub high: f64,
}

impl Default for Assessment {
    fn default() -> Self {
        Self {
            version: FORMAT_VERSION,
            company: Company::default(),
            goals: Goals::default(),
            risk: RiskProfile::default(),
            processes: Vec::new(),
            wages: Vec::new(),
            assumptions: Vec::new(),
        }
    }
}

/// The company's profile.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Company {
    /// Optional display name, used in the report only.
    pub name: String,
    /// Sector, used to tailor vendor questions and regulation hints.
    pub industry: Industry,
    /// Head-count band, used to size governance and vendor strategy.
    pub size: SizeBand,
    /// ISO 3166-1 alpha-2 code of the home country; must exist in the country catalog.
    pub home: String,
    /// Time zone of the home country the company works in, by id (see
    /// `content::countries::zones`); empty for the main business city's, and for
    /// countries with one zone.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub zone: String,
    /// Local working day the company needs a provider to overlap with.
    pub hours: WorkingHours,
    /// Languages the company's customers are served in.
    pub customer_languages: Vec<Language>,
    /// Languages the company's own staff work in.
    pub staff_languages: Vec<Language>,
}

impl Default for Company {
    fn default() -> Self {
        Self {
            name: String::new(),
            industry: Industry::Technology,
            size: SizeBand::Medium,
            home: "US".to_owned(),
            zone: String::new(),
            hours: WorkingHours::default(),
            customer_languages: vec![Language::English],
            staff_languages: vec![Language::English],
        }
    }
}

/// Local working day, whole hours on a 24-hour clock, `start < end`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkingHours {
    /// First working hour (0–23).
    pub start: u8,
    /// Hour the working day ends (1–24).
    pub end: u8,
}

impl Default for WorkingHours {
    fn default() -> Self {
        Self { start: 9, end: 17 }
    }
}

impl WorkingHours {
    /// A working day, if `start` comes before `end` within one day.
    pub fn new(start: u8, end: u8) -> Option<Self> {
        (start < end && end <= HOURS_PER_DAY).then_some(Self { start, end })
    }
}

impl WageOverride {
    /// A user's wage figure, if both ends are valid wages and in order.
    pub fn new(country: String, low: f64, high: f64) -> Option<Self> {
        (WAGE_BOUNDS.admits(low) && WAGE_BOUNDS.admits(high) && low <= high).then_some(Self {
            country,
            low,
            high,
        })
    }
}

macro_rules! closed_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            /// Every value, in display order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
        }
    };
}

closed_enum!(
    /// An assumption of the cost model the user can replace with their own value.
    Assumption {
        /// Length of a first outsourcing contract, months (one value).
        ContractMonths,
        /// Units of the home currency per US dollar (one value).
        ExchangeRate,
        /// The company's employer on-costs on top of base wages, share of wages.
        OnCosts,
        /// Share of the labour-cost gap a buyer keeps (nearshore, offshore).
        PassThrough,
        /// Saving of onshore outsourcing before hidden costs.
        OnshoreSaving,
        /// Vendor selection, share of annual deal value (one-off).
        Selection,
        /// Governance, share of yearly contract value.
        Governance,
        /// Transition length, months (small to large scope).
        TransitionMonths,
        /// Transition, share of total contract value (one-off).
        TransitionCost,
        /// Share of the provider's fee paid during transition while the company's team
        /// still does the work (double running).
        DoubleRunning,
        /// Months after hand-over until the full saving is reached.
        RampUpMonths,
        /// Severance and retention, share of total contract value (one-off).
        StaffChange,
        /// Process documentation first, share of total contract value (one-off).
        ProcessWork,
        /// Night-shift premium a provider pays, share of the hourly wage.
        NightPremium,
        /// Share of paid time staff cannot staff a seat.
        Shrinkage,
        /// Yearly saving automation brings, share of the process's cost.
        AutomationSaving,
        /// Months from the start of an automation until it has paid for itself.
        AutomationPayback,
        /// Months an automation takes to build before it runs.
        AutomationBuildMonths,
        /// Smallest automation project, US dollars (one-off).
        AutomationBuild,
        /// Smallest automation running cost, US dollars a year.
        AutomationRun,
        /// Pay of back-office clerks in a high-wage market relative to the low-wage
        /// ladder, as a multiple (one value; see `content::families`).
        BackOfficePay,
        /// Pay of IT support staff in a high-wage market relative to the low-wage
        /// ladder, as a multiple (one value).
        ItSupportPay,
        /// Pay of software engineers in a high-wage market relative to the low-wage
        /// ladder, as a multiple (one value).
        SoftwarePay,
        /// Pay of accounting and finance staff in a high-wage market relative to the
        /// low-wage ladder, as a multiple (one value).
        FinancePay,
        /// Pay of legal professionals in a high-wage market relative to the low-wage
        /// ladder, as a multiple (one value).
        LegalPay,
        /// Pay of research and data analysts in a high-wage market relative to the
        /// low-wage ladder, as a multiple (one value).
        ResearchPay,
        /// Fixed effort of any hand-over (choosing a provider, contracting,
        /// onboarding), person-months of the company's own people, whatever the size of
        /// the work.
        HandOverFloor,
    }
);

impl Assumption {
    /// The pay-ladder assumption of a job family (`None` for contact-centre agents, the
    /// reference every ladder is measured against).
    pub fn pay_of(family: JobFamily) -> Option<Self> {
        match family {
            JobFamily::ContactCentre => None,
            JobFamily::BackOffice => Some(Assumption::BackOfficePay),
            JobFamily::ItSupport => Some(Assumption::ItSupportPay),
            JobFamily::Software => Some(Assumption::SoftwarePay),
            JobFamily::Finance => Some(Assumption::FinancePay),
            JobFamily::Legal => Some(Assumption::LegalPay),
            JobFamily::Research => Some(Assumption::ResearchPay),
        }
    }

    fn is_pay(self) -> bool {
        matches!(
            self,
            Assumption::BackOfficePay
                | Assumption::ItSupportPay
                | Assumption::SoftwarePay
                | Assumption::FinancePay
                | Assumption::LegalPay
                | Assumption::ResearchPay
        )
    }
}

impl Assumption {
    /// How the value reads.
    pub fn unit(self) -> Unit {
        use Assumption::*;
        match self {
            ContractMonths
            | TransitionMonths
            | RampUpMonths
            | AutomationPayback
            | AutomationBuildMonths
            | HandOverFloor => Unit::Months,
            ExchangeRate => Unit::Rate,
            AutomationBuild | AutomationRun => Unit::Usd,
            x if x.is_pay() => Unit::Times,
            _ => Unit::Share,
        }
    }

    /// Whether the assumption is one value rather than a range.
    pub fn single(self) -> bool {
        matches!(self, Assumption::ContractMonths | Assumption::ExchangeRate) || self.is_pay()
    }

    /// The values a user may give.
    pub fn bounds(self) -> Bounds {
        use Assumption::*;
        let (min, max) = match self {
            ContractMonths => (6.0, 120.0),
            TransitionMonths => (1.0, 36.0),
            RampUpMonths => (0.0, 24.0),
            AutomationPayback => (1.0, 60.0),
            AutomationBuildMonths => (0.0, 24.0),
            ExchangeRate => (1e-6, 1e6),
            AutomationBuild => (0.0, 10_000_000.0),
            AutomationRun => (0.0, 1_000_000.0),
            HandOverFloor => (0.0, 24.0),
            OnCosts => (0.0, 2.0),
            // A share of 100% or more would be a different deal: nothing kept, all paid.
            Shrinkage => (0.0, 0.9),
            x if x.is_pay() => (0.25, 4.0),
            _ => (0.0, 1.0),
        };
        Bounds { min, max }
    }
}

closed_enum!(
    /// Sector of the company.
    Industry {
        /// Software, hardware and internet companies.
        Technology,
        /// Banks, insurers, payment firms.
        FinancialServices,
        /// Providers, payers, life sciences.
        Healthcare,
        /// Shops and online retail.
        Retail,
        /// Factories and industrial firms.
        Manufacturing,
        /// Consulting, legal, accounting firms.
        ProfessionalServices,
        /// Telecom and media.
        TelecomMedia,
        /// Transport, logistics, travel.
        TransportLogistics,
        /// Public bodies and charities.
        PublicNonProfit,
        /// Anything else.
        Other,
    }
);

closed_enum!(
    /// Number of employees.
    SizeBand {
        /// Fewer than 50 people.
        Small,
        /// 50 to 999 people.
        Medium,
        /// 1,000 people or more.
        Large,
    }
);

closed_enum!(
    /// Languages customers and staff use; enough to match delivery locations.
    Language {
        /// English.
        English,
        /// Spanish.
        Spanish,
        /// Portuguese.
        Portuguese,
        /// French.
        French,
        /// German.
        German,
        /// Italian.
        Italian,
        /// Dutch.
        Dutch,
        /// Polish.
        Polish,
        /// Romanian.
        Romanian,
        /// Nordic languages (Swedish, Danish, Norwegian, Finnish).
        Nordic,
        /// Arabic.
        Arabic,
        /// Hindi.
        Hindi,
        /// Mandarin Chinese.
        Chinese,
        /// Japanese.
        Japanese,
        /// Urdu.
        Urdu,
        /// Other languages.
        Other,
    }
);

closed_enum!(
    /// The goals a company can pursue; each is weighted in [`Goals`].
    Goal {
        /// Lower cost.
        Cost,
        /// Free managers and staff for the core business.
        Focus,
        /// Access to expertise and technology the company lacks.
        Expertise,
        /// Scale up and down with demand.
        Scalability,
        /// Get things done faster.
        Speed,
        /// Better or more consistent service quality.
        Quality,
        /// Round-the-clock coverage.
        Coverage,
        /// Reach into new markets and languages.
        NewMarkets,
    }
);

/// Weight 0–5 of every [`Goal`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Goals {
    /// Weight of [`Goal::Cost`].
    pub cost: u8,
    /// Weight of [`Goal::Focus`].
    pub focus: u8,
    /// Weight of [`Goal::Expertise`].
    pub expertise: u8,
    /// Weight of [`Goal::Scalability`].
    pub scalability: u8,
    /// Weight of [`Goal::Speed`].
    pub speed: u8,
    /// Weight of [`Goal::Quality`].
    pub quality: u8,
    /// Weight of [`Goal::Coverage`].
    pub coverage: u8,
    /// Weight of [`Goal::NewMarkets`].
    pub new_markets: u8,
}

impl Default for Goals {
    fn default() -> Self {
        Self {
            cost: 3,
            focus: 3,
            expertise: 2,
            scalability: 2,
            speed: 2,
            quality: 3,
            coverage: 1,
            new_markets: 1,
        }
    }
}

impl Goals {
    /// Weight of one goal.
    #[inline]
    pub fn get(&self, goal: Goal) -> u8 {
        *self.slot(goal)
    }

    /// Returns a copy with one goal re-weighted.
    #[must_use]
    pub fn with(mut self, goal: Goal, weight: u8) -> Self {
        *self.slot_mut(goal) = weight;
        self
    }

    #[inline]
    fn slot(&self, goal: Goal) -> &u8 {
        match goal {
            Goal::Cost => &self.cost,
            Goal::Focus => &self.focus,
            Goal::Expertise => &self.expertise,
            Goal::Scalability => &self.scalability,
            Goal::Speed => &self.speed,
            Goal::Quality => &self.quality,
            Goal::Coverage => &self.coverage,
            Goal::NewMarkets => &self.new_markets,
        }
    }

    fn slot_mut(&mut self, goal: Goal) -> &mut u8 {
        match goal {
            Goal::Cost => &mut self.cost,
            Goal::Focus => &mut self.focus,
            Goal::Expertise => &mut self.expertise,
            Goal::Scalability => &mut self.scalability,
            Goal::Speed => &mut self.speed,
            Goal::Quality => &mut self.quality,
            Goal::Coverage => &mut self.coverage,
            Goal::NewMarkets => &mut self.new_markets,
        }
    }
}

closed_enum!(
    /// Three-step answer used for tolerance and capacity questions.
    Level {
        /// Little or none.
        Low,
        /// Some.
        Medium,
        /// Plenty.
        High,
    }
);

// The enums come from `closed_enum!`, which derives no `Default`.
#[allow(clippy::derivable_impls)]
impl Default for Level {
    fn default() -> Self {
        Level::Medium
    }
}

closed_enum!(
    /// The hours a process must be staffed.
    Coverage {
        /// The company's working day, five days a week.
        BusinessHours,
        /// Extended hours: about sixteen hours a day, five days a week.
        Extended,
        /// Round the clock, every day of the year.
        AroundTheClock,
    }
);

#[allow(clippy::derivable_impls)]
impl Default for Coverage {
    fn default() -> Self {
        Coverage::BusinessHours
    }
}

closed_enum!(
    /// Where the data a process handles may be held.
    Residency {
        /// No constraint.
        None,
        /// Must stay in the home country.
        HomeCountry,
        /// Must stay in the home data region (EU/EEA for members, else the home region).
        HomeRegion,
    }
);

/// Ticks or unticks an item of a set kept as a sorted list.
pub fn toggle<T: PartialEq + Ord>(list: &mut Vec<T>, item: T) {
    if let Some(i) = list.iter().position(|x| *x == item) {
        list.remove(i);
    } else {
        list.push(item);
        super::order::sort_by(list, T::cmp);
    }
}

/// One value per residency setting, looked up by the setting (so that a what-if on
/// residency finds its facts without a new search).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ByResidency<T>([T; 3]);

impl<T> ByResidency<T> {
    /// Computes the value of every setting.
    pub fn from_fn(f: impl FnMut(Residency) -> T) -> Self {
        Self(
            [
                Residency::None,
                Residency::HomeCountry,
                Residency::HomeRegion,
            ]
            .map(f),
        )
    }

    /// The value of one setting.
    pub fn get(&self, r: Residency) -> &T {
        &self.0[Self::slot(r)]
    }

    /// The value of one setting, taken out of the set.
    pub fn take(self, r: Residency) -> T {
        let [none, country, region] = self.0;
        match r {
            Residency::None => none,
            Residency::HomeCountry => country,
            Residency::HomeRegion => region,
        }
    }

    /// A value per setting computed from this one's.
    pub fn map<U>(&self, f: impl FnMut(&T) -> U) -> ByResidency<U> {
        ByResidency(self.0.each_ref().map(f))
    }

    /// Every setting's value, mutably.
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut T> {
        self.0.iter_mut()
    }

    /// Every setting's value, in the order of [`Self::values_mut`].
    pub fn values(&self) -> impl Iterator<Item = &T> {
        self.0.iter()
    }

    fn slot(r: Residency) -> usize {
        match r {
            Residency::None => 0,
            Residency::HomeCountry => 1,
            Residency::HomeRegion => 2,
        }
    }
}

closed_enum!(
    /// Regulations that may apply to the company.
    Regulation {
        /// EU / UK General Data Protection Regulation.
        Gdpr,
        /// US health data (HIPAA).
        Hipaa,
        /// Payment card data (PCI DSS).
        PciDss,
        /// US financial reporting controls (Sarbanes-Oxley).
        Sox,
        /// Sector rules (banking, insurance, public sector...).
        Sector,
    }
);

/// Risk appetite and binding constraints, for the whole company.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RiskProfile {
    /// Overall risk tolerance.
    pub tolerance: Level,
    /// Data-residency constraint.
    pub residency: Residency,
    /// Regulations that apply.
    pub regulations: Vec<Regulation>,
    /// How comfortable the company is depending on one vendor.
    pub dependency_tolerance: Level,
    /// The company's capacity to select, contract and manage vendors.
    pub vendor_management: Level,
    /// Appetite and budget for a transition (one-off effort and cost).
    pub transition_appetite: Level,
    /// The company's own capability to build and run automation (workflow, RPA).
    #[serde(default)]
    pub automation: Level,
}

impl Default for RiskProfile {
    fn default() -> Self {
        Self {
            tolerance: Level::Medium,
            residency: Residency::None,
            regulations: Vec::new(),
            dependency_tolerance: Level::Medium,
            vendor_management: Level::Medium,
            transition_appetite: Level::Medium,
            automation: Level::Medium,
        }
    }
}

closed_enum!(
    /// How a process matters to the company's strategy (Lacity, Willcocks and Feeny).
    StrategicRole {
        /// Sets the company apart from competitors: its core.
        Differentiating,
        /// Operations depend on it, but it does not set the company apart.
        Critical,
        /// Useful support work, neither differentiating nor critical.
        Supporting,
    }
);

closed_enum!(
    /// Shape of the work over time.
    Demand {
        /// Roughly the same every month.
        Steady,
        /// Peaks and troughs over the year.
        Seasonal,
        /// A one-off project with an end.
        Project,
    }
);

closed_enum!(
    /// How sensitive the data a process touches is.
    Sensitivity {
        /// Public or non-sensitive.
        Public,
        /// Internal business data.
        Internal,
        /// Confidential: personal or commercially sensitive data.
        Confidential,
        /// Special-category, health, payment or similarly regulated data.
        Restricted,
    }
);

impl Sensitivity {
    /// Position on the scale, 0 (public) to 3 (restricted).
    pub fn rank(self) -> u8 {
        self as u8
    }
}

/// Identity of a process in an assessment. Written as text in saved answers and links:
/// the catalog id (`payroll`) or `custom-N` for the user's own processes, numbered in
/// the order they were added and never reused.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ProcessId {
    /// A catalog process, by its catalog id (which may be unknown in a foreign file;
    /// validation says so). Shared, so that the advice, the roadmap and every copy of
    /// them a what-if makes carry it without allocating.
    Catalog(Rc<str>),
    /// A process the user named.
    Custom(u32),
}

impl ProcessId {
    const CUSTOM_PREFIX: &'static str = "custom-";

    /// Reads the written form; anything that is not `custom-N` is a catalog id.
    pub fn parse(s: &str) -> Self {
        s.strip_prefix(Self::CUSTOM_PREFIX)
            .and_then(|n| n.parse().ok())
            .map_or_else(|| ProcessId::Catalog(s.into()), ProcessId::Custom)
    }

    /// Whether the user named this process (its kind of work is then theirs to choose).
    pub fn is_custom(&self) -> bool {
        matches!(self, ProcessId::Custom(_))
    }

    /// The catalog id, for catalog processes.
    pub fn catalog(&self) -> Option<&str> {
        match self {
            ProcessId::Catalog(id) => Some(id),
            ProcessId::Custom(_) => None,
        }
    }
}

impl std::fmt::Display for ProcessId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ProcessId::Catalog(id) => f.write_str(id),
            ProcessId::Custom(n) => write!(f, "{}{n}", Self::CUSTOM_PREFIX),
        }
    }
}

impl Serialize for ProcessId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for ProcessId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(|s| ProcessId::parse(&s))
    }
}

impl From<&str> for ProcessId {
    fn from(s: &str) -> Self {
        ProcessId::parse(s)
    }
}

/// One change of one answer about a process: what the questionnaire sends and what the
/// what-if search tries, applied by the one function [`ProcessAnswer::apply`].
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "answer", content = "to")]
pub enum ProcessEdit {
    /// Strategic role.
    Role(StrategicRole),
    /// Volume in FTE.
    Fte(f64),
    /// Yearly cost (0 = let Shorewise estimate it).
    AnnualCost(f64),
    /// Demand pattern.
    Demand(Demand),
    /// Judgement needed, 0–5.
    Judgement(u8),
    /// Rule-based, 0–5.
    RuleBased(u8),
    /// Documentation, 0–5.
    Documentation(u8),
    /// Data sensitivity.
    Sensitivity(Sensitivity),
    /// Customer-facing.
    CustomerFacing(bool),
    /// Overlap needed, hours.
    Overlap(u8),
    /// Hours the process must be staffed.
    Coverage(Coverage),
    /// Kind of work (custom processes only).
    Kind(WorkKind),
    /// A customer language of this process ticked or unticked.
    ToggleLanguage(Language),
}

/// A process the user wants advice on, with their answers about it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProcessAnswer {
    /// Stable identity: a catalog entry or the user's own numbered process.
    pub id: ProcessId,
    /// Name of a custom process; empty for catalog processes.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub custom_name: String,
    /// Kind of work, which fixes the outsourcing type (from the catalog, or chosen for custom ones).
    pub kind: WorkKind,
    /// Strategic role.
    pub role: StrategicRole,
    /// Volume in full-time equivalents.
    pub fte: f64,
    /// Current fully loaded yearly cost of the process, in the home currency.
    pub annual_cost: f64,
    /// Shape of demand.
    pub demand: Demand,
    /// Judgement and expertise the work needs, 0–5.
    pub judgement: u8,
    /// How rule-based and repetitive the work is, 0–5.
    pub rule_based: u8,
    /// How well the process is documented and measured, 0–5.
    pub documentation: u8,
    /// Sensitivity of the data it handles.
    pub sensitivity: Sensitivity,
    /// Whether the process talks to customers.
    pub customer_facing: bool,
    /// Languages this process serves customers in; empty means the company's customer
    /// languages.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<Language>,
    /// Hours a day the people doing it must overlap with the company's working day, 0–8.
    pub overlap_hours: u8,
    /// The hours the process must be staffed.
    #[serde(default, skip_serializing_if = "is_business_hours")]
    pub coverage: Coverage,
}

fn is_business_hours(c: &Coverage) -> bool {
    *c == Coverage::BusinessHours
}

closed_enum!(
    /// What kind of work a process is; it decides the outsourcing type.
    WorkKind {
        /// Internal transactional work (HR admin, finance operations, data processing, logistics).
        BackOffice,
        /// Customer-facing work (service, support, sales, marketing).
        FrontOffice,
        /// Technology work (development, helpdesk, infrastructure, security).
        It,
        /// Expert analysis and judgement (analytics, financial analysis).
        Knowledge,
        /// Legal services (contract review, compliance).
        Legal,
        /// Research and analysis (market and competitive research).
        Research,
    }
);

closed_enum!(
    /// The job family of the people who do a process: their pay in each country, where
    /// their talent pools are, and so which countries are examples for the work.
    JobFamily {
        /// Contact-centre agents (service, support, sales by phone, chat and mail).
        ContactCentre,
        /// Back-office clerks (administration, data and document processing, logistics).
        BackOffice,
        /// IT support and operations (helpdesk, infrastructure, security).
        ItSupport,
        /// Software engineers (development, maintenance, testing).
        Software,
        /// Accounting and finance staff (payroll, payables, ledger, analysis).
        Finance,
        /// Legal professionals (lawyers and paralegals).
        Legal,
        /// Research and data analysts.
        Research,
    }
);

impl JobFamily {
    /// Number of job families.
    pub const COUNT: usize = 7;

    /// The family assumed for the user's own process of a kind of work.
    pub fn of_kind(kind: WorkKind) -> Self {
        match kind {
            WorkKind::BackOffice => JobFamily::BackOffice,
            WorkKind::FrontOffice => JobFamily::ContactCentre,
            WorkKind::It => JobFamily::ItSupport,
            WorkKind::Knowledge => JobFamily::Finance,
            WorkKind::Legal => JobFamily::Legal,
            WorkKind::Research => JobFamily::Research,
        }
    }
}

impl Goal {
    /// Field name in the serialised [`Goals`], used in error paths.
    pub fn key(self) -> &'static str {
        match self {
            Goal::Cost => "cost",
            Goal::Focus => "focus",
            Goal::Expertise => "expertise",
            Goal::Scalability => "scalability",
            Goal::Speed => "speed",
            Goal::Quality => "quality",
            Goal::Coverage => "coverage",
            Goal::NewMarkets => "new_markets",
        }
    }
}

impl ProcessAnswer {
    /// Applies one edit. Values the engine would reject (a number out of its bounds, a
    /// scale above its top) never reach the answers; the kind of work changes only for
    /// the user's own processes (a catalog process's kind is the catalog's).
    pub fn apply(&mut self, edit: ProcessEdit) {
        match edit {
            ProcessEdit::Role(v) => self.role = v,
            ProcessEdit::Fte(v) => {
                if FTE_BOUNDS.admits(v) {
                    self.fte = v;
                }
            }
            ProcessEdit::AnnualCost(v) => {
                if ANNUAL_COST_BOUNDS.admits(v) {
                    self.annual_cost = v;
                }
            }
            ProcessEdit::Demand(v) => self.demand = v,
            ProcessEdit::Judgement(v) => self.judgement = v.min(SCALE_MAX),
            ProcessEdit::RuleBased(v) => self.rule_based = v.min(SCALE_MAX),
            ProcessEdit::Documentation(v) => self.documentation = v.min(SCALE_MAX),
            ProcessEdit::Sensitivity(v) => self.sensitivity = v,
            ProcessEdit::CustomerFacing(v) => self.customer_facing = v,
            ProcessEdit::Overlap(v) => self.overlap_hours = v.min(MAX_OVERLAP_HOURS),
            ProcessEdit::Coverage(v) => self.coverage = v,
            ProcessEdit::ToggleLanguage(l) => toggle(&mut self.languages, l),
            ProcessEdit::Kind(v) => {
                if self.id.is_custom() {
                    self.kind = v;
                }
            }
        }
    }

    /// A process the user names, with neutral answers to refine.
    pub fn custom(n: u32, name: &str, kind: WorkKind) -> Self {
        Self {
            id: ProcessId::Custom(n),
            custom_name: name.to_owned(),
            kind,
            role: StrategicRole::Supporting,
            fte: 1.0,
            annual_cost: 0.0,
            demand: Demand::Steady,
            judgement: 2,
            rule_based: 2,
            documentation: 2,
            sensitivity: Sensitivity::Internal,
            customer_facing: kind == WorkKind::FrontOffice,
            languages: Vec::new(),
            overlap_hours: 3,
            coverage: Coverage::BusinessHours,
        }
    }
}
