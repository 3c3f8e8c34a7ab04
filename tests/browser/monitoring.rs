//! A branch's monitor, on a 360 px phone, records an event from the monitoring page, adds an
//! act to it, finds it counted, puts the counts into the section their organisation writes
//! and downloads the report's draft with the table in it; axe finds nothing serious on the
//! pages.

use crate::{
    accessibility::{axe_source, violations},
    docx_reader::Docx,
    harness::{Browser, Server},
};

/// A browser at a phone's width, signed in as LIFT's monitor, on the monitoring page.
async fn monitor_on_a_phone(server: &Server) -> Browser {
    let browser = Browser::start().await;
    browser
        .client
        .set_window_size(360, 800)
        .await
        .expect("a phone's width");
    browser.sign_in(server, "editor@lift.example").await;
    browser
        .open_hydrated(&format!("{}/monitoring", server.url))
        .await;
    browser
}

/// Records an event of `title` on `day` in Almaty from the monitoring page (shared with the
/// coalition when `shared`) and waits for its page.
async fn record_event(browser: &Browser, title: &str, day: &str, shared: bool) {
    browser.type_into("#event-title", title).await;
    browser
        .client
        .execute(
            &format!("document.getElementById('event-started').value = '{day}'; return true;"),
            vec![],
        )
        .await
        .expect("the date");
    browser.type_into("#event-region", "Almaty").await;
    if shared {
        browser.click("#event-shared").await;
    }
    browser.click("#new-event-save").await;
    browser.wait_for_contains("h1", title).await;
}

#[tokio::test]
async fn a_branch_monitor_records_an_event_on_a_phone_and_finds_it_counted() {
    let server = Server::start();
    let browser = monitor_on_a_phone(&server).await;
    browser
        .wait_for_contains("#monitoring-events-count", "0 events recorded")
        .await;
    let axe = axe_source();
    let mut found = violations(&browser, &axe).await;
    record_event(
        &browser,
        "Notification of a picket in Almaty refused",
        "2026-03-08",
        false,
    )
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

/// A branch monitor adds a victim with a sealed identity and a complaint on a phone; the
/// coalition's coordinator makes them a case worker without seeing it; the case worker opens
/// it, then links the event to a recommendation as evidence.
#[tokio::test]
async fn a_case_worker_opens_a_sealed_identity_the_coordinator_never_sees() {
    let server = Server::start();
    let browser = monitor_on_a_phone(&server).await;
    // Shared, so that the coalition's coordinator reads the event (but never the identity).
    record_event(
        &browser,
        "Detention after a picket in Almaty",
        "2026-03-09",
        true,
    )
    .await;
    let event_page = browser
        .client
        .current_url()
        .await
        .expect("the event's address");
    browser.type_into("#person-pseudonym", "Victim A").await;
    browser
        .type_into("#person-name", "Aliya Zhaksybekova")
        .await;
    browser
        .type_into("#person-numbers", "IIN 870315400123")
        .await;
    browser.click("#new-person-save").await;
    browser
        .wait_for_contains("#event-persons", "Victim A")
        .await;
    browser.wait_for_contains("#event-persons", "sealed").await;
    // What the branch did about it: a complaint to the prosecutor.
    browser
        .type_into("#intervention-body", "Prosecutor's office of Almaty")
        .await;
    browser
        .client
        .execute(
            "document.getElementById('intervention-submitted').value = '2026-03-10'; return true;",
            vec![],
        )
        .await
        .expect("the day");
    browser.click("#new-intervention-save").await;
    browser
        .wait_for_contains("#event-interventions", "Prosecutor's office of Almaty")
        .await;
    let axe = axe_source();
    let mut found = violations(&browser, &axe).await;

    // The coordinator keeps the coalition's list of regions, and LIFT's identities: grants
    // the right, sees no identity.
    browser.switch_to(&server, "coordinator@sbhr.example").await;
    browser
        .open_hydrated(&format!("{}/monitoring", server.url))
        .await;
    browser.click("#regions-1 > summary").await;
    browser.type_into("#region-name-1", "Almaty").await;
    browser.click("#region-add-1").await;
    browser.wait_for_contains(".notice", "Regions saved").await;
    browser.wait_for_contains("#regions-1 li", "Almaty").await;
    found.extend(violations(&browser, &axe).await);
    browser
        .open_hydrated(&format!("{}/monitoring/identities", server.url))
        .await;
    browser
        .wait_for_contains("h1", "Identities and case workers")
        .await;
    found.extend(violations(&browser, &axe).await);
    browser
        .click_xpath(
            "//section[h2[contains(., 'Legal Initiative')]]//tr[th[contains(., 'Daniyar Omarov')]]//button",
        )
        .await;
    browser
        .wait_for_contains(".notice", "Case workers saved")
        .await;
    browser.open_hydrated(event_page.as_str()).await;
    browser
        .wait_for_contains("#event-persons", "Victim A")
        .await;
    assert!(
        !browser.text_of(".page").await.contains("Zhaksybekova"),
        "the coordinator sees no identity"
    );

    // The case worker opens it.
    browser.switch_to(&server, "editor@lift.example").await;
    browser.open_hydrated(event_page.as_str()).await;
    browser
        .click("#event-persons button[id^='open-identity-']")
        .await;
    browser
        .wait_for_contains("#opened-identity", "Aliya Zhaksybekova")
        .await;
    found.extend(violations(&browser, &axe).await);
    browser.screenshot("phone-monitoring-identity").await;

    // The event as evidence for a recommendation the coalition follows up.
    browser
        .open_hydrated(&format!("{}/recommendations/1", server.url))
        .await;
    browser
        .wait_for_contains("#monitoring-evidence", "Monitoring evidence")
        .await;
    browser.click("#link-event-save").await;
    browser
        .wait_for_contains("#monitoring-evidence-events", "Detention after a picket")
        .await;
    browser
        .wait_for_contains("#monitoring-evidence-summary", "One linked event")
        .await;
    found.extend(violations(&browser, &axe).await);
    assert!(found.is_empty(), "{found:?}");
    browser.close().await;
}
