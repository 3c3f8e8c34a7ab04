//! The table every list page uses: a scrolling wrapper, a caption for screen readers and a
//! header row of translated column names.

use leptos::prelude::*;

use crate::i18n::use_i18n;

/// A data table with `columns` (translation keys) and the rows in `children`.
#[component]
pub fn DataTable(
    /// Translation key of the (visually hidden) caption.
    caption: &'static str,
    /// Translation keys of the column headings.
    columns: &'static [&'static str],
    /// Element id of the table, for links and tests.
    #[prop(optional)]
    id: &'static str,
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="table-wrap" tabindex="0">
            <table class="data-table" id=(!id.is_empty()).then_some(id)>
                <caption class="visually-hidden">{i18n.tr(caption)}</caption>
                <thead>
                    <tr>
                        {columns.iter().map(|key| view! { <th scope="col">{i18n.tr(key)}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>{children()}</tbody>
            </table>
        </div>
    }
}
