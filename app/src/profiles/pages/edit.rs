//! `/profiles/:id` (and `/profiles/new`): a profile's rules and outline; administrators edit it.

use leptos::{form::ActionForm, prelude::*};
use leptos_meta::Title;
use leptos_router::{NavigateOptions, hooks::use_navigate};

use crate::{
    i18n::use_i18n,
    layout::use_route_id,
    layout::{ActionResult, Loaded, page_data},
    profiles::api::{FRONT_MATTER, ProfileDetails, ProfileView, SaveProfile, submission_profile},
};

/// One profile.
#[component]
pub fn ProfilePage() -> impl IntoView {
    let id = use_route_id();
    let save = ServerAction::<SaveProfile>::new();
    let profile = page_data(
        move || (id(), save.version().get()),
        |(id, _)| submission_profile(id),
    );
    // A new profile's page becomes the saved profile's page.
    let navigate = use_navigate();
    Effect::new(move |_| {
        if let Some(Ok(saved)) = save.value().get()
            && id() == 0
        {
            navigate(&format!("/profiles/{saved}"), NavigateOptions::default());
        }
    });
    view! {
        <section class="page">
            <Loaded resource=profile view=move |view: ProfileView| view! { <Profile view save /> } />
        </section>
    }
}

#[component]
fn Profile(view: ProfileView, save: ServerAction<SaveProfile>) -> impl IntoView {
    let i18n = use_i18n();
    let ProfileView {
        details,
        outline,
        can_edit,
        has_reference_styles,
    } = view;
    let profile_id = details.id;
    let is_new = details.id == 0;
    let title = if is_new {
        i18n.tr("profiles-new")()
    } else {
        details.name.clone()
    };
    let limit = match details.word_limit.as_str() {
        "" => i18n.tr("profile-no-limit")(),
        limit => format!("{limit} {}", i18n.tr("words-label")()),
    };
    let notes = if details.notes_counted {
        "profile-notes-counted"
    } else {
        "profile-notes-not-counted"
    };
    let front_matter = details
        .front_matter
        .split(',')
        .filter(|i| !i.is_empty())
        .map(|i| crate::i18n::translate(i18n.locale_untracked(), &format!("front-matter-{i}")))
        .collect::<Vec<_>>()
        .join(", ");
    view! {
        <Title text=title.clone() />
        <header class="page__header">
            <h1>{title}</h1>
        </header>
        {(!is_new).then(|| view! {
            <dl class="facts card" id="profile-facts">
                <div><dt>{i18n.tr("col-mechanism")}</dt><dd>{details.mechanism.clone()}" · "{i18n.tr_owned(format!("stage-{}", details.stage))}</dd></div>
                <div><dt>{i18n.tr("col-word-limit")}</dt><dd>{limit}" ("{i18n.tr(notes)}")"</dd></div>
                <div><dt>{i18n.tr("col-languages")}</dt><dd>{details.languages.to_uppercase()}</dd></div>
                <div><dt>{i18n.tr("profile-front-matter")}</dt><dd>{front_matter}</dd></div>
            </dl>
            <h2>{i18n.tr("profile-outline")}</h2>
            <ol class="outline-preview" id="profile-outline">
                {outline.into_iter().map(|row| view! {
                    <li class=format!("outline-preview__item outline-preview__item--{}", row.level)>
                        {row.title}
                        {(!row.guidance.is_empty()).then(|| view! { <span class="cell-sub">{row.guidance}</span> })}
                    </li>
                }).collect_view()}
            </ol>
        })}
        {(can_edit && !is_new).then(|| view! { <ReferenceDocument profile_id has_reference_styles /> })}
        {can_edit.then(|| view! { <ProfileForm details save /> })}
    }
}

