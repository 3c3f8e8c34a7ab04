//! The organisations page: search, the list with branches under their parents, and the form
//! that creates an organisation or a branch.

use leptos::{form::ActionForm, prelude::*};
use leptos_meta::Title;
use leptos_router::{
    components::A,
    hooks::{use_navigate, use_query_map},
};

use crate::{
    i18n::use_i18n,
    layout::{DataTable, Loaded, page_data},
    organisations::api::{
        CreateOrganisation, NewOrganisationChoices, OrganisationKind, OrganisationSummary,
        list_organisations, organisation_choices,
    },
    states::Named,
};

/// Member organisations and their branches.
#[component]
pub fn OrganisationsPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let search = move || query.read().get("q").unwrap_or_default();
    let coalition = move || {
        query
            .read()
            .get("coalition")
            .and_then(|c| c.parse::<i32>().ok())
            .unwrap_or_default()
    };
    let create = ServerAction::<CreateOrganisation>::new();
    let organisations = page_data(move || create.version().get(), |_| list_organisations());
    let choices = page_data(|| (), |_| organisation_choices());
    let navigate = use_navigate();
    Effect::new(move |_| {
        if let Some(Ok(id)) = create.value().get() {
            navigate(&format!("/organisations/{id}"), Default::default());
        }
    });
    view! {
        <Title text=i18n.tr("organisations-title") />
        <section class="page">
            <header class="page__header">
                <h1>{i18n.tr("organisations-title")}</h1>
                <p class="lead">{i18n.tr("organisations-intro")}</p>
            </header>
            <form method="get" action="/organisations" class="filters" role="search">
                <div class="field">
                    <label for="organisation-search">{i18n.tr("admin-search")}</label>
                    <input id="organisation-search" name="q" type="search" prop:value=search />
                </div>
                <button type="submit" class="button button-secondary">{i18n.tr("audit-apply")}</button>
            </form>
            <Loaded resource=organisations view={move |list: Vec<OrganisationSummary>| view! { <OrganisationsTable list search=search() /> }} />
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    // Those who may create no organisation see no form.
                    choices.await.ok().map(|choices| view! { <CreateForm choices create coalition=coalition() /> })
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn OrganisationsTable(list: Vec<OrganisationSummary>, search: String) -> impl IntoView {
    let i18n = use_i18n();
    let needle = search.trim().to_lowercase();
    let list: Vec<OrganisationSummary> = list
        .into_iter()
        .filter(|o| {
            needle.is_empty()
                || [&o.name, &o.short_name, &o.country]
                    .iter()
                    .any(|field| field.to_lowercase().contains(&needle))
                || o.region
                    .as_ref()
                    .is_some_and(|r| r.to_lowercase().contains(&needle))
        })
        .collect();
    if list.is_empty() {
        let key = if needle.is_empty() {
            "organisations-empty"
        } else {
            "organisations-none-found"
        };
        return view! { <p class="empty-state">{i18n.tr(key)}</p> }.into_any();
    }
    view! {
        <DataTable caption="organisations-title" columns=["col-name", "col-short-name", "col-region", "col-branch-of"]>
            {list.into_iter().map(|o| {
                let class = if o.branch_of.is_some() { "row--branch" } else { "" };
                let region = match o.region {
                    Some(region) if !region.is_empty() => format!("{region}, {}", o.country),
                    _ => o.country,
                };
                view! {
                    <tr class=class>
                        <th scope="row"><A href=format!("/organisations/{}", o.id)>{o.name}</A></th>
                        <td>{o.short_name}</td>
                        <td>{region}</td>
                        <td>{o.branch_of.unwrap_or_default()}</td>
                    </tr>
                }
            }).collect_view()}
        </DataTable>
    }
    .into_any()
}

/// Creates an organisation, in one of the viewer's coalitions or (administrators) in none.
#[component]
fn CreateForm(
    choices: NewOrganisationChoices,
    create: ServerAction<CreateOrganisation>,
    coalition: i32,
) -> impl IntoView {
    let i18n = use_i18n();
    let error = move || {
        create.value().get().and_then(Result::err).map(|error| {
            view! { <div class="notice notice--error" role="alert"><p>{error.to_string()}</p></div> }
        })
    };
    let field = move |id: &'static str, name: &'static str, label: &'static str, required: bool| {
        view! {
            <div class="field">
                <label for=id>{i18n.tr(label)}</label>
                <input id=id name=name type="text" required=required />
            </div>
        }
    };
    view! {
        <h2>{i18n.tr("organisation-create")}</h2>
        <ActionForm action=create attr:class="form card" attr:id="create-organisation">
            {error}
            <input type="hidden" name="details[id]" value="0" />
            <input type="hidden" name="details[version]" value="0" />
            <div class="field">
                <label for="new-org-coalition">{i18n.tr("organisation-create-in")}</label>
                <select id="new-org-coalition" name="coalition_id">
                    {choices.without_coalition.then(|| view! {
                        <option value="0">{i18n.tr("organisation-no-coalition")}</option>
                    })}
                    {choices.coalitions.into_iter().map(|(id, name)| view! {
                        <option value=id selected=id == coalition>{name}</option>
                    }).collect_view()}
                </select>
            </div>
            {field("new-org-name", "details[name]", "col-name", true)}
            {field("new-org-short-name", "details[short_name]", "col-short-name", true)}
            <div class="field">
                <label for="new-org-kind">{i18n.tr("organisation-kind")}</label>
                <select id="new-org-kind" name="details[kind]">
                    {OrganisationKind::ALL.iter().map(|&kind| view! {
                        <option value=kind.name()>{i18n.label(kind)}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="new-org-parent">{i18n.tr("col-branch-of")}</label>
                <select id="new-org-parent" name="details[parent_id]">
                    <option value="0">{i18n.tr("organisation-no-parent")}</option>
                    {choices.parents.into_iter().map(|(id, name)| view! {
                        <option value=id>{name}</option>
                    }).collect_view()}
                </select>
            </div>
            {field("new-org-country", "details[country]", "field-country", true)}
            {field("new-org-region", "details[region]", "col-region", false)}
            {field("new-org-website", "details[website]", "field-website", false)}
            {field("new-org-contact", "details[contact_email]", "field-contact-email", false)}
            <div class="field">
                <label for="new-org-description">{i18n.tr("field-description")}</label>
                <textarea id="new-org-description" name="details[description]" rows="3"></textarea>
            </div>
            <button type="submit" class="button">{i18n.tr("organisation-create-submit")}</button>
        </ActionForm>
    }
}
