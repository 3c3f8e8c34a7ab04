//! The report's words against its profile's limit: body only, and body plus notes.

use leptos::prelude::*;

use crate::{
    i18n::use_i18n,
    reports::api::{ProfileRules, WordCount},
    sections::pages::WordMeter,
};

/// Totals of the outline's sections; the limit applies to body plus notes when the profile
/// counts notes, to the body alone otherwise.
#[component]
pub fn Totals(totals: WordCount, profile: Option<ProfileRules>) -> impl IntoView {
    let i18n = use_i18n();
    let limit = profile.as_ref().and_then(|p| p.word_limit);
    let notes_counted = profile.as_ref().is_none_or(|p| p.notes_counted);
    let (body_limit, total_limit) = if notes_counted {
        (None, limit)
    } else {
        (limit, None)
    };
    let rule = match (limit, notes_counted) {
        (None, _) => "profile-no-limit",
        (Some(_), true) => "profile-notes-counted",
        (Some(_), false) => "profile-notes-not-counted",
    };
    view! {
        <section class="card totals" id="report-totals" aria-labelledby="totals-title">
            <h2 class="card__title" id="totals-title">{i18n.tr("report-words")}</h2>
            <WordMeter count=Signal::stored(totals.body) limit=body_limit label="words-body" id="total-body" />
            <WordMeter count=Signal::stored(totals.total()) limit=total_limit label="words-with-notes" id="total-with-notes" />
            <p class="hint">{i18n.tr(rule)}</p>
        </section>
    }
}
