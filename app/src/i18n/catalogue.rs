//! One locale's Fluent catalogue as the browser holds it. The server embeds all three
//! catalogues and serves each at `/locales/<code>.ftl`; the browser bundle carries none of them
//! and fetches the current language's before it hydrates (and another when the person switches
//! language), so a first visit downloads one catalogue instead of three inside the wasm.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};

use super::Locale;

/// A parsed catalogue that formats messages the way the server's loader does (no Unicode
/// isolation marks around arguments).
pub struct Catalogue(FluentBundle<FluentResource>);

/// Why a catalogue could not be used.
#[derive(Debug, thiserror::Error)]
pub enum CatalogueError {
    #[error("the {0} catalogue has syntax errors")]
    Syntax(&'static str),
    #[error("the {0} catalogue defines a message twice")]
    Duplicate(&'static str),
    #[cfg(feature = "hydrate")]
    #[error("the {0} catalogue could not be fetched")]
    Fetch(&'static str),
}

impl Catalogue {
    /// Parses the Fluent source of `locale`'s catalogue.
    pub fn parse(locale: Locale, source: String) -> Result<Self, CatalogueError> {
        let resource =
            FluentResource::try_new(source).map_err(|_| CatalogueError::Syntax(locale.code()))?;
        let mut bundle = FluentBundle::new(vec![locale.language_id()]);
        bundle.set_use_isolating(false);
        bundle
            .add_resource(resource)
            .map_err(|_| CatalogueError::Duplicate(locale.code()))?;
        Ok(Self(bundle))
    }

    /// The message `key` formatted with `args`; `None` if the catalogue lacks it.
    pub fn format(&self, key: &str, args: Option<&FluentArgs>) -> Option<String> {
        let pattern = self.0.get_message(key)?.value()?;
        let mut errors = Vec::new();
        Some(
            self.0
                .format_pattern(pattern, args, &mut errors)
                .into_owned(),
        )
    }
}

/// The Fluent source of `locale`'s catalogue, as the server serves it.
#[cfg(feature = "ssr")]
pub fn source(locale: Locale) -> &'static str {
    match locale {
        Locale::En => include_str!("../../locales/en/main.ftl"),
        Locale::Ru => include_str!("../../locales/ru/main.ftl"),
        Locale::Kk => include_str!("../../locales/kk/main.ftl"),
    }
}

/// A digest of all three catalogues: pages name it in their `<head>` and the browser asks for
/// `/locales/<code>.ftl?v=<version>`, so a catalogue can be cached for good and a new release
/// is fetched afresh. Every server built from the same sources gives the same version.
#[cfg(feature = "ssr")]
pub fn version() -> &'static str {
    use sha2::{Digest, Sha256};
    use std::sync::OnceLock;
    static VERSION: OnceLock<String> = OnceLock::new();
    VERSION.get_or_init(|| {
        let mut digest = Sha256::new();
        for locale in Locale::ALL {
            digest.update(source(locale).as_bytes());
        }
        digest.finalize()[..8]
            .iter()
            .map(|byte| format!("{byte:02x}"))
            .collect()
    })
}

/// The address of `locale`'s catalogue at `version`.
pub fn address(locale: Locale, version: &str) -> String {
    format!("/locales/{}.ftl?v={version}", locale.code())
}

/// The `<meta>` name under which a page carries the catalogues' version.
pub const VERSION_META: &str = "shadowdesk-catalogues";

#[cfg(feature = "hydrate")]
pub use browser::{load, lookup};

/// The catalogues the browser has fetched, one per language it has shown.
#[cfg(feature = "hydrate")]
mod browser {
    use std::{cell::RefCell, collections::HashMap, rc::Rc};

    use fluent_bundle::FluentArgs;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    use super::{Catalogue, CatalogueError, Locale, VERSION_META, address};

    thread_local! {
        static LOADED: RefCell<HashMap<Locale, Rc<Catalogue>>> = RefCell::new(HashMap::new());
    }

    /// The message `key` in `locale`; the key itself if that catalogue has not arrived or
    /// lacks the message (the catalogue tests keep every key in every language).
    pub fn lookup(locale: Locale, key: &str, args: Option<&FluentArgs>) -> String {
        LOADED
            .with_borrow(|loaded| loaded.get(&locale).cloned())
            .and_then(|catalogue| catalogue.format(key, args))
            .unwrap_or_else(|| key.to_string())
    }

