//! A coordinator adds Kazakh to the English report (already translated into Russian); the
//! section's translation is written beside the section's text and saved as finished; the
//! section then changes, and the translation shows as outdated with what changed. And a
//! translator the coordinator assigns translates a section into Russian, a reviewer approves
//! it, and the Russian draft of the report carries it.

use fantoccini::Locator;

use crate::{
    docx_reader::Docx,
    harness::{Browser, Server},
};

#[tokio::test]
async fn a_translation_is_written_beside_the_section_and_outdated_by_its_change() {
    let server = Server::start();
    let browser = Browser::start().await;
    browser.sign_in(&server, "coordinator@sbhr.example").await;
    browser
        .open_hydrated(&format!("{}/reports/1", server.url))
        .await;
    browser
        .client
        .find(Locator::Css("#add-language"))
        .await
        .expect("the language choice")
        .select_by_value("kk")
        .await
        .expect("choose Kazakh");
    browser
        .click("#add-language-form button[type='submit']")
        .await;
    browser
        .wait_for_contains("#report-languages-table", "Kazakh")
        .await;

    // From the section, to its Russian translation.
    let editor = browser
        .open_outline_section("Right to a fair trial (art. 14)")
        .await;
    browser
        .wait_for_contains("#section-translations", "Kazakh (Missing)")
        .await;
    browser.click("#section-translations a[href$='/kk']").await;
    browser
        .wait_for_contains("#translation-state", "Missing")
        .await;
    browser
        .wait_for_contains("#source-paragraphs", "defence lawyers were often denied")
        .await;
    browser
        .type_into(
            "#translation-body",
            "Адвокатам отказывали в конфиденциальных встречах.",
        )
        .await;
    browser.click("#translation-complete").await;
    browser.click("#save-translation").await;
    browser
        .wait_for_contains("#translation-state", "Translated")
        .await;
    drop(editor);

    // Back to the section (the breadcrumb), which changes (not a minor change): the
    // translation is outdated.
    let editor = browser
        .open_outline_section("Right to a fair trial (art. 14)")
        .await;
    editor
        .send_keys(" Hearings were closed to the public.")
        .await
        .expect("type");
    browser.click("#save-section").await;
    browser.wait_for_contains("#save-status", "Saved").await;
    browser.click("#section-translations a[href$='/kk']").await;
    browser
        .wait_for_contains("#translation-state", "Outdated")
        .await;
    browser
        .wait_for_contains("#source-changes ins", "Hearings were closed to the public.")
        .await;
    browser
        .wait_for_contains("#source-paragraphs li.changed", "Hearings were closed")
        .await;

    // On the report's dashboard, the section is the one outdated in Kazakh.
    browser
        .open_hydrated(&format!("{}/reports/1", server.url))
        .await;
    browser
        .wait_for_contains(
            "#report-outline td[data-language='kk'] .translation-state--outdated",
            "Outdated",
        )
        .await;
    browser
        .client
        .find(Locator::Css("#filter-translation"))
        .await
        .expect("the translation filter")
        .select_by_value("1")
        .await
        .expect("outdated in Kazakh");
    browser
        .wait_for_contains(".filters .hint", "1 section shown")
        .await;
    browser.close().await;
}

/// The Russian translation's link in the dashboard row of LIFT's section.
const RUSSIAN_OF_FAIR_TRIAL: &str = "//tr[.//a[contains(., 'Right to a fair trial (art. 14)')]]\
     //td[@data-language='ru']//a";

/// Signs the browser out (drops the session cookie) and in again as `email`.
async fn switch_to(browser: &Browser, server: &Server, email: &str) {
    browser.client.delete_all_cookies().await.expect("sign out");
    browser.sign_in(server, email).await;
}

