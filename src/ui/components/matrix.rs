//! The sourcing-matrix chart, drawn as SVG by the app: keeping control (up) against fit
//! for a provider (right), the two contrasts that decide the advice, so that each
//! process sits in its advice's quadrant. Each process is a numbered, focusable dot,
//! named in a legend beside the chart (so names never collide), with a table
//! alternative for screen readers.

use crate::content::{advice, text};
use crate::engine::digits::within;
use crate::engine::digits::{fixed, Fixed};
use crate::engine::recommend::ProcessAdvice;
use crate::ui::format;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`Matrix`].
#[derive(Properties, PartialEq, Clone)]
pub struct MatrixProps {
    /// The advice whose points to draw (shared with the advice cards, not copied).
    pub processes: Rc<[Rc<ProcessAdvice>]>,
    /// Laid out for paper: without the table form and its button (the printed report's
    /// table of every process says the same).
    #[prop_or_default]
    pub print: bool,
}

const W: f64 = 400.0;
const H: f64 = 300.0;
const PAD: f64 = 36.0;
/// Points keep clear of the quadrant labels along the top and bottom edges.
const LABEL_BAND: f64 = 24.0;
/// Radius of a dot, in chart units (a two-digit 17-unit number fits inside).
const R: f64 = 13.0;
/// Space kept between two dots.
const GAP: f64 = 2.0;

fn x(fit: f64) -> f64 {
    PAD + fit / 100.0 * (W - 2.0 * PAD)
}

fn y(control: f64) -> f64 {
    H - PAD - LABEL_BAND - control / 100.0 * (H - 2.0 * PAD - 2.0 * LABEL_BAND)
}

/// The area of the chart a quadrant's dots may be drawn in: (left, top, right, bottom).
fn quadrant_box(fit: f64, control: f64) -> (f64, f64, f64, f64) {
    let (mid_x, mid_y) = (x(50.0), y(50.0));
    let (left, right) = if fit >= 50.0 {
        (mid_x + R, W - PAD - R)
    } else {
        (PAD + R, mid_x - R)
    };
    let (top, bottom) = if control >= 50.0 {
        (PAD + LABEL_BAND + R, mid_y - R)
    } else {
        (mid_y + R, H - PAD - LABEL_BAND - R)
    };
    (left, top, right, bottom)
}

/// Where to draw each dot: at its place where it is free, else at the nearest free spot
/// of its own quadrant on a spiral around it, so that dots neither overlap nor leave
/// their quadrant. Deterministic; a dot with no free spot left keeps its place.
pub fn layout(points: &[(f64, f64)]) -> Vec<(f64, f64)> {
    let mut placed: Vec<(f64, f64)> = Vec::with_capacity(points.len());
    for &(fit, control) in points {
        let (left, top, right, bottom) = quadrant_box(fit, control);
        let home = (within(x(fit), left, right), within(y(control), top, bottom));
        // Apart by their boxes, not only their circles: a number or a focus ring never
        // touches the next dot.
        let free = |p: (f64, f64)| placed.iter().all(|q| apart(p, *q));
        let inside = |p: (f64, f64)| (left..=right).contains(&p.0) && (top..=bottom).contains(&p.1);
        // A golden-angle spiral: evenly spread candidates, nearest first. The direction
        // turns by rotating a unit vector, so no trigonometry is shipped for it.
        let mut direction = (1.0, 0.0);
        let spot = (0..400)
            .map(|k| {
                let r = 4.0 * f64::from(k).sqrt();
                let p = (home.0 + r * direction.0, home.1 + r * direction.1);
                direction = (
                    direction.0 * GOLDEN_COS - direction.1 * GOLDEN_SIN,
                    direction.0 * GOLDEN_SIN + direction.1 * GOLDEN_COS,
                );
                p
            })
            .find(|&p| inside(p) && free(p))
            .unwrap_or(home);
        placed.push(spot);
    }
    placed
}

/// Cosine and sine of the golden angle (2.39996 radians).
const GOLDEN_COS: f64 = -0.737_368_878_078_319_7;
const GOLDEN_SIN: f64 = 0.675_490_294_261_523_8;

/// Whether two dots' boxes keep [`GAP`] between them.
fn apart(a: (f64, f64), b: (f64, f64)) -> bool {
    (a.0 - b.0).abs().max((a.1 - b.1).abs()) >= 2.0 * R + GAP
}

