//! Prints the advice for an example company, one line per process: a quick way to see
//! what a change to the model does to real advice.
//!
//! ```sh
//! cargo run --example advice                      # every example company
//! cargo run --example advice -- uk-fintech        # one of them
//! ```

use shorewise::content::companies::{self, EXAMPLES};
use shorewise::engine::recommend;

fn main() {
    let wanted: Vec<String> = std::env::args().skip(1).collect();
    for example in EXAMPLES {
        if !wanted.is_empty() && !wanted.iter().any(|w| w == example.id) {
            continue;
        }
        let Some(company) = companies::find(example.id) else {
            continue;
        };
        let r = match recommend(&company.assessment()) {
            Ok(r) => r,
            Err(e) => {
                println!("{}: {e:?}", example.id);
                continue;
            }
        };
        println!("## {} ({})", example.id, r.currency);
        for p in &r.processes {
            let countries: Vec<&str> = p.countries.iter().map(|c| c.code).collect();
            let be = p.cost.break_even_months[1].map_or("never".to_owned(), |m| format!("{m:.0}"));
            println!(
                "{:<28} {:?} {:?} [{}] {:?} vendors={:?} saving={:.0} (low {:.0}) break-even={} coverage={:.0}",
                p.name,
                p.decision,
                p.location,
                countries.join(","),
                p.confidence,
                p.vendors,
                p.cost.annual_saving.expected,
                p.cost.annual_saving.low,
                be,
                p.cost.coverage_cost.expected,
            );
            if let Some(part) = &p.automation {
                println!(
                    "{:<28} automate {:.0}% by {:?}: saving {:.0} a year, one-off {:.0}, break-even {}",
                    "",
                    part.share * 100.0,
                    part.by,
                    part.annual_saving.expected,
                    part.one_off.expected,
                    part.break_even_months.map_or("never".to_owned(), |m| format!("{m:.0}")),
                );
            }
        }
        println!();
    }
}
