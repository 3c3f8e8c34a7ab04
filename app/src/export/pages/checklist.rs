//! The pre-submission checklist: each check with its outcome, message and what it found.

use leptos::prelude::*;

use crate::{
    export::api::{CheckItem, Severity, check_message},
    i18n::{translate, use_i18n},
};

/// The checks, blocking problems first.
#[component]
pub fn Checklist(items: Vec<CheckItem>) -> impl IntoView {
    let i18n = use_i18n();
    let mut items = items;
    items.sort_by_key(|i| match i.severity {
        Severity::Blocking => 0,
        Severity::Warning => 1,
        Severity::Passed => 2,
    });
    view! {
        <ul class="checklist" id="checklist">
            {items.into_iter().map(|item| {
                let (class, label) = match item.severity {
                    Severity::Blocking => ("checklist__item checklist__item--blocking", "export-blocking"),
                    Severity::Warning => ("checklist__item checklist__item--warning", "export-warning"),
                    Severity::Passed => ("checklist__item checklist__item--passed", "export-passed"),
                };
                let text = {
                    let item = item.clone();
                    move || check_message(i18n.locale(), &item)
                };
                let details = item.details.clone();
                view! {
                    <li class=class data-check=item.key.clone()>
                        <span class="checklist__mark">{i18n.tr(label)}</span>
                        <span class="checklist__text">{text}</span>
                        {(!details.is_empty()).then(|| view! {
                            <ul class="checklist__details">
                                {details.into_iter().map(|d| {
                                    let shown = move || if d.starts_with("front-matter-") { translate(i18n.locale(), &d) } else { d.clone() };
                                    view! { <li>{shown}</li> }
                                }).collect_view()}
                            </ul>
                        })}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}
