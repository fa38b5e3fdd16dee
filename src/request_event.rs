//! Request events and log lines (`client.on(event, fn)`, `logLevel`, `logger`):
//! what is said about each attempt, in one place for both clients.
//!
//! Nothing here sees a body, a header value or a secret: an event carries the
//! method, the endpoint as in the URL (`tenant/getTenant`), the URL, the
//! attempt, the HTTP status, the platform's `requestId`, the elapsed time,
//! the wait before a retry and the error's kind and message (which never
//! hold secrets either).

use serde::Deserialize;

/// The events a client emits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    /// An attempt is about to be sent.
    Request,
    /// An attempt got an answer (any status).
    Response,
    /// A read failed transiently and is tried again after a wait.
    Retry,
    /// The call failed for good.
    Error,
}

impl Event {
    /// Every event, for the JS names.
    pub const ALL: [Event; 4] = [Event::Request, Event::Response, Event::Retry, Event::Error];

    /// The JS name.
    pub fn as_str(self) -> &'static str {
        match self {
            Event::Request => "request",
            Event::Response => "response",
            Event::Retry => "retry",
            Event::Error => "error",
        }
    }

    /// The event named `name`.
    ///
    /// ```
    /// use yiwise_rongzi::request_event::Event;
    /// assert_eq!(Event::parse("retry"), Some(Event::Retry));
    /// assert_eq!(Event::parse("Retry"), None);
    /// ```
    pub fn parse(name: &str) -> Option<Event> {
        Event::ALL.into_iter().find(|e| e.as_str() == name)
    }

    /// The log level whose lines include this event: attempts at `debug`,
    /// retries at `info`. A final error is the caller's to report (it is
    /// thrown), so it is logged at `debug` too.
    pub fn log_level(self) -> LogLevel {
        match self {
            Event::Retry => LogLevel::Info,
            _ => LogLevel::Debug,
        }
    }
}

/// `logLevel`: how much a client logs, from `off` to `debug` (default `warn`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum LogLevel {
    /// Nothing.
    Off,
    /// Errors only (the SDK has none of its own to log today: failures are thrown).
    Error,
    /// Warnings, such as a deprecated endpoint (the default).
    Warn,
    /// Retries too.
    Info,
    /// One line per attempt too.
    Debug,
}

impl LogLevel {
    /// The level named `name` (`off`, `error`, `warn`, `info`, `debug`).
    pub fn parse(name: &str) -> Option<LogLevel> {
        Some(match name {
            "off" => LogLevel::Off,
            "error" => LogLevel::Error,
            "warn" => LogLevel::Warn,
            "info" => LogLevel::Info,
            "debug" => LogLevel::Debug,
            _ => return None,
        })
    }

    /// The `logger` method a line of this level goes to.
    pub fn method(self) -> &'static str {
        match self {
            LogLevel::Off | LogLevel::Error => "error",
            LogLevel::Warn => "warn",
            LogLevel::Info => "info",
            LogLevel::Debug => "debug",
        }
    }
}

/// What an event says about one attempt.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Info {
    /// `GET`, `POST`, …
    pub method: String,
    /// The endpoint as in the URL: `tenant/getTenant`.
    pub endpoint: String,
    /// The request URL (with its query).
    pub url: String,
    /// 1 for the first attempt.
    pub attempt: u32,
    /// The HTTP status, once there was an answer.
    pub status: Option<u16>,
    /// The platform's request id, when it sent one.
    pub request_id: Option<String>,
    /// Milliseconds since the attempt was sent.
    pub elapsed_ms: Option<f64>,
    /// The wait before the next attempt (`retry`).
    pub wait_ms: Option<u64>,
    /// The error's kind and message (`retry`, `error`).
    pub error: Option<(String, String)>,
}

/// The endpoint of an error's name (`"yiwise tenant/getTenant"` → `tenant/getTenant`).
pub fn endpoint_of(name: &str) -> &str {
    name.split_once(' ').map_or(name, |(_, e)| e)
}

