//! The XML envelope of an encrypted callback: a small, strict reader and writer.
//!
//! ```text
//! <xml>
//! <Encrypt><![CDATA[…base64…]]></Encrypt>
//! <MsgSignature><![CDATA[…hex…]]></MsgSignature>
//! <TimeStamp>…ms…</TimeStamp>
//! <Nonce><![CDATA[…]]></Nonce>
//! </xml>
//! ```
//!
//! Accepted: an optional BOM and `<?xml …?>` declaration, whitespace between
//! elements, values as text and/or CDATA, the five predefined entities and
//! numeric character references in text, and other simple elements (such as
//! WeChat's `<ToUserName>`), which are skipped. Refused, as a `decode` error:
//! anything else (attributes, nesting, comments, unknown entities, unclosed
//! or mismatched tags, a repeated known tag, text after `</xml>`, a missing
//! `<Encrypt>`). It never panics, whatever the input.

use crate::error::{Error, ErrorKind};

/// The four values of the envelope; only `Encrypt` is required.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Envelope {
    /// `<Encrypt>`: the base64 ciphertext.
    pub encrypt: String,
    /// `<MsgSignature>`: the hex SHA-1 signature (the query's `msg_signature` is what counts).
    pub msg_signature: Option<String>,
    /// `<TimeStamp>`: milliseconds since the epoch.
    pub timestamp: Option<String>,
    /// `<Nonce>`.
    pub nonce: Option<String>,
}

/// Reads the envelope of an encrypted callback body.
///
/// ```
/// use yiwise_rongzi::yiwise::callback::xml::parse_envelope;
/// let e = parse_envelope("<xml><Encrypt><![CDATA[abc=]]></Encrypt><TimeStamp>1</TimeStamp></xml>").unwrap();
/// assert_eq!(e.encrypt, "abc=");
/// assert_eq!(e.timestamp.as_deref(), Some("1"));
/// assert!(parse_envelope("<xml><Encrypt>abc</xml>").is_err());
/// ```
pub fn parse_envelope(xml: &str) -> Result<Envelope, Error> {
    let mut r = Reader { s: xml, pos: 0 };
    r.eat("\u{feff}");
    r.skip_ws();
    if r.eat("<?xml") {
        let end = r
            .find("?>")
            .ok_or_else(|| bad(r.pos, "the <?xml declaration is not closed"))?;
        r.pos = end + 2;
        r.skip_ws();
    }
    if !r.eat("<xml>") {
        return Err(bad(r.pos, "expected <xml>"));
    }
    let mut env = Envelope::default();
    let mut encrypt = None;
    loop {
        r.skip_ws();
        if r.eat("</xml>") {
            break;
        }
        let (name, value) = r.element()?;
        let slot = match name {
            "Encrypt" => &mut encrypt,
            "MsgSignature" => &mut env.msg_signature,
            "TimeStamp" => &mut env.timestamp,
            "Nonce" => &mut env.nonce,
            _ => continue,
        };
        if slot.is_some() {
            return Err(bad(r.pos, &format!("<{name}> appears twice")));
        }
        *slot = Some(value);
    }
    r.skip_ws();
    if r.pos != r.s.len() {
        return Err(bad(r.pos, "unexpected content after </xml>"));
    }
    env.encrypt = encrypt.ok_or_else(|| bad(r.pos, "<Encrypt> is missing"))?;
    Ok(env)
}

/// Writes the envelope exactly as the vendor's demo does (values in CDATA,
/// `TimeStamp` as text, one element per line).
///
/// The caller guarantees that no value contains `]]>` and that `timestamp`
/// is digits (true for base64, hex and the validated nonce and timestamp).
pub fn build_envelope(encrypt: &str, msg_signature: &str, timestamp: &str, nonce: &str) -> String {
    format!(
        "<xml>\n<Encrypt><![CDATA[{encrypt}]]></Encrypt>\n<MsgSignature><![CDATA[{msg_signature}]]></MsgSignature>\n<TimeStamp>{timestamp}</TimeStamp>\n<Nonce><![CDATA[{nonce}]]></Nonce>\n</xml>"
    )
}

fn bad(at: usize, what: &str) -> Error {
    let mut e = Error::new(
        ErrorKind::Decode,
        format!(
            "{}: body is not the encrypted callback XML: {what} (at byte {at})",
            super::parse::CALLBACK_ENDPOINT
        ),
    );
    e.endpoint = Some(super::parse::CALLBACK_ENDPOINT.to_string());
    e.field = Some("body".to_string());
    e
}

struct Reader<'a> {
    s: &'a str,
    /// Always on a char boundary: it only moves past ASCII delimiters found in
    /// `s`, or to positions returned by `find`.
    pos: usize,
}

