//! Wording of the advice: names of decisions, types and locations, reasons, risks with
//! their mitigations, KPIs with SLA terms, checklist questions and the roadmap steps.
//! The engine chooses items; this file says them.

use super::lang::{current as lang, Lang, Tr};
use crate::vocab::model::{
    readable, Coverage, Demand, Goal, Industry, JobFamily, Language, Level, ProcessEdit,
    Regulation, Residency, Sensitivity, SizeBand, StrategicRole, WorkKind, SCALE_MAX,
};
use crate::vocab::outcome::{
    Change, CheckItem, Confidence, Decision, Driver, Engagement, Exclusion, Kpi, LocationModel,
    LocationNote, OutsourcingType, Quadrant, Risk, Unavailable, VendorStrategy, WaveKind,
};

/// Wording in the current language.
fn tr(en: &'static str, de: &'static str) -> &'static str {
    Tr::new(en, de).get()
}

/// Name of a decision.
pub fn decision(d: Decision) -> &'static str {
    match d {
        Decision::KeepInHouse => tr("Keep in-house", "Intern behalten"),
        Decision::Automate => tr("Automate", "Automatisieren"),
        Decision::CoSource => tr("Co-source", "Co-Sourcing"),
        Decision::Outsource => tr("Outsource", "Auslagern"),
    }
}

/// A decision as the thing a reason favours: tr("outsourcing", "das Auslagern"), tr("keeping it in-house", "das Behalten im Haus").
pub fn decision_noun(d: Decision) -> &'static str {
    match d {
        Decision::KeepInHouse => tr("keeping it in-house", "das Behalten im Haus"),
        Decision::Automate => tr("automating it", "das Automatisieren"),
        Decision::CoSource => tr("co-sourcing", "Co-Sourcing"),
        Decision::Outsource => tr("outsourcing", "das Auslagern"),
    }
}

/// A location model as the thing a reason favours: tr("nearshore", "Nearshore").
pub fn location_noun(m: LocationModel) -> &'static str {
    match m {
        LocationModel::Onshore => tr("onshore", "Onshore"),
        LocationModel::Nearshore => tr("nearshore", "Nearshore"),
        LocationModel::Hybrid => tr("hybrid", "hybrid"),
        LocationModel::Offshore => tr("offshore", "Offshore"),
    }
}

/// What a decision means, for help text.
pub fn decision_help(d: Decision) -> &'static str {
    match d {
        Decision::KeepInHouse => tr("Your own people keep doing it; invest in it instead.", "Ihre eigenen Leute machen es weiter; investieren Sie stattdessen darin."),
        Decision::Automate => tr("Software does the rule-based part: workflow tools, RPA or low-code.", "Software erledigt den regelbasierten Teil: Workflow-Werkzeuge, RPA oder Low-Code."),
        Decision::CoSource => tr("A provider runs the volume while a small in-house team keeps control, standards and decisions.", "Ein Anbieter bewältigt das Volumen, während ein kleines internes Team Kontrolle, Standards und Entscheidungen behält."),
        Decision::Outsource => tr("A specialist provider runs the whole process under a contract with service levels.", "Ein spezialisierter Anbieter betreibt den ganzen Prozess unter einem Vertrag mit Service-Levels."),
    }
}

/// Name of an outsourcing type.
pub fn outsourcing_type(t: OutsourcingType) -> &'static str {
    match t {
        OutsourcingType::BackOfficeBpo => tr("Back-office BPO", "Backoffice-BPO"),
        OutsourcingType::FrontOfficeBpo => tr("Front-office BPO", "Frontoffice-BPO"),
        OutsourcingType::ItOutsourcing => tr("IT outsourcing", "IT-Outsourcing"),
        OutsourcingType::Kpo => tr("KPO (knowledge)", "KPO (Wissen)"),
        OutsourcingType::Lpo => tr("LPO (legal)", "LPO (Recht)"),
        OutsourcingType::Rpo => tr("RPO (research)", "RPO (Recherche)"),
    }
}

/// Help text for an outsourcing type.
pub fn outsourcing_type_help(t: OutsourcingType) -> &'static str {
    match t {
        OutsourcingType::BackOfficeBpo => tr("Business process outsourcing of internal operations: payroll, finance, data processing.", "Auslagerung interner Geschäftsprozesse: Lohnabrechnung, Finanzen, Datenverarbeitung."),
        OutsourcingType::FrontOfficeBpo => tr("Business process outsourcing of customer-facing work: service, support, sales.", "Auslagerung kundennaher Geschäftsprozesse: Service, Support, Vertrieb."),
        OutsourcingType::ItOutsourcing => tr("Technology work: development, maintenance, helpdesk, infrastructure, security.", "Technologiearbeit: Entwicklung, Wartung, Helpdesk, Infrastruktur, Sicherheit."),
        OutsourcingType::Kpo => tr("Knowledge process outsourcing: providers hired for expertise and judgement, such as analytics.", "Auslagerung von Wissensprozessen: Anbieter, die für Fachwissen und Urteilsvermögen beauftragt werden, etwa Analytik."),
        OutsourcingType::Lpo => tr("Legal process outsourcing: contract review, compliance, document review.", "Auslagerung juristischer Prozesse: Vertragsprüfung, Compliance, Dokumentenprüfung."),
        OutsourcingType::Rpo => tr("Research process outsourcing: market, competitive and industry research.", "Auslagerung von Recherche: Markt-, Wettbewerbs- und Branchenrecherche."),
    }
}

/// Name of a location model.
pub fn location(m: LocationModel) -> &'static str {
    match m {
        LocationModel::Onshore => tr("Onshore", "Onshore"),
        LocationModel::Nearshore => tr("Nearshore", "Nearshore"),
        LocationModel::Hybrid => tr("Hybrid", "Hybrid"),
        LocationModel::Offshore => tr("Offshore", "Offshore"),
    }
}

