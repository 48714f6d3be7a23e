//! The engine's output vocabulary: the closed sets the advice is made of (decisions,
//! location models, outsourcing types, reasons, risks, KPIs, checklist items, the
//! changes a what-if can make). They sit beside [`model`](super::model) at the bottom
//! of the crate, so that the content's wording can name them without depending on the
//! engine's logic, and the logic can read the content without a cycle.

use super::model::{Goal, Level, ProcessEdit, Residency, WorkKind};
use serde::{Deserialize, Serialize};

/// What to do with a process.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    /// Keep doing it with the company's own people.
    KeepInHouse,
    /// Automate it (workflow tools, RPA, low-code).
    Automate,
    /// Share it: the provider runs the volume, a retained team owns control and decisions.
    CoSource,
    /// Hand the whole process to a provider.
    Outsource,
}

impl Decision {
    /// Every decision; on equal scores the earlier (more conservative) one wins.
    pub const ALL: [Decision; 4] = [
        Decision::KeepInHouse,
        Decision::Automate,
        Decision::CoSource,
        Decision::Outsource,
    ];

    /// Whether a provider does (part of) the work, so that a location applies.
    pub fn uses_provider(self) -> bool {
        matches!(self, Decision::CoSource | Decision::Outsource)
    }
}

/// Where a provider works, relative to the company.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LocationModel {
    /// Same country.
    Onshore,
    /// Neighbouring country, close time zone and culture.
    Nearshore,
    /// Onshore front line with a lower-cost centre behind it, or follow-the-sun.
    Hybrid,
    /// Distant, lowest-cost country.
    Offshore,
}

impl LocationModel {
    /// Every model, ordered from closest to furthest from home: the order the sanity
    /// rules ("never further offshore") speak of.
    pub const ALL: [LocationModel; 4] = [
        LocationModel::Onshore,
        LocationModel::Nearshore,
        LocationModel::Hybrid,
        LocationModel::Offshore,
    ];

    /// Distance from home, 0 (onshore) to 3 (offshore).
    pub fn rank(self) -> usize {
        self as usize
    }
}

/// The outsourcing type, which follows the kind of work.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OutsourcingType {
    /// Back-office business process outsourcing.
    BackOfficeBpo,
    /// Front-office business process outsourcing.
    FrontOfficeBpo,
    /// IT outsourcing.
    ItOutsourcing,
    /// Knowledge process outsourcing.
    Kpo,
    /// Legal process outsourcing.
    Lpo,
    /// Research process outsourcing.
    Rpo,
}

impl OutsourcingType {
    /// Every type, in display order.
    pub const ALL: [OutsourcingType; 6] = [
        OutsourcingType::BackOfficeBpo,
        OutsourcingType::FrontOfficeBpo,
        OutsourcingType::ItOutsourcing,
        OutsourcingType::Kpo,
        OutsourcingType::Lpo,
        OutsourcingType::Rpo,
    ];

    /// Type follows the work (rule `type_follows_the_work`).
    pub fn for_kind(kind: WorkKind) -> Self {
        match kind {
            WorkKind::BackOffice => OutsourcingType::BackOfficeBpo,
            WorkKind::FrontOffice => OutsourcingType::FrontOfficeBpo,
            WorkKind::It => OutsourcingType::ItOutsourcing,
            WorkKind::Knowledge => OutsourcingType::Kpo,
            WorkKind::Legal => OutsourcingType::Lpo,
            WorkKind::Research => OutsourcingType::Rpo,
        }
    }
}

/// How work handed to a provider is bought (rule
/// `a_scope_below_one_person_is_bought_as_a_service`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// A dedicated team under a contract, with selection, transition and governance.
    Programme,
    /// Less than one person's work: a managed service, a freelance marketplace, or a
    /// bundle with related work; no transition programme.
    Service,
}

/// Permanent or flexible engagement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Engagement {
    /// Ongoing contract for steady work.
    Permanent,
    /// Variable-capacity or fixed-term contract for peaks and projects.
    Flexible,
}

/// One vendor or several.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum VendorStrategy {
    /// One vendor: simpler to manage.
    Single,
    /// Several vendors: less dependency, more management.
    Several,
}

/// How sure the advice is, from the score margin over the runner-up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// Margin under 6 points: a close call.
    Low,
    /// Margin 6 to 15 points.
    Medium,
    /// Margin over 15 points.
    High,
}

