//! The public follow-up page as HTML: rendered on the server from Leptos views into a whole
//! document with no script at all, readable on a 360 px screen and in print.

use leptos::prelude::*;
use leptos_meta::HashedStylesheet;

use super::content::{
    PublicAssessment, PublicEvidence, PublicPage, PublicRecommendation, Published,
};
use crate::{
    i18n::{I18n, Locale, translate},
    proposals::pages::rates::UptakeRatesView,
    recommendations::{
        follow_up::pages::{LevelChart, LevelLegend},
        scales::ordinal_key,
    },
    states::EvidenceKind,
};

/// Where the page's links lead: the page itself, its feed and its files.
fn base(coalition: &Published) -> String {
    format!("/p/{}", coalition.address)
}

/// Renders `view` as a whole HTML document in `locale` with its translations in context.
fn document<V: IntoView + 'static>(
    locale: Locale,
    title: String,
    options: &LeptosOptions,
    feed: Option<(String, String)>,
    view: impl FnOnce(I18n) -> V,
) -> String {
    let owner = Owner::new();
    let options = options.clone();
    owner.with(move || {
        let i18n = crate::i18n::provide_fixed(locale);
        let body = view(i18n);
        let feed = feed.map(|(href, title)| {
            view! { <link rel="alternate" type="application/atom+xml" href=href title=title /> }
        });
        let html = view! {
            <!DOCTYPE html>
            <html lang=locale.code()>
                <head>
                    <meta charset="utf-8" />
                    <meta name="viewport" content="width=device-width, initial-scale=1" />
                    <meta name="color-scheme" content="light" />
                    <title>{title}</title>
                    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                    <HashedStylesheet options id="leptos" />
                    {feed}
                </head>
                <body class="public">
                    <a class="skip-link" href="#main">{translate(locale, "skip-to-content")}</a>
                    {body}
                </body>
            </html>
        };
        html.to_html()
    })
}

/// The header: the coalition's name and the language links (to `path`, keeping `query`).
fn header(coalition: &Published, locale: Locale, path: &str, query: &str) -> impl IntoView + use<> {
    let links = Locale::ALL
        .into_iter()
        .map(|l| {
            let href = format!("{path}?lang={}{query}", l.code());
            let current = (l == locale).then_some("page");
            view! {
                <li><a href=href hreflang=l.code() lang=l.code() aria-current=current>{l.native_name()}</a></li>
            }
        })
        .collect_view();
    view! {
        <header class="public__header">
            <p class="public__brand">{coalition.name.clone()}</p>
            <nav aria-label=translate(locale, "public-languages")>
                <ul class="public__languages">{links}</ul>
            </nav>
        </header>
    }
}

fn footer(coalition: &Published, locale: Locale) -> impl IntoView + use<> {
    let since = coalition.published_at.format("%Y-%m-%d").to_string();
    view! {
        <footer class="public__footer">
            <p>
                <a href=format!("{}/feed.atom", base(coalition)) id="public-feed-link">{translate(locale, "public-feed")}</a>
            </p>
            <p>{translate(locale, "public-published-since")} " " <time datetime=since.clone()>{since.clone()}</time></p>
        </footer>
    }
}

/// One assessment: who assessed, the level in their own terms, when, and why.
fn assessment(i18n: I18n, a: PublicAssessment) -> impl IntoView {
    let locale = i18n.locale_untracked();
    let who = a.assessor_text(locale);
    let on = a.assessed_on.format("%Y-%m-%d").to_string();
    let level = a.level_text(locale);
    let ordinal = translate(locale, &ordinal_key(a.ordinal));
    let narrative = (!a.narrative.trim().is_empty())
        .then(|| view! { <p class="public-assessment__narrative">{a.narrative.clone()}</p> });
    view! {
        <li class="public-assessment" id=format!("assessment-{}", a.id)>
            <p>
                <strong>{who}</strong> ": " <span class="badge">{level}</span>
                " " <span class="cell-sub">{ordinal}</span> " · "
                <time datetime=on.clone()>{on.clone()}</time>
            </p>
            {narrative}
        </li>
    }
}