/// Name of a job family.
pub fn family(f: JobFamily) -> &'static str {
    match f {
        JobFamily::ContactCentre => tr("Contact-centre agents", "Contact-Center-Agenten"),
        JobFamily::BackOffice => tr("Back-office clerks", "Sachbearbeitung im Backoffice"),
        JobFamily::ItSupport => tr("IT support and operations", "IT-Support und -Betrieb"),
        JobFamily::Software => tr("Software engineers", "Softwareentwicklung"),
        JobFamily::Finance => tr("Accounting and finance staff", "Buchhaltung und Finanzen"),
        JobFamily::Legal => tr("Legal professionals", "Juristische Fachkräfte"),
        JobFamily::Research => tr("Research and data analysts", "Research- und Datenanalyse"),
    }
}

/// Help text for a location model.
pub fn location_help(m: LocationModel) -> &'static str {
    match m {
        LocationModel::Onshore => tr("A provider in your own country: same language, law and hours; smallest saving.", "Ein Anbieter im eigenen Land: gleiche Sprache, gleiches Recht, gleiche Zeiten; die kleinste Einsparung."),
        LocationModel::Nearshore => tr("A provider in a nearby country: close time zone and culture at moderate cost.", "Ein Anbieter in einem Nachbarland: nahe Zeitzone und Kultur bei mäßigen Kosten."),
        LocationModel::Hybrid => tr("An onshore front line with a lower-cost centre behind it, or follow-the-sun cover across time zones.", "Eine Onshore-Frontlinie mit einem günstigeren Zentrum dahinter oder Follow-the-Sun-Abdeckung über Zeitzonen hinweg."),
        LocationModel::Offshore => tr("A provider in a distant, lower-cost country: largest saving, least overlap.", "Ein Anbieter in einem fernen, günstigeren Land: größte Einsparung, geringste Überschneidung."),
    }
}

/// A location note for the comparison table.
pub fn location_note(n: LocationNote) -> &'static str {
    match n {
        LocationNote::HomeAdvantage => tr("Same law, language and working day; the smallest saving.", "Gleiches Recht, gleiche Sprache, gleicher Arbeitstag; die kleinste Einsparung."),
        LocationNote::CrossBorderData => {
            tr("Data leaves the country: check transfer rules and put them in the contract.", "Daten verlassen das Land: Prüfen Sie die Übermittlungs\u{ad}regeln und nehmen Sie sie in den Vertrag auf.")
        }
        LocationNote::LittleOverlap => {
            tr("Under four hours of shared working day: plan shifted hours or hand-overs.", "Weniger als vier Stunden gemeinsamer Arbeitstag: Planen Sie verschobene Zeiten oder Übergaben.")
        }
        LocationNote::LanguageGap => {
            tr("The first example does not speak all your customers' languages.", "Das erste Beispiel spricht nicht alle Sprachen Ihrer Kunden.")
        }
        LocationNote::MoreCoordination => tr("Several sites to coordinate: more governance effort.", "Mehrere Standorte zu koordinieren: mehr Steuerungsaufwand."),
        LocationNote::TransferSafeguards => tr("No adequacy decision: personal data needs standard contractual clauses and a transfer impact assessment.", "Kein Angemessenheitsbeschluss: Personenbezogene Daten brauchen Standardvertragsklauseln und eine Transfer-Folgenabschätzung."),
        LocationNote::ServesYourMarket => tr("Already serves customers in your country by voice (analyst and trade sources).", "Bedient bereits Kunden in Ihrem Land am Telefon (Analysten- und Fachquellen)."),
        LocationNote::WeakGovernance => tr("Weak political stability or rule of law (World Bank governance indicators).", "Schwache politische Stabilität oder Rechtsstaatlichkeit (Governance-Indikatoren der Weltbank)."),
    }
}

/// Why a location is unavailable.
pub fn unavailable(u: Unavailable) -> &'static str {
    match u {
        Unavailable::Residency => tr(
            "Ruled out by your data-residency constraint.",
            "Durch Ihre Vorgabe zur Datenresidenz ausgeschlossen.",
        ),
        Unavailable::NoCheaperLocation => tr(
            "No established delivery location of this kind costs less than home.",
            "Kein etablierter Standort dieser Art kostet weniger als das Heimatland.",
        ),
    }
}

/// Why an option is excluded.
pub fn exclusion(e: Exclusion) -> &'static str {
    match e {
        Exclusion::CoreProcess => tr(
            "Not advised: this is a differentiating core process.",
            "Nicht empfohlen: Dies ist ein differenzierender Kernprozess.",
        ),
        Exclusion::NotRuleBased => tr(
            "Not advised: the work is not rule-based enough to automate.",
            "Nicht empfohlen: Die Arbeit ist nicht regelbasiert genug für eine Automatisierung.",
        ),
        Exclusion::TooSmallToShare => tr(
            "Not advised: half of this work is less than one person's, too little to share with a provider.",
            "Nicht empfohlen: Die Hälfte dieser Arbeit ist weniger als eine Stelle, zu wenig, um sie mit einem Anbieter zu teilen.",
        ),
        Exclusion::LittleToAutomate => tr(
            "Not advised as a whole: less than half of the work can be automated.",
            "Nicht als Ganzes empfohlen: Weniger als die Hälfte der Arbeit lässt sich automatisieren.",
        ),
        Exclusion::Residency => tr(
            "Ruled out by your data-residency constraint.",
            "Durch Ihre Vorgabe zur Datenresidenz ausgeschlossen.",
        ),
        Exclusion::NoCheaperLocation => tr(
            "No cheaper delivery location of this kind exists.",
            "Es gibt keinen günstigeren Standort dieser Art.",
        ),
    }
}

