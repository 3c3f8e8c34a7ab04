//! A word diff as text: added runs in `<ins>`, removed runs in `<del>`, the rest as is.

use leptos::prelude::*;

use crate::sections::api::{DiffKind, DiffPart};

/// `parts` in reading order, for a `.diff` container to hold.
#[component]
pub fn DiffParts(parts: Vec<DiffPart>) -> impl IntoView {
    parts
        .into_iter()
        .map(|part| match part.kind {
            DiffKind::Added => view! { <ins>{part.text}</ins> }.into_any(),
            DiffKind::Removed => view! { <del>{part.text}</del> }.into_any(),
            DiffKind::Same => view! { <span>{part.text}</span> }.into_any(),
        })
        .collect_view()
}
