//! Process catalog: the business processes a user can pick, with sensible defaults.
//!
//! Defaults are a starting point a user can accept and refine; they describe a typical
//! mid-sized company. The role multiplier scales a contact-centre agent's wage to the
//! role that does the work; where ATS Outsource's Philippine rate card lists the role,
//! the multiplier is the ratio of its mid-rates (customer service = 1.0).

use super::sources::{Basis, ATS_RATES};
use crate::engine::model::{
    Coverage,
    Demand::{self, *},
    JobFamily, ProcessAnswer, ProcessId,
    Sensitivity::{self, *},
    StrategicRole::{self, *},
    WorkKind::{self, *},
};
use serde::Serialize;

/// Browsing groups in the questionnaire.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum Category {
    /// Human resources.
    HumanResources,
    /// Finance and accounting.
    Finance,
    /// Data processing.
    Data,
    /// Customer care.
    CustomerCare,
    /// Sales and marketing.
    SalesMarketing,
    /// Information technology.
    Technology,
    /// Knowledge work.
    KnowledgeWork,
    /// Legal.
    LegalWork,
    /// Research.
    ResearchWork,
    /// Operations and logistics.
    Operations,
}

impl Category {
    /// Every category, in display order.
    pub const ALL: &'static [Category] = &[
        Category::HumanResources,
        Category::Finance,
        Category::Data,
        Category::CustomerCare,
        Category::SalesMarketing,
        Category::Technology,
        Category::KnowledgeWork,
        Category::LegalWork,
        Category::ResearchWork,
        Category::Operations,
    ];
}

/// Default answers for a catalog process.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Defaults {
    /// Strategic role.
    pub role: StrategicRole,
    /// Volume in FTE.
    pub fte: f64,
    /// Demand pattern.
    pub demand: Demand,
    /// Judgement needed, 0–5.
    pub judgement: u8,
    /// Rule-based, 0–5.
    pub rule_based: u8,
    /// Documentation maturity, 0–5.
    pub documentation: u8,
    /// Data sensitivity.
    pub sensitivity: Sensitivity,
    /// Customer-facing.
    pub customer_facing: bool,
    /// Daily working-hour overlap needed.
    pub overlap_hours: u8,
    /// Hours the work must be staffed.
    pub coverage: Coverage,
}

/// One catalog process.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct CatalogProcess {
    /// Stable id used in assessments and links.
    pub id: &'static str,
    /// Display name.
    pub name: &'static str,
    /// One-line description shown in the picker.
    pub summary: &'static str,
    /// Browsing group.
    pub category: Category,
    /// Kind of work (fixes the outsourcing type).
    pub kind: WorkKind,
    /// Job family of the people who do it (their pay and talent pools by country).
    pub family: JobFamily,
    /// Wage of the role relative to a contact-centre agent.
    pub role_multiplier: f64,
    /// Where the multiplier comes from.
    pub multiplier_basis: Basis,
    /// Default answers.
    pub defaults: Defaults,
}

/// The job family that does most processes of a category.
const fn family_of_category(category: Category) -> JobFamily {
    match category {
        HumanResources | Data | Operations => JobFamily::BackOffice,
        Category::Finance => JobFamily::Finance,
        CustomerCare | SalesMarketing => JobFamily::ContactCentre,
        Technology => JobFamily::ItSupport,
        KnowledgeWork | ResearchWork => JobFamily::Research,
        LegalWork => JobFamily::Legal,
    }
}

const ATS: Basis = Basis::Cited(&ATS_RATES);
const ROLE_ASSUMPTION: Basis =
    Basis::Assumption("typical pay of this role relative to a contact-centre agent");

