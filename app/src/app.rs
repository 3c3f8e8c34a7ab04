//! The HTML shell and the application's routes.

mod frame;
mod lazy;

use leptos::prelude::*;
use leptos_meta::{HashedStylesheet, Html, MetaTags, Title, provide_meta_context};
use leptos_router::{
    Lazy, SsrMode,
    components::{Route, Router, Routes},
    path,
};

use crate::{
    auth::pages::{SecondFactorPage, SignInPage, provide_auth},
    i18n::{CatalogueHints, provide_i18n, use_i18n},
    layout::NotFound,
};
use frame::AppLayout;
use lazy::*;

/// The document around the app, rendered on the server only.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    #[cfg(feature = "ssr")]
    crate::security::apply_page_policy(&options);
    view! {
        <!DOCTYPE html>
        <html>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light" />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <HashedStylesheet options=options.clone() id="leptos" />
                <AutoReload options=options.clone() />
                <HydrationScripts options />
                <CatalogueHints />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// The application: meta context, translations, layout and routes.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let i18n = provide_i18n();
    provide_auth();
    let i18n_title = use_i18n();
    let (loading, set_loading) = signal(false);
    view! {
        <Html {..} lang=move || i18n.locale().code() />
        <Title formatter=move |page: String| {
            let app = crate::i18n::translate(i18n_title.locale(), "app-name");
            if page.is_empty() { app } else { format!("{page} · {app}") }
        } />
        // In order: every page arrives whole as plain HTML, readable and usable with scripts
        // off or before the bundle has loaded (the setup page waits for all of it). Every page
        // but signing in loads its code when first visited; the layout shows that it is coming.
        <Router set_is_routing=set_loading>
            <AppLayout loading>
                <Routes fallback=|| view! { <NotFound /> }>
                    <Route path=path!("") view={Lazy::<OverviewRoute>::new()} ssr=SsrMode::InOrder />
                    <Route path=path!("reports") view={Lazy::<ReportsRoute>::new()} ssr=SsrMode::InOrder />
                    <Route path=path!("reports/new") view={Lazy::<NewReportRoute>::new()} ssr=SsrMode::InOrder />
                    <Route path=path!("reports/:id") view={Lazy::<ReportRoute>::new()} ssr=SsrMode::InOrder />
                    <Route path=path!("reports/:id/import") view={Lazy::<ImportDraftRoute>::new()} ssr=SsrMode::InOrder />
                    <Route path=path!("reports/:id/export") view={Lazy::<ExportRoute>::new()} ssr=SsrMode::InOrder />
                    <Route path=path!("reports/:id/uptake") view={Lazy::<UptakeRoute>::new()} ssr=SsrMode::InOrder />
                    <Route path=path!("profiles") view={Lazy::<ProfilesRoute>::new()} ssr=SsrMode::InOrder />
                    <Route path=path!("profiles/:id") view={Lazy::<ProfileRoute>::new()} ssr=SsrMode::InOrder />
                    <Route path=path!("sections/:id") view={Lazy::<SectionRoute>::new()} ssr=SsrMode::InOrder />
                    <Route path=path!("sections/:id/history") view={Lazy::<SectionHistoryRoute>::new()} ssr=SsrMode::InOrder />
                    <Route path=path!("sections/:id/translations/:language") view={Lazy::<SectionTranslationRoute>::new()} ssr=SsrMode::InOrder />
                    <Route path=path!("recommendations") view={Lazy::<RecommendationsRoute>::new()} ssr=SsrMode::InOrder />
                    <Route path=path!("recommendations/import") view={Lazy::<ImportRecommendationsRoute>::new()} ssr=SsrMode::InOrder />
                    <Route path=path!("recommendations/dashboard") view={Lazy::<RecommendationDashboardRoute>::new()} ssr=SsrMode::InOrder />
                    <Route path=path!("recommendations/calendar") view={Lazy::<FollowUpCalendarRoute>::new()} ssr=SsrMode::InOrder />
                    <Route path=path!("recommendations/clusters") view={Lazy::<ClustersRoute>::new()} ssr=SsrMode::InOrder />
                    <Route path=path!("recommendations/:id") view={Lazy::<RecommendationRoute>::new()} ssr=SsrMode::InOrder />
                    <Route path=path!("monitoring") view={Lazy::<MonitoringRoute>::new()} ssr=SsrMode::InOrder />
                    <Route path=path!("monitoring/tables") view={Lazy::<MonitoringTablesRoute>::new()} ssr=SsrMode::InOrder />
                    <Route path=path!("monitoring/identities") view={Lazy::<MonitoringIdentitiesRoute>::new()} ssr=SsrMode::InOrder />
                    <Route path=path!("monitoring/:id") view={Lazy::<MonitoringEventRoute>::new()} ssr=SsrMode::InOrder />
                    <Route path=path!("organisations") view={Lazy::<OrganisationsRoute>::new()} ssr=SsrMode::InOrder />
                    <Route path=path!("organisations/:id") view={Lazy::<OrganisationRoute>::new()} ssr=SsrMode::InOrder />
                    <Route path=path!("settings") view={Lazy::<SettingsRoute>::new()} ssr=SsrMode::InOrder />
                    <Route path=path!("sign-in") view=SignInPage ssr=SsrMode::InOrder />
                    <Route path=path!("sign-in/second-factor") view=SecondFactorPage ssr=SsrMode::InOrder />
                    <Route path=path!("account") view={Lazy::<AccountRoute>::new()} ssr=SsrMode::InOrder />
                    <Route path=path!("members") view={Lazy::<MembersRoute>::new()} ssr=SsrMode::InOrder />
                    <Route path=path!("glossary") view={Lazy::<GlossaryRoute>::new()} ssr=SsrMode::InOrder />
                    <Route path=path!("audit") view={Lazy::<AuditLogRoute>::new()} ssr=SsrMode::InOrder />
                    <Route path=path!("admin/coalitions") view={Lazy::<CoalitionsAdminRoute>::new()} ssr=SsrMode::InOrder />
                    <Route path=path!("admin/coalitions/:id") view={Lazy::<CoalitionAdminRoute>::new()} ssr=SsrMode::InOrder />
                    <Route path=path!("invitations/:token") view={Lazy::<AcceptInvitationRoute>::new()} ssr=SsrMode::InOrder />
                    // Rendered whole before it is sent, so a finished setup answers 404.
                    <Route path=path!("setup/:token") view={Lazy::<SetupRoute>::new()} ssr=SsrMode::Async />
                </Routes>
            </AppLayout>
        </Router>
    }
}
