//! A branch's monitor, on a 360 px phone, records an event from the monitoring page, adds an
//! act to it, finds it counted, puts the counts into the section their organisation writes
//! and downloads the report's draft with the table in it; axe finds nothing serious on the
//! pages.

use crate::{
    accessibility::{axe_source, violations},
    docx_reader::Docx,
    harness::{Browser, Server},
};

#[tokio::test]
async fn a_branch_monitor_records_an_event_on_a_phone_and_finds_it_counted() {
    let server = Server::start();
    let browser = Browser::start().await;
    browser
        .client
        .set_window_size(360, 800)
        .await
        .expect("a phone's width");
    browser.sign_in(&server, "editor@lift.example").await;
    browser
        .open_hydrated(&format!("{}/monitoring", server.url))
        .await;
    browser
        .wait_for_contains("#monitoring-events-count", "0 events recorded")
        .await;
    let axe = axe_source();
    let mut found = violations(&browser, &axe).await;
    browser
        .type_into("#event-title", "Notification of a picket in Almaty refused")
        .await;
    browser
        .client
        .execute(
            "document.getElementById('event-started').value = '2026-03-08'; return true;",
            vec![],
        )
        .await
        .expect("the date");
    browser.type_into("#event-region", "Almaty").await;
    browser.click("#new-event-save").await;
    browser
        .wait_for_contains("h1", "Notification of a picket")
        .await;
    browser
        .type_into("#act-ground", "The square is being repaired")
        .await;
    browser
        .client
        .execute(
            "document.getElementById('act-type').value = 'assembly_notification_refused';
             document.getElementById('act-victims').value = '12';
             return true;",
            vec![],
        )
        .await
        .expect("the act");
    browser.click("#new-act-save").await;
    browser
        .wait_for_contains("#event-acts", "Assembly notification refused")
        .await;
    found.extend(violations(&browser, &axe).await);
    browser.screenshot("phone-monitoring-event").await;
    browser.click(".page > p > a").await;
    browser
        .wait_for_contains("#monitoring-events-count", "1 event recorded")
        .await;
    browser
        .wait_for_contains("#counts-type", "Assembly notification refused")
        .await;
    browser.wait_for_contains("#counts-region", "12").await;

    // Into the fair-trial section (LIFT's), then the draft export carries the table.
    browser.click("#figures-link").await;
    browser
        .wait_for_contains("#figures-form", "Insert into section")
        .await;
    browser
        .client
        .find(fantoccini::Locator::Css("#figures-section"))
        .await
        .expect("the choice of section")
        .select_by_value("4")
        .await
        .expect("the fair-trial section");
    browser.click("#figures-insert").await;
    browser
        .wait_for_contains("#figures-done", "Table inserted")
        .await;
    browser
        .wait_for_contains("#figures-placed", "Acts and victims by year")
        .await;
    found.extend(violations(&browser, &axe).await);
    browser.screenshot("phone-monitoring-figures").await;
    let bytes = browser.download("/reports/1/export.docx").await;
    let docx = Docx::open(&bytes);
    let text: Vec<String> = docx
        .paragraphs("word/document.xml")
        .into_iter()
        .map(|p| p.text)
        .collect();
    let text = text.join("|");
    assert!(
        text.contains("Acts and victims by year|Year|Acts|Victims|2026|1|12"),
        "{text}"
    );
    assert!(found.is_empty(), "{found:?}");
    browser.close().await;
}