/// Name of a reason's driver, as the user answered it.
pub fn driver(d: Driver) -> &'static str {
    match d {
        Driver::Baseline => tr("Starting point", "Ausgangspunkt"),
        Driver::Role => tr("Strategic role", "Strategische Rolle"),
        Driver::Judgement => tr("Judgement needed", "Nötiges Urteilsvermögen"),
        Driver::RuleBased => tr("Rule-based work", "Regelbasierte Arbeit"),
        Driver::Documentation => tr("Documentation", "Dokumentation"),
        Driver::Volume => tr("Volume", "Volumen"),
        Driver::Demand => tr("Demand pattern", "Nachfrageverlauf"),
        Driver::Sensitivity => tr("Data sensitivity", "Schutzbedarf der Daten"),
        Driver::Regulations => tr("Regulations", "Regulierungen"),
        Driver::CustomerFacing => tr("Customer-facing", "Kundenkontakt"),
        Driver::Overlap => tr("Working-hour overlap", "Überschneidung der Arbeitszeit"),
        Driver::Languages => tr("Customer languages", "Kundensprachen"),
        Driver::Goal(g) => goal(g),
        Driver::RiskTolerance => tr("Risk tolerance", "Risikotoleranz"),
        Driver::VendorManagement => tr(
            "Vendor-management capacity",
            "Fähigkeit zur Anbietersteuerung",
        ),
        Driver::TransitionAppetite => tr("Appetite for transition", "Bereitschaft zur Übergabe"),
        Driver::Dependency => tr(
            "Comfort with depending on one vendor",
            "Bereitschaft, von einem Anbieter abzuhängen",
        ),
        Driver::Coverage => tr("Hours to cover", "Abzudeckende Stunden"),
        Driver::AutomationCapability => tr(
            "Your automation capability",
            "Ihre Automatisierungsfähigkeit",
        ),
        Driver::Payoff => tr(
            "Net effect over the contract term, pessimistic case",
            "Nettoeffekt über die Vertragslaufzeit, pessimistischer Fall",
        ),
    }
}

/// Name of a goal.
pub fn goal(g: Goal) -> &'static str {
    match g {
        Goal::Cost => tr("Cost reduction", "Kostensenkung"),
        Goal::Focus => tr("Focus on the core business", "Fokus auf das Kerngeschäft"),
        Goal::Expertise => tr(
            "Access to expertise and technology",
            "Zugang zu Fachwissen und Technologie",
        ),
        Goal::Scalability => tr(
            "Scalability and flexibility",
            "Skalierbarkeit und Flexibilität",
        ),
        Goal::Speed => tr("Speed", "Tempo"),
        Goal::Quality => tr("Service quality", "Servicequalität"),
        Goal::Coverage => tr("Round-the-clock coverage", "Abdeckung rund um die Uhr"),
        Goal::NewMarkets => tr("Reach into new markets", "Zugang zu neuen Märkten"),
    }
}

/// Help text for a goal.
pub fn goal_help(g: Goal) -> &'static str {
    match g {
        Goal::Cost => tr("Lower the total cost of running the process.", "Die Gesamtkosten für den Betrieb des Prozesses senken."),
        Goal::Focus => tr("Free managers and staff for what sets you apart.", "Führungskräfte und Mitarbeitende für das freisetzen, was Sie auszeichnet."),
        Goal::Expertise => tr("Get skills, tools and technology you do not have.", "Fähigkeiten, Werkzeuge und Technologie erhalten, die Sie nicht haben."),
        Goal::Scalability => tr("Grow or shrink capacity with demand, pay for what you use.", "Kapazität mit der Nachfrage wachsen oder schrumpfen lassen, nur zahlen, was Sie nutzen."),
        Goal::Speed => tr("Get work done faster, start sooner.", "Arbeit schneller erledigen, früher starten."),
        Goal::Quality => tr("Better or more consistent service.", "Besserer oder gleichmäßigerer Service."),
        Goal::Coverage => tr("Serve customers or systems 24 hours a day.", "Kunden oder Systeme 24 Stunden am Tag bedienen."),
        Goal::NewMarkets => tr("Serve customers in new countries and languages.", "Kunden in neuen Ländern und Sprachen bedienen."),
    }
}

/// Name of a strategic role.
pub fn role(r: StrategicRole) -> &'static str {
    match r {
        StrategicRole::Differentiating => tr("Core: differentiating", "Kern: differenzierend"),
        StrategicRole::Critical => tr(
            "Critical, not differentiating",
            "Kritisch, nicht differenzierend",
        ),
        StrategicRole::Supporting => tr("Supporting", "Unterstützend"),
    }
}

/// Help for a strategic role.
pub fn role_help(r: StrategicRole) -> &'static str {
    match r {
        StrategicRole::Differentiating => tr("Sets you apart from competitors, e.g. product development at a software firm or inside sales where relationships win deals.", "Hebt Sie vom Wettbewerb ab, z. B. Produktentwicklung in einem Softwarehaus oder Innendienstvertrieb, wo Beziehungen Aufträge gewinnen."),
        StrategicRole::Critical => tr("Operations stop without it, but customers do not choose you for it, e.g. payment processing or IT infrastructure.", "Ohne ihn steht der Betrieb, aber Kunden wählen Sie nicht deswegen, z. B. Zahlungsverkehr oder IT-Infrastruktur."),
        StrategicRole::Supporting => tr("Useful but routine, e.g. payroll, data entry, expense audit.", "Nützlich, aber Routine, z. B. Lohnabrechnung, Datenerfassung, Spesenprüfung."),
    }
}

/// Name of a kind of work.
pub fn work_kind(k: WorkKind) -> &'static str {
    match k {
        WorkKind::BackOffice => tr("Back office", "Backoffice"),
        WorkKind::FrontOffice => tr(
            "Front office (customer-facing)",
            "Frontoffice (mit Kundenkontakt)",
        ),
        WorkKind::It => tr("IT", "IT"),
        WorkKind::Knowledge => tr("Knowledge work", "Wissensarbeit"),
        WorkKind::Legal => tr("Legal", "Recht"),
        WorkKind::Research => tr("Research", "Recherche"),
    }
}

/// Name of a demand pattern.
pub fn demand(d: Demand) -> &'static str {
    match d {
        Demand::Steady => tr("Steady", "Gleichmäßig"),
        Demand::Seasonal => tr("Seasonal peaks", "Saisonale Spitzen"),
        Demand::Project => tr("One-off project", "Einmaliges Projekt"),
    }
}

/// Name of a sensitivity level.
pub fn sensitivity(s: Sensitivity) -> &'static str {
    match s {
        Sensitivity::Public => tr("Public", "Öffentlich"),
        Sensitivity::Internal => tr("Internal", "Intern"),
        Sensitivity::Confidential => tr(
            "Confidential (personal data)",
            "Vertraulich (personenbezogene Daten)",
        ),
        Sensitivity::Restricted => tr(
            "Restricted (health, payment, special category)",
            "Streng vertraulich (Gesundheit, Zahlungen, besondere Kategorien)",
        ),
    }
}

