//! The one translation layer: Fluent catalogues under `app/locales/<code>/`, the [`Locale`] type,
//! and a reactive [`I18n`] context that every view reads its strings through.

pub mod catalogue;
#[cfg(feature = "ssr")]
pub mod server;

#[cfg(not(feature = "hydrate"))]
use std::{borrow::Cow, collections::HashMap};

#[cfg(not(feature = "hydrate"))]
use fluent_templates::Loader;
use fluent_templates::{LanguageIdentifier, fluent_bundle::FluentValue, langid};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::states::Named;

// The server holds every catalogue; the browser fetches the one it shows (`catalogue`).
#[cfg(not(feature = "hydrate"))]
fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// Name of the cookie that remembers the chosen interface language.
pub const LOCALE_COOKIE: &str = "shadowdesk_locale";

/// An interface language Shadowdesk is translated into.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Locale {
    #[default]
    En,
    Ru,
    Kk,
}

impl Locale {
    /// Every supported locale, in the order the switcher lists them.
    pub const ALL: [Locale; 3] = [Locale::En, Locale::Ru, Locale::Kk];

    /// The BCP 47 code, as used in `<html lang>` and the cookie.
    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Ru => "ru",
            Locale::Kk => "kk",
        }
    }

    /// The language's own name for itself, shown in the switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Ru => "Русский",
            Locale::Kk => "Қазақша",
        }
    }

    /// Parses a language tag such as `ru`, `ru-RU` or `KK`; `None` for unsupported languages.
    pub fn from_code(tag: &str) -> Option<Self> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Locale::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// Picks the best supported locale from an `Accept-Language` header, honouring q-values.
    pub fn negotiate(accept_language: &str) -> Option<Self> {
        let mut ranked: Vec<(f32, Locale)> = accept_language
            .split(',')
            .filter_map(|part| {
                let mut pieces = part.split(';');
                let locale = Locale::from_code(pieces.next()?)?;
                let quality = pieces
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .and_then(|q| q.parse::<f32>().ok())
                    .unwrap_or(1.0);
                (quality > 0.0).then_some((quality, locale))
            })
            .collect();
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
        ranked.first().map(|(_, l)| *l)
    }

    fn language_id(self) -> LanguageIdentifier {
        match self {
            Locale::En => langid!("en"),
            Locale::Ru => langid!("ru"),
            Locale::Kk => langid!("kk"),
        }
    }
}

/// Translates `key` into `locale`; falls back to English for a missing translation.
pub fn translate(locale: Locale, key: &str) -> String {
    #[cfg(not(feature = "hydrate"))]
    return LOCALES.lookup(&locale.language_id(), key);
    #[cfg(feature = "hydrate")]
    return catalogue::lookup(locale, key, None);
}

/// The interface label of a stored state, role or kind in `locale`.
pub fn label<T: Named>(locale: Locale, value: T) -> String {
    translate(locale, value.message())
}

/// Translates `key` with Fluent arguments (numbers select plural forms per language).
pub fn translate_with(
    locale: Locale,
    key: &str,
    args: &[(&'static str, FluentValue<'static>)],
) -> String {
    #[cfg(not(feature = "hydrate"))]
    {
        let args: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .map(|(k, v)| (Cow::Borrowed(*k), v.clone()))
            .collect();
        LOCALES.lookup_with_args(&locale.language_id(), key, &args)
    }
    #[cfg(feature = "hydrate")]
    {
        let mut fluent_args = fluent_bundle::FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        catalogue::lookup(locale, key, Some(&fluent_args))
    }
}

/// The current interface language, shared by every view through context.
#[derive(Clone, Copy, Debug)]
pub struct I18n {
    locale: RwSignal<Locale>,
}

impl I18n {
    /// The current locale (tracked: views re-render when it changes).
    pub fn locale(self) -> Locale {
        self.locale.get()
    }

    /// The current locale, without tracking (for initial values).
    pub fn locale_untracked(self) -> Locale {
        self.locale.get_untracked()
    }

    /// Switches the interface language. The browser first fetches the language's catalogue;
    /// should that fail, it reloads the page, which the server renders in the language chosen.
    pub fn set_locale(self, locale: Locale) {
        #[cfg(feature = "hydrate")]
        {
            let current = self.locale;
            leptos::task::spawn_local(async move {
                match catalogue::load(locale).await {
                    Ok(()) => current.set(locale),
                    Err(error) => {
                        leptos::logging::error!("{error}; reloading the page in that language");
                        let _ = window().location().reload();
                    }
                }
            });
        }
        #[cfg(not(feature = "hydrate"))]
        self.locale.set(locale);
    }

    /// A reactive translation of `key`, to place directly in a view.
    pub fn tr(self, key: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        let locale = self.locale;
        move || translate(locale.get(), key)
    }

    /// A reactive translation of a key computed at run time (e.g. `status-drafting`).
    pub fn tr_owned(self, key: String) -> impl Fn() -> String + Clone + Send + Sync + 'static {
        let locale = self.locale;
        move || translate(locale.get(), &key)
    }

    /// A reactive label of a stored state, role or kind, to place directly in a view.
    pub fn label<T: Named + Send + Sync>(
        self,
        value: T,
    ) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        let locale = self.locale;
        move || label(locale.get(), value)
    }

    /// A reactive translation with one numeric argument, e.g. a count that selects a plural.
    pub fn tr_count(
        self,
        key: &'static str,
        name: &'static str,
        count: i64,
    ) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        let locale = self.locale;
        move || translate_with(locale.get(), key, &[(name, FluentValue::from(count))])
    }
}

