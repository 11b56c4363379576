//! Read-only data from the server (a profile, a list, a detail), next to the form flows: not
//! asked yet, loading (keeping what was shown before), loaded with the instant it was fetched,
//! empty, or failed with the error and a retry. Pure: [`Remote::load`] and [`Remote::refresh`]
//! say whether a request must be sent, [`Remote::finish`] takes its answer.

use super::ApiError;
use chrono::{DateTime, Utc};

/// Whether a loaded value has nothing to show (an empty list gets its own message).
pub trait Content {
    fn is_empty(&self) -> bool {
        false
    }
}

impl<T> Content for Vec<T> {
    fn is_empty(&self) -> bool {
        Vec::is_empty(self)
    }
}

impl Content for macnss_api::types::Profile {}
impl Content for macnss_api::records::SpaceSummary {}
impl Content for macnss_api::records::Claim {}
impl Content for macnss_api::account::AccountOverview {}

impl Content for macnss_api::records::Career {
    fn is_empty(&self) -> bool {
        self.declarations.is_empty()
    }
}

impl Content for macnss_api::records::Claims {
    fn is_empty(&self) -> bool {
        self.claims.is_empty()
    }
}

impl Content for macnss_api::records::Family {
    fn is_empty(&self) -> bool {
        self.children.is_empty()
    }
}

impl Content for macnss_api::records::Payments {
    fn is_empty(&self) -> bool {
        self.payments.is_empty() && self.pension.is_none() && self.bank_account.is_none()
    }
}

impl Content for macnss_api::records::Reports {
    fn is_empty(&self) -> bool {
        self.reports.is_empty()
    }
}

/// A value and when it was fetched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fetched<T> {
    pub value: T,
    pub fetched_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Remote<T> {
    /// Not asked for yet.
    #[default]
    Idle,
    /// A request is in flight; what was shown before stays shown meanwhile.
    Loading {
        stale: Option<Fetched<T>>,
    },
    Loaded(Fetched<T>),
    /// The server answered with nothing to show.
    Empty {
        fetched_at: DateTime<Utc>,
    },
    /// The request failed: the error (with its way forward) and what was shown before.
    Failed {
        error: ApiError,
        stale: Option<Fetched<T>>,
    },
}

impl<T: Content + Clone> Remote<T> {
    /// The screen opened: load unless already loaded or loading. True when a request must be
    /// sent.
    pub fn load(&mut self) -> bool {
        match self {
            Remote::Idle | Remote::Failed { .. } => self.start(),
            Remote::Loading { .. } | Remote::Loaded(_) | Remote::Empty { .. } => false,
        }
    }

    /// "Actualiser" or "Réessayer": load again whatever is shown. True when a request must be
    /// sent (never a second one while one is in flight).
    pub fn refresh(&mut self) -> bool {
        match self {
            Remote::Loading { .. } => false,
            _ => self.start(),
        }
    }

    fn start(&mut self) -> bool {
        let stale = self.current().cloned();
        *self = Remote::Loading { stale };
        true
    }

    /// The request's answer. An answer nobody waits for (after a reset) changes nothing.
    pub fn finish(&mut self, result: Result<T, ApiError>, now: DateTime<Utc>) {
        let Remote::Loading { stale } = self else {
            return;
        };
        *self = match result {
            Ok(value) if value.is_empty() => Remote::Empty { fetched_at: now },
            Ok(value) => Remote::Loaded(Fetched {
                value,
                fetched_at: now,
            }),
            Err(error) => Remote::Failed {
                error,
                stale: stale.take(),
            },
        };
    }

    pub fn is_loading(&self) -> bool {
        matches!(self, Remote::Loading { .. })
    }

    /// What to show: the loaded value, or the one shown before a refresh or a failure.
    pub fn current(&self) -> Option<&Fetched<T>> {
        match self {
            Remote::Loaded(f) => Some(f),
            Remote::Loading { stale } | Remote::Failed { stale, .. } => stale.as_ref(),
            Remote::Idle | Remote::Empty { .. } => None,
        }
    }

    pub fn value(&self) -> Option<&T> {
        self.current().map(|f| &f.value)
    }

    pub fn error(&self) -> Option<&ApiError> {
        match self {
            Remote::Failed { error, .. } => Some(error),
            _ => None,
        }
    }
}
