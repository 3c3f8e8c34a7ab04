//! The package parts Shadowdesk writes itself: styles (Times New Roman 12, heading, body,
//! list, quote, table and note styles, language styles), settings (fields updated on open,
//! personal information removed), core and app properties, content types and the package
//! relationships.

use crate::lang::Lang;

/// The namespaces every WordprocessingML part here declares.
pub const NS: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#;

const DECLARATION: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#;

/// `text` without the control characters XML 1.0 cannot carry (a vertical tab pasted from
/// Word, a form feed), tabs and line ends kept.
pub fn clean(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control() || matches!(c, '\t' | '\n' | '\r'))
        .collect()
}

/// `text` escaped for XML character data and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 cannot carry.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

fn paragraph_style(
    id: &str,
    name: &str,
    based_on: Option<&str>,
    ppr: &str,
    rpr: &str,
) -> (String, String) {
    let based = based_on
        .map(|b| format!(r#"<w:basedOn w:val="{b}"/>"#))
        .unwrap_or_default();
    (
        id.to_string(),
        format!(
            r#"<w:style w:type="paragraph" w:styleId="{id}"><w:name w:val="{name}"/>{based}<w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"#
        ),
    )
}

fn character_style(id: &str, name: &str, rpr: &str) -> (String, String) {
    (
        id.to_string(),
        format!(
            r#"<w:style w:type="character" w:styleId="{id}"><w:name w:val="{name}"/><w:rPr>{rpr}</w:rPr></w:style>"#
        ),
    )
}

/// Shadowdesk's styles, by id.
fn default_styles() -> Vec<(String, String)> {
    let mut styles = vec![
        (
            "Normal".to_string(),
            r#"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="120" w:line="240" w:lineRule="auto"/></w:pPr></w:style>"#.to_string(),
        ),
        paragraph_style("Title", "Title", Some("Normal"), r#"<w:spacing w:before="240" w:after="240"/><w:jc w:val="center"/>"#, r#"<w:b/><w:sz w:val="32"/><w:szCs w:val="32"/>"#),
        paragraph_style("Subtitle", "Subtitle", Some("Normal"), r#"<w:spacing w:after="120"/><w:jc w:val="center"/>"#, r#"<w:sz w:val="26"/><w:szCs w:val="26"/>"#),
        paragraph_style("Watermark", "Draft mark", Some("Normal"), r#"<w:jc w:val="center"/>"#, r#"<w:b/><w:color w:val="C00000"/><w:spacing w:val="40"/><w:sz w:val="28"/><w:szCs w:val="28"/>"#),
        paragraph_style("BodyNumbered", "Numbered paragraph", Some("Normal"), r#"<w:jc w:val="both"/>"#, ""),
        paragraph_style("BodyText", "Body Text", Some("Normal"), r#"<w:jc w:val="both"/>"#, ""),
        paragraph_style("ListParagraph", "List Paragraph", Some("Normal"), r#"<w:spacing w:after="60"/><w:contextualSpacing/>"#, ""),
        paragraph_style("Quote", "Quote", Some("Normal"), r#"<w:ind w:left="720" w:right="720"/><w:jc w:val="both"/>"#, r#"<w:i/>"#),
        paragraph_style("Code", "Code", Some("Normal"), r#"<w:spacing w:after="120" w:line="240" w:lineRule="auto"/><w:ind w:left="360"/>"#, r#"<w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New"/><w:sz w:val="20"/><w:szCs w:val="20"/>"#),
        paragraph_style("TableText", "Table Text", Some("Normal"), r#"<w:spacing w:before="40" w:after="40"/>"#, r#"<w:sz w:val="22"/><w:szCs w:val="22"/>"#),
        paragraph_style("TableHeading", "Table Heading", Some("TableText"), r#"<w:keepNext/>"#, r#"<w:b/>"#),
        paragraph_style("FootnoteText", "footnote text", Some("Normal"), r#"<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>"#, r#"<w:sz w:val="20"/><w:szCs w:val="20"/>"#),
        paragraph_style("EndnoteText", "endnote text", Some("Normal"), r#"<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>"#, r#"<w:sz w:val="20"/><w:szCs w:val="20"/>"#),
        paragraph_style("Header", "header", Some("Normal"), r#"<w:spacing w:after="0"/><w:jc w:val="center"/>"#, ""),
        paragraph_style("Footer", "footer", Some("Normal"), r#"<w:spacing w:after="0"/><w:jc w:val="center"/>"#, r#"<w:sz w:val="20"/><w:szCs w:val="20"/>"#),
        paragraph_style("TOCHeading", "TOC Heading", Some("Normal"), r#"<w:keepNext/><w:spacing w:before="240" w:after="120"/>"#, r#"<w:b/><w:sz w:val="28"/><w:szCs w:val="28"/>"#),
        character_style("FootnoteReference", "footnote reference", r#"<w:vertAlign w:val="superscript"/>"#),
        character_style("EndnoteReference", "endnote reference", r#"<w:vertAlign w:val="superscript"/>"#),
        character_style("Hyperlink", "Hyperlink", r#"<w:color w:val="0563C1"/><w:u w:val="single"/>"#),
        (
            "TableGrid".to_string(),
            r#"<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:left w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:right w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/></w:tblBorders><w:tblCellMar><w:left w:w="100" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>"#.to_string(),
        ),
    ];
    let sizes = [32, 28, 26, 24, 24, 24];
    for (i, size) in sizes.iter().enumerate() {
        let level = i + 1;
        let italic = if level >= 4 { "<w:i/>" } else { "" };
        styles.push(paragraph_style(
            &format!("Heading{level}"),
            &format!("heading {level}"),
            Some("Normal"),
            &format!(
                r#"<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="{}"/>"#,
                level - 1
            ),
            &format!(r#"<w:b/>{italic}<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>"#),
        ));
    }
    for level in 1..=3 {
        styles.push(paragraph_style(
            &format!("TOC{level}"),
            &format!("toc {level}"),
            Some("Normal"),
            &format!(
                r#"<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9060"/></w:tabs><w:spacing w:after="60"/><w:ind w:left="{}"/>"#,
                (level - 1) * 240
            ),
            "",
        ));
    }
    for lang in Lang::ALL {
        styles.push(character_style(
            lang.style_id(),
            &format!("Language {}", lang.tag()),
            &format!(
                r#"<w:lang w:val="{0}" w:eastAsia="{0}" w:bidi="{0}"/>"#,
                lang.tag()
            ),
        ));
    }
    styles
}

/// The styles part: Shadowdesk's styles in `lang`, or a reference document's `reference`
/// styles with whichever of Shadowdesk's it lacks added.
pub fn styles(lang: Lang, reference: Option<&str>) -> String {
    let ours = default_styles();
    if let Some(reference) = reference
        && let Some(end) = reference.rfind("</w:styles>")
    {
        let mut merged = reference[..end].to_string();
        for (id, xml) in &ours {
            if !reference.contains(&format!(r#"w:styleId="{id}""#)) {
                merged.push_str(xml);
            }
        }
        merged.push_str(&reference[end..]);
        return merged;
    }
    let mut xml = String::with_capacity(16 * 1024);
    xml.push_str(DECLARATION);
    xml.push_str(&format!("<w:styles {NS}>"));
    xml.push_str(&format!(
        r#"<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="{0}" w:eastAsia="{0}" w:bidi="{0}"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>"#,
        lang.tag()
    ));
    for (_, style) in ours {
        xml.push_str(&style);
    }
    xml.push_str("</w:styles>");
    xml
}

/// The settings part: fields (the table of contents) updated on open, personal information
/// removed on save, the note separators, Word 2013+ compatibility.
pub fn settings(lang: Lang) -> String {
    format!(
        r#"{DECLARATION}<w:settings {NS}><w:zoom w:percent="100"/><w:removePersonalInformation/><w:removeDateAndTime/><w:defaultTabStop w:val="567"/><w:characterSpacingControl w:val="doNotCompress"/><w:updateFields w:val="true"/><w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr><w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:themeFontLang w:val="{}"/></w:settings>"#,
        lang.tag()
    )
}

/// The document's core properties: no person's name, only the coalition's.
pub struct CoreProperties<'a> {
    pub title: &'a str,
    pub subject: &'a str,
    pub keywords: &'a str,
    pub language: &'a str,
    pub creator: &'a str,
    /// `YYYY-MM-DDTHH:MM:SSZ`.
    pub when: &'a str,
}

/// The core properties part.
pub fn core(p: &CoreProperties) -> String {
    format!(
        r#"{DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{}</dc:title><dc:subject>{}</dc:subject><dc:creator>{}</dc:creator><cp:keywords>{}</cp:keywords><dc:language>{}</dc:language><cp:lastModifiedBy>{}</cp:lastModifiedBy><cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">{}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{}</dcterms:modified></cp:coreProperties>"#,
        escape(p.title),
        escape(p.subject),
        escape(p.creator),
        escape(p.keywords),
        escape(p.language),
        escape(p.creator),
        p.when,
        p.when
    )
}

/// The extended (application) properties part.
pub fn app() -> String {
    format!(
        r#"{DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Shadowdesk</Application><DocSecurity>0</DocSecurity></Properties>"#
    )
}

/// The package relationships part.
pub fn root_rels() -> String {
    format!(
        r#"{DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>"#
    )
}

/// The content types of a package with `headers` headers and `footers` footers.
pub fn content_types(headers: usize, footers: usize) -> String {
    let main = "application/vnd.openxmlformats-officedocument.wordprocessingml";
    let mut xml = format!(
        r#"{DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>"#
    );
    let mut add = |part: &str, kind: &str| {
        xml.push_str(&format!(
            r#"<Override PartName="/{part}" ContentType="{kind}"/>"#
        ));
    };
    add("word/document.xml", &format!("{main}.document.main+xml"));
    add("word/styles.xml", &format!("{main}.styles+xml"));
    add("word/settings.xml", &format!("{main}.settings+xml"));
    add("word/fontTable.xml", &format!("{main}.fontTable+xml"));
    add("word/numbering.xml", &format!("{main}.numbering+xml"));
    add("word/footnotes.xml", &format!("{main}.footnotes+xml"));
    add("word/endnotes.xml", &format!("{main}.endnotes+xml"));
    for n in 1..=headers {
        add(
            &format!("word/header{n}.xml"),
            &format!("{main}.header+xml"),
        );
    }
    for n in 1..=footers {
        add(
            &format!("word/footer{n}.xml"),
            &format!("{main}.footer+xml"),
        );
    }
    add(
        "docProps/core.xml",
        "application/vnd.openxmlformats-package.core-properties+xml",
    );
    add(
        "docProps/app.xml",
        "application/vnd.openxmlformats-officedocument.extended-properties+xml",
    );
    xml.push_str("</Types>");
    xml
}

/// docx-rs's document relationships without comments or notes (Shadowdesk writes neither
/// comments nor docx-rs's notes), with both notes parts.
pub fn document_rels(docx_rs_rels: &str) -> String {
    let mut out = String::with_capacity(docx_rs_rels.len() + 400);
    let mut rest = docx_rs_rels;
    while let Some(start) = rest.find("<Relationship ") {
        out.push_str(&rest[..start]);
        let end = rest[start..]
            .find("/>")
            .map_or(rest.len(), |e| start + e + 2);
        let element = &rest[start..end];
        let dropped = [
            "comments.xml",
            "commentsExtended.xml",
            "footnotes.xml",
            "endnotes.xml",
        ]
        .iter()
        .any(|t| element.contains(&format!(r#"Target="{t}""#)));
        if !dropped {
            out.push_str(element);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    let notes = r#"<Relationship Id="rIdShadowdeskFootnotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/><Relationship Id="rIdShadowdeskEndnotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/>"#;
    match out.rfind("</Relationships>") {
        Some(at) => out.insert_str(at, notes),
        None => out.push_str(notes),
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relationships_lose_comments_and_gain_both_notes_parts() {
        let rels = r#"<Relationships xmlns="x"><Relationship Id="rId1" Type="t/styles" Target="styles.xml" /><Relationship Id="rId2" Type="t/comments" Target="comments.xml" /><Relationship Id="rId3" Type="t/footnotes" Target="footnotes.xml" /></Relationships>"#;
        let out = document_rels(rels);
        assert!(out.contains("styles.xml"));
        assert!(!out.contains("comments.xml"));
        assert_eq!(out.matches("footnotes.xml").count(), 1);
        assert!(out.contains("endnotes.xml"));
        assert!(out.ends_with("</Relationships>"));
    }

    #[test]
    fn a_reference_document_keeps_its_styles_and_gains_the_missing_ones() {
        let reference = r#"<w:styles><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:rPr><w:color w:val="FF0000"/></w:rPr></w:style></w:styles>"#;
        let merged = styles(Lang::English, Some(reference));
        assert_eq!(merged.matches(r#"w:styleId="Heading1""#).count(), 1);
        assert!(merged.contains("FF0000"));
        assert!(merged.contains(r#"w:styleId="BodyNumbered""#));
        assert!(merged.contains(r#"w:styleId="LangKk""#));
        assert!(merged.ends_with("</w:styles>"));
    }

    #[test]
    fn text_is_escaped_and_control_characters_dropped() {
        assert_eq!(escape("a < b & \"c\"\u{1}"), "a &lt; b &amp; &quot;c&quot;");
    }
}
