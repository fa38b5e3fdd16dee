//! The one error type every call in this crate returns.
//!
//! Every failure, from the caller, the network or the server, becomes an
//! [`Error`] with a [`ErrorKind`], a message that names the endpoint and the
//! field, and where known the API `code`, the HTTP `status` and the server's
//! `requestId`. The wasm layer turns it into a JS `YiwiseRongziError`.

use std::fmt;

/// What went wrong, coarsely: the JS `error.kind` string.
///
/// ```
/// use yiwise_rongzi::ErrorKind;
/// assert_eq!(ErrorKind::Validation.as_str(), "validation");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// The caller's input broke a documented constraint; nothing was sent.
    Validation,
    /// The server answered with an error `code` in its envelope.
    Api,
    /// Credentials were refused (bad signature, stale timestamp, no permission, bad token).
    Auth,
    /// The HTTP status was not 2xx and the body was not an API envelope.
    Http,
    /// The request never got an answer (DNS, refused connection, CORS, offline).
    Network,
    /// The call took longer than its `timeoutMs`.
    Timeout,
    /// The caller's `AbortSignal` fired.
    Aborted,
    /// The answer could not be decoded into its documented shape.
    Decode,
    /// A callback or message signature did not verify.
    Signature,
}

impl ErrorKind {
    /// The lowercase name used as `error.kind` in JS.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Validation => "validation",
            ErrorKind::Api => "api",
            ErrorKind::Auth => "auth",
            ErrorKind::Http => "http",
            ErrorKind::Network => "network",
            ErrorKind::Timeout => "timeout",
            ErrorKind::Aborted => "aborted",
            ErrorKind::Decode => "decode",
            ErrorKind::Signature => "signature",
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One broken constraint: the field (a dotted path such as
/// `robotCallJob.dailyStartTime`, or `customerPersons[3].phoneNumber`) and what is wrong.
///
/// ```
/// use yiwise_rongzi::Issue;
/// let i = Issue::new("pageSize", "must be at most 100, got 500");
/// assert_eq!(i.to_string(), "pageSize must be at most 100, got 500");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    /// Dotted path of the field, as the caller spelled it.
    pub field: String,
    /// What is wrong with it, in English, naming the expected form.
    pub message: String,
}

impl Issue {
    /// A new issue for `field`.
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Issue {
            field: field.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{} {}", self.field, self.message)
        }
    }
}

/// Any failure of this crate.
///
/// The `Display` text is the JS `error.message`: it starts with the API and
/// endpoint (`yiwise job/create: `) and names the field. It never contains a
/// secret: nothing in this crate puts `appSecret`, a token or a password
/// into an error.
///
/// ```
/// use yiwise_rongzi::{Error, ErrorKind, Issue};
/// let e = Error::validation("yiwise job/start", vec![Issue::new("robotCallJobId", "is required")]);
/// assert_eq!(e.kind, ErrorKind::Validation);
/// assert_eq!(e.to_string(), "yiwise job/start: robotCallJobId is required");
/// ```
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{message}")]
pub struct Error {
    /// The coarse category.
    pub kind: ErrorKind,
    /// Human readable, names the endpoint and the field.
    pub message: String,
    /// The API's own `code` from the response envelope, when there was one.
    pub code: Option<i64>,
    /// The HTTP status, when a response arrived.
    pub status: Option<u16>,
    /// The server's `requestId`, when it sent one.
    pub request_id: Option<String>,
    /// `"yiwise job/create"`-style name of the call, when the error belongs to one.
    pub endpoint: Option<String>,
    /// The first offending field, when the error is about one.
    pub field: Option<String>,
    /// Every broken constraint, for validation errors (a form can show them all).
    pub issues: Vec<Issue>,
}

impl Error {
    /// A bare error of `kind` with `message`.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
            code: None,
            status: None,
            request_id: None,
            endpoint: None,
            field: None,
            issues: Vec::new(),
        }
    }

    /// A validation error for `endpoint` listing every issue; the message
    /// shows the first one and how many more there are.
    pub fn validation(endpoint: &str, issues: Vec<Issue>) -> Self {
        let first = issues
            .first()
            .map(|i| i.to_string())
            .unwrap_or_else(|| "invalid parameters".to_string());
        let more = match issues.len() {
            0 | 1 => String::new(),
            n => format!(" (and {} more)", n - 1),
        };
        let mut e = Error::new(ErrorKind::Validation, format!("{endpoint}: {first}{more}"));
        e.endpoint = Some(endpoint.to_string());
        e.field = issues.first().map(|i| i.field.clone());
        e.issues = issues;
        e
    }

    /// A decode error for `endpoint`, naming the field path in the response.
    pub fn decode(endpoint: &str, field: &str, what: impl fmt::Display) -> Self {
        let mut e = Error::new(
            ErrorKind::Decode,
            if field.is_empty() {
                format!("{endpoint}: response {what}")
            } else {
                format!("{endpoint}: response field {field}: {what}")
            },
        );
        e.endpoint = Some(endpoint.to_string());
        if !field.is_empty() {
            e.field = Some(field.to_string());
        }
        e
    }

    /// Sets the endpoint name (builder style).
    pub fn with_endpoint(mut self, endpoint: &str) -> Self {
        self.endpoint = Some(endpoint.to_string());
        self
    }

    /// Sets the HTTP status (builder style).
    pub fn with_status(mut self, status: u16) -> Self {
        self.status = Some(status);
        self
    }

    /// Sets the server's request id (builder style).
    pub fn with_request_id(mut self, request_id: Option<String>) -> Self {
        self.request_id = request_id;
        self
    }

    /// Sets the API code (builder style).
    pub fn with_code(mut self, code: i64) -> Self {
        self.code = Some(code);
        self
    }
}

/// `data`, `data.content[0].id`, `data[2]`: a path below `data` as errors name it.
pub(crate) fn data_field(path: &str) -> String {
    if path.is_empty() {
        "data".to_string()
    } else if path.starts_with('[') {
        format!("data{path}")
    } else {
        format!("data.{path}")
    }
}

/// Builds the field path text that `serde_path_to_error` reports
/// (`robotCallJob.dailyStartTime`, `customerPersons[2].name`); `.` alone becomes "".
pub(crate) fn path_text(path: &serde_path_to_error::Path) -> String {
    let s = path.to_string();
    if s == "." {
        String::new()
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validation_message_counts_the_other_issues() {
        let e = Error::validation(
            "yiwise job/create",
            vec![
                Issue::new("a", "is required"),
                Issue::new("b", "is required"),
                Issue::new("c", "is required"),
            ],
        );
        assert_eq!(e.message, "yiwise job/create: a is required (and 2 more)");
        assert_eq!(e.field.as_deref(), Some("a"));
        assert_eq!(e.issues.len(), 3);
    }

    #[test]
    fn decode_error_names_the_field() {
        let e = Error::decode(
            "yiwise tenant/getTenant",
            "data.tenantId",
            "expected a number",
        );
        assert_eq!(e.kind, ErrorKind::Decode);
        assert!(e.message.contains("data.tenantId"));
    }
}
