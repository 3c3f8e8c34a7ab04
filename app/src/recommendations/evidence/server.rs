//! Adding, listing, reading and removing evidence (server only). Files are size-capped,
//! type-checked against their name, hashed (SHA-256) and kept in the database. Private
//! evidence is seen by its organisation, whoever added it and the coordinators.

use chrono::{NaiveDate, Utc};
use entities::{assessment, evidence, evidence_file};
use leptos::server_fn::codec::MultipartData;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr,
    EntityTrait, QueryFilter,
};
use sha2::{Digest, Sha256};

use super::{
    api::EvidenceLinkInput,
    file_types::{FileTypeError, check},
};
use crate::recommendations::{
    access::{RecommendationContext, authorized, gone},
    assessments::server::may_assess,
};
use crate::{
    auth::{
        audit,
        policy::{Action, Actor, Resource, can},
    },
    error::AppError,
    states::{EvidenceKind, EvidenceVisibility, Named},
    transaction::finish,
    uploads::read_form,
};

/// The largest evidence file accepted.
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;

/// The description of evidence as a form sent it.
struct Asked<'a> {
    assessment_id: i32,
    title: &'a str,
    source: &'a str,
    dated_on: &'a str,
    visibility: &'a str,
}

/// What is added, link or file alike, checked.
struct Described {
    assessment_id: Option<i32>,
    title: String,
    source: String,
    dated_on: Option<NaiveDate>,
    visibility: EvidenceVisibility,
}

/// An uploaded evidence file with its description.
#[derive(Clone, Debug)]
pub struct EvidenceUpload {
    pub recommendation_id: i32,
    pub assessment_id: i32,
    pub title: String,
    pub source: String,
    pub dated_on: String,
    pub visibility: String,
    pub file_name: String,
    pub bytes: Vec<u8>,
}

/// Whether `actor` may see `item`.
pub fn may_see(actor: &Actor, item: &evidence::Model) -> bool {
    let coalition = Resource::Coalition {
        id: item.coalition_id,
    };
    if !can(actor, Action::Read, coalition) {
        return false;
    }
    if item.visibility != EvidenceVisibility::Private || can(actor, Action::Manage, coalition) {
        return true;
    }
    match actor {
        Actor::User {
            id, organisations, ..
        } => {
            item.created_by == Some(*id)
                || item
                    .organisation_id
                    .is_some_and(|o| organisations.contains(&o))
        }
        Actor::Anonymous => false,
    }
}

/// Whether `actor` may remove `item`: whoever added it, and coordinators.
pub fn may_remove(actor: &Actor, item: &evidence::Model) -> bool {
    can(
        actor,
        Action::Manage,
        Resource::Coalition {
            id: item.coalition_id,
        },
    ) || (actor.user_id().is_some() && item.created_by == actor.user_id() && may_see(actor, item))
}

/// The evidence of recommendation `recommendation_id` that `actor` may see, oldest first.
pub async fn visible(
    db: &impl ConnectionTrait,
    actor: &Actor,
    recommendation_id: i32,
) -> Result<Vec<evidence::Model>, DbErr> {
    Ok(evidence::Entity::find()
        .filter(evidence::Column::RecommendationId.eq(recommendation_id))
        .all(db)
        .await?
        .into_iter()
        .filter(|e| may_see(actor, e))
        .collect())
}

/// Checks the description and that `actor` may add evidence for it: coordinators and the
/// lead organisation always, an NGO to its own assessment.
async fn described(
    db: &impl ConnectionTrait,
    actor: &Actor,
    context: &RecommendationContext,
    asked: Asked<'_>,
) -> Result<Described, AppError> {
    let Asked {
        assessment_id,
        title,
        source,
        dated_on,
        visibility,
    } = asked;
    let assessment = if assessment_id > 0 {
        Some(
            assessment::Entity::find_by_id(assessment_id)
                .one(db)
                .await?
                .filter(|a| a.recommendation_id == context.recommendation.id)
                .ok_or_else(|| AppError::invalid("evidence-error-assessment"))?,
        )
    } else {
        None
    };
    let allowed = can(actor, Action::Edit, context.resource())
        || assessment
            .as_ref()
            .is_some_and(|a| may_assess(actor, context, a.assessor, a.organisation_id));
    if !allowed {
        return Err(AppError::Forbidden);
    }
    let title = title.trim();
    if title.is_empty() || title.chars().count() > 300 {
        return Err(AppError::invalid("evidence-error-title"));
    }
    let source = source.trim();
    if source.chars().count() > 300 {
        return Err(AppError::invalid("evidence-error-source"));
    }
    let dated_on = match dated_on.trim() {
        "" => None,
        value => {
            let date = NaiveDate::parse_from_str(value, "%Y-%m-%d")
                .map_err(|_| AppError::invalid("evidence-error-date"))?;
            if date > Utc::now().date_naive() {
                return Err(AppError::invalid("evidence-error-date"));
            }
            Some(date)
        }
    };
    let visibility = EvidenceVisibility::parse(visibility)
        .ok_or_else(|| AppError::invalid("evidence-error-visibility"))?;
    Ok(Described {
        assessment_id: assessment.map(|a| a.id),
        title: title.to_string(),
        source: source.to_string(),
        dated_on,
        visibility,
    })
}

