//! Loading a section with what deciding access to it needs: its report (for the coalition) and
//! the organisations that write it (server only).

use std::{future::Future, pin::Pin};

use entities::{report, report_section, section_contributor};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbErr, EntityTrait,
    QueryFilter,
};

use crate::{
    auth::{
        audit,
        policy::{Action, Actor, Resource},
        visibility::authorize,
    },
    error::AppError,
    transaction::finish,
};

/// A write to run inside a transaction.
pub type Write<'t, T> = Pin<Box<dyn Future<Output = Result<T, AppError>> + Send + 't>>;

/// A section, its report and its writing organisations (lead first, then contributors).
#[derive(Clone, Debug)]
pub struct SectionContext {
    pub section: report_section::Model,
    pub report: report::Model,
    pub organisations: Vec<i32>,
}

impl SectionContext {
    /// The section as the policy sees it.
    pub fn resource(&self) -> Resource<'_> {
        Resource::Section {
            coalition_id: self.report.coalition_id,
            organisations: &self.organisations,
        }
    }

    /// The section's translation into a language, assigned to `translator`, as the policy
    /// sees it.
    pub fn translation(&self, translator: Option<i32>) -> Resource<'_> {
        Resource::Translation {
            coalition_id: self.report.coalition_id,
            organisations: &self.organisations,
            translator,
        }
    }

    /// Whether the section is in the bin.
    pub fn is_removed(&self) -> bool {
        self.section.removed_at.is_some()
    }

    /// Runs `write` and records `action` by `user_id` on this section in its coalition's audit
    /// log, in one transaction: both happen or neither does.
    pub async fn write_audited<T, W>(
        &self,
        db: &DatabaseConnection,
        user_id: i32,
        action: &'static str,
        write: W,
    ) -> Result<T, AppError>
    where
        T: Send,
        W: for<'t> FnOnce(&'t DatabaseTransaction) -> Write<'t, T> + Send,
    {
        let txn = crate::transaction::begin(db).await?;
        let result = async {
            let value = write(&txn).await?;
            let coalition = Some(self.report.coalition_id);
            audit::record_action(&txn, user_id, action, &self.section.title, "", coalition).await?;
            Ok(value)
        }
        .await;
        finish(txn, result).await
    }
}

/// The organisations writing `section`: its lead organisation, then its contributors.
pub async fn writing_organisations(
    db: &impl ConnectionTrait,
    section: &report_section::Model,
) -> Result<Vec<i32>, DbErr> {
    let mut organisations: Vec<i32> = section.assigned_organisation_id.into_iter().collect();
    let contributors = section_contributor::Entity::find()
        .filter(section_contributor::Column::SectionId.eq(section.id))
        .all(db)
        .await?;
    for contributor in contributors {
        if !organisations.contains(&contributor.organisation_id) {
            organisations.push(contributor.organisation_id);
        }
    }
    Ok(organisations)
}

/// `section` with its report and writers.
pub async fn context_of(
    db: &impl ConnectionTrait,
    section: report_section::Model,
) -> Result<SectionContext, AppError> {
    let report = report::Entity::find_by_id(section.report_id)
        .one(db)
        .await?
        .ok_or(AppError::Forbidden)?;
    let organisations = writing_organisations(db, &section).await?;
    Ok(SectionContext {
        section,
        report,
        organisations,
    })
}

/// Someone writing on a section beside its text (a comment, a suggested edit): the user and
/// the organisation the entry is filed under — the one they write this section for, else
/// their first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Commenter {
    pub user_id: i32,
    pub organisation: Option<i32>,
}

/// Section `id` for `actor` to comment on or suggest an edit to (the policy's comment right),
/// with who is writing.
pub async fn commenter(
    db: &impl ConnectionTrait,
    actor: &Actor,
    id: i32,
) -> Result<(SectionContext, Commenter), AppError> {
    let context = authorized(db, actor, id, Action::Comment).await?;
    let Actor::User {
        id: user_id,
        organisations,
        ..
    } = actor
    else {
        return Err(AppError::Unauthenticated);
    };
    let organisation = organisations
        .iter()
        .find(|o| context.organisations.contains(o))
        .or(organisations.first())
        .copied();
    let commenter = Commenter {
        user_id: *user_id,
        organisation,
    };
    Ok((context, commenter))
}

/// Section `id` if `actor` may do `action` on it. An unknown section answers like one of
/// another coalition, so ids reveal nothing.
pub async fn authorized(
    db: &impl ConnectionTrait,
    actor: &Actor,
    id: i32,
    action: Action,
) -> Result<SectionContext, AppError> {
    let Some(section) = report_section::Entity::find_by_id(id).one(db).await? else {
        authorize(actor, Action::Read, Resource::Instance)?;
        return Err(AppError::Forbidden);
    };
    let context = context_of(db, section).await?;
    authorize(actor, action, context.resource())?;
    Ok(context)
}
