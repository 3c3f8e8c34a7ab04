//! Who a command-line import is made as: a named user, whose roles the policy checks and
//! whose name the audit log records, exactly as if they had used the page.

use app::auth::{policy::Actor, visibility::actor_for};
use entities::user;
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};

/// The actor for the user with e-mail `email` (any case), if there is one.
pub async fn actor_by_email(db: &DatabaseConnection, email: &str) -> Result<Option<Actor>, DbErr> {
    let email = email.trim().to_lowercase();
    let Some(person) = user::Entity::find()
        .filter(user::Column::Email.eq(email.as_str()))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    Ok(Some(actor_for(db, &person).await?))
}
