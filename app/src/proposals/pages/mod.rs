//! The proposals panel under a section's editor: the recommendations and questions the
//! section proposes, with their addressee, themes and authors, how many words they add, and
//! for its writers the forms that add, change and remove them.

use leptos::{form::ActionForm, prelude::*};
use std::sync::Arc;

pub mod rates;
mod uptake;
pub use uptake::UptakePage;

use crate::{
    i18n::use_i18n,
    layout::{ActionResult, Completions, Loaded, page_data},
    proposals::api::{
        ProposalRow, ProposalsView, RemoveProposal, SaveProposal, Theme, section_proposals,
    },
    states::{Addressee, Named, ProposalKind},
};

/// The panel of section `section_id`; `on_changed` runs after each change (the section has a
/// new version); text put into `proposed` (the editor's "Propose" button) starts a new
/// proposal.
#[component]
pub fn ProposalsPanel(
    section_id: i32,
    on_changed: Callback<()>,
    proposed: RwSignal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let save = ServerAction::<SaveProposal>::new();
    let remove = ServerAction::<RemoveProposal>::new();
    let completions = Completions::new();
    completions.watch(save.value().into());
    completions.watch(remove.value().into());
    Effect::new(move |seen: Option<usize>| {
        let now = completions.count();
        if seen.is_some_and(|seen| seen != now) {
            on_changed.run(());
        }
        now
    });
    let proposals = page_data(
        move || (section_id, completions.count()),
        |(id, _)| section_proposals(id),
    );
    view! {
        <section class="card" id="section-proposals" aria-labelledby="section-proposals-title">
            <h2 id="section-proposals-title">{i18n.tr("proposals-title")}</h2>
            <ActionResult result=save.value().into() done_key="proposals-saved" />
            <ActionResult result=remove.value().into() done_key="proposals-removed" />
            <Loaded resource=proposals view={move |view: ProposalsView| view! { <Proposals view save remove proposed /> }} />
        </section>
    }
}

#[component]
fn Proposals(
    view: ProposalsView,
    save: ServerAction<SaveProposal>,
    remove: ServerAction<RemoveProposal>,
    proposed: RwSignal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let themes: Arc<[Theme]> = view.themes.clone().into();
    let section_id = view.section_id;
    let can_edit = view.can_edit;
    view! {
        <p class="hint">
            {i18n.tr("proposals-intro")}" "
            {(!view.authors.is_empty()).then(|| view! {
                {i18n.tr("proposals-authors")}" "<strong id="proposal-authors">{view.authors.join(", ")}</strong>" · "
            })}
            <span id="proposal-words">{i18n.tr_count("proposals-words", "count", view.words)}</span>
        </p>
        {if view.proposals.is_empty() {
            view! { <p class="empty-state">{i18n.tr("proposals-none")}</p> }.into_any()
        } else {
            view! {
                <ol class="proposals" id="proposal-list">
                    {view.proposals.into_iter().map(|row| {
                        let labels: Vec<String> = row.themes.iter()
                            .filter_map(|id| themes.iter().find(|t| t.id == *id).map(|t| t.label.clone()))
                            .collect();
                        let id = row.id;
                        view! {
                            <li class="proposal" data-proposal=id data-kind=row.kind.name()>
                                <p>
                                    <span class="badge">{i18n.label(row.kind)}</span>" "
                                    <span class="badge">{i18n.label(row.addressee)}</span>" "
                                    <span class="proposal__text">{row.text.clone()}</span>
                                </p>
                                {(!labels.is_empty()).then(|| view! { <p class="cell-sub">{labels.join(" · ")}</p> })}
                                {can_edit.then(|| view! {
                                    <details>
                                        <summary>{i18n.tr("proposals-edit")}</summary>
                                        <ProposalForm section_id row=Some(row.clone()) themes=themes.clone() save proposed=None />
                                        <ActionForm action=remove attr:class="form form--inline">
                                            <input type="hidden" name="id" value=id />
                                            <button type="submit" class="button button-secondary">{i18n.tr("proposals-remove")}</button>
                                        </ActionForm>
                                    </details>
                                })}
                            </li>
                        }
                    }).collect_view()}
                </ol>
            }
            .into_any()
        }}
        {can_edit.then(|| view! {
            <h3>{i18n.tr("proposals-add")}</h3>
            <ProposalForm section_id row=None themes save proposed=Some(proposed) />
        })}
    }
}

/// The form that adds a proposal (`row` `None`) or changes `row`.
#[component]
fn ProposalForm(
    section_id: i32,
    row: Option<ProposalRow>,
    themes: Arc<[Theme]>,
    save: ServerAction<SaveProposal>,
    /// For the new proposal's form: text to start it with, taken when it comes.
    proposed: Option<RwSignal<Option<String>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let text_field = NodeRef::<leptos::html::Textarea>::new();
    if let Some(proposed) = proposed {
        Effect::new(move |_| {
            let Some(text) = proposed.get() else {
                return;
            };
            if let Some(field) = text_field.get() {
                if !text.is_empty() {
                    field.set_value(&text);
                }
                field.scroll_into_view();
                let _ = field.focus();
                proposed.set(None);
            }
        });
    }
    let id = row.as_ref().map_or(0, |r| r.id);
    let (kind, addressee) = row
        .as_ref()
        .map_or((ProposalKind::Recommendation, Addressee::State), |r| {
            (r.kind, r.addressee)
        });
    let chosen = row.as_ref().map(|r| r.themes.clone()).unwrap_or_default();
    let field = move |name: &str| format!("proposal-{name}-{id}");
    view! {
        <ActionForm action=save attr:class="form proposal-form" attr:id=field("form")>
            <input type="hidden" name="section_id" value=section_id />
            <input type="hidden" name="id" value=id />
            <div class="form-row">
                <div class="field">
                    <label for=field("kind")>{i18n.tr("proposals-kind")}</label>
                    <select id=field("kind") name="kind">
                        {ProposalKind::ALL.iter().map(|&k| view! {
                            <option value=k.name() selected={k == kind}>{i18n.label(k)}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for=field("addressee")>{i18n.tr("proposals-addressee")}</label>
                    <select id=field("addressee") name="addressee">
                        {Addressee::ALL.iter().map(|&a| view! {
                            <option value=a.name() selected={a == addressee}>{i18n.label(a)}</option>
                        }).collect_view()}
                    </select>
                </div>
            </div>
            <div class="field">
                <label for=field("text")>{i18n.tr("proposals-text")}</label>
                <textarea id=field("text") name="text" rows="3" required=true maxlength="2000" node_ref=text_field>
                    {row.as_ref().map(|r| r.text.clone()).unwrap_or_default()}
                </textarea>
            </div>
            {(!themes.is_empty()).then(|| view! {
                <div class="field">
                    <label for=field("themes")>{i18n.tr("proposals-themes")}</label>
                    <select id=field("themes") name="themes[]" multiple=true size="4">
                        {themes.iter().map(|t| view! {
                            <option value=t.id selected={chosen.contains(&t.id)}>{t.label.clone()}</option>
                        }).collect_view()}
                    </select>
                </div>
            })}
            <button type="submit" class="button" id=field("save")>
                {if id == 0 { i18n.tr("proposals-add-button")() } else { i18n.tr("proposals-save")() }}
            </button>
        </ActionForm>
    }
}
