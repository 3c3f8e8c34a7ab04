//! The browser's copy of unsaved text, in `localStorage`, written as the person types: it
//! survives a reload or a dropped connection even before the server has the draft. Does
//! nothing during server rendering.

/// The storage key for section `id`.
fn key(id: i32) -> String {
    format!("shadowdesk-draft-{id}")
}

/// Stores `body`, typed on top of `base_version`, for section `id`.
pub fn store(id: i32, base_version: i32, body: &str) {
    #[cfg(feature = "hydrate")]
    if let Ok(Some(storage)) = leptos::prelude::window().local_storage() {
        let _ = storage.set_item(&key(id), &format!("{base_version}\n{body}"));
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (key(id), base_version, body);
}

/// The stored text for section `id` and the version it was typed on, if any.
pub fn load(id: i32) -> Option<(i32, String)> {
    #[cfg(feature = "hydrate")]
    {
        let storage = leptos::prelude::window().local_storage().ok()??;
        let stored = storage.get_item(&key(id)).ok()??;
        let (version, body) = stored.split_once('\n')?;
        Some((version.parse().ok()?, body.to_string()))
    }
    #[cfg(not(feature = "hydrate"))]
    {
        let _ = key(id);
        None
    }
}

/// Forgets the stored text for section `id` (it was saved or discarded).
pub fn clear(id: i32) {
    #[cfg(feature = "hydrate")]
    if let Ok(Some(storage)) = leptos::prelude::window().local_storage() {
        let _ = storage.remove_item(&key(id));
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = key(id);
}