/// Provides the [`I18n`] context, starting from the locale of the request (server) or of the
/// server-rendered document (browser), so hydration sees the same strings.
pub fn provide_i18n() -> I18n {
    let i18n = I18n {
        locale: RwSignal::new(initial_locale()),
    };
    provide_context(i18n);
    i18n
}

/// Provides an [`I18n`] context fixed to `locale`, for pages rendered outside the app (the
/// public follow-up page, which chooses its language from its address).
#[cfg(feature = "ssr")]
pub fn provide_fixed(locale: Locale) -> I18n {
    let i18n = I18n {
        locale: RwSignal::new(locale),
    };
    provide_context(i18n);
    i18n
}

/// Hints for the page's `<head>`: the catalogues' version, and the current language's
/// catalogue preloaded so that it arrives alongside the bundle rather than after it.
#[component]
pub fn CatalogueHints() -> impl IntoView {
    #[cfg(feature = "ssr")]
    {
        let version = catalogue::version();
        let href = catalogue::address(server::request_locale(), version);
        view! {
            <meta name=catalogue::VERSION_META content=version />
            <link rel="preload" href=href r#as="fetch" crossorigin="anonymous" />
        }
    }
}

/// The [`I18n`] context provided by the app shell.
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

#[cfg(feature = "ssr")]
fn initial_locale() -> Locale {
    server::request_locale()
}

/// The language the server rendered this document in (its `<html lang>`).
#[cfg(all(feature = "hydrate", not(feature = "ssr")))]
pub fn document_locale() -> Locale {
    document()
        .document_element()
        .and_then(|html| html.get_attribute("lang"))
        .and_then(|lang| Locale::from_code(&lang))
        .unwrap_or_default()
}

#[cfg(all(feature = "hydrate", not(feature = "ssr")))]
fn initial_locale() -> Locale {
    document_locale()
}

#[cfg(not(any(feature = "ssr", feature = "hydrate")))]
fn initial_locale() -> Locale {
    Locale::default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message_ids(locale: &str) -> std::collections::BTreeSet<String> {
        let path = format!("{}/locales/{locale}/main.ftl", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(path)
            .expect("catalogue exists")
            .lines()
            .filter_map(|line| line.split_once(" ="))
            .map(|(id, _)| id.trim().to_string())
            .filter(|id| !id.is_empty() && !id.starts_with(['#', ' ', '*', '[']))
            .collect()
    }

    #[test]
    fn every_english_message_is_translated_into_russian_and_kazakh() {
        let english = message_ids("en");
        assert!(
            english.len() > 20,
            "the English catalogue should hold the shell's strings"
        );
        for locale in ["ru", "kk"] {
            let other = message_ids(locale);
            let missing: Vec<_> = english.difference(&other).collect();
            let extra: Vec<_> = other.difference(&english).collect();
            assert!(missing.is_empty(), "{locale} lacks {missing:?}");
            assert!(extra.is_empty(), "{locale} has unknown ids {extra:?}");
        }
    }

    #[test]
    fn every_state_role_and_kind_has_a_label() {
        use crate::states::{LinkKind, Named, every_variant};
        let english = message_ids("en");
        let incoming = LinkKind::ALL.iter().map(|k| k.incoming_message());
        let missing: Vec<_> = every_variant()
            .into_iter()
            .map(|(_, message)| message)
            .chain(incoming)
            .filter(|id| !english.contains(*id))
            .collect();
        assert!(missing.is_empty(), "no message for {missing:?}");
    }

    #[test]
    fn translations_differ_by_locale() {
        assert_eq!(translate(Locale::En, "nav-reports"), "Reports");
        assert_eq!(translate(Locale::Ru, "nav-reports"), "Доклады");
        assert_eq!(translate(Locale::Kk, "nav-reports"), "Баяндамалар");
    }

    #[test]
    fn russian_counts_pick_the_right_plural_form() {
        let count = |n: i64| {
            translate_with(
                Locale::Ru,
                "members-count",
                &[("count", FluentValue::from(n))],
            )
        };
        assert_eq!(count(1), "1 организация");
        assert_eq!(count(3), "3 организации");
        assert_eq!(count(14), "14 организаций");
        assert_eq!(count(21), "21 организация");
    }

    #[test]
    fn locale_tags_are_parsed_leniently() {
        assert_eq!(Locale::from_code("ru-RU"), Some(Locale::Ru));
        assert_eq!(Locale::from_code("KK"), Some(Locale::Kk));
        assert_eq!(Locale::from_code("fr"), None);
        assert_eq!(Locale::from_code(""), None);
    }

    #[test]
    fn accept_language_prefers_the_highest_supported_quality() {
        assert_eq!(
            Locale::negotiate("fr-FR,ru;q=0.8,en;q=0.5"),
            Some(Locale::Ru)
        );
        assert_eq!(Locale::negotiate("de,kk;q=0.2,en;q=0.9"), Some(Locale::En));
        assert_eq!(Locale::negotiate("de,fr"), None);
        assert_eq!(Locale::negotiate("ru;q=0"), None);
    }
}
