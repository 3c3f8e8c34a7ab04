//! The Atom feed (RFC 4287) of a coalition's newly approved assessments: who assessed (the
//! body, never the person), the level, the narrative, and a link to the recommendation's
//! public page.

use chrono::{DateTime, Utc};
use quick_xml::{
    Writer,
    events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event},
};

use super::content::{PublicAssessment, Published};
use crate::i18n::{Locale, translate};

/// An element's text, or an empty element with attributes.
enum Node<'a> {
    Text(&'a str, &'a str),
    Link(&'a str),
}

fn write(writer: &mut Writer<Vec<u8>>, node: Node<'_>) -> std::io::Result<()> {
    match node {
        Node::Text(name, text) => {
            writer.write_event(Event::Start(BytesStart::new(name)))?;
            writer.write_event(Event::Text(BytesText::new(text)))?;
            writer.write_event(Event::End(BytesEnd::new(name)))
        }
        Node::Link(href) => writer.write_event(Event::Empty(
            BytesStart::new("link").with_attributes([("href", href), ("rel", "alternate")]),
        )),
    }
}

fn rfc3339(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// The feed of `entries` (assessment and its recommendation's citation, newest first) in
/// `locale`; `site` is the address the links start with (`https://…`, no trailing slash).
pub fn atom(
    coalition: &Published,
    entries: &[(PublicAssessment, String)],
    locale: Locale,
    site: &str,
) -> Vec<u8> {
    let page = format!("{site}/p/{}", coalition.address);
    let updated = entries
        .iter()
        .map(|(a, _)| a.approved_at)
        .max()
        .unwrap_or(coalition.published_at)
        .max(coalition.published_at);
    let title = format!("{} — {}", coalition.name, translate(locale, "public-feed"));
    let mut writer = Writer::new(Vec::new());
    let result: std::io::Result<()> = (|| {
        writer.write_event(Event::Decl(BytesDecl::new("1.0", Some("utf-8"), None)))?;
        writer.write_event(Event::Start(BytesStart::new("feed").with_attributes([
            ("xmlns", "http://www.w3.org/2005/Atom"),
            ("xml:lang", locale.code()),
        ])))?;
        write(&mut writer, Node::Text("title", &title))?;
        write(&mut writer, Node::Text("id", &format!("{page}/feed.atom")))?;
        write(&mut writer, Node::Text("updated", &rfc3339(updated)))?;
        write(&mut writer, Node::Link(&page))?;
        writer.write_event(Event::Empty(BytesStart::new("link").with_attributes([
            ("href", format!("{page}/feed.atom").as_str()),
            ("rel", "self"),
        ])))?;
        writer.write_event(Event::Start(BytesStart::new("author")))?;
        write(&mut writer, Node::Text("name", &coalition.name))?;
        writer.write_event(Event::End(BytesEnd::new("author")))?;
        for (a, citation) in entries {
            let link = format!(
                "{page}/recommendations/{}?lang={}#assessment-{}",
                a.recommendation_id,
                locale.code(),
                a.id
            );
            let entry_title = format!(
                "{citation}: {} — {}",
                a.level_text(locale),
                a.assessor_text(locale)
            );
            let summary = format!(
                "{} {}. {}",
                translate(locale, "public-assessed-on"),
                a.assessed_on.format("%Y-%m-%d"),
                a.narrative.trim()
            );
            writer.write_event(Event::Start(BytesStart::new("entry")))?;
            write(&mut writer, Node::Text("title", &entry_title))?;
            write(
                &mut writer,
                Node::Text("id", &format!("{page}/assessments/{}", a.id)),
            )?;
            write(&mut writer, Node::Text("updated", &rfc3339(a.approved_at)))?;
            write(&mut writer, Node::Link(&link))?;
            write(&mut writer, Node::Text("summary", summary.trim()))?;
            writer.write_event(Event::End(BytesEnd::new("entry")))?;
        }
        writer.write_event(Event::End(BytesEnd::new("feed")))
    })();
    // Writing into memory cannot fail.
    debug_assert!(result.is_ok());
    writer.into_inner()
}
