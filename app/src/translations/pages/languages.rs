//! The languages of a report on its dashboard: how far each translation has got, and, for
//! coordinators, adding and removing languages.

use leptos::{form::ActionForm, prelude::*};

use crate::{
    i18n::use_i18n,
    layout::{ActionResult, DataTable, Loaded, page_data},
    states::{Named, TranslationState},
    translations::api::{
        AddReportLanguage, LanguagesOverview, RemoveReportLanguage, report_languages,
    },
};

/// The languages panel of report `report_id`.
#[component]
pub fn LanguagesPanel(report_id: i32) -> impl IntoView {
    let i18n = use_i18n();
    let add = ServerAction::<AddReportLanguage>::new();
    let remove = ServerAction::<RemoveReportLanguage>::new();
    let languages = page_data(
        move || (add.version().get(), remove.version().get()),
        move |_| report_languages(report_id),
    );
    view! {
        <section class="card" id="report-languages" aria-labelledby="report-languages-title">
            <h2 id="report-languages-title">{i18n.tr("languages-title")}</h2>
            <ActionResult result=add.value().into() done_key="languages-added" />
            <ActionResult result=remove.value().into() done_key="languages-removed" />
            <Loaded resource=languages view={move |languages: LanguagesOverview| view! { <Languages languages add remove /> }} />
        </section>
    }
}

#[component]
fn Languages(
    languages: LanguagesOverview,
    add: ServerAction<AddReportLanguage>,
    remove: ServerAction<RemoveReportLanguage>,
) -> impl IntoView {
    let i18n = use_i18n();
    let report_id = languages.report_id;
    let can_manage = languages.can_manage;
    let mut columns = vec!["col-language"];
    columns.extend(TranslationState::ALL.iter().map(|s| s.message()));
    columns.push("translation-state-missing");
    columns.push("col-words");
    if can_manage {
        columns.push("col-actions");
    }
    view! {
        <p>{i18n.tr("languages-source")}" "<strong id="report-source-language">{languages.source.clone()}</strong></p>
        {if languages.targets.is_empty() {
            view! { <p class="empty-state">{i18n.tr("languages-none")}</p> }.into_any()
        } else {
            view! {
                <DataTable caption="languages-title" columns id="report-languages-table">
                    {languages.targets.into_iter().map(|target| {
                        let code = target.language.name();
                        view! {
                            <tr data-language=code>
                                <th scope="row">
                                    <span class="cell-title">{i18n.label(target.language)}</span>
                                    {target.accepted.then(|| view! { <span class="badge">{i18n.tr("languages-accepted")}</span> })}
                                </th>
                                {target.states.into_iter().map(|(state, count)| view! {
                                    <td data-state=state.name()>{count}</td>
                                }).collect_view()}
                                <td data-state="missing">{target.missing}</td>
                                <td class="translation-words">{target.words.body}</td>
                                {can_manage.then(|| view! {
                                    <td>
                                        <div class="button-row">
                                        <a class="button button-secondary" href=format!("/reports/{report_id}/import?language={code}")>
                                            {i18n.tr("languages-import")}
                                        </a>
                                        <ActionForm action=remove attr:class="form--inline">
                                            <input type="hidden" name="report_id" value=report_id />
                                            <input type="hidden" name="language" value=code />
                                            <button type="submit" class="button button-secondary">{i18n.tr("languages-remove")}</button>
                                        </ActionForm>
                                        </div>
                                    </td>
                                })}
                            </tr>
                        }
                    }).collect_view()}
                </DataTable>
            }
            .into_any()
        }}
        {(can_manage && !languages.choices.is_empty()).then(|| view! {
            <ActionForm action=add attr:class="form form--inline" attr:id="add-language-form">
                <input type="hidden" name="report_id" value=report_id />
                <div class="field">
                    <label for="add-language">{i18n.tr("languages-add-label")}</label>
                    <select id="add-language" name="language">
                        {languages.choices.iter().map(|&language| view! {
                            <option value=language.name()>{i18n.label(language)}</option>
                        }).collect_view()}
                    </select>
                </div>
                <button type="submit" class="button">{i18n.tr("languages-add")}</button>
            </ActionForm>
        })}
    }
}
