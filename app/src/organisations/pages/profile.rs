//! One organisation: details, branches, people, and the edit form for coordinators.

use leptos::{form::ActionForm, prelude::*};
use leptos_meta::Title;
use leptos_router::components::A;

use crate::{
    i18n::use_i18n,
    layout::{DataTable, Loaded, page_data, use_route_id},
    organisations::api::{
        MergeOrganisations, OrganisationDetails, OrganisationKind, OrganisationView,
        UpdateOrganisation, organisation_profile,
    },
    states::Named,
};

/// `/organisations/:id`.
#[component]
pub fn OrganisationPage() -> impl IntoView {
    let id = use_route_id();
    let save = ServerAction::<UpdateOrganisation>::new();
    let merge = ServerAction::<MergeOrganisations>::new();
    let profile = page_data(
        move || (id(), save.version().get()),
        |(id, _)| organisation_profile(id),
    );
    let navigate = leptos_router::hooks::use_navigate();
    Effect::new(move |_| {
        if let Some(Ok(kept)) = merge.value().get() {
            navigate(&format!("/organisations/{kept}"), Default::default());
        }
    });
    view! {
        <section class="page">
            <Loaded resource=profile view={move |profile: OrganisationView| view! { <Profile profile save merge /> }} />
        </section>
    }
}

#[component]
fn Profile(
    profile: OrganisationView,
    save: ServerAction<UpdateOrganisation>,
    merge: ServerAction<MergeOrganisations>,
) -> impl IntoView {
    let i18n = use_i18n();
    let OrganisationView {
        details,
        parent,
        branches,
        people,
        can_edit,
        parent_choices,
        merge_targets,
    } = profile;
    let organisation_id = details.id;
    let title = details.name.clone();
    let facts = details.clone();
    view! {
        <Title text=title.clone() />
        <header class="page__header">
            <h1>{title}</h1>
            <p class="lead">{facts.description.clone()}</p>
        </header>
        <dl class="facts card">
            <div><dt>{i18n.tr("col-short-name")}</dt><dd>{facts.short_name}</dd></div>
            <div><dt>{i18n.tr("organisation-kind")}</dt><dd>{i18n.label(facts.kind.unwrap_or_default())}</dd></div>
            <div><dt>{i18n.tr("col-region")}</dt><dd>{facts.region}" · "{facts.country}</dd></div>
            {(!facts.website.is_empty()).then(|| view! {
                <div><dt>{i18n.tr("field-website")}</dt><dd><a href=facts.website.clone() rel="noopener noreferrer external">{facts.website.clone()}</a></dd></div>
            })}
            {(!facts.contact_email.is_empty()).then(|| view! {
                <div><dt>{i18n.tr("field-contact-email")}</dt><dd>{facts.contact_email.clone()}</dd></div>
            })}
            {parent.map(|(id, name)| view! {
                <div><dt>{i18n.tr("col-branch-of")}</dt><dd><A href=format!("/organisations/{id}")>{name}</A></dd></div>
            })}
        </dl>
        {(!branches.is_empty()).then(|| view! {
            <h2>{i18n.tr("organisation-branches")}</h2>
            <ul class="plain-list">
                {branches.into_iter().map(|(id, name)| view! {
                    <li><A href=format!("/organisations/{id}")>{name}</A></li>
                }).collect_view()}
            </ul>
        })}
        <h2>{i18n.tr("organisation-people")}</h2>
        {if people.is_empty() {
            view! { <p class="empty-state">{i18n.tr("organisation-no-people")}</p> }.into_any()
        } else {
            view! {
                <DataTable caption="organisation-people" columns=["col-name", "col-role"]>
                    {people.into_iter().map(|p| view! {
                        <tr>
                            <th scope="row">
                                <span class="cell-title">{p.display_name}</span>
                                <span class="cell-sub">{p.email}</span>
                            </th>
                            <td>
                                {p.roles.into_iter().map(|r| i18n.label(r)()).collect::<Vec<_>>().join(", ")}
                            </td>
                        </tr>
                    }).collect_view()}
                </DataTable>
            }
            .into_any()
        }}
        {can_edit.then(|| view! { <EditForm details parent_choices save /> })}
        {(!merge_targets.is_empty()).then(|| view! { <MergeForm organisation_id merge_targets merge /> })}
    }
}

