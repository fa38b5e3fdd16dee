//! Client-side checks of documented constraints, collected as [`Issue`]s (both APIs).
//!
//! Every params type implements [`Validate`]; a call whose params produce
//! any issue is rejected with `kind: 'validation'` before anything is sent.

use crate::error::{Error, Issue};

/// Checks documented constraints that the type alone cannot express.
pub trait Validate {
    /// Pushes one [`Issue`] per broken constraint onto `issues`.
    fn validate(&self, issues: &mut Issues) {
        let _ = issues;
    }
}

/// Runs the params' own checks: `Ok`, or one `validation` error listing
/// every issue. Takes `&dyn Validate` so that this exists once, not once per
/// endpoint.
pub(crate) fn validated(endpoint: &str, params: &dyn Validate) -> Result<(), Error> {
    let mut issues = Issues::default();
    params.validate(&mut issues);
    if issues.is_empty() {
        Ok(())
    } else {
        Err(Error::validation(endpoint, issues.into_vec()))
    }
}

/// Collector of issues with the checks the Yiwise docs need.
///
/// ```
/// use yiwise_rongzi::validation::Issues;
/// let mut v = Issues::default();
/// v.range("pageSize", Some(500), 1, 100);
/// v.hh_mm("dailyStartTime", Some("9:00"));
/// assert_eq!(v.len(), 2);
/// assert_eq!(v.into_vec()[0].message, "must be between 1 and 100, got 500");
/// ```
#[derive(Debug, Default)]
pub struct Issues(Vec<Issue>);

impl Issues {
    /// Adds an issue.
    pub fn push(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.0.push(Issue::new(field, message));
    }

    /// Number of issues so far.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when nothing is wrong.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The issues, in the order found.
    pub fn into_vec(self) -> Vec<Issue> {
        self.0
    }

    /// `value` must be present.
    pub fn required<T>(&mut self, field: &str, value: &Option<T>) -> bool {
        if value.is_none() {
            self.push(field, "is required");
            false
        } else {
            true
        }
    }

    /// A required string must be present and not blank.
    pub fn required_text(&mut self, field: &str, value: &Option<String>) -> bool {
        match value {
            None => {
                self.push(field, "is required");
                false
            }
            Some(s) if s.trim().is_empty() => {
                self.push(field, "must not be empty");
                false
            }
            Some(_) => true,
        }
    }

    /// An optional number, when present, must lie in `min..=max`.
    pub fn range(&mut self, field: &str, value: Option<i64>, min: i64, max: i64) {
        if let Some(v) = value {
            if v < min || v > max {
                self.push(field, format!("must be between {min} and {max}, got {v}"));
            }
        }
    }

    /// An id, when present, must be positive.
    pub fn positive(&mut self, field: &str, value: Option<i64>) {
        if let Some(v) = value {
            if v <= 0 {
                self.push(field, format!("must be a positive id, got {v}"));
            }
        }
    }

    /// A list must have at most `max` items.
    pub fn max_items(&mut self, field: &str, len: usize, max: usize) {
        if len > max {
            self.push(field, format!("must have at most {max} items, got {len}"));
        }
    }

    /// A time of day `HH:mm` (24 h); returns minutes since midnight when valid.
    pub fn hh_mm(&mut self, field: &str, value: Option<&str>) -> Option<u32> {
        let v = value?;
        match parse_hh_mm(v) {
            Some(m) => Some(m),
            None => {
                self.push(
                    field,
                    format!(
                        "must be a time HH:mm (00:00 to 23:59), got {:?}",
                        crate::lenient::truncate(v)
                    ),
                );
                None
            }
        }
    }

    /// A date `yyyy-MM-dd`.
    pub fn date(&mut self, field: &str, value: Option<&str>) {
        if let Some(v) = value {
            if !is_date(v) {
                self.push(
                    field,
                    format!(
                        "must be a date yyyy-MM-dd, got {:?}",
                        crate::lenient::truncate(v)
                    ),
                );
            }
        }
    }

    /// A date-time `yyyy-MM-dd HH:mm:ss` (the form the vendor's demo sends).
    pub fn date_time(&mut self, field: &str, value: Option<&str>) {
        if let Some(v) = value {
            if date_time_key(v, false).is_none() {
                self.push(
                    field,
                    format!(
                        "must be a date-time yyyy-MM-dd HH:mm:ss, got {:?}",
                        crate::lenient::truncate(v)
                    ),
                );
            }
        }
    }

    /// A date-time `yyyy-MM-dd HH:mm:ss` with optional milliseconds
    /// (`.S`, `.SS` or `.SSS`, the forms the Rongzi docs show).
    pub fn date_time_millis(&mut self, field: &str, value: Option<&str>) {
        if let Some(v) = value {
            if date_time_key(v, true).is_none() {
                self.push(
                    field,
                    format!(
                        "must be a date-time yyyy-MM-dd HH:mm:ss[.SSS], got {:?}",
                        crate::lenient::truncate(v)
                    ),
                );
            }
        }
    }

    /// A phone number, when present and not empty, must be digits only.
    pub fn digits(&mut self, field: &str, value: Option<&str>) {
        if let Some(v) = value {
            if !v.is_empty() && !v.bytes().all(|b| b.is_ascii_digit()) {
                self.push(
                    field,
                    format!("must be digits only, got {:?}", crate::lenient::truncate(v)),
                );
            }
        }
    }

