//! Waiting for a server call: "Loading…" meanwhile, the content once it answers, the error
//! notice if it fails. Keeps the previous content while reloading. Every page's data loads
//! through it; only optional extras that show nothing while waiting or on failure (the user
//! menu, the sign-in providers) wait on their own.

use leptos::prelude::*;
use serde::{Serialize, de::DeserializeOwned};

use super::{ErrorNotice, PageData};
use crate::i18n::use_i18n;

/// Renders `resource` with `view` once it has loaded.
#[component]
pub fn Loaded<T, V, F>(resource: PageData<T>, view: F) -> impl IntoView
where
    T: Clone + Serialize + DeserializeOwned + Send + Sync + 'static,
    V: IntoView + 'static,
    F: Fn(T) -> V + Clone + Send + Sync + 'static,
{
    let i18n = use_i18n();
    view! {
        <Transition fallback=move || view! { <p class="loading">{i18n.tr("loading")}</p> }>
            {move || {
                let view = view.clone();
                Suspend::new(async move {
                    match resource.await {
                        Ok(value) => view(value).into_any(),
                        Err(error) => view! { <ErrorNotice error /> }.into_any(),
                    }
                })
            }}
        </Transition>
    }
}
