//! Wording of the advice: names of decisions, types and locations, reasons, risks with
//! their mitigations, KPIs with SLA terms, checklist questions and the roadmap steps.
//! The engine chooses items; this file says them.

use crate::engine::model::{
    readable, Coverage, Demand, Goal, Industry, JobFamily, Language, Level, ProcessEdit,
    Regulation, Residency, Sensitivity, SizeBand, StrategicRole, WorkKind, SCALE_MAX,
};
use crate::engine::outcome::{
    Change, CheckItem, Confidence, Decision, Driver, Engagement, Exclusion, Kpi, LocationModel,
    LocationNote, OutsourcingType, Quadrant, Risk, Unavailable, VendorStrategy, WaveKind,
};

/// Name of a decision.
pub fn decision(d: Decision) -> &'static str {
    match d {
        Decision::KeepInHouse => "Keep in-house",
        Decision::Automate => "Automate",
        Decision::CoSource => "Co-source",
        Decision::Outsource => "Outsource",
    }
}

/// A decision as the thing a reason favours: "outsourcing", "keeping it in-house".
pub fn decision_noun(d: Decision) -> &'static str {
    match d {
        Decision::KeepInHouse => "keeping it in-house",
        Decision::Automate => "automating it",
        Decision::CoSource => "co-sourcing",
        Decision::Outsource => "outsourcing",
    }
}

/// A location model as the thing a reason favours: "nearshore".
pub fn location_noun(m: LocationModel) -> &'static str {
    match m {
        LocationModel::Onshore => "onshore",
        LocationModel::Nearshore => "nearshore",
        LocationModel::Hybrid => "hybrid",
        LocationModel::Offshore => "offshore",
    }
}

/// What a decision means, for help text.
pub fn decision_help(d: Decision) -> &'static str {
    match d {
        Decision::KeepInHouse => "Your own people keep doing it; invest in it instead.",
        Decision::Automate => "Software does the rule-based part: workflow tools, RPA or low-code.",
        Decision::CoSource => "A provider runs the volume while a small in-house team keeps control, standards and decisions.",
        Decision::Outsource => "A specialist provider runs the whole process under a contract with service levels.",
    }
}

/// Name of an outsourcing type.
pub fn outsourcing_type(t: OutsourcingType) -> &'static str {
    match t {
        OutsourcingType::BackOfficeBpo => "Back-office BPO",
        OutsourcingType::FrontOfficeBpo => "Front-office BPO",
        OutsourcingType::ItOutsourcing => "IT outsourcing",
        OutsourcingType::Kpo => "KPO (knowledge)",
        OutsourcingType::Lpo => "LPO (legal)",
        OutsourcingType::Rpo => "RPO (research)",
    }
}

/// Help text for an outsourcing type.
pub fn outsourcing_type_help(t: OutsourcingType) -> &'static str {
    match t {
        OutsourcingType::BackOfficeBpo => "Business process outsourcing of internal operations: payroll, finance, data processing.",
        OutsourcingType::FrontOfficeBpo => "Business process outsourcing of customer-facing work: service, support, sales.",
        OutsourcingType::ItOutsourcing => "Technology work: development, maintenance, helpdesk, infrastructure, security.",
        OutsourcingType::Kpo => "Knowledge process outsourcing: providers hired for expertise and judgement, such as analytics.",
        OutsourcingType::Lpo => "Legal process outsourcing: contract review, compliance, document review.",
        OutsourcingType::Rpo => "Research process outsourcing: market, competitive and industry research.",
    }
}

/// Name of a location model.
pub fn location(m: LocationModel) -> &'static str {
    match m {
        LocationModel::Onshore => "Onshore",
        LocationModel::Nearshore => "Nearshore",
        LocationModel::Hybrid => "Hybrid",
        LocationModel::Offshore => "Offshore",
    }
}

/// Name of a job family.
pub fn family(f: JobFamily) -> &'static str {
    match f {
        JobFamily::ContactCentre => "Contact-centre agents",
        JobFamily::BackOffice => "Back-office clerks",
        JobFamily::ItSupport => "IT support and operations",
        JobFamily::Software => "Software engineers",
        JobFamily::Finance => "Accounting and finance staff",
        JobFamily::Legal => "Legal professionals",
        JobFamily::Research => "Research and data analysts",
    }
}

