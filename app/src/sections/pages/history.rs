//! A section's history: every revision, what changed in each, and restoring one.

use leptos::{form::ActionForm, prelude::*};
use leptos_meta::Title;
use leptos_router::components::A;

use super::DiffParts;
use crate::{
    i18n::use_i18n,
    layout::{DataTable, ErrorNotice, Loaded, page_data, use_route_id},
    sections::api::{
        RestoreRevision, RevisionRow, SaveOutcome, SectionView, revision_diff, section,
        section_history,
    },
};

/// `/sections/:id/history`.
#[component]
pub fn SectionHistoryPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = use_route_id();
    let restore = ServerAction::<RestoreRevision>::new();
    let current = page_data(
        move || (id(), restore.version().get()),
        |(id, _)| section(id),
    );
    let history = page_data(
        move || (id(), restore.version().get()),
        |(id, _)| section_history(id),
    );
    // The pair being compared: (older, newer).
    let compared = RwSignal::new(None::<(i32, i32)>);
    let diff = page_data(
        move || (id(), compared.get()),
        |(id, pair)| async move {
            match pair {
                Some((from, to)) => revision_diff(id, from, to).await.map(Some),
                None => Ok(None),
            }
        },
    );
    let restored = move || {
        restore.value().get().map(|result| match result {
            Ok(SaveOutcome::Saved { version, .. }) => view! {
                <p class="notice" role="status" id="restore-status">{i18n.tr("history-restored")}" (v"{version}")"</p>
            }
            .into_any(),
            Ok(SaveOutcome::Conflict { .. }) => view! {
                <p class="notice notice--error" role="alert">{i18n.tr("section-conflict")}</p>
            }
            .into_any(),
            Err(error) => view! { <ErrorNotice error /> }.into_any(),
        })
    };
    view! {
        <Title text=i18n.tr("history-title") />
        <section class="page">
            <Loaded resource=current view={move |section: SectionView| view! {
                <header class="page__header">
                    <p class="breadcrumb">
                        <A href=format!("/sections/{}", section.id)>{section.title.clone()}</A>
                    </p>
                    <h1>{i18n.tr("history-title")}</h1>
                </header>
                <Loaded resource=history view={move |rows: Vec<RevisionRow>| view! {
                    <Revisions rows section_id=section.id can_edit=section.can_edit latest=section.version compared restore />
                }} />
            }} />
            {restored}
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    match diff.await {
                        Ok(Some(parts)) => {
                            let (from, to) = compared.get_untracked().unwrap_or_default();
                            view! {
                                <h2>{i18n.tr("history-changes")}" v"{from}" → v"{to}</h2>
                                <div class="diff" id="revision-diff">
                                    <DiffParts parts />
                                </div>
                            }
                            .into_any()
                        }
                        Ok(None) => ().into_any(),
                        Err(error) => view! { <ErrorNotice error /> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

/// The table of revisions, newest first, with compare and restore buttons.
#[component]
fn Revisions(
    rows: Vec<RevisionRow>,
    section_id: i32,
    can_edit: bool,
    latest: i32,
    compared: RwSignal<Option<(i32, i32)>>,
    restore: ServerAction<RestoreRevision>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <DataTable caption="history-title" columns=["history-version", "history-saved", "audit-who", "col-words", "col-actions"] id="section-history">
            {rows.into_iter().map(|r| {
                let version = r.version;
                let who = [r.author.clone(), r.organisation.clone()]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(" · ");
                view! {
                    <tr>
                        <th scope="row">
                            <span class="cell-title">{format!("v{version}")}</span>
                            <span class="cell-sub">{r.message.clone().unwrap_or_default()}</span>
                        </th>
                        <td>{r.saved_at.clone()}</td>
                        <td>{who}</td>
                        <td>{r.words}</td>
                        <td class="member-actions">
                            {(version > 1).then(|| view! {
                                <button
                                    type="button"
                                    class="button button-secondary compare"
                                    on:click=move |_| compared.set(Some((version - 1, version)))
                                >
                                    {i18n.tr("history-compare")}
                                </button>
                            })}
                            {(can_edit && version != latest).then(|| view! {
                                <ActionForm action=restore attr:class="form--inline">
                                    <input type="hidden" name="id" value=section_id />
                                    <input type="hidden" name="version" value=version />
                                    <button type="submit" class="button button-secondary">
                                        {i18n.tr("history-restore")}
                                    </button>
                                </ActionForm>
                            })}
                        </td>
                    </tr>
                }
            }).collect_view()}
        </DataTable>
    }
}
