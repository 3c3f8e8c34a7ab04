//! The optional second factor: TOTP (RFC 6238, SHA-1, 6 digits, 30 s, one step of clock skew)
//! with single-use recovery codes. A code is accepted only once: the last accepted time step
//! is stored and codes for it or earlier are refused.

use chrono::{DateTime, Utc};
use entities::{recovery_code, user};
use rand::Rng;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr,
    EntityTrait, PaginatorTrait, QueryFilter, sea_query::Expr,
};
use totp_rs::{Algorithm, Secret, TOTP};

use super::{
    audit::{self, Entry, action},
    session::{ClientInfo, token_id},
};

/// The issuer authenticator apps show next to the account.
pub const ISSUER: &str = "Shadowdesk";
/// How many recovery codes a person gets.
pub const RECOVERY_CODE_COUNT: usize = 10;
const STEP_SECONDS: u64 = 30;
/// Unambiguous lower-case letters and digits (no 0/o, 1/l/i).
const RECOVERY_ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";

/// Why a second-factor operation was refused.
#[derive(Debug, thiserror::Error)]
pub enum SecondFactorError {
    #[error("wrong or already used code")]
    WrongCode,
    #[error("second factor already enabled")]
    AlreadyEnabled,
    #[error("second factor not enabled")]
    NotEnabled,
    #[error("invalid secret")]
    InvalidSecret,
    #[error(transparent)]
    Database(#[from] DbErr),
}

/// A fresh random secret, base32 as authenticator apps expect it.
pub fn new_secret() -> String {
    Secret::generate_secret().to_encoded().to_string()
}

fn totp(secret: &str, email: &str) -> Result<TOTP, SecondFactorError> {
    let bytes = Secret::Encoded(secret.to_string())
        .to_bytes()
        .map_err(|_| SecondFactorError::InvalidSecret)?;
    TOTP::new(
        Algorithm::SHA1,
        6,
        1,
        STEP_SECONDS,
        bytes,
        Some(ISSUER.to_string()),
        email.replace(':', ""),
    )
    .map_err(|_| SecondFactorError::InvalidSecret)
}

/// The `otpauth://` URI authenticator apps scan.
pub fn provisioning_uri(secret: &str, email: &str) -> Result<String, SecondFactorError> {
    Ok(totp(secret, email)?.get_url())
}

/// The provisioning URI as an SVG QR code.
pub fn qr_svg(uri: &str) -> Result<String, SecondFactorError> {
    let code = qrcode::QrCode::new(uri.as_bytes()).map_err(|_| SecondFactorError::InvalidSecret)?;
    Ok(code
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(200, 200)
        .quiet_zone(true)
        .build())
}

/// The code for `secret` at `now` (what the person's authenticator shows).
pub fn code_at(secret: &str, now: DateTime<Utc>) -> Result<String, SecondFactorError> {
    Ok(totp(secret, "")?.generate(now.timestamp().max(0) as u64))
}

/// The time step `code` matches (within one step either side of `now`) and that is later than
/// `last_step`; `None` when the code is wrong or already used.
pub fn matching_step(
    secret: &str,
    code: &str,
    last_step: Option<i64>,
    now: DateTime<Utc>,
) -> Result<Option<i64>, SecondFactorError> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(None);
    }
    let totp = totp(secret, "")?;
    let current = now.timestamp().max(0) / STEP_SECONDS as i64;
    Ok((current - 1..=current + 1)
        .filter(|step| last_step.is_none_or(|last| *step > last))
        .find(|step| {
            let expected = totp.generate(*step as u64 * STEP_SECONDS);
            constant_time_eq(expected.as_bytes(), code.as_bytes())
        }))
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Fresh recovery codes, `xxxxx-xxxxx`.
pub fn new_recovery_codes() -> Vec<String> {
    let mut rng = rand::rng();
    (0..RECOVERY_CODE_COUNT)
        .map(|_| {
            let mut pick = || {
                (0..5)
                    .map(|_| {
                        RECOVERY_ALPHABET[rng.random_range(0..RECOVERY_ALPHABET.len())] as char
                    })
                    .collect::<String>()
            };
            let first = pick();
            format!("{first}-{}", pick())
        })
        .collect()
}

