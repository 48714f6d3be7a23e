//! Wording of the advice: names of decisions, types and locations, reasons, risks with
//! their mitigations, KPIs with SLA terms, checklist questions and the roadmap steps.
//! The engine chooses items; this file says them.

use super::lang::{current as lang, fill, local_number, tr_n, Tr};
use crate::vocab::model::{
    readable, Coverage, Demand, Goal, Industry, JobFamily, Language, Level, ProcessEdit,
    Regulation, Residency, Sensitivity, SizeBand, StrategicRole, WorkKind, SCALE_MAX,
};
use crate::vocab::outcome::{
    Change, CheckItem, Confidence, Decision, Driver, Engagement, Exclusion, Kpi, LocationModel,
    LocationNote, OutsourcingType, Quadrant, Risk, Unavailable, VendorStrategy, WaveKind,
};

/// Wording in the current language.
fn tr(en: &'static str) -> &'static str {
    Tr::new(en).get()
}

/// Name of a decision.
pub fn decision(d: Decision) -> &'static str {
    match d {
        Decision::KeepInHouse => tr("Keep in-house"),
        Decision::Automate => tr("Automate"),
        Decision::CoSource => tr("Co-source"),
        Decision::Outsource => tr("Outsource"),
    }
}

/// A decision as the thing a reason favours: tr("outsourcing"), tr("keeping it in-house").
pub fn decision_noun(d: Decision) -> &'static str {
    match d {
        Decision::KeepInHouse => tr("keeping it in-house"),
        Decision::Automate => tr("automating it"),
        Decision::CoSource => tr("co-sourcing"),
        Decision::Outsource => tr("outsourcing"),
    }
}

/// A location model as the thing a reason favours: tr("nearshore").
pub fn location_noun(m: LocationModel) -> &'static str {
    match m {
        LocationModel::Onshore => tr("onshore"),
        LocationModel::Nearshore => tr("nearshore"),
        LocationModel::Hybrid => tr("hybrid"),
        LocationModel::Offshore => tr("offshore"),
    }
}

/// What a decision means, for help text.
pub fn decision_help(d: Decision) -> &'static str {
    match d {
        Decision::KeepInHouse => tr("Your own people keep doing it; invest in it instead."),
        Decision::Automate => tr("Software does the rule-based part: workflow tools, RPA or low-code."),
        Decision::CoSource => tr("A provider runs the volume while a small in-house team keeps control, standards and decisions."),
        Decision::Outsource => tr("A specialist provider runs the whole process under a contract with service levels."),
    }
}

/// Name of an outsourcing type.
pub fn outsourcing_type(t: OutsourcingType) -> &'static str {
    match t {
        OutsourcingType::BackOfficeBpo => tr("Back-office BPO"),
        OutsourcingType::FrontOfficeBpo => tr("Front-office BPO"),
        OutsourcingType::ItOutsourcing => tr("IT outsourcing"),
        OutsourcingType::Kpo => tr("KPO (knowledge)"),
        OutsourcingType::Lpo => tr("LPO (legal)"),
        OutsourcingType::Rpo => tr("RPO (research)"),
    }
}

/// Help text for an outsourcing type.
pub fn outsourcing_type_help(t: OutsourcingType) -> &'static str {
    match t {
        OutsourcingType::BackOfficeBpo => tr("Business process outsourcing of internal operations: payroll, finance, data processing."),
        OutsourcingType::FrontOfficeBpo => tr("Business process outsourcing of customer-facing work: service, support, sales."),
        OutsourcingType::ItOutsourcing => tr("Technology work: development, maintenance, helpdesk, infrastructure, security."),
        OutsourcingType::Kpo => tr("Knowledge process outsourcing: providers hired for expertise and judgement, such as analytics."),
        OutsourcingType::Lpo => tr("Legal process outsourcing: contract review, compliance, document review."),
        OutsourcingType::Rpo => tr("Research process outsourcing: market, competitive and industry research."),
    }
}

