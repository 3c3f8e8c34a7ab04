//! Putting property elements in the order ECMA-376 requires. docx-rs writes some children out
//! of their schema sequence (`rPr` first inside `pPr`, `numId` before `ilvl`); LibreOffice
//! reads anything, Word is stricter. This pass over each XML part sorts the children of the
//! property elements below by their position in the schema, keeping everything else — and
//! the relative order of children the schema lets repeat or does not name — as it was.

use quick_xml::{Reader, Writer, events::Event};

/// The children of each property element, in their schema sequence (ECMA-376 Part 1,
/// transitional `w:` schema). Names in one inner group (e.g. header and footer references)
/// share a rank, so their own order is kept.
const SEQUENCES: &[(&[u8], &[&[&str]])] = &[
    (
        b"w:pPr",
        &[
            &["pStyle"],
            &["keepNext"],
            &["keepLines"],
            &["pageBreakBefore"],
            &["framePr"],
            &["widowControl"],
            &["numPr"],
            &["suppressLineNumbers"],
            &["pBdr"],
            &["shd"],
            &["tabs"],
            &["suppressAutoHyphens"],
            &["kinsoku"],
            &["wordWrap"],
            &["overflowPunct"],
            &["topLinePunct"],
            &["autoSpaceDE"],
            &["autoSpaceDN"],
            &["bidi"],
            &["adjustRightInd"],
            &["snapToGrid"],
            &["spacing"],
            &["ind"],
            &["contextualSpacing"],
            &["mirrorIndents"],
            &["suppressOverlap"],
            &["jc"],
            &["textDirection"],
            &["textAlignment"],
            &["textboxTightWrap"],
            &["outlineLvl"],
            &["divId"],
            &["cnfStyle"],
            &["rPr"],
            &["sectPr"],
            &["pPrChange"],
        ],
    ),
    (
        b"w:rPr",
        &[
            &["ins"],
            &["del"],
            &["moveFrom"],
            &["moveTo"],
            &["rStyle"],
            &["rFonts"],
            &["b"],
            &["bCs"],
            &["i"],
            &["iCs"],
            &["caps"],
            &["smallCaps"],
            &["strike"],
            &["dstrike"],
            &["outline"],
            &["shadow"],
            &["emboss"],
            &["imprint"],
            &["noProof"],
            &["snapToGrid"],
            &["vanish"],
            &["webHidden"],
            &["color"],
            &["spacing"],
            &["w"],
            &["kern"],
            &["position"],
            &["sz"],
            &["szCs"],
            &["highlight"],
            &["u"],
            &["effect"],
            &["bdr"],
            &["shd"],
            &["fitText"],
            &["vertAlign"],
            &["rtl"],
            &["cs"],
            &["em"],
            &["lang"],
            &["eastAsianLayout"],
            &["specVanish"],
            &["oMath"],
            &["rPrChange"],
        ],
    ),
    (
        b"w:tblPr",
        &[
            &["tblStyle"],
            &["tblpPr"],
            &["tblOverlap"],
            &["bidiVisual"],
            &["tblStyleRowBandSize"],
            &["tblStyleColBandSize"],
            &["tblW"],
            &["jc"],
            &["tblCellSpacing"],
            &["tblInd"],
            &["tblBorders"],
            &["shd"],
            &["tblLayout"],
            &["tblCellMar"],
            &["tblLook"],
            &["tblCaption"],
            &["tblDescription"],
            &["tblPrChange"],
        ],
    ),
    (
        b"w:tcPr",
        &[
            &["cnfStyle"],
            &["tcW"],
            &["gridSpan"],
            &["hMerge"],
            &["vMerge"],
            &["tcBorders"],
            &["shd"],
            &["noWrap"],
            &["tcMar"],
            &["textDirection"],
            &["tcFitText"],
            &["vAlign"],
            &["hideMark"],
            &["headers"],
            &["cellIns", "cellDel", "cellMerge"],
            &["tcPrChange"],
        ],
    ),
    (
        b"w:sectPr",
        &[
            &["headerReference", "footerReference"],
            &["footnotePr"],
            &["endnotePr"],
            &["type"],
            &["pgSz"],
            &["pgMar"],
            &["paperSrc"],
            &["pgBorders"],
            &["lnNumType"],
            &["pgNumType"],
            &["cols"],
            &["formProt"],
            &["vAlign"],
            &["noEndnote"],
            &["titlePg"],
            &["textDirection"],
            &["bidi"],
            &["rtlGutter"],
            &["docGrid"],
            &["printerSettings"],
            &["sectPrChange"],
        ],
    ),
    (
        b"w:numPr",
        &[&["ilvl"], &["numId"], &["numberingChange"], &["ins"]],
    ),
    (
        b"w:pBdr",
        &[
            &["top"],
            &["left", "start"],
            &["bottom"],
            &["right", "end"],
            &["between"],
            &["bar"],
        ],
    ),
    (
        b"w:tblBorders",
        &[
            &["top"],
            &["left", "start"],
            &["bottom"],
            &["right", "end"],
            &["insideH"],
            &["insideV"],
        ],
    ),
    (
        b"w:tcBorders",
        &[
            &["top"],
            &["left", "start"],
            &["bottom"],
            &["right", "end"],
            &["insideH"],
            &["insideV"],
            &["tl2br"],
            &["tr2bl"],
        ],
    ),
];