/// Name of a level.
pub fn level(l: Level) -> &'static str {
    match l {
        Level::Low => tr("Low", "Niedrig"),
        Level::Medium => tr("Medium", "Mittel"),
        Level::High => tr("High", "Hoch"),
    }
}

/// Name of a residency constraint.
pub fn residency(r: Residency) -> &'static str {
    match r {
        Residency::None => tr("No constraint", "Keine Vorgabe"),
        Residency::HomeCountry => tr(
            "Data must stay in our country",
            "Daten müssen in unserem Land bleiben",
        ),
        Residency::HomeRegion => tr(
            "Data must stay in our region (EU/EEA for members)",
            "Daten müssen in unserer Region bleiben (EU/EWR für Mitglieder)",
        ),
    }
}

/// Name of a regulation.
pub fn regulation(r: Regulation) -> &'static str {
    match r {
        Regulation::Gdpr => tr("GDPR", "DSGVO"),
        Regulation::Hipaa => tr("HIPAA", "HIPAA"),
        Regulation::PciDss => tr("PCI DSS", "PCI DSS"),
        Regulation::Sox => tr("SOX", "SOX"),
        Regulation::Sector => tr(
            "Sector rules (banking, insurance, public sector)",
            "Branchenregeln (Banken, Versicherungen, öffentlicher Sektor)",
        ),
    }
}

/// Name of an industry.
pub fn industry(i: Industry) -> &'static str {
    match i {
        Industry::Technology => tr("Technology", "Technologie"),
        Industry::FinancialServices => tr("Financial services", "Finanzdienstleistungen"),
        Industry::Healthcare => tr("Healthcare", "Gesundheitswesen"),
        Industry::Retail => tr("Retail and e-commerce", "Handel und E-Commerce"),
        Industry::Manufacturing => tr("Manufacturing", "Industrie und Fertigung"),
        Industry::ProfessionalServices => {
            tr("Professional services", "Beratung und Dienstleistungen")
        }
        Industry::TelecomMedia => tr("Telecom and media", "Telekommunikation und Medien"),
        Industry::TransportLogistics => tr("Transport and logistics", "Transport und Logistik"),
        Industry::PublicNonProfit => tr(
            "Public sector and non-profit",
            "Öffentlicher Sektor und Gemeinnützige",
        ),
        Industry::Other => tr("Other", "Andere"),
    }
}

/// Name of a size band.
pub fn size(s: SizeBand) -> &'static str {
    match s {
        SizeBand::Small => tr("Fewer than 50 people", "Weniger als 50 Personen"),
        SizeBand::Medium => tr("50 to 999 people", "50 bis 999 Personen"),
        SizeBand::Large => tr("1,000 people or more", "1.000 Personen oder mehr"),
    }
}

/// Name of a language.
pub fn language(l: Language) -> &'static str {
    match l {
        Language::English => tr("English", "Englisch"),
        Language::Spanish => tr("Spanish", "Spanisch"),
        Language::Portuguese => tr("Portuguese", "Portugiesisch"),
        Language::French => tr("French", "Französisch"),
        Language::German => tr("German", "Deutsch"),
        Language::Italian => tr("Italian", "Italienisch"),
        Language::Dutch => tr("Dutch", "Niederländisch"),
        Language::Polish => tr("Polish", "Polnisch"),
        Language::Romanian => tr("Romanian", "Rumänisch"),
        Language::Nordic => tr("Nordic languages", "Nordische Sprachen"),
        Language::Arabic => tr("Arabic", "Arabisch"),
        Language::Hindi => tr("Hindi", "Hindi"),
        Language::Chinese => tr("Chinese", "Chinesisch"),
        Language::Japanese => tr("Japanese", "Japanisch"),
        Language::Urdu => tr("Urdu", "Urdu"),
        Language::Other => tr("Other", "Andere"),
    }
}

/// Name of an engagement.
pub fn engagement(e: Engagement) -> &'static str {
    match e {
        Engagement::Permanent => tr("Permanent contract", "Dauerhafter Vertrag"),
        Engagement::Flexible => tr(
            "Flexible or fixed-term capacity",
            "Flexible oder befristete Kapazität",
        ),
    }
}

/// Name of a vendor strategy.
pub fn vendors(v: VendorStrategy) -> &'static str {
    match v {
        VendorStrategy::Single => tr("One vendor", "Ein Anbieter"),
        VendorStrategy::Several => tr("Several vendors", "Mehrere Anbieter"),
    }
}

