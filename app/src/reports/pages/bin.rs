//! The report's bin: removed sections, with who removed them and when, each restorable.

use leptos::prelude::*;

use super::actions::ReportActions;
use crate::{i18n::use_i18n, outline::api::RestoreSection, reports::api::BinRow};

/// Sections in the bin (nothing when it is empty).
#[component]
pub fn Bin(bin: Vec<BinRow>) -> impl IntoView {
    let i18n = use_i18n();
    let actions = ReportActions::use_context();
    (!bin.is_empty()).then(|| {
        view! {
            <section class="card" id="report-bin" aria-labelledby="bin-title">
                <h2 class="card__title" id="bin-title">{i18n.tr("outline-bin")}</h2>
                <ul class="plain-list">
                    {bin.into_iter().map(|row| {
                        let id = row.id;
                        view! {
                            <li class="bin-item">
                                <span>
                                    <span class="cell-title">{row.title}</span>
                                    <span class="cell-sub">{row.removed_at}{row.removed_by.map(|p| format!(" · {p}"))}</span>
                                </span>
                                <button type="button" class="button button-small" data-action="restore"
                                    on:click=move |_| { actions.restore.dispatch(RestoreSection { id }); }>
                                    {i18n.tr("outline-restore")}
                                </button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        }
    })
}
