//! Counting a page's successful changes, so that the page reloads its data after each one
//! while a refused change keeps its form as it was typed.

use leptos::prelude::*;

use crate::error::ApiError;

/// How many of a page's actions have succeeded so far; a resource that tracks
/// [`Completions::count`] reloads after each success.
#[derive(Clone, Copy)]
pub struct Completions(RwSignal<usize>);

impl Completions {
    /// A counter at zero.
    pub fn new() -> Self {
        Completions(RwSignal::new(0))
    }

    /// Counts every successful result `value` takes.
    pub fn watch<T>(self, value: Signal<Option<Result<T, ApiError>>>)
    where
        T: Send + Sync + 'static,
    {
        Effect::new(move |_| {
            if value.with(|v| matches!(v, Some(Ok(_)))) {
                self.0.update(|c| *c += 1);
            }
        });
    }

    /// The successes so far (tracked).
    pub fn count(self) -> usize {
        self.0.get()
    }
}

impl Default for Completions {
    fn default() -> Self {
        Self::new()
    }
}