/// Name of a confidence level.
pub fn confidence(c: Confidence) -> &'static str {
    match c {
        Confidence::Low => tr("Close call", "Knappe Entscheidung"),
        Confidence::Medium => tr("Fairly clear", "Recht eindeutig"),
        Confidence::High => tr("Clear", "Eindeutig"),
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
        Risk::DataSecurity => (tr("Sensitive data leaves your hands.", "Sensible Daten verlassen Ihre Hände."), tr("Require ISO 27001 or SOC 2, a data-processing agreement, least-privilege access and breach notification within 24-72 hours.", "Verlangen Sie ISO 27001 oder SOC 2, einen Auftragsverarbeitungsvertrag, Zugriff nach dem Need-to-know-Prinzip und Meldung von Vorfällen binnen 24–72 Stunden.")),
        Risk::Regulatory => (tr("Your regulations follow the data to the provider.", "Ihre Regulierungen folgen den Daten zum Anbieter."), tr("Write the regulations into the contract, keep audit rights and ask for evidence of compliance each year.", "Schreiben Sie die Regulierungen in den Vertrag, behalten Sie Prüfrechte und verlangen Sie jährlich Nachweise der Einhaltung.")),
        Risk::Dependency => (tr("It becomes hard to switch provider or bring the work back.", "Ein Anbieterwechsel oder das Zurückholen der Arbeit wird schwer."), tr("Agree exit terms and transition assistance up front, own the documentation, and consider a second vendor.", "Vereinbaren Sie Ausstiegsbedingungen und Übergabehilfe vorab, behalten Sie die Dokumentation und erwägen Sie einen zweiten Anbieter.")),
        Risk::QualityControl => (tr("Quality slips and you notice late.", "Die Qualität lässt nach, und Sie bemerken es spät."), tr("Set SLAs with consequences, sample the work weekly and run joint calibration sessions.", "Legen Sie SLAs mit Konsequenzen fest, prüfen Sie wöchentlich Stichproben und halten Sie gemeinsame Kalibrierungsrunden ab.")),
        Risk::LanguageCulture => (tr("Language and culture differ from your customers'.", "Sprache und Kultur unterscheiden sich von denen Ihrer Kunden."), tr("Test agents' language skills, train on your customers and keep an onshore escalation path.", "Testen Sie die Sprachkenntnisse der Agenten, schulen Sie sie auf Ihre Kunden und behalten Sie einen Eskalationsweg im Inland.")),
        Risk::HiddenCosts => (tr("Transition, oversight and disruption cost more than planned.", "Übergabe, Aufsicht und Störungen kosten mehr als geplant."), tr("Budget governance (4.5% of contract value on average, up to 15%) and one-off transition costs before signing.", "Planen Sie vor der Unterschrift Steuerungskosten (im Mittel 4,5 % des Vertragswerts, bis zu 15 %) und einmalige Übergabekosten ein.")),
        Risk::KnowledgeLoss => (tr("Know-how leaves with the work.", "Know-how geht mit der Arbeit."), tr("Document decisions and edge cases, run a parallel period and keep a small retained team.", "Dokumentieren Sie Entscheidungen und Sonderfälle, fahren Sie eine Parallelphase und behalten Sie ein kleines Team.")),
        Risk::StaffImpact => (tr("Staff whose work moves are affected (layoffs, morale).", "Mitarbeitende, deren Arbeit wegfällt, sind betroffen (Kündigungen, Stimmung)."), tr("Tell people early, offer redeployment or retraining, and plan retention for key people during transition.", "Informieren Sie früh, bieten Sie Versetzung oder Umschulung an und planen Sie Halteprämien für Schlüsselpersonen während der Übergabe.")),
        Risk::TimeZones => (tr("The provider's day overlaps little with yours.", "Der Tag des Anbieters überschneidet sich wenig mit Ihrem."), tr("Agree shifted hours or a fixed daily overlap window and hand-over notes.", "Vereinbaren Sie verschobene Zeiten oder ein festes tägliches Überschneidungsfenster und Übergabenotizen.")),
        Risk::NightShift => (tr("The provider covers your day with night shifts: a night premium, higher attrition and harder supervision.", "Der Anbieter deckt Ihren Tag mit Nachtschichten ab: Nachtzuschlag, höhere Fluktuation und schwierigere Aufsicht."), tr("Price the night premium into the contract, ask for the account's attrition and a named night-shift team lead, and keep a short daily overlap for hand-overs.", "Preisen Sie den Nachtzuschlag in den Vertrag ein, verlangen Sie die Fluktuation des Teams und eine benannte Nachtschichtleitung, und behalten Sie eine kurze tägliche Überschneidung für Übergaben.")),
        Risk::ProcessMaturity => (tr("The process is not documented enough to hand over or automate.", "Der Prozess ist nicht genug dokumentiert, um ihn zu übergeben oder zu automatisieren."), tr("Map and document it first; measure today's volumes and quality as the baseline.", "Erfassen und dokumentieren Sie ihn zuerst; messen Sie heutige Volumina und Qualität als Ausgangswert.")),
        Risk::AutomationExceptions => (tr("Exceptions the automation cannot handle pile up.", "Ausnahmen, die die Automatisierung nicht bewältigt, stauen sich."), tr("Route exceptions to a named team, monitor the bots daily and review the rules quarterly.", "Leiten Sie Ausnahmen an ein benanntes Team, überwachen Sie die Bots täglich und prüfen Sie die Regeln vierteljährlich.")),
        Risk::DataTransfer => (tr("Personal data goes to a country without an adequacy decision.", "Personenbezogene Daten gehen in ein Land ohne Angemessenheitsbeschluss."), tr("Sign standard contractual clauses, carry out a transfer impact assessment before the first transfer, and encrypt or pseudonymise what the provider does not need to read.", "Schließen Sie Standardvertragsklauseln, führen Sie vor der ersten Übermittlung eine Transfer-Folgenabschätzung durch und verschlüsseln oder pseudonymisieren Sie, was der Anbieter nicht lesen muss.")),
        Risk::CountryRisk => (tr("Political stability or rule of law at the delivery location is weak for sensitive or regulated work.", "Politische Stabilität oder Rechtsstaatlichkeit am Lieferstandort sind für sensible oder regulierte Arbeit schwach."), tr("Prefer a provider with a second site in a stronger market, keep the keys and the audit trail at home, and test business continuity yearly.", "Bevorzugen Sie einen Anbieter mit zweitem Standort in einem stärkeren Markt, behalten Sie Schlüssel und Prüfpfad im Inland und testen Sie die Notfallvorsorge jährlich.")),
        Risk::CapacityAndCost => (tr("Keeping it means carrying its cost and capacity limits.", "Behalten heißt, seine Kosten und Kapazitätsgrenzen zu tragen."), tr("Review it yearly: simplify and document it so that options stay open.", "Prüfen Sie ihn jährlich: Vereinfachen und dokumentieren Sie ihn, damit Optionen offen bleiben.")),
    }
}