/// Name of a location model.
pub fn location(m: LocationModel) -> &'static str {
    match m {
        LocationModel::Onshore => tr("Onshore"),
        LocationModel::Nearshore => tr("Nearshore"),
        LocationModel::Hybrid => tr("Hybrid"),
        LocationModel::Offshore => tr("Offshore"),
    }
}

/// Name of a job family.
pub fn family(f: JobFamily) -> &'static str {
    match f {
        JobFamily::ContactCentre => tr("Contact-centre agents"),
        JobFamily::BackOffice => tr("Back-office clerks"),
        JobFamily::ItSupport => tr("IT support and operations"),
        JobFamily::Software => tr("Software engineers"),
        JobFamily::Finance => tr("Accounting and finance staff"),
        JobFamily::Legal => tr("Legal professionals"),
        JobFamily::Research => tr("Research and data analysts"),
    }
}

/// Help text for a location model.
pub fn location_help(m: LocationModel) -> &'static str {
    match m {
        LocationModel::Onshore => tr("A provider in your own country: same language, law and hours; smallest saving."),
        LocationModel::Nearshore => tr("A provider in a nearby country: close time zone and culture at moderate cost."),
        LocationModel::Hybrid => tr("An onshore front line with a lower-cost centre behind it, or follow-the-sun cover across time zones."),
        LocationModel::Offshore => tr("A provider in a distant, lower-cost country: largest saving, least overlap."),
    }
}

/// A location note for the comparison table.
pub fn location_note(n: LocationNote) -> &'static str {
    match n {
        LocationNote::HomeAdvantage => tr("Same law, language and working day; the smallest saving."),
        LocationNote::CrossBorderData => {
            tr("Data leaves the country: check transfer rules and put them in the contract.")
        }
        LocationNote::LittleOverlap => {
            tr("Under four hours of shared working day: plan shifted hours or hand-overs.")
        }
        LocationNote::LanguageGap => {
            tr("The first example does not speak all your customers' languages.")
        }
        LocationNote::MoreCoordination => tr("Several sites to coordinate: more governance effort."),
        LocationNote::TransferSafeguards => tr("No adequacy decision: personal data needs standard contractual clauses and a transfer impact assessment."),
        LocationNote::ServesYourMarket => tr("Already serves customers in your country by voice (analyst and trade sources)."),
        LocationNote::WeakGovernance => tr("Weak political stability or rule of law (World Bank governance indicators)."),
    }
}

/// Why a location is unavailable.
pub fn unavailable(u: Unavailable) -> &'static str {
    match u {
        Unavailable::Residency => tr("Ruled out by your data-residency constraint."),
        Unavailable::NoCheaperLocation => {
            tr("No established delivery location of this kind costs less than home.")
        }
    }
}

/// Why an option is excluded.
pub fn exclusion(e: Exclusion) -> &'static str {
    match e {
        Exclusion::CoreProcess => tr("Not advised: this is a differentiating core process."),
        Exclusion::NotRuleBased => tr("Not advised: the work is not rule-based enough to automate."),
        Exclusion::TooSmallToShare => tr("Not advised: half of this work is less than one person's, too little to share with a provider."),
        Exclusion::LittleToAutomate => tr("Not advised as a whole: less than half of the work can be automated."),
        Exclusion::Residency => tr("Ruled out by your data-residency constraint."),
        Exclusion::NoCheaperLocation => tr("No cheaper delivery location of this kind exists."),
    }
}