/// The actor's first organisation in the coalition of `context`.
async fn author_organisation(
    db: &impl ConnectionTrait,
    actor: &Actor,
    context: &RecommendationContext,
) -> Result<Option<i32>, DbErr> {
    let Actor::User { organisations, .. } = actor else {
        return Ok(None);
    };
    let members = crate::directory::coalition_organisations(db, context.coalition_id()).await?;
    Ok(organisations
        .iter()
        .copied()
        .find(|o| members.iter().any(|(id, _)| id == o)))
}

/// A web address that opens as a page: `http` or `https` with a host.
fn checked_url(value: &str) -> Result<String, AppError> {
    let parsed =
        url::Url::parse(value.trim()).map_err(|_| AppError::invalid("evidence-error-url"))?;
    if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none() {
        return Err(AppError::invalid("evidence-error-url"));
    }
    Ok(parsed.to_string())
}

/// Adds the link `input`; answers its id.
pub async fn add_link(
    db: &DatabaseConnection,
    actor: &Actor,
    input: EvidenceLinkInput,
) -> Result<i32, AppError> {
    let context = authorized(db, actor, input.recommendation_id, Action::Read).await?;
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    let described = described(
        db,
        actor,
        &context,
        Asked {
            assessment_id: input.assessment_id,
            title: &input.title,
            source: &input.source,
            dated_on: &input.dated_on,
            visibility: &input.visibility,
        },
    )
    .await?;
    let url = checked_url(&input.url)?;
    let organisation = author_organisation(db, actor, &context).await?;
    let txn = crate::transaction::begin(db).await?;
    let result = async {
        let id = evidence::ActiveModel {
            kind: Set(EvidenceKind::Link),
            url: Set(url.clone()),
            ..new_evidence(&context, &described, organisation, user_id)
        }
        .insert(&txn)
        .await?
        .id;
        let what = EvidenceKind::Link.name();
        record(&txn, user_id, &context, what, &described.title).await?;
        Ok(id)
    }
    .await;
    finish(txn, result).await
}

/// Adds the uploaded file; answers its id.
pub async fn add_file(
    db: &DatabaseConnection,
    actor: &Actor,
    upload: EvidenceUpload,
) -> Result<i32, AppError> {
    let context = authorized(db, actor, upload.recommendation_id, Action::Read).await?;
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    let described = described(
        db,
        actor,
        &context,
        Asked {
            assessment_id: upload.assessment_id,
            title: &upload.title,
            source: &upload.source,
            dated_on: &upload.dated_on,
            visibility: &upload.visibility,
        },
    )
    .await?;
    if upload.bytes.is_empty() {
        return Err(AppError::invalid("evidence-error-no-file"));
    }
    let file_name = safe_file_name(&upload.file_name);
    let kind = check(&file_name, &upload.bytes).map_err(|error| match error {
        FileTypeError::Extension(_) => AppError::invalid("evidence-error-file-type"),
        FileTypeError::Mismatch(extension) => AppError::invalid_with(
            "evidence-error-file-content",
            &[("extension", extension.into())],
        ),
    })?;
    let sha256 = hex(&Sha256::digest(&upload.bytes));
    let organisation = author_organisation(db, actor, &context).await?;
    let txn = crate::transaction::begin(db).await?;
    let result = async {
        let id = evidence::ActiveModel {
            kind: Set(EvidenceKind::File),
            file_name: Set(file_name.clone()),
            content_type: Set(kind.content_type().to_string()),
            size_bytes: Set(i64::try_from(upload.bytes.len()).unwrap_or(i64::MAX)),
            sha256: Set(sha256.clone()),
            ..new_evidence(&context, &described, organisation, user_id)
        }
        .insert(&txn)
        .await?
        .id;
        evidence_file::ActiveModel {
            evidence_id: Set(id),
            bytes: Set(upload.bytes.clone()),
        }
        .insert(&txn)
        .await?;
        record(&txn, user_id, &context, &file_name, &sha256).await?;
        Ok(id)
    }
    .await;
    finish(txn, result).await
}

