//! Writing an import's good rows inside its transaction: documents and tags as they are met,
//! new recommendations in batches (one multi-row insert, then their tags), changed ones one by
//! one (server only).

use chrono::{DateTime, Utc};
use entities::{recommendation, recommendation_tag, source_document, tag};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ConnectionTrait, DbErr, EntityTrait};

use super::plan::{Current, Existing, tags_of};
use shadowdesk_sources::SourceRow;

/// New recommendations inserted per statement (well under both databases' parameter limits).
const BATCH: usize = 400;

/// Rows waiting to be inserted, and the ids written so far.
pub struct Writer {
    coalition_id: i32,
    now: DateTime<Utc>,
    pending: Vec<(recommendation::ActiveModel, Vec<i32>)>,
    /// Every recommendation created or changed, for the search index.
    pub written: Vec<i32>,
}

impl Writer {
    pub fn new(coalition_id: i32) -> Self {
        Writer {
            coalition_id,
            now: Utc::now(),
            pending: Vec::with_capacity(BATCH),
            written: Vec::new(),
        }
    }

    /// The id of `row`'s document, created if the coalition does not follow it yet.
    async fn document(
        &self,
        db: &impl ConnectionTrait,
        existing: &mut Existing,
        row: &SourceRow,
        mechanism_id: i32,
    ) -> Result<i32, DbErr> {
        if let Some(id) = existing.documents.get(&row.symbol) {
            return Ok(*id);
        }
        let id = source_document::ActiveModel {
            coalition_id: Set(self.coalition_id),
            mechanism_id: Set(mechanism_id),
            symbol: Set(row.symbol.clone()),
            published_on: Set(row.published_on),
            session: Set(row.session.clone()),
            state_under_review: Set(row.state_under_review.clone()),
            created_at: Set(self.now),
            ..Default::default()
        }
        .insert(db)
        .await?
        .id;
        existing.documents.insert(row.symbol.clone(), id);
        Ok(id)
    }

    /// The ids of `row`'s tags, creating those not met before.
    async fn tag_ids(
        db: &impl ConnectionTrait,
        existing: &mut Existing,
        row: &SourceRow,
    ) -> Result<Vec<i32>, DbErr> {
        let mut ids = Vec::new();
        for name in tags_of(row) {
            let id = match existing.tags.get(&name) {
                Some(id) => *id,
                None => {
                    let id = tag::ActiveModel {
                        vocabulary: Set(name.0.clone()),
                        label: Set(name.1.clone()),
                        ..Default::default()
                    }
                    .insert(db)
                    .await?
                    .id;
                    existing.tags.insert(name, id);
                    id
                }
            };
            ids.push(id);
        }
        Ok(ids)
    }

    /// Queues `row` as a new recommendation (written at the next full batch or [`Writer::flush`]).
    pub async fn create(
        &mut self,
        db: &impl ConnectionTrait,
        existing: &mut Existing,
        row: &SourceRow,
        mechanism_id: i32,
    ) -> Result<(), DbErr> {
        let document_id = self.document(db, existing, row, mechanism_id).await?;
        let tags = Self::tag_ids(db, existing, row).await?;
        let model = recommendation::ActiveModel {
            coalition_id: Set(self.coalition_id),
            document_id: Set(document_id),
            paragraph: Set(row.paragraph.clone()),
            text: Set(row.text.clone()),
            recommending_states: Set(row.recommending_states.join("; ")),
            upr_position: Set(row.upr_position),
            annotation_id: Set(row.annotation_id.clone()),
            created_at: Set(self.now),
            updated_at: Set(self.now),
            version: Set(1),
            ..Default::default()
        };
        self.pending.push((model, tags));
        if self.pending.len() >= BATCH {
            self.flush(db).await?;
        }
        Ok(())
    }

    /// Changes `current` to what `row` says, adding the tags it lacks.
    pub async fn update(
        &mut self,
        db: &impl ConnectionTrait,
        existing: &mut Existing,
        row: &SourceRow,
        current: &Current,
    ) -> Result<(), DbErr> {
        let tags = Self::tag_ids(db, existing, row).await?;
        recommendation::ActiveModel {
            id: Set(current.id),
            paragraph: Set(row.paragraph.clone()),
            text: Set(row.text.clone()),
            recommending_states: Set(row.recommending_states.join("; ")),
            upr_position: Set(row.upr_position),
            updated_at: Set(self.now),
            version: Set(current.version + 1),
            ..Default::default()
        }
        .update(db)
        .await?;
        let new_tags: Vec<i32> = tags
            .into_iter()
            .filter(|t| !current.tags.contains(t))
            .collect();
        link_tags(db, &[(current.id, new_tags)]).await?;
        self.written.push(current.id);
        Ok(())
    }

    /// Inserts the queued recommendations and their tags.
    pub async fn flush(&mut self, db: &impl ConnectionTrait) -> Result<(), DbErr> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let (models, tags): (Vec<_>, Vec<_>) =
            std::mem::take(&mut self.pending).into_iter().unzip();
        let ids = recommendation::Entity::insert_many(models)
            .exec_with_returning_keys(db)
            .await?;
        let links: Vec<(i32, Vec<i32>)> = ids.iter().copied().zip(tags).collect();
        link_tags(db, &links).await?;
        self.written.extend(ids);
        Ok(())
    }
}

/// Tags each recommendation with its tag ids (links already there are left alone).
async fn link_tags(db: &impl ConnectionTrait, links: &[(i32, Vec<i32>)]) -> Result<(), DbErr> {
    let rows: Vec<recommendation_tag::ActiveModel> = links
        .iter()
        .flat_map(|(recommendation_id, tags)| {
            tags.iter().map(|tag_id| recommendation_tag::ActiveModel {
                recommendation_id: Set(*recommendation_id),
                tag_id: Set(*tag_id),
            })
        })
        .collect();
    for chunk in rows.chunks(BATCH * 2) {
        recommendation_tag::Entity::insert_many(chunk.to_vec())
            .on_conflict_do_nothing_on([
                recommendation_tag::Column::RecommendationId,
                recommendation_tag::Column::TagId,
            ])
            .exec(db)
            .await?;
    }
    Ok(())
}
