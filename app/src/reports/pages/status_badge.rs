//! A translated badge for a report status.

use leptos::prelude::*;

use crate::{i18n::use_i18n, states::ReportStatus};

/// Shows `status` as a coloured, translated badge.
#[component]
pub fn StatusBadge(status: ReportStatus) -> impl IntoView {
    let i18n = use_i18n();
    let class = format!("badge badge--{status}");
    view! { <span class=class>{i18n.label(status)}</span> }
}
