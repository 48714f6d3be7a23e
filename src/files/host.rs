//! What the app tells a page that embeds it (`docs/embedding.md`), and which pages may
//! hear it. Messages are JSON objects with `source: "shorewise"` and a `type`: `ready`,
//! `resize`, `step` and `completed`. Only origins on the configured allow-list (or, when
//! none is configured, the app's own origin) receive them or may send the app theirs.

use super::json::{export, key_of, Writer};
use crate::engine::{Assessment, Recommendation};

/// Written into every message, so that a host can tell Shorewise's apart.
pub const SOURCE: &str = "shorewise";

/// What the app tells the host.
#[derive(Clone, Copy, Debug)]
pub enum Message<'a> {
    /// The app has started and listens.
    Ready,
    /// The page's content is this many CSS pixels tall.
    Resize {
        /// Height, whole pixels.
        height: u32,
    },
    /// The user moved to a screen (`company`, `results`…).
    Step {
        /// The screen's name.
        step: &'a str,
    },
    /// The advice is on screen: its summary, and the answers when the site allows it.
    Completed {
        /// The advice.
        advice: &'a Recommendation,
        /// The answers, when they may be sent.
        answers: Option<&'a Assessment>,
    },
}

impl Message<'_> {
    /// The message as JSON text.
    pub fn json(&self) -> String {
        let mut w = Writer::default();
        w.open('{');
        w.key("source");
        w.string(SOURCE);
        w.key("type");
        match *self {
            Message::Ready => w.string("ready"),
            Message::Resize { height } => {
                w.string("resize");
                w.key("height");
                w.raw(&height.to_string());
            }
            Message::Step { step } => {
                w.string("step");
                w.key("step");
                w.string(step);
            }
            Message::Completed { advice, answers } => {
                w.string("completed");
                completed(&mut w, advice);
                if let Some(a) = answers {
                    w.key("answers");
                    w.raw(&export(a));
                }
            }
        }
        w.close('}');
        w.finish()
    }
}

/// The summary of the advice: per process what to do and where, and the totals.
fn completed(w: &mut Writer, r: &Recommendation) {
    w.key("currency");
    w.string(r.currency);
    let p = &r.portfolio;
    w.key("annual_saving");
    range(w, p.annual_saving.low, p.annual_saving.high);
    w.key("one_off");
    range(w, p.one_off.low, p.one_off.high);
    w.key("break_even_months");
    match p.break_even_months[1] {
        Some(m) => w.number(m.ceil()),
        None => w.raw("null"),
    }
    w.key("processes");
    w.open('[');
    for advice in &r.processes {
        w.element();
        w.open('{');
        w.key("id");
        w.string(&advice.id.to_string());
        w.key("name");
        w.string(&advice.name);
        w.key("decision");
        w.string(&key_of(&advice.decision));
        w.key("kind");
        w.string(&key_of(&advice.kind));
        w.key("location");
        match advice.location {
            Some(l) => w.string(&key_of(&l)),
            None => w.raw("null"),
        }
        w.key("countries");
        w.raw("[");
        for (i, c) in advice.countries.iter().enumerate() {
            if i > 0 {
                w.raw(", ");
            }
            w.string(c.code);
        }
        w.raw("]");
        w.key("confidence");
        w.string(&key_of(&advice.confidence));
        w.close('}');
    }
    w.close(']');
}

/// A money range as the page shows it: the smallest and the largest of its two cases,
/// whole units of the currency. (A one-off cost's pessimistic case is its largest, so
/// the cases alone would come out high before low.)
fn range(w: &mut Writer, a: f64, b: f64) {
    w.open('{');
    w.key("low");
    w.number(a.min(b).round());
    w.key("high");
    w.number(a.max(b).round());
    w.close('}');
}

/// The pages allowed to talk with the app: the configured origins, or the app's own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hosts {
    origins: Vec<String>,
}

impl Hosts {
    /// The configured allow-list (see `config::Embed::origins`), or the app's own
    /// origin when it is empty.
    pub fn new(configured: &[String], own: &str) -> Self {
        let origins = if configured.is_empty() {
            vec![own.to_owned()]
        } else {
            configured.to_vec()
        };
        Self { origins }
    }

    /// Whether a page of this origin may hear the app and be heard by it.
    pub fn allow(&self, origin: &str) -> bool {
        self.origins.iter().any(|o| o == "*" || o == origin)
    }

    /// Where to send messages, knowing what the browser tells of the embedding page
    /// (its origin, from the referrer; empty when unknown): that page when it is allowed;
    /// with it unknown, the only allowed origin (the browser delivers nothing to any
    /// other page) or, with `*` allowed, any page. `None`: wait until the page
    /// introduces itself.
    pub fn target(&self, embedder: &str) -> Option<String> {
        if !embedder.is_empty() {
            return self.allow(embedder).then(|| embedder.to_owned());
        }
        if self.origins.iter().any(|o| o == "*") {
            return Some("*".to_owned());
        }
        match self.origins.as_slice() {
            [only] => Some(only.clone()),
            _ => None,
        }
    }
}