/// Where the matrix point sits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Quadrant {
    /// Important and hard to outsource: retain.
    Retain,
    /// Important and outsourceable: partner closely (co-source, strategic alliance).
    Partner,
    /// Less important and outsourceable: outsource.
    Outsource,
    /// Less important and hard to outsource: simplify, automate or stop.
    Simplify,
}

impl Quadrant {
    /// The decision a quadrant stands for, whose name it carries everywhere: retain is
    /// keeping in-house, partner is co-sourcing, simplify is automating.
    pub fn decision(self) -> Decision {
        match self {
            Quadrant::Retain => Decision::KeepInHouse,
            Quadrant::Partner => Decision::CoSource,
            Quadrant::Outsource => Decision::Outsource,
            Quadrant::Simplify => Decision::Automate,
        }
    }
}

/// The answer a contribution comes from; this is what reasons and flips point at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "driver", content = "goal")]
pub enum Driver {
    /// Starting point of an option before any answer.
    Baseline,
    /// Strategic role of the process.
    Role,
    /// Judgement and expertise needed.
    Judgement,
    /// How rule-based the work is.
    RuleBased,
    /// Documentation maturity.
    Documentation,
    /// Volume in FTE.
    Volume,
    /// Demand pattern.
    Demand,
    /// Data sensitivity.
    Sensitivity,
    /// Regulations that apply.
    Regulations,
    /// Customer-facing work.
    CustomerFacing,
    /// Working-hour overlap needed.
    Overlap,
    /// Customer languages.
    Languages,
    /// A goal weight.
    Goal(Goal),
    /// Overall risk tolerance.
    RiskTolerance,
    /// Capacity to manage vendors.
    VendorManagement,
    /// Appetite for a transition.
    TransitionAppetite,
    /// Hours the process must be staffed.
    Coverage,
    /// The company's own automation capability.
    AutomationCapability,
    /// Whether handing the work over pays off over the contract term, pessimistic case.
    Payoff,
    /// How much dependency on a provider the company can bear.
    Dependency,
}

impl Driver {
    /// Number of drivers: the baseline, seventeen answers, the payoff and eight goals.
    pub const COUNT: usize = 27;

    /// Every driver, in index order.
    pub const ALL: [Driver; Driver::COUNT] = [
        Driver::Baseline,
        Driver::Role,
        Driver::Judgement,
        Driver::RuleBased,
        Driver::Documentation,
        Driver::Volume,
        Driver::Demand,
        Driver::Sensitivity,
        Driver::Regulations,
        Driver::CustomerFacing,
        Driver::Overlap,
        Driver::Languages,
        Driver::RiskTolerance,
        Driver::VendorManagement,
        Driver::TransitionAppetite,
        Driver::Coverage,
        Driver::AutomationCapability,
        Driver::Payoff,
        Driver::Dependency,
        Driver::Goal(Goal::Cost),
        Driver::Goal(Goal::Focus),
        Driver::Goal(Goal::Expertise),
        Driver::Goal(Goal::Scalability),
        Driver::Goal(Goal::Speed),
        Driver::Goal(Goal::Quality),
        Driver::Goal(Goal::Coverage),
        Driver::Goal(Goal::NewMarkets),
    ];

    /// Position in [`Driver::ALL`], for per-driver score tables.
    #[inline(always)]
    pub fn index(self) -> usize {
        match self {
            Driver::Baseline => 0,
            Driver::Role => 1,
            Driver::Judgement => 2,
            Driver::RuleBased => 3,
            Driver::Documentation => 4,
            Driver::Volume => 5,
            Driver::Demand => 6,
            Driver::Sensitivity => 7,
            Driver::Regulations => 8,
            Driver::CustomerFacing => 9,
            Driver::Overlap => 10,
            Driver::Languages => 11,
            Driver::RiskTolerance => 12,
            Driver::VendorManagement => 13,
            Driver::TransitionAppetite => 14,
            Driver::Coverage => 15,
            Driver::AutomationCapability => 16,
            Driver::Payoff => 17,
            Driver::Dependency => 18,
            Driver::Goal(g) => 19 + g as usize,
        }
    }
}

/// Whether a decision may be preferred at all, and if not, why.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Exclusion {
    /// Differentiating core processes are never outsourced as the preferred option.
    CoreProcess,
    /// The work is not rule-based enough to automate.
    NotRuleBased,
    /// Less than most of the work can be automated: a part may be, the rest stays
    /// with people.
    LittleToAutomate,
    /// Half the work is less than one person's: too little to share with a provider.
    TooSmallToShare,
    /// The data-residency constraint rules this location out.
    Residency,
    /// No delivery location of this kind is cheaper than home.
    NoCheaperLocation,
}

