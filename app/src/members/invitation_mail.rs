//! The invitation email, sent when SMTP is configured (server only).

use chrono::Utc;
use entities::{coalition, organisation};
use fluent_templates::fluent_bundle::FluentValue;
use sea_orm::{DatabaseConnection, EntityTrait};

use crate::{
    auth::{audit, policy::Role, server::client_info},
    error::AppError,
    i18n::{Locale, label, translate_with},
    mail::Mailer,
};

/// What to tell the person, besides the link.
pub struct InvitationMail<'a> {
    pub coalition_id: i32,
    pub organisation_id: i32,
    pub email: &'a str,
    pub role: Role,
    pub link: &'a str,
    pub inviter_id: i32,
    pub inviter_name: &'a str,
}

/// Sends the invitation in `locale` and records it in the coalition's audit log. Returns
/// whether it went out; a failure is logged (without the link) and the link stays valid.
pub async fn send(
    db: &DatabaseConnection,
    mailer: &Mailer,
    locale: Locale,
    mail: InvitationMail<'_>,
) -> Result<bool, AppError> {
    let coalition = coalition::Entity::find_by_id(mail.coalition_id)
        .one(db)
        .await?
        .map(|c| c.name)
        .unwrap_or_default();
    let organisation = organisation::Entity::find_by_id(mail.organisation_id)
        .one(db)
        .await?
        .map(|o| o.name)
        .unwrap_or_default();
    let role = label(locale, mail.role);
    let text = |v: &str| FluentValue::from(v.to_string());
    let subject = translate_with(
        locale,
        "invite-mail-subject",
        &[("coalition", text(&coalition))],
    );
    let body = translate_with(
        locale,
        "invite-mail-body",
        &[
            ("inviter", text(mail.inviter_name)),
            ("coalition", text(&coalition)),
            ("organisation", text(&organisation)),
            ("role", text(&role)),
            ("link", text(mail.link)),
        ],
    );
    if let Err(error) = mailer.send(mail.email, &subject, body).await {
        tracing::warn!(server = mailer.server(), %error, "invitation email not sent");
        return Ok(false);
    }
    let client = client_info();
    let entry = audit::Entry {
        actor_user_id: Some(mail.inviter_id),
        action: audit::action::INVITATION_EMAILED,
        subject: Some(mail.email),
        detail: mailer.server(),
        client_address: client.address.as_deref(),
    };
    audit::record_in_coalition(db, entry, Some(mail.coalition_id), Utc::now()).await?;
    Ok(true)
}
