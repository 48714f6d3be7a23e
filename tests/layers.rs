//! The crate's floors depend one way: the vocabulary of answers and advice (`vocab`) on
//! nothing, the knowledge base (`content`) on the vocabulary, the engine's logic on both,
//! and only the files and the interface on the engine; nothing below the interface
//! touches the browser. Read from the sources, so a stray `use` fails here.

use std::fs;
use std::path::{Path, PathBuf};

fn sources(dir: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(dir)];
    while let Some(d) = stack.pop() {
        for entry in fs::read_dir(&d).expect("a source folder") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    assert!(!out.is_empty(), "no sources under src/{dir}");
    out
}

/// Every line of code (not comment) under `src/{dir}` that names one of `forbidden`.
fn offending(dir: &str, forbidden: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    for path in sources(dir) {
        let text = fs::read_to_string(&path).expect("a readable source");
        for (n, line) in text.lines().enumerate() {
            let code = line.trim_start();
            if code.starts_with("//") {
                continue;
            }
            for f in forbidden {
                if code.contains(f) {
                    out.push(format!("{}:{}: {}", path.display(), n + 1, code));
                }
            }
        }
    }
    out
}

const BROWSER: [&str; 5] = ["yew::", "web_sys", "gloo", "js_sys", "wasm_bindgen"];

#[test]
fn layers_depend_one_way() {
    let above_vocab = [
        "crate::content",
        "crate::engine",
        "crate::files",
        "crate::ui",
        "crate::web",
    ];
    let vocab: Vec<&str> = above_vocab.iter().chain(BROWSER.iter()).copied().collect();
    assert_eq!(offending("vocab", &vocab), Vec::<String>::new());
    let content: Vec<&str> = above_vocab[1..]
        .iter()
        .chain(BROWSER.iter())
        .copied()
        .collect();
    assert_eq!(offending("content", &content), Vec::<String>::new());
    let engine: Vec<&str> = above_vocab[2..]
        .iter()
        .chain(BROWSER.iter())
        .copied()
        .collect();
    assert_eq!(offending("engine", &engine), Vec::<String>::new());
}

#[test]
fn the_check_sees_a_real_dependency() {
    // The engine stands on the knowledge base: the same scan finds it doing so, so an
    // empty list above means no dependency, not a scan that reads nothing.
    assert!(!offending("engine", &["crate::content"]).is_empty());
    assert!(offending("engine", &["crate::content"])
        .iter()
        .all(|l| !l.contains(": //")));
}
