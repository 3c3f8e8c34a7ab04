//! What the signed-in user may see: administrators see every coalition, everyone else only the
//! coalitions they hold a role in. Members of other coalitions see nothing of them.

use entities::coalition_role;
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Select, sea_query::IntoCondition,
};

use crate::error::AppError;

/// The coalitions a request may read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Visibility {
    /// An instance administrator: every coalition.
    All,
    /// The coalitions the user holds a role in.
    Coalitions(Vec<i32>),
}

impl Visibility {
    /// Restricts `query` to rows whose `coalition_column` is visible.
    pub fn restrict<E: EntityTrait>(
        &self,
        query: Select<E>,
        coalition_column: impl ColumnTrait,
    ) -> Select<E> {
        match self {
            Visibility::All => query,
            Visibility::Coalitions(ids) => {
                query.filter(coalition_column.is_in(ids.iter().copied()).into_condition())
            }
        }
    }
}

/// The signed-in user's visibility; `Unauthenticated` without a live session.
pub async fn require_visibility(db: &impl ConnectionTrait) -> Result<Visibility, AppError> {
    let (_, user) = super::server::current_session(db)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    if user.is_admin {
        return Ok(Visibility::All);
    }
    let coalitions = coalition_role::Entity::find()
        .filter(coalition_role::Column::UserId.eq(user.id))
        .all(db)
        .await?
        .into_iter()
        .map(|role| role.coalition_id)
        .collect();
    Ok(Visibility::Coalitions(coalitions))
}