/// Name of a reason's driver, as the user answered it.
pub fn driver(d: Driver) -> &'static str {
    match d {
        Driver::Baseline => tr("Starting point"),
        Driver::Role => tr("Strategic role"),
        Driver::Judgement => tr("Judgement needed"),
        Driver::RuleBased => tr("Rule-based work"),
        Driver::Documentation => tr("Documentation"),
        Driver::Volume => tr("Volume"),
        Driver::Demand => tr("Demand pattern"),
        Driver::Sensitivity => tr("Data sensitivity"),
        Driver::Regulations => tr("Regulations"),
        Driver::CustomerFacing => tr("Customer-facing"),
        Driver::Overlap => tr("Working-hour overlap"),
        Driver::Languages => tr("Customer languages"),
        Driver::Goal(g) => goal(g),
        Driver::RiskTolerance => tr("Risk tolerance"),
        Driver::VendorManagement => tr("Vendor-management capacity"),
        Driver::TransitionAppetite => tr("Appetite for transition"),
        Driver::Dependency => tr("Comfort with depending on one vendor"),
        Driver::Coverage => tr("Hours to cover"),
        Driver::AutomationCapability => tr("Your automation capability"),
        Driver::Payoff => tr("Net effect over the contract term, pessimistic case"),
    }
}

/// Name of a goal.
pub fn goal(g: Goal) -> &'static str {
    match g {
        Goal::Cost => tr("Cost reduction"),
        Goal::Focus => tr("Focus on the core business"),
        Goal::Expertise => tr("Access to expertise and technology"),
        Goal::Scalability => tr("Scalability and flexibility"),
        Goal::Speed => tr("Speed"),
        Goal::Quality => tr("Service quality"),
        Goal::Coverage => tr("Round-the-clock coverage"),
        Goal::NewMarkets => tr("Reach into new markets"),
    }
}

/// Help text for a goal.
pub fn goal_help(g: Goal) -> &'static str {
    match g {
        Goal::Cost => tr("Lower the total cost of running the process."),
        Goal::Focus => tr("Free managers and staff for what sets you apart."),
        Goal::Expertise => tr("Get skills, tools and technology you do not have."),
        Goal::Scalability => tr("Grow or shrink capacity with demand, pay for what you use."),
        Goal::Speed => tr("Get work done faster, start sooner."),
        Goal::Quality => tr("Better or more consistent service."),
        Goal::Coverage => tr("Serve customers or systems 24 hours a day."),
        Goal::NewMarkets => tr("Serve customers in new countries and languages."),
    }
}

/// Name of a strategic role.
pub fn role(r: StrategicRole) -> &'static str {
    match r {
        StrategicRole::Differentiating => tr("Core: differentiating"),
        StrategicRole::Critical => tr("Critical, not differentiating"),
        StrategicRole::Supporting => tr("Supporting"),
    }
}

/// Help for a strategic role.
pub fn role_help(r: StrategicRole) -> &'static str {
    match r {
        StrategicRole::Differentiating => tr("Sets you apart from competitors, e.g. product development at a software firm or inside sales where relationships win deals."),
        StrategicRole::Critical => tr("Operations stop without it, but customers do not choose you for it, e.g. payment processing or IT infrastructure."),
        StrategicRole::Supporting => tr("Useful but routine, e.g. payroll, data entry, expense audit."),
    }
}

/// Name of a kind of work.
pub fn work_kind(k: WorkKind) -> &'static str {
    match k {
        WorkKind::BackOffice => tr("Back office"),
        WorkKind::FrontOffice => tr("Front office (customer-facing)"),
        WorkKind::It => tr("IT"),
        WorkKind::Knowledge => tr("Knowledge work"),
        WorkKind::Legal => tr("Legal"),
        WorkKind::Research => tr("Research"),
    }
}

/// Name of a demand pattern.
pub fn demand(d: Demand) -> &'static str {
    match d {
        Demand::Steady => tr("Steady"),
        Demand::Seasonal => tr("Seasonal peaks"),
        Demand::Project => tr("One-off project"),
    }
}

