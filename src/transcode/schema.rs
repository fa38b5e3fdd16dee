//! The shape of a result, as data: what the decoders of [`super`] walk.
//!
//! A schema mirrors a serde result type field by field: every operation has
//! one ([`crate::yiwise::operation::Operation::SCHEMA`]). The typed serde
//! decoding stays the reference for Rust callers; `tests/transcode.rs` checks
//! that both decoders of [`super`] agree with it on every fixture and on
//! thousands of mutated bodies: the same JSON, or an error at the same field.
//!
//! Each variant's doc says which serde form it mirrors. "Absent" means the
//! typed field would be `None`: a field then gets its [`Field::absent`]
//! text, a list item or a required field is an error.

/// What one JSON value must be, and how it is written out.
#[derive(Debug, Clone, Copy)]
pub enum Node {
    /// A string; a number or boolean is kept as its text; `null` is absent.
    /// Mirrors [`crate::lenient::opt_string`].
    Str,
    /// An open enum (documented or not, the text is the value): a string, a
    /// number kept as its decimal text; a boolean is an error, `null` absent.
    /// Mirrors the `open_enum!` types.
    Enum,
    /// A plain `String`: a string and nothing else (`null` is an error).
    Text,
    /// An integer, also from a numeric string (`"72"`) or an integral float
    /// within 2^53; `null` and blank strings are absent. Mirrors
    /// [`crate::lenient::opt_i64`].
    Int,
    /// A number, also from a numeric string; `null` and blank strings are
    /// absent. Mirrors [`crate::lenient::opt_f64`].
    Float,
    /// `true` or `false`, also `1`/`0` and `"true"`/`"false"`; `null` and `""`
    /// are absent. Mirrors [`crate::lenient::opt_bool`].
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
    /// A Rongzi login token (a JWT, any `Bearer ` prefixes removed); anything
    /// but a valid token is an error.
    Token,
    /// An object of free-form string properties: `null` values dropped, keys
    /// written sorted (a `BTreeMap<String, String>` in the typed result).
    /// The same as `Map(&Node::Str)`, in a form the streaming decoder knows.
    StrMap,
    /// An object whose values are all of one shape, keys written sorted
    /// (a `BTreeMap`): absent values are dropped.
    Map(&'static Node),
    /// Like [`Node::Map`], but an absent value is an error.
    StrictMap(&'static Node),
    /// A list whose items are all present.
    List(&'static Node),
    /// A list, `[]` when `null` (a map value that is `Option<Vec<…>>`).
    ListOrEmpty(&'static Node),
    /// A list, also a single object (a one-item list) or `null` (`[]`);
    /// an item's error is reported at the list, its path in the message
    /// (as `JobExecuteResults` does).
    OneOrList(&'static Node),
    /// A list of strings, or an object whose keys are taken (sorted); `null`
    /// is absent.
    StrsOrKeys,
    /// A list of strings (items kept as [`Node::Str`] keeps them, `null`
    /// items dropped), or one string (`""` is the empty list); `null` is
    /// absent. The callbacks' `customerConcern` and `attributes`.
    StrsOrOne,
    /// An object of string properties (as [`Node::StrMap`]), or a string
    /// holding one as JSON text (blank is `{}`); `null` is absent. The
    /// callbacks' `properties` and `varMap`.
    PropsOrText,
    /// An object with known fields (also serde's positional form: a list of
    /// the field values in order).
    Object(&'static Shape),
    /// A result that may be `null` (an `Option` at the top).
    Opt(&'static Node),
    /// A params value read by one of the params types' own serde rules
    /// (a Rongzi code, a string that may be sent as a number): for
    /// [`super::params`].
    Rule(&'static super::params::Rule),
    /// `node`, with the Rust type name serde names when a params value is
    /// refused (`struct JobForm`, `a JobMode value`): for
    /// [`super::params`]; the result decoders see only `node`.
    Named(&'static str, &'static Node),
    /// Any value, kept as it is (`serde_json::Value`).
    Any,
    /// Any value, ignored: the result is `null` (action endpoints).
    Nothing,
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
    /// Other keys the API uses for the same field (written as `name`); two
    /// of them in one object are an error (serde's duplicate field).
    pub aliases: &'static [&'static str],
    /// The value.
    pub node: Node,
    /// What is written when the value is absent or `null`: `None` leaves
    /// the key out (Yiwise results), `Some("null")` or `Some("[]")` writes it.
    pub absent: Option<&'static str>,
    /// A required field: absent or `null` is an error.
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
        Field::map_of(name, Node::StrMap)
    }

    /// A map (or any node) that is `{}` when absent or `null`.
    pub const fn map_of(name: &'static str, node: Node) -> Field {
        Field {
            name,
            aliases: &[],
            node,
            absent: Some("{}"),
            required: false,
        }
    }

    /// A [`Node::StrsOrKeys`] (or any list-like node) that is `[]` when
    /// absent or `null`.
    pub const fn list_of(name: &'static str, node: Node) -> Field {
        Field {
            name,
            aliases: &[],
            node,
            absent: Some("[]"),
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
