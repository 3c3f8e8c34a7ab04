//! `/recommendations/import`: a coordinator uploads a UHRI export or a UPR Info CSV, follows
//! its progress, sees what each row would do (create, update, unchanged, or refused and why),
//! then imports the good rows.

use leptos::web_sys::FormData;
use leptos::{html::Form, prelude::*};
use leptos_meta::Title;
use leptos_router::components::A;

use super::progress_bar::{ImportProgressBar, new_token};
use crate::{
    error::ApiError,
    i18n::use_i18n,
    layout::{DataTable, ErrorNotice, Loaded, form_data, page_data},
    recommendations::{
        import::api::{ImportSummary, import_recommendations, recommendation_import_choices},
        list::api::CoalitionChoice,
    },
};

/// `/recommendations/import`.
#[component]
pub fn ImportRecommendationsPage() -> impl IntoView {
    let i18n = use_i18n();
    let choices = page_data(|| (), |_| recommendation_import_choices());
    view! {
        <Title text=i18n.tr("rec-import-title") />
        <section class="page page--wide">
            <header class="page__header">
                <p class="breadcrumb"><A href="/recommendations">{i18n.tr("recommendations-title")}</A></p>
                <h1>{i18n.tr("rec-import-title")}</h1>
                <p class="lead">{i18n.tr("rec-import-intro")}</p>
            </header>
            <Loaded resource=choices view={|coalitions: Vec<CoalitionChoice>| view! { <ImportForm coalitions /> }} />
        </section>
    }
}

