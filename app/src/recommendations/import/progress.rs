//! How far each running import has got — bytes received, bytes read, rows planned — so the
//! import page can show a progress bar while a large file is uploaded and checked. Kept in
//! the memory of the app server doing the import, under a token the browser chose (server
//! only).

use std::{
    collections::HashMap,
    sync::{
        Arc, Mutex,
        atomic::{AtomicBool, AtomicU64, Ordering},
    },
    time::{Duration, Instant},
};

use super::api::ProgressReport;

/// Imports remembered at most; the oldest finished ones are forgotten first.
const MAX_TRACKED: usize = 256;
/// How long a finished import's progress stays readable.
const KEEP_FINISHED: Duration = Duration::from_secs(120);

/// One import's counters, shared by the upload, the parser and the writer.
#[derive(Debug, Default)]
pub struct Progress {
    pub received: AtomicU64,
    pub read: AtomicU64,
    pub rows: AtomicU64,
    finished: AtomicBool,
}

impl Progress {
    /// Marks the import finished (done or refused).
    pub fn finish(&self) {
        self.finished.store(true, Ordering::Relaxed);
    }

    fn view(&self) -> ProgressReport {
        ProgressReport {
            received: self.received.load(Ordering::Relaxed),
            read: self.read.load(Ordering::Relaxed),
            rows: self.rows.load(Ordering::Relaxed),
            finished: self.finished.load(Ordering::Relaxed),
        }
    }
}

struct Entry {
    user_id: i32,
    progress: Arc<Progress>,
    started: Instant,
}

/// The imports of this server; cheap to clone.
#[derive(Clone, Default)]
pub struct ProgressRegistry {
    entries: Arc<Mutex<HashMap<String, Entry>>>,
}

impl std::fmt::Debug for ProgressRegistry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ProgressRegistry").finish_non_exhaustive()
    }
}

impl ProgressRegistry {
    /// Starts tracking `user_id`'s import under `token` (an empty token tracks nothing).
    pub fn start(&self, token: &str, user_id: i32) -> Arc<Progress> {
        let progress = Arc::new(Progress::default());
        let token = token.trim();
        if token.is_empty() || token.len() > 64 {
            return progress;
        }
        let Ok(mut entries) = self.entries.lock() else {
            return progress;
        };
        entries.retain(|_, e| {
            !(e.progress.finished.load(Ordering::Relaxed) && e.started.elapsed() > KEEP_FINISHED)
        });
        if entries.len() >= MAX_TRACKED
            && let Some(oldest) = entries
                .iter()
                .min_by_key(|(_, e)| e.started)
                .map(|(k, _)| k.clone())
        {
            entries.remove(&oldest);
        }
        entries.insert(
            token.to_string(),
            Entry {
                user_id,
                progress: progress.clone(),
                started: Instant::now(),
            },
        );
        progress
    }

    /// The progress of `user_id`'s import `token`, if this server runs it.
    pub fn get(&self, token: &str, user_id: i32) -> Option<ProgressReport> {
        let entries = self.entries.lock().ok()?;
        entries
            .get(token.trim())
            .filter(|e| e.user_id == user_id)
            .map(|e| e.progress.view())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_is_read_back_by_its_owner_only() {
        let registry = ProgressRegistry::default();
        let progress = registry.start("abc", 7);
        progress.rows.store(120, Ordering::Relaxed);
        assert_eq!(registry.get("abc", 7).unwrap().rows, 120);
        assert_eq!(registry.get("abc", 8), None);
        assert_eq!(registry.get("other", 7), None);
        progress.finish();
        assert!(registry.get("abc", 7).unwrap().finished);
        // No token, nothing tracked.
        registry.start("", 7);
        assert_eq!(registry.entries.lock().unwrap().len(), 1);
    }
}
