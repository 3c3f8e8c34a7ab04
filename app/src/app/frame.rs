//! Header with navigation and language switcher, the main landmark, and the footer.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::{
    auth::pages::{SecondFactorReminder, UserMenu},
    i18n::use_i18n,
    language::LocaleSwitcher,
    layout::Busy,
};

/// Wraps the routed page in the application's landmarks, with a skip link first.
#[component]
pub fn AppLayout(
    /// While a page's code or data is on its way after a link was followed; the current page
    /// stays until the next one is ready.
    #[prop(into)]
    loading: Signal<bool>,
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    let nav = [
        ("/", "nav-home"),
        ("/reports", "nav-reports"),
        ("/recommendations", "nav-recommendations"),
        ("/monitoring", "nav-monitoring"),
        ("/organisations", "nav-organisations"),
        ("/members", "nav-members"),
        ("/glossary", "nav-glossary"),
        ("/settings", "nav-settings"),
    ];
    view! {
        <a class="skip-link" href="#main">{i18n.tr("skip-to-content")}</a>
        <header class="site-header">
            <div class="site-header__inner">
                <A href="/" attr:class="brand">
                    <span class="brand__mark" aria-hidden="true">"S"</span>
                    <span class="brand__text">
                        <span class="brand__name">{i18n.tr("app-name")}</span>
                        <span class="brand__tagline">{i18n.tr("app-tagline")}</span>
                    </span>
                </A>
                <div class="site-header__tools">
                    <LocaleSwitcher id="locale-header" />
                    <UserMenu />
                </div>
            </div>
            <nav class="site-nav" aria-label=i18n.tr("nav-label")>
                <ul>
                    {nav
                        .into_iter()
                        .map(|(href, key)| {
                            view! {
                                <li>
                                    <A href=href exact=true>{i18n.tr(key)}</A>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </nav>
        </header>
        <main id="main" class="site-main" tabindex="-1">
            <Busy pending=loading label_key="page-loading" id="page-loading" />
            <SecondFactorReminder />
            {children()}
        </main>
        <footer class="site-footer">
            <p>{i18n.tr("footer-note")}</p>
        </footer>
    }
}