#[component]
fn ImportForm(coalitions: Vec<CoalitionChoice>) -> impl IntoView {
    let i18n = use_i18n();
    let form = NodeRef::<Form>::new();
    let upload = Action::new_local(|data: &FormData| import_recommendations(data.clone().into()));
    let token = RwSignal::new(String::new());
    // The columns of a coalition's own CSV, once the server has read them.
    let columns = RwSignal::new(Vec::<String>::new());
    Effect::new(move |_| {
        if let Some(Ok(summary)) = upload.value().get()
            && !summary.columns.is_empty()
        {
            columns.set(summary.columns);
        }
    });
    let send = move |apply: bool| {
        if let Some(data) = form_data(form, apply) {
            let fresh = new_token();
            let _ = data.append_with_str("progress", &fresh);
            token.set(fresh);
            upload.dispatch_local(data);
        }
    };
    if coalitions.is_empty() {
        return view! { <p class="notice notice--error" role="alert">{i18n.tr("rec-import-not-allowed")}</p> }
            .into_any();
    }
    let result = move || {
        upload
            .value()
            .get()
            .map(|result: Result<ImportSummary, ApiError>| match result {
                Ok(summary) => {
                    view! { <Summary summary on_apply=Callback::new(move |_| send(true)) /> }
                        .into_any()
                }
                Err(error) => view! { <ErrorNotice error /> }.into_any(),
            })
    };
    view! {
        <form class="form card" id="rec-import-form" node_ref=form on:submit=move |ev| {
            ev.prevent_default();
            send(false);
        }>
            <div class="field">
                <label for="rec-coalition">{i18n.tr("rec-coalition")}</label>
                <select id="rec-coalition" name="coalition_id">
                    {coalitions.into_iter().map(|c| view! { <option value=c.id>{c.name}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="rec-format">{i18n.tr("rec-import-format")}</label>
                <select id="rec-format" name="format" on:change=move |_| columns.set(Vec::new())>
                    <option value="uhri-json">{i18n.tr("rec-format-uhri")}</option>
                    <option value="uhri-xlsx">{i18n.tr("rec-format-uhri-xlsx")}</option>
                    <option value="upr-info-csv">{i18n.tr("rec-format-upr-info")}</option>
                    <option value="mapped-csv">{i18n.tr("rec-format-mapped-csv")}</option>
                </select>
            </div>
            <div class="field">
                <label for="rec-file">{i18n.tr("rec-import-file")}</label>
                <input id="rec-file" name="file" type="file" required=true accept=".json,.csv,.xlsx"
                    on:change=move |_| columns.set(Vec::new()) />
            </div>
            {move || {
                let found = columns.get();
                (!found.is_empty()).then(|| view! { <ColumnMapping columns=found /> })
            }}
            <button type="submit" class="button" id="rec-import-preview" disabled=move || upload.pending().get()>
                {i18n.tr("rec-import-preview")}
            </button>
        </form>
        <ImportProgressBar token pending=upload.pending().into() />
        <div id="rec-import-result" aria-live="polite">{result}</div>
    }
    .into_any()
}

/// The fields a column of a coalition's own CSV can give (see the server's mapping).
const FIELDS: [&str; 13] = [
    "symbol",
    "mechanism",
    "text",
    "paragraph",
    "date",
    "session",
    "state",
    "recommending",
    "position",
    "themes",
    "affected",
    "sdgs",
    "annotation",
];

/// The mechanisms a whole file can be from, when no column says.
const MECHANISMS: [&str; 13] = [
    "UPR", "CCPR", "CESCR", "CAT", "SPT", "CEDAW", "CRC", "CERD", "CRPD", "CMW", "CED", "SP",
    "OSCE",
];

/// Chooses which column of the file gives each field.
#[component]
fn ColumnMapping(columns: Vec<String>) -> impl IntoView {
    let i18n = use_i18n();
    let guess = |field: &str, column: &str| {
        let column = column.to_lowercase();
        match field {
            "symbol" => column.contains("symbol") || column.contains("документ"),
            "text" => {
                column.contains("text")
                    || column.contains("recommendation")
                    || column.contains("текст")
            }
            "paragraph" => column.contains("para") || column.contains("пункт"),
            "mechanism" => {
                column.contains("mechanism")
                    || column.contains("body")
                    || column.contains("механизм")
            }
            "date" => column.contains("date") || column.contains("дата"),
            other => column.contains(other),
        }
    };
    view! {
        <fieldset class="field mapping" id="rec-mapping">
            <legend>{i18n.tr("rec-mapping-title")}</legend>
            <p class="hint">{i18n.tr("rec-mapping-intro")}</p>
            <div class="form-grid">
                {FIELDS.into_iter().map(|field| {
                    let id = format!("map-{field}");
                    let first = columns.iter().position(|c| guess(field, c));
                    view! {
                        <div class="field">
                            <label for=id.clone()>{i18n.tr_owned(format!("map-field-{field}"))}</label>
                            <select id=id name=format!("map_{field}")>
                                <option value="">{i18n.tr("rec-mapping-none")}</option>
                                {columns.iter().enumerate().map(|(i, c)| view! {
                                    <option value=c.clone() selected=first == Some(i)>{c.clone()}</option>
                                }).collect_view()}
                                {(field == "mechanism").then(|| view! {
                                    <optgroup label=i18n.tr("rec-mapping-whole-file")>
                                        {MECHANISMS.into_iter().map(|m| view! { <option value=format!("={m}")>{m}</option> }).collect_view()}
                                    </optgroup>
                                })}
                            </select>
                        </div>
                    }
                }).collect_view()}
            </div>
        </fieldset>
    }
}

#[component]
fn Summary(summary: ImportSummary, on_apply: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    if !summary.columns.is_empty() {
        return view! {
            <section class="card import-preview" id="rec-import-summary">
                <h2>{i18n.tr("rec-mapping-title")}</h2>
                <p id="rec-import-columns">{summary.file_name.clone()}" — "{summary.columns.join(" · ")}</p>
                <p class="hint">{i18n.tr("rec-mapping-next")}</p>
            </section>
        }
        .into_any();
    }
    let writes = summary.created + summary.updated;
    let counts = format!(
        "{}: {} · {}: {} · {}: {} · {}: {}",
        i18n.tr("rec-action-create")(),
        summary.created,
        i18n.tr("rec-action-update")(),
        summary.updated,
        i18n.tr("rec-action-unchanged")(),
        summary.unchanged,
        i18n.tr("rec-action-refused")(),
        summary.refused
    );
    let applied = summary.applied;
    view! {
        <section class="card import-preview" id="rec-import-summary">
            <h2>{if applied { i18n.tr("rec-import-done") } else { i18n.tr("rec-import-plan") }}</h2>
            <p id="rec-import-counts">{summary.file_name.clone()}" — "{counts}</p>
            <DataTable caption="rec-import-plan" columns=["rec-line", "rec-key", "rec-action"]>
                {summary.rows.into_iter().map(|row| view! {
                    <tr class=format!("import-row import-row--{}", row.action)>
                        <td>{row.line}</td>
                        <td>{row.key}</td>
                        <td>
                            {i18n.label(row.action)}
                            {(!row.reason.is_empty()).then(|| view! { <span class="cell-sub">{row.reason.clone()}</span> })}
                        </td>
                    </tr>
                }).collect_view()}
            </DataTable>
            {if applied {
                view! { <p class="notice" role="status" id="rec-import-done"><A href="/recommendations">{i18n.tr("rec-import-open-list")}</A></p> }.into_any()
            } else if writes > 0 {
                view! {
                    <button type="button" class="button" id="rec-import-apply" on:click=move |_| on_apply.run(())>
                        {i18n.tr_count("rec-import-apply", "count", writes as i64)}
                    </button>
                }
                .into_any()
            } else {
                view! { <p class="hint">{i18n.tr("rec-import-nothing")}</p> }.into_any()
            }}
        </section>
    }
    .into_any()
}
