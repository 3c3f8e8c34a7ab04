//! Who else has the section open, live: a server-sent event stream from `/live/sections/{id}`
//! that also reports the section's current version, so the editor can say when someone
//! saved meanwhile.

use leptos::prelude::*;

use crate::{i18n::use_i18n, sections::api::PresenceSnapshot};

/// Subscribes to section `id`'s live stream for as long as the view lives; the latest
/// snapshot lands in the returned signal (empty during server rendering).
pub fn subscribe(id: i32) -> RwSignal<PresenceSnapshot> {
    let snapshot = RwSignal::new(PresenceSnapshot::default());
    #[cfg(feature = "hydrate")]
    {
        use send_wrapper::SendWrapper;
        use wasm_bindgen::{JsCast, closure::Closure};
        if let Ok(source) = web_sys::EventSource::new(&format!("/live/sections/{id}")) {
            let on_presence = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(
                move |event: web_sys::MessageEvent| {
                    if let Some(text) = event.data().as_string()
                        && let Ok(update) = serde_json::from_str::<PresenceSnapshot>(&text)
                    {
                        snapshot.set(update);
                    }
                },
            );
            let _ = source
                .add_event_listener_with_callback("presence", on_presence.as_ref().unchecked_ref());
            let held = SendWrapper::new((source, on_presence));
            on_cleanup(move || held.0.close());
        }
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = id;
    snapshot
}

/// The people other than `me` who have the section open.
#[component]
pub fn PresenceBar(snapshot: RwSignal<PresenceSnapshot>, me: Option<i32>) -> impl IntoView {
    let i18n = use_i18n();
    let others = move || {
        snapshot.with(|s| {
            s.people
                .iter()
                .filter(|p| Some(p.user_id) != me)
                .map(|p| match &p.organisation {
                    Some(org) => format!("{} ({org})", p.name),
                    None => p.name.clone(),
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <p class="presence" id="presence" aria-live="polite">
            {move || {
                let others = others();
                if others.is_empty() {
                    i18n.tr("presence-alone")()
                } else {
                    format!("{} {}", i18n.tr("presence-also-here")(), others.join(", "))
                }
            }}
        </p>
    }
}
