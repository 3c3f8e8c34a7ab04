//! The editor's toolbar: Markdown for bold, italics, headings, lists, links, footnotes and
//! tables, applied to the selected text (or inserted at the cursor).

use leptos::{html::Textarea, prelude::*};

use crate::i18n::use_i18n;

/// What a toolbar button does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Bold,
    Italic,
    Heading,
    List,
    Link,
    Footnote,
    Table,
}

/// Text after a toolbar action, with the new selection (byte offsets into `text`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Applied {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// Byte offset of UTF-16 offset `units` in `text` (browsers count selections in UTF-16).
pub fn byte_offset(text: &str, units: usize) -> usize {
    let mut seen = 0;
    for (index, ch) in text.char_indices() {
        if seen >= units {
            return index;
        }
        seen += ch.len_utf16();
    }
    text.len()
}

/// UTF-16 offset of byte offset `bytes` in `text`.
pub fn utf16_offset(text: &str, bytes: usize) -> usize {
    text[..bytes.min(text.len())].encode_utf16().count()
}

fn wrap(text: &str, start: usize, end: usize, mark: &str, placeholder: &str) -> Applied {
    let selected = &text[start..end];
    let inner = if selected.is_empty() {
        placeholder
    } else {
        selected
    };
    let replaced = format!("{mark}{inner}{mark}");
    Applied {
        text: format!("{}{replaced}{}", &text[..start], &text[end..]),
        start: start + mark.len(),
        end: start + mark.len() + inner.len(),
    }
}

fn line_start(text: &str, at: usize) -> usize {
    text[..at].rfind('\n').map_or(0, |i| i + 1)
}

fn prefix_lines(text: &str, start: usize, end: usize, prefix: &str) -> Applied {
    let from = line_start(text, start);
    let end = text[end..].find('\n').map_or(text.len(), |i| end + i);
    let block = &text[from..end];
    let prefixed: Vec<String> = block
        .split('\n')
        .map(|line| {
            if line.starts_with(prefix) {
                line.to_string()
            } else {
                format!("{prefix}{}", line.trim_start_matches('#').trim_start())
            }
        })
        .collect();
    let prefixed = prefixed.join("\n");
    Applied {
        text: format!("{}{prefixed}{}", &text[..from], &text[end..]),
        start: from,
        end: from + prefixed.len(),
    }
}

/// `snippet` in place of the selection `start..end`, with the cursor after it.
pub fn insert(text: &str, start: usize, end: usize, snippet: &str) -> Applied {
    let end = end.min(text.len());
    let start = start.min(end);
    let at = start + snippet.len();
    Applied {
        text: format!("{}{snippet}{}", &text[..start], &text[end..]),
        start: at,
        end: at,
    }
}

/// Applies `change` to the text and selection of `textarea`, puts the result back with its
/// new selection, and tells `on_change`.
pub fn edit_selection(
    textarea: NodeRef<Textarea>,
    on_change: Callback<String>,
    change: impl FnOnce(&str, usize, usize) -> Applied,
) {
    let Some(element) = textarea.get_untracked() else {
        return;
    };
    let text = element.value();
    let start = element.selection_start().ok().flatten().unwrap_or(0) as usize;
    let end = element.selection_end().ok().flatten().unwrap_or(0) as usize;
    let applied = change(&text, byte_offset(&text, start), byte_offset(&text, end));
    element.set_value(&applied.text);
    let _ = element.focus();
    let _ = element.set_selection_range(
        utf16_offset(&applied.text, applied.start) as u32,
        utf16_offset(&applied.text, applied.end) as u32,
    );
    on_change.run(applied.text);
}

/// The next free footnote number in `text`.
fn next_footnote(text: &str) -> u32 {
    let mut n = 1;
    while text.contains(&format!("[^{n}]")) {
        n += 1;
    }
    n
}

/// `format` applied to `text` with the selection `start..end` (byte offsets).
pub fn apply(text: &str, start: usize, end: usize, format: Format) -> Applied {
    let end = end.min(text.len());
    let start = start.min(end);
    match format {
        Format::Bold => wrap(text, start, end, "**", "bold"),
        Format::Italic => wrap(text, start, end, "_", "italics"),
        Format::Heading => prefix_lines(text, start, end, "## "),
        Format::List => prefix_lines(text, start, end, "- "),
        Format::Link => {
            let selected = &text[start..end];
            let label = if selected.is_empty() {
                "link text"
            } else {
                selected
            };
            let link = format!("[{label}](https://)");
            let url_at = start + label.len() + 3;
            Applied {
                text: format!("{}{link}{}", &text[..start], &text[end..]),
                start: url_at,
                end: url_at + "https://".len(),
            }
        }
        Format::Footnote => {
            let n = next_footnote(text);
            let marker = format!("[^{n}]");
            let before = format!("{}{marker}{}", &text[..end], &text[end..]);
            let separator = if before.ends_with("\n\n") {
                ""
            } else if before.ends_with('\n') {
                "\n"
            } else {
                "\n\n"
            };
            let text = format!("{before}{separator}[^{n}]: ");
            let at = text.len();
            Applied {
                text,
                start: at,
                end: at,
            }
        }
        Format::Table => {
            let table = "\n\n| Column | Column |\n|---|---|\n| Cell | Cell |\n\n";
            let at = start + table.len();
            Applied {
                text: format!("{}{table}{}", &text[..start], &text[end..]),
                start: at,
                end: at,
            }
        }
    }
}