/// Help text for a location model.
pub fn location_help(m: LocationModel) -> &'static str {
    match m {
        LocationModel::Onshore => "A provider in your own country: same language, law and hours; smallest saving.",
        LocationModel::Nearshore => "A provider in a nearby country: close time zone and culture at moderate cost.",
        LocationModel::Hybrid => "An onshore front line with a lower-cost centre behind it, or follow-the-sun cover across time zones.",
        LocationModel::Offshore => "A provider in a distant, lower-cost country: largest saving, least overlap.",
    }
}

/// A location note for the comparison table.
pub fn location_note(n: LocationNote) -> &'static str {
    match n {
        LocationNote::HomeAdvantage => "Same law, language and working day; the smallest saving.",
        LocationNote::CrossBorderData => {
            "Data leaves the country: check transfer rules and put them in the contract."
        }
        LocationNote::LittleOverlap => {
            "Under four hours of shared working day: plan shifted hours or hand-overs."
        }
        LocationNote::LanguageGap => {
            "The first example does not speak all your customers' languages."
        }
        LocationNote::MoreCoordination => "Several sites to coordinate: more governance effort.",
    }
}

/// Why a location is unavailable.
pub fn unavailable(u: Unavailable) -> &'static str {
    match u {
        Unavailable::Residency => "Ruled out by your data-residency constraint.",
        Unavailable::NoCheaperLocation => {
            "No established delivery location of this kind costs less than home."
        }
    }
}

/// Why an option is excluded.
pub fn exclusion(e: Exclusion) -> &'static str {
    match e {
        Exclusion::CoreProcess => "Not advised: this is a differentiating core process.",
        Exclusion::NotRuleBased => "Not advised: the work is not rule-based enough to automate.",
        Exclusion::Residency => "Ruled out by your data-residency constraint.",
        Exclusion::NoCheaperLocation => "No cheaper delivery location of this kind exists.",
    }
}

/// Name of a reason's driver, as the user answered it.
pub fn driver(d: Driver) -> &'static str {
    match d {
        Driver::Baseline => "Starting point",
        Driver::Role => "Strategic role",
        Driver::Judgement => "Judgement needed",
        Driver::RuleBased => "Rule-based work",
        Driver::Documentation => "Documentation",
        Driver::Volume => "Volume",
        Driver::Demand => "Demand pattern",
        Driver::Sensitivity => "Data sensitivity",
        Driver::Regulations => "Regulations",
        Driver::CustomerFacing => "Customer-facing",
        Driver::Overlap => "Working-hour overlap",
        Driver::Languages => "Customer languages",
        Driver::Goal(g) => goal(g),
        Driver::RiskTolerance => "Risk tolerance",
        Driver::VendorManagement => "Vendor-management capacity",
        Driver::TransitionAppetite => "Appetite for transition",
        Driver::Coverage => "Hours to cover",
        Driver::AutomationCapability => "Your automation capability",
        Driver::Payoff => "Net effect over the contract term, pessimistic case",
    }
}

/// Name of a goal.
pub fn goal(g: Goal) -> &'static str {
    match g {
        Goal::Cost => "Cost reduction",
        Goal::Focus => "Focus on the core business",
        Goal::Expertise => "Access to expertise and technology",
        Goal::Scalability => "Scalability and flexibility",
        Goal::Speed => "Speed",
        Goal::Quality => "Service quality",
        Goal::Coverage => "Round-the-clock coverage",
        Goal::NewMarkets => "Reach into new markets",
    }
}

/// Help text for a goal.
pub fn goal_help(g: Goal) -> &'static str {
    match g {
        Goal::Cost => "Lower the total cost of running the process.",
        Goal::Focus => "Free managers and staff for what sets you apart.",
        Goal::Expertise => "Get skills, tools and technology you do not have.",
        Goal::Scalability => "Grow or shrink capacity with demand, pay for what you use.",
        Goal::Speed => "Get work done faster, start sooner.",
        Goal::Quality => "Better or more consistent service.",
        Goal::Coverage => "Serve customers or systems 24 hours a day.",
        Goal::NewMarkets => "Serve customers in new countries and languages.",
    }
}

/// Name of a strategic role.
pub fn role(r: StrategicRole) -> &'static str {
    match r {
        StrategicRole::Differentiating => "Core: differentiating",
        StrategicRole::Critical => "Critical, not differentiating",
        StrategicRole::Supporting => "Supporting",
    }
}