/// The log line of `event`.
///
/// ```
/// use yiwise_rongzi::request_event::{log_line, Event, Info};
/// let info = Info { method: "GET".into(), endpoint: "tenant/getTenant".into(), attempt: 1,
///     status: Some(200), request_id: Some("VCWAHVEJ".into()), elapsed_ms: Some(12.4), ..Info::default() };
/// assert_eq!(log_line(Event::Response, &info),
///     "yiwise-rongzi: GET tenant/getTenant → 200 (requestId VCWAHVEJ, attempt 1, 12 ms)");
/// ```
pub fn log_line(event: Event, info: &Info) -> String {
    let mut details = Vec::with_capacity(4);
    if let Some(id) = &info.request_id {
        details.push(format!("requestId {}", crate::lenient::truncate(id)));
    }
    details.push(format!("attempt {}", info.attempt));
    if let Some(ms) = info.elapsed_ms {
        details.push(format!("{} ms", ms.round() as i64));
    }
    let head = format!("yiwise-rongzi: {} {}", info.method, info.endpoint);
    let status = info
        .status
        .map_or_else(|| "no answer".to_string(), |s| s.to_string());
    let what = match event {
        Event::Request => "sending".to_string(),
        Event::Response => format!("→ {status}"),
        Event::Retry => format!(
            "→ {status}, retrying in {} ms: {}",
            info.wait_ms.unwrap_or(0),
            info.error.as_ref().map_or("", |e| e.0.as_str())
        ),
        Event::Error => format!(
            "failed ({}): {}",
            info.error.as_ref().map_or("", |e| e.0.as_str()),
            info.error
                .as_ref()
                .map_or(String::new(), |e| crate::lenient::truncate(&e.1))
        ),
    };
    format!("{head} {what} ({})", details.join(", "))
}

/// The top-level `requestId` of a response body, if it is a JSON object
/// with a string one (Yiwise's envelope; Rongzi's has none).
///
/// ```
/// use yiwise_rongzi::request_event::request_id_of;
/// assert_eq!(request_id_of(r#"{"code":200,"data":{"requestId":"inner"},"requestId":"R1"}"#).as_deref(), Some("R1"));
/// assert_eq!(request_id_of("<html>"), None);
/// ```
pub fn request_id_of(body: &str) -> Option<String> {
    #[derive(Deserialize)]
    struct Head {
        #[serde(rename = "requestId")]
        request_id: Option<serde_json::Value>,
    }
    let head: Head = serde_json::from_str(body).ok()?;
    match head.request_id? {
        serde_json::Value::String(s) if !s.is_empty() => Some(crate::lenient::truncate(&s)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_event_and_level_round_trips_its_name() {
        for e in Event::ALL {
            assert_eq!(Event::parse(e.as_str()), Some(e));
        }
        for (name, level) in [
            ("off", LogLevel::Off),
            ("error", LogLevel::Error),
            ("warn", LogLevel::Warn),
            ("info", LogLevel::Info),
            ("debug", LogLevel::Debug),
        ] {
            assert_eq!(LogLevel::parse(name), Some(level));
        }
        assert!(LogLevel::Debug > LogLevel::Info && LogLevel::Warn > LogLevel::Off);
        assert_eq!(LogLevel::parse("verbose"), None);
    }

    #[test]
    fn lines_name_the_call_and_never_a_body() {
        let info = Info {
            method: "POST".into(),
            endpoint: "job/getJobStatsInfoList".into(),
            url: "https://x.test/apiOpen/v1/job/getJobStatsInfoList?secret=no".into(),
            attempt: 2,
            status: Some(503),
            wait_ms: Some(600),
            error: Some((
                "http".into(),
                "yiwise job/getJobStatsInfoList: HTTP 503".into(),
            )),
            ..Info::default()
        };
        let retry = log_line(Event::Retry, &info);
        assert_eq!(retry, "yiwise-rongzi: POST job/getJobStatsInfoList → 503, retrying in 600 ms: http (attempt 2)");
        assert!(!retry.contains("secret"));
        let failed = log_line(
            Event::Error,
            &Info {
                status: None,
                ..info
            },
        );
        assert!(failed.contains("failed (http)"), "{failed}");
        assert_eq!(endpoint_of("yiwise tenant/getTenant"), "tenant/getTenant");
        assert_eq!(endpoint_of("plain"), "plain");
    }
}
