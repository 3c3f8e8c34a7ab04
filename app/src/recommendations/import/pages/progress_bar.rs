//! The progress bar of an import: while the request runs, the page asks the server every
//! moment how far it has got — the file being sent, then bytes read and rows checked.

use leptos::prelude::*;

use crate::{i18n::use_i18n, recommendations::import::api::ProgressReport};

/// A token to follow one import by (empty during server rendering, which imports nothing).
pub fn new_token() -> String {
    #[cfg(feature = "hydrate")]
    {
        use web_sys::js_sys::{Date, Math};
        format!(
            "{:x}-{:x}",
            Date::now() as u64,
            (Math::random() * 1e15) as u64
        )
    }
    #[cfg(not(feature = "hydrate"))]
    String::new()
}

/// Shows the progress of the import under `token` while `pending`.
#[component]
pub fn ImportProgressBar(token: RwSignal<String>, pending: Signal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let report = RwSignal::new(None::<ProgressReport>);
    #[cfg(feature = "hydrate")]
    {
        use std::time::Duration;

        use crate::recommendations::import::api::import_progress;
        let interval = StoredValue::new(None::<leptos::leptos_dom::helpers::IntervalHandle>);
        Effect::new(move |_| {
            if let Some(handle) = interval.get_value() {
                handle.clear();
                interval.set_value(None);
            }
            if !pending.get() {
                return;
            }
            report.set(None);
            let token = token.get_untracked();
            let ask = move || {
                let token = token.clone();
                leptos::task::spawn_local(async move {
                    if let Ok(Some(now)) = import_progress(token).await {
                        report.set(Some(now));
                    }
                });
            };
            if let Ok(handle) =
                leptos::prelude::set_interval_with_handle(ask, Duration::from_millis(600))
            {
                interval.set_value(Some(handle));
            }
        });
        on_cleanup(move || {
            if let Some(handle) = interval.get_value() {
                handle.clear();
            }
        });
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = token;
    move || {
        pending.get().then(|| {
            let now = report.get().unwrap_or_default();
            let reading = now.received > 0;
            view! {
                <div class="import-progress" role="status" id="import-progress">
                    {if reading {
                        view! {
                            <progress max=now.received value=now.read.min(now.received)></progress>
                            <span>{i18n.tr_count("import-progress-rows", "count", now.rows as i64)}</span>
                        }
                        .into_any()
                    } else {
                        view! {
                            <progress></progress>
                            <span>{i18n.tr("import-progress-sending")}</span>
                        }
                        .into_any()
                    }}
                </div>
            }
        })
    }
}
