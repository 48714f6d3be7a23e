//! Process catalog: the business processes a user can pick, with sensible defaults.
//!
//! Defaults are a starting point a user can accept and refine; they describe a typical
//! mid-sized company. The role multiplier scales a contact-centre agent's wage to the
//! role that does the work; where ATS Outsource's Philippine rate card lists the role,
//! the multiplier is the ratio of its mid-rates (customer service = 1.0).

use super::lang::{Lang, Tr};
use super::sources::{Basis, ATS_RATES};
use crate::vocab::model::{
    Coverage,
    Demand::{self, *},
    JobFamily, ProcessAnswer, ProcessId,
    Sensitivity::{self, *},
    StrategicRole::{self, *},
    WorkKind::{self, *},
};
use serde::Serialize;
use std::borrow::Cow;

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
    pub name: Tr,
    /// One-line description shown in the picker.
    pub summary: Tr,
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
const ROLE_ASSUMPTION: Basis = Basis::Assumption(Tr::new(
    "typical pay of this role relative to a contact-centre agent",
));

#[allow(clippy::too_many_arguments)]
const fn p(
    id: &'static str,
    name: Tr,
    summary: Tr,
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
        Tr::new("Payroll"),
        Tr::new("Calculating and paying salaries, taxes and deductions."),
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
        Tr::new("Benefits administration"),
        Tr::new("Enrolling staff in and running health, pension and other benefits."),
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
        Tr::new("Recruiting"),
        Tr::new("Sourcing, screening and scheduling candidates."),
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
        Tr::new("Background checks"),
        Tr::new("Verifying identity, history and references of new hires."),
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
        Tr::new("HR administration"),
        Tr::new("Contracts, records, leave and HR queries."),
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
        Tr::new("Accounts payable"),
        Tr::new("Receiving, matching, approving and paying supplier invoices."),
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
        Tr::new("Accounts receivable"),
        Tr::new("Invoicing customers, cash application and collections."),
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
        Tr::new("General ledger and reporting"),
        Tr::new("Bookkeeping, reconciliations, month-end close and reports."),
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
        Tr::new("Payment processing"),
        Tr::new("Processing card and bank payments, refunds and chargebacks."),
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
        Tr::new("Expense audit"),
        Tr::new("Checking employee expense claims against policy."),
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
        Tr::new("Data entry and processing"),
        Tr::new("Keying, cleansing and validating records from forms and documents."),
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
        Tr::new("Document processing"),
        Tr::new("Scanning, indexing and extracting data from documents."),
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
        Tr::new("Customer service"),
        Tr::new("Answering customer questions by phone, chat and email."),
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
        Tr::new("Technical support"),
        Tr::new("Helping customers solve problems with products."),
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
        Tr::new("Billing queries"),
        Tr::new("Handling customers' questions about invoices and payments."),
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
        Tr::new("Inside sales"),
        Tr::new("Selling to prospects and existing customers by phone and online."),
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
        Tr::new("Telemarketing"),
        Tr::new("Outbound calling campaigns."),
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
        Tr::new("Lead generation and qualification"),
        Tr::new("Finding and qualifying leads before sales picks them up."),
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
        Tr::new("Marketing operations"),
        Tr::new("Campaign execution, content production and marketing admin."),
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
        Tr::new("Social media management"),
        Tr::new("Posting, monitoring and answering on social channels."),
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
        Tr::new("Application development"),
        Tr::new("Building new software and features."),
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
        Tr::new("Application maintenance"),
        Tr::new("Fixing and updating existing business applications."),
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
        Tr::new("IT helpdesk"),
        Tr::new("Supporting staff with devices, accounts and software."),
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
        Tr::new("Infrastructure and cloud operations"),
        Tr::new("Running servers, networks, data centres and cloud services."),
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
        Tr::new("Cybersecurity operations"),
        Tr::new("Monitoring, detecting and responding to security threats."),
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
        Tr::new("Software testing"),
        Tr::new("Manual and automated testing of software releases."),
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
        Tr::new("Data analytics"),
        Tr::new("Dashboards, analysis and models that inform decisions."),
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
        Tr::new("Financial analysis"),
        Tr::new("Budgets, forecasts, valuations and investment analysis."),
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
        Tr::new("R&D support"),
        Tr::new("Literature searches, lab data handling and technical writing."),
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
        Tr::new("Contract review"),
        Tr::new("Reviewing and abstracting contracts against playbooks."),
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
        Tr::new("Regulatory compliance"),
        Tr::new("Monitoring rules, keeping registers and evidence for audits."),
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
        Tr::new("Litigation support and document review"),
        Tr::new("Reviewing documents for disputes and discovery."),
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
        Tr::new("Market research"),
        Tr::new("Surveys, market sizing and customer research."),
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
        Tr::new("Competitive research"),
        Tr::new("Tracking competitors, pricing and industry studies."),
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
        Tr::new("Shipping and logistics"),
        Tr::new("Warehousing, fulfilment and carrier management."),
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
        Tr::new("Order processing"),
        Tr::new("Entering, checking and tracking customer orders."),
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
        Tr::new("Procurement administration"),
        Tr::new("Purchase orders, supplier onboarding and catalogue upkeep."),
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
            id: ProcessId::Catalog(self.id.into()),
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

/// What the user typed in the catalog's filter, ready to match entries against: a
/// name, summary or category containing it in either language, ignoring case.
pub struct Filter {
    needle: String,
}

impl Filter {
    /// The filter for the typed text (surrounding spaces ignored).
    pub fn new(typed: &str) -> Self {
        Filter {
            needle: super::lang::lower(typed.trim()),
        }
    }

    /// Whether nothing was typed (everything matches).
    pub fn is_empty(&self) -> bool {
        self.needle.is_empty()
    }

    /// Whether a text contains what was typed.
    pub fn hit(&self, text: &str) -> bool {
        super::lang::lower(text).contains(&self.needle)
    }

    /// Whether a translated text contains what was typed, in any built-in language or
    /// the page's.
    pub fn hit_tr(&self, t: Tr) -> bool {
        Lang::ALL
            .into_iter()
            .chain([super::lang::current()])
            .any(|l| self.hit(t.in_lang(l)))
    }

    /// Whether every entry of the category matches (nothing typed, or the category's
    /// name in the current language contains it).
    pub fn whole(&self, cat: Category) -> bool {
        self.is_empty() || self.hit(super::advice::category(cat))
    }
}

/// Catalog entries matching what the user typed in the filter (in the name or summary in
/// either language, or the category, ignoring case), grouped by category in display
/// order, without empty groups, among the entries the site `offers` (by id). An empty
/// filter matches everything offered.
pub fn search(
    filter: &Filter,
    offers: impl Fn(&str) -> bool,
) -> Vec<(Category, Vec<&'static CatalogProcess>)> {
    Category::ALL
        .iter()
        .map(|&cat| {
            let whole = filter.whole(cat);
            let items: Vec<_> = CATALOG
                .iter()
                .filter(|c| {
                    c.category == cat
                        && offers(c.id)
                        && (whole || filter.hit_tr(c.name) || filter.hit_tr(c.summary))
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
    of(&p.id).map_or(p.custom_name.as_str(), |c| c.name.get())
}

/// The display name of a process as a value to keep: a catalog name is borrowed from
/// the catalog, a user's own is copied.
pub fn kept_name_of(p: &ProcessAnswer) -> Cow<'static, str> {
    of(&p.id).map_or_else(
        || Cow::Owned(p.custom_name.clone()),
        |c| Cow::Borrowed(c.name.get()),
    )
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