fn evidence(coalition: &Published, locale: Locale, e: PublicEvidence) -> impl IntoView + use<> {
    let href = match e.kind {
        EvidenceKind::Link => e.url.clone(),
        EvidenceKind::File => format!("{}/evidence/{}", base(coalition), e.id),
    };
    let title = if e.title.is_empty() {
        e.file_name.clone()
    } else {
        e.title.clone()
    };
    let source = (!e.source.is_empty()).then(|| format!(" — {}", e.source));
    let dated = e.dated_on.map(|d| {
        let d = d.format("%Y-%m-%d").to_string();
        view! { " · " <time datetime=d.clone()>{d.clone()}</time> }
    });
    let kind = crate::i18n::label(locale, e.kind);
    view! {
        <li class="public-evidence">
            <a href=href rel="nofollow noopener">{title}</a>
            <span class="cell-sub">" (" {kind} ")"</span>
            {source}
            {dated}
        </li>
    }
}

/// One recommendation and its follow-up, headed at `level` (`h2` alone, `h3` in the list).
fn recommendation(
    i18n: I18n,
    coalition: &Published,
    r: PublicRecommendation,
    alone: bool,
) -> impl IntoView + use<> {
    let locale = i18n.locale_untracked();
    let link = format!(
        "{}/recommendations/{}?lang={}",
        base(coalition),
        r.id,
        locale.code()
    );
    let heading = if alone {
        view! { <h1>{r.citation.clone()}</h1> }.into_any()
    } else {
        view! { <h3><a href=link>{r.citation.clone()}</a></h3> }.into_any()
    };
    let position = r.upr_position.map(|p| {
        view! { <p>{translate(locale, "public-upr-position")} ": " {crate::i18n::label(locale, p)}</p> }
    });
    let states = (!r.recommending_states.is_empty()).then(|| {
        view! { <p class="cell-sub">{translate(locale, "public-recommended-by")} ": " {r.recommending_states.clone()}</p> }
    });
    let assessments = if r.assessments.is_empty() {
        view! { <p class="empty-state">{translate(locale, "public-not-assessed")}</p> }.into_any()
    } else {
        view! {
            <ul class="public-assessments">
                {r.assessments.into_iter().map(|a| assessment(i18n, a)).collect_view()}
            </ul>
        }
        .into_any()
    };
    let evidence_list = (!r.evidence.is_empty()).then(|| {
        let items = r
            .evidence
            .into_iter()
            .map(|e| evidence(coalition, locale, e))
            .collect_view();
        view! {
            <p class="public-recommendation__label">{translate(locale, "public-evidence")}</p>
            <ul class="public-evidence-list">{items}</ul>
        }
    });
    view! {
        <article class="public-recommendation card" id=format!("recommendation-{}", r.id)>
            {heading}
            <p class="cell-sub">{r.mechanism.clone()}</p>
            <blockquote class="public-recommendation__text">{r.text.clone()}</blockquote>
            {states}
            {position}
            <p class="public-recommendation__label">{translate(locale, "public-assessments")}</p>
            {assessments}
            {evidence_list}
        </article>
    }
}

/// Links to the other pages of the list.
fn pagination(
    coalition: &Published,
    locale: Locale,
    page: usize,
    pages: usize,
) -> impl IntoView + use<> {
    let href = |n: usize| {
        format!(
            "{}?lang={}&page={n}#recommendations",
            base(coalition),
            locale.code()
        )
    };
    let previous = (page > 1).then(|| {
        view! { <a rel="prev" href=href(page - 1)>{translate(locale, "public-previous")}</a> }
    });
    let next = (page < pages).then(|| {
        view! { <a rel="next" href=href(page + 1)>{translate(locale, "public-next")}</a> }
    });
    (pages > 1).then(|| {
        let of = crate::i18n::translate_with(
            locale,
            "public-page-of",
            &[
                ("page", (page as i64).into()),
                ("pages", (pages as i64).into()),
            ],
        );
        view! {
            <nav class="public__pages" aria-label=translate(locale, "public-pages")>
                {previous} " " <span>{of}</span> " " {next}
            </nav>
        }
    })
}

