//! A plain document (headings, paragraphs, lists and tables of text) that the page
//! shows as HTML and the Markdown writer saves, so that what a buyer prints and what
//! they edit say the same thing.

/// A block of a document.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// A heading at a level from 1 (the title) to 3.
    Heading(u8, String),
    /// A paragraph.
    Paragraph(String),
    /// A bulleted list.
    List(Vec<String>),
    /// A table: its header cells and rows of cells.
    Table(Vec<String>, Vec<Vec<String>>),
}

/// A document: blocks in reading order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Doc {
    /// The blocks.
    pub blocks: Vec<Block>,
}

impl Doc {
    /// Adds a heading.
    pub fn heading(&mut self, level: u8, text: impl Into<String>) {
        self.blocks.push(Block::Heading(level, text.into()));
    }

    /// Adds a paragraph.
    pub fn paragraph(&mut self, text: impl Into<String>) {
        self.blocks.push(Block::Paragraph(text.into()));
    }

    /// Adds a list, unless it has no item.
    pub fn list(&mut self, items: Vec<String>) {
        if !items.is_empty() {
            self.blocks.push(Block::List(items));
        }
    }

    /// Adds a table, unless it has no row.
    pub fn table(&mut self, head: Vec<String>, rows: Vec<Vec<String>>) {
        if !rows.is_empty() {
            self.blocks.push(Block::Table(head, rows));
        }
    }
}

/// The document as Markdown (CommonMark with GitHub's tables), with line ends of `\r\n`
/// so that it also reads right in Windows' Notepad. Text is escaped so that a user's
/// process name can neither start a heading, list or link nor break a table or emphasis.
pub fn markdown(doc: &Doc) -> String {
    let mut out = String::new();
    for block in &doc.blocks {
        match block {
            Block::Heading(level, text) => {
                let marks = "#".repeat(usize::from((*level).clamp(1, 6)));
                line(&mut out, &format!("{marks} {}", inline(text)));
            }
            Block::Paragraph(text) => line(&mut out, &escaped(text)),
            Block::List(items) => {
                for item in items {
                    out.push_str("- ");
                    out.push_str(&escaped(item));
                    out.push_str("\r\n");
                }
            }
            Block::Table(head, rows) => {
                let row = |cells: &[String]| {
                    let cells: Vec<String> = cells.iter().map(|c| inline(c)).collect();
                    format!("| {} |", cells.join(" | "))
                };
                out.push_str(&row(head));
                out.push_str("\r\n");
                out.push_str(&format!("|{}", "---|".repeat(head.len())));
                out.push_str("\r\n");
                for r in rows {
                    out.push_str(&row(r));
                    out.push_str("\r\n");
                }
            }
        }
        out.push_str("\r\n");
    }
    out
}

/// The document as HTML for the page: its headings `shift` levels down (at most
/// `h6`), the first heading with the id `id`; tables with a header row, each row headed
/// by its first cell and every other cell labelled by its column (`data-label`, for
/// tables stacked on a phone). All text is escaped. One string rather than a tree of
/// components: the page only shows it.
pub fn html(doc: &Doc, shift: u8, id: &str) -> String {
    let mut out = String::new();
    let mut first = true;
    for block in &doc.blocks {
        match block {
            Block::Heading(level, text) => {
                let n = (level + shift).clamp(1, 6).to_string();
                out.push_str("<h");
                out.push_str(&n);
                if std::mem::take(&mut first) {
                    out.push_str(" id=\"");
                    escape_html(&mut out, id);
                    out.push('"');
                }
                out.push('>');
                escape_html(&mut out, text);
                out.push_str("</h");
                out.push_str(&n);
                out.push('>');
            }
            Block::Paragraph(text) => element(&mut out, "p", text),
            Block::List(items) => {
                out.push_str("<ul>");
                for item in items {
                    element(&mut out, "li", item);
                }
                out.push_str("</ul>");
            }
            Block::Table(head, rows) => {
                out.push_str("<table class=\"stack\"><thead><tr>");
                for h in head {
                    out.push_str("<th scope=\"col\">");
                    escape_html(&mut out, h);
                    out.push_str("</th>");
                }
                out.push_str("</tr></thead><tbody>");
                for row in rows {
                    out.push_str("<tr>");
                    for (i, (cell, label)) in row.iter().zip(head).enumerate() {
                        if i == 0 {
                            out.push_str("<th scope=\"row\">");
                            escape_html(&mut out, cell);
                            out.push_str("</th>");
                        } else {
                            out.push_str("<td data-label=\"");
                            escape_html(&mut out, label);
                            out.push_str("\">");
                            escape_html(&mut out, cell);
                            out.push_str("</td>");
                        }
                    }
                    out.push_str("</tr>");
                }
                out.push_str("</tbody></table>");
            }
        }
    }
    out
}

/// `<tag>text</tag>`, the text escaped.
fn element(out: &mut String, tag: &str, text: &str) {
    out.push('<');
    out.push_str(tag);
    out.push('>');
    escape_html(out, text);
    out.push_str("</");
    out.push_str(tag);
    out.push('>');
}

/// Text as HTML shows it, in element content and in quoted attributes.
fn escape_html(out: &mut String, text: &str) {
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(ch),
        }
    }
}

/// A line followed by its line end.
fn line(out: &mut String, text: &str) {
    out.push_str(text);
    out.push_str("\r\n");
}

/// Text that starts a line as Markdown shows it literally: as [`inline`], and at the
/// start what would open a quote (`>`), or a heading or list (`#`, `-`, `+`, or digits
/// with `.` or `)`) when a space follows.
fn escaped(text: &str) -> String {
    let text = text.trim_start();
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let marker = match text.as_bytes().get(digits) {
        Some(b'.' | b')') if digits > 0 => Some(digits),
        Some(b'#' | b'-' | b'+') if digits == 0 => Some(0),
        _ => None,
    };
    let spaced = |i: usize| text[i + 1..].chars().next().is_none_or(char::is_whitespace);
    match marker {
        Some(i) if spaced(i) => format!("{}\\{}", &text[..i], inline(&text[i..])),
        _ if text.starts_with('>') => format!("\\{}", inline(text)),
        _ => inline(text),
    }
}

/// Text inside a line as Markdown shows it literally, escaping as little as keeps it
/// readable: `\`, `` ` ``, `*`, `_`, `<` and `|` everywhere, and `]` where a link
/// would follow (`(`, `[` or `:`), so that "[date]" stays as written. Line breaks
/// become spaces so that nothing ends a block early.
fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 4);
    let mut chars = text.chars().peekable();
    while let Some(ch) = chars.next() {
        match ch {
            '\\' | '`' | '*' | '_' | '<' | '|' => {
                out.push('\\');
                out.push(ch);
            }
            ']' if matches!(chars.peek(), Some('(' | '[' | ':')) => out.push_str("\\]"),
            '\r' | '\n' => out.push(' '),
            _ => out.push(ch),
        }
    }
    out
}