/// Name of a sensitivity level.
pub fn sensitivity(s: Sensitivity) -> &'static str {
    match s {
        Sensitivity::Public => tr("Public"),
        Sensitivity::Internal => tr("Internal"),
        Sensitivity::Confidential => tr("Confidential (personal data)"),
        Sensitivity::Restricted => tr("Restricted (health, payment, special category)"),
    }
}

/// Name of a level.
pub fn level(l: Level) -> &'static str {
    match l {
        Level::Low => tr("Low"),
        Level::Medium => tr("Medium"),
        Level::High => tr("High"),
    }
}

/// Name of a residency constraint.
pub fn residency(r: Residency) -> &'static str {
    match r {
        Residency::None => tr("No constraint"),
        Residency::HomeCountry => tr("Data must stay in our country"),
        Residency::HomeRegion => tr("Data must stay in our region (EU/EEA for members)"),
    }
}

/// Name of a regulation.
pub fn regulation(r: Regulation) -> &'static str {
    match r {
        Regulation::Gdpr => tr("GDPR"),
        Regulation::Hipaa => tr("HIPAA"),
        Regulation::PciDss => tr("PCI DSS"),
        Regulation::Sox => tr("SOX"),
        Regulation::Sector => tr("Sector rules (banking, insurance, public sector)"),
    }
}

/// Name of an industry.
pub fn industry(i: Industry) -> &'static str {
    match i {
        Industry::Technology => tr("Technology"),
        Industry::FinancialServices => tr("Financial services"),
        Industry::Healthcare => tr("Healthcare"),
        Industry::Retail => tr("Retail and e-commerce"),
        Industry::Manufacturing => tr("Manufacturing"),
        Industry::ProfessionalServices => tr("Professional services"),
        Industry::TelecomMedia => tr("Telecom and media"),
        Industry::TransportLogistics => tr("Transport and logistics"),
        Industry::PublicNonProfit => tr("Public sector and non-profit"),
        Industry::Other => tr("Other"),
    }
}

/// Name of a size band.
pub fn size(s: SizeBand) -> &'static str {
    match s {
        SizeBand::Small => tr("Fewer than 50 people"),
        SizeBand::Medium => tr("50 to 999 people"),
        SizeBand::Large => tr("1,000 people or more"),
    }
}

/// Name of a language.
pub fn language(l: Language) -> &'static str {
    match l {
        Language::English => tr("English"),
        Language::Spanish => tr("Spanish"),
        Language::Portuguese => tr("Portuguese"),
        Language::French => tr("French"),
        Language::German => tr("German"),
        Language::Italian => tr("Italian"),
        Language::Dutch => tr("Dutch"),
        Language::Polish => tr("Polish"),
        Language::Romanian => tr("Romanian"),
        Language::Nordic => tr("Nordic languages"),
        Language::Arabic => tr("Arabic"),
        Language::Hindi => tr("Hindi"),
        Language::Chinese => tr("Chinese"),
        Language::Japanese => tr("Japanese"),
        Language::Urdu => tr("Urdu"),
        Language::Other => tr("Other"),
    }
}

/// Name of an engagement.
pub fn engagement(e: Engagement) -> &'static str {
    match e {
        Engagement::Permanent => tr("Permanent contract"),
        Engagement::Flexible => tr("Flexible or fixed-term capacity"),
    }
}

/// Name of a vendor strategy.
pub fn vendors(v: VendorStrategy) -> &'static str {
    match v {
        VendorStrategy::Single => tr("One vendor"),
        VendorStrategy::Several => tr("Several vendors"),
    }
}

/// Name of a confidence level.
pub fn confidence(c: Confidence) -> &'static str {
    match c {
        Confidence::Low => tr("Close call"),
        Confidence::Medium => tr("Fairly clear"),
        Confidence::High => tr("Clear"),
    }
}

/// Name of a matrix quadrant: the name of the decision it stands for, so that one set
/// of names serves the matrix, the verdicts, the report and the files.
pub fn quadrant(q: Quadrant) -> &'static str {
    decision(q.decision())
}

