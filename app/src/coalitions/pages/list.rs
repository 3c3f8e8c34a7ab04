//! `/admin/coalitions`: every coalition of the instance, searchable, with the archived ones
//! a click away, and the form that creates a coalition.

use leptos::{form::ActionForm, prelude::*};
use leptos_meta::Title;
use leptos_router::{
    components::A,
    hooks::{use_navigate, use_query_map},
};

use crate::{
    coalitions::{
        api::{CoalitionForm, CoalitionList, SaveCoalition, admin_coalitions},
        pages::fields::CoalitionFields,
    },
    i18n::use_i18n,
    layout::{DataTable, Loaded, page_data},
};

/// The administrators' list of coalitions.
#[component]
pub fn CoalitionsAdminPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let search = move || query.read().get("q").unwrap_or_default();
    let archived = move || query.read().get("archived").is_some_and(|v| v == "true");
    let list = page_data(
        move || (search(), archived()),
        |(q, a)| admin_coalitions(q, a),
    );
    let create = ServerAction::<SaveCoalition>::new();
    let navigate = use_navigate();
    Effect::new(move |_| {
        if let Some(Ok(id)) = create.value().get() {
            navigate(&format!("/admin/coalitions/{id}"), Default::default());
        }
    });
    view! {
        <Title text=i18n.tr("admin-coalitions-title") />
        <section class="page">
            <header class="page__header">
                <h1>{i18n.tr("admin-coalitions-title")}</h1>
                <p class="lead">{i18n.tr("admin-coalitions-intro")}</p>
            </header>
            <form method="get" action="/admin/coalitions" class="filters" role="search">
                <div class="field">
                    <label for="coalition-search">{i18n.tr("admin-search")}</label>
                    <input id="coalition-search" name="q" type="search" prop:value=search />
                </div>
                <div class="field field--check">
                    <input id="coalition-archived" name="archived" type="checkbox" value="true" prop:checked=archived />
                    <label for="coalition-archived">{i18n.tr("admin-coalitions-archived")}</label>
                </div>
                <button type="submit" class="button button-secondary">{i18n.tr("audit-apply")}</button>
            </form>
            <Loaded resource=list view={move |list: CoalitionList| view! { <CoalitionsTable list=list.clone() /> <CreateCoalition list create /> }} />
        </section>
    }
}

#[component]
fn CoalitionsTable(list: CoalitionList) -> impl IntoView {
    let i18n = use_i18n();
    if list.rows.is_empty() {
        return view! { <p class="empty-state">{i18n.tr("admin-coalitions-empty")}</p> }.into_any();
    }
    view! {
        <DataTable caption="admin-coalitions-title" columns=["col-name", "home-lead", "nav-organisations", "col-status"]>
            {list.rows.into_iter().map(|c| view! {
                <tr>
                    <th scope="row">
                        <A href=format!("/admin/coalitions/{}", c.id)>{c.name}</A>
                        <span class="cell-sub">{c.short_name}</span>
                    </th>
                    <td>{c.lead_organisation}</td>
                    <td>{i18n.tr_count("members-count", "count", c.member_count)}</td>
                    <td>
                        {match c.archived_on {
                            Some(day) => view! {
                                <span class="badge badge--archived">{i18n.tr("coalition-archived")}</span>
                                " " <time datetime=day.clone()>{day.clone()}</time>
                            }.into_any(),
                            None => view! { <span class="badge">{i18n.tr("coalition-active")}</span> }.into_any(),
                        }}
                    </td>
                </tr>
            }).collect_view()}
        </DataTable>
    }
    .into_any()
}

/// The creation form; without organisations it points to where they are created.
#[component]
fn CreateCoalition(list: CoalitionList, create: ServerAction<SaveCoalition>) -> impl IntoView {
    let i18n = use_i18n();
    let error = move || {
        create.value().get().and_then(Result::err).map(|error| {
            view! { <div class="notice notice--error" role="alert"><p>{error.to_string()}</p></div> }
        })
    };
    if list.organisations.is_empty() {
        return view! {
            <h2>{i18n.tr("admin-coalitions-create")}</h2>
            <div class="notice" role="status">
                <p>{i18n.tr("admin-coalitions-need-organisation")}</p>
                <p><A href="/organisations" attr:class="button">{i18n.tr("organisation-create")}</A></p>
            </div>
        }
        .into_any();
    }
    view! {
        <h2>{i18n.tr("admin-coalitions-create")}</h2>
        <ActionForm action=create attr:class="form card" attr:id="create-coalition">
            {error}
            <CoalitionFields
                form=CoalitionForm::default()
                organisations=list.organisations
                time_zones=list.time_zones
                prefix="new-coalition"
            />
            <button type="submit" class="button">{i18n.tr("admin-coalitions-create-submit")}</button>
        </ActionForm>
    }
    .into_any()
}
