//! The authorisation matrix: every server function × every kind of actor, over HTTP.
//!
//! `every_server_function_is_in_the_matrix` fails when a server function is added without a
//! row here, so no endpoint escapes the matrix.

use std::collections::BTreeSet;

use crate::helpers::{DEMO_PASSWORD, TestApp, create_outsider, spawn_app};

/// The kinds of actor every endpoint is tried with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Who {
    Anonymous,
    Observer,
    Reviewer,
    Editor,
    Coordinator,
    /// Signed in, but a member of no coalition of this instance.
    Outsider,
    Admin,
}

const EVERYONE: [Who; 7] = [
    Who::Anonymous,
    Who::Observer,
    Who::Reviewer,
    Who::Editor,
    Who::Coordinator,
    Who::Outsider,
    Who::Admin,
];

fn anyone(_: Who) -> bool {
    true
}

fn nobody(_: Who) -> bool {
    false
}

fn signed_in(who: Who) -> bool {
    who != Who::Anonymous
}

fn member_of_the_coalition(who: Who) -> bool {
    !matches!(who, Who::Anonymous | Who::Outsider)
}

fn coordinates_the_coalition(who: Who) -> bool {
    matches!(who, Who::Coordinator | Who::Admin)
}

fn administers(who: Who) -> bool {
    who == Who::Admin
}

fn comments_in_the_coalition(who: Who) -> bool {
    matches!(
        who,
        Who::Reviewer | Who::Editor | Who::Coordinator | Who::Admin
    )
}

/// The demonstration thread's author (the reviewer), the section's writers (no demo
/// account), coordinators and administrators.
fn resolves_the_demo_thread(who: Who) -> bool {
    matches!(who, Who::Reviewer | Who::Coordinator | Who::Admin)
}

/// The lead organisation of the demonstration recommendation 1 (LIFT, the demo editor's),
/// coordinators and administrators.
fn follows_up_the_demo_recommendation(who: Who) -> bool {
    matches!(who, Who::Editor | Who::Coordinator | Who::Admin)
}

/// The writers of the demonstration's fair-trial section 4 (LIFT, the demo editor's),
/// coordinators and administrators.
fn writes_the_fair_trial_section(who: Who) -> bool {
    matches!(who, Who::Editor | Who::Coordinator | Who::Admin)
}

/// One server function: its path, a valid form for it, and who may call it.
struct Endpoint {
    path: &'static str,
    form: &'static [(&'static str, &'static str)],
    allowed: fn(Who) -> bool,
}

