//! What a long operation shows while it runs: a status with an indeterminate progress bar,
//! announced to screen readers.

use leptos::prelude::*;

use crate::i18n::use_i18n;

/// The message under `label_key` with a moving progress bar, while `pending`.
#[component]
pub fn Busy(pending: Signal<bool>, label_key: &'static str, id: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        pending.get().then(|| {
            view! {
                <div class="busy" role="status" id=id>
                    <progress aria-label=i18n.tr(label_key)></progress>
                    <span>{i18n.tr(label_key)}</span>
                </div>
            }
        })
    }
}