    /// Text must be at most `max` characters (characters, not bytes: `中` counts 1).
    pub fn max_chars(&mut self, field: &str, value: Option<&str>, max: usize) {
        if let Some(v) = value {
            let n = v.chars().count();
            if n > max {
                self.push(field, format!("must be at most {max} characters, got {n}"));
            }
        }
    }

    /// A list must have at least `min` items.
    pub fn min_items(&mut self, field: &str, len: usize, min: usize) {
        if len < min {
            let msg = if min == 1 {
                format!("must have at least one item, got {len}")
            } else {
                format!("must have at least {min} items, got {len}")
            };
            self.push(field, msg);
        }
    }

    /// An enum value sent by the caller must be one the docs list
    /// (`allowed` may be a subset of the enum for this field).
    pub fn one_of(&mut self, field: &str, value: &str, allowed: &[&str]) {
        if !allowed.contains(&value) {
            self.push(
                field,
                format!(
                    "must be one of {}, got {:?}",
                    allowed.join(", "),
                    crate::lenient::truncate(value)
                ),
            );
        }
    }
}

/// Parses `HH:mm` into minutes since midnight.
///
/// ```
/// use yiwise_rongzi::validation::parse_hh_mm;
/// assert_eq!(parse_hh_mm("09:30"), Some(570));
/// assert_eq!(parse_hh_mm("9:30"), None);
/// assert_eq!(parse_hh_mm("24:00"), None);
/// ```
pub fn parse_hh_mm(s: &str) -> Option<u32> {
    let b = s.as_bytes();
    // The length is checked first, so every index below (0..5) exists, and
    // the digit check makes each `- b'0'` a value in 0..=9.
    if b.len() != 5 || b[2] != b':' || !b[..2].iter().chain(&b[3..]).all(u8::is_ascii_digit) {
        return None;
    }
    let h = u32::from(b[0] - b'0') * 10 + u32::from(b[1] - b'0');
    let m = u32::from(b[3] - b'0') * 10 + u32::from(b[4] - b'0');
    (h < 24 && m < 60).then_some(h * 60 + m)
}

/// Checks a date-time `yyyy-MM-dd HH:mm:ss` (with `allow_millis`, also
/// `.S`, `.SS` or `.SSS` after the seconds) and returns a key that sorts in
/// time order: `yyyy-MM-dd HH:mm:ss.SSS`, milliseconds right-padded (`.3` and
/// `.30` are both 300 ms).
///
/// ```
/// use yiwise_rongzi::validation::date_time_key;
/// assert_eq!(date_time_key("2018-08-29 06:53:41.30", true).as_deref(), Some("2018-08-29 06:53:41.300"));
/// assert_eq!(date_time_key("2018-08-30 18:30:55", true).as_deref(), Some("2018-08-30 18:30:55.000"));
/// assert_eq!(date_time_key("2018-08-30 18:30:55.1", false), None);
/// assert_eq!(date_time_key("2018-02-30 18:30:55", true), None);
/// ```
pub fn date_time_key(s: &str, allow_millis: bool) -> Option<String> {
    // Byte 10 is checked to be an ASCII space before slicing, so every slice
    // below starts and ends on a character boundary (`get` guards the rest).
    if s.as_bytes().get(10) != Some(&b' ') {
        return None;
    }
    let date = s.get(..10)?;
    let time = s.get(11..19)?;
    if !is_date(date) {
        return None;
    }
    parse_hh_mm_ss(time)?;
    let frac = s.get(19..)?;
    let millis = if frac.is_empty() {
        "000".to_string()
    } else {
        let digits = frac.strip_prefix('.').filter(|_| allow_millis)?;
        if digits.is_empty() || digits.len() > 3 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        format!("{digits:0<3}")
    };
    Some(format!("{date} {time}.{millis}"))
}

fn parse_hh_mm_ss(s: &str) -> Option<u32> {
    if s.len() != 8 || s.as_bytes()[5] != b':' {
        return None;
    }
    let base = parse_hh_mm(&s[..5])?;
    let sec = &s[6..];
    let secs: u32 = sec
        .parse()
        .ok()
        .filter(|_| sec.bytes().all(|c| c.is_ascii_digit()))?;
    (secs < 60).then_some(base * 60 + secs)
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if !(digits(0..4) && digits(5..7) && digits(8..10)) {
        return false;
    }
    let (Ok(y), Ok(m), Ok(d)) = (
        s[0..4].parse::<u32>(),
        s[5..7].parse::<u32>(),
        s[8..10].parse::<u32>(),
    ) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_times_are_checked_strictly() {
        let mut v = Issues::default();
        v.date("a", Some("2019-02-29"));
        v.date("b", Some("2020-02-29"));
        v.date_time("c", Some("2017-11-21 04:32:00"));
        v.date_time("d", Some("2017-11-21"));
        // A multi-byte character across byte 10 must not panic.
        v.date_time("g", Some("123456789中12345678"));
        v.date_time_millis("h", Some("2017-11-21 04:32:00.3"));
        v.date_time_millis("i", Some("2017-11-21 04:32:00.3000"));
        v.hh_mm("e", Some("23:59"));
        v.hh_mm("f", Some("12:60"));
        let fields: Vec<_> = v.into_vec().into_iter().map(|i| i.field).collect();
        assert_eq!(fields, vec!["a", "d", "g", "i", "f"]);
    }
}
