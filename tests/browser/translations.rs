//! A coordinator adds Kazakh to the English report (already translated into Russian); the
//! section's translation is written beside the section's text and saved as finished; the
//! section then changes, and the translation shows as outdated with what changed. And a
//! translator the coordinator assigns translates a section into Russian, a reviewer approves
//! it, and the Russian draft of the report carries it. And a coordinator adds English to a
//! report written in Russian: a translator translates a section side by side, the source
//! changes, the translation shows outdated with the diff, is brought up to date and approved,
//! another section's English is imported from a file, and the English DOCX reads back.

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
        .wait_for_contains("#aligned-paragraphs", "defence lawyers were often denied")
        .await;
    browser
        .type_into(
            "#paragraph-0",
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
        .wait_for_contains("#aligned-paragraphs li.changed", "Hearings were closed")
        .await;
    // Beside the changed paragraph, its translation as it was, to bring up to date.
    let kept = browser
        .client
        .find(Locator::Css("#aligned-paragraphs li.changed textarea"))
        .await
        .expect("the translation beside the changed paragraph")
        .prop("value")
        .await
        .expect("its value")
        .unwrap_or_default();
    assert_eq!(kept, "Адвокатам отказывали в конфиденциальных встречах.");

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

/// On a translation's page, the coordinator assigns Marat Zhunusov (the demonstration's
/// observer) to translate it.
async fn assign_the_observer(browser: &Browser) {
    browser
        .click_xpath("//select[@id='translator-select']/option[contains(., 'Marat Zhunusov')]")
        .await;
    browser.click("#assign-translator").await;
    browser
        .wait_for_contains("#translator", "Translator assigned.")
        .await;
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
    assign_the_observer(&browser).await;

    // The observer finds the section among their own on the dashboard (beside the one their
    // organisation writes) and translates it.
    browser
        .switch_to(&server, "observer@equalaccess.example")
        .await;
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
            "#paragraph-0",
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
    browser
        .switch_to(&server, "reviewer@freeword.example")
        .await;
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
    browser.switch_to(&server, "coordinator@sbhr.example").await;
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
        .find(Locator::Css("#paragraph-0"))
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
            "#aligned-paragraphs .term[data-term='concluding observations']",
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

/// The text a coordinator writes into the Russian report's first section.
const RUSSIAN_SUMMARY: &str = "Пытки в местах лишения свободы остаются распространёнными.";
const RUSSIAN_SECOND: &str = "Национальный превентивный механизм не может посещать все учреждения.";

#[tokio::test]
async fn a_russian_report_is_translated_into_english_kept_in_step_imported_and_exported() {
    let server = Server::start();
    let dir = tempfile::tempdir().expect("temp dir");
    let browser = Browser::start().await;
    browser.sign_in(&server, "coordinator@sbhr.example").await;

    // A report to the Committee against Torture, written in Russian (a language the
    // Committee does not take), to be submitted in English.
    browser
        .open_hydrated(&format!("{}/reports/new", server.url))
        .await;
    browser
        .click_xpath("//select[@id='report-profile']/option[starts-with(., 'CAT')]")
        .await;
    browser
        .type_into(
            "#report-title",
            "Альтернативный доклад Комитету против пыток",
        )
        .await;
    browser.type_into("#report-state", "Казахстан").await;
    browser
        .click_xpath("//select[@id='report-language']/option[@value='ru']")
        .await;
    browser
        .click("#new-report-form button[type='submit']")
        .await;
    browser
        .wait_for_contains("#report-source-language", "ru")
        .await;
    let report = browser
        .client
        .current_url()
        .await
        .expect("the report's page")
        .to_string();
    browser
        .client
        .find(Locator::Css("#add-language"))
        .await
        .expect("the language choice")
        .select_by_value("en")
        .await
        .expect("choose English");
    browser
        .click("#add-language-form button[type='submit']")
        .await;
    browser
        .wait_for_contains("#report-languages-table", "English")
        .await;

    // The coordinator writes the summary in Russian and assigns its English to the observer.
    let editor = browser.open_outline_section("Executive summary").await;
    editor
        .send_keys(&format!("{RUSSIAN_SUMMARY}\n\n{RUSSIAN_SECOND}"))
        .await
        .expect("type");
    browser.click("#save-section").await;
    browser.wait_for_contains("#save-status", "Saved").await;
    browser.click("#section-translations a[href$='/en']").await;
    browser
        .wait_for_contains("#translation-state", "Missing")
        .await;
    let translation = browser
        .client
        .current_url()
        .await
        .expect("the translation's page")
        .to_string();
    assign_the_observer(&browser).await;

    // The translator translates side by side, paragraph by paragraph.
    browser
        .switch_to(&server, "observer@equalaccess.example")
        .await;
    browser.open_hydrated(&translation).await;
    browser
        .wait_for_contains("#aligned-paragraphs li[data-row='1']", RUSSIAN_SECOND)
        .await;
    browser
        .type_into(
            "#paragraph-0",
            "Torture in places of detention remains widespread.",
        )
        .await;
    browser
        .type_into(
            "#paragraph-1",
            "The national preventive mechanism cannot visit every facility.",
        )
        .await;
    browser.click("#translation-complete").await;
    browser.click("#save-translation").await;
    browser
        .wait_for_contains("#translation-state", "Translated")
        .await;

    // The coordinator changes the second paragraph of the Russian: the English is outdated,
    // that paragraph marked with the words that changed.
    browser.switch_to(&server, "coordinator@sbhr.example").await;
    browser.open_hydrated(&report).await;
    let editor = browser.open_outline_section("Executive summary").await;
    editor
        .send_keys(" Бюджет механизма зависит от омбудсмена.")
        .await
        .expect("type");
    browser.click("#save-section").await;
    browser.wait_for_contains("#save-status", "Saved").await;
    browser
        .switch_to(&server, "observer@equalaccess.example")
        .await;
    browser.open_hydrated(&translation).await;
    browser
        .wait_for_contains("#translation-state", "Outdated")
        .await;
    browser
        .wait_for_contains("#source-changes ins", "Бюджет механизма")
        .await;
    browser
        .wait_for_contains("#aligned-paragraphs li.changed", "Бюджет механизма")
        .await;
    let changed = browser
        .client
        .find_all(Locator::Css("#aligned-paragraphs li.changed"))
        .await
        .expect("the changed rows");
    assert_eq!(changed.len(), 1, "only the second paragraph changed");

    // The translator brings it up to date; the coordinator approves it.
    browser
        .type_into("#paragraph-1", " Its budget depends on the Ombudsman.")
        .await;
    browser.click("#translation-complete").await;
    browser.click("#save-translation").await;
    browser
        .wait_for_contains("#translation-state", "Translated")
        .await;
    browser.switch_to(&server, "coordinator@sbhr.example").await;
    browser.open_hydrated(&translation).await;
    browser.click("#approve-translation").await;
    browser
        .wait_for_contains("#translation-state", "Approved")
        .await;

    // The introduction's English comes from a file the coordinator imports from the
    // languages panel, after checking which section it translates.
    let file = dir.path().join("introduction (en).md");
    std::fs::write(
        &file,
        "# 2. Introduction and methodology\n\nThe coalition monitored nine regions.\n",
    )
    .expect("write the file");
    browser.open_hydrated(&report).await;
    browser
        .click("#report-languages-table tr[data-language='en'] a")
        .await;
    browser
        .wait_for_contains("h1", "Import a translation")
        .await;
    browser.choose_file("#draft-file", &file).await;
    browser.click("#import-complete").await;
    browser.click("#import-preview").await;
    browser
        .wait_for_contains(
            "#import-translation-table tr[data-outcome='import-translation-new']",
            "2 Introduction and methodology",
        )
        .await;
    browser.click("#import-apply").await;
    browser
        .wait_for_contains("#import-translation-preview", "1 translation written")
        .await;

    // The English export reads back with both translations and none of the Russian.
    let export = format!("{report}/export");
    browser.open_hydrated(&export).await;
    browser
        .click("#export-languages a[data-language='en']")
        .await;
    browser
        .wait_for_contains("#export-file-name", "(en).docx")
        .await;
    let bytes = browser
        .download(&format!("{export}.docx?language=en"))
        .await;
    let docx = Docx::open(&bytes);
    let text: Vec<String> = docx
        .paragraphs("word/document.xml")
        .into_iter()
        .map(|p| p.text)
        .collect();
    for expected in [
        "Torture in places of detention remains widespread.",
        "The national preventive mechanism cannot visit every facility. Its budget depends on the Ombudsman.",
        "The coalition monitored nine regions.",
    ] {
        assert!(
            text.iter().any(|t| t.contains(expected)),
            "{expected} in {text:?}"
        );
    }
    assert!(
        !text
            .iter()
            .any(|t| t.contains("Пытки") || t.contains("Бюджет")),
        "{text:?}"
    );
    browser.close().await;
}
