//! Markdown as Shadowdesk writes it — CommonMark with tables, footnotes `[^n]`, strikethrough
//! and autolinks — rendered to HTML that is safe to show: raw HTML is dropped and dangerous
//! link targets (`javascript:`, `vbscript:`, `file:`, non-image `data:`) are emptied.

use comrak::{Options, markdown_to_html};

/// The parsing and rendering options every Shadowdesk view uses.
pub fn options() -> Options<'static> {
    let mut options = Options::default();
    options.extension.table = true;
    options.extension.footnotes = true;
    options.extension.strikethrough = true;
    options.extension.autolink = true;
    // Never let raw HTML or dangerous URLs through, whatever the input.
    options.render.r#unsafe = false;
    options.render.escape = false;
    options
}

/// `markdown` as safe HTML.
pub fn to_safe_html(markdown: &str) -> String {
    markdown_to_html(markdown, &options())
}

#[cfg(test)]
mod tests {
    use super::to_safe_html;

    #[test]
    fn the_extensions_render() {
        let html = to_safe_html(
            "Text with a note.[^1]\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n~~gone~~ https://ohchr.org\n\n[^1]: The note.",
        );
        assert!(html.contains("<table>"), "{html}");
        assert!(html.contains("<del>gone</del>"), "{html}");
        assert!(html.contains("href=\"https://ohchr.org\""), "{html}");
        assert!(html.contains("footnote"), "{html}");
    }

    #[test]
    fn scripts_and_dangerous_links_never_get_through() {
        let attacks = [
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "[click](vbscript:msgbox(1))",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "![x](javascript:alert(1))",
            "<svg onload=alert(1)>",
        ];
        for attack in attacks {
            let html = to_safe_html(attack).to_lowercase();
            for bad in [
                "<script",
                "onerror",
                "javascript:",
                "vbscript:",
                "<iframe",
                "onload",
                "data:text/html",
            ] {
                assert!(!html.contains(bad), "{attack:?} rendered as {html:?}");
            }
        }
    }
}