/// A KPI and a typical SLA term for it.
pub fn kpi(k: Kpi) -> (&'static str, &'static str) {
    match k {
        Kpi::ServiceLevel => (
            tr("Service level", "Service-Level"),
            tr(
                "e.g. 80% of calls answered within 20 seconds; email within 24 hours",
                "z. B. 80 % der Anrufe binnen 20 Sekunden angenommen; E-Mails binnen 24 Stunden",
            ),
        ),
        Kpi::FirstContactResolution => (
            tr("First-contact resolution", "Lösung beim Erstkontakt"),
            tr(
                "e.g. at least 70% resolved without follow-up",
                "z. B. mindestens 70 % ohne Nachfassen gelöst",
            ),
        ),
        Kpi::CustomerSatisfaction => (
            tr("Customer satisfaction", "Kundenzufriedenheit"),
            tr(
                "e.g. CSAT of at least 85%, measured monthly",
                "z. B. CSAT von mindestens 85 %, monatlich gemessen",
            ),
        ),
        Kpi::Accuracy => (
            tr("Accuracy", "Genauigkeit"),
            tr(
                "e.g. at least 99.5% of items processed without error",
                "z. B. mindestens 99,5 % der Vorgänge fehlerfrei bearbeitet",
            ),
        ),
        Kpi::Turnaround => (
            tr("Turnaround time", "Durchlaufzeit"),
            tr(
                "e.g. 95% of items within the agreed cycle time",
                "z. B. 95 % der Vorgänge innerhalb der vereinbarten Zykluszeit",
            ),
        ),
        Kpi::OnTime => (
            tr("On-time completion", "Termintreue"),
            tr(
                "e.g. 100% of scheduled runs, closes and deadlines met on their calendar date",
                "z. B. 100 % der geplanten Läufe, Abschlüsse und Fristen zum Kalenderdatum",
            ),
        ),
        Kpi::Availability => (
            tr("Availability", "Verfügbarkeit"),
            tr(
                "e.g. 99.9% in business hours, measured monthly",
                "z. B. 99,9 % während der Geschäftszeiten, monatlich gemessen",
            ),
        ),
        Kpi::TimeToRestore => (
            tr("Time to restore", "Wiederherstellungszeit"),
            tr(
                "e.g. priority-1 incidents restored within 4 hours",
                "z. B. Störungen der Priorität 1 binnen 4 Stunden behoben",
            ),
        ),
        Kpi::Conversion => (
            tr("Conversion", "Konversion"),
            tr(
                "e.g. qualified-lead rate agreed per campaign",
                "z. B. Quote qualifizierter Leads je Kampagne vereinbart",
            ),
        ),
        Kpi::Rework => (
            tr("Rework", "Nacharbeit"),
            tr(
                "e.g. under 5% of deliverables returned for correction",
                "z. B. unter 5 % der Ergebnisse zur Korrektur zurückgegeben",
            ),
        ),
        Kpi::SecurityIncidents => (
            tr("Security incidents", "Sicherheitsvorfälle"),
            tr(
                "e.g. zero unreported incidents; notification within 24 hours",
                "z. B. keine ungemeldeten Vorfälle; Meldung binnen 24 Stunden",
            ),
        ),
        Kpi::StraightThrough => (
            tr("Straight-through rate", "Dunkelverarbeitungsquote"),
            tr(
                "e.g. at least 80% of cases completed without people",
                "z. B. mindestens 80 % der Fälle ohne Menschen abgeschlossen",
            ),
        ),
        Kpi::ExceptionRate => (
            tr("Exception rate", "Ausnahmequote"),
            tr(
                "e.g. exceptions under 10% and cleared within one working day",
                "z. B. Ausnahmen unter 10 % und binnen eines Arbeitstags erledigt",
            ),
        ),
        Kpi::AuditFindings => (
            tr("Audit findings", "Prüfungsfeststellungen"),
            tr(
                "e.g. no major findings in the yearly compliance audit",
                "z. B. keine wesentlichen Feststellungen in der jährlichen Compliance-Prüfung",
            ),
        ),
        Kpi::Attrition => (
            tr(
                "Staff attrition on the account",
                "Fluktuation im Team des Anbieters",
            ),
            tr(
                "e.g. under 30% a year, with knowledge handover for leavers",
                "z. B. unter 30 % im Jahr, mit Wissensübergabe beim Ausscheiden",
            ),
        ),
    }
}

