//! The coordinator's outline tools: move buttons, drag and drop, the plan form under a row,
//! and the form that adds a section.

use leptos::{ev::DragEvent, form::ActionForm, prelude::*};

use super::actions::ReportActions;
use crate::{
    i18n::use_i18n,
    layout::ActionResult,
    outline::api::{MoveSection, PlaceSection, RemoveSection},
    reports::api::{OutlineRow, OutlineView},
};

/// Move, plan and bin buttons for section `id`.
#[component]
pub fn RowTools(id: i32, planning: RwSignal<Option<i32>>) -> impl IntoView {
    let i18n = use_i18n();
    let actions = ReportActions::use_context();
    let step = move |direction: &'static str| {
        move |_| {
            actions.step.dispatch(MoveSection {
                id,
                direction: direction.to_string(),
            });
        }
    };
    let button = move |direction: &'static str, symbol: &'static str, label: &'static str| {
        view! {
            <button type="button" class="icon-button" data-move=direction
                title=i18n.tr(label) aria-label=i18n.tr(label) on:click=step(direction)>
                {symbol}
            </button>
        }
    };
    view! {
        <div class="row-tools">
            {button("up", "↑", "outline-move-up")}
            {button("down", "↓", "outline-move-down")}
            {button("in", "→", "outline-move-in")}
            {button("out", "←", "outline-move-out")}
            <button type="button" class="button button-small" data-action="plan"
                aria-expanded=move || (planning.get() == Some(id)).to_string()
                on:click=move |_| planning.update(|p| *p = if *p == Some(id) { None } else { Some(id) })>
                {i18n.tr("outline-plan")}
            </button>
            <button type="button" class="button button-small button-danger" data-action="remove"
                on:click=move |_| { actions.remove.dispatch(RemoveSection { id }); }>
                {i18n.tr("outline-remove")}
            </button>
        </div>
    }
}

/// Drag and drop between rows: a dropped section goes before the row it is dropped on, at
/// that row's level.
#[derive(Clone)]
pub struct DragHandlers {
    dragged: RwSignal<Option<i32>>,
    rows: StoredValue<Vec<OutlineRow>>,
    place: ServerAction<PlaceSection>,
}

/// Drag handlers over the dashboard's `rows`.
pub fn drag_handlers(rows: StoredValue<Vec<OutlineRow>>) -> DragHandlers {
    DragHandlers {
        dragged: RwSignal::new(None),
        rows,
        place: ReportActions::use_context().place,
    }
}

