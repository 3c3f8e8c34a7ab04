//! The HTML shell and the application's routes.

use leptos::prelude::*;
use leptos_meta::{HashedStylesheet, Html, MetaTags, Title, provide_meta_context};
use leptos_router::{
    SsrMode,
    components::{Route, Router, Routes},
    path,
};

use crate::{
    audit::pages::AuditLogPage,
    auth::pages::{AccountPage, SecondFactorPage, SignInPage, provide_auth},
    coalitions::pages::{CoalitionAdminPage, CoalitionsAdminPage},
    export::pages::ExportPage,
    i18n::{provide_i18n, use_i18n},
    import::pages::ImportDraftPage,
    layout::{AppLayout, NotFound},
    members::pages::{AcceptInvitationPage, MembersPage},
    organisations::pages::{OrganisationPage, OrganisationsPage},
    overview::pages::OverviewPage,
    profiles::pages::{ProfilePage, ProfilesPage},
    recommendations::pages::{
        ClustersPage, FollowUpCalendarPage, ImportRecommendationsPage, RecommendationDashboardPage,
        RecommendationPage, RecommendationsPage,
    },
    reports::pages::{NewReportPage, ReportPage, ReportsPage},
    sections::pages::{SectionHistoryPage, SectionPage},
    settings::pages::SettingsPage,
    setup::pages::SetupPage,
};

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
    view! {
        <Html {..} lang=move || i18n.locale().code() />
        <Title formatter=move |page: String| {
            let app = crate::i18n::translate(i18n_title.locale(), "app-name");
            if page.is_empty() { app } else { format!("{page} · {app}") }
        } />
        // In order: every page arrives whole as plain HTML, readable and usable with scripts
        // off or before the bundle has loaded (the setup page waits for all of it).
        <Router>
            <AppLayout>
                <Routes fallback=|| view! { <NotFound /> }>
                    <Route path=path!("") view=OverviewPage ssr=SsrMode::InOrder />
                    <Route path=path!("reports") view=ReportsPage ssr=SsrMode::InOrder />
                    <Route path=path!("reports/new") view=NewReportPage ssr=SsrMode::InOrder />
                    <Route path=path!("reports/:id") view=ReportPage ssr=SsrMode::InOrder />
                    <Route path=path!("reports/:id/import") view=ImportDraftPage ssr=SsrMode::InOrder />
                    <Route path=path!("reports/:id/export") view=ExportPage ssr=SsrMode::InOrder />
                    <Route path=path!("profiles") view=ProfilesPage ssr=SsrMode::InOrder />
                    <Route path=path!("profiles/:id") view=ProfilePage ssr=SsrMode::InOrder />
                    <Route path=path!("sections/:id") view=SectionPage ssr=SsrMode::InOrder />
                    <Route path=path!("sections/:id/history") view=SectionHistoryPage ssr=SsrMode::InOrder />
                    <Route path=path!("recommendations") view=RecommendationsPage ssr=SsrMode::InOrder />
                    <Route path=path!("recommendations/import") view=ImportRecommendationsPage ssr=SsrMode::InOrder />
                    <Route path=path!("recommendations/dashboard") view=RecommendationDashboardPage ssr=SsrMode::InOrder />
                    <Route path=path!("recommendations/calendar") view=FollowUpCalendarPage ssr=SsrMode::InOrder />
                    <Route path=path!("recommendations/clusters") view=ClustersPage ssr=SsrMode::InOrder />
                    <Route path=path!("recommendations/:id") view=RecommendationPage ssr=SsrMode::InOrder />
                    <Route path=path!("organisations") view=OrganisationsPage ssr=SsrMode::InOrder />
                    <Route path=path!("organisations/:id") view=OrganisationPage ssr=SsrMode::InOrder />
                    <Route path=path!("settings") view=SettingsPage ssr=SsrMode::InOrder />
                    <Route path=path!("sign-in") view=SignInPage ssr=SsrMode::InOrder />
                    <Route path=path!("sign-in/second-factor") view=SecondFactorPage ssr=SsrMode::InOrder />
                    <Route path=path!("account") view=AccountPage ssr=SsrMode::InOrder />
                    <Route path=path!("members") view=MembersPage ssr=SsrMode::InOrder />
                    <Route path=path!("audit") view=AuditLogPage ssr=SsrMode::InOrder />
                    <Route path=path!("admin/coalitions") view=CoalitionsAdminPage ssr=SsrMode::InOrder />
                    <Route path=path!("admin/coalitions/:id") view=CoalitionAdminPage ssr=SsrMode::InOrder />
                    <Route path=path!("invitations/:token") view=AcceptInvitationPage ssr=SsrMode::InOrder />
                    // Rendered whole before it is sent, so a finished setup answers 404.
                    <Route path=path!("setup/:token") view=SetupPage ssr=SsrMode::Async />
                </Routes>
            </AppLayout>
        </Router>
    }
}