/// Help for a strategic role.
pub fn role_help(r: StrategicRole) -> &'static str {
    match r {
        StrategicRole::Differentiating => "Sets you apart from competitors, e.g. product development at a software firm or inside sales where relationships win deals.",
        StrategicRole::Critical => "Operations stop without it, but customers do not choose you for it, e.g. payment processing or IT infrastructure.",
        StrategicRole::Supporting => "Useful but routine, e.g. payroll, data entry, expense audit.",
    }
}

/// Name of a kind of work.
pub fn work_kind(k: WorkKind) -> &'static str {
    match k {
        WorkKind::BackOffice => "Back office",
        WorkKind::FrontOffice => "Front office (customer-facing)",
        WorkKind::It => "IT",
        WorkKind::Knowledge => "Knowledge work",
        WorkKind::Legal => "Legal",
        WorkKind::Research => "Research",
    }
}

/// Name of a demand pattern.
pub fn demand(d: Demand) -> &'static str {
    match d {
        Demand::Steady => "Steady",
        Demand::Seasonal => "Seasonal peaks",
        Demand::Project => "One-off project",
    }
}

/// Name of a sensitivity level.
pub fn sensitivity(s: Sensitivity) -> &'static str {
    match s {
        Sensitivity::Public => "Public",
        Sensitivity::Internal => "Internal",
        Sensitivity::Confidential => "Confidential (personal data)",
        Sensitivity::Restricted => "Restricted (health, payment, special category)",
    }
}

/// Name of a level.
pub fn level(l: Level) -> &'static str {
    match l {
        Level::Low => "Low",
        Level::Medium => "Medium",
        Level::High => "High",
    }
}

/// Name of a residency constraint.
pub fn residency(r: Residency) -> &'static str {
    match r {
        Residency::None => "No constraint",
        Residency::HomeCountry => "Data must stay in our country",
        Residency::HomeRegion => "Data must stay in our region (EU/EEA for members)",
    }
}

/// Name of a regulation.
pub fn regulation(r: Regulation) -> &'static str {
    match r {
        Regulation::Gdpr => "GDPR",
        Regulation::Hipaa => "HIPAA",
        Regulation::PciDss => "PCI DSS",
        Regulation::Sox => "SOX",
        Regulation::Sector => "Sector rules (banking, insurance, public sector)",
    }
}

/// Name of an industry.
pub fn industry(i: Industry) -> &'static str {
    match i {
        Industry::Technology => "Technology",
        Industry::FinancialServices => "Financial services",
        Industry::Healthcare => "Healthcare",
        Industry::Retail => "Retail and e-commerce",
        Industry::Manufacturing => "Manufacturing",
        Industry::ProfessionalServices => "Professional services",
        Industry::TelecomMedia => "Telecom and media",
        Industry::TransportLogistics => "Transport and logistics",
        Industry::PublicNonProfit => "Public sector and non-profit",
        Industry::Other => "Other",
    }
}

/// Name of a size band.
pub fn size(s: SizeBand) -> &'static str {
    match s {
        SizeBand::Small => "Fewer than 50 people",
        SizeBand::Medium => "50 to 999 people",
        SizeBand::Large => "1,000 people or more",
    }
}

/// Name of a language.
pub fn language(l: Language) -> &'static str {
    match l {
        Language::English => "English",
        Language::Spanish => "Spanish",
        Language::Portuguese => "Portuguese",
        Language::French => "French",
        Language::German => "German",
        Language::Italian => "Italian",
        Language::Dutch => "Dutch",
        Language::Polish => "Polish",
        Language::Romanian => "Romanian",
        Language::Nordic => "Nordic languages",
        Language::Arabic => "Arabic",
        Language::Hindi => "Hindi",
        Language::Chinese => "Chinese",
        Language::Japanese => "Japanese",
        Language::Urdu => "Urdu",
        Language::Other => "Other",
    }
}

/// Name of an engagement.
pub fn engagement(e: Engagement) -> &'static str {
    match e {
        Engagement::Permanent => "Permanent contract",
        Engagement::Flexible => "Flexible or fixed-term capacity",
    }
}

/// Name of a vendor strategy.
pub fn vendors(v: VendorStrategy) -> &'static str {
    match v {
        VendorStrategy::Single => "One vendor",
        VendorStrategy::Several => "Several vendors",
    }
}

/// Name of a confidence level.
pub fn confidence(c: Confidence) -> &'static str {
    match c {
        Confidence::Low => "Close call",
        Confidence::Medium => "Fairly clear",
        Confidence::High => "Clear",
    }
}