#[allow(clippy::too_many_arguments)]
const fn p(
    id: &'static str,
    name: &'static str,
    summary: &'static str,
    category: Category,
    kind: WorkKind,
    (role_multiplier, multiplier_basis): (f64, Basis),
    role: StrategicRole,
    fte: f64,
    demand: Demand,
    [judgement, rule_based, documentation]: [u8; 3],
    sensitivity: Sensitivity,
    customer_facing: bool,
    overlap_hours: u8,
) -> CatalogProcess {
    CatalogProcess {
        id,
        name,
        summary,
        category,
        kind,
        family: family_of_category(category),
        role_multiplier,
        multiplier_basis,
        defaults: Defaults {
            role,
            fte,
            demand,
            judgement,
            rule_based,
            documentation,
            sensitivity,
            customer_facing,
            overlap_hours,
            coverage: Coverage::BusinessHours,
        },
    }
}

use Category::*;

/// The catalog, in display order within each category.
pub const CATALOG: &[CatalogProcess] = &[
    p(
        "payroll",
        "Payroll",
        "Calculating and paying salaries, taxes and deductions.",
        HumanResources,
        BackOffice,
        (1.4, ATS),
        Supporting,
        2.0,
        Steady,
        [1, 5, 4],
        Confidential,
        false,
        2,
    )
    .done_by(JobFamily::Finance),
    p(
        "benefits",
        "Benefits administration",
        "Enrolling staff in and running health, pension and other benefits.",
        HumanResources,
        BackOffice,
        (1.4, ATS),
        Supporting,
        1.0,
        Seasonal,
        [2, 4, 3],
        Confidential,
        false,
        2,
    ),
    p(
        "recruiting",
        "Recruiting",
        "Sourcing, screening and scheduling candidates.",
        HumanResources,
        BackOffice,
        (1.4, ATS),
        Supporting,
        2.0,
        Seasonal,
        [3, 2, 3],
        Confidential,
        false,
        4,
    ),
    p(
        "background-checks",
        "Background checks",
        "Verifying identity, history and references of new hires.",
        HumanResources,
        BackOffice,
        (1.15, ATS),
        Supporting,
        0.5,
        Seasonal,
        [1, 4, 4],
        Restricted,
        false,
        1,
    ),
    p(
        "hr-admin",
        "HR administration",
        "Contracts, records, leave and HR queries.",
        HumanResources,
        BackOffice,
        (1.15, ATS),
        Supporting,
        2.0,
        Steady,
        [2, 3, 3],
        Confidential,
        false,
        4,
    ),
    p(
        "accounts-payable",
        "Accounts payable",
        "Receiving, matching, approving and paying supplier invoices.",
        Finance,
        BackOffice,
        (1.3, ROLE_ASSUMPTION),
        Supporting,
        3.0,
        Steady,
        [1, 5, 4],
        Internal,
        false,
        2,
    ),
    p(
        "accounts-receivable",
        "Accounts receivable",
        "Invoicing customers, cash application and collections.",
        Finance,
        BackOffice,
        (1.3, ROLE_ASSUMPTION),
        Supporting,
        3.0,
        Steady,
        [2, 4, 4],
        Confidential,
        false,
        3,
    ),
    p(
        "ledger-reporting",
        "General ledger and reporting",
        "Bookkeeping, reconciliations, month-end close and reports.",
        Finance,
        BackOffice,
        (1.6, ROLE_ASSUMPTION),
        Critical,
        3.0,
        Steady,
        [3, 3, 3],
        Confidential,
        false,
        4,
    ),
    p(
        "payment-processing",
        "Payment processing",
        "Processing card and bank payments, refunds and chargebacks.",
        Finance,
        BackOffice,
        (1.0, ROLE_ASSUMPTION),
        Critical,
        2.0,
        Steady,
        [1, 5, 4],
        Restricted,
        false,
        2,
    )
    .done_by(JobFamily::BackOffice),
    p(
        "expense-audit",
        "Expense audit",
        "Checking employee expense claims against policy.",
        Finance,
        BackOffice,
        (1.15, ATS),
        Supporting,
        1.0,
        Steady,
        [1, 5, 3],
        Internal,
        false,
        1,
    ),
    p(
        "data-entry",
        "Data entry and processing",
        "Keying, cleansing and validating records from forms and documents.",
        Data,
        BackOffice,
        (0.75, ATS),
        Supporting,
        4.0,
        Steady,
        [0, 5, 4],
        Internal,
        false,
        1,
    ),
    p(
        "document-processing",
        "Document processing",
        "Scanning, indexing and extracting data from documents.",
        Data,
        BackOffice,
        (0.75, ATS),
        Supporting,
        3.0,
        Seasonal,
        [1, 4, 3],
        Confidential,
        false,
        1,
    ),
    p(
        "customer-service",
        "Customer service",
        "Answering customer questions by phone, chat and email.",
        CustomerCare,
        FrontOffice,
        (1.0, ATS),
        Supporting,
        10.0,
        Seasonal,
        [2, 3, 3],
        Confidential,
        true,
        6,
    )
    .covering(Coverage::Extended),
    p(
        "technical-support",
        "Technical support",
        "Helping customers solve problems with products.",
        CustomerCare,
        FrontOffice,
        (2.0, ATS),
        Critical,
        6.0,
        Steady,
        [3, 3, 3],
        Confidential,
        true,
        6,
    )
    .covering(Coverage::Extended),
    p(
        "billing-queries",
        "Billing queries",
        "Handling customers' questions about invoices and payments.",
        CustomerCare,
        FrontOffice,
        (1.0, ATS),
        Supporting,
        3.0,
        Steady,
        [1, 4, 4],
        Confidential,
        true,
        4,
    ),
    p(
        "sales",
        "Inside sales",
        "Selling to prospects and existing customers by phone and online.",
        SalesMarketing,
        FrontOffice,
        (1.3, ROLE_ASSUMPTION),
        Differentiating,
        5.0,
        Steady,
        [4, 1, 2],
        Confidential,
        true,
        6,
    ),
    p(
        "telemarketing",
        "Telemarketing",
        "Outbound calling campaigns.",
        SalesMarketing,
        FrontOffice,
        (1.0, ATS),
        Supporting,
        4.0,
        Project,
        [1, 4, 3],
        Internal,
        true,
        3,
    ),
    p(
        "lead-qualification",
        "Lead generation and qualification",
        "Finding and qualifying leads before sales picks them up.",
        SalesMarketing,
        FrontOffice,
        (1.15, ROLE_ASSUMPTION),
        Supporting,
        3.0,
        Steady,
        [2, 3, 3],
        Internal,
        true,
        3,
    ),
    p(
        "marketing-ops",
        "Marketing operations",
        "Campaign execution, content production and marketing admin.",
        SalesMarketing,
        FrontOffice,
        (1.6, ROLE_ASSUMPTION),
        Supporting,
        2.0,
        Project,
        [3, 2, 2],
        Internal,
        false,
        4,
    )
    .done_by(JobFamily::BackOffice),
    p(
        "social-media",
        "Social media management",
        "Posting, monitoring and answering on social channels.",
        SalesMarketing,
        FrontOffice,
        (1.15, ROLE_ASSUMPTION),
        Supporting,
        1.0,
        Steady,
        [2, 2, 2],
        Public,
        true,
        4,
    ),
    p(
        "app-development",
        "Application development",
        "Building new software and features.",
        Technology,
        It,
        (2.75, ATS),
        Differentiating,
        8.0,
        Project,
        [5, 1, 2],
        Internal,
        false,
        4,
    )
    .done_by(JobFamily::Software),
    p(
        "app-maintenance",
        "Application maintenance",
        "Fixing and updating existing business applications.",
        Technology,
        It,
        (2.75, ATS),
        Supporting,
        4.0,
        Steady,
        [3, 3, 3],
        Internal,
        false,
        3,
    )
    .done_by(JobFamily::Software),
    p(
        "it-helpdesk",
        "IT helpdesk",
        "Supporting staff with devices, accounts and software.",
        Technology,
        It,
        (2.0, ATS),
        Supporting,
        3.0,
        Steady,
        [2, 4, 4],
        Internal,
        false,
        6,
    )
    .covering(Coverage::Extended),
    p(
        "infrastructure-cloud",
        "Infrastructure and cloud operations",
        "Running servers, networks, data centres and cloud services.",
        Technology,
        It,
        (2.6, ROLE_ASSUMPTION),
        Critical,
        3.0,
        Steady,
        [3, 3, 3],
        Confidential,
        false,
        2,
    )
    .covering(Coverage::AroundTheClock),
    p(
        "cybersecurity",
        "Cybersecurity operations",
        "Monitoring, detecting and responding to security threats.",
        Technology,
        It,
        (3.0, ROLE_ASSUMPTION),
        Critical,
        2.0,
        Steady,
        [4, 2, 3],
        Restricted,
        false,
        2,
    )
    .covering(Coverage::AroundTheClock),
    p(
        "software-testing",
        "Software testing",
        "Manual and automated testing of software releases.",
        Technology,
        It,
        (2.0, ROLE_ASSUMPTION),
        Supporting,
        3.0,
        Project,
        [2, 4, 3],
        Internal,
        false,
        3,
    )
    .done_by(JobFamily::Software),
    p(
        "data-analytics",
        "Data analytics",
        "Dashboards, analysis and models that inform decisions.",
        KnowledgeWork,
        WorkKind::Knowledge,
        (2.4, ROLE_ASSUMPTION),
        Critical,
        2.0,
        Steady,
        [4, 2, 2],
        Confidential,
        false,
        3,
    ),
    p(
        "financial-analysis",
        "Financial analysis",
        "Budgets, forecasts, valuations and investment analysis.",
        KnowledgeWork,
        WorkKind::Knowledge,
        (2.4, ROLE_ASSUMPTION),
        Critical,
        2.0,
        Steady,
        [5, 1, 2],
        Confidential,
        false,
        4,
    )
    .done_by(JobFamily::Finance),
    p(
        "rnd-support",
        "R&D support",
        "Literature searches, lab data handling and technical writing.",
        KnowledgeWork,
        WorkKind::Knowledge,
        (2.4, ROLE_ASSUMPTION),
        Supporting,
        1.0,
        Project,
        [4, 2, 2],
        Confidential,
        false,
        2,
    ),
    p(
        "contract-review",
        "Contract review",
        "Reviewing and abstracting contracts against playbooks.",
        LegalWork,
        WorkKind::Legal,
        (3.0, ROLE_ASSUMPTION),
        Supporting,
        1.0,
        Seasonal,
        [4, 3, 3],
        Confidential,
        false,
        2,
    ),
    p(
        "compliance",
        "Regulatory compliance",
        "Monitoring rules, keeping registers and evidence for audits.",
        LegalWork,
        WorkKind::Legal,
        (3.0, ROLE_ASSUMPTION),
        Critical,
        1.0,
        Steady,
        [4, 3, 3],
        Restricted,
        false,
        3,
    ),
    p(
        "litigation-support",
        "Litigation support and document review",
        "Reviewing documents for disputes and discovery.",
        LegalWork,
        WorkKind::Legal,
        (3.0, ROLE_ASSUMPTION),
        Supporting,
        1.0,
        Project,
        [3, 3, 3],
        Restricted,
        false,
        2,
    ),
    p(
        "market-research",
        "Market research",
        "Surveys, market sizing and customer research.",
        ResearchWork,
        WorkKind::Research,
        (2.0, ROLE_ASSUMPTION),
        Supporting,
        1.0,
        Project,
        [4, 2, 3],
        Public,
        false,
        2,
    ),
    p(
        "competitive-research",
        "Competitive research",
        "Tracking competitors, pricing and industry studies.",
        ResearchWork,
        WorkKind::Research,
        (2.0, ROLE_ASSUMPTION),
        Supporting,
        0.5,
        Steady,
        [4, 2, 2],
        Public,
        false,
        2,
    ),
    p(
        "shipping-logistics",
        "Shipping and logistics",
        "Warehousing, fulfilment and carrier management.",
        Operations,
        BackOffice,
        (0.9, ROLE_ASSUMPTION),
        Critical,
        5.0,
        Seasonal,
        [2, 3, 3],
        Internal,
        false,
        4,
    ),
    p(
        "order-processing",
        "Order processing",
        "Entering, checking and tracking customer orders.",
        Operations,
        BackOffice,
        (0.9, ROLE_ASSUMPTION),
        Supporting,
        3.0,
        Seasonal,
        [1, 5, 4],
        Confidential,
        false,
        3,
    ),
    p(
        "procurement-admin",
        "Procurement administration",
        "Purchase orders, supplier onboarding and catalogue upkeep.",
        Operations,
        BackOffice,
        (1.15, ATS),
        Supporting,
        1.0,
        Steady,
        [2, 4, 3],
        Internal,
        false,
        2,
    ),
];

