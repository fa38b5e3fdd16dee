//! When and how long to wait before repeating a failed call: pure, so the
//! whole schedule is tested natively. The wasm layer supplies the clock, the
//! random number and the sleeping.
//!
//! Rules (the README's "Reliability and security" section states them):
//! - only endpoints marked safe to repeat in the endpoint tables
//!   ([`crate::yiwise::endpoints`], [`crate::rongzi::endpoints`]) are retried;
//!   mutations never are;
//! - only transient failures are retried: no answer at all (`network`), and
//!   HTTP 429 or 5xx (whatever the body says);
//! - the wait is exponential backoff with full jitter, `random × min(cap,
//!   base × 2^n)`, unless the server sent `Retry-After` (seconds or an HTTP
//!   date), which is then waited exactly; a `Retry-After` longer than
//!   [`MAX_RETRY_AFTER_MS`] is not waited for: the call fails at once;
//! - the call's `timeoutMs` bounds everything (attempts and waits): a wait
//!   that would not end before the deadline is not started.

use crate::error::{Error, ErrorKind};

/// Retries after the first attempt unless configured (`maxRetries`).
pub const DEFAULT_MAX_RETRIES: u32 = 2;
/// Base of the exponential backoff in ms (`retryBaseMs`, meant for tests).
pub const DEFAULT_BASE_MS: u32 = 300;
/// The longest backoff wait, in ms.
pub const MAX_BACKOFF_MS: u64 = 5_000;
/// The longest `Retry-After` the client waits for, in ms; a longer one fails the call.
pub const MAX_RETRY_AFTER_MS: u64 = 30_000;
/// The highest accepted `maxRetries`.
pub const MAX_RETRIES_LIMIT: u32 = 10;

/// How a client retries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Retries after the first attempt (0 turns retrying off).
    pub max_retries: u32,
    /// Base of the backoff in ms.
    pub base_ms: u32,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_retries: DEFAULT_MAX_RETRIES,
            base_ms: DEFAULT_BASE_MS,
        }
    }
}

/// The backoff before retry number `retry` (0 for the first retry), with
/// full jitter: `random` (in `[0, 1)`, clamped) times the ceiling
/// `min(MAX_BACKOFF_MS, base_ms × 2^retry)`.
///
/// ```
/// use yiwise_rongzi::retry::backoff_ms;
/// assert_eq!(backoff_ms(300, 0, 0.5), 150);
/// assert_eq!(backoff_ms(300, 2, 0.999_999), 1199);
/// assert_eq!(backoff_ms(300, 30, 0.5), 2500); // capped at 5 s
/// ```
pub fn backoff_ms(base_ms: u32, retry: u32, random: f64) -> u64 {
    let ceiling = backoff_ceiling_ms(base_ms, retry);
    let r = if random.is_finite() {
        random.clamp(0.0, 1.0)
    } else {
        0.0
    };
    let d = (r * ceiling as f64).floor() as u64;
    d.min(ceiling.saturating_sub(1)).min(ceiling)
}

/// `min(MAX_BACKOFF_MS, base_ms × 2^retry)`: the most [`backoff_ms`] can return (plus one).
pub fn backoff_ceiling_ms(base_ms: u32, retry: u32) -> u64 {
    let factor = 1u64.checked_shl(retry.min(32)).unwrap_or(u64::MAX);
    u64::from(base_ms)
        .saturating_mul(factor)
        .min(MAX_BACKOFF_MS)
}

/// Reads a `Retry-After` header: delay-seconds (`"120"`) or an HTTP date
/// (`"Wed, 21 Oct 2015 07:28:00 GMT"`), as ms from `now_ms` (a past date is
/// 0). `None` for anything else.
///
/// ```
/// use yiwise_rongzi::retry::parse_retry_after;
/// assert_eq!(parse_retry_after("2", 0), Some(2000));
/// assert_eq!(parse_retry_after("Thu, 01 Jan 1970 00:00:03 GMT", 1000), Some(2000));
/// assert_eq!(parse_retry_after("soon", 0), None);
/// ```
pub fn parse_retry_after(value: &str, now_ms: u64) -> Option<u64> {
    let v = value.trim();
    if !v.is_empty() && v.len() <= 10 && v.bytes().all(|b| b.is_ascii_digit()) {
        return v.parse::<u64>().ok().map(|s| s.saturating_mul(1000));
    }
    parse_http_date(v).map(|at| at.saturating_sub(now_ms))
}

