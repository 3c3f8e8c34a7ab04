//! The table every list page uses: a scrolling wrapper that keyboards can reach, a caption
//! (for screen readers unless shown) and a header row of translated column names.

use leptos::prelude::*;

use crate::i18n::use_i18n;

/// A data table with `columns` (message ids) and the rows in `children`.
#[component]
pub fn DataTable(
    /// Message id of the caption.
    caption: &'static str,
    /// Show the caption; by default only screen readers read it.
    #[prop(optional)]
    caption_shown: bool,
    /// Message ids of the column headings.
    #[prop(into)]
    columns: Vec<&'static str>,
    /// Element id of the table, for links and tests.
    #[prop(optional)]
    id: &'static str,
    /// A class of its own beside `data-table`.
    #[prop(optional)]
    class: &'static str,
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    let class = if class.is_empty() {
        "data-table".to_string()
    } else {
        format!("data-table {class}")
    };
    view! {
        <div class="table-wrap" tabindex="0">
            <table class=class id=(!id.is_empty()).then_some(id)>
                <caption class=(!caption_shown).then_some("visually-hidden")>{i18n.tr(caption)}</caption>
                <thead>
                    <tr>
                        {columns.into_iter().map(|key| view! { <th scope="col">{i18n.tr(key)}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>{children()}</tbody>
            </table>
        </div>
    }
}