/// Name of a matrix quadrant.
pub fn quadrant(q: Quadrant) -> &'static str {
    match q {
        Quadrant::Retain => "Retain and invest",
        Quadrant::Partner => "Partner closely",
        Quadrant::Outsource => "Outsource",
        Quadrant::Simplify => "Simplify or automate",
    }
}

/// Name of a quadrant of the sourcing matrix in one word, for the chart.
pub fn quadrant_short(q: Quadrant) -> &'static str {
    match q {
        Quadrant::Retain => "Retain",
        Quadrant::Partner => "Partner",
        Quadrant::Outsource => "Outsource",
        Quadrant::Simplify => "Automate",
    }
}

/// A risk and how to mitigate it.
pub fn risk(r: Risk) -> (&'static str, &'static str) {
    match r {
        Risk::DataSecurity => ("Sensitive data leaves your hands.", "Require ISO 27001 or SOC 2, a data-processing agreement, least-privilege access and breach notification within 24-72 hours."),
        Risk::Regulatory => ("Your regulations follow the data to the provider.", "Write the regulations into the contract, keep audit rights and ask for evidence of compliance each year."),
        Risk::Dependency => ("It becomes hard to switch provider or bring the work back.", "Agree exit terms and transition assistance up front, own the documentation, and consider a second vendor."),
        Risk::QualityControl => ("Quality slips and you notice late.", "Set SLAs with consequences, sample the work weekly and run joint calibration sessions."),
        Risk::LanguageCulture => ("Language and culture differ from your customers'.", "Test agents' language skills, train on your customers and keep an onshore escalation path."),
        Risk::HiddenCosts => ("Transition, oversight and disruption cost more than planned.", "Budget governance (4.5% of contract value on average, up to 15%) and one-off transition costs before signing."),
        Risk::KnowledgeLoss => ("Know-how leaves with the work.", "Document decisions and edge cases, run a parallel period and keep a small retained team."),
        Risk::StaffImpact => ("Staff whose work moves are affected (layoffs, morale).", "Tell people early, offer redeployment or retraining, and plan retention for key people during transition."),
        Risk::TimeZones => ("The provider's day overlaps little with yours.", "Agree shifted hours or a fixed daily overlap window and hand-over notes."),
        Risk::NightShift => ("The provider covers your day with night shifts: a night premium, higher attrition and harder supervision.", "Price the night premium into the contract, ask for the account's attrition and a named night-shift team lead, and keep a short daily overlap for hand-overs."),
        Risk::ProcessMaturity => ("The process is not documented enough to hand over or automate.", "Map and document it first; measure today's volumes and quality as the baseline."),
        Risk::AutomationExceptions => ("Exceptions the automation cannot handle pile up.", "Route exceptions to a named team, monitor the bots daily and review the rules quarterly."),
        Risk::CapacityAndCost => ("Keeping it means carrying its cost and capacity limits.", "Review it yearly: simplify and document it so that options stay open."),
    }
}

/// A KPI and a typical SLA term for it.
pub fn kpi(k: Kpi) -> (&'static str, &'static str) {
    match k {
        Kpi::ServiceLevel => (
            "Service level",
            "e.g. 80% of calls answered within 20 seconds; email within 24 hours",
        ),
        Kpi::FirstContactResolution => (
            "First-contact resolution",
            "e.g. at least 70% resolved without follow-up",
        ),
        Kpi::CustomerSatisfaction => (
            "Customer satisfaction",
            "e.g. CSAT of at least 85%, measured monthly",
        ),
        Kpi::Accuracy => (
            "Accuracy",
            "e.g. at least 99.5% of items processed without error",
        ),
        Kpi::Turnaround => (
            "Turnaround time",
            "e.g. 95% of items within the agreed cycle time",
        ),
        Kpi::OnTime => (
            "On-time completion",
            "e.g. 100% of payroll runs and closes on the calendar date",
        ),
        Kpi::Availability => (
            "Availability",
            "e.g. 99.9% in business hours, measured monthly",
        ),
        Kpi::TimeToRestore => (
            "Time to restore",
            "e.g. priority-1 incidents restored within 4 hours",
        ),
        Kpi::Conversion => ("Conversion", "e.g. qualified-lead rate agreed per campaign"),
        Kpi::Rework => (
            "Rework",
            "e.g. under 5% of deliverables returned for correction",
        ),
        Kpi::SecurityIncidents => (
            "Security incidents",
            "e.g. zero unreported incidents; notification within 24 hours",
        ),
        Kpi::StraightThrough => (
            "Straight-through rate",
            "e.g. at least 80% of cases completed without people",
        ),
        Kpi::ExceptionRate => (
            "Exception rate",
            "e.g. exceptions under 10% and cleared within one working day",
        ),
        Kpi::AuditFindings => (
            "Audit findings",
            "e.g. no major findings in the yearly compliance audit",
        ),
        Kpi::Attrition => (
            "Staff attrition on the account",
            "e.g. under 30% a year, with knowledge handover for leavers",
        ),
    }
}