/// A question for vendor selection.
pub fn check_item(c: CheckItem) -> &'static str {
    match c {
        CheckItem::IndustryKnowledge => tr("Do they understand our industry and needs? Ask for examples from clients like us.", "Verstehen sie unsere Branche und unseren Bedarf? Fragen Sie nach Beispielen von Kunden wie uns."),
        CheckItem::Capacity => tr("Can they meet today's volume, and show capacity to scale with us?", "Bewältigen sie das heutige Volumen und können sie Kapazität zum Mitwachsen nachweisen?"),
        CheckItem::Flexibility => tr("Can capacity flex for our peaks and projects, and at what notice and price?", "Lässt sich die Kapazität für unsere Spitzen und Projekte anpassen, mit welcher Vorlaufzeit und zu welchem Preis?"),
        CheckItem::Security => tr("Do they meet our security and privacy standards? Review their policies and access controls.", "Erfüllen sie unsere Standards für Sicherheit und Datenschutz? Prüfen Sie ihre Richtlinien und Zugriffskontrollen."),
        CheckItem::Certifications => tr("Do they hold ISO 27001 or a SOC 2 Type II report covering the delivery centres we would use?", "Haben sie ISO 27001 oder einen SOC-2-Typ-II-Bericht für die Standorte, die wir nutzen würden?"),
        CheckItem::BreachHistory => tr("Have they had a security breach? How did they respond and what changed afterwards?", "Hatten sie einen Sicherheitsvorfall? Wie haben sie reagiert, und was hat sich danach geändert?"),
        CheckItem::GdprTerms => tr("Will they sign GDPR processor terms (Article 28) and name every sub-processor and transfer mechanism?", "Unterschreiben sie einen Auftragsverarbeitungsvertrag nach Art. 28 DSGVO und nennen sie jeden Unterauftragsverarbeiter und jeden Übermittlungsmechanismus?"),
        CheckItem::Hipaa => tr("Will they sign a HIPAA business associate agreement?", "Unterschreiben sie ein HIPAA Business Associate Agreement?"),
        CheckItem::PciDss => tr("Are they PCI DSS compliant for the card data they would handle?", "Sind sie für die Kartendaten, die sie verarbeiten würden, PCI-DSS-konform?"),
        CheckItem::Sox => tr("Can they support our SOX controls, e.g. with a SOC 1 report?", "Können sie unsere SOX-Kontrollen unterstützen, z. B. mit einem SOC-1-Bericht?"),
        CheckItem::SectorRules => tr("Do they meet our sector regulator's outsourcing requirements (notification, audit access)?", "Erfüllen sie die Auslagerungsanforderungen unserer Aufsicht (Anzeige, Prüfzugang)?"),
        CheckItem::Residency => tr("Will the contract fix where data is stored and accessed, to meet our residency constraint?", "Legt der Vertrag fest, wo Daten gespeichert und abgerufen werden, gemäß unserer Vorgabe zur Datenresidenz?"),
        CheckItem::ExitTerms => tr("What are the exit terms: notice, transition assistance, return of data and documentation?", "Wie sind die Ausstiegsbedingungen: Kündigungsfrist, Übergabehilfe, Rückgabe von Daten und Dokumentation?"),
        CheckItem::MultiVendor => tr("Can they work beside another vendor under shared KPIs and hand-offs?", "Können sie neben einem anderen Anbieter mit gemeinsamen KPIs und Übergaben arbeiten?"),
        CheckItem::Languages => tr("Are agents' language skills tested in our customers' languages?", "Werden die Sprachkenntnisse der Agenten in den Sprachen unserer Kunden geprüft?"),
        CheckItem::RoundTheClock => tr("Can they deliver 24/7 or follow-the-sun cover, and from which locations?", "Können sie 24/7 oder Follow-the-Sun abdecken, und von welchen Standorten aus?"),
        CheckItem::Kpis => tr("Are they data-driven: will they report the KPIs we set, with service credits when missed?", "Arbeiten sie datengetrieben: Berichten sie die KPIs, die wir festlegen, mit Gutschriften bei Verfehlung?"),
        CheckItem::References => tr("Can we speak to two or three current clients of similar size?", "Können wir mit zwei oder drei aktuellen Kunden ähnlicher Größe sprechen?"),
        CheckItem::StepInRights => tr("Will they grant step-in rights, so that we or a provider we name can take the service over if they fail, and keep the knowledge base current for that?", "Gewähren sie Step-in-Rechte, damit wir oder ein von uns benannter Anbieter den Dienst übernehmen können, wenn sie ausfallen, und halten sie die Wissensbasis dafür aktuell?"),
        CheckItem::TransferSafeguards => tr("Which delivery countries will see our personal data, and will they sign standard contractual clauses and support our transfer impact assessment for each one without an adequacy decision?", "Welche Lieferländer sehen unsere personenbezogenen Daten, und unterzeichnen sie Standardvertragsklauseln und unterstützen unsere Transfer-Folgenabschätzung für jedes Land ohne Angemessenheitsbeschluss?"),
        CheckItem::NotPriceAlone => tr("Are we comparing track record and fit, not only price? A cheaper provider can cost more later.", "Vergleichen wir Erfahrung und Passung, nicht nur den Preis? Ein günstigerer Anbieter kann später mehr kosten."),
    }
}

/// Title and description of a roadmap wave.
pub fn wave(w: WaveKind) -> (&'static str, &'static str) {
    match w {
        WaveKind::QuickWins => (
            tr("Quick wins", "Schnelle Erfolge"),
            tr("Documented, lower-risk work and automation: show results and learn.", "Dokumentierte, risikoärmere Arbeit und Automatisierung: Ergebnisse zeigen und lernen."),
        ),
        WaveKind::Core => (
            tr("Main wave", "Hauptwelle"),
            tr("The rest of the outsourcing, with lessons from the first wave.", "Der Rest des Outsourcings, mit den Lehren aus der ersten Welle."),
        ),
        WaveKind::Complex => (
            tr("Complex changes", "Komplexe Änderungen"),
            tr("Co-sourcing and processes that need documenting first.", "Co-Sourcing und Prozesse, die zuerst dokumentiert werden müssen."),
        ),
    }
}

/// The eight steps of a BPO programme as practice guides describe them; each wave runs them.
pub const BPO_STEPS: [(Tr, Tr); 8] = [
    (
        Tr::new("Identify the need", "Bedarf klären"),
        Tr::new("Confirm the problem each process should solve and the baseline: volume, cost, quality.", "Bestätigen Sie das Problem, das jeder Prozess lösen soll, und den Ausgangswert: Volumen, Kosten, Qualität."),
    ),
    (
        Tr::new("Write the scope of work", "Leistungsbeschreibung verfassen"),
        Tr::new("Describe the process end to end, volumes, hand-offs and service levels.", "Beschreiben Sie den Prozess von Anfang bis Ende, Volumina, Übergaben und Service-Levels."),
    ),
    (
        Tr::new("Set goals and vendor strategy", "Ziele und Anbieterstrategie festlegen"),
        Tr::new("Agree the goals, KPIs and whether to use one vendor or several.", "Vereinbaren Sie Ziele, KPIs und ob ein Anbieter oder mehrere beauftragt werden."),
    ),
    (
        Tr::new("Calculate the impact", "Wirkung berechnen"),
        Tr::new("Check savings net of selection, transition and governance, and the effect on staff.", "Prüfen Sie die Einsparungen nach Auswahl, Übergabe und Steuerung sowie die Folgen für die Mitarbeitenden."),
    ),
    (
        Tr::new("Shortlist vendors", "Anbieter vorauswählen"),
        Tr::new("Use the checklist below to find three to five candidates.", "Finden Sie mit der Checkliste unten drei bis fünf Kandidaten."),
    ),
    (
        Tr::new("Request proposals", "Angebote anfordern"),
        Tr::new("Send the scope, KPIs and data-protection terms; ask for references.", "Senden Sie Leistungsbeschreibung, KPIs und Datenschutzbedingungen; fragen Sie nach Referenzen."),
    ),
    (
        Tr::new("Select and negotiate", "Auswählen und verhandeln"),
        Tr::new("Compare fit and track record, not only price; agree SLAs, exit and audit terms.", "Vergleichen Sie Passung und Erfahrung, nicht nur den Preis; vereinbaren Sie SLAs, Ausstiegs- und Prüfbedingungen."),
    ),
    (
        Tr::new("Prepare the hand-off", "Übergabe vorbereiten"),
        Tr::new("Plan knowledge transfer, a parallel run, and communication with staff and customers.", "Planen Sie Wissenstransfer, einen Parallelbetrieb und die Kommunikation mit Mitarbeitenden und Kunden."),
    ),
];

