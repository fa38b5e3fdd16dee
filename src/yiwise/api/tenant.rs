//! `tenant/getTenant` (tenant.md): the company this ISV account belongs to.

use crate::empty::NoParams;
use crate::http::Method;
use crate::transcode::schema::{Field, Node, Shape};
use crate::yiwise::operation::Operation;
use serde::{Deserialize, Serialize};

/// `GET tenant/getTenant` → [`Tenant`]. Takes no parameters.
///
/// The docs call it 获取公司列表 (a list) but it returns one object.
///
/// ```
/// use yiwise_rongzi::yiwise::{api::tenant::GetTenant, operation::decode_response};
/// let body = r#"{"code":200,"data":{"tenantId":1,"tenantName":"杭州一知智能科技有限公司"},"requestId":"VCWAHVEJ","resultMsg":"获取成功","errorStackTrace":null}"#;
/// let t = decode_response::<GetTenant>(200, body).unwrap().data;
/// assert_eq!(t.tenant_id, Some(1));
/// ```
pub struct GetTenant;

impl Operation for GetTenant {
    const PATH: &'static str = "tenant/getTenant";
    const SCHEMA: &'static crate::transcode::schema::Node =
        &crate::transcode::schema::Node::Object(&TENANT);
    const METHOD: Method = Method::Get;
    type Params = NoParams;
    const PARAMS: Option<&'static crate::transcode::schema::Node> =
        Some(&crate::transcode::schema::Node::Nothing);
    type Output = Tenant;
}

/// The company: `{ tenantId, tenantName }`.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct Tenant {
    /// 公司Id.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub tenant_id: Option<i64>,
    /// 公司名称.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub tenant_name: Option<String>,
}

// The schemas of the results (see `crate::transcode`): field for field
// the serde types above; `tests/schema_decoding.rs` checks that they agree.

/// The schema of [`Tenant`], field for field (see [`crate::transcode`]).
static TENANT: Shape = Shape {
    fields: &[
        Field::opt("tenantId", Node::Int),
        Field::opt("tenantName", Node::Str),
    ],
    trim_keys: false,
};