/// A question for vendor selection.
pub fn check_item(c: CheckItem) -> &'static str {
    match c {
        CheckItem::IndustryKnowledge => "Do they understand our industry and needs? Ask for examples from clients like us.",
        CheckItem::Capacity => "Can they meet today's volume, and show capacity to scale with us?",
        CheckItem::Flexibility => "Can capacity flex for our peaks and projects, and at what notice and price?",
        CheckItem::Security => "Do they meet our security and privacy standards? Review their policies and access controls.",
        CheckItem::Certifications => "Do they hold ISO 27001 or a SOC 2 Type II report covering the delivery centres we would use?",
        CheckItem::BreachHistory => "Have they had a security breach? How did they respond and what changed afterwards?",
        CheckItem::GdprTerms => "Will they sign GDPR processor terms (Article 28) and name every sub-processor and transfer mechanism?",
        CheckItem::Hipaa => "Will they sign a HIPAA business associate agreement?",
        CheckItem::PciDss => "Are they PCI DSS compliant for the card data they would handle?",
        CheckItem::Sox => "Can they support our SOX controls, e.g. with a SOC 1 report?",
        CheckItem::SectorRules => "Do they meet our sector regulator's outsourcing requirements (notification, audit access)?",
        CheckItem::Residency => "Will the contract fix where data is stored and accessed, to meet our residency constraint?",
        CheckItem::ExitTerms => "What are the exit terms: notice, transition assistance, return of data and documentation?",
        CheckItem::MultiVendor => "Can they work beside another vendor under shared KPIs and hand-offs?",
        CheckItem::Languages => "Are agents' language skills tested in our customers' languages?",
        CheckItem::RoundTheClock => "Can they deliver 24/7 or follow-the-sun cover, and from which locations?",
        CheckItem::Kpis => "Are they data-driven: will they report the KPIs we set, with service credits when missed?",
        CheckItem::References => "Can we speak to two or three current clients of similar size?",
        CheckItem::NotPriceAlone => "Are we comparing track record and fit, not only price? A cheaper provider can cost more later.",
    }
}

/// Title and description of a roadmap wave.
pub fn wave(w: WaveKind) -> (&'static str, &'static str) {
    match w {
        WaveKind::QuickWins => (
            "Quick wins",
            "Documented, lower-risk work and automation: show results and learn.",
        ),
        WaveKind::Core => (
            "Main wave",
            "The rest of the outsourcing, with lessons from the first wave.",
        ),
        WaveKind::Complex => (
            "Complex changes",
            "Co-sourcing and processes that need documenting first.",
        ),
    }
}

/// The eight steps of a BPO programme as practice guides describe them; each wave runs them.
pub const BPO_STEPS: [(&str, &str); 8] = [
    (
        "Identify the need",
        "Confirm the problem each process should solve and the baseline: volume, cost, quality.",
    ),
    (
        "Write the scope of work",
        "Describe the process end to end, volumes, hand-offs and service levels.",
    ),
    (
        "Set goals and vendor strategy",
        "Agree the goals, KPIs and whether to use one vendor or several.",
    ),
    (
        "Calculate the impact",
        "Check savings net of selection, transition and governance, and the effect on staff.",
    ),
    (
        "Shortlist vendors",
        "Use the checklist below to find three to five candidates.",
    ),
    (
        "Request proposals",
        "Send the scope, KPIs and data-protection terms; ask for references.",
    ),
    (
        "Select and negotiate",
        "Compare fit and track record, not only price; agree SLAs, exit and audit terms.",
    ),
    (
        "Prepare the hand-off",
        "Plan knowledge transfer, a parallel run, and communication with staff and customers.",
    ),
];

