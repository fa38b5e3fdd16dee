//! The retry loop around one call's attempts (the decisions are the pure
//! [`crate::retry`]; this supplies the clock, `Math.random` and the sleep).
//!
//! The call's `timeoutMs` covers the whole call: every attempt and every wait
//! between them. The caller's `AbortSignal` stops an attempt and a wait at once.

use super::transport::{self, CallOptions, Limit, Transport, DEFAULT_TIMEOUT_MS};
use crate::error::Error;
use crate::request_event::{endpoint_of, Event, Info};
use crate::retry::{decide, Attempted, Next, RetryPolicy};
use std::future::Future;

/// An attempt's failure, with the answer's `Retry-After` when there was one.
pub(crate) struct Failed {
    pub(crate) error: Error,
    pub(crate) retry_after: Option<String>,
}

impl From<Error> for Failed {
    fn from(error: Error) -> Self {
        Failed {
            error,
            retry_after: None,
        }
    }
}

/// When the call must be over (the JS clock, in ms), if it has a timeout.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Deadline {
    end_ms: Option<f64>,
    total_ms: u32,
}

impl Deadline {
    /// Starts the clock of a call: its `timeoutMs`, or the client's.
    pub(crate) fn start(transport: &Transport, opts: &CallOptions) -> Deadline {
        let total_ms = opts
            .timeout_ms
            .or(transport.timeout_ms)
            .unwrap_or(DEFAULT_TIMEOUT_MS);
        Deadline {
            end_ms: (total_ms > 0).then(|| js_sys::Date::now() + f64::from(total_ms)),
            total_ms,
        }
    }

    /// Time left in ms (`None`: no timeout).
    pub(crate) fn remaining_ms(&self) -> Option<u64> {
        self.end_ms
            .map(|end| (end - js_sys::Date::now()).max(0.0).ceil() as u64)
    }

    /// The limit of the next step, or a `timeout` error when none is left.
    pub(crate) fn limit(&self, endpoint: &str) -> Result<Option<Limit>, Error> {
        match self.remaining_ms() {
            None => Ok(None),
            Some(0) => Err(transport::timeout_error(endpoint, self.total_ms)),
            Some(ms) => Ok(Some(Limit {
                remaining_ms: u32::try_from(ms).unwrap_or(u32::MAX),
                total_ms: self.total_ms,
            })),
        }
    }
}

/// Runs `attempt` until it succeeds, or [`decide`] gives up. `safe` comes
/// from the endpoint table: `false` means exactly one attempt.
pub(crate) async fn with_retries<T, F, Fut>(
    transport: &Transport,
    opts: &CallOptions,
    deadline: &Deadline,
    safe: bool,
    endpoint: &str,
    mut attempt: F,
) -> Result<T, Error>
where
    F: FnMut(Option<Limit>) -> Fut,
    Fut: Future<Output = Result<T, Failed>>,
{
    let policy = RetryPolicy {
        max_retries: opts.max_retries.unwrap_or(transport.retry.max_retries),
        base_ms: transport.retry.base_ms,
    };
    let mut retries_done = 0u32;
    loop {
        opts.attempt.set(retries_done + 1);
        let limit = deadline.limit(endpoint)?;
        let failed = match attempt(limit).await {
            Ok(v) => return Ok(v),
            Err(f) => f,
        };
        let next = decide(
            &failed.error,
            &Attempted {
                safe,
                policy,
                retries_done,
                retry_after: failed.retry_after.as_deref(),
                now_ms: super::convert::now_ms(),
                random: js_sys::Math::random(),
                remaining_ms: deadline.remaining_ms(),
            },
        );
        let mut error = failed.error;
        let observer = &transport.observer;
        let event = match next {
            Next::GiveUp => Event::Error,
            Next::RetryAfter(_) => Event::Retry,
        };
        if observer.wants(event) {
            let (method, url) = opts.sent.borrow().clone().unwrap_or_default();
            observer.emit(
                event,
                &Info {
                    method,
                    endpoint: endpoint_of(endpoint).to_string(),
                    url,
                    attempt: retries_done + 1,
                    status: error.status,
                    request_id: error.request_id.clone(),
                    elapsed_ms: None,
                    wait_ms: match next {
                        Next::RetryAfter(ms) => Some(ms),
                        Next::GiveUp => None,
                    },
                    error: Some((error.kind.as_str().to_string(), error.message.clone())),
                },
            );
        }
        match next {
            Next::GiveUp => {
                if retries_done > 0 {
                    error.message.push_str(&format!(
                        " (after {retries_done} {})",
                        if retries_done == 1 {
                            "retry"
                        } else {
                            "retries"
                        }
                    ));
                }
                return Err(error);
            }
            Next::RetryAfter(ms) => {
                transport::sleep(ms, opts.signal.as_ref()).await;
                if opts.signal.as_ref().is_some_and(|s| s.aborted()) {
                    return Err(transport::aborted_error(endpoint));
                }
                retries_done += 1;
            }
        }
    }
}
