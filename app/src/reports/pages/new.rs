//! `/reports/new`: a coordinator creates a report from a submission profile; its outline is
//! copied from the profile's template.

use leptos::{form::ActionForm, prelude::*};
use leptos_meta::Title;
use leptos_router::{NavigateOptions, components::A, hooks::use_navigate};

use super::details_form::ReportFields;
use crate::{
    i18n::use_i18n,
    layout::{ActionResult, Loaded, page_data},
    reports::api::{CreateReport, ReportChoices, ReportDetails, new_report_choices},
};

/// The new-report form.
#[component]
pub fn NewReportPage() -> impl IntoView {
    let i18n = use_i18n();
    let choices = page_data(|| (), |_| new_report_choices());
    let create = ServerAction::<CreateReport>::new();
    let navigate = use_navigate();
    Effect::new(move |_| {
        if let Some(Ok(id)) = create.value().get() {
            navigate(&format!("/reports/{id}"), NavigateOptions::default());
        }
    });
    view! {
        <Title text=i18n.tr("report-new") />
        <section class="page">
            <header class="page__header">
                <h1>{i18n.tr("report-new")}</h1>
                <p class="lead">{i18n.tr("report-new-intro")}</p>
            </header>
            <Loaded resource=choices view=move |choices: ReportChoices| view! { <NewReportForm choices create /> } />
        </section>
    }
}

#[component]
fn NewReportForm(choices: ReportChoices, create: ServerAction<CreateReport>) -> impl IntoView {
    let i18n = use_i18n();
    let profiles = StoredValue::new(choices.profiles.clone());
    let first = choices.profiles.first().map_or(0, |p| p.id);
    let profile = RwSignal::new(first);
    let languages = Signal::derive(move || {
        profiles.with_value(|all| {
            all.iter()
                .find(|p| p.id == profile.get())
                .map(|p| p.languages.clone())
                .unwrap_or_default()
        })
    });
    let details = ReportDetails {
        time_zone: "UTC".to_string(),
        language: "en".to_string(),
        ..ReportDetails::default()
    };
    view! {
        <ActionForm action=create attr:class="form card" attr:id="new-report-form">
            <ActionResult result=create.value().into() done_key="report-created" />
            <div class="field">
                <label for="report-coalition">{i18n.tr("report-coalition")}</label>
                <select id="report-coalition" name="details[coalition_id]">
                    {choices.coalitions.into_iter().map(|c| view! { <option value=c.id>{c.name}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="report-profile">{i18n.tr("report-profile")}</label>
                <select id="report-profile" name="details[profile_id]"
                    on:change=move |ev| profile.set(event_target_value(&ev).parse().unwrap_or(0))>
                    {choices.profiles.into_iter().map(|p| view! {
                        <option value=p.id>{format!("{} — {}", p.mechanism, p.name)}</option>
                    }).collect_view()}
                </select>
                <p class="hint"><A href="/profiles">{i18n.tr("report-profiles-link")}</A></p>
            </div>
            <ReportFields details languages time_zones=choices.time_zones />
            <button type="submit" class="button">{i18n.tr("report-create")}</button>
        </ActionForm>
    }
}