impl DragHandlers {
    /// A row starts being dragged.
    pub fn start(&self, id: i32, event: DragEvent) {
        self.dragged.set(Some(id));
        #[cfg(feature = "hydrate")]
        if let Some(transfer) = event.data_transfer() {
            // Some browsers start a drag only when it carries data.
            let _ = transfer.set_data("text/plain", &id.to_string());
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = event;
    }

    /// Something is dragged over a row: allow dropping there.
    pub fn over(&self, event: DragEvent) {
        if self.dragged.get_untracked().is_some() {
            event.prevent_default();
        }
    }

    /// The dragged section is dropped on row `target`.
    pub fn drop(&self, target: i32, event: DragEvent) {
        event.prevent_default();
        let Some(dragged) = self.dragged.get_untracked() else {
            return;
        };
        self.dragged.set(None);
        if dragged == target {
            return;
        }
        let destination = self.rows.with_value(|rows| {
            let parent = rows.iter().find(|r| r.id == target)?.parent_id;
            let index = rows
                .iter()
                .filter(|r| r.parent_id == parent && r.id != dragged)
                .position(|r| r.id == target)?;
            Some((parent, index))
        });
        if let Some((parent, index)) = destination {
            self.place.dispatch(PlaceSection {
                id: dragged,
                parent_id: parent.unwrap_or(0),
                index: i32::try_from(index).unwrap_or(0),
            });
        }
    }
}

/// The plan form for `row`, in a table row of its own under it.
#[component]
pub fn PlanRow(row: OutlineRow, planning: RwSignal<Option<i32>>) -> impl IntoView {
    let i18n = use_i18n();
    let actions = ReportActions::use_context();
    let report = use_context::<OutlineView>();
    let organisations = report
        .as_ref()
        .map(|r| r.organisations.clone())
        .unwrap_or_default();
    let editors = report
        .as_ref()
        .map(|r| r.editors.clone())
        .unwrap_or_default();
    let lead = row.organisation.as_ref().map_or(0, |o| o.id);
    let editor = row.lead_editor.as_ref().map_or(0, |e| e.id);
    let contributors = RwSignal::new(
        row.contributors
            .iter()
            .map(|c| c.id.to_string())
            .collect::<Vec<_>>()
            .join(","),
    );
    let toggle = move |id: i32, on: bool| {
        contributors.update(|list| {
            let mut ids: Vec<String> = list
                .split(',')
                .filter(|s| !s.is_empty() && *s != id.to_string())
                .map(str::to_string)
                .collect();
            if on {
                ids.push(id.to_string());
            }
            *list = ids.join(",");
        });
    };
    // Close the form once its save succeeds.
    Effect::new(move |_| {
        if let Some(Ok(())) = actions.plan.value().get() {
            planning.set(None);
        }
    });
    let columns = 8;
    view! {
        <tr class="plan-row">
            <td colspan=columns>
                <ActionForm action=actions.plan attr:class="form plan-form" attr:id="plan-form">
                    <ActionResult result=actions.plan.value().into() done_key="account-saved" />
                    <input type="hidden" name="plan[id]" value=row.id />
                    <div class="plan-form__grid">
                        <div class="field">
                            <label for="plan-title">{i18n.tr("col-title")}</label>
                            <input id="plan-title" name="plan[title]" type="text" value=row.title.clone() required=true maxlength="200" />
                        </div>
                        <div class="field">
                            <label for="plan-organisation">{i18n.tr("section-lead-organisation")}</label>
                            <select id="plan-organisation" name="plan[lead_organisation_id]">
                                <option value="0">{i18n.tr("outline-nobody")}</option>
                                {organisations.iter().map(|o| view! { <option value=o.id selected=o.id == lead>{o.name.clone()}</option> }).collect_view()}
                            </select>
                        </div>
                        <div class="field">
                            <label for="plan-editor">{i18n.tr("col-lead-editor")}</label>
                            <select id="plan-editor" name="plan[lead_editor_id]">
                                <option value="0">{i18n.tr("outline-nobody")}</option>
                                {editors.iter().map(|e| view! { <option value=e.id selected=e.id == editor>{e.name.clone()}</option> }).collect_view()}
                            </select>
                        </div>
                        <div class="field">
                            <label for="plan-due">{i18n.tr("col-due")}</label>
                            <input id="plan-due" name="plan[due_date]" type="date" value=row.due_date.clone().unwrap_or_default() />
                        </div>
                        <div class="field">
                            <label for="plan-budget">{i18n.tr("section-budget")}</label>
                            <input id="plan-budget" name="plan[word_budget]" type="text" inputmode="numeric"
                                value=row.word_budget.map(|b| b.to_string()).unwrap_or_default() />
                        </div>
                    </div>
                    <fieldset class="field">
                        <legend>{i18n.tr("section-contributors")}</legend>
                        <input type="hidden" name="plan[contributor_ids]" prop:value=move || contributors.get() />
                        <div class="check-list">
                            {organisations.iter().filter(|o| o.id != lead).map(|o| {
                                let id = o.id;
                                let checked = row.contributors.iter().any(|c| c.id == id);
                                let input_id = format!("plan-contributor-{id}");
                                view! {
                                    <div class="field--check">
                                        <input id=input_id.clone() type="checkbox" checked=checked
                                            on:change=move |ev| toggle(id, event_target_checked(&ev)) />
                                        <label for=input_id>{o.name.clone()}</label>
                                    </div>
                                }
                            }).collect_view()}
                        </div>
                    </fieldset>
                    <div class="field--check">
                        <input id="plan-annex" name="plan[annex]" type="checkbox" value="true" checked=row.annex />
                        <label for="plan-annex">{i18n.tr("section-annex")}</label>
                    </div>
                    <div class="field">
                        <label for="plan-notes">{i18n.tr("section-notes")}</label>
                        <textarea id="plan-notes" name="plan[coordination_notes]" rows="3">{row.notes.clone().unwrap_or_default()}</textarea>
                        <p class="hint">{i18n.tr("section-notes-hint")}</p>
                    </div>
                    <div class="form-actions">
                        <button type="submit" class="button">{i18n.tr("account-save")}</button>
                        " "
                        <button type="button" class="button button-secondary" on:click=move |_| planning.set(None)>{i18n.tr("cancel")}</button>
                    </div>
                </ActionForm>
            </td>
        </tr>
    }
}

/// Adds a section at the end of the report or of a chosen section.
#[component]
pub fn AddSectionForm(report: OutlineView) -> impl IntoView {
    let i18n = use_i18n();
    let actions = ReportActions::use_context();
    let parents: Vec<(i32, String)> = report
        .sections
        .iter()
        .filter(|s| s.depth < 3)
        .map(|s| (s.id, format!("{} {}", s.number, s.title)))
        .collect();
    view! {
        <section class="card" aria-labelledby="add-section-title">
            <h2 class="card__title" id="add-section-title">{i18n.tr("outline-add")}</h2>
            <ActionForm action=actions.add attr:class="form form--inline" attr:id="add-section-form">
                <ActionResult result=actions.add.value().into() done_key="outline-added" />
                <input type="hidden" name="report_id" value=report.details.id />
                <div class="field">
                    <label for="new-section-title">{i18n.tr("col-title")}</label>
                    <input id="new-section-title" name="title" type="text" required=true maxlength="200" />
                </div>
                <div class="field">
                    <label for="new-section-parent">{i18n.tr("outline-parent")}</label>
                    <select id="new-section-parent" name="parent_id">
                        <option value="0">{i18n.tr("outline-top-level")}</option>
                        {parents.into_iter().map(|(id, title)| view! { <option value=id>{title}</option> }).collect_view()}
                    </select>
                </div>
                <button type="submit" class="button">{i18n.tr("outline-add-button")}</button>
            </ActionForm>
        </section>
    }
}