/// A risk or advantage of a location model for this company.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LocationNote {
    /// Same law, language and working day as the company.
    HomeAdvantage,
    /// Data leaves the country: transfer rules and contracts apply.
    CrossBorderData,
    /// Under four hours a day of overlap with the company's working day.
    LittleOverlap,
    /// The best example does not speak every customer language.
    LanguageGap,
    /// Several delivery sites to coordinate.
    MoreCoordination,
    /// Personal data sent there needs standard contractual clauses and a transfer
    /// impact assessment (no adequacy decision covers it).
    TransferSafeguards,
    /// Weak political stability or rule of law at the best example
    /// ([`WEAK_GOVERNANCE_RISK`] or more).
    WeakGovernance,
    /// The best example serves customers of the company's home market by voice
    /// (contact-centre work; see [`crate::content::voice`]).
    ServesYourMarket,
}

/// Country risk (see [`crate::content::country_risk::Governance::risk`]) from which a
/// place's governance is called weak: the mean of its two percentile ranks below 40
/// (Shorewise's own threshold).
pub const WEAK_GOVERNANCE_RISK: f64 = 0.6;

/// Why a location model cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Unavailable {
    /// The data-residency constraint rules it out.
    Residency,
    /// No delivery location of this kind is cheaper than home.
    NoCheaperLocation,
}

/// A risk a recommendation carries (the common challenges of outsourcing and their consequences).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Risk {
    /// Sensitive data leaves the company's hands.
    DataSecurity,
    /// Regulations follow the data to the provider.
    Regulatory,
    /// Hard to switch provider or bring the work back.
    Dependency,
    /// Quality slips and is noticed late.
    QualityControl,
    /// Language and culture differ from customers'.
    LanguageCulture,
    /// Transition, oversight and disruption cost more than planned.
    HiddenCosts,
    /// Tacit knowledge walks out with the work.
    KnowledgeLoss,
    /// Staff affected by the change (layoffs, morale).
    StaffImpact,
    /// Too little working-hour overlap.
    TimeZones,
    /// The provider covers the company's day with night shifts: a premium, higher
    /// attrition and harder supervision.
    NightShift,
    /// Process not documented enough to hand over.
    ProcessMaturity,
    /// Exceptions the automation cannot handle.
    AutomationExceptions,
    /// Keeping the work means carrying its cost and capacity limits.
    CapacityAndCost,
    /// Personal data goes to a country without an adequacy decision.
    DataTransfer,
    /// Sensitive or regulated work goes to a country whose political stability or rule
    /// of law is weak.
    CountryRisk,
}

impl Risk {
    /// Every risk.
    pub const ALL: [Risk; 15] = [
        Risk::DataSecurity,
        Risk::Regulatory,
        Risk::DataTransfer,
        Risk::CountryRisk,
        Risk::Dependency,
        Risk::QualityControl,
        Risk::LanguageCulture,
        Risk::HiddenCosts,
        Risk::KnowledgeLoss,
        Risk::StaffImpact,
        Risk::TimeZones,
        Risk::NightShift,
        Risk::ProcessMaturity,
        Risk::AutomationExceptions,
        Risk::CapacityAndCost,
    ];
}

/// A KPI or SLA term to put in the contract or the automation's run book.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kpi {
    /// Service level (e.g. 80% of contacts answered in 20 s).
    ServiceLevel,
    /// First-contact resolution.
    FirstContactResolution,
    /// Customer satisfaction score.
    CustomerSatisfaction,
    /// Processing accuracy.
    Accuracy,
    /// Cycle or turnaround time.
    Turnaround,
    /// On-time completion against a calendar (payroll, close).
    OnTime,
    /// System availability.
    Availability,
    /// Time to restore service after an incident.
    TimeToRestore,
    /// Conversion or qualified-lead rate.
    Conversion,
    /// Rework or reviewer corrections.
    Rework,
    /// Security incidents and time to report them.
    SecurityIncidents,
    /// Share handled end to end without people.
    StraightThrough,
    /// Exceptions handed to people.
    ExceptionRate,
    /// Compliance audit findings.
    AuditFindings,
    /// Staff attrition on the account.
    Attrition,
}