/// The origin of an address (`https://intranet.example.com/page` →
/// `https://intranet.example.com`), or empty when it has none.
pub fn origin_of(address: &str) -> String {
    let Some((scheme, rest)) = address.split_once("://") else {
        return String::new();
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    super::config::origin(&format!("{scheme}://{authority}")).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{examples, recommend};

    fn parse(text: &str) -> serde_json::Value {
        serde_json::from_str(text).expect("messages are JSON")
    }

    #[test]
    fn messages_are_json_objects_named_by_type() {
        let ready = parse(&Message::Ready.json());
        assert_eq!(ready["source"], "shorewise");
        assert_eq!(ready["type"], "ready");
        let resize = parse(&Message::Resize { height: 812 }.json());
        assert_eq!(
            (resize["type"].as_str(), resize["height"].as_u64()),
            (Some("resize"), Some(812))
        );
        let step = parse(&Message::Step { step: "re\"view" }.json());
        assert_eq!(step["step"], "re\"view");
    }

    #[test]
    fn completed_summarises_the_advice_and_carries_answers_only_when_allowed() {
        let a = examples::with_processes(5);
        let r = recommend(&a).expect("valid");
        let without = parse(
            &Message::Completed {
                advice: &r,
                answers: None,
            }
            .json(),
        );
        assert_eq!(without["type"], "completed");
        assert!(
            without.get("answers").is_none(),
            "no answers unless allowed"
        );
        let processes = without["processes"].as_array().expect("a list");
        assert_eq!(processes.len(), r.processes.len());
        for (sent, advice) in processes.iter().zip(&r.processes) {
            assert_eq!(sent["name"], &*advice.name);
            assert_eq!(sent["decision"], key_of(&advice.decision).as_str());
            assert_eq!(
                sent["location"].as_str().map(str::to_owned),
                advice.location.map(|l| key_of(&l))
            );
            assert_eq!(
                sent["countries"].as_array().map(Vec::len),
                Some(advice.countries.len())
            );
        }
        assert_eq!(without["currency"], r.currency);
        // Ranges as the page shows them, smallest first: a one-off cost's pessimistic
        // case is its largest.
        let one_off = r.portfolio.one_off;
        assert!(
            one_off.low > one_off.high,
            "the example has a one-off cost range"
        );
        assert_eq!(
            (
                without["one_off"]["low"].as_f64(),
                without["one_off"]["high"].as_f64()
            ),
            (Some(one_off.high.round()), Some(one_off.low.round()))
        );
        assert_eq!(
            without["annual_saving"]["high"].as_f64(),
            Some(r.portfolio.annual_saving.high.round())
        );
        let with = parse(
            &Message::Completed {
                advice: &r,
                answers: Some(&a),
            }
            .json(),
        );
        let answers = serde_json::to_string(&with["answers"]).expect("text");
        assert_eq!(
            super::super::json::import(&answers),
            Ok(a),
            "the answers read back whole"
        );
    }

    #[test]
    fn only_allowed_pages_are_heard_and_told() {
        let own = Hosts::new(&[], "https://app.example");
        assert!(own.allow("https://app.example"));
        assert!(!own.allow("https://intranet.example"));
        assert_eq!(own.target(""), Some("https://app.example".into()));
        assert_eq!(own.target("https://evil.example"), None);

        let listed = Hosts::new(
            &["https://a.example".into(), "https://b.example".into()],
            "https://app.example",
        );
        assert!(
            !listed.allow("https://app.example"),
            "a list replaces the default"
        );
        assert_eq!(
            listed.target("https://b.example"),
            Some("https://b.example".into())
        );
        assert_eq!(listed.target("https://c.example"), None);
        assert_eq!(
            listed.target(""),
            None,
            "unknown embedder: wait for it to say hello"
        );

        let any = Hosts::new(&["*".into()], "https://app.example");
        assert!(any.allow("https://c.example"));
        assert_eq!(
            any.target("https://c.example"),
            Some("https://c.example".into())
        );
        assert_eq!(any.target(""), Some("*".into()), "`*` only when configured");
    }

    #[test]
    fn the_origin_of_an_address() {
        assert_eq!(
            origin_of("https://Intranet.example.com/tools/x?y#z"),
            "https://intranet.example.com"
        );
        assert_eq!(
            origin_of("http://127.0.0.1:4176/host.html"),
            "http://127.0.0.1:4176"
        );
        assert_eq!(origin_of(""), "");
        assert_eq!(origin_of("about:blank"), "");
    }
}
