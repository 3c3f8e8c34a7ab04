//! Reading a produced DOCX back: its parts, and the body's paragraphs with their style,
//! numbering, text, note references and run styles, for asserting on structure.

use std::{collections::BTreeMap, io::Read};

use quick_xml::{Reader, events::Event};

/// A DOCX opened: every part's text by name.
pub struct Docx {
    pub parts: BTreeMap<String, String>,
}

/// One paragraph of a part.
#[derive(Debug, Default, Clone)]
pub struct Para {
    pub style: String,
    /// The `w:numId` of its numbering, if it has one.
    pub num_id: Option<String>,
    pub text: String,
    /// Ids of the notes it refers to (footnote or endnote references).
    pub note_refs: Vec<String>,
    /// Character styles of its runs.
    pub run_styles: Vec<String>,
}

impl Docx {
    /// Opens `bytes` as a ZIP package.
    pub fn open(bytes: &[u8]) -> Self {
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a ZIP package");
        let mut parts = BTreeMap::new();
        for i in 0..archive.len() {
            let mut file = archive.by_index(i).unwrap();
            let mut text = String::new();
            if file.is_file() && file.read_to_string(&mut text).is_ok() {
                parts.insert(file.name().to_string(), text);
            }
        }
        Self { parts }
    }

    /// Part `name`, which must exist.
    pub fn part(&self, name: &str) -> &str {
        self.parts
            .get(name)
            .unwrap_or_else(|| panic!("{name} is missing: {:?}", self.parts.keys()))
    }

    /// The paragraphs of part `name` in order.
    pub fn paragraphs(&self, name: &str) -> Vec<Para> {
        paragraphs(self.part(name))
    }
}

fn attribute(e: &quick_xml::events::BytesStart, name: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .map(|a| String::from_utf8_lossy(&a.value).into_owned())
}

/// The paragraphs of a WordprocessingML part.
pub fn paragraphs(xml: &str) -> Vec<Para> {
    let mut reader = Reader::from_str(xml);
    let mut out = Vec::new();
    let mut current: Option<Para> = None;
    let mut in_text = false;
    let mut in_num = false;
    loop {
        match reader.read_event() {
            Ok(Event::Empty(e)) if e.name().as_ref() == b"w:p" => out.push(Para::default()),
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) => {
                let name = e.name();
                match name.as_ref() {
                    b"w:p" => current = Some(Para::default()),
                    b"w:pStyle" => {
                        if let Some(p) = current.as_mut() {
                            p.style = attribute(&e, b"w:val").unwrap_or_default();
                        }
                    }
                    b"w:numPr" => in_num = true,
                    b"w:numId" if in_num => {
                        if let Some(p) = current.as_mut() {
                            p.num_id = attribute(&e, b"w:val");
                        }
                    }
                    b"w:rStyle" => {
                        if let Some(p) = current.as_mut() {
                            p.run_styles
                                .push(attribute(&e, b"w:val").unwrap_or_default());
                        }
                    }
                    b"w:footnoteReference" | b"w:endnoteReference" => {
                        if let Some(p) = current.as_mut() {
                            p.note_refs.push(attribute(&e, b"w:id").unwrap_or_default());
                        }
                    }
                    b"w:t" => in_text = true,
                    b"w:tab" => {
                        if let Some(p) = current.as_mut() {
                            p.text.push('\t');
                        }
                    }
                    _ => {}
                }
            }
            Ok(Event::Text(t)) if in_text => {
                if let Some(p) = current.as_mut() {
                    p.text.push_str(&t.decode().unwrap_or_default());
                }
            }
            Ok(Event::GeneralRef(r)) if in_text => {
                if let Some(p) = current.as_mut() {
                    let entity = String::from_utf8_lossy(r.as_ref()).into_owned();
                    p.text.push_str(match entity.as_str() {
                        "amp" => "&",
                        "lt" => "<",
                        "gt" => ">",
                        "quot" => "\"",
                        "apos" => "'",
                        _ => "",
                    });
                }
            }
            Ok(Event::End(e)) => match e.name().as_ref() {
                b"w:p" => {
                    if let Some(p) = current.take() {
                        out.push(p);
                    }
                }
                b"w:t" => in_text = false,
                b"w:numPr" => in_num = false,
                _ => {}
            },
            Ok(Event::Eof) => break,
            Err(e) => panic!("bad XML: {e}"),
            _ => {}
        }
    }
    out
}
