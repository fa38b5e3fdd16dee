//! `open_enum!`: string enums that keep values the docs do not list.
//!
//! Both APIs add enum values over time. An open enum decodes every documented
//! value into a variant and anything else into `Unknown(String)`, kept exactly
//! as sent, so nothing is lost and nothing fails. Each variant carries its
//! Chinese label from the docs.

/// Where `wire` is among `values` (the `VALUES` of an open enum).
#[doc(hidden)]
pub fn position(values: &[(&str, &str)], wire: &str) -> Option<usize> {
    values.iter().position(|(w, _)| *w == wire)
}

/// Defines an open string enum with Chinese labels.
///
/// Generates the enum (plus an `Unknown(String)` variant), `as_str`, `label`,
/// `from_wire`, `VALUES` (wire value, label) in doc order, `NAME`, `TS_DECL`
/// (a TypeScript union type: the documented values plus `(string & {})`),
/// `Display`, serde `Serialize`/`Deserialize` (as the wire string; a number
/// is kept as its decimal text) and `Default` (the `Unknown("")` value).
///
/// ```
/// yiwise_rongzi::open_enum! {
///     /// Demo enum.
///     pub enum Colour {
///         /// Red.
///         Red = "RED" => "红",
///         /// Blue.
///         Blue = "BLUE" => "蓝",
///     }
/// }
/// assert_eq!(Colour::from_wire("RED"), Colour::Red);
/// assert_eq!(Colour::Red.label(), Some("红"));
/// assert_eq!(Colour::from_wire("GREEN"), Colour::Unknown("GREEN".into()));
/// assert_eq!(Colour::from_wire("GREEN").label(), None);
/// let v: Colour = serde_json::from_str("\"BLUE\"").unwrap();
/// assert_eq!(serde_json::to_string(&v).unwrap(), "\"BLUE\"");
/// assert!(Colour::TS_DECL.contains("\"RED\" | \"BLUE\""));
/// ```
#[macro_export]
macro_rules! open_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $wire:literal => $label:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
            /// A value the docs do not list, kept exactly as the server sent it.
            Unknown(String),
        }

        impl $name {
            /// The enum's name, as used by the label lookup.
            pub const NAME: &'static str = stringify!($name);
            /// Every documented value with its Chinese label, in doc order.
            pub const VALUES: &'static [(&'static str, &'static str)] = &[ $( ($wire, $label), )+ ];
            /// The TypeScript declaration of this enum.
            pub const TS_DECL: &'static str = concat!(
                "export type ", stringify!($name), " = ",
                $( "\"", $wire, "\" | ", )+
                "(string & {});"
            );

            /// The value as it goes on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $( $name::$variant => $wire, )+
                    $name::Unknown(s) => s.as_str(),
                }
            }

            /// The Chinese label from the docs; `None` for an undocumented value.
            pub fn label(&self) -> Option<&'static str> {
                match self {
                    $( $name::$variant => Some($label), )+
                    $name::Unknown(_) => None,
                }
            }

            /// Decodes a wire value; unknown values become `Unknown`.
            pub fn from_wire(s: &str) -> Self {
                // A table lookup, not a `match` on strings: the match
                // compiled to a comparison chain per enum (4 KB for one).
                const KNOWN: &[$name] = &[ $( $name::$variant, )+ ];
                match $crate::open_enum::position(Self::VALUES, s).and_then(|i| KNOWN.get(i)) {
                    Some(known) => known.clone(),
                    None => $name::Unknown(s.to_string()),
                }
            }

            /// True for a documented value.
            pub fn is_known(&self) -> bool {
                !matches!(self, $name::Unknown(_))
            }
        }

        impl Default for $name {
            fn default() -> Self {
                $name::Unknown(String::new())
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl $crate::transcode::params::Canonical for $name {
            fn from_canonical(v: &::serde_json::Value) -> Option<Self> {
                v.as_str().map($name::from_wire)
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = $crate::lenient::string_like(d, concat!("a ", stringify!($name), " value (string)"))?;
                Ok($name::from_wire(&s))
            }
        }
    };
}