/// Parses an IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`) into ms since the epoch.
pub fn parse_http_date(s: &str) -> Option<u64> {
    let parts: Vec<&str> = s.split_ascii_whitespace().collect();
    let [wday, day, month, year, time, zone] = parts.as_slice() else {
        return None;
    };
    if !wday.ends_with(',') || *zone != "GMT" {
        return None;
    }
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let month = MONTHS.iter().position(|m| m == month)? as u32 + 1;
    let num = |t: &str, len: usize| -> Option<u32> {
        if t.len() == len && t.bytes().all(|b| b.is_ascii_digit()) {
            t.parse().ok()
        } else {
            None
        }
    };
    let day = num(day, 2)?;
    let year = num(year, 4)?;
    let mut hms = time.split(':');
    let (h, m, sec) = (
        num(hms.next()?, 2)?,
        num(hms.next()?, 2)?,
        num(hms.next()?, 2)?,
    );
    if hms.next().is_some() || !(1..=31).contains(&day) || h > 23 || m > 59 || sec > 60 {
        return None;
    }
    if year < 1970 {
        return None;
    }
    let days = days_from_civil(i64::from(year), month, day);
    let secs = days * 86_400 + i64::from(h) * 3600 + i64::from(m) * 60 + i64::from(sec);
    u64::try_from(secs).ok().map(|s| s * 1000)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// True for a failure worth repeating: no answer at all (`network`), or
/// HTTP 429 / 5xx. Timeouts are not (the call's time is up), nor aborts,
/// validation, auth, API codes on a 2xx answer, or undecodable 2xx answers.
///
/// ```
/// use yiwise_rongzi::{Error, ErrorKind};
/// use yiwise_rongzi::retry::is_transient;
/// assert!(is_transient(&Error::new(ErrorKind::Network, "refused")));
/// assert!(is_transient(&Error::new(ErrorKind::Http, "bad gateway").with_status(502)));
/// assert!(!is_transient(&Error::new(ErrorKind::Api, "412").with_status(200)));
/// ```
pub fn is_transient(e: &Error) -> bool {
    match e.kind {
        ErrorKind::Network => true,
        ErrorKind::Validation | ErrorKind::Timeout | ErrorKind::Aborted | ErrorKind::Signature => {
            false
        }
        _ => matches!(e.status, Some(429) | Some(500..=599)),
    }
}

/// What to do after a failed attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Next {
    /// Wait this many ms, then try again.
    RetryAfter(u64),
    /// Give up: the failure is the call's result.
    GiveUp,
}

/// Everything [`decide`] looks at besides the error.
#[derive(Debug, Clone, Copy)]
pub struct Attempted<'a> {
    /// Whether the endpoint is safe to repeat (from the endpoint table).
    pub safe: bool,
    /// The client's (or the call's) policy.
    pub policy: RetryPolicy,
    /// Retries already made (0 after the first attempt).
    pub retries_done: u32,
    /// The raw `Retry-After` header of the failed answer, if any.
    pub retry_after: Option<&'a str>,
    /// The clock, in ms since the epoch.
    pub now_ms: u64,
    /// A random number in `[0, 1)` for the jitter.
    pub random: f64,
    /// Time left before the call's deadline, in ms (`None`: no deadline).
    pub remaining_ms: Option<u64>,
}