/// The text selected in `textarea` (empty when nothing is).
fn selected(textarea: NodeRef<Textarea>) -> String {
    let Some(element) = textarea.get_untracked() else {
        return String::new();
    };
    let text = element.value();
    let start = element.selection_start().ok().flatten().unwrap_or(0) as usize;
    let end = element.selection_end().ok().flatten().unwrap_or(0) as usize;
    let (start, end) = (byte_offset(&text, start), byte_offset(&text, end));
    text.get(start.min(end)..end.max(start))
        .unwrap_or_default()
        .trim()
        .to_string()
}

/// The toolbar over `textarea`; `on_change` receives the new text after a button, and
/// `on_propose` (when the section's proposals may be written) the selected text, to propose
/// as a recommendation.
#[component]
pub fn Toolbar(
    textarea: NodeRef<Textarea>,
    on_change: Callback<String>,
    #[prop(into)] disabled: Signal<bool>,
    on_propose: Option<Callback<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let press = move |format: Format| {
        edit_selection(textarea, on_change, |text, start, end| {
            apply(text, start, end, format)
        });
    };
    let button = move |format: Format, symbol: &'static str, label: &'static str| {
        view! {
            <button type="button" class="icon-button" title=i18n.tr(label) aria-label=i18n.tr(label)
                data-format=label disabled=move || disabled.get()
                on:click=move |_| press(format)>
                {symbol}
            </button>
        }
    };
    view! {
        <div class="toolbar" role="toolbar" aria-label=i18n.tr("toolbar-label") aria-controls="section-body">
            {button(Format::Bold, "B", "toolbar-bold")}
            {button(Format::Italic, "I", "toolbar-italic")}
            {button(Format::Heading, "H", "toolbar-heading")}
            {button(Format::List, "•", "toolbar-list")}
            {button(Format::Link, "🔗", "toolbar-link")}
            {button(Format::Footnote, "¹", "toolbar-footnote")}
            {button(Format::Table, "▦", "toolbar-table")}
            {on_propose.map(|propose| view! {
                <button type="button" class="button button-small button-secondary" id="toolbar-propose"
                    title=i18n.tr("toolbar-propose-hint") disabled=move || disabled.get()
                    on:click=move |_| propose.run(selected(textarea))>
                    {i18n.tr("toolbar-propose")}
                </button>
            })}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_the_selection_or_inserts_a_placeholder() {
        let applied = apply("The State must act.", 4, 9, Format::Bold);
        assert_eq!(applied.text, "The **State** must act.");
        assert_eq!(&applied.text[applied.start..applied.end], "State");
        let applied = apply("x", 1, 1, Format::Italic);
        assert_eq!(applied.text, "x_italics_");
        assert_eq!(&applied.text[applied.start..applied.end], "italics");
    }

    #[test]
    fn headings_and_lists_prefix_whole_lines() {
        assert_eq!(apply("one\ntwo", 5, 6, Format::Heading).text, "one\n## two");
        assert_eq!(apply("# old", 0, 0, Format::Heading).text, "## old");
        assert_eq!(apply("a\nb", 0, 3, Format::List).text, "- a\n- b");
    }

    #[test]
    fn footnotes_get_the_next_number_and_a_definition_at_the_end() {
        let applied = apply("Fact.[^1]\n\n[^1]: Source.", 5, 5, Format::Footnote);
        assert_eq!(applied.text, "Fact.[^2][^1]\n\n[^1]: Source.\n\n[^2]: ");
        assert_eq!(applied.start, applied.text.len());
    }

    #[test]
    fn links_select_the_address_to_type() {
        let applied = apply("see OHCHR", 4, 9, Format::Link);
        assert_eq!(applied.text, "see [OHCHR](https://)");
        assert_eq!(&applied.text[applied.start..applied.end], "https://");
    }

    #[test]
    fn insertions_replace_the_selection_and_put_the_cursor_after() {
        let applied = insert(
            "As asked (), the law",
            10,
            10,
            "CAT/C/KAZ/CO/4, para. 12(a)",
        );
        assert_eq!(
            applied.text,
            "As asked (CAT/C/KAZ/CO/4, para. 12(a)), the law"
        );
        assert_eq!(&applied.text[applied.start..], "), the law");
        assert_eq!(insert("old", 0, 3, "new").text, "new");
    }

    #[test]
    fn utf16_offsets_map_to_bytes_in_cyrillic_text() {
        let text = "Қазақстан и 😀 mir";
        let bytes = byte_offset(text, 10);
        assert_eq!(&text[bytes..bytes + 2], "и");
        assert_eq!(utf16_offset(text, bytes), 10);
        let after_emoji = byte_offset(text, 14);
        assert_eq!(&text[after_emoji..after_emoji + 1], " ");
    }
}