/// A risk and how to mitigate it.
pub fn risk(r: Risk) -> (&'static str, &'static str) {
    match r {
        Risk::DataSecurity => (tr("Sensitive data leaves your hands."), tr("Require ISO 27001 or SOC 2, a data-processing agreement, least-privilege access and breach notification within 24-72 hours.")),
        Risk::Regulatory => (tr("Your regulations follow the data to the provider."), tr("Write the regulations into the contract, keep audit rights and ask for evidence of compliance each year.")),
        Risk::Dependency => (tr("It becomes hard to switch provider or bring the work back."), tr("Agree exit terms and transition assistance up front, own the documentation, and consider a second vendor.")),
        Risk::QualityControl => (tr("Quality slips and you notice late."), tr("Set SLAs with consequences, sample the work weekly and run joint calibration sessions.")),
        Risk::LanguageCulture => (tr("Language and culture differ from your customers'."), tr("Test agents' language skills, train on your customers and keep an onshore escalation path.")),
        Risk::HiddenCosts => (tr("Transition, oversight and disruption cost more than planned."), tr("Budget governance (4.5% of contract value on average, up to 15%) and one-off transition costs before signing.")),
        Risk::KnowledgeLoss => (tr("Know-how leaves with the work."), tr("Document decisions and edge cases, run a parallel period and keep a small retained team.")),
        Risk::StaffImpact => (tr("Staff whose work moves are affected (layoffs, morale)."), tr("Tell people early, offer redeployment or retraining, and plan retention for key people during transition.")),
        Risk::TimeZones => (tr("The provider's day overlaps little with yours."), tr("Agree shifted hours or a fixed daily overlap window and hand-over notes.")),
        Risk::NightShift => (tr("The provider covers your day with night shifts: a night premium, higher attrition and harder supervision."), tr("Price the night premium into the contract, ask for the account's attrition and a named night-shift team lead, and keep a short daily overlap for hand-overs.")),
        Risk::ProcessMaturity => (tr("The process is not documented enough to hand over or automate."), tr("Map and document it first; measure today's volumes and quality as the baseline.")),
        Risk::AutomationExceptions => (tr("Exceptions the automation cannot handle pile up."), tr("Route exceptions to a named team, monitor the bots daily and review the rules quarterly.")),
        Risk::DataTransfer => (tr("Personal data goes to a country without an adequacy decision."), tr("Sign standard contractual clauses, carry out a transfer impact assessment before the first transfer, and encrypt or pseudonymise what the provider does not need to read.")),
        Risk::CountryRisk => (tr("Political stability or rule of law at the delivery location is weak for sensitive or regulated work."), tr("Prefer a provider with a second site in a stronger market, keep the keys and the audit trail at home, and test business continuity yearly.")),
        Risk::CapacityAndCost => (tr("Keeping it means carrying its cost and capacity limits."), tr("Review it yearly: simplify and document it so that options stay open.")),
    }
}

