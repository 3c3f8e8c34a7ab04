//! Both versions side by side when a save collides with someone else's changes.

use leptos::prelude::*;

use crate::i18n::use_i18n;

/// The stored text (`theirs`) next to the person's own (`ours`), with the two ways out.
#[component]
pub fn ConflictView(
    theirs: String,
    ours: String,
    /// Keep the person's text, replacing what was stored.
    on_keep_mine: Callback<()>,
    /// Continue from the stored text, dropping the person's changes.
    on_take_theirs: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="notice notice--error conflict" role="alert" id="section-conflict">
            <p>{i18n.tr("section-conflict")}</p>
            <div class="conflict__sides">
                <section>
                    <h3>{i18n.tr("section-conflict-theirs")}</h3>
                    <pre class="conflict__text" id="conflict-theirs">{theirs}</pre>
                    <button type="button" class="button button-secondary" on:click=move |_| on_take_theirs.run(())>
                        {i18n.tr("section-conflict-take-theirs")}
                    </button>
                </section>
                <section>
                    <h3>{i18n.tr("section-conflict-ours")}</h3>
                    <pre class="conflict__text" id="conflict-ours">{ours}</pre>
                    <button type="button" class="button" on:click=move |_| on_keep_mine.run(())>
                        {i18n.tr("section-conflict-keep-mine")}
                    </button>
                </section>
            </div>
        </div>
    }
}
