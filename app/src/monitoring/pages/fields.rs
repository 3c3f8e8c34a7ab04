//! The fields of an event's form, shared by recording a new event and changing one; laid out
//! one under another so that they fit a phone.

use leptos::prelude::*;

use crate::{
    i18n::{I18n, use_i18n},
    monitoring::api::EventForm,
    states::Named,
};

/// The `<option>`s of a stored enum, `chosen` selected.
pub(super) fn options<T: Named + Send + Sync + PartialEq>(i18n: I18n, chosen: T) -> impl IntoView {
    T::ALL
        .iter()
        .map(|&v| view! { <option value=v.name() selected={v == chosen}>{i18n.label(v)}</option> })
        .collect_view()
}

/// The event's fields, named `event[…]`, filled from `form`; `regions` are suggested.
#[component]
pub fn EventFields(form: EventForm, regions: Vec<String>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <input type="hidden" name="event[id]" value=form.id />
        <input type="hidden" name="event[version]" value=form.version />
        <div class="field">
            <label for="event-title">{i18n.tr("monitoring-event-title")}</label>
            <input id="event-title" name="event[title]" type="text" required maxlength="200" value=form.title />
        </div>
        <div class="field-row">
            <div class="field">
                <label for="event-started">{i18n.tr("monitoring-started-on")}</label>
                <input id="event-started" name="event[started_on]" type="date" required value=form.started_on />
            </div>
            <div class="field">
                <label for="event-ended">{i18n.tr("monitoring-ended-on")}</label>
                <input id="event-ended" name="event[ended_on]" type="date" value=form.ended_on />
            </div>
        </div>
        <div class="field-row">
            <div class="field">
                <label for="event-region">{i18n.tr("monitoring-region")}</label>
                <input id="event-region" name="event[region]" type="text" required maxlength="100"
                    list="event-regions" value=form.region />
                <datalist id="event-regions">
                    {regions.into_iter().map(|r| view! { <option value=r></option> }).collect_view()}
                </datalist>
            </div>
            <div class="field">
                <label for="event-locality">{i18n.tr("monitoring-locality")}</label>
                <input id="event-locality" name="event[locality]" type="text" maxlength="100" value=form.locality />
            </div>
        </div>
        <div class="field">
            <label for="event-description">{i18n.tr("monitoring-description")}</label>
            <textarea id="event-description" name="event[description]" rows="4" maxlength="10000">{form.description}</textarea>
            <p class="hint">{i18n.tr("monitoring-no-names")}</p>
        </div>
        <div class="field-row">
            <div class="field">
                <label for="event-source">{i18n.tr("monitoring-source")}</label>
                <input id="event-source" name="event[source]" type="text" maxlength="300" value=form.source />
            </div>
            <div class="field">
                <label for="event-reliability">{i18n.tr("monitoring-reliability")}</label>
                <select id="event-reliability" name="event[reliability]">
                    {options(i18n, form.reliability)}
                </select>
            </div>
            <div class="field">
                <label for="event-status">{i18n.tr("monitoring-status")}</label>
                <select id="event-status" name="event[status]">
                    {options(i18n, form.status)}
                </select>
            </div>
        </div>
        <div class="field field--check">
            <input id="event-shared" name="event[shared]" type="checkbox" value="true" checked=form.shared />
            <label for="event-shared">{i18n.tr("monitoring-shared")}</label>
        </div>
    }
}
