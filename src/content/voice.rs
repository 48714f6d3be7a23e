//! Which delivery countries serve which home markets for customer-facing voice work:
//! Shorewise's reading of cited statements (collected with their addresses in the
//! project's research notes on voice affinity). No source publishes a numeric affinity
//! score, so the table says only *who serves whom*; the weight it carries in the ranking
//! of examples is the model's own calibration (see
//! [`crate::engine::location::VOICE_AFFINITY_BONUS`]).
//!
//! Read from: Ryan Strategic Advisory's 2023 Front Office CX Omnibus (India first
//! overall and among UK and Australian buyers, South Africa favoured in North America,
//! the Philippines in the top five of every English-language market); the
//! ASSOCHAM–KPMG study of 2014 (the Philippines winning incremental US voice work on
//! accent and cultural proximity); BPESA and Mail & Guardian (South Africa for the UK,
//! Australia and the US); Everest Group and Frost & Sullivan (Central America and the
//! Caribbean nearshore for the US, in English and Spanish); GBS.World 2023 (Mexico first
//! for customer support); Call Innov and Bladi.net (Morocco for French and Spanish
//! companies); Webhelp, NPR, ABSL via TELUS, Teleperformance (multilingual European hubs
//! in Portugal, Greece, Bulgaria, Romania and Poland); Egypt's ministry and ITIDA
//! (Arabic and European languages from Cairo).

use super::countries;
use super::lang::Tr;
use super::sources::Source;

/// The sources the table reads, as one citation for the figures list.
pub const VOICE_SOURCES: Source = Source {
    id: "voice-affinity-2023",
    title: Tr::new("Which destinations serve which home markets for voice work: Ryan Strategic Advisory Front Office CX Omnibus (2023), ASSOCHAM-KPMG (2014), BPESA (2014), Everest Group (2014), GBS.World (2023), and trade press on Morocco, Egypt and Europe's multilingual hubs"),
    date: Tr::new("2013-2023"),
};

/// Home markets and the delivery countries the sources name for their voice work,
/// sorted by home code.
const AFFINITY: &[(&str, &[&str])] = &[
    ("AE", &["EG"]),
    ("AT", &["PT", "GR", "BG", "RO", "PL", "EG", "ZA"]),
    ("AU", &["PH", "ZA", "IN"]),
    ("BE", &["PT", "GR", "BG", "RO", "PL", "EG", "ZA"]),
    ("CA", &["PH", "ZA"]),
    ("CH", &["PT", "GR", "BG", "RO", "PL", "EG", "ZA"]),
    ("DE", &["PT", "GR", "BG", "RO", "PL", "EG", "ZA"]),
    ("DK", &["PT", "GR", "BG", "RO", "PL", "EG", "ZA"]),
    ("ES", &["MA", "PE"]),
    ("FI", &["PT", "GR", "BG", "RO", "PL", "EG", "ZA"]),
    ("FR", &["MA"]),
    ("GB", &["ZA", "IN", "PH"]),
    ("IT", &["PT", "GR", "BG", "RO", "PL", "EG", "ZA"]),
    ("NL", &["PT", "GR", "BG", "RO", "PL", "EG", "ZA"]),
    ("NO", &["PT", "GR", "BG", "RO", "PL", "EG", "ZA"]),
    ("NZ", &["PH", "ZA", "IN"]),
    ("SE", &["PT", "GR", "BG", "RO", "PL", "EG", "ZA"]),
    ("US", &["PH", "JM", "MX", "CO", "CR", "GT", "DO", "ZA"]),
];

/// Whether the sources name `destination` as a place that serves customers of a
/// company in `home` by voice.
pub fn serves(home: &str, destination: &str) -> bool {
    countries::lists(served_from(home), destination)
}

/// The places the sources name as serving customers of a company in `home` by voice
/// (empty when they name none).
pub fn served_from(home: &str) -> &'static [&'static str] {
    AFFINITY
        .binary_search_by(|(h, _)| countries::code_order(h, home))
        .map_or(&[], |i| AFFINITY[i].1)
}

/// Every home market the table covers (for content tests).
pub fn homes() -> impl Iterator<Item = (&'static str, &'static [&'static str])> {
    AFFINITY.iter().copied()
}
