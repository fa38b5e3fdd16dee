//! The shape of a result, as data: what the fast decoder of [`super`] walks.
//!
//! A schema mirrors a serde result type field by field (the types stay the
//! reference; `tests/transcode.rs` checks that both decode every fixture to
//! the same JSON). It only describes the forms the fast decoder accepts; any
//! other form makes it give up, and the serde path decides.

/// What one JSON value must be, and how it is written out.
#[derive(Debug, Clone, Copy)]
pub enum Node {
    /// A string kept as is (also open enums: documented or not, the text is
    /// the value). `null` is absent.
    Str,
    /// An integer, also from a numeric string (`"72"`) or an integral float
    /// within 2^53; `null` and blank strings are absent. Mirrors
    /// [`crate::lenient::opt_i64`].
    Int,
    /// A number, also `null` or a blank string (absent). Mirrors
    /// [`crate::lenient::opt_f64`] except numeric strings, which the serde
    /// path handles.
    Float,
    /// `true` or `false`; `null` is absent.
    Bool,
    /// A Rongzi code enum: a documented code is written as its name
    /// (`2` → `"INTENT"`), another code as the number.
    Code(&'static [(i64, &'static str, &'static str)]),
    /// A Rongzi `has…` code: 1 → `true`, 2 → `false`, another code → absent;
    /// a boolean is kept.
    Has,
    /// A Rongzi flag: 1 → `true`, 0 → `false`, another code kept as the
    /// number; a boolean is kept.
    Flag,
    /// Rongzi `isSecuityOrFund`: 1/2/4/8 → `{ socialSecurity, housingFund }`,
    /// another code → absent.
    SecurityOrFund,
    /// An object of free-form string properties: `null` values dropped, keys
    /// written sorted (a `BTreeMap<String, String>` in the typed result).
    StrMap,
    /// A list whose items are all present.
    List(&'static Node),
    /// An object with known fields.
    Object(&'static Shape),
}

/// The fields of an object.
#[derive(Debug)]
pub struct Shape {
    /// The fields; at most 64.
    pub fields: &'static [Field],
    /// Rongzi: keys are compared trimmed (`" total"` is `total`).
    pub trim_keys: bool,
}

/// One field of a [`Shape`].
#[derive(Debug)]
pub struct Field {
    /// The key, as the API sends it and as JS receives it.
    pub name: &'static str,
    /// Other keys the API uses for the same field (written as `name`).
    pub aliases: &'static [&'static str],
    /// The value.
    pub node: Node,
    /// What is written when the value is absent or `null`: `None` leaves
    /// the key out (Yiwise results), `Some("null")` or `Some("[]")` writes it.
    pub absent: Option<&'static str>,
    /// A required field: absent or `null` makes the fast decoder give up.
    pub required: bool,
}

impl Field {
    /// An optional field, left out when absent (Yiwise results).
    pub const fn opt(name: &'static str, node: Node) -> Field {
        Field {
            name,
            aliases: &[],
            node,
            absent: None,
            required: false,
        }
    }

    /// An optional field, `null` when absent (Rongzi results).
    pub const fn or_null(name: &'static str, node: Node) -> Field {
        Field {
            name,
            aliases: &[],
            node,
            absent: Some("null"),
            required: false,
        }
    }

    /// A list that is `[]` when absent or `null`.
    pub const fn list(name: &'static str, item: &'static Node) -> Field {
        Field {
            name,
            aliases: &[],
            node: Node::List(item),
            absent: Some("[]"),
            required: false,
        }
    }

    /// A [`Node::StrMap`] that is `{}` when absent or `null`.
    pub const fn map(name: &'static str) -> Field {
        Field {
            name,
            aliases: &[],
            node: Node::StrMap,
            absent: Some("{}"),
            required: false,
        }
    }

    /// A required field.
    pub const fn required(name: &'static str, node: Node) -> Field {
        Field {
            name,
            aliases: &[],
            node,
            absent: None,
            required: true,
        }
    }

    /// The same field, also read from `aliases`.
    pub const fn with_aliases(self, aliases: &'static [&'static str]) -> Field {
        Field { aliases, ..self }
    }
}
