//! Per-person budgets for the heavy operations — imports (previews included) and exports — so
//! that one account, or a stolen session, cannot keep a server's processors busy. Each app
//! server keeps its own budgets, because what they protect is that server's CPU and memory.
//! Sign-in attempts are throttled separately, across servers, from the audit log.

use std::{num::NonZeroU32, sync::Arc, time::Duration};

use governor::{
    DefaultKeyedRateLimiter, Quota, RateLimiter,
    clock::{Clock, DefaultClock},
};

use super::policy::Actor;
use crate::error::AppError;

/// An operation with its own budget.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Operation {
    /// Reading an uploaded draft or recommendations file, previewed or applied.
    Import,
    /// Making a DOCX, CSV or XLSX file.
    Export,
}

impl Operation {
    /// How many at once, and how fast the budget comes back.
    pub fn budget(self) -> (u32, Duration) {
        match self {
            Operation::Import => (20, Duration::from_secs(30)),
            Operation::Export => (30, Duration::from_secs(10)),
        }
    }

    fn quota(self) -> Quota {
        let (burst, period) = self.budget();
        Quota::with_period(period)
            .expect("a non-zero period")
            .allow_burst(NonZeroU32::new(burst).unwrap_or(NonZeroU32::MIN))
    }

    /// The message that refuses it, with the `$seconds` to wait.
    pub fn message_key(self) -> &'static str {
        match self {
            Operation::Import => "rate-limited-import",
            Operation::Export => "rate-limited-export",
        }
    }
}

/// This server's budgets, one per person and operation; cheap to clone.
#[derive(Clone)]
pub struct RateLimits {
    import: Arc<DefaultKeyedRateLimiter<i32>>,
    export: Arc<DefaultKeyedRateLimiter<i32>>,
}

impl Default for RateLimits {
    fn default() -> Self {
        RateLimits {
            import: Arc::new(RateLimiter::keyed(Operation::Import.quota())),
            export: Arc::new(RateLimiter::keyed(Operation::Export.quota())),
        }
    }
}

impl std::fmt::Debug for RateLimits {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RateLimits").finish_non_exhaustive()
    }
}

impl RateLimits {
    /// Spends one `operation` of `user_id`'s budget, or says how long until there is one.
    pub fn spend(&self, operation: Operation, user_id: i32) -> Result<(), Duration> {
        let limiter = match operation {
            Operation::Import => &self.import,
            Operation::Export => &self.export,
        };
        // Forget people whose budget is full again, so the table stays small.
        if limiter.len() > 10_000 {
            limiter.retain_recent();
        }
        limiter
            .check_key(&user_id)
            .map_err(|not_until| not_until.wait_time_from(DefaultClock::default().now()))
    }

    /// Like [`RateLimits::spend`], refusing with a message in the request's language.
    pub fn take(&self, operation: Operation, user_id: i32) -> Result<(), AppError> {
        self.spend(operation, user_id).map_err(|wait| {
            let seconds = wait.as_secs().max(1);
            AppError::TooManyRequests(crate::i18n::translate_with(
                crate::i18n::server::request_locale(),
                operation.message_key(),
                &[("seconds", seconds.into())],
            ))
        })
    }
}

/// Spends one `operation` of the signed-in `actor`'s budget on the server handling this
/// request (anyone else is refused by the policy anyway).
pub fn take_for(actor: &Actor, operation: Operation) -> Result<(), AppError> {
    match (
        leptos::prelude::use_context::<RateLimits>(),
        actor.user_id(),
    ) {
        (Some(limits), Some(user_id)) => limits.take(operation, user_id),
        // Outside a request (the command line) there is no budget to keep.
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_is_allowed_then_refused_with_a_wait_and_per_person() {
        let limits = RateLimits::default();
        let (burst, period) = Operation::Import.budget();
        for _ in 0..burst {
            limits
                .spend(Operation::Import, 7)
                .expect("within the burst");
        }
        let wait = limits
            .spend(Operation::Import, 7)
            .expect_err("one past the burst");
        assert!(wait <= period && wait > Duration::ZERO, "{wait:?}");
        limits
            .spend(Operation::Import, 8)
            .expect("someone else's budget is their own");
        limits
            .spend(Operation::Export, 7)
            .expect("exports have a budget of their own");
    }
}
