//! Browser component tests (wasm-bindgen-test in headless Chromium): mount a component,
//! act through the DOM, flush Yew's scheduler, assert on what a user would see.
#![cfg(target_arch = "wasm32")]

use shorewise::engine::{examples, recommend};
use shorewise::ui::components::{Matrix, NumberField, ScaleField};
use shorewise::ui::App;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh element to mount a component into.
fn root() -> Element {
    let div = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&div).unwrap();
    div
}

fn query(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
}

fn type_into(input: &HtmlInputElement, text: &str) {
    input.set_value(text);
    let event = web_sys::InputEvent::new("input").unwrap();
    input.dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn app_opens_on_the_welcome_screen_and_starts_the_questionnaire() {
    let window = web_sys::window().unwrap();
    window.location().set_hash("").unwrap();
    let root = root();
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    assert_eq!(query(&root, "h1").text_content().unwrap(), "Shorewise");
    let start: HtmlElement = query(&root, "a.button.primary").dyn_into().unwrap();
    assert_eq!(start.text_content().unwrap(), "Start the assessment");
    start.click();
    yew::scheduler::flush().await;
    assert_eq!(query(&root, "h1").text_content().unwrap(), "Your company");
    assert!(window.location().hash().unwrap().ends_with("/company"));
    // The progress indicator names every step and marks the current one.
    let steps = root.query_selector_all(".progress li").unwrap();
    assert_eq!(steps.length(), 6);
    assert_eq!(
        query(&root, "[aria-current=step]").text_content().unwrap(),
        "1Company"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn number_field_reports_valid_values_and_flags_invalid_text() {
    let values = Rc::new(RefCell::new(Vec::<f64>::new()));
    let validity = Rc::new(RefCell::new(Vec::<bool>::new()));
    let props = yew::props!(shorewise::ui::components::NumberProps {
        id: "fte",
        label: "People",
        value: 2.0,
        min: 0.01,
        max: 100.0,
        error: "Enter a number between 0.01 and 100.",
        onchange: {
            let v = values.clone();
            Callback::from(move |x| v.borrow_mut().push(x))
        },
        onvalidity: {
            let v = validity.clone();
            Callback::from(move |x| v.borrow_mut().push(x))
        },
    });
    let root = root();
    let app = yew::Renderer::<NumberField>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    let input: HtmlInputElement = query(&root, "input").dyn_into().unwrap();
    assert_eq!(input.value(), "2");

    type_into(&input, "abc");
    yew::scheduler::flush().await;
    assert_eq!(
        query(&root, ".error").text_content().unwrap(),
        "That is not a number. Enter a number between 0.01 and 100."
    );
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(*validity.borrow(), vec![true]);

    // A decimal comma is read as one (never as fifteen), whatever the page's style.
    type_into(&input, "1,5");
    yew::scheduler::flush().await;
    assert!(root.query_selector(".error").unwrap().is_none());
    assert_eq!(*values.borrow(), vec![1.5]);
    assert_eq!(*validity.borrow(), vec![true, false]);
    // What the user typed stays as typed.
    assert_eq!(input.value(), "1,5");

    type_into(&input, "15");
    yew::scheduler::flush().await;
    assert!(root.query_selector(".error").unwrap().is_none());
    assert_eq!(*values.borrow(), vec![1.5, 15.0]);
    assert_eq!(*validity.borrow(), vec![true, false]);

    type_into(&input, "1000");
    yew::scheduler::flush().await;
    assert!(
        root.query_selector(".error").unwrap().is_some(),
        "out of range is invalid"
    );
    assert_eq!(
        *values.borrow(),
        vec![1.5, 15.0, 2.0],
        "invalid text takes the answers back to the value last confirmed (2), never keeps a passing one"
    );
    assert_eq!(*validity.borrow(), vec![true, false, true]);

    // Leaving the field while invalid withdraws its error, so no step stays blocked.
    app.destroy();
    yew::scheduler::flush().await;
    assert_eq!(*validity.borrow(), vec![true, false, true, false]);
    root.remove();
}

#[wasm_bindgen_test]
async fn scale_field_is_a_labelled_radio_group_that_reports_the_chosen_value() {
    let chosen = Rc::new(RefCell::new(None::<u8>));
    let props = yew::props!(shorewise::ui::components::ScaleProps {
        id: "goal-cost",
        legend: "Cost reduction",
        labels: shorewise::content::text::WEIGHT_LABELS,
        value: 3,
        onchange: {
            let c = chosen.clone();
            Callback::from(move |v| *c.borrow_mut() = Some(v))
        },
    });
    let root = root();
    yew::Renderer::<ScaleField>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    assert_eq!(
        query(&root, "legend").text_content().unwrap(),
        "Cost reduction"
    );
    let radios = root.query_selector_all("input[type=radio]").unwrap();
    assert_eq!(radios.length(), 6);
    let checked: HtmlInputElement = query(&root, "input:checked").dyn_into().unwrap();
    assert_eq!(checked.value(), "3");
    let five: HtmlInputElement = radios.item(5).unwrap().dyn_into().unwrap();
    five.click();
    yew::scheduler::flush().await;
    assert_eq!(*chosen.borrow(), Some(5));
    root.remove();
}

#[wasm_bindgen_test]
async fn matrix_draws_one_focusable_labelled_point_per_process_and_a_table() {
    let rec = recommend(&examples::us_software()).unwrap();
    let n = rec.processes.len();
    let props = yew::props!(shorewise::ui::components::MatrixProps {
        processes: rec
            .processes
            .iter()
            .cloned()
            .map(Rc::new)
            .collect::<Rc<[_]>>(),
    });
    let root = root();
    yew::Renderer::<Matrix>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    let points = root.query_selector_all("svg g.point").unwrap();
    assert_eq!(points.length() as usize, n);
    let first: Element = points.item(0).unwrap().dyn_into().unwrap();
    assert_eq!(first.get_attribute("tabindex").as_deref(), Some("0"));
    // An image named by its title (no aria-label repeating it).
    assert_eq!(first.get_attribute("role").as_deref(), Some("img"));
    assert_eq!(first.get_attribute("aria-label"), None);
    let label = query(&first, "title").text_content().unwrap_or_default();
    assert!(label.starts_with(&*rec.processes[0].name), "{label}");
    // The table alternative renders on request.
    assert!(root.query_selector("table").unwrap().is_none());
    let show: HtmlElement = query(&root, "button.disclosure").dyn_into().unwrap();
    assert_eq!(
        show.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    show.click();
    yew::scheduler::flush().await;
    assert_eq!(show.get_attribute("aria-expanded").as_deref(), Some("true"));
    assert_eq!(
        root.query_selector_all("table tbody tr").unwrap().length() as usize,
        n
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn crash_panel_replaces_a_broken_page_with_a_message_and_a_reload_button() {
    let root = root();
    root.set_inner_html("<p>half-rendered app</p>");
    shorewise::web::render_crash_panel(&root);
    assert_eq!(
        query(&root, "[role=alert] h1").text_content().unwrap(),
        "Something went wrong"
    );
    assert!(query(&root, "p")
        .text_content()
        .unwrap()
        .contains("Reload the page"));
    assert_eq!(query(&root, "button").text_content().unwrap(), "Reload");
    assert!(!root.inner_html().contains("half-rendered"));
    root.remove();
}

/// Decimal numbers read by the browser's parser agree with Rust's, to the bit, on the
/// hard cases (halfway points, the smallest and largest numbers, long mantissas).
#[wasm_bindgen_test]
fn the_browsers_shortest_numbers_agree_with_rusts() {
    use shorewise::files::shortest;
    // Between 10⁻⁶ and 10²¹, where every value Shorewise writes lies: hard cases
    // (halfway digits, the largest exact integers, 0.1 + 0.2) and a pseudo-random sweep.
    let mut values = vec![
        0.0,
        -0.0,
        0.1,
        0.30000000000000004,
        43.539550000000006,
        -128883894543941.69,
        9_007_199_254_740_993.0,
        1e20,
        1.5e-6,
        123456.789,
        5e-6,
        2.675,
    ];
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..2000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let v = f64::from_bits(x);
        if v.is_finite() && (1e-6..1e21).contains(&v.abs()) {
            values.push(v);
        }
        values.push((x % 10_000_000) as f64 / 1000.0);
    }
    for v in values {
        let (ours, rust) = (shortest(v), format!("{v}"));
        // It reads back exactly, in as few digits as Rust's. Where two shortest texts are
        // equally near (a 17-digit value ending in a quarter), the browser picks the even
        // last digit and Rust the upper one: both read back the same.
        assert_eq!(shorewise::files::decimal(&ours), Some(v), "{v:?}: {ours}");
        assert_eq!(
            ours.trim_start_matches('-').len(),
            rust.trim_start_matches('-').len(),
            "{v:?}: {ours} vs {rust}"
        );
    }
    // Numbers as people type them (at most 15 digits) are written exactly as Rust writes them.
    for v in [
        0.1,
        2.675,
        19.08,
        1234.5,
        0.0035,
        120_000.0,
        7.25,
        99_999_999_999.99,
        3e-6,
    ] {
        assert_eq!(shortest(v), format!("{v}"), "{v:?}");
    }
}

#[wasm_bindgen_test]
fn the_browsers_number_parser_agrees_with_rusts() {
    use shorewise::files::decimal;
    for text in [
        "0",
        "-0",
        "0.1",
        "6.5",
        ".5",
        "5.",
        "+12",
        "1e5",
        "2.5E-3",
        "1e23",
        "8.5e-323",
        "9007199254740993",
        "2.2250738585072011e-308",
        "2.2250738585072014e-308",
        "4.9406564584124654e-324",
        "1.7976931348623157e308",
        "1e400",
        "-1e400",
        "123456789012345678901234567890",
        "0.30000000000000004",
        "7.038531e-26",
        "1.00000000000000011102230246251565404236316680908203125",
    ] {
        let rust: f64 = text.parse().unwrap();
        let browser = decimal(text).unwrap();
        assert_eq!(browser.to_bits(), rust.to_bits(), "{text}");
    }
    for text in [
        "", "-", ".", "e5", "1e", "1.2.3", "12abc", "0x10", "inf", "NaN", " 1", "1,5",
    ] {
        assert_eq!(decimal(text), None, "{text}");
    }
}