const MATRIX: &[Endpoint] = &[
    Endpoint {
        path: "/api/set_locale",
        form: &[("locale", "ru")],
        allowed: anyone,
    },
    Endpoint {
        path: "/api/sign_in",
        form: &[
            ("email", "coordinator@sbhr.example"),
            ("password", DEMO_PASSWORD),
        ],
        allowed: anyone,
    },
    Endpoint {
        path: "/api/sign_in_providers",
        form: &[],
        allowed: anyone,
    },
    // Whoever holds a session that owes its second factor; a wrong code is a 422.
    Endpoint {
        path: "/api/verify_second_factor",
        form: &[("code", "000000")],
        allowed: anyone,
    },
    Endpoint {
        path: "/api/account_overview",
        form: &[],
        allowed: signed_in,
    },
    // Forms that fail validation after the authorisation check, so the matrix changes nothing.
    Endpoint {
        path: "/api/update_profile",
        form: &[("display_name", ""), ("locale", "en")],
        allowed: signed_in,
    },
    Endpoint {
        path: "/api/change_password",
        form: &[
            ("current_password", "not the password"),
            ("new_password", "a long enough new phrase"),
        ],
        allowed: signed_in,
    },
    Endpoint {
        path: "/api/begin_second_factor",
        form: &[],
        allowed: signed_in,
    },
    Endpoint {
        path: "/api/enable_second_factor",
        form: &[
            ("secret", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"),
            ("code", "000000"),
        ],
        allowed: signed_in,
    },
    Endpoint {
        path: "/api/disable_second_factor",
        form: &[("code", "000000")],
        allowed: signed_in,
    },
    Endpoint {
        path: "/api/renew_recovery_codes",
        form: &[("code", "000000")],
        allowed: signed_in,
    },
    // A role nobody has, and a person who is not a member: 422 for those allowed to try.
    Endpoint {
        path: "/api/change_member_role",
        form: &[("coalition_id", "1"), ("user_id", "1"), ("role", "king")],
        allowed: coordinates_the_coalition,
    },
    Endpoint {
        path: "/api/remove_member",
        form: &[("coalition_id", "1"), ("user_id", "99999")],
        allowed: coordinates_the_coalition,
    },
    Endpoint {
        path: "/api/set_second_factor_requirement",
        form: &[("coalition_id", "1"), ("required", "false")],
        allowed: coordinates_the_coalition,
    },
    Endpoint {
        path: "/api/organisation_profile",
        form: &[("id", "1")],
        allowed: member_of_the_coalition,
    },
    // Version 0 is always stale: authorised callers get a 422 and nothing changes.
    Endpoint {
        path: "/api/update_organisation",
        form: &[
            ("details[id]", "1"),
            ("details[version]", "0"),
            (
                "details[name]",
                "Steppe Bureau for Human Rights and the Rule of Law",
            ),
            ("details[short_name]", "SBHR"),
            ("details[country]", "Kazakhstan"),
            ("details[region]", "Almaty"),
            ("details[description]", "x"),
            ("details[website]", ""),
            ("details[contact_email]", ""),
        ],
        allowed: coordinates_the_coalition,
    },
    // The demonstration instance has an administrator: setup answers 404 to everyone.
    Endpoint {
        path: "/api/setup_link",
        form: &[("token", "not-a-token")],
        allowed: anyone,
    },
    Endpoint {
        path: "/api/complete_setup",
        form: &[
            ("token", "not-a-token"),
            ("email", "second@admin.example"),
            ("display_name", "X"),
            ("password", "long enough phrase"),
        ],
        allowed: anyone,
    },
    Endpoint {
        path: "/api/admin_coalitions",
        form: &[("search", ""), ("archived", "false")],
        allowed: administers,
    },
    Endpoint {
        path: "/api/coalition_admin",
        form: &[("id", "1")],
        allowed: coordinates_the_coalition,
    },
    // Version 0 is always stale: authorised callers get a 422 and nothing changes.
    Endpoint {
        path: "/api/save_coalition",
        form: &[
            ("form[id]", "1"),
            ("form[version]", "0"),
            ("form[name]", "Renamed"),
            ("form[short_name]", ""),
            ("form[description]", ""),
            ("form[default_locale]", "en"),
            ("form[time_zone]", "UTC"),
            ("form[lead_organisation_id]", "1"),
        ],
        allowed: coordinates_the_coalition,
    },
    // Restoring a coalition that is not archived: a 422 for administrators.
    Endpoint {
        path: "/api/monitoring",
        form: &[],
        allowed: signed_in,
    },
    // No such event or act: 404 / 422 for anyone signed in (who may record, read and change
    // events is tested in `monitoring`).
    Endpoint {
        path: "/api/save_event",
        form: &[
            ("event[id]", "999999"),
            ("event[title]", "Refused notification"),
            ("event[started_on]", "2026-03-08"),
            ("event[region]", "Almaty"),
            ("event[reliability]", "high"),
            ("event[status]", "closed"),
        ],
        allowed: signed_in,
    },
    // Unknown people, or an organisation nobody keeps here: 422 / 403 (who may add, open and
    // keep identities is tested in `identities`).
    Endpoint {
        path: "/api/add_person",
        form: &[
            ("person[event_id]", "999999"),
            ("person[role]", "victim"),
            ("person[pseudonym]", "Victim A"),
            ("person[sex]", "female"),
            ("person[age_group]", "adult"),
        ],
        allowed: signed_in,
    },
    Endpoint {
        path: "/api/remove_person",
        form: &[("id", "999999")],
        allowed: signed_in,
    },
    Endpoint {
        path: "/api/open_identity",
        form: &[("id", "999999")],
        allowed: signed_in,
    },
    Endpoint {
        path: "/api/identity_keeping",
        form: &[],
        allowed: signed_in,
    },
    Endpoint {
        path: "/api/set_case_worker",
        form: &[("organisation_id", "999999"), ("user_id", "1")],
        allowed: nobody,
    },
    Endpoint {
        path: "/api/destroy_identities",
        form: &[("organisation_id", "999999"), ("confirm", "X")],
        allowed: nobody,
    },
    Endpoint {
        path: "/api/add_intervention",
        form: &[
            ("intervention[event_id]", "999999"),
            ("intervention[kind]", "complaint"),
            ("intervention[body]", "Prosecutor's office"),
            ("intervention[submitted_on]", "2026-03-10"),
            ("intervention[outcome]", "pending"),
        ],
        allowed: signed_in,
    },
    Endpoint {
        path: "/api/remove_intervention",
        form: &[("id", "999999")],
        allowed: signed_in,
    },
    // Recommendation 1 of the demonstration: its readers; an unknown event: 404 to them.
    Endpoint {
        path: "/api/monitoring_evidence",
        form: &[("id", "1")],
        allowed: member_of_the_coalition,
    },
    Endpoint {
        path: "/api/link_event",
        form: &[
            ("recommendation_id", "1"),
            ("event_id", "999999"),
            ("linked", "true"),
        ],
        allowed: member_of_the_coalition,
    },
    Endpoint {
        path: "/api/set_region",
        form: &[
            ("coalition_id", "1"),
            ("name", "Matrix region"),
            ("listed", "true"),
        ],
        allowed: coordinates_the_coalition,
    },
    Endpoint {
        path: "/api/monitoring_figures",
        form: &[],
        allowed: signed_in,
    },
    Endpoint {
        path: "/api/insert_monitoring_table",
        form: &[("section_id", "4"), ("breakdown", "by-year")],
        allowed: writes_the_fair_trial_section,
    },
    Endpoint {
        path: "/api/monitoring_event",
        form: &[("id", "999999")],
        allowed: signed_in,
    },
    Endpoint {
        path: "/api/add_act",
        form: &[
            ("act[event_id]", "999999"),
            ("act[act_type]", "torture"),
            ("act[victims]", "1"),
            ("act[sex]", "male"),
            ("act[age_group]", "adult"),
            ("act[victim_group]", "detainee"),
        ],
        allowed: signed_in,
    },
    Endpoint {
        path: "/api/remove_act",
        form: &[("id", "999999")],
        allowed: signed_in,
    },
    // A malformed address: 422 for those who may publish.
    Endpoint {
        path: "/api/publish_follow_up",
        form: &[
            ("coalition_id", "1"),
            ("address", "-bad-"),
            ("published", "true"),
        ],
        allowed: coordinates_the_coalition,
    },
    Endpoint {
        path: "/api/set_coalition_archived",
        form: &[("id", "1"), ("archived", "false")],
        allowed: administers,
    },
    // The lead organisation is a member already: 422.
    Endpoint {
        path: "/api/add_coalition_member",
        form: &[("coalition_id", "1"), ("organisation_id", "1")],
        allowed: coordinates_the_coalition,
    },
    Endpoint {
        path: "/api/remove_coalition_member",
        form: &[("coalition_id", "1"), ("organisation_id", "99999")],
        allowed: coordinates_the_coalition,
    },
    Endpoint {
        path: "/api/organisation_choices",
        form: &[],
        allowed: coordinates_the_coalition,
    },
    // No name: a 422 for those who may create organisations in the coalition.
    Endpoint {
        path: "/api/create_organisation",
        form: &[
            ("details[id]", "0"),
            ("details[version]", "0"),
            ("details[name]", ""),
            ("details[short_name]", ""),
            ("details[country]", ""),
            ("details[region]", ""),
            ("details[description]", ""),
            ("details[website]", ""),
            ("details[contact_email]", ""),
            ("coalition_id", "1"),
        ],
        allowed: coordinates_the_coalition,
    },
    Endpoint {
        path: "/api/merge_organisations",
        form: &[("from_id", "1"), ("into_id", "1")],
        allowed: administers,
    },
    Endpoint {
        path: "/api/report_outline",
        form: &[("id", "1")],
        allowed: member_of_the_coalition,
    },
    Endpoint {
        path: "/api/section",
        form: &[("id", "1")],
        allowed: member_of_the_coalition,
    },
    Endpoint {
        path: "/api/section_history",
        form: &[("id", "1")],
        allowed: member_of_the_coalition,
    },
    Endpoint {
        path: "/api/revision_diff",
        form: &[("id", "1"), ("from", "1"), ("to", "1")],
        allowed: member_of_the_coalition,
    },
    // Approved section 1 again: coordinators get the lock's 422, others are refused first.
    Endpoint {
        path: "/api/restore_revision",
        form: &[("id", "1"), ("version", "1")],
        allowed: coordinates_the_coalition,
    },
    Endpoint {
        path: "/api/preview_markdown",
        form: &[("markdown", "*x*")],
        allowed: signed_in,
    },
    Endpoint {
        path: "/api/section_proposals",
        form: &[("section_id", "1")],
        allowed: member_of_the_coalition,
    },
    Endpoint {
        path: "/api/save_proposal",
        form: &[
            ("section_id", "4"),
            ("kind", "recommendation"),
            ("addressee", "state"),
            (
                "text",
                "Guarantee a lawyer from the first hour of detention.",
            ),
        ],
        allowed: writes_the_fair_trial_section,
    },
    Endpoint {
        path: "/api/report_uptake",
        form: &[("report_id", "1")],
        allowed: member_of_the_coalition,
    },
    Endpoint {
        path: "/api/uptake_rates",
        form: &[("report_id", "1")],
        allowed: member_of_the_coalition,
    },
    // No such proposal: a 422 for anyone signed in (who may confirm is tested in `proposals`).
    Endpoint {
        path: "/api/confirm_uptake",
        form: &[
            ("proposal_id", "999999"),
            ("recommendation_id", "1"),
            ("uptake", "full"),
        ],
        allowed: signed_in,
    },
    // No such proposal: a 422 for anyone signed in (who may remove one is tested in
    // `proposals`).
    Endpoint {
        path: "/api/remove_proposal",
        form: &[("id", "999999")],
        allowed: signed_in,
    },
    // Section 1 is approved (locked) in the demonstration data: whoever may edit it gets a
    // 422 and nothing changes; everyone else is refused before that.
    Endpoint {
        path: "/api/save_section",
        form: &[("id", "1"), ("base_version", "1"), ("body", "matrix")],
        allowed: coordinates_the_coalition,
    },
    Endpoint {
        path: "/api/sign_out",
        form: &[],
        allowed: anyone,
    },
    // No such session: a 422 for anyone signed in.
    Endpoint {
        path: "/api/end_session",
        form: &[("id", "not-a-session")],
        allowed: signed_in,
    },
    Endpoint {
        path: "/api/sign_out_everywhere",
        form: &[],
        allowed: signed_in,
    },
    Endpoint {
        path: "/api/current_user",
        form: &[],
        allowed: anyone,
    },
    Endpoint {
        path: "/api/list_sessions",
        form: &[],
        allowed: signed_in,
    },
    Endpoint {
        path: "/api/overview",
        form: &[],
        allowed: signed_in,
    },
    Endpoint {
        path: "/api/list_reports",
        form: &[],
        allowed: signed_in,
    },
    Endpoint {
        path: "/api/list_organisations",
        form: &[],
        allowed: signed_in,
    },
    Endpoint {
        path: "/api/coalition_members",
        form: &[],
        allowed: signed_in,
    },
    Endpoint {
        path: "/api/invite",
        // Coalition 1 and its lead organisation 1 in the demonstration data.
        form: &[
            ("coalition_id", "1"),
            ("organisation_id", "1"),
            ("email", "matrix@new.example"),
            ("role", "editor"),
        ],
        allowed: coordinates_the_coalition,
    },
    Endpoint {
        path: "/api/audit_log",
        form: &[("action", "")],
        allowed: coordinates_the_coalition,
    },
    Endpoint {
        path: "/api/list_profiles",
        form: &[],
        allowed: signed_in,
    },
    Endpoint {
        path: "/api/submission_profile",
        form: &[("id", "1")],
        allowed: signed_in,
    },
    // An empty outline template: administrators get a 422 and nothing changes.
    Endpoint {
        path: "/api/save_profile",
        form: &[
            ("details[id]", "1"),
            ("details[version]", "1"),
            ("details[code]", "ccpr-loi"),
            ("details[mechanism]", "CCPR"),
            ("details[stage]", "loi"),
            ("details[name]", "Human Rights Committee"),
            ("details[languages]", "en"),
            ("details[outline_template]", ""),
        ],
        allowed: administers,
    },
    Endpoint {
        path: "/api/new_report_choices",
        form: &[],
        allowed: coordinates_the_coalition,
    },
    // No title: coordinators get a 422 and nothing is created.
    Endpoint {
        path: "/api/create_report",
        form: &[
            ("details[coalition_id]", "1"),
            ("details[profile_id]", "1"),
            ("details[title]", ""),
            ("details[state_under_review]", "Kazakhstan"),
            ("details[time_zone]", "UTC"),
            ("details[language]", "en"),
        ],
        allowed: coordinates_the_coalition,
    },
    // Version 0 is always stale.
    Endpoint {
        path: "/api/update_report",
        form: &[
            ("details[id]", "1"),
            ("details[version]", "0"),
            ("details[title]", "Matrix"),
            ("details[state_under_review]", "Kazakhstan"),
            ("details[time_zone]", "UTC"),
            ("details[language]", "en"),
        ],
        allowed: coordinates_the_coalition,
    },
    // Drafting cannot jump to submitted.
    Endpoint {
        path: "/api/change_report_status",
        form: &[
            ("id", "1"),
            ("version", "1"),
            ("status", "submitted"),
            ("submitted_on", "2026-01-01"),
        ],
        allowed: coordinates_the_coalition,
    },
    Endpoint {
        path: "/api/add_section",
        form: &[("report_id", "1"), ("title", " ")],
        allowed: coordinates_the_coalition,
    },
    // The first section cannot move further up.
    Endpoint {
        path: "/api/move_section",
        form: &[("id", "1"), ("direction", "up")],
        allowed: coordinates_the_coalition,
    },
    Endpoint {
        path: "/api/place_section",
        form: &[("id", "1"), ("parent_id", "99999"), ("index", "0")],
        allowed: coordinates_the_coalition,
    },
    // Section 1 is not in the bin.
    Endpoint {
        path: "/api/restore_section",
        form: &[("id", "1")],
        allowed: coordinates_the_coalition,
    },
    Endpoint {
        path: "/api/export_overview",
        form: &[("id", "1")],
        allowed: member_of_the_coalition,
    },
    // An unknown publication choice fails validation after the check.
    Endpoint {
        path: "/api/save_front_matter",
        form: &[
            ("front[report_id]", "1"),
            ("front[version]", "1"),
            ("front[publication]", "bogus"),
        ],
        allowed: coordinates_the_coalition,
    },
    // The demonstration report has sections still in drafting: the check blocks it.
    Endpoint {
        path: "/api/export_final",
        form: &[("id", "1")],
        allowed: coordinates_the_coalition,
    },
    Endpoint {
        path: "/api/plan_section",
        form: &[("plan[id]", "1"), ("plan[title]", "")],
        allowed: coordinates_the_coalition,
    },
    // Section 1 is approved: it can only be reopened, not sent for review. Its writers
    // (the lead organisation, not the demo editor's) and coordinators get past the check.
    Endpoint {
        path: "/api/change_section_status",
        form: &[("id", "1"), ("status", "in_review")],
        allowed: coordinates_the_coalition,
    },
    Endpoint {
        path: "/api/section_review",
        form: &[("id", "1")],
        allowed: member_of_the_coalition,
    },
    Endpoint {
        path: "/api/add_comment",
        form: &[("section_id", "1"), ("body", " ")],
        allowed: comments_in_the_coalition,
    },
    // The demonstration thread is open: reopening it changes nothing.
    Endpoint {
        path: "/api/resolve_thread",
        form: &[("id", "1"), ("resolved", "false")],
        allowed: resolves_the_demo_thread,
    },
    // No version 99: a 422 for whoever may propose changes.
    Endpoint {
        path: "/api/suggest_edit",
        form: &[("section_id", "2"), ("base_version", "99"), ("body", "x")],
        allowed: comments_in_the_coalition,
    },
    Endpoint {
        path: "/api/report_languages",
        form: &[("report_id", "1")],
        allowed: member_of_the_coalition,
    },
    // No such language ("xx"): a 422 for whoever may act, nothing changes.
    Endpoint {
        path: "/api/add_report_language",
        form: &[("report_id", "1"), ("language", "xx")],
        allowed: coordinates_the_coalition,
    },
    Endpoint {
        path: "/api/remove_report_language",
        form: &[("report_id", "1"), ("language", "xx")],
        allowed: coordinates_the_coalition,
    },
    Endpoint {
        path: "/api/section_translation",
        form: &[("section_id", "1"), ("language", "xx")],
        allowed: member_of_the_coalition,
    },
    Endpoint {
        path: "/api/save_translation",
        form: &[
            ("section_id", "1"),
            ("language", "xx"),
            ("base_version", "0"),
            ("body", "matrix"),
        ],
        allowed: coordinates_the_coalition,
    },
    Endpoint {
        path: "/api/approve_translation",
        form: &[("section_id", "1"), ("language", "xx"), ("version", "1")],
        allowed: comments_in_the_coalition,
    },
    Endpoint {
        path: "/api/glossary",
        form: &[],
        allowed: signed_in,
    },
    // Fewer than two equivalents: a 422 for the coalition's coordinators.
    Endpoint {
        path: "/api/add_glossary_term",
        form: &[("coalition_id", "1"), ("term[en]", "torture")],
        allowed: coordinates_the_coalition,
    },
    // A standard term: nobody removes it.
    Endpoint {
        path: "/api/remove_glossary_term",
        form: &[("id", "1")],
        allowed: nobody,
    },
    Endpoint {
        path: "/api/assign_translator",
        form: &[("section_id", "1"), ("language", "xx"), ("translator", "0")],
        allowed: coordinates_the_coalition,
    },
    Endpoint {
        path: "/api/autosave_draft",
        form: &[("id", "1"), ("base_version", "0"), ("body", "x")],
        allowed: comments_in_the_coalition,
    },
    Endpoint {
        path: "/api/discard_draft",
        form: &[("id", "1")],
        allowed: member_of_the_coalition,
    },
    // Everyone signed in lists the recommendations of their own coalitions (none, for an
    // outsider).
    Endpoint {
        path: "/api/list_recommendations",
        form: &[("query_string", "q=torture&mechanism=CAT")],
        allowed: signed_in,
    },
    // Anyone signed in asks about their own imports (none here).
    Endpoint {
        path: "/api/import_progress",
        form: &[("token", "no-such-import")],
        allowed: signed_in,
    },
    Endpoint {
        path: "/api/recommendation_import_choices",
        form: &[],
        allowed: signed_in,
    },
    // No name: a 422 for members of the coalition.
    Endpoint {
        path: "/api/save_view",
        form: &[
            ("coalition_id", "1"),
            ("name", " "),
            ("query_string", "q=x"),
        ],
        allowed: member_of_the_coalition,
    },
    // The coordinator's shared demonstration view: the coordinator deletes it, the
    // administrator then finds it gone (422).
    Endpoint {
        path: "/api/delete_view",
        form: &[("id", "1")],
        allowed: coordinates_the_coalition,
    },
    Endpoint {
        path: "/api/list_clusters",
        form: &[],
        allowed: signed_in,
    },
    // Not an organisation of the coalition: a 422 for its coordinators.
    Endpoint {
        path: "/api/set_cluster_lead",
        form: &[("id", "1"), ("lead_organisation_id", "99999")],
        allowed: coordinates_the_coalition,
    },
    Endpoint {
        path: "/api/follow_up_calendar",
        form: &[],
        allowed: signed_in,
    },
    Endpoint {
        path: "/api/recommendation_dashboard",
        form: &[("query_string", "mechanism=CAT")],
        allowed: signed_in,
    },
    Endpoint {
        path: "/api/recommendation",
        form: &[("id", "1")],
        allowed: member_of_the_coalition,
    },
    // Not a level of the scale: a 422 for whoever may assess it.
    Endpoint {
        path: "/api/save_assessment",
        form: &[
            ("assessment[recommendation_id]", "1"),
            ("assessment[assessor]", "coalition"),
            ("assessment[scale]", "upr_info"),
            ("assessment[label]", "done"),
            ("assessment[assessed_on]", "2025-01-01"),
        ],
        allowed: follows_up_the_demo_recommendation,
    },
    // The demonstration's draft: the coordinator approves it, the administrator then finds it
    // approved (422).
    Endpoint {
        path: "/api/approve_assessment",
        form: &[("id", "3"), ("version", "1")],
        allowed: coordinates_the_coalition,
    },
    // An approved assessment cannot be discarded: 422 for whoever may change its drafts.
    Endpoint {
        path: "/api/discard_assessment",
        form: &[("id", "1")],
        allowed: follows_up_the_demo_recommendation,
    },
    Endpoint {
        path: "/api/add_evidence_link",
        form: &[
            ("link[recommendation_id]", "1"),
            ("link[title]", "Matrix"),
            ("link[url]", "javascript:alert(1)"),
            ("link[visibility]", "coalition"),
        ],
        allowed: follows_up_the_demo_recommendation,
    },
    // Version 0 is always stale.
    Endpoint {
        path: "/api/plan_recommendation",
        form: &[("plan[id]", "1"), ("plan[version]", "0")],
        allowed: coordinates_the_coalition,
    },
    Endpoint {
        path: "/api/link_recommendation",
        form: &[("id", "1"), ("reference", "nonsense"), ("kind", "related")],
        allowed: coordinates_the_coalition,
    },
    // The coordinator added the demonstration evidence and removes it; the administrator
    // then finds it gone (422).
    Endpoint {
        path: "/api/remove_evidence",
        form: &[("id", "1")],
        allowed: coordinates_the_coalition,
    },
    // Likewise the demonstration link.
    Endpoint {
        path: "/api/unlink_recommendation",
        form: &[("id", "1")],
        allowed: coordinates_the_coalition,
    },
    // Public: whoever holds the link (validation refuses a wrong token with 422, not 401/403).
    Endpoint {
        path: "/api/invitation",
        form: &[("token", "not-a-token")],
        allowed: anyone,
    },
    Endpoint {
        path: "/api/accept_invitation",
        form: &[
            ("token", "not-a-token"),
            ("display_name", "X"),
            ("password", "long enough phrase"),
        ],
        allowed: anyone,
    },
    // Near the end, because it decides: the coordinator rejects the demonstration
    // suggestion, then the administrator finds it decided (422).
    Endpoint {
        path: "/api/decide_suggestion",
        form: &[("id", "1"), ("accept", "false")],
        allowed: coordinates_the_coalition,
    },
    // Last, because it changes the outline: the coordinator bins the last section, then the
    // administrator's attempt finds it already in the bin (422).
    Endpoint {
        path: "/api/remove_section",
        form: &[("id", "7")],
        allowed: coordinates_the_coalition,
    },
];

/// Server functions that take a file upload (multipart): the `file` field is sent as a file
/// with that content. Previews only, so they change nothing.
const UPLOADS: &[Endpoint] = &[
    Endpoint {
        path: "/api/import_draft",
        form: &[("report_id", "1"), ("file", "# Draft\n\nText.")],
        allowed: coordinates_the_coalition,
    },
    // The demonstration report is translated into Russian.
    Endpoint {
        path: "/api/import_translation",
        form: &[
            ("report_id", "1"),
            ("language", "ru"),
            ("file", "# Введение\n\nТекст."),
        ],
        allowed: coordinates_the_coalition,
    },
    Endpoint {
        path: "/api/import_recommendations",
        form: &[
            ("coalition_id", "1"),
            ("format", "uhri-json"),
            (
                "file",
                r#"[{"Symbol":"A/HRC/43/10","Body":"UPR","Text":"<p>1.1 Ratify it</p>"}]"#,
            ),
        ],
        allowed: coordinates_the_coalition,
    },
    // Not a .docx: a 422 for administrators, and nothing is stored.
    Endpoint {
        path: "/api/set_reference_document",
        form: &[("profile_id", "1"), ("file", "# Notes")],
        allowed: administers,
    },
    // No title: a 422 for whoever may add evidence, and nothing is stored.
    Endpoint {
        path: "/api/upload_evidence",
        form: &[
            ("recommendation_id", "1"),
            ("title", ""),
            ("visibility", "coalition"),
            ("file", "# Notes"),
        ],
        allowed: follows_up_the_demo_recommendation,
    },
];

async fn cookie_for(app: &TestApp, who: Who) -> Option<String> {
    let email = match who {
        Who::Anonymous => return None,
        Who::Observer => "observer@equalaccess.example",
        Who::Reviewer => "reviewer@freeword.example",
        Who::Editor => "editor@lift.example",
        Who::Coordinator => "coordinator@sbhr.example",
        Who::Outsider => "outsider@other.example",
        Who::Admin => "admin@shadowdesk.example",
    };
    Some(app.sign_in(email).await)
}

#[tokio::test]
async fn every_server_function_allows_exactly_the_actors_in_the_matrix() {
    let app = spawn_app().await;
    create_outsider(&app).await;
    let mut wrong = Vec::new();
    let rows = MATRIX
        .iter()
        .map(|e| (e, false))
        .chain(UPLOADS.iter().map(|e| (e, true)));
    for (endpoint, upload) in rows {
        for who in EVERYONE {
            let cookie = cookie_for(&app, who).await;
            let headers: Vec<(&str, &str)> = cookie
                .as_deref()
                .map(|c| vec![("cookie", c)])
                .unwrap_or_default();
            let status = if upload {
                let (file, fields): (Vec<_>, Vec<_>) = endpoint
                    .form
                    .iter()
                    .copied()
                    .partition(|(name, _)| *name == "file");
                let content = file.first().map_or("", |(_, c)| *c).as_bytes().to_vec();
                app.post_multipart(endpoint.path, &fields, ("draft.md", content), &headers)
                    .await
            } else {
                app.post_form(endpoint.path, endpoint.form, &headers).await
            }
            .status();
            // Authorisation answers 401 or 403; anything else got past it (a 422 is a
            // validation refusal of an authorised caller). Server errors are never right.
            let denied = status == 401 || status == 403;
            let expected = (endpoint.allowed)(who);
            if status.is_server_error() || denied == expected {
                wrong.push(format!(
                    "{} as {who:?}: {status}, expected allowed={expected}",
                    endpoint.path
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "authorisation matrix violations:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn every_server_function_is_in_the_matrix() {
    let registered: BTreeSet<String> = leptos::server_fn::axum::server_fn_paths()
        .map(|(path, _)| path.to_string())
        .collect();
    let covered: BTreeSet<String> = MATRIX
        .iter()
        .chain(UPLOADS)
        .map(|e| e.path.to_string())
        .collect();
    let missing: Vec<_> = registered.difference(&covered).collect();
    let stale: Vec<_> = covered.difference(&registered).collect();
    assert!(
        missing.is_empty(),
        "server functions missing from the matrix: {missing:?}"
    );
    assert!(
        stale.is_empty(),
        "matrix rows for no server function: {stale:?}"
    );
}
