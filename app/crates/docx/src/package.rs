//! Putting the package together: docx-rs's document, numbering, font table, headers and
//! footers with Shadowdesk's own styles, settings, notes, properties, content types and
//! relationships, compressed, every Word part's property elements in schema order. docx-rs's
//! comments parts and custom properties are left out.

use std::io::{Cursor, Write};

use docx_rs::XMLDocx;
use zip::{CompressionMethod, ZipWriter, write::SimpleFileOptions};

use super::{DocxError, parts, schema_order};

/// The parts written here.
pub struct Ours {
    pub styles: String,
    pub settings: String,
    pub core: String,
    pub footnotes: String,
    pub endnotes: String,
    /// The document refers to endnotes rather than footnotes.
    pub endnote_references: bool,
}

/// The DOCX bytes.
pub fn pack(built: XMLDocx, ours: Ours) -> Result<Vec<u8>, DocxError> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::with_capacity(built.document.len() / 4)));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    let mut put = |name: &str, bytes: &[u8]| -> Result<(), DocxError> {
        zip.start_file(name, options)?;
        // Word's own parts get their property elements in schema order.
        if name.starts_with("word/") && name.ends_with(".xml") {
            zip.write_all(&schema_order::reorder(name, bytes)?)?;
        } else {
            zip.write_all(bytes)?;
        }
        Ok(())
    };
    put(
        "[Content_Types].xml",
        parts::content_types(built.headers.len(), built.footers.len()).as_bytes(),
    )?;
    put("_rels/.rels", parts::root_rels().as_bytes())?;
    put("docProps/core.xml", ours.core.as_bytes())?;
    put("docProps/app.xml", parts::app().as_bytes())?;
    let document = if ours.endnote_references {
        String::from_utf8_lossy(&built.document)
            .replace("<w:footnoteReference ", "<w:endnoteReference ")
            .replace(
                r#"w:val="FootnoteReference""#,
                r#"w:val="EndnoteReference""#,
            )
            .into_bytes()
    } else {
        built.document
    };
    put("word/document.xml", &document)?;
    put(
        "word/_rels/document.xml.rels",
        parts::document_rels(&String::from_utf8_lossy(&built.document_rels)).as_bytes(),
    )?;
    put("word/styles.xml", ours.styles.as_bytes())?;
    put("word/settings.xml", ours.settings.as_bytes())?;
    put("word/fontTable.xml", &built.font_table)?;
    put("word/numbering.xml", &built.numberings)?;
    put("word/footnotes.xml", ours.footnotes.as_bytes())?;
    put("word/endnotes.xml", ours.endnotes.as_bytes())?;
    for (i, header) in built.headers.iter().enumerate() {
        put(&format!("word/header{}.xml", i + 1), header)?;
        if let Some(rels) = built.header_rels.get(i) {
            put(&format!("word/_rels/header{}.xml.rels", i + 1), rels)?;
        }
    }
    for (i, footer) in built.footers.iter().enumerate() {
        put(&format!("word/footer{}.xml", i + 1), footer)?;
        if let Some(rels) = built.footer_rels.get(i) {
            put(&format!("word/_rels/footer{}.xml.rels", i + 1), rels)?;
        }
    }
    Ok(zip.finish()?.into_inner())
}
