//! `/profiles`: every submission profile with its limit, languages and outline size.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

use crate::{
    i18n::use_i18n,
    layout::{DataTable, Loaded, page_data},
    profiles::api::{ProfileCatalogue, list_profiles},
};

const COLUMNS: &[&str] = &[
    "col-name",
    "col-mechanism",
    "col-stage",
    "col-word-limit",
    "col-languages",
    "col-sections",
];

/// The profiles reports are created from.
#[component]
pub fn ProfilesPage() -> impl IntoView {
    let i18n = use_i18n();
    let profiles = page_data(|| (), |_| list_profiles());
    view! {
        <Title text=i18n.tr("profiles-title") />
        <section class="page">
            <header class="page__header">
                <h1>{i18n.tr("profiles-title")}</h1>
                <p class="lead">{i18n.tr("profiles-intro")}</p>
            </header>
            <Loaded resource=profiles view=move |catalogue: ProfileCatalogue| view! {
                {catalogue.can_create.then(|| view! {
                    <p><A href="/profiles/new" attr:class="button" attr:id="new-profile">{i18n.tr("profiles-new")}</A></p>
                })}
                <DataTable caption="profiles-title" columns=COLUMNS id="profiles">
                    {catalogue.profiles.into_iter().map(|p| {
                        let limit = match p.word_limit {
                            Some(limit) => i18n.tr_count("words-count", "count", i64::from(limit))(),
                            None => i18n.tr("profile-no-limit")(),
                        };
                        let notes = if p.notes_counted { "profile-notes-counted" } else { "profile-notes-not-counted" };
                        view! {
                            <tr>
                                <th scope="row">
                                    <A href=format!("/profiles/{}", p.id) attr:class="cell-title">{p.name}</A>
                                    <span class="cell-sub">{p.code}</span>
                                </th>
                                <td><abbr class="mechanism">{p.mechanism}</abbr></td>
                                <td>{i18n.tr_owned(format!("stage-{}", p.stage))}</td>
                                <td>
                                    <span class="cell-title">{limit}</span>
                                    <span class="cell-sub">{i18n.tr(notes)}</span>
                                </td>
                                <td>{p.languages.join(", ").to_uppercase()}</td>
                                <td>{p.sections}</td>
                            </tr>
                        }
                    }).collect_view()}
                </DataTable>
            } />
        </section>
    }
}