/// Decides whether to retry after `error`, and how long to wait first.
///
/// ```
/// use yiwise_rongzi::{Error, ErrorKind};
/// use yiwise_rongzi::retry::{decide, Attempted, Next, RetryPolicy};
/// let e = Error::new(ErrorKind::Http, "busy").with_status(503);
/// let a = Attempted { safe: true, policy: RetryPolicy::default(), retries_done: 0,
///     retry_after: Some("1"), now_ms: 0, random: 0.5, remaining_ms: None };
/// assert_eq!(decide(&e, &a), Next::RetryAfter(1000));
/// assert_eq!(decide(&e, &Attempted { safe: false, ..a }), Next::GiveUp);
/// ```
pub fn decide(error: &Error, a: &Attempted<'_>) -> Next {
    if !a.safe || a.retries_done >= a.policy.max_retries || !is_transient(error) {
        return Next::GiveUp;
    }
    let wait = match a.retry_after.and_then(|v| parse_retry_after(v, a.now_ms)) {
        Some(ms) if ms > MAX_RETRY_AFTER_MS => return Next::GiveUp,
        Some(ms) => ms,
        None => backoff_ms(a.policy.base_ms, a.retries_done, a.random),
    };
    match a.remaining_ms {
        Some(left) if wait >= left => Next::GiveUp,
        _ => Next::RetryAfter(wait),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attempt(retries_done: u32) -> Attempted<'static> {
        Attempted {
            safe: true,
            policy: RetryPolicy::default(),
            retries_done,
            retry_after: None,
            now_ms: 1_000_000,
            random: 0.999_999,
            remaining_ms: None,
        }
    }

    #[test]
    fn backoff_doubles_up_to_the_cap_and_jitter_stays_below_the_ceiling() {
        let ceilings: Vec<u64> = (0..7).map(|n| backoff_ceiling_ms(300, n)).collect();
        assert_eq!(ceilings, [300, 600, 1200, 2400, 4800, 5000, 5000]);
        for n in 0..40 {
            for r in [
                0.0,
                0.25,
                0.5,
                0.999_999_9,
                1.0,
                -1.0,
                f64::NAN,
                f64::INFINITY,
            ] {
                let d = backoff_ms(300, n, r);
                assert!(d < backoff_ceiling_ms(300, n).max(1), "{n} {r} {d}");
            }
        }
        assert_eq!(backoff_ms(0, 5, 0.7), 0);
        assert_eq!(backoff_ms(u32::MAX, u32::MAX, 0.5), 2500);
    }

    #[test]
    fn retry_after_seconds_and_dates() {
        assert_eq!(parse_retry_after("0", 5), Some(0));
        assert_eq!(parse_retry_after(" 7 ", 5), Some(7000));
        assert_eq!(
            parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT"),
            Some(784_111_777_000)
        );
        assert_eq!(
            parse_http_date("Wed, 21 Oct 2015 07:28:00 GMT"),
            Some(1_445_412_480_000)
        );
        // A date in the past means "now".
        assert_eq!(
            parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", 2_000_000_000_000),
            Some(0)
        );
        for bad in [
            "",
            "-1",
            "1.5",
            "99999999999999999999",
            "Sunday, 06-Nov-94 08:49:37 GMT",
            "Sun, 06 Nov 1994 08:49:37 UTC",
            "Sun, 32 Nov 1994 08:49:37 GMT",
            "Sun, 06 Foo 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 24:00:00 GMT",
        ] {
            assert_eq!(parse_retry_after(bad, 0), None, "{bad:?}");
        }
    }

    #[test]
    fn transient_failures_are_network_429_and_5xx_only() {
        let with = |kind, status: Option<u16>| {
            let e = Error::new(kind, "x");
            match status {
                Some(s) => e.with_status(s),
                None => e,
            }
        };
        assert!(is_transient(&with(ErrorKind::Network, None)));
        for s in [429, 500, 502, 503, 504, 599] {
            assert!(is_transient(&with(ErrorKind::Http, Some(s))), "{s}");
            assert!(is_transient(&with(ErrorKind::Api, Some(s))), "{s}");
            assert!(is_transient(&with(ErrorKind::Decode, Some(s))), "{s}");
        }
        for s in [200, 400, 401, 403, 404, 409, 412, 428, 600] {
            assert!(!is_transient(&with(ErrorKind::Http, Some(s))), "{s}");
            assert!(!is_transient(&with(ErrorKind::Api, Some(s))), "{s}");
        }
        for k in [
            ErrorKind::Timeout,
            ErrorKind::Aborted,
            ErrorKind::Validation,
            ErrorKind::Signature,
        ] {
            assert!(!is_transient(&with(k, Some(503))));
        }
        // An envelope code 500 on an HTTP 200 answer is not retried.
        assert!(!is_transient(
            &with(ErrorKind::Api, Some(200)).with_code(500)
        ));
    }

    #[test]
    fn decide_follows_the_policy() {
        let busy = Error::new(ErrorKind::Http, "busy").with_status(503);
        // Default: two retries, then give up.
        assert!(matches!(decide(&busy, &attempt(0)), Next::RetryAfter(d) if d < 300));
        assert!(matches!(decide(&busy, &attempt(1)), Next::RetryAfter(d) if d < 600));
        assert_eq!(decide(&busy, &attempt(2)), Next::GiveUp);
        // Mutations never.
        let a = Attempted {
            safe: false,
            ..attempt(0)
        };
        assert_eq!(decide(&busy, &a), Next::GiveUp);
        // maxRetries 0 never.
        let a = Attempted {
            policy: RetryPolicy {
                max_retries: 0,
                base_ms: 300,
            },
            ..attempt(0)
        };
        assert_eq!(decide(&busy, &a), Next::GiveUp);
        // Retry-After is waited exactly, up to the cap.
        let a = Attempted {
            retry_after: Some("3"),
            ..attempt(0)
        };
        assert_eq!(decide(&busy, &a), Next::RetryAfter(3000));
        let a = Attempted {
            retry_after: Some("31"),
            ..attempt(0)
        };
        assert_eq!(decide(&busy, &a), Next::GiveUp);
        // A garbled Retry-After falls back to backoff.
        let a = Attempted {
            retry_after: Some("later"),
            ..attempt(0)
        };
        assert!(matches!(decide(&busy, &a), Next::RetryAfter(d) if d < 300));
        // Not past the deadline.
        let a = Attempted {
            retry_after: Some("3"),
            remaining_ms: Some(2999),
            ..attempt(0)
        };
        assert_eq!(decide(&busy, &a), Next::GiveUp);
        let a = Attempted {
            retry_after: Some("3"),
            remaining_ms: Some(3001),
            ..attempt(0)
        };
        assert_eq!(decide(&busy, &a), Next::RetryAfter(3000));
        // Not transient.
        let bad = Error::new(ErrorKind::Api, "412").with_status(200);
        assert_eq!(decide(&bad, &attempt(0)), Next::GiveUp);
    }
}