fn feed_link(coalition: &Published, locale: Locale) -> Option<(String, String)> {
    Some((
        format!("{}/feed.atom", base(coalition)),
        translate(locale, "public-feed"),
    ))
}

/// The coalition's public follow-up page, one page of its recommendations.
pub fn render_page(data: PublicPage, locale: Locale, options: &LeptosOptions) -> String {
    let PublicPage {
        coalition,
        summary,
        uptake,
        recommendations,
        page,
        pages,
    } = data;
    let title = format!("{} — {}", translate(locale, "public-title"), coalition.name);
    let feed = feed_link(&coalition, locale);
    document(locale, title, options, feed, move |i18n| {
        let query = if page > 1 {
            format!("&page={page}")
        } else {
            String::new()
        };
        let total = crate::i18n::translate_with(
            locale,
            "public-total",
            &[("count", (summary.total as i64).into())],
        );
        let description = (!coalition.description.is_empty())
            .then(|| view! { <p class="public__description">{coalition.description.clone()}</p> });
        let list = recommendations
            .into_iter()
            .map(|r| view! { <li>{recommendation(i18n, &coalition, r, false)}</li> })
            .collect_view();
        view! {
            {header(&coalition, locale, &base(&coalition), &query)}
            <main id="main" class="public__main">
                <h1>{translate(locale, "public-title")}</h1>
                {description}
                <p>{translate(locale, "public-intro")}</p>
                <section class="public__summary" aria-labelledby="public-summary">
                    <h2 id="public-summary">{translate(locale, "public-summary")}</h2>
                    <p id="public-total">{total}</p>
                    <LevelLegend />
                    <LevelChart id="chart-mechanism" title="dashboard-by-mechanism" groups=summary.by_mechanism query_string=None />
                    <LevelChart id="chart-cycle" title="dashboard-by-cycle" groups=summary.by_cycle query_string=None />
                    <LevelChart id="chart-theme" title="dashboard-by-theme" groups=summary.by_theme query_string=None />
                </section>
                <UptakeRatesView rates=uptake csv=None />
                <section id="recommendations" aria-labelledby="public-recommendations">
                    <h2 id="public-recommendations">{translate(locale, "public-recommendations")}</h2>
                    <ol class="public-list">{list}</ol>
                    {pagination(&coalition, locale, page, pages)}
                </section>
            </main>
            {footer(&coalition, locale)}
        }
    })
}

/// One recommendation of the coalition's public follow-up on a page of its own (the feed's
/// entries link here).
pub fn render_one(
    coalition: Published,
    r: PublicRecommendation,
    locale: Locale,
    options: &LeptosOptions,
) -> String {
    let title = format!("{} — {}", r.citation, coalition.name);
    let feed = feed_link(&coalition, locale);
    document(locale, title, options, feed, move |i18n| {
        let path = format!("{}/recommendations/{}", base(&coalition), r.id);
        let back = format!("{}?lang={}", base(&coalition), locale.code());
        view! {
            {header(&coalition, locale, &path, "")}
            <main id="main" class="public__main">
                <p><a href=back>{translate(locale, "public-back")}</a></p>
                {recommendation(i18n, &coalition, r, true)}
            </main>
            {footer(&coalition, locale)}
        }
    })
}

/// The page answered for an address that is not (or no longer) published.
pub fn render_not_found(locale: Locale, options: &LeptosOptions) -> String {
    document(
        locale,
        translate(locale, "public-not-found-title"),
        options,
        None,
        move |_| {
            view! {
                <main id="main" class="public__main">
                    <h1>{translate(locale, "public-not-found-title")}</h1>
                    <p>{translate(locale, "public-not-found")}</p>
                </main>
            }
        },
    )
}
