//! The paged list shape shared by list endpoints.

use serde::{Deserialize, Serialize};

/// One page of results: `{number, pageSize, totalElements, pages, content}`.
///
/// ```
/// use yiwise_rongzi::yiwise::page::Page;
/// let p: Page<i64> = serde_json::from_str(r#"{"number":1,"pageSize":"20","totalElements":2,"pages":1,"content":[5,6]}"#).unwrap();
/// assert_eq!((p.page_size, p.content.len()), (Some(20), 2));
/// ```
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Page<T> {
    /// Page number (1-based in the examples).
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    pub number: Option<i64>,
    /// Page size.
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    pub page_size: Option<i64>,
    /// Total rows across all pages.
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    pub total_elements: Option<i64>,
    /// Number of pages.
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    pub pages: Option<i64>,
    /// The rows of this page (`null` decodes as empty).
    #[serde(
        default = "Vec::new",
        deserialize_with = "crate::lenient::vec_or_null",
        bound(deserialize = "T: Deserialize<'de>")
    )]
    pub content: Vec<T>,
}

/// The schema of a [`Page`] whose items have shape `$item` (a
/// `&'static Node`); see [`crate::transcode`].
macro_rules! page_schema {
    ($item:expr) => {{
        use $crate::transcode::schema::{Field, Node, Shape};
        Node::Object(&Shape {
            fields: &[
                Field::opt("number", Node::Int),
                Field::opt("pageSize", Node::Int),
                Field::opt("totalElements", Node::Int),
                Field::opt("pages", Node::Int),
                Field::list("content", $item),
            ],
            trim_keys: false,
        })
    }};
}

pub(crate) use page_schema;
