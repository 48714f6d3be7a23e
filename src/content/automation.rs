//! How much of a process software can take over: the kind of activity that makes up
//! most of the work, and the share of the time spent on that kind of activity that
//! could be automated with demonstrated technology (McKinsey Global Institute, "Where
//! machines could replace humans, and where they can't (yet)", McKinsey Quarterly,
//! 2016). Answering customers' contacts is automated only as self-service deflection:
//! service leaders report that 20–40% of live contacts could be resolved in
//! self-service, and only 9% of customers resolve an issue fully there (Gartner, 2019
//! and 2020), so its share stays a minority of the contacts.
//!
//! Which activity dominates a catalog process is Shorewise's own classification; how
//! much of the activity's potential a company's own process reaches follows its answers
//! (see [`crate::engine::automate`]).

use super::lang::Tr;
use super::sources::Source;
use crate::vocab::model::{ProcessAnswer, ProcessId, WorkKind};

/// Technical automation potential by activity type.
pub const MGI_AUTOMATION: Source = Source {
    id: "mgi-automation-potential-2016",
    title: Tr::new("McKinsey Global Institute (Chui, Manyika and Miremadi), 'Where machines could replace humans, and where they can't (yet)', McKinsey Quarterly: share of the time spent on each type of work activity that could be automated by adapting demonstrated technology (processing data 69%, collecting data 64%, interfacing with stakeholders 20%, applying expertise 18%)"),
    date: Tr::new("July 2016"),
};

/// Self-service deflection of customer contacts.
pub const GARTNER_SELF_SERVICE: Source = Source {
    id: "gartner-self-service-2020",
    title: Tr::new("Gartner: service leaders report that 20% to 40% of live contact volume could be resolved with existing self-service (2020); only 9% of customers resolve an issue fully in self-service (2019, over 8,000 customer journeys)"),
    date: Tr::new("2019-2020"),
};

/// The kind of activity that makes up most of a process.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Activity {
    /// Processing data: transactions, calculations, matching, posting.
    ProcessingData,
    /// Collecting data: capturing, extracting and checking information.
    CollectingData,
    /// Answering customers' or users' questions and requests: software deflects part of
    /// the contacts to self-service.
    Contacts,
    /// Interfacing with candidates, prospects or the public: selling, persuading,
    /// assessing people.
    Stakeholders,
    /// Applying expertise to decisions, design, analysis or creative work.
    Expertise,
}

impl Activity {
    /// Share of the time spent on this activity that demonstrated technology could
    /// automate ([`MGI_AUTOMATION`]); for contacts, the share of live volume service
    /// leaders report self-service could resolve, at its upper end
    /// ([`GARTNER_SELF_SERVICE`]).
    pub const fn potential(self) -> f64 {
        match self {
            Activity::ProcessingData => 0.69,
            Activity::CollectingData => 0.64,
            Activity::Contacts => 0.40,
            Activity::Stakeholders => 0.20,
            Activity::Expertise => 0.18,
        }
    }
}

/// The activity that makes up most of a catalog process (Shorewise's classification);
/// `None` for a process outside the catalog.
fn catalog_activity(id: &str) -> Option<Activity> {
    use Activity::*;
    Some(match id {
        "payroll"
        | "benefits"
        | "hr-admin"
        | "accounts-payable"
        | "accounts-receivable"
        | "ledger-reporting"
        | "payment-processing"
        | "expense-audit"
        | "order-processing"
        | "procurement-admin"
        | "shipping-logistics"
        | "marketing-ops" => ProcessingData,
        "background-checks" | "data-entry" | "document-processing" => CollectingData,
        "customer-service" | "technical-support" | "billing-queries" | "it-helpdesk" => Contacts,
        "recruiting" | "sales" | "telemarketing" | "lead-qualification" | "social-media" => {
            Stakeholders
        }
        "app-development"
        | "app-maintenance"
        | "infrastructure-cloud"
        | "cybersecurity"
        | "software-testing"
        | "data-analytics"
        | "financial-analysis"
        | "rnd-support"
        | "contract-review"
        | "compliance"
        | "litigation-support"
        | "market-research"
        | "competitive-research" => Expertise,
        _ => return None,
    })
}

/// The activity assumed for a process of a kind of work that is not in the catalog.
const fn activity_of_kind(kind: WorkKind) -> Activity {
    match kind {
        WorkKind::BackOffice => Activity::ProcessingData,
        WorkKind::FrontOffice => Activity::Contacts,
        WorkKind::It | WorkKind::Knowledge | WorkKind::Legal | WorkKind::Research => {
            Activity::Expertise
        }
    }
}

/// The activity that makes up most of a process: the catalog's classification, else
/// the one its kind of work suggests; customer-facing work is at most answering
/// contacts (software only deflects some of them to self-service).
pub fn activity(p: &ProcessAnswer) -> Activity {
    activity_with(listed(&p.id), p.kind, p.customer_facing)
}

/// The catalog's classification of a process (`None` for the user's own).
pub fn listed(id: &ProcessId) -> Option<Activity> {
    match id {
        ProcessId::Catalog(c) => catalog_activity(c),
        ProcessId::Custom(_) => None,
    }
}

/// [`activity`] from the catalog's classification and the answers it reads.
pub fn activity_with(listed: Option<Activity>, kind: WorkKind, customer_facing: bool) -> Activity {
    let activity = listed.unwrap_or(activity_of_kind(kind));
    match activity {
        Activity::ProcessingData | Activity::CollectingData if customer_facing => {
            Activity::Contacts
        }
        _ => activity,
    }
}

/// Every catalog process id the classification names (for content tests).
pub fn classified(id: &str) -> bool {
    catalog_activity(id).is_some()
}