fn new_evidence(
    context: &RecommendationContext,
    described: &Described,
    organisation: Option<i32>,
    user_id: i32,
) -> evidence::ActiveModel {
    evidence::ActiveModel {
        recommendation_id: Set(context.recommendation.id),
        assessment_id: Set(described.assessment_id),
        coalition_id: Set(context.coalition_id()),
        organisation_id: Set(organisation),
        title: Set(described.title.clone()),
        url: Set(String::new()),
        source: Set(described.source.clone()),
        dated_on: Set(described.dated_on),
        file_name: Set(String::new()),
        content_type: Set(String::new()),
        size_bytes: Set(0),
        sha256: Set(String::new()),
        visibility: Set(described.visibility),
        created_at: Set(Utc::now()),
        created_by: Set(Some(user_id)),
        ..Default::default()
    }
}

async fn record(
    db: &impl ConnectionTrait,
    user_id: i32,
    context: &RecommendationContext,
    what: &str,
    detail: &str,
) -> Result<(), DbErr> {
    audit::record_action(
        db,
        user_id,
        audit::action::EVIDENCE_ADDED,
        &format!("recommendation {}", context.recommendation.id),
        &format!("{what} {detail}"),
        Some(context.coalition_id()),
    )
    .await
}

/// Removes evidence `id` (and its file) for whoever may.
pub async fn remove(db: &DatabaseConnection, actor: &Actor, id: i32) -> Result<(), AppError> {
    let Some(item) = evidence::Entity::find_by_id(id).one(db).await? else {
        return Err(gone(actor, "evidence-error-gone"));
    };
    if !may_see(actor, &item) {
        return Err(gone(actor, "evidence-error-gone"));
    }
    if !may_remove(actor, &item) {
        return Err(AppError::Forbidden);
    }
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    let txn = crate::transaction::begin(db).await?;
    let result = async {
        evidence::Entity::delete_by_id(id).exec(&txn).await?;
        audit::record_action(
            &txn,
            user_id,
            audit::action::EVIDENCE_REMOVED,
            &format!("recommendation {}", item.recommendation_id),
            &format!("{} {}", item.kind, item.title),
            Some(item.coalition_id),
        )
        .await?;
        Ok(())
    }
    .await;
    finish(txn, result).await
}

/// Evidence file `id` with its bytes, if `actor` may see it.
pub async fn file_for(
    db: &impl ConnectionTrait,
    actor: &Actor,
    id: i32,
) -> Result<Option<(evidence::Model, Vec<u8>)>, DbErr> {
    let Some(item) = evidence::Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(|e| e.kind == EvidenceKind::File && may_see(actor, e))
    else {
        return Ok(None);
    };
    let bytes = evidence_file::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(|f| f.bytes);
    Ok(bytes.map(|bytes| (item, bytes)))
}

/// Reads an evidence upload, refusing a file over [`MAX_FILE_BYTES`] as it arrives.
pub async fn read_upload(data: MultipartData) -> Result<EvidenceUpload, AppError> {
    let form = read_form(
        data,
        MAX_FILE_BYTES,
        "evidence-error-too-large",
        "evidence-error-upload",
    )
    .await?;
    let number = |name: &str| form.field(name).parse().unwrap_or(0);
    Ok(EvidenceUpload {
        recommendation_id: number("recommendation_id"),
        assessment_id: number("assessment_id"),
        title: form.field("title").to_string(),
        source: form.field("source").to_string(),
        dated_on: form.field("dated_on").to_string(),
        visibility: form.field("visibility").to_string(),
        file_name: form.file_name.clone(),
        bytes: form.bytes,
    })
}

/// The last component of an uploaded file's name, without control characters, at most 200
/// characters.
fn safe_file_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = base
        .chars()
        .filter(|c| !c.is_control() && *c != '"')
        .collect();
    let trimmed = cleaned.trim();
    let mut chars: Vec<char> = trimmed.chars().collect();
    if chars.len() > 200 {
        // Keep the extension, which the type check reads.
        let tail: Vec<char> = chars[chars.len() - 10..].to_vec();
        chars.truncate(190);
        chars.extend(tail);
    }
    chars.into_iter().collect()
}

/// Lower-case hex of `bytes`.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uploaded_names_lose_their_folders_and_control_characters() {
        assert_eq!(safe_file_name("C:\\Users\\a\\letter.pdf"), "letter.pdf");
        assert_eq!(safe_file_name("../../etc/passwd.txt"), "passwd.txt");
        assert_eq!(safe_file_name("a\u{0}b\"\n.pdf"), "ab.pdf");
        let long = format!("{}.pdf", "x".repeat(300));
        let safe = safe_file_name(&long);
        assert_eq!(safe.chars().count(), 200);
        assert!(safe.ends_with(".pdf"));
    }

    #[test]
    fn links_must_be_web_addresses() {
        assert!(checked_url("https://adilet.zan.kz/rus/docs/Z2000000333").is_ok());
        for bad in [
            "javascript:alert(1)",
            "data:text/html,x",
            "ftp://x.org/a",
            "not a url",
            "file:///etc",
        ] {
            assert!(checked_url(bad).is_err(), "{bad}");
        }
    }
}
