//! A translated badge for a report status.

use leptos::prelude::*;

use crate::i18n::use_i18n;

/// Shows `status` (e.g. `drafting`) as a coloured, translated badge.
#[component]
pub fn StatusBadge(status: String) -> impl IntoView {
    let i18n = use_i18n();
    let class = format!("badge badge--{status}");
    view! { <span class=class>{i18n.tr_owned(format!("status-{status}"))}</span> }
}
