//! Publishing a coalition's follow-up page (server only): its short address, checked and kept
//! unique, and the switch that puts it online or takes it off; audited.

use chrono::Utc;
use entities::coalition;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, sea_query::Expr};

use super::{api::Publication, server::find};
use crate::{
    auth::{
        audit::{self, action},
        policy::{Action, Actor, Resource, can},
        visibility::authorize,
    },
    error::AppError,
};

/// The shortest and longest address accepted.
const MIN_ADDRESS: usize = 2;
const MAX_ADDRESS: usize = 40;

/// Whether `address` is a page address: lower-case Latin letters, digits and inner hyphens.
pub fn is_address(address: &str) -> bool {
    (MIN_ADDRESS..=MAX_ADDRESS).contains(&address.len())
        && address
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !address.starts_with('-')
        && !address.ends_with('-')
}

/// An address suggested from a name: its Latin letters and digits, lower-cased, words joined
/// by hyphens (empty when none are left, e.g. for a name in Cyrillic).
pub fn suggested(name: &str) -> String {
    let words: Vec<String> = name
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let mut address = String::new();
    for word in words {
        if address.len() + word.len() + 1 > MAX_ADDRESS {
            break;
        }
        if !address.is_empty() {
            address.push('-');
        }
        address.push_str(&word);
    }
    address
}

/// The publication part of a coalition's administration page.
pub fn publication_of(found: &coalition::Model, actor: &Actor) -> Publication {
    let address = found.public_address.clone().unwrap_or_else(|| {
        let from = if found.short_name.is_empty() {
            &found.name
        } else {
            &found.short_name
        };
        suggested(from)
    });
    Publication {
        address,
        published_on: found
            .published_at
            .map(|at| at.format("%Y-%m-%d").to_string()),
        can_publish: can(
            actor,
            Action::Manage,
            Resource::PublicPage {
                coalition_id: found.id,
                published: found.published_at.is_some(),
            },
        ),
    }
}

/// Publishes coalition `coalition_id`'s follow-up page at `address` or takes it offline
/// (`published` false; the address is kept for next time). One transaction with its audit
/// entry.
pub async fn publish(
    db: &DatabaseConnection,
    actor: &Actor,
    coalition_id: i32,
    address: &str,
    published: bool,
) -> Result<(), AppError> {
    let found = find(db, coalition_id).await?;
    authorize(
        actor,
        Action::Manage,
        Resource::PublicPage {
            coalition_id,
            published: found.published_at.is_some(),
        },
    )?;
    let Actor::User { id: user_id, .. } = actor else {
        return Err(AppError::Unauthenticated);
    };
    let address = address.trim().to_ascii_lowercase();
    let address = if address.is_empty() && !published {
        found.public_address.clone().unwrap_or_default()
    } else {
        address
    };
    if published && !is_address(&address) {
        return Err(AppError::invalid("publication-error-address"));
    }
    let txn = crate::transaction::begin(db).await?;
    let result = async {
        if published {
            let taken = coalition::Entity::find()
                .filter(coalition::Column::PublicAddress.eq(address.clone()))
                .filter(coalition::Column::Id.ne(coalition_id))
                .one(&txn)
                .await?;
            if taken.is_some() {
                return Err(AppError::invalid("publication-error-address-taken"));
            }
        }
        let now = Utc::now();
        let kept_address = (!address.is_empty()).then_some(address.clone());
        coalition::Entity::update_many()
            .col_expr(coalition::Column::PublicAddress, Expr::value(kept_address))
            .col_expr(
                coalition::Column::PublishedAt,
                Expr::value(published.then(|| found.published_at.unwrap_or(now))),
            )
            .col_expr(coalition::Column::UpdatedAt, Expr::value(now))
            .col_expr(coalition::Column::Version, Expr::value(found.version + 1))
            .filter(coalition::Column::Id.eq(coalition_id))
            .exec(&txn)
            .await?;
        let what = if published {
            action::FOLLOW_UP_PUBLISHED
        } else {
            action::FOLLOW_UP_WITHDRAWN
        };
        audit::record_action(
            &txn,
            *user_id,
            what,
            &found.name,
            &format!("/p/{address}"),
            Some(coalition_id),
        )
        .await?;
        Ok(())
    }
    .await;
    crate::transaction::finish(txn, result).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_short_lower_case_latin_words_joined_by_hyphens() {
        assert!(is_address("sbhr"));
        assert!(is_address("kz-upr-2027"));
        for bad in ["", "a", "-sbhr", "sbhr-", "SBHR", "sb hr", "сбхр"] {
            assert!(!is_address(bad), "{bad:?}");
        }
        assert!(is_address(&"a".repeat(40)) && !is_address(&"a".repeat(41)));
    }

    #[test]
    fn a_suggestion_keeps_the_latin_words_of_the_name() {
        assert_eq!(suggested("SBHR"), "sbhr");
        assert_eq!(
            suggested("Coalition against Torture (KZ)"),
            "coalition-against-torture-kz"
        );
        assert_eq!(suggested("Коалиция"), "");
        assert!(suggested(&"word ".repeat(20)).len() <= MAX_ADDRESS);
    }
}