/// Finds a catalog process by id.
pub fn find(id: &str) -> Option<&'static CatalogProcess> {
    CATALOG.iter().find(|p| p.id == id)
}

/// Role multiplier assumed for a custom process of a given kind.
pub fn custom_multiplier(kind: WorkKind) -> f64 {
    match kind {
        BackOffice => 1.15,
        FrontOffice => 1.0,
        It => 2.5,
        WorkKind::Knowledge => 2.4,
        WorkKind::Legal => 3.0,
        WorkKind::Research => 2.0,
    }
}

impl CatalogProcess {
    /// This process as a user's answer, with its default answers and no cost entered
    /// (the engine then estimates it).
    pub fn answer(&self) -> ProcessAnswer {
        let d = self.defaults;
        ProcessAnswer {
            id: ProcessId::Catalog(self.id.to_owned()),
            custom_name: String::new(),
            kind: self.kind,
            role: d.role,
            fte: d.fte,
            annual_cost: 0.0,
            demand: d.demand,
            judgement: d.judgement,
            rule_based: d.rule_based,
            documentation: d.documentation,
            sensitivity: d.sensitivity,
            customer_facing: d.customer_facing,
            languages: Vec::new(),
            overlap_hours: d.overlap_hours,
            coverage: d.coverage,
        }
    }