/// The chart, its legend and its table.
#[component]
pub fn Matrix(props: &MatrixProps) -> Html {
    // The table alternative renders on request: with many processes it is large.
    let table = crate::ui::hooks::use_toggle(false);
    use crate::engine::outcome::Quadrant::*;
    let (mid_x, mid_y) = (x(50.0), y(50.0));
    let quadrant_label = |q, qx: f64, qy: f64| {
        html! {
            <text class="quadrant-label" x={fixed(qx, 0)} y={fixed(qy, 0)} text-anchor="middle">{ advice::quadrant(q) }</text>
        }
    };
    let points: Vec<(f64, f64)> = props
        .processes
        .iter()
        .map(|p| (p.matrix.fit, p.matrix.control))
        .collect();
    let spots = layout(&points);
    html! {
        <figure class="matrix">
            <div class="matrix-chart">
                <svg viewBox={format!("0 0 {} {}", Fixed(W, 0), Fixed(H, 0))} role="group" aria-label={text::MATRIX_HEADING}>
                    <rect class="plot" x={fixed(PAD, 1)} y={fixed(PAD, 1)} width={fixed(W - 2.0 * PAD, 1)} height={fixed(H - 2.0 * PAD, 1)} />
                    <line class="divider" x1={fixed(mid_x, 1)} y1={fixed(PAD, 1)} x2={fixed(mid_x, 1)} y2={fixed(H - PAD, 1)} />
                    <line class="divider" x1={fixed(PAD, 1)} y1={fixed(mid_y, 1)} x2={fixed(W - PAD, 1)} y2={fixed(mid_y, 1)} />
                    { quadrant_label(Retain, (PAD + mid_x) / 2.0, PAD + 19.0) }
                    { quadrant_label(Partner, (mid_x + W - PAD) / 2.0, PAD + 19.0) }
                    { quadrant_label(Simplify, (PAD + mid_x) / 2.0, H - PAD - 7.0) }
                    { quadrant_label(Outsource, (mid_x + W - PAD) / 2.0, H - PAD - 7.0) }
                    <text class="axis-label" x={fixed(W / 2.0, 1)} y={fixed(H - 10.0, 1)} text-anchor="middle">{ text::AXIS_FIT }{ " →" }</text>
                    <text class="axis-label" x="22" y={fixed(H / 2.0, 1)} text-anchor="middle"
                        transform={format!("rotate(-90 22 {})", Fixed(H / 2.0, 1))}>{ text::AXIS_CONTROL }{ " →" }</text>
                    { for props.processes.iter().zip(&spots).enumerate().map(|(i, (p, &(px, py)))| {
                        let label = text::matrix_point(
                            i + 1, &p.name, advice::decision(p.decision), p.matrix.control, p.matrix.fit, advice::quadrant(p.matrix.quadrant)
                        );
                        let class = classes!("point", decision_class(p.decision));
                        // The dot moves as one (a what-if moves every dot: one attribute each).
                        let at = format!("translate({} {})", Fixed(px, 1), Fixed(py, 1));
                        // Its title is its accessible name (and the pointer's tooltip): an
                        // `aria-label` repeating it would be one more write per dot per change.
                        html! {
                            <g key={&p.id} {class} transform={at} tabindex="0" role="img">
                                <title>{ label }</title>
                                <circle r={fixed(R, 0)} />
                                <text y="6" text-anchor="middle">{ i + 1 }</text>
                            </g>
                        }
                    }) }
                </svg>
                <ol class="matrix-legend" aria-label={text::MATRIX_LEGEND}>
                    { for props.processes.iter().map(|p| html! {
                        <li key={&p.id} class={decision_class(p.decision)}>
                            <span class="name">{ p.name.clone() }</span>
                            <span class="advice">{ advice::decision(p.decision) }</span>
                        </li>
                    }) }
                </ol>
            </div>
            <figcaption>{ text::MATRIX_INTRO }</figcaption>
            if !props.print {
                <button type="button" class="disclosure" aria-expanded={table.is_on().to_string()}
                    aria-controls="matrix-table" onclick={table.toggle_callback()}>{ text::MATRIX_TABLE }</button>
            }
            if table.is_on() && !props.print {
                <div class="table-scroll" tabindex="0" role="region" aria-label={text::MATRIX_TABLE}>
                    <table id="matrix-table" class="matrix-table stack">
                        <thead><tr>
                            <th scope="col">{ text::COL_PROCESS }</th>
                            <th scope="col">{ text::AXIS_CONTROL }</th>
                            <th scope="col">{ text::AXIS_FIT }</th>
                            <th scope="col">{ text::COL_QUADRANT }</th>
                            <th scope="col">{ text::COL_ADVICE }</th>
                        </tr></thead>
                        <tbody>
                            { for props.processes.iter().map(|p| html! {
                                <tr key={&p.id}>
                                    <th scope="row">{ p.name.clone() }</th>
                                    <td data-label={text::AXIS_CONTROL}>{ format::amount(p.matrix.control) }</td>
                                    <td data-label={text::AXIS_FIT}>{ format::amount(p.matrix.fit) }</td>
                                    <td data-label={text::COL_QUADRANT}>{ advice::quadrant(p.matrix.quadrant) }</td>
                                    <td data-label={text::COL_ADVICE}>{ advice::decision(p.decision) }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
        </figure>
    }
}

/// CSS class of a decision (`decision-keep` …), a static string: no formatting per render.
pub fn decision_class(d: crate::engine::Decision) -> &'static str {
    use crate::engine::Decision::*;
    match d {
        KeepInHouse => "decision-keep",
        Automate => "decision-automate",
        CoSource => "decision-cosource",
        Outsource => "decision-outsource",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Dots' boxes never overlap and dots never leave their quadrant, even when many share a place.
    #[test]
    fn dots_keep_apart_inside_their_quadrants() {
        let points: Vec<(f64, f64)> = (0..24)
            .map(|i| match i % 4 {
                0 => (52.0, 52.0),
                1 => (90.0, 10.0),
                2 => (10.0, 48.0),
                _ => (30.0 + f64::from(i), 70.0),
            })
            .collect();
        let spots = layout(&points);
        for (i, (&(fit, control), &a)) in points.iter().zip(&spots).enumerate() {
            let (left, top, right, bottom) = quadrant_box(fit, control);
            assert!(
                (left..=right).contains(&a.0) && (top..=bottom).contains(&a.1),
                "{i}: {a:?}"
            );
            for &b in &spots[..i] {
                assert!(apart(a, b), "{i}: {a:?} {b:?}");
            }
        }
        // A lone dot is drawn where its values put it.
        assert_eq!(layout(&[(75.0, 25.0)]), vec![(x(75.0), y(25.0))]);
    }
}
