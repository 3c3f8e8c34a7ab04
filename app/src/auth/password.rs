//! Password rules and argon2id hashing.

use std::sync::LazyLock;

use argon2::{Argon2, PasswordHash, PasswordHasher, PasswordVerifier, password_hash::SaltString};
use rand::RngCore;

/// Shortest password accepted.
pub const MIN_LENGTH: usize = 12;

/// Frequently used passwords that are refused whatever their length (one per line, lower case).
static COMMON_PASSWORDS: &str = include_str!("common_passwords.txt");

/// Why a new password is refused; each maps to a translated message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PasswordRule {
    #[error("password: must be at least 12 characters")]
    TooShort,
    #[error("password: is one of the most common passwords")]
    Common,
    #[error("password: must not contain the email address")]
    ContainsEmail,
}

impl PasswordRule {
    /// The translation key of the message explaining the rule.
    pub fn message_key(self) -> &'static str {
        match self {
            PasswordRule::TooShort => "password-too-short",
            PasswordRule::Common => "password-common",
            PasswordRule::ContainsEmail => "password-contains-email",
        }
    }
}

/// Checks a new password against the rules.
pub fn check_new_password(password: &str, email: &str) -> Result<(), PasswordRule> {
    if password.chars().count() < MIN_LENGTH {
        return Err(PasswordRule::TooShort);
    }
    let lower = password.to_lowercase();
    if COMMON_PASSWORDS
        .lines()
        .any(|common| common.trim() == lower)
    {
        return Err(PasswordRule::Common);
    }
    let local_part = email.split('@').next().unwrap_or_default().to_lowercase();
    if local_part.len() >= 4 && lower.contains(&local_part) {
        return Err(PasswordRule::ContainsEmail);
    }
    Ok(())
}

/// Hashes `password` with argon2id and a random salt (PHC string).
pub fn hash(password: &str) -> Result<String, argon2::password_hash::Error> {
    let mut salt_bytes = [0u8; 16];
    rand::rng().fill_bytes(&mut salt_bytes);
    let salt = SaltString::encode_b64(&salt_bytes)?;
    Ok(Argon2::default()
        .hash_password(password.as_bytes(), &salt)?
        .to_string())
}

/// Whether `password` matches the stored PHC hash; a malformed hash never matches.
pub fn verify(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored)
        .map(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// A hash to verify against when the account does not exist, so that the time a failed
/// sign-in takes does not tell which email addresses have accounts.
pub fn decoy_hash() -> &'static str {
    static DECOY: LazyLock<String> =
        LazyLock::new(|| hash("decoy password for timing").unwrap_or_default());
    &DECOY
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_argon2id_salted_and_verify() {
        let a = hash("correct horse battery staple").unwrap();
        let b = hash("correct horse battery staple").unwrap();
        assert!(a.starts_with("$argon2id$"));
        assert_ne!(a, b, "a fresh salt each time");
        assert!(verify("correct horse battery staple", &a));
        assert!(!verify("correct horse battery stapler", &a));
        assert!(!verify("anything", "not a hash"));
    }

    #[test]
    fn weak_passwords_are_refused_with_the_rule_they_break() {
        let email = "aigerim@sbhr.example";
        assert_eq!(
            check_new_password("short", email),
            Err(PasswordRule::TooShort)
        );
        assert_eq!(
            check_new_password("Password1234", email),
            Err(PasswordRule::Common)
        );
        assert_eq!(
            check_new_password("aigerim-is-great", email),
            Err(PasswordRule::ContainsEmail)
        );
        assert_eq!(check_new_password("steppe wind at dawn", email), Ok(()));
        assert_eq!(
            check_new_password("ұзақ құпия сөз керек", email),
            Ok(()),
            "counts characters, not bytes"
        );
    }
}
