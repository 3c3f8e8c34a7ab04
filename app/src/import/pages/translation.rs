//! The preview of a translated file: which section of the report each of its parts
//! translates and what the import does with it, the sections it leaves untranslated, and the
//! button that writes it.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::{
    i18n::use_i18n,
    import::api::{TranslatedSection, TranslationPreview},
    layout::DataTable,
};

/// The lined-up file, then the button that writes it or, once written, the way back.
#[component]
pub fn TranslationPreviewCard(
    preview: TranslationPreview,
    report_id: i32,
    on_apply: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let writes = preview
        .sections
        .iter()
        .filter(|s| s.outcome.writes())
        .count() as i64;
    let heading = if preview.applied {
        i18n.tr_count("import-translation-done", "count", writes)
    } else {
        i18n.tr_count(
            "import-translation-split",
            "count",
            preview.sections.len() as i64,
        )
    };
    let state = if preview.complete {
        i18n.tr("translation-state-translated")
    } else {
        i18n.tr("translation-state-in-translation")
    };
    let untouched = preview.untouched.clone();
    view! {
        <section class="card import-preview" id="import-translation-preview">
            <h2>{heading}</h2>
            <p class="hint">
                {preview.file_name.clone()}" · "{i18n.label(preview.language)}" · "
                {i18n.tr("import-translation-state")}" "<strong>{state}</strong>
            </p>
            <DataTable caption="import-translation-caption" columns=vec!["import-translation-file-heading", "import-translation-section", "import-translation-outcome", "col-words"] id="import-translation-table">
                {preview.sections.into_iter().map(|section| view! { <Row section /> }).collect_view()}
            </DataTable>
            {(!untouched.is_empty()).then(|| view! {
                <div class="notice notice--warning" role="status" id="import-translation-untouched">
                    <p>{i18n.tr("import-translation-untouched")}</p>
                    <ul>{untouched.into_iter().map(|title| view! { <li>{title}</li> }).collect_view()}</ul>
                </div>
            })}
            {if preview.applied {
                view! {
                    <p class="notice" role="status" id="import-done">
                        <A href=format!("/reports/{report_id}")>{i18n.tr("import-open-report")}</A>
                    </p>
                }
                .into_any()
            } else if writes > 0 {
                view! {
                    <button type="button" class="button" id="import-apply" on:click=move |_| on_apply.run(())>
                        {i18n.tr_count("import-translation-apply", "count", writes)}
                    </button>
                }
                .into_any()
            } else {
                view! { <p class="empty-state">{i18n.tr("import-translation-nothing")}</p> }.into_any()
            }}
        </section>
    }
}

#[component]
fn Row(section: TranslatedSection) -> impl IntoView {
    let i18n = use_i18n();
    let outcome = section.outcome;
    let title = if section.title.is_empty() {
        i18n.tr("import-translation-preamble")()
    } else {
        section.title.clone()
    };
    view! {
        <tr data-outcome=outcome.message()>
            <th scope="row">
                <span class="cell-title">{title}</span>
                {(!section.excerpt.is_empty()).then(|| view! { <span class="cell-sub">{section.excerpt.clone()}</span> })}
            </th>
            <td>
                {match section.section {
                    Some((number, title)) => format!("{number} {title}"),
                    None => "—".to_string(),
                }}
            </td>
            <td>
                <span class="badge" class:badge--review=outcome.writes()>{i18n.tr(outcome.message())}</span>
            </td>
            <td>{section.words}</td>
        </tr>
    }
}
