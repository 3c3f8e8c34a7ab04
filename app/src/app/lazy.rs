//! Pages whose code loads when first visited. The pages fall into six areas, and each area's
//! views are one lazily loaded function ([`leptos::lazy`]) that the wasm build splits into a
//! module of its own (cargo-leptos `--split`); code two areas share goes into chunks that load
//! with the first of them. The first visit downloads the shell (layout, navigation, sign-in,
//! language switch) and the area of the page it opens, not every page. The server renders
//! pages whole as before and names the modules a page needs in its `<head>`, so the browser
//! fetches them alongside the main module.
//!
//! Few areas rather than one module per page: the splitter gives every combination of split
//! points that share code a chunk of its own, and with a split point per page that came to
//! hundreds of small files, one request each.

use leptos::{lazy, prelude::*};
use leptos_router::LazyRoute;

use crate::{
    audit::pages::AuditLogPage,
    auth::pages::AccountPage,
    coalitions::pages::{CoalitionAdminPage, CoalitionsAdminPage},
    export::pages::ExportPage,
    figures::pages::{FiguresPage, monitoring_evidence_panel},
    glossary::pages::GlossaryPage,
    import::pages::ImportDraftPage,
    members::pages::{AcceptInvitationPage, MembersPage},
    monitoring::pages::{EventPage, IdentitiesPage, MonitoringPage},
    organisations::pages::{OrganisationPage, OrganisationsPage},
    overview::pages::OverviewPage,
    profiles::pages::{ProfilePage, ProfilesPage},
    proposals::pages::{ProposalsPanel, UptakePage},
    recommendations::{
        detail::pages::RecommendationPage,
        follow_up::pages::{FollowUpCalendarPage, RecommendationDashboardPage},
        import::pages::ImportRecommendationsPage,
        list::pages::RecommendationsPage,
        planning::pages::ClustersPage,
    },
    reports::pages::{NewReportPage, ReportPage, ReportsPage},
    review::pages::review_panel,
    sections::pages::{ReviewPanelArgs, SectionHistoryPage, SectionPage},
    settings::pages::SettingsPage,
    setup::pages::SetupPage,
    translations::pages::TranslationPage,
};

/// The section editor with its proposals and the review panel under it (sections know
/// nothing of either, which sit above them).
#[component]
fn SectionWithReview() -> impl IntoView {
    view! { <SectionPage review=under_the_editor /> }
}

/// A recommendation's page with its monitoring evidence (the tracker knows nothing of
/// monitoring, which sits beside it).
#[component]
fn RecommendationWithEvidence() -> impl IntoView {
    view! { <RecommendationPage beside=monitoring_evidence_panel /> }
}

/// What goes under the section editor: the proposals, then the review. A change of the
/// proposals makes a new version of the section, which the editor then loads as it does
/// after an accepted suggestion.
fn under_the_editor(args: ReviewPanelArgs) -> AnyView {
    let (section_id, on_changed, proposed) = (args.section_id, args.on_accepted, args.proposed);
    view! {
        <ProposalsPanel section_id on_changed proposed />
        {review_panel(args)}
    }
    .into_any()
}

/// Declares an area: an enum of its pages, the lazily loaded function that renders one
/// (`$render`), and the name [`leptos::lazy`] gives the function that only loads its module
/// (`$preload`, in the browser build).
macro_rules! area {
    (
        $(#[$doc:meta])*
        $area:ident, $render:ident, $preload:ident { $($page:ident => $component:ident,)* }
    ) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $area {
            $($page,)*
        }

        #[lazy]
        fn $render(page: $area) -> AnyView {
            match page {
                $($area::$page => view! { <$component /> }.into_any(),)*
            }
        }

        impl $area {
            /// Renders this page, once the area's module has arrived.
            async fn render(self) -> AnyView {
                $render(self).await
            }

            /// Fetches the area's module. The router does so before it hydrates a page, so that
            /// the page is there to hydrate, and when a link to it is about to be followed.
            async fn preload() {
                #[cfg(feature = "hydrate")]
                $preload().await;
            }
        }
    };
}

area! {
    /// The overview and the reports: the list, a new report, a report's dashboard and outline.
    Reports, reports_area, __preload_reports_area {
        Overview => OverviewPage,
        List => ReportsPage,
        New => NewReportPage,
        Report => ReportPage,
    }
}