/// A KPI and a typical SLA term for it.
pub fn kpi(k: Kpi) -> (&'static str, &'static str) {
    match k {
        Kpi::ServiceLevel => (
            tr("Service level"),
            tr("e.g. 80% of calls answered within 20 seconds; email within 24 hours"),
        ),
        Kpi::FirstContactResolution => (
            tr("First-contact resolution"),
            tr("e.g. at least 70% resolved without follow-up"),
        ),
        Kpi::CustomerSatisfaction => (
            tr("Customer satisfaction"),
            tr("e.g. CSAT of at least 85%, measured monthly"),
        ),
        Kpi::Accuracy => (
            tr("Accuracy"),
            tr("e.g. at least 99.5% of items processed without error"),
        ),
        Kpi::Turnaround => (
            tr("Turnaround time"),
            tr("e.g. 95% of items within the agreed cycle time"),
        ),
        Kpi::OnTime => (
            tr("On-time completion"),
            tr("e.g. 100% of scheduled runs, closes and deadlines met on their calendar date"),
        ),
        Kpi::Availability => (
            tr("Availability"),
            tr("e.g. 99.9% in business hours, measured monthly"),
        ),
        Kpi::TimeToRestore => (
            tr("Time to restore"),
            tr("e.g. priority-1 incidents restored within 4 hours"),
        ),
        Kpi::Conversion => (
            tr("Conversion"),
            tr("e.g. qualified-lead rate agreed per campaign"),
        ),
        Kpi::Rework => (
            tr("Rework"),
            tr("e.g. under 5% of deliverables returned for correction"),
        ),
        Kpi::SecurityIncidents => (
            tr("Security incidents"),
            tr("e.g. zero unreported incidents; notification within 24 hours"),
        ),
        Kpi::StraightThrough => (
            tr("Straight-through rate"),
            tr("e.g. at least 80% of cases completed without people"),
        ),
        Kpi::ExceptionRate => (
            tr("Exception rate"),
            tr("e.g. exceptions under 10% and cleared within one working day"),
        ),
        Kpi::AuditFindings => (
            tr("Audit findings"),
            tr("e.g. no major findings in the yearly compliance audit"),
        ),
        Kpi::Attrition => (
            tr("Staff attrition on the account"),
            tr("e.g. under 30% a year, with knowledge handover for leavers"),
        ),
    }
}

/// A question for vendor selection.
pub fn check_item(c: CheckItem) -> &'static str {
    match c {
        CheckItem::IndustryKnowledge => tr("Do they understand our industry and needs? Ask for examples from clients like us."),
        CheckItem::Capacity => tr("Can they meet today's volume, and show capacity to scale with us?"),
        CheckItem::Flexibility => tr("Can capacity flex for our peaks and projects, and at what notice and price?"),
        CheckItem::Security => tr("Do they meet our security and privacy standards? Review their policies and access controls."),
        CheckItem::Certifications => tr("Do they hold ISO 27001 or a SOC 2 Type II report covering the delivery centres we would use?"),
        CheckItem::BreachHistory => tr("Have they had a security breach? How did they respond and what changed afterwards?"),
        CheckItem::GdprTerms => tr("Will they sign GDPR processor terms (Article 28) and name every sub-processor and transfer mechanism?"),
        CheckItem::Hipaa => tr("Will they sign a HIPAA business associate agreement?"),
        CheckItem::PciDss => tr("Are they PCI DSS compliant for the card data they would handle?"),
        CheckItem::Sox => tr("Can they support our SOX controls, e.g. with a SOC 1 report?"),
        CheckItem::SectorRules => tr("Do they meet our sector regulator's outsourcing requirements (notification, audit access)?"),
        CheckItem::Residency => tr("Will the contract fix where data is stored and accessed, to meet our residency constraint?"),
        CheckItem::ExitTerms => tr("What are the exit terms: notice, transition assistance, return of data and documentation?"),
        CheckItem::MultiVendor => tr("Can they work beside another vendor under shared KPIs and hand-offs?"),
        CheckItem::Languages => tr("Are agents' language skills tested in our customers' languages?"),
        CheckItem::RoundTheClock => tr("Can they deliver 24/7 or follow-the-sun cover, and from which locations?"),
        CheckItem::Kpis => tr("Are they data-driven: will they report the KPIs we set, with service credits when missed?"),
        CheckItem::References => tr("Can we speak to two or three current clients of similar size?"),
        CheckItem::StepInRights => tr("Will they grant step-in rights, so that we or a provider we name can take the service over if they fail, and keep the knowledge base current for that?"),
        CheckItem::TransferSafeguards => tr("Which delivery countries will see our personal data, and will they sign standard contractual clauses and support our transfer impact assessment for each one without an adequacy decision?"),
        CheckItem::NotPriceAlone => tr("Are we comparing track record and fit, not only price? A cheaper provider can cost more later."),
    }
}