/// Name of a catalog category.
pub fn category(c: crate::content::processes::Category) -> &'static str {
    use crate::content::processes::Category::*;
    match c {
        HumanResources => tr("Human resources", "Personalwesen"),
        Finance => tr("Finance and accounting", "Finanz- und Rechnungswesen"),
        Data => tr("Data processing", "Datenverarbeitung"),
        CustomerCare => tr("Customer care", "Kundenservice"),
        SalesMarketing => tr("Sales and marketing", "Vertrieb und Marketing"),
        Technology => tr("Information technology", "Informationstechnologie"),
        KnowledgeWork => tr("Knowledge work", "Wissensarbeit"),
        LegalWork => tr("Legal", "Recht"),
        ResearchWork => tr("Research", "Recherche"),
        Operations => tr("Operations and logistics", "Betrieb und Logistik"),
    }
}

/// A level as it reads inside a sentence ("If your risk tolerance were low").
fn level_in_sentence(l: Level) -> &'static str {
    match l {
        Level::Low => tr("low", "niedrig"),
        Level::Medium => tr("medium", "mittel"),
        Level::High => tr("high", "hoch"),
    }
}

/// A single-answer change, phrased as a condition: "If judgement needed were 2 of 5".
pub fn change(c: Change) -> String {
    match lang() {
        Lang::En => change_en(c),
        Lang::De => change_de(c),
    }
}

fn change_en(c: Change) -> String {
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
        Change::DependencyTolerance { to } => format!(
            "If your comfort with depending on one vendor were {}",
            level_in_sentence(to)
        ),
        Change::Residency { to } => format!("If data residency were “{}”", residency(to)),
        Change::AutomationCapability { to } => format!(
            "If your automation capability were {}",
            level_in_sentence(to)
        ),
    }
}

fn change_de(c: Change) -> String {
    let of_max = |what: &str, v: u8| format!("Wenn {what} {v} von {SCALE_MAX} wäre");
    match c {
        Change::Process { edit } => match edit {
            ProcessEdit::Role(to) => format!("Wenn seine strategische Rolle „{}“ wäre", role(to)),
            ProcessEdit::Judgement(to) => of_max("das nötige Urteilsvermögen", to),
            ProcessEdit::RuleBased(to) => of_max("die Regelbasiertheit", to),
            ProcessEdit::Documentation(to) => of_max("seine Dokumentation", to),
            ProcessEdit::Sensitivity(to) => {
                format!("Wenn seine Daten „{}“ wären", sensitivity(to))
            }
            ProcessEdit::Demand(to) => format!("Wenn seine Nachfrage „{}“ wäre", demand(to)),
            ProcessEdit::Overlap(to) => {
                format!("Wenn er {to} Stunden Überschneidung am Tag bräuchte")
            }
            ProcessEdit::Coverage(to) => {
                format!("Wenn er {} besetzt sein müsste", coverage_in_sentence(to))
            }
            ProcessEdit::Fte(to) => format!("Wenn {} Personen ihn erledigten", readable(to)),
            ProcessEdit::AnnualCost(to) => {
                format!("Wenn er {} im Jahr kostete", readable(to))
            }
            ProcessEdit::CustomerFacing(true) => "Wenn er Kundenkontakt hätte".to_owned(),
            ProcessEdit::CustomerFacing(false) => "Wenn er keinen Kundenkontakt hätte".to_owned(),
            ProcessEdit::Kind(to) => format!("Wenn es Arbeit der Art „{}“ wäre", work_kind(to)),
            ProcessEdit::ToggleLanguage(l) => {
                format!("Wenn sich seine Kundensprachen um {} änderten", language(l))
            }
        },
        Change::Goal { goal: g, to } => {
            format!("Wenn „{}“ mit {to} von {SCALE_MAX} gewichtet wäre", goal(g))
        }
        Change::RiskTolerance { to } => {
            format!("Wenn Ihre Risikotoleranz {} wäre", level_in_sentence(to))
        }
        Change::VendorManagement { to } => format!(
            "Wenn Ihre Fähigkeit zur Anbietersteuerung {} wäre",
            level_in_sentence(to)
        ),
        Change::TransitionAppetite { to } => format!(
            "Wenn Ihre Bereitschaft zur Übergabe {} wäre",
            level_in_sentence(to)
        ),
        Change::DependencyTolerance { to } => format!(
            "Wenn Ihre Bereitschaft, von einem Anbieter abzuhängen, {} wäre",
            level_in_sentence(to)
        ),
        Change::Residency { to } => format!("Wenn die Datenresidenz „{}“ wäre", residency(to)),
        Change::AutomationCapability { to } => format!(
            "Wenn Ihre Automatisierungsfähigkeit {} wäre",
            level_in_sentence(to)
        ),
    }
}

/// Name of a coverage window.
pub fn coverage(c: Coverage) -> &'static str {
    match c {
        Coverage::BusinessHours => tr("Business hours", "Geschäftszeiten"),
        Coverage::Extended => tr(
            "Extended hours (about 16 × 5)",
            "Erweiterte Zeiten (etwa 16 × 5)",
        ),
        Coverage::AroundTheClock => tr("Round the clock (24 × 7)", "Rund um die Uhr (24 × 7)"),
    }
}

/// A coverage window as it reads inside a sentence ("staffed round the clock").
fn coverage_in_sentence(c: Coverage) -> &'static str {
    match c {
        Coverage::BusinessHours => tr("in business hours only", "nur zu Geschäftszeiten"),
        Coverage::Extended => tr("for extended hours", "zu erweiterten Zeiten"),
        Coverage::AroundTheClock => tr("round the clock", "rund um die Uhr"),
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

/// A location model's name inside a phrase: lower case in English ("2 offshore"), a
/// noun with its capital in German ("2 Offshore").
fn location_in_text(l: LocationModel) -> String {
    match super::lang::current() {
        super::lang::Lang::En => super::lang::lower(location(l)),
        super::lang::Lang::De => location(l).to_owned(),
    }
}

/// How many processes a provider would run under a location model, as the headline
/// lists them: "2 offshore".
pub fn processes_at(l: LocationModel, n: usize) -> String {
    format!("{n} {}", location_in_text(l))
}
