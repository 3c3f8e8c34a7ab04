//! A coalition's second-factor requirement (server only).

use chrono::Utc;
use entities::{coalition, user};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, sea_query::Expr};

use crate::{
    auth::{
        audit,
        policy::{Action, Resource},
        server::client_info,
        visibility::{actor_for, authorize},
    },
    error::AppError,
};

/// Turns the requirement on or off (coordinators of the coalition and administrators). A
/// coordinator must have a second factor before requiring one, or they would lock themselves
/// out. One transaction with its audit entry.
pub async fn set_second_factor_requirement(
    db: &DatabaseConnection,
    user: &user::Model,
    coalition_id: i32,
    required: bool,
) -> Result<(), AppError> {
    let actor = actor_for(db, user).await?;
    authorize(
        &actor,
        Action::Manage,
        Resource::Coalition { id: coalition_id },
    )?;
    if required && user.totp_secret.is_none() && !user.is_admin {
        return Err(AppError::invalid("second-factor-require-own-first"));
    }
    let now = Utc::now();
    let txn = crate::transaction::begin(db).await?;
    let updated = coalition::Entity::update_many()
        .col_expr(
            coalition::Column::RequireSecondFactor,
            Expr::value(required),
        )
        .col_expr(coalition::Column::UpdatedAt, Expr::value(now))
        .filter(coalition::Column::Id.eq(coalition_id))
        .exec(&txn)
        .await?;
    if updated.rows_affected != 1 {
        return Err(AppError::Forbidden);
    }
    let client = client_info();
    let entry = audit::Entry {
        actor_user_id: Some(user.id),
        action: audit::action::COALITION_SECOND_FACTOR,
        subject: None,
        detail: if required { "required" } else { "not required" },
        client_address: client.address.as_deref(),
    };
    audit::record_in_coalition(&txn, entry, Some(coalition_id), now).await?;
    txn.commit().await?;
    Ok(())
}
