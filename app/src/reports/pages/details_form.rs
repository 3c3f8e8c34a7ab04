//! Editing a report's details: title, State, session, deadline with its time zone, language.

use leptos::{form::ActionForm, prelude::*};

use super::actions::ReportActions;
use crate::{
    i18n::use_i18n,
    layout::ActionResult,
    reports::api::ReportDetails,
    states::{Language, Named},
};

/// The details form for coordinators, folded away until opened.
#[component]
pub fn DetailsForm(details: ReportDetails, languages: Vec<String>) -> impl IntoView {
    let i18n = use_i18n();
    let actions = ReportActions::use_context();
    let languages = if languages.is_empty() {
        vec![details.language.clone()]
    } else {
        languages
    };
    view! {
        <details class="card" id="report-details">
            <summary>{i18n.tr("report-edit-details")}</summary>
            <ActionForm action=actions.details attr:class="form" attr:id="report-details-form">
                <ActionResult result=actions.details.value().into() done_key="account-saved" />
                <input type="hidden" name="details[id]" value=details.id />
                <input type="hidden" name="details[version]" value=details.version />
                <ReportFields details=details.clone() languages=Signal::stored(languages) time_zones=Vec::new() />
                <button type="submit" class="button">{i18n.tr("account-save")}</button>
            </ActionForm>
        </details>
    }
}

/// The fields a report's details share between creating and editing it.
#[component]
pub fn ReportFields(
    details: ReportDetails,
    /// Language codes to offer.
    #[prop(into)]
    languages: Signal<Vec<String>>,
    /// Time zone names for the suggestions list (may be empty).
    time_zones: Vec<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let text = move |id: &'static str,
                     name: &'static str,
                     label: &'static str,
                     value: String,
                     required: bool| {
        view! {
            <div class="field">
                <label for=id>{i18n.tr(label)}</label>
                <input id=id name=name type="text" value=value required=required maxlength="200" />
            </div>
        }
    };
    let language = details.language.clone();
    view! {
        {text("report-title", "details[title]", "col-title", details.title.clone(), true)}
        {text("report-state", "details[state_under_review]", "col-state", details.state_under_review.clone(), true)}
        {text("report-session", "details[session]", "col-session", details.session.clone(), false)}
        <div class="form-row">
            <div class="field">
                <label for="report-deadline-date">{i18n.tr("col-deadline")}</label>
                <input id="report-deadline-date" name="details[deadline_date]" type="date" value=details.deadline_date.clone() />
            </div>
            <div class="field">
                <label for="report-deadline-time">{i18n.tr("report-deadline-time")}</label>
                <input id="report-deadline-time" name="details[deadline_time]" type="time" value=details.deadline_time.clone() />
            </div>
            <div class="field">
                <label for="report-time-zone">{i18n.tr("report-time-zone")}</label>
                <input id="report-time-zone" name="details[time_zone]" type="text" list="time-zones" required=true
                    value=if details.time_zone.is_empty() { "UTC".to_string() } else { details.time_zone.clone() } />
                <datalist id="time-zones">
                    {time_zones.into_iter().map(|tz| view! { <option value=tz></option> }).collect_view()}
                </datalist>
            </div>
        </div>
        <div class="field">
            <label for="report-language">{i18n.tr("field-language")}</label>
            <select id="report-language" name="details[language]">
                {move || {
                    let accepted = languages.get();
                    Language::ALL.iter().map(|&option| {
                        let code = option.name();
                        let selected = code == language;
                        let marked = accepted.iter().any(|a| a == code);
                        view! {
                            <option value=code selected=selected>
                                {i18n.label(option)}{marked.then(|| view! { " · "{i18n.tr("languages-accepted")} })}
                            </option>
                        }
                    }).collect_view()
                }}
            </select>
        </div>
    }
}