#[component]
fn ProfileForm(details: ProfileDetails, save: ServerAction<SaveProfile>) -> impl IntoView {
    let i18n = use_i18n();
    let chosen = RwSignal::new(details.front_matter.clone());
    let toggle = move |item: &'static str, on: bool| {
        chosen.update(|list| {
            let mut items: Vec<&str> = FRONT_MATTER
                .iter()
                .copied()
                .filter(|i| (*i == item && on) || (*i != item && list.split(',').any(|c| c == *i)))
                .collect();
            items.dedup();
            *list = items.join(",");
        });
    };
    let field = move |id: &'static str, name: &'static str, label: &'static str, value: String| {
        view! {
            <div class="field">
                <label for=id>{i18n.tr(label)}</label>
                <input id=id name=name type="text" value=value required=true />
            </div>
        }
    };
    view! {
        <h2>{i18n.tr(if details.id == 0 { "profiles-new" } else { "profile-edit" })}</h2>
        <ActionForm action=save attr:class="form card" attr:id="profile-form">
            <ActionResult result=save.value().into() done_key="account-saved" />
            <input type="hidden" name="details[id]" value=details.id />
            <input type="hidden" name="details[version]" value=details.version />
            {field("profile-name", "details[name]", "col-name", details.name)}
            {field("profile-code", "details[code]", "profile-code", details.code)}
            {field("profile-mechanism", "details[mechanism]", "col-mechanism", details.mechanism)}
            {field("profile-stage", "details[stage]", "col-stage", details.stage)}
            <div class="field">
                <label for="profile-word-limit">{i18n.tr("col-word-limit")}</label>
                <input id="profile-word-limit" name="details[word_limit]" type="text" inputmode="numeric" value=details.word_limit />
                <p class="hint">{i18n.tr("profile-word-limit-hint")}</p>
            </div>
            <div class="field field--check">
                <input id="profile-notes" name="details[notes_counted]" type="checkbox" value="true" checked=details.notes_counted />
                <label for="profile-notes">{i18n.tr("profile-notes-counted")}</label>
            </div>
            <div class="field">
                <label for="profile-notes-placement">{i18n.tr("profile-notes-placement")}</label>
                <select id="profile-notes-placement" name="details[notes_placement]">
                    <option value="footnotes" selected=details.notes_placement != "endnotes">{i18n.tr("profile-footnotes")}</option>
                    <option value="endnotes" selected=details.notes_placement == "endnotes">{i18n.tr("profile-endnotes")}</option>
                </select>
            </div>
            <div class="field">
                <label for="profile-languages">{i18n.tr("col-languages")}</label>
                <input id="profile-languages" name="details[languages]" type="text" value=details.languages required=true />
                <p class="hint">{i18n.tr("profile-languages-hint")}</p>
            </div>
            <fieldset class="field">
                <legend>{i18n.tr("profile-front-matter")}</legend>
                <input type="hidden" name="details[front_matter]" prop:value=move || chosen.get() />
                {FRONT_MATTER.iter().map(|item| {
                    let id = format!("front-matter-{item}");
                    let checked = details.front_matter.split(',').any(|c| c == *item);
                    view! {
                        <div class="field--check">
                            <input id=id.clone() type="checkbox" checked=checked
                                on:change=move |ev| toggle(item, event_target_checked(&ev)) />
                            <label for=id>{i18n.tr_owned(format!("front-matter-{item}"))}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <div class="field">
                <label for="profile-template">{i18n.tr("profile-outline")}</label>
                <textarea id="profile-template" name="details[outline_template]" rows="16" class="mono">{details.outline_template}</textarea>
                <p class="hint">{i18n.tr("profile-template-hint")}</p>
            </div>
            <button type="submit" class="button">{i18n.tr("account-save")}</button>
        </ActionForm>
    }
}

/// The profile's reference document: upload one, or go back to Shadowdesk's styles.
#[component]
fn ReferenceDocument(profile_id: i32, has_reference_styles: bool) -> impl IntoView {
    let i18n = use_i18n();
    let form = NodeRef::<leptos::html::Form>::new();
    let upload = Action::new_local(|data: &leptos::web_sys::FormData| {
        crate::profiles::api::set_reference_document(data.clone().into())
    });
    let chosen = RwSignal::new(has_reference_styles);
    // What the last upload asked for, shown once it succeeded.
    let requested = RwSignal::new(has_reference_styles);
    Effect::new(move |_| {
        if let Some(Ok(())) = upload.value().get() {
            chosen.set(requested.get_untracked());
        }
    });
    let send = move |clear: bool| {
        if let Some(element) = form.get()
            && let Ok(data) = leptos::web_sys::FormData::new_with_form(&element)
        {
            if clear {
                let _ = data.append_with_str("clear", "true");
            }
            requested.set(!clear);
            upload.dispatch_local(data);
        }
    };
    view! {
        <section class="card" aria-labelledby="reference-title">
            <h2 class="card__title" id="reference-title">{i18n.tr("profile-reference")}</h2>
            <p class="hint" id="reference-state">
                {move || if chosen.get() { i18n.tr("profile-reference-set")() } else { i18n.tr("profile-reference-none")() }}
            </p>
            <form class="form" id="reference-form" node_ref=form on:submit=move |ev| {
                ev.prevent_default();
                send(false);
            }>
                <input type="hidden" name="profile_id" value=profile_id />
                <div class="field">
                    <label for="reference-file">{i18n.tr("profile-reference-file")}</label>
                    <input id="reference-file" name="file" type="file" accept=".docx" />
                    <p class="hint">{i18n.tr("profile-reference-hint")}</p>
                </div>
                <div class="button-row">
                    <button type="submit" class="button" id="reference-upload">{i18n.tr("profile-reference-use")}</button>
                    <button type="button" class="button button-secondary" id="reference-clear"
                        on:click=move |_| send(true)>{i18n.tr("profile-reference-clear")}</button>
                </div>
            </form>
            <ActionResult result=Signal::derive(move || upload.value().get()) done_key="account-saved" />
        </section>
    }
}