    /// The same entry done by another job family than its category's.
    const fn done_by(mut self, family: JobFamily) -> Self {
        self.family = family;
        self
    }

    /// The same entry staffed for other hours by default.
    const fn covering(mut self, coverage: Coverage) -> Self {
        self.defaults.coverage = coverage;
        self
    }
}

/// Catalog entries matching what the user typed in the filter (in the name, summary or
/// category, ignoring the case of ASCII letters, which is all the catalog's text is
/// written in), grouped by category in display order, without empty groups, among the
/// entries the site `offers` (by id). An empty filter matches everything offered.
pub fn search(
    filter: &str,
    offers: impl Fn(&str) -> bool,
) -> Vec<(Category, Vec<&'static CatalogProcess>)> {
    let needle = filter.trim().to_ascii_lowercase();
    let hit = |text: &str| text.to_ascii_lowercase().contains(&needle);
    Category::ALL
        .iter()
        .map(|&cat| {
            let in_category = needle.is_empty() || hit(super::advice::category(cat));
            let items: Vec<_> = CATALOG
                .iter()
                .filter(|c| {
                    c.category == cat
                        && offers(c.id)
                        && (in_category || hit(c.name) || hit(c.summary))
                })
                .collect();
            (cat, items)
        })
        .filter(|(_, items)| !items.is_empty())
        .collect()
}

/// The job family that does a process: the catalog's, or the one assumed for the kind
/// of work of the user's own process.
pub fn family_of(p: &ProcessAnswer) -> JobFamily {
    of(&p.id).map_or_else(|| JobFamily::of_kind(p.kind), |c| c.family)
}

/// Display name of a process: the catalog's name or the user's own.
pub fn name_of(p: &ProcessAnswer) -> &str {
    of(&p.id).map_or(p.custom_name.as_str(), |c| c.name)
}

/// Multiplier from a contact-centre agent's wage to the wage of the people who do this
/// process (catalog figure, or the assumption for its kind of work).
pub fn role_multiplier(p: &ProcessAnswer) -> f64 {
    of(&p.id).map_or_else(|| custom_multiplier(p.kind), |c| c.role_multiplier)
}

/// The catalog entry behind a process id, if it is a known catalog process.
pub fn of(id: &ProcessId) -> Option<&'static CatalogProcess> {
    id.catalog().and_then(find)
}
