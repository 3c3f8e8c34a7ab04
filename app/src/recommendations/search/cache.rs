//! Each app server's copy of the search index, kept in step with the shared database: before a
//! search it reads the committed generation and, if the index is behind, applies the logged
//! changes (or rebuilds it after a large import, or once a day so follow-up buckets move with
//! the calendar). Searches read it together; one refresh at a time rebuilds (server only).

use std::sync::Arc;

use chrono::{NaiveDate, Utc};
use sea_orm::{ConnectionTrait, DbErr};
use shadowdesk_search::index::Index;
use tokio::sync::{Mutex, RwLock};

use super::{
    changes::{self, Changed},
    load::load,
};

#[derive(Default)]
struct State {
    index: Index,
    /// The generation the index reflects; `None` before the first build.
    generation: Option<i64>,
    built_on: Option<NaiveDate>,
}

impl State {
    fn is_fresh(&self, generation: i64, today: NaiveDate) -> bool {
        self.generation == Some(generation) && self.built_on == Some(today)
    }
}

/// A shared handle on one server's index; cheap to clone.
#[derive(Clone, Default)]
pub struct SearchCache {
    state: Arc<RwLock<State>>,
    refreshing: Arc<Mutex<()>>,
}

impl std::fmt::Debug for SearchCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchCache").finish_non_exhaustive()
    }
}

impl SearchCache {
    /// Runs `read` on an index that reflects every change committed before the call.
    pub async fn read<T>(
        &self,
        db: &impl ConnectionTrait,
        read: impl FnOnce(&Index) -> T,
    ) -> Result<T, DbErr> {
        let generation = changes::current(db).await?;
        let today = Utc::now().date_naive();
        {
            let state = self.state.read().await;
            if state.is_fresh(generation, today) {
                return Ok(read(&state.index));
            }
        }
        self.refresh(db, generation, today).await?;
        let state = self.state.read().await;
        Ok(read(&state.index))
    }

    /// Brings the index to `generation`, unless another request already did.
    async fn refresh(
        &self,
        db: &impl ConnectionTrait,
        generation: i64,
        today: NaiveDate,
    ) -> Result<(), DbErr> {
        let _one_at_a_time = self.refreshing.lock().await;
        let (from, built_on) = {
            let state = self.state.read().await;
            if state.generation.is_some_and(|g| g >= generation) && state.built_on == Some(today) {
                return Ok(());
            }
            (state.generation, state.built_on)
        };
        let changed = match from {
            Some(from) if built_on == Some(today) => changes::since(db, from, generation).await?,
            _ => Changed::Everything,
        };
        match changed {
            Changed::Everything => {
                let index = Index::build(load(db, None, today).await?);
                let mut state = self.state.write().await;
                *state = State {
                    index,
                    generation: Some(generation),
                    built_on: Some(today),
                };
            }
            Changed::Some(ids) => {
                let docs = load(db, Some(&ids), today).await?;
                let mut state = self.state.write().await;
                for id in &ids {
                    if !docs.iter().any(|d| d.id == *id) {
                        state.index.remove(*id);
                    }
                }
                for doc in docs {
                    state.index.upsert(doc);
                }
                state.generation = Some(generation);
            }
        }
        Ok(())
    }
}