/// A recovery code as typed, reduced to what is stored: lower case, no spaces or dashes.
fn normalise_recovery_code(code: &str) -> String {
    code.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Replaces the user's recovery codes with `codes`.
async fn store_recovery_codes(
    db: &impl ConnectionTrait,
    user_id: i32,
    codes: &[String],
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    recovery_code::Entity::delete_many()
        .filter(recovery_code::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    for code in codes {
        recovery_code::ActiveModel {
            user_id: Set(user_id),
            code_hash: Set(token_id(&normalise_recovery_code(code))),
            created_at: Set(now),
            used_at: Set(None),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

/// How many unused recovery codes the user has.
pub async fn recovery_codes_left(db: &impl ConnectionTrait, user_id: i32) -> Result<u64, DbErr> {
    recovery_code::Entity::find()
        .filter(recovery_code::Column::UserId.eq(user_id))
        .filter(recovery_code::Column::UsedAt.is_null())
        .count(db)
        .await
}

/// Accepts `code` for `user` — a TOTP code not used before, or an unused recovery code, which
/// is then spent. Both updates are conditional, so two requests cannot spend one code.
pub async fn check(
    db: &impl ConnectionTrait,
    user: &user::Model,
    code: &str,
    now: DateTime<Utc>,
) -> Result<(), SecondFactorError> {
    let secret = user
        .totp_secret
        .as_deref()
        .ok_or(SecondFactorError::NotEnabled)?;
    if let Some(step) = matching_step(secret, code, user.totp_last_step, now)? {
        let mut update = user::Entity::update_many()
            .col_expr(user::Column::TotpLastStep, Expr::value(step))
            .filter(user::Column::Id.eq(user.id));
        update = match user.totp_last_step {
            Some(last) => update.filter(user::Column::TotpLastStep.eq(last)),
            None => update.filter(user::Column::TotpLastStep.is_null()),
        };
        return match update.exec(db).await?.rows_affected {
            1 => Ok(()),
            _ => Err(SecondFactorError::WrongCode),
        };
    }
    let normalised = normalise_recovery_code(code);
    if normalised.len() != 10 {
        return Err(SecondFactorError::WrongCode);
    }
    let spent = recovery_code::Entity::update_many()
        .col_expr(recovery_code::Column::UsedAt, Expr::value(now))
        .filter(recovery_code::Column::UserId.eq(user.id))
        .filter(recovery_code::Column::CodeHash.eq(token_id(&normalised)))
        .filter(recovery_code::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    match spent.rows_affected {
        1 => Ok(()),
        _ => Err(SecondFactorError::WrongCode),
    }
}

fn entry<'a>(user: &'a user::Model, action: &'a str, client: &'a ClientInfo) -> Entry<'a> {
    Entry {
        actor_user_id: Some(user.id),
        action,
        subject: Some(&user.email),
        detail: "",
        client_address: client.address.as_deref(),
    }
}

/// Turns the second factor on once the person proves their authenticator works with `code`;
/// returns the recovery codes to show them (once). One transaction.
pub async fn enable(
    db: &DatabaseConnection,
    user: &user::Model,
    secret: &str,
    code: &str,
    client: &ClientInfo,
    now: DateTime<Utc>,
) -> Result<Vec<String>, SecondFactorError> {
    if user.totp_secret.is_some() {
        return Err(SecondFactorError::AlreadyEnabled);
    }
    let secret = secret.trim().to_uppercase();
    let step = matching_step(&secret, code, None, now)?.ok_or(SecondFactorError::WrongCode)?;
    let codes = new_recovery_codes();
    let txn = crate::transaction::begin(db).await?;
    let enabled = user::Entity::update_many()
        .col_expr(user::Column::TotpSecret, Expr::value(secret))
        .col_expr(user::Column::TotpLastStep, Expr::value(step))
        .col_expr(user::Column::UpdatedAt, Expr::value(now))
        .filter(user::Column::Id.eq(user.id))
        .filter(user::Column::TotpSecret.is_null())
        .exec(&txn)
        .await?;
    if enabled.rows_affected != 1 {
        return Err(SecondFactorError::AlreadyEnabled);
    }
    store_recovery_codes(&txn, user.id, &codes, now).await?;
    audit::record(
        &txn,
        entry(user, action::SECOND_FACTOR_ENABLED, client),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(codes)
}

/// Turns the second factor off after checking `code`; one transaction.
pub async fn disable(
    db: &DatabaseConnection,
    user: &user::Model,
    code: &str,
    client: &ClientInfo,
    now: DateTime<Utc>,
) -> Result<(), SecondFactorError> {
    let txn = crate::transaction::begin(db).await?;
    check(&txn, user, code, now).await?;
    user::Entity::update_many()
        .col_expr(
            user::Column::TotpSecret,
            Expr::value(Option::<String>::None),
        )
        .col_expr(user::Column::TotpLastStep, Expr::value(Option::<i64>::None))
        .col_expr(user::Column::UpdatedAt, Expr::value(now))
        .filter(user::Column::Id.eq(user.id))
        .exec(&txn)
        .await?;
    store_recovery_codes(&txn, user.id, &[], now).await?;
    audit::record(
        &txn,
        entry(user, action::SECOND_FACTOR_DISABLED, client),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Replaces the recovery codes after checking `code`; returns the new ones.
pub async fn renew_recovery_codes(
    db: &DatabaseConnection,
    user: &user::Model,
    code: &str,
    client: &ClientInfo,
    now: DateTime<Utc>,
) -> Result<Vec<String>, SecondFactorError> {
    let txn = crate::transaction::begin(db).await?;
    check(&txn, user, code, now).await?;
    let codes = new_recovery_codes();
    store_recovery_codes(&txn, user.id, &codes, now).await?;
    audit::record(
        &txn,
        entry(user, action::RECOVERY_CODES_RENEWED, client),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(codes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    /// RFC 6238 appendix B: the SHA-1 secret "12345678901234567890" at T = 59 s gives 94287082
    /// (8 digits); its last six digits are the 6-digit code.
    #[test]
    fn codes_follow_rfc_6238() {
        let secret = Secret::Raw(b"12345678901234567890".to_vec())
            .to_encoded()
            .to_string();
        let at = Utc.timestamp_opt(59, 0).unwrap();
        assert_eq!(code_at(&secret, at).unwrap(), "287082");
        let at = Utc.timestamp_opt(1_111_111_109, 0).unwrap();
        assert_eq!(code_at(&secret, at).unwrap(), "081804");
    }

    #[test]
    fn a_code_matches_its_step_and_neighbours_once() {
        let secret = new_secret();
        let now = Utc.timestamp_opt(1_800_000_000, 0).unwrap();
        let code = code_at(&secret, now).unwrap();
        let step = matching_step(&secret, &code, None, now).unwrap();
        assert_eq!(step, Some(1_800_000_000 / 30));
        // Thirty seconds later it still works (clock skew), unless it was already used.
        let later = now + chrono::Duration::seconds(30);
        assert!(
            matching_step(&secret, &code, None, later)
                .unwrap()
                .is_some()
        );
        assert_eq!(matching_step(&secret, &code, step, later).unwrap(), None);
        // Two minutes later it is stale.
        let stale = now + chrono::Duration::seconds(120);
        assert_eq!(matching_step(&secret, &code, None, stale).unwrap(), None);
        assert_eq!(matching_step(&secret, "12345", None, now).unwrap(), None);
        assert_eq!(matching_step(&secret, "abcdef", None, now).unwrap(), None);
    }

    #[test]
    fn recovery_codes_are_distinct_and_normalise() {
        let codes = new_recovery_codes();
        assert_eq!(codes.len(), RECOVERY_CODE_COUNT);
        let unique: std::collections::HashSet<_> = codes.iter().collect();
        assert_eq!(unique.len(), codes.len());
        assert!(
            codes
                .iter()
                .all(|c| c.len() == 11 && c.as_bytes()[5] == b'-')
        );
        assert_eq!(normalise_recovery_code(" ABCDE-fghjk "), "abcdefghjk");
    }
}
