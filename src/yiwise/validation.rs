//! Client-side checks of documented constraints, collected as [`Issue`]s.
//!
//! Every params type implements [`Validate`]; a call whose params produce
//! any issue is rejected with `kind: 'validation'` before anything is sent.

use crate::error::Issue;

/// Checks documented constraints that the type alone cannot express.
pub trait Validate {
    /// Pushes one [`Issue`] per broken constraint onto `issues`.
    fn validate(&self, issues: &mut Issues) {
        let _ = issues;
    }
}

/// Collector of issues with the checks the Yiwise docs need.
///
/// ```
/// use yiwise_rongzi::yiwise::validation::Issues;
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
            let ok = v.len() == 19
                && is_date(&v[..10])
                && v.as_bytes()[10] == b' '
                && parse_hh_mm_ss(&v[11..]).is_some();
            if !ok {
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
/// use yiwise_rongzi::yiwise::validation::parse_hh_mm;
/// assert_eq!(parse_hh_mm("09:30"), Some(570));
/// assert_eq!(parse_hh_mm("9:30"), None);
/// assert_eq!(parse_hh_mm("24:00"), None);
/// ```
pub fn parse_hh_mm(s: &str) -> Option<u32> {
    let b = s.as_bytes();
    if b.len() != 5 || b[2] != b':' || !b[..2].iter().chain(&b[3..]).all(u8::is_ascii_digit) {
        return None;
    }
    let h = u32::from(b[0] - b'0') * 10 + u32::from(b[1] - b'0');
    let m = u32::from(b[3] - b'0') * 10 + u32::from(b[4] - b'0');
    (h < 24 && m < 60).then_some(h * 60 + m)
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
        v.hh_mm("e", Some("23:59"));
        v.hh_mm("f", Some("12:60"));
        let fields: Vec<_> = v.into_vec().into_iter().map(|i| i.field).collect();
        assert_eq!(fields, vec!["a", "d", "f"]);
    }
}