/// Title and description of a roadmap wave.
pub fn wave(w: WaveKind) -> (&'static str, &'static str) {
    match w {
        WaveKind::QuickWins => (
            tr("Quick wins"),
            tr("Documented, lower-risk work and automation: show results and learn."),
        ),
        WaveKind::Core => (
            tr("Main wave"),
            tr("The rest of the outsourcing, with lessons from the first wave."),
        ),
        WaveKind::Complex => (
            tr("Complex changes"),
            tr("Co-sourcing and processes that need documenting first."),
        ),
    }
}

/// The eight steps of a BPO programme as practice guides describe them; each wave runs them.
pub const BPO_STEPS: [(Tr, Tr); 8] = [
    (
        Tr::new("Identify the need"),
        Tr::new("Confirm the problem each process should solve and the baseline: volume, cost, quality."),
    ),
    (
        Tr::new("Write the scope of work"),
        Tr::new("Describe the process end to end, volumes, hand-offs and service levels."),
    ),
    (
        Tr::new("Set goals and vendor strategy"),
        Tr::new("Agree the goals, KPIs and whether to use one vendor or several."),
    ),
    (
        Tr::new("Calculate the impact"),
        Tr::new("Check savings net of selection, transition and governance, and the effect on staff."),
    ),
    (
        Tr::new("Shortlist vendors"),
        Tr::new("Use the checklist below to find three to five candidates."),
    ),
    (
        Tr::new("Request proposals"),
        Tr::new("Send the scope, KPIs and data-protection terms; ask for references."),
    ),
    (
        Tr::new("Select and negotiate"),
        Tr::new("Compare fit and track record, not only price; agree SLAs, exit and audit terms."),
    ),
    (
        Tr::new("Prepare the hand-off"),
        Tr::new("Plan knowledge transfer, a parallel run, and communication with staff and customers."),
    ),
];

/// Name of a catalog category.
pub fn category(c: crate::content::processes::Category) -> &'static str {
    use crate::content::processes::Category::*;
    match c {
        HumanResources => tr("Human resources"),
        Finance => tr("Finance and accounting"),
        Data => tr("Data processing"),
        CustomerCare => tr("Customer care"),
        SalesMarketing => tr("Sales and marketing"),
        Technology => tr("Information technology"),
        KnowledgeWork => tr("Knowledge work"),
        LegalWork => tr("Legal"),
        ResearchWork => tr("Research"),
        Operations => tr("Operations and logistics"),
    }
}

/// A level as it reads inside a sentence ("If your risk tolerance were low").
fn level_in_sentence(l: Level) -> &'static str {
    match l {
        Level::Low => tr("low"),
        Level::Medium => tr("medium"),
        Level::High => tr("high"),
    }
}