/// What a roadmap wave is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WaveKind {
    /// Documented, low-risk supporting work and automation: quick wins.
    QuickWins,
    /// The remaining outsourcing.
    Core,
    /// Co-sourcing and processes that need documenting first.
    Complex,
}

/// An item of the vendor-selection checklist.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckItem {
    /// Understands our industry and needs.
    IndustryKnowledge,
    /// Capacity now and to scale.
    Capacity,
    /// Flexible capacity for peaks and projects.
    Flexibility,
    /// Security standards and privacy practice.
    Security,
    /// ISO 27001 / SOC 2 certification.
    Certifications,
    /// Breach history and response.
    BreachHistory,
    /// GDPR processor terms (Article 28).
    GdprTerms,
    /// HIPAA business associate agreement.
    Hipaa,
    /// PCI DSS compliance for card data.
    PciDss,
    /// SOX controls and SOC 1 reports.
    Sox,
    /// Sector regulator requirements.
    SectorRules,
    /// Data-residency clauses and delivery locations.
    Residency,
    /// Exit terms, transition assistance and knowledge handover.
    ExitTerms,
    /// Step-in rights: the company or a named third party may take the service over
    /// if the provider fails.
    StepInRights,
    /// Running several vendors side by side.
    MultiVendor,
    /// Tested language skills of agents.
    Languages,
    /// 24/7 or follow-the-sun delivery.
    RoundTheClock,
    /// Data-driven KPIs and reporting.
    Kpis,
    /// References from similar clients.
    References,
    /// Price is not the only criterion.
    NotPriceAlone,
    /// Standard contractual clauses and a transfer impact assessment for every delivery
    /// country without an adequacy decision.
    TransferSafeguards,
}

/// One answer changed to a new value.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "answer")]
pub enum Change {
    /// One answer about the process itself.
    Process {
        /// The edit.
        edit: ProcessEdit,
    },
    /// A goal weight (applies to every process).
    Goal {
        /// Which goal.
        goal: Goal,
        /// New weight, 0–5.
        to: u8,
    },
    /// Risk tolerance (applies to every process).
    RiskTolerance {
        /// New value.
        to: Level,
    },
    /// Vendor-management capacity (applies to every process).
    VendorManagement {
        /// New value.
        to: Level,
    },
    /// Transition appetite (applies to every process).
    TransitionAppetite {
        /// New value.
        to: Level,
    },
    /// Tolerance for dependency on a provider (applies to every process).
    DependencyTolerance {
        /// New value.
        to: Level,
    },
    /// Data residency (applies to every process).
    Residency {
        /// New value.
        to: Residency,
    },
    /// Automation capability (applies to every process).
    AutomationCapability {
        /// New value.
        to: Level,
    },
}

#[cfg(test)]
mod tests {
    use super::Driver;

    /// Score tables and explanations read a driver's column by its position in
    /// `Driver::ALL`: the two must agree.
    #[test]
    fn every_driver_sits_at_its_index() {
        for (i, d) in Driver::ALL.iter().enumerate() {
            assert_eq!(d.index(), i, "{d:?}");
        }
    }
}

/// How providers are asked to price a piece of work.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Pricing {
    /// A dedicated team, priced per full-time equivalent (or productive hour): work
    /// that needs judgement, or that is too varied to count in units.
    PerFte,
    /// A price per unit of work (an invoice, a payslip, a ticket, a contact) in volume
    /// bands: standard, rule-based, documented work, or volume that rises and falls.
    PerTransaction,
    /// A price per deliverable or outcome (a study, a matter, a hire): project-shaped
    /// legal and research work, and one-off projects.
    PerDeliverable,
}

/// What providers are evaluated on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Criterion {
    /// Price and commercial terms.
    Price,
    /// Service quality, measured against the service levels.
    Quality,
    /// Understanding of the industry and the work.
    Expertise,
    /// Capacity now and to scale with demand.
    Capacity,
    /// The transition plan and how soon the work is running.
    Transition,
    /// Hours covered and languages spoken.
    Coverage,
    /// Security, privacy and compliance.
    Security,
    /// Track record, references and financial stability.
    TrackRecord,
}

impl Criterion {
    /// Every criterion, in the order a request lists them.
    pub const ALL: [Criterion; 8] = [
        Criterion::Price,
        Criterion::Quality,
        Criterion::Expertise,
        Criterion::Capacity,
        Criterion::Transition,
        Criterion::Coverage,
        Criterion::Security,
        Criterion::TrackRecord,
    ];
}