/// Why a part could not be reordered (it was not well-formed XML).
#[derive(Debug, thiserror::Error)]
#[error("reordering {part}: {reason}")]
pub struct OrderError {
    part: String,
    reason: String,
}

/// The sequence of the property element called `name` (qualified), if it has one.
fn sequence_of(name: &[u8]) -> Option<&'static [&'static [&'static str]]> {
    SEQUENCES
        .iter()
        .find(|(element, _)| *element == name)
        .map(|(_, sequence)| *sequence)
}

/// The rank of child `name` (qualified) in `sequence`; names the schema does not list sort
/// after the ones it does.
fn rank(sequence: &[&[&str]], name: &[u8]) -> usize {
    let local = name.rsplit(|b| *b == b':').next().unwrap_or(name);
    sequence
        .iter()
        .position(|group| group.iter().any(|n| n.as_bytes() == local))
        .unwrap_or(sequence.len())
}

/// A property element being read: its start tag and its children, each with its rank.
struct Open {
    name: Vec<u8>,
    sequence: &'static [&'static [&'static str]],
    start: Vec<u8>,
    children: Vec<(usize, Vec<u8>)>,
    /// How deep inside the current child the reader is (0: between children).
    depth: usize,
}

/// Where the bytes of the next event go: the innermost open property element's current child,
/// or the output.
fn target<'a>(open: &'a mut [Open], out: &'a mut Vec<u8>) -> &'a mut Vec<u8> {
    match open.last_mut() {
        Some(element) => {
            if element.children.is_empty() {
                element.children.push((0, Vec::new()));
            }
            let last = element.children.len() - 1;
            &mut element.children[last].1
        }
        None => out,
    }
}

/// Starts a new child of the innermost open property element when the reader is between its
/// children.
fn begin_child(open: &mut [Open], name: &[u8]) {
    if let Some(element) = open.last_mut()
        && element.depth == 0
    {
        element
            .children
            .push((rank(element.sequence, name), Vec::new()));
    }
}

/// `xml` (the part called `part`) with the children of every property element in schema order.
pub fn reorder(part: &str, xml: &[u8]) -> Result<Vec<u8>, OrderError> {
    let fail = |reason: String| OrderError {
        part: part.to_string(),
        reason,
    };
    let mut reader = Reader::from_reader(xml);
    reader.config_mut().trim_text(false);
    let mut out = Vec::with_capacity(xml.len());
    let mut open: Vec<Open> = Vec::new();
    let mut serialised = Writer::new(Vec::new());
    let mut buf = Vec::new();
    loop {
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|e| fail(e.to_string()))?;
        if matches!(event, Event::Eof) {
            break;
        }
        serialised
            .write_event(event.borrow())
            .map_err(|e| fail(e.to_string()))?;
        let bytes = std::mem::take(serialised.get_mut());
        match event {
            Event::Start(start) => {
                let name = start.name().as_ref().to_vec();
                begin_child(&mut open, &name);
                match sequence_of(&name) {
                    Some(sequence) => open.push(Open {
                        name,
                        sequence,
                        start: bytes,
                        children: Vec::new(),
                        depth: 0,
                    }),
                    None => {
                        target(&mut open, &mut out).extend_from_slice(&bytes);
                        if let Some(element) = open.last_mut() {
                            element.depth += 1;
                        }
                    }
                }
            }
            Event::End(end) => {
                let closes_property = open
                    .last()
                    .is_some_and(|e| e.depth == 0 && e.name == end.name().as_ref());
                if closes_property {
                    let Some(mut element) = open.pop() else {
                        continue;
                    };
                    element.children.sort_by_key(|(rank, _)| *rank);
                    let whole = target(&mut open, &mut out);
                    whole.extend_from_slice(&element.start);
                    for (_, child) in element.children {
                        whole.extend_from_slice(&child);
                    }
                    whole.extend_from_slice(&bytes);
                } else {
                    target(&mut open, &mut out).extend_from_slice(&bytes);
                    if let Some(element) = open.last_mut() {
                        element.depth = element.depth.saturating_sub(1);
                    }
                }
            }
            Event::Empty(empty) => {
                begin_child(&mut open, empty.name().as_ref());
                target(&mut open, &mut out).extend_from_slice(&bytes);
            }
            _ => target(&mut open, &mut out).extend_from_slice(&bytes),
        }
        buf.clear();
    }
    if let Some(element) = open.first() {
        return Err(fail(format!(
            "{} is never closed",
            String::from_utf8_lossy(&element.name)
        )));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::reorder;

    fn reordered(xml: &str) -> String {
        String::from_utf8(reorder("test", xml.as_bytes()).unwrap()).unwrap()
    }

    #[test]
    fn paragraph_properties_follow_the_schema_and_nothing_else_moves() {
        let xml = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="w"><w:body><w:p><w:pPr><w:rPr><w:sz w:val="24"/><w:b/></w:rPr><w:jc w:val="both"/><w:pStyle w:val="Body"/><w:numPr><w:numId w:val="3"/><w:ilvl w:val="0"/></w:numPr></w:pPr><w:r><w:t xml:space="preserve">Text &amp; more</w:t></w:r></w:p></w:body></w:document>"#;
        assert_eq!(
            reordered(xml),
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="w"><w:body><w:p><w:pPr><w:pStyle w:val="Body"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr><w:jc w:val="both"/><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">Text &amp; more</w:t></w:r></w:p></w:body></w:document>"#
        );
    }

    #[test]
    fn section_references_keep_their_order_and_unknown_children_go_last() {
        let xml = r#"<w:sectPr><w:pgMar w:top="1"/><w:footerReference w:type="default"/><w:headerReference w:type="default"/><w:x-unknown/><w:pgSz w:w="2"/><w:titlePg/></w:sectPr>"#;
        assert_eq!(
            reordered(xml),
            r#"<w:sectPr><w:footerReference w:type="default"/><w:headerReference w:type="default"/><w:pgSz w:w="2"/><w:pgMar w:top="1"/><w:titlePg/><w:x-unknown/></w:sectPr>"#
        );
    }

    #[test]
    fn nested_property_elements_are_sorted_inside_their_sorted_parent() {
        let xml = r#"<w:tbl><w:tblPr><w:tblBorders><w:bottom/><w:top/></w:tblBorders><w:tblW w:w="0"/><w:tblStyle w:val="T"/></w:tblPr><w:tr><w:tc><w:tcPr><w:vAlign w:val="top"/><w:tcW w:w="1"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>"#;
        assert_eq!(
            reordered(xml),
            r#"<w:tbl><w:tblPr><w:tblStyle w:val="T"/><w:tblW w:w="0"/><w:tblBorders><w:top/><w:bottom/></w:tblBorders></w:tblPr><w:tr><w:tc><w:tcPr><w:tcW w:w="1"/><w:vAlign w:val="top"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>"#
        );
    }

    #[test]
    fn malformed_xml_is_refused() {
        assert!(reorder("test", b"<w:pPr><w:jc/>").is_err());
    }
}
