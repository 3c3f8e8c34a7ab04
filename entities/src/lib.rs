//! Shadowdesk's sea-orm entities: one module per table, no web or Leptos code. Stored states
//! and roles are the enums of [`states`].

pub use shadowdesk_states as states;

pub mod assessment;
pub mod audit_event;
pub mod cluster;
pub mod coalition;
pub mod coalition_member;
pub mod coalition_role;
pub mod evidence;
pub mod evidence_file;
pub mod external_identity;
pub mod glossary_term;
pub mod invitation;
pub mod mechanism;
pub mod oauth_authorization;
pub mod organisation;
pub mod organisation_member;
pub mod recommendation;
pub mod recommendation_cluster;
pub mod recommendation_link;
pub mod recommendation_tag;
pub mod recovery_code;
pub mod reminder_sent;
pub mod report;
pub mod report_export;
pub mod report_language;
pub mod report_section;
pub mod saved_view;
pub mod search_change;
pub mod search_generation;
pub mod section_comment;
pub mod section_contributor;
pub mod section_draft;
pub mod section_presence;
pub mod section_revision;
pub mod section_suggestion;
pub mod section_translation;
pub mod session;
pub mod setup_token;
pub mod source_document;
pub mod submission_profile;
pub mod tag;
pub mod translation_assignment;
pub mod translation_revision;
pub mod user;