    /// Fetches and parses `locale`'s catalogue unless it is already here.
    pub async fn load(locale: Locale) -> Result<(), CatalogueError> {
        if LOADED.with_borrow(|loaded| loaded.contains_key(&locale)) {
            return Ok(());
        }
        let source = fetch(&address(locale, &page_version()))
            .await
            .ok_or(CatalogueError::Fetch(locale.code()))?;
        let catalogue = Catalogue::parse(locale, source)?;
        LOADED.with_borrow_mut(|loaded| loaded.insert(locale, Rc::new(catalogue)));
        Ok(())
    }

    /// The catalogues' version the server named in this page's `<head>`.
    fn page_version() -> String {
        leptos::prelude::document()
            .query_selector(&format!("meta[name=\"{VERSION_META}\"]"))
            .ok()
            .flatten()
            .and_then(|meta| meta.get_attribute("content"))
            .unwrap_or_default()
    }

    async fn fetch(url: &str) -> Option<String> {
        let response = JsFuture::from(leptos::prelude::window().fetch_with_str(url))
            .await
            .ok()?
            .dyn_into::<web_sys::Response>()
            .ok()?;
        if !response.ok() {
            return None;
        }
        JsFuture::from(response.text().ok()?)
            .await
            .ok()?
            .as_string()
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::i18n::translate_with;
    use fluent_bundle::FluentValue;

    fn ids(locale: Locale) -> Vec<&'static str> {
        source(locale)
            .lines()
            .filter_map(|line| line.split_once(" ="))
            .map(|(id, _)| id.trim())
            .filter(|id| !id.is_empty() && !id.starts_with(['#', ' ', '*', '[', '-']))
            .collect()
    }

    /// Every variable any message of `locale` uses, each set to 3 (extra ones are ignored).
    fn every_variable(locale: Locale) -> Vec<(&'static str, FluentValue<'static>)> {
        let mut names: Vec<&'static str> = source(locale)
            .split('$')
            .skip(1)
            .filter_map(|rest| {
                let end = rest
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
                    .unwrap_or(rest.len());
                (end > 0).then(|| &rest[..end])
            })
            .collect();
        names.sort_unstable();
        names.dedup();
        names
            .into_iter()
            .map(|name| (name, FluentValue::from(3)))
            .collect()
    }

    #[test]
    fn the_served_catalogues_format_every_message_as_the_server_does() {
        for locale in Locale::ALL {
            let catalogue = Catalogue::parse(locale, source(locale).to_string()).unwrap();
            let variables = every_variable(locale);
            let mut args = FluentArgs::new();
            for (name, value) in &variables {
                args.set(*name, value.clone());
            }
            let ids = ids(locale);
            assert!(ids.len() > 100, "{} holds the interface", locale.code());
            for id in ids {
                assert_eq!(
                    catalogue.format(id, Some(&args)).as_deref(),
                    Some(translate_with(locale, id, &variables).as_str()),
                    "{} {id}",
                    locale.code()
                );
            }
        }
    }

    #[test]
    fn served_catalogues_select_plurals_like_the_server() {
        let catalogue = Catalogue::parse(Locale::Ru, source(Locale::Ru).to_string()).unwrap();
        for n in [1, 3, 14, 21] {
            let mut args = FluentArgs::new();
            args.set("count", FluentValue::from(n));
            assert_eq!(
                catalogue.format("members-count", Some(&args)),
                Some(translate_with(
                    Locale::Ru,
                    "members-count",
                    &[("count", FluentValue::from(n))]
                ))
            );
        }
        assert_eq!(catalogue.format("no-such-message", None), None);
    }

    #[test]
    fn a_broken_catalogue_is_refused() {
        assert!(matches!(
            Catalogue::parse(Locale::Kk, "greeting = { $".to_string()),
            Err(CatalogueError::Syntax("kk"))
        ));
        assert!(matches!(
            Catalogue::parse(Locale::En, "a = one\na = two\n".to_string()),
            Err(CatalogueError::Duplicate("en"))
        ));
    }

    #[test]
    fn the_version_names_the_sources() {
        assert_eq!(version().len(), 16);
        assert!(version().bytes().all(|b| b.is_ascii_hexdigit()));
        assert_eq!(
            address(Locale::Ru, version()),
            format!("/locales/ru.ftl?v={}", version())
        );
    }
}
