//! The sourcing-matrix chart, drawn as SVG by the app: strategic importance (up) against
//! outsourcing fit (right), each process a focusable, labelled point, with a table
//! alternative for screen readers and small screens.

use crate::content::{advice, text};
use crate::engine::recommend::ProcessAdvice;
use crate::ui::format;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`Matrix`].
#[derive(Properties, PartialEq, Clone)]
pub struct MatrixProps {
    /// The advice whose points to draw.
    pub processes: Rc<Vec<ProcessAdvice>>,
    /// Show the table form without a button (in print).
    #[prop_or_default]
    pub table_open: bool,
}

const W: f64 = 400.0;
const H: f64 = 300.0;
const PAD: f64 = 36.0;

fn x(fit: f64) -> f64 {
    PAD + fit / 100.0 * (W - 2.0 * PAD)
}

/// Points keep clear of the quadrant labels along the top and bottom edges.
const LABEL_BAND: f64 = 22.0;

fn y(importance: f64) -> f64 {
    H - PAD - LABEL_BAND - importance / 100.0 * (H - 2.0 * PAD - 2.0 * LABEL_BAND)
}

/// The chart and its table.
#[component]
pub fn Matrix(props: &MatrixProps) -> Html {
    // The table alternative renders on request: with many processes it is large.
    let table = crate::ui::hooks::use_toggle(false);
    use crate::engine::outcome::Quadrant::*;
    let (mid_x, mid_y) = (x(50.0), H / 2.0);
    let quadrant_label = |q, qx: f64, qy: f64| {
        html! {
            <text class="quadrant-label" x={format!("{qx:.0}")} y={format!("{qy:.0}")} text-anchor="middle">{ advice::quadrant(q) }</text>
        }
    };
    html! {
        <figure class="matrix">
            <svg viewBox={format!("0 0 {W} {H}")} role="group" aria-label={text::MATRIX_HEADING}>
                <rect class="plot" x={PAD.to_string()} y={PAD.to_string()} width={(W - 2.0 * PAD).to_string()} height={(H - 2.0 * PAD).to_string()} />
                <line class="divider" x1={mid_x.to_string()} y1={PAD.to_string()} x2={mid_x.to_string()} y2={(H - PAD).to_string()} />
                <line class="divider" x1={PAD.to_string()} y1={mid_y.to_string()} x2={(W - PAD).to_string()} y2={mid_y.to_string()} />
                { quadrant_label(Retain, (PAD + mid_x) / 2.0, PAD + 14.0) }
                { quadrant_label(Partner, (mid_x + W - PAD) / 2.0, PAD + 14.0) }
                { quadrant_label(Simplify, (PAD + mid_x) / 2.0, H - PAD - 6.0) }
                { quadrant_label(Outsource, (mid_x + W - PAD) / 2.0, H - PAD - 6.0) }
                <text class="axis-label" x={(W / 2.0).to_string()} y={(H - 8.0).to_string()} text-anchor="middle">{ text::AXIS_FIT }{ " →" }</text>
                <text class="axis-label" x="12" y={(H / 2.0).to_string()} text-anchor="middle"
                    transform={format!("rotate(-90 12 {})", H / 2.0)}>{ text::AXIS_IMPORTANCE }{ " →" }</text>
                { for props.processes.iter().enumerate().map(|(i, p)| {
                    // A small deterministic offset keeps identical points apart.
                    let nudge = (i % 5) as f64 * 3.0 - 6.0;
                    let (px, py) = (x(p.matrix.fit) + nudge, y(p.matrix.importance) - nudge);
                    let label = text::matrix_point(
                        &p.name, advice::decision(p.decision), p.matrix.importance, p.matrix.fit, advice::quadrant(p.matrix.quadrant)
                    );
                    let class = classes!("point", format!("decision-{}", decision_class(p.decision)));
                    html! {
                        <g key={p.id.to_string()} {class} tabindex="0" role="img" aria-label={label.clone()}>
                            <title>{ label }</title>
                            <circle cx={format!("{px:.1}")} cy={format!("{py:.1}")} r="6" />
                            if p.matrix.fit > 60.0 {
                                <text x={format!("{:.1}", px - 9.0)} y={format!("{:.1}", py + 4.0)} text-anchor="end">{ short(&p.name) }</text>
                            } else {
                                <text x={format!("{:.1}", px + 9.0)} y={format!("{:.1}", py + 4.0)}>{ short(&p.name) }</text>
                            }
                        </g>
                    }
                }) }
            </svg>
            <figcaption>{ text::MATRIX_INTRO }</figcaption>
            if !props.table_open {
                <button type="button" class="disclosure" aria-expanded={table.is_on().to_string()}
                    aria-controls="matrix-table" onclick={table.toggle_callback()}>{ text::MATRIX_TABLE }</button>
            }
            if table.is_on() || props.table_open {
                <div class="table-scroll">
                    <table id="matrix-table" class="matrix-table">
                        <thead><tr>
                            <th scope="col">{ text::COL_PROCESS }</th>
                            <th scope="col">{ text::AXIS_IMPORTANCE }</th>
                            <th scope="col">{ text::AXIS_FIT }</th>
                            <th scope="col">{ text::COL_QUADRANT }</th>
                            <th scope="col">{ text::COL_ADVICE }</th>
                        </tr></thead>
                        <tbody>
                            { for props.processes.iter().map(|p| html! {
                                <tr key={p.id.to_string()}>
                                    <th scope="row">{ p.name.clone() }</th>
                                    <td>{ format::amount(p.matrix.importance) }</td>
                                    <td>{ format::amount(p.matrix.fit) }</td>
                                    <td>{ advice::quadrant(p.matrix.quadrant) }</td>
                                    <td>{ advice::decision(p.decision) }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
        </figure>
    }
}

/// CSS class suffix of a decision.
pub fn decision_class(d: crate::engine::Decision) -> &'static str {
    use crate::engine::Decision::*;
    match d {
        KeepInHouse => "keep",
        Automate => "automate",
        CoSource => "cosource",
        Outsource => "outsource",
    }
}

fn short(name: &str) -> String {
    const MAX: usize = 18;
    if name.chars().count() <= MAX {
        name.to_owned()
    } else {
        let cut: String = name.chars().take(MAX - 1).collect();
        format!("{}…", cut.trim_end())
    }
}