#[tokio::test]
async fn an_assigned_translator_translates_a_reviewer_approves_and_the_language_exports() {
    let server = Server::start();
    let browser = Browser::start().await;
    browser.sign_in(&server, "coordinator@sbhr.example").await;

    // The coordinator assigns the observer to translate LIFT's section into Russian (the
    // demonstration report's second language).
    browser
        .open_hydrated(&format!("{}/reports/1", server.url))
        .await;
    browser.click_xpath(RUSSIAN_OF_FAIR_TRIAL).await;
    browser
        .wait_for_contains("#translation-state", "Missing")
        .await;
    browser
        .click_xpath("//select[@id='translator-select']/option[contains(., 'Marat Zhunusov')]")
        .await;
    browser.click("#assign-translator").await;
    browser
        .wait_for_contains("#translator", "Translator assigned.")
        .await;

    // The observer finds the section among their own on the dashboard (beside the one their
    // organisation writes) and translates it.
    switch_to(&browser, &server, "observer@equalaccess.example").await;
    browser
        .open_hydrated(&format!("{}/reports/1", server.url))
        .await;
    browser.click("#filter-mine").await;
    browser
        .wait_for_contains(".filters .hint", "2 sections shown")
        .await;
    browser
        .wait_for_contains(
            "#report-outline td[data-language='ru'] .mine",
            "Marat Zhunusov",
        )
        .await;
    browser.click_xpath(RUSSIAN_OF_FAIR_TRIAL).await;
    browser
        .wait_for_contains("#translator-name", "Marat Zhunusov")
        .await;
    browser
        .type_into(
            "#translation-title",
            "Право на справедливое судебное разбирательство",
        )
        .await;
    browser
        .type_into(
            "#translation-body",
            "Адвокатам часто отказывали в конфиденциальных встречах с подзащитными.",
        )
        .await;
    browser.click("#translation-complete").await;
    browser.click("#save-translation").await;
    browser
        .wait_for_contains("#translation-state", "Translated")
        .await;
    let page = browser
        .client
        .current_url()
        .await
        .expect("the page")
        .to_string();

    // A reviewer approves it.
    switch_to(&browser, &server, "reviewer@freeword.example").await;
    browser.open_hydrated(&page).await;
    browser
        .wait_for_contains(
            "#translation-history li[data-version='1']",
            "Marat Zhunusov",
        )
        .await;
    browser.click("#approve-translation").await;
    browser
        .wait_for_contains("#translation-state", "Approved")
        .await;

    // The export page checks the Russian: the other sections are not translated yet.
    browser
        .open_hydrated(&format!("{}/reports/1/export", server.url))
        .await;
    browser
        .click("#export-languages a[data-language='ru']")
        .await;
    browser
        .wait_for_contains("#export-file-name", "(ru).docx")
        .await;
    browser
        .wait_for_contains("body", "missing, unfinished or outdated in this language")
        .await;

    // The Russian draft of the report carries the translation.
    let bytes = browser
        .download(&format!("{}/reports/1/export.docx?language=ru", server.url))
        .await;
    let docx = Docx::open(&bytes);
    let paragraphs = docx.paragraphs("word/document.xml");
    assert!(
        paragraphs
            .iter()
            .any(|p| p.text == "Право на справедливое судебное разбирательство"),
        "the translated heading"
    );
    assert!(
        paragraphs.iter().any(|p| p
            .text
            .starts_with("Адвокатам часто отказывали в конфиденциальных встречах")),
        "the translated text"
    );

    // Another section that repeats the paragraph is offered its translation, which the
    // coordinator puts into that section's Russian with one click.
    repeat_fair_trial_in_expression(&server).await;
    switch_to(&browser, &server, "coordinator@sbhr.example").await;
    browser
        .open_hydrated(&format!("{}/reports/1", server.url))
        .await;
    browser.click_xpath("//tr[.//a[contains(., 'Freedom of expression (art. 19)')]]//td[@data-language='ru']//a").await;
    browser
        .wait_for_contains(".reuse blockquote", "Адвокатам часто отказывали")
        .await;
    browser.click(".reuse button").await;
    let text = browser
        .client
        .find(Locator::Css("#translation-body"))
        .await
        .expect("the translation's text")
        .prop("value")
        .await
        .expect("its value")
        .unwrap_or_default();
    assert!(
        text.starts_with("Адвокатам часто отказывали в конфиденциальных встречах"),
        "{text}"
    );
    browser.close().await;
}

/// Gives the expression section the fair-trial section's text, in the server's database.
async fn repeat_fair_trial_in_expression(server: &Server) {
    use entities::report_section::{Column, Entity};
    use sea_orm::{ColumnTrait, Database, EntityTrait, QueryFilter, sea_query::Expr};
    let db = Database::connect(&server.database)
        .await
        .expect("the server's database");
    let fair_trial = Entity::find()
        .filter(Column::Title.eq("Right to a fair trial (art. 14)"))
        .one(&db)
        .await
        .expect("read")
        .expect("the fair-trial section");
    Entity::update_many()
        .col_expr(Column::Body, Expr::value(fair_trial.body))
        .filter(Column::Title.eq("Freedom of expression (art. 19)"))
        .exec(&db)
        .await
        .expect("repeat the text");
}

#[tokio::test]
async fn a_coordinator_adds_a_glossary_term_and_the_translation_page_underlines_the_standard_ones()
{
    let server = Server::start();
    let browser = Browser::start().await;
    browser.sign_in(&server, "coordinator@sbhr.example").await;
    browser.open_hydrated(&server.url).await;
    browser.click("nav a[href='/glossary']").await;
    browser
        .wait_for_contains("#glossary-standard", "Standard UN terms")
        .await;
    let form = "form[id^='glossary-add-']";
    for (language, text) in [
        ("en", "trial monitoring"),
        ("ru", "мониторинг судебных процессов"),
    ] {
        browser
            .type_into(&format!("{form} input[name='term[{language}]']"), text)
            .await;
    }
    browser
        .click(&format!("{form} button[type='submit']"))
        .await;
    browser
        .wait_for_contains(
            "section[data-coalition] .glossary-table",
            "мониторинг судебных процессов",
        )
        .await;

    // The introduction cites the Committee's concluding observations: underlined, with the
    // Russian on hover or focus.
    browser
        .open_hydrated(&format!("{}/sections/1/translations/ru", server.url))
        .await;
    let term = browser
        .client
        .find(Locator::Css(
            "#source-paragraphs .term[data-term='concluding observations']",
        ))
        .await
        .expect("the term underlined");
    assert_eq!(
        term.attr("title").await.expect("its title").as_deref(),
        Some("заключительные замечания")
    );
    browser
        .wait_for_contains("#glossary-terms", "заключительные замечания")
        .await;
    browser.close().await;
}