/// Name of a catalog category.
pub fn category(c: crate::content::processes::Category) -> &'static str {
    use crate::content::processes::Category::*;
    match c {
        HumanResources => "Human resources",
        Finance => "Finance and accounting",
        Data => "Data processing",
        CustomerCare => "Customer care",
        SalesMarketing => "Sales and marketing",
        Technology => "Information technology",
        KnowledgeWork => "Knowledge work",
        LegalWork => "Legal",
        ResearchWork => "Research",
        Operations => "Operations and logistics",
    }
}

/// A level as it reads inside a sentence ("If your risk tolerance were low").
fn level_in_sentence(l: Level) -> &'static str {
    match l {
        Level::Low => "low",
        Level::Medium => "medium",
        Level::High => "high",
    }
}

/// A single-answer change, phrased as a condition: "If judgement needed were 2 of 5".
pub fn change(c: Change) -> String {
    let of_max = |what: &str, v: u8| format!("If {what} were {v} of {SCALE_MAX}");
    match c {
        Change::Process { edit } => match edit {
            ProcessEdit::Role(to) => format!("If its strategic role were “{}”", role(to)),
            ProcessEdit::Judgement(to) => of_max("the judgement needed", to),
            ProcessEdit::RuleBased(to) => of_max("how rule-based it is", to),
            ProcessEdit::Documentation(to) => of_max("its documentation", to),
            ProcessEdit::Sensitivity(to) => format!("If its data were “{}”", sensitivity(to)),
            ProcessEdit::Demand(to) => format!("If its demand were “{}”", demand(to)),
            ProcessEdit::Overlap(to) => format!("If it needed {to} hours of overlap a day"),
            ProcessEdit::Coverage(to) => {
                format!("If it had to be staffed {}", coverage_in_sentence(to))
            }
            ProcessEdit::Fte(to) => format!("If {} people did it", readable(to)),
            ProcessEdit::AnnualCost(to) => format!("If it cost {} a year", readable(to)),
            ProcessEdit::CustomerFacing(true) => "If it talked to customers".to_owned(),
            ProcessEdit::CustomerFacing(false) => "If it did not talk to customers".to_owned(),
            ProcessEdit::Kind(to) => format!("If it were “{}” work", work_kind(to)),
            ProcessEdit::ToggleLanguage(l) => {
                format!("If its customer languages changed by {}", language(l))
            }
        },
        Change::Goal { goal: g, to } => {
            format!("If “{}” were weighted {to} of {SCALE_MAX}", goal(g))
        }
        Change::RiskTolerance { to } => {
            format!("If your risk tolerance were {}", level_in_sentence(to))
        }
        Change::VendorManagement { to } => format!(
            "If your vendor-management capacity were {}",
            level_in_sentence(to)
        ),
        Change::TransitionAppetite { to } => format!(
            "If your appetite for transition were {}",
            level_in_sentence(to)
        ),
        Change::Residency { to } => format!("If data residency were “{}”", residency(to)),
        Change::AutomationCapability { to } => format!(
            "If your automation capability were {}",
            level_in_sentence(to)
        ),
    }
}

/// Name of a coverage window.
pub fn coverage(c: Coverage) -> &'static str {
    match c {
        Coverage::BusinessHours => "Business hours",
        Coverage::Extended => "Extended hours (about 16 × 5)",
        Coverage::AroundTheClock => "Round the clock (24 × 7)",
    }
}

/// A coverage window as it reads inside a sentence ("staffed round the clock").
fn coverage_in_sentence(c: Coverage) -> &'static str {
    match c {
        Coverage::BusinessHours => "in business hours only",
        Coverage::Extended => "for extended hours",
        Coverage::AroundTheClock => "round the clock",
    }
}

/// The outcome a flip leads to: "Outsource, nearshore".
pub fn outcome(decision_: Decision, location_: Option<LocationModel>) -> String {
    match location_ {
        Some(l) => format!(
            "{}, {}",
            decision(decision_),
            location(l).to_ascii_lowercase()
        ),
        None => decision(decision_).to_owned(),
    }
}

/// How many processes a provider would run under a location model, as the headline
/// lists them: "2 offshore".
pub fn processes_at(l: LocationModel, n: usize) -> String {
    match l {
        LocationModel::Onshore => format!("{n} onshore"),
        LocationModel::Nearshore => format!("{n} nearshore"),
        LocationModel::Hybrid => format!("{n} hybrid"),
        LocationModel::Offshore => format!("{n} offshore"),
    }
}