/// Merges this organisation, a duplicate, into another (administrators).
#[component]
fn MergeForm(
    organisation_id: i32,
    merge_targets: Vec<(i32, String)>,
    merge: ServerAction<MergeOrganisations>,
) -> impl IntoView {
    let i18n = use_i18n();
    let error = move || {
        merge.value().get().and_then(Result::err).map(|error| {
            view! { <div class="notice notice--error" role="alert"><p>{error.to_string()}</p></div> }
        })
    };
    view! {
        <h2>{i18n.tr("organisation-merge")}</h2>
        <p>{i18n.tr("organisation-merge-hint")}</p>
        <ActionForm action=merge attr:class="form card form--inline" attr:id="merge-organisation">
            {error}
            <input type="hidden" name="from_id" value=organisation_id />
            <div class="field">
                <label for="merge-into">{i18n.tr("organisation-merge-into")}</label>
                <select id="merge-into" name="into_id">
                    {merge_targets.into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view()}
                </select>
            </div>
            <button type="submit" class="button button-secondary">{i18n.tr("organisation-merge-submit")}</button>
        </ActionForm>
    }
}

#[component]
fn EditForm(
    details: OrganisationDetails,
    parent_choices: Vec<(i32, String)>,
    save: ServerAction<UpdateOrganisation>,
) -> impl IntoView {
    let kind = details.kind.unwrap_or_default();
    let parent = details.parent_id.unwrap_or_default();
    let i18n = use_i18n();
    let result = move || {
        save.value().get().map(|result| match result {
            Ok(()) => {
                view! { <p class="notice" role="status">{i18n.tr("account-saved")}</p> }.into_any()
            }
            Err(error) => view! {
                <div class="notice notice--error" role="alert"><p>{error.to_string()}</p></div>
            }
            .into_any(),
        })
    };
    let field = move |id: &'static str, name: &'static str, label: &'static str, value: String| {
        view! {
            <div class="field">
                <label for=id>{i18n.tr(label)}</label>
                <input id=id name=name type="text" value=value />
            </div>
        }
    };
    view! {
        <h2>{i18n.tr("organisation-edit")}</h2>
        <ActionForm action=save attr:class="form card" attr:id="organisation-form">
            {result}
            <input type="hidden" name="details[id]" value=details.id />
            <input type="hidden" name="details[version]" value=details.version />
            {field("org-name", "details[name]", "col-name", details.name)}
            {field("org-short-name", "details[short_name]", "col-short-name", details.short_name)}
            <div class="field">
                <label for="org-kind">{i18n.tr("organisation-kind")}</label>
                <select id="org-kind" name="details[kind]">
                    {OrganisationKind::ALL.iter().map(|&k| view! {
                        <option value=k.name() selected=k == kind>{i18n.label(k)}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="org-parent">{i18n.tr("col-branch-of")}</label>
                <select id="org-parent" name="details[parent_id]">
                    <option value="0">{i18n.tr("organisation-no-parent")}</option>
                    {parent_choices.into_iter().map(|(id, name)| view! {
                        <option value=id selected=id == parent>{name}</option>
                    }).collect_view()}
                </select>
            </div>
            {field("org-country", "details[country]", "field-country", details.country)}
            {field("org-region", "details[region]", "col-region", details.region)}
            {field("org-website", "details[website]", "field-website", details.website)}
            {field("org-contact", "details[contact_email]", "field-contact-email", details.contact_email)}
            <div class="field">
                <label for="org-description">{i18n.tr("field-description")}</label>
                <textarea id="org-description" name="details[description]" rows="4">{details.description}</textarea>
            </div>
            <button type="submit" class="button">{i18n.tr("account-save")}</button>
        </ActionForm>
    }
}