area! {
    /// Bringing a Word or Markdown draft into a report, exporting the submission, and what the
    /// UN took up of its proposals.
    Submission, submission_area, __preload_submission_area {
        ImportDraft => ImportDraftPage,
        Export => ExportPage,
        Uptake => UptakePage,
    }
}

area! {
    /// A section's editor, comments and review, its history, and its translations.
    Sections, sections_area, __preload_sections_area {
        Section => SectionWithReview,
        History => SectionHistoryPage,
        Translation => TranslationPage,
    }
}

area! {
    /// The recommendation tracker: the list, one recommendation, the dashboard, the follow-up
    /// calendar, clusters and imports.
    Recommendations, recommendations_area, __preload_recommendations_area {
        List => RecommendationsPage,
        Import => ImportRecommendationsPage,
        Dashboard => RecommendationDashboardPage,
        Calendar => FollowUpCalendarPage,
        Clusters => ClustersPage,
        Recommendation => RecommendationWithEvidence,
    }
}

area! {
    /// Field monitoring: the counts and events, one event with its acts, and the counts put
    /// into a report's sections.
    Monitoring, monitoring_area, __preload_monitoring_area {
        Index => MonitoringPage,
        Event => EventPage,
        Tables => FiguresPage,
        Identities => IdentitiesPage,
    }
}

area! {
    /// Running the coalition and the instance: organisations, members, report profiles,
    /// settings, the account, the audit log, coalitions, invitations and the first run.
    Administration, administration_area, __preload_administration_area {
        Organisations => OrganisationsPage,
        Organisation => OrganisationPage,
        Profiles => ProfilesPage,
        Profile => ProfilePage,
        Settings => SettingsPage,
        Account => AccountPage,
        Members => MembersPage,
        Glossary => GlossaryPage,
        AuditLog => AuditLogPage,
        Coalitions => CoalitionsAdminPage,
        Coalition => CoalitionAdminPage,
        Invitation => AcceptInvitationPage,
        Setup => SetupPage,
    }
}

/// Declares, for each route, a [`LazyRoute`] whose view is one page of an area.
macro_rules! lazy_routes {
    ($($route:ident => $area:ident::$page:ident,)*) => {
        $(
            #[doc = concat!("The `", stringify!($area), "::", stringify!($page), "` page, loaded with its area.")]
            pub struct $route;

            impl LazyRoute for $route {
                fn data() -> Self {
                    Self
                }

                async fn view(_this: Self) -> AnyView {
                    $area::$page.render().await
                }

                async fn preload() {
                    $area::preload().await
                }
            }
        )*
    };
}

lazy_routes! {
    OverviewRoute => Reports::Overview,
    ReportsRoute => Reports::List,
    NewReportRoute => Reports::New,
    ReportRoute => Reports::Report,
    ImportDraftRoute => Submission::ImportDraft,
    ExportRoute => Submission::Export,
    UptakeRoute => Submission::Uptake,
    SectionRoute => Sections::Section,
    SectionHistoryRoute => Sections::History,
    SectionTranslationRoute => Sections::Translation,
    RecommendationsRoute => Recommendations::List,
    ImportRecommendationsRoute => Recommendations::Import,
    RecommendationDashboardRoute => Recommendations::Dashboard,
    FollowUpCalendarRoute => Recommendations::Calendar,
    ClustersRoute => Recommendations::Clusters,
    MonitoringRoute => Monitoring::Index,
    MonitoringEventRoute => Monitoring::Event,
    MonitoringTablesRoute => Monitoring::Tables,
    MonitoringIdentitiesRoute => Monitoring::Identities,
    RecommendationRoute => Recommendations::Recommendation,
    OrganisationsRoute => Administration::Organisations,
    OrganisationRoute => Administration::Organisation,
    ProfilesRoute => Administration::Profiles,
    ProfileRoute => Administration::Profile,
    SettingsRoute => Administration::Settings,
    AccountRoute => Administration::Account,
    MembersRoute => Administration::Members,
    GlossaryRoute => Administration::Glossary,
    AuditLogRoute => Administration::AuditLog,
    CoalitionsAdminRoute => Administration::Coalitions,
    CoalitionAdminRoute => Administration::Coalition,
    AcceptInvitationRoute => Administration::Invitation,
    SetupRoute => Administration::Setup,
}