impl<'a> Reader<'a> {
    fn rest(&self) -> &'a str {
        self.s.get(self.pos..).unwrap_or("")
    }

    fn eat(&mut self, lit: &str) -> bool {
        if self.rest().starts_with(lit) {
            self.pos += lit.len();
            true
        } else {
            false
        }
    }

    fn find(&self, lit: &str) -> Option<usize> {
        self.rest().find(lit).map(|i| self.pos + i)
    }

    fn skip_ws(&mut self) {
        let rest = self.rest();
        let trimmed = rest.trim_start_matches([' ', '\t', '\r', '\n']);
        self.pos += rest.len() - trimmed.len();
    }

    /// `<Name>value</Name>` → (Name, value).
    fn element(&mut self) -> Result<(&'a str, String), Error> {
        let start = self.pos;
        if !self.eat("<") {
            return Err(bad(self.pos, "expected an element"));
        }
        let rest = self.rest();
        let name_len = rest
            .char_indices()
            .find(|&(i, c)| {
                !(c.is_ascii_alphabetic()
                    || c == '_'
                    || (i > 0 && (c.is_ascii_digit() || c == '-' || c == '.')))
            })
            .map(|(i, _)| i)
            .unwrap_or(rest.len());
        if name_len == 0 {
            return Err(bad(start, "expected an element name"));
        }
        let name = &rest[..name_len];
        self.pos += name_len;
        if !self.eat(">") {
            return Err(bad(
                self.pos,
                &format!("<{name}> must have no attributes and must not be self-closing"),
            ));
        }
        let mut cdata = Vec::new();
        let mut text = Vec::new();
        let mut order = Vec::new();
        loop {
            if self.rest().starts_with("</") {
                break;
            }
            if self.eat("<![CDATA[") {
                let end = self
                    .find("]]>")
                    .ok_or_else(|| bad(self.pos, "a CDATA section is not closed"))?;
                cdata.push(&self.s[self.pos..end]);
                order.push(true);
                self.pos = end + 3;
                continue;
            }
            if self.rest().starts_with('<') {
                return Err(bad(
                    self.pos,
                    &format!("<{name}> must hold text, not other markup"),
                ));
            }
            let end = self
                .find("<")
                .ok_or_else(|| bad(self.pos, &format!("<{name}> is not closed")))?;
            text.push(unescape(&self.s[self.pos..end], self.pos)?);
            order.push(false);
            self.pos = end;
        }
        let close_at = self.pos;
        if !(self.eat("</") && self.eat(name) && self.eat(">")) {
            return Err(bad(close_at, &format!("expected </{name}>")));
        }
        // With CDATA present, whitespace-only text around it is layout, not value.
        let has_cdata = !cdata.is_empty();
        let (mut ci, mut ti) = (cdata.into_iter(), text.into_iter());
        let mut value = String::new();
        for is_cdata in order {
            if is_cdata {
                value.push_str(ci.next().unwrap_or_default());
            } else {
                let t = ti.next().unwrap_or_default();
                if !(has_cdata && t.trim().is_empty()) {
                    value.push_str(&t);
                }
            }
        }
        Ok((name, value))
    }
}

/// Resolves the predefined entities and numeric references of a text run.
fn unescape(text: &str, at: usize) -> Result<String, Error> {
    if !text.contains('&') {
        return Ok(text.to_string());
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let semi = after
            .find(';')
            .filter(|&j| j <= 10)
            .ok_or_else(|| bad(at, "an entity reference is not closed"))?;
        let name = &after[..semi];
        let c = match name {
            "lt" => Some('<'),
            "gt" => Some('>'),
            "amp" => Some('&'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => name
                .strip_prefix("#x")
                .map(|h| u32::from_str_radix(h, 16))
                .or_else(|| name.strip_prefix('#').map(|d| d.parse::<u32>()))
                .and_then(Result::ok)
                .and_then(char::from_u32),
        };
        match c {
            Some(c) => out.push(c),
            None => return Err(bad(at, "unknown entity reference")),
        }
        rest = &after[semi + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_it_writes() {
        let x = build_envelope("YWJj", "0123abcd", "1678759048896", "8214825565");
        let e = parse_envelope(&x).unwrap();
        assert_eq!(e.encrypt, "YWJj");
        assert_eq!(e.msg_signature.as_deref(), Some("0123abcd"));
        assert_eq!(e.timestamp.as_deref(), Some("1678759048896"));
        assert_eq!(e.nonce.as_deref(), Some("8214825565"));
    }

    #[test]
    fn accepts_declaration_entities_and_foreign_elements() {
        let x = "\u{feff}<?xml version=\"1.0\"?>\n<xml>\n  <ToUserName><![CDATA[wx]]></ToUserName>\n  <Encrypt>\n    <![CDATA[a+b/]]>\n  </Encrypt>\n  <Nonce>a&amp;b&#65;&#x42;</Nonce>\n</xml>\n";
        let e = parse_envelope(x).unwrap();
        assert_eq!(e.encrypt, "a+b/");
        assert_eq!(e.nonce.as_deref(), Some("a&bAB"));
        assert_eq!(e.msg_signature, None);
    }

    #[test]
    fn rejects_malformed_input() {
        for x in [
            "",
            "<xml>",
            "<xml></xml>",
            "<xml><Encrypt>a</Encrypt>",
            "<xml><Encrypt>a</Encrypt></xml>trailing",
            "<xml><Encrypt>a</Encrypt><Encrypt>b</Encrypt></xml>",
            "<xml><Encrypt a=\"1\">a</Encrypt></xml>",
            "<xml><Encrypt/></xml>",
            "<xml><Encrypt><b>a</b></Encrypt></xml>",
            "<xml><Encrypt>a</Encrypts></xml>",
            "<xml><Encrypt><![CDATA[a</Encrypt></xml>",
            "<xml><Encrypt>a&foo;</Encrypt></xml>",
            "<xml><Encrypt>a&#xD800;</Encrypt></xml>",
            "<xml><!-- c --><Encrypt>a</Encrypt></xml>",
            "<?xml <xml><Encrypt>a</Encrypt></xml>",
            "<xml><1>a</1><Encrypt>a</Encrypt></xml>",
            "<xml><Encrypt>a</Encrypt>",
        ] {
            let e = parse_envelope(x).unwrap_err();
            assert_eq!(e.kind, ErrorKind::Decode, "{x}");
            assert_eq!(e.field.as_deref(), Some("body"));
        }
    }
}
