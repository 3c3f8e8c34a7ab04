//! A small element tree read from XML with quick-xml: enough to walk the parts of a `.docx`.
//! Names keep their local part only (`w:p` is `p`).

use quick_xml::{
    XmlVersion,
    events::{BytesStart, Event},
    reader::Reader,
};

/// Why an XML part could not be read.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct XmlError(String);

/// One element: its local name, attributes (local names) and children in order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Element {
    pub name: String,
    pub attributes: Vec<(String, String)>,
    pub children: Vec<Node>,
}

/// A child of an element.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Node {
    Element(Element),
    Text(String),
}

impl Element {
    /// The value of attribute `name` (local name), if present.
    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }

    /// The child elements, in order.
    pub fn elements(&self) -> impl Iterator<Item = &Element> {
        self.children.iter().filter_map(|node| match node {
            Node::Element(element) => Some(element),
            Node::Text(_) => None,
        })
    }

    /// The first child element called `name`.
    pub fn child(&self, name: &str) -> Option<&Element> {
        self.elements().find(|e| e.name == name)
    }

    /// Every descendant element called `name`, depth first.
    pub fn descendants<'a>(&'a self, name: &'a str, found: &mut Vec<&'a Element>) {
        for element in self.elements() {
            if element.name == name {
                found.push(element);
            }
            element.descendants(name, found);
        }
    }

    /// The concatenated text of this element and its descendants.
    pub fn text(&self) -> String {
        let mut text = String::new();
        for node in &self.children {
            match node {
                Node::Text(t) => text.push_str(t),
                Node::Element(e) => text.push_str(&e.text()),
            }
        }
        text
    }
}

fn local(name: &[u8]) -> String {
    let local = name.rsplit(|b| *b == b':').next().unwrap_or(name);
    String::from_utf8_lossy(local).into_owned()
}

fn element_of(start: &BytesStart<'_>) -> Result<Element, XmlError> {
    let mut attributes = Vec::new();
    for attribute in start.attributes() {
        let attribute = attribute.map_err(|e| XmlError(e.to_string()))?;
        let value = attribute
            .normalized_value(XmlVersion::Implicit1_0)
            .map_err(|e| XmlError(e.to_string()))?;
        attributes.push((local(attribute.key.as_ref()), value.into_owned()));
    }
    Ok(Element {
        name: local(start.name().as_ref()),
        attributes,
        children: Vec::new(),
    })
}

fn entity(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => None,
    }
}

/// Reads `xml` into a tree whose root is the document element.
pub fn parse(xml: &str) -> Result<Element, XmlError> {
    let mut reader = Reader::from_str(xml);
    // A synthetic root holds the document element.
    let mut stack: Vec<Element> = vec![Element::default()];
    let push_text = |stack: &mut Vec<Element>, text: &str| {
        if let Some(parent) = stack.last_mut() {
            match parent.children.last_mut() {
                Some(Node::Text(previous)) => previous.push_str(text),
                _ => parent.children.push(Node::Text(text.to_string())),
            }
        }
    };
    loop {
        match reader.read_event().map_err(|e| XmlError(e.to_string()))? {
            Event::Start(start) => stack.push(element_of(&start)?),
            Event::Empty(start) => {
                let element = element_of(&start)?;
                if let Some(parent) = stack.last_mut() {
                    parent.children.push(Node::Element(element));
                }
            }
            Event::End(_) => {
                let element = stack.pop().ok_or_else(|| XmlError("unbalanced".into()))?;
                let parent = stack
                    .last_mut()
                    .ok_or_else(|| XmlError("unbalanced".into()))?;
                parent.children.push(Node::Element(element));
            }
            Event::Text(text) => {
                let text = text.decode().map_err(|e| XmlError(e.to_string()))?;
                push_text(&mut stack, &text);
            }
            Event::CData(data) => {
                let text = data.decode().map_err(|e| XmlError(e.to_string()))?;
                push_text(&mut stack, &text);
            }
            Event::GeneralRef(reference) => {
                let resolved = match reference
                    .resolve_char_ref()
                    .map_err(|e| XmlError(e.to_string()))?
                {
                    Some(c) => Some(c),
                    None => {
                        let name = reference.decode().map_err(|e| XmlError(e.to_string()))?;
                        entity(&name)
                    }
                };
                if let Some(c) = resolved {
                    push_text(&mut stack, c.encode_utf8(&mut [0; 4]));
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    let root = stack.pop().filter(|_| stack.is_empty());
    root.and_then(|r| r.elements().next().cloned())
        .ok_or_else(|| XmlError("no document element".into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_elements_attributes_text_and_references() {
        let root = parse(
            r#"<?xml version="1.0"?><w:document xmlns:w="x"><w:p w:id="1"><w:t>a &amp; b&#x41;</w:t><w:br/></w:p></w:document>"#,
        )
        .unwrap();
        assert_eq!(root.name, "document");
        let p = root.child("p").unwrap();
        assert_eq!(p.attribute("id"), Some("1"));
        assert_eq!(p.text(), "a & bA");
        assert!(p.child("br").is_some());
    }

    #[test]
    fn refuses_broken_xml() {
        assert!(parse("<a><b></a>").is_err());
        assert!(parse("").is_err());
    }
}
