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
        <Router>
            <AppLayout>
                <Routes fallback=|| view! { <NotFound /> }>
                    <Route path=path!("") view=OverviewPage />
                    <Route path=path!("reports") view=ReportsPage />
                    <Route path=path!("reports/new") view=NewReportPage />
                    <Route path=path!("reports/:id") view=ReportPage />
                    <Route path=path!("reports/:id/import") view=ImportDraftPage />
                    <Route path=path!("reports/:id/export") view=ExportPage />
                    <Route path=path!("profiles") view=ProfilesPage />
                    <Route path=path!("profiles/:id") view=ProfilePage />
                    <Route path=path!("sections/:id") view=SectionPage />
                    <Route path=path!("sections/:id/history") view=SectionHistoryPage />
                    <Route path=path!("recommendations") view=RecommendationsPage />
                    <Route path=path!("recommendations/import") view=ImportRecommendationsPage />
                    <Route path=path!("recommendations/dashboard") view=RecommendationDashboardPage />
                    <Route path=path!("recommendations/calendar") view=FollowUpCalendarPage />
                    <Route path=path!("recommendations/clusters") view=ClustersPage />
                    <Route path=path!("recommendations/:id") view=RecommendationPage />
                    <Route path=path!("organisations") view=OrganisationsPage />
                    <Route path=path!("organisations/:id") view=OrganisationPage />
                    <Route path=path!("settings") view=SettingsPage />
                    <Route path=path!("sign-in") view=SignInPage />
                    <Route path=path!("sign-in/second-factor") view=SecondFactorPage />
                    <Route path=path!("account") view=AccountPage />
                    <Route path=path!("members") view=MembersPage />
                    <Route path=path!("audit") view=AuditLogPage />
                    <Route path=path!("admin/coalitions") view=CoalitionsAdminPage />
                    <Route path=path!("admin/coalitions/:id") view=CoalitionAdminPage />
                    <Route path=path!("invitations/:token") view=AcceptInvitationPage />
                    // Rendered whole before it is sent, so a finished setup answers 404.
                    <Route path=path!("setup/:token") view=SetupPage ssr=SsrMode::Async />
                </Routes>
            </AppLayout>
        </Router>
    }
}