/// A single-answer change, phrased as a condition: "If judgement needed were 2 of 5".
pub fn change(c: Change) -> String {
    let of_max = |what: &str, v: u8| {
        fill(
            tr("If {what} were {value} of {max}"),
            &[
                ("max", &SCALE_MAX.to_string()),
                ("value", &v.to_string()),
                ("what", what),
            ],
        )
    };
    let with = |template: &str, key: &str, value: &str| fill(template, &[(key, value)]);
    let level = |template: &str, to: Level| with(template, "level", level_in_sentence(to));
    match c {
        Change::Process { edit } => match edit {
            ProcessEdit::Role(to) => {
                with(tr("If its strategic role were “{role}”"), "role", role(to))
            }
            ProcessEdit::Judgement(to) => of_max(tr("the judgement needed"), to),
            ProcessEdit::RuleBased(to) => of_max(tr("how rule-based it is"), to),
            ProcessEdit::Documentation(to) => of_max(tr("its documentation"), to),
            ProcessEdit::Sensitivity(to) => {
                with(tr("If its data were “{data}”"), "data", sensitivity(to))
            }
            ProcessEdit::Demand(to) => {
                with(tr("If its demand were “{demand}”"), "demand", demand(to))
            }
            ProcessEdit::Overlap(to) => fill(
                tr_n(
                    "If it needed {n} hour of overlap a day",
                    "If it needed {n} hours of overlap a day",
                    u64::from(to),
                ),
                &[("n", &to.to_string())],
            ),
            ProcessEdit::Coverage(to) => with(
                tr("If it had to be staffed {coverage}"),
                "coverage",
                coverage_in_sentence(to),
            ),
            ProcessEdit::Fte(to) => with(
                tr("If {fte} people did it"),
                "fte",
                &local_number(&readable(to)),
            ),
            ProcessEdit::AnnualCost(to) => with(
                tr("If it cost {cost} a year"),
                "cost",
                &local_number(&readable(to)),
            ),
            ProcessEdit::CustomerFacing(true) => tr("If it talked to customers").to_owned(),
            ProcessEdit::CustomerFacing(false) => tr("If it did not talk to customers").to_owned(),
            ProcessEdit::Kind(to) => with(tr("If it were “{kind}” work"), "kind", work_kind(to)),
            ProcessEdit::ToggleLanguage(l) => with(
                tr("If its customer languages changed by {language}"),
                "language",
                language(l),
            ),
        },
        Change::Goal { goal: g, to } => fill(
            tr("If “{goal}” were weighted {value} of {max}"),
            &[
                ("goal", goal(g)),
                ("max", &SCALE_MAX.to_string()),
                ("value", &to.to_string()),
            ],
        ),
        Change::RiskTolerance { to } => level(tr("If your risk tolerance were {level}"), to),
        Change::VendorManagement { to } => {
            level(tr("If your vendor-management capacity were {level}"), to)
        }
        Change::TransitionAppetite { to } => {
            level(tr("If your appetite for transition were {level}"), to)
        }
        Change::DependencyTolerance { to } => level(
            tr("If your comfort with depending on one vendor were {level}"),
            to,
        ),
        Change::Residency { to } => with(
            tr("If data residency were “{residency}”"),
            "residency",
            residency(to),
        ),
        Change::AutomationCapability { to } => {
            level(tr("If your automation capability were {level}"), to)
        }
    }
}

/// Name of a coverage window.
pub fn coverage(c: Coverage) -> &'static str {
    match c {
        Coverage::BusinessHours => tr("Business hours"),
        Coverage::Extended => tr("Extended hours (about 16 × 5)"),
        Coverage::AroundTheClock => tr("Round the clock (24 × 7)"),
    }
}

/// A coverage window as it reads inside a sentence ("staffed round the clock").
fn coverage_in_sentence(c: Coverage) -> &'static str {
    match c {
        Coverage::BusinessHours => tr("in business hours only"),
        Coverage::Extended => tr("for extended hours"),
        Coverage::AroundTheClock => tr("round the clock"),
    }
}

/// The outcome a flip leads to: "Outsource, nearshore"; in German the model keeps its
/// name as a noun, "Auslagern, Nearshore" (the convention of the location tables).
pub fn outcome(decision_: Decision, location_: Option<LocationModel>) -> String {
    match location_ {
        Some(l) => format!("{}, {}", decision(decision_), location_in_text(l)),
        None => decision(decision_).to_owned(),
    }
}

/// A location model's name inside a phrase: lower case ("2 offshore"), or a noun with
/// its capital in German ("2 Offshore").
pub fn location_in_text(l: LocationModel) -> String {
    if lang().capitalises_nouns() {
        location(l).to_owned()
    } else {
        super::lang::lower(location(l))
    }
}

/// How many processes a provider would run under a location model, as the headline
/// lists them: "2 offshore".
pub fn processes_at(l: LocationModel, n: usize) -> String {
    format!("{n} {}", location_in_text(l))
}
