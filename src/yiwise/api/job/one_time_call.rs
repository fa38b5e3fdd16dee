//! `job/oneTimeCall`: not in any version of the public docs. The vendor's
//! own demo (`yiwise/openapidemo` `SimpleDemo.oneTimeCall`, 2019-09 to 2021-06)
//! calls it to create a task with its customers and call them in one request
//! (快速任务拨打); the body here is the one the demo sends.

use super::control::{check_customer_persons, JobCustomerPerson};
use super::de::{each_positive, not_empty};
use crate::http::Method;
use crate::transcode::schema::{Field, Node, Shape};
use crate::validation::{Issues, Validate};
use crate::yiwise::enums::PhoneType;
use crate::yiwise::operation::Operation;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// `POST job/oneTimeCall` → its `data` as the platform sends it (undocumented, so
/// not decoded further): creates a task for `customerPersons` and calls them at once.
///
/// ```
/// use yiwise_rongzi::yiwise::{api::job::OneTimeCall, operation::{decode_response, parse_params}};
/// // The vendor demo's body.
/// let p = parse_params::<OneTimeCall>(serde_json::json!({
///     "dialogFlowId": 5474, "jobPhoneNumberIdList": [1060], "phoneType": "LANDLINE",
///     "customerPersons": [{"name": "小红羊", "phoneNumber": "15088790310"}]
/// })).unwrap();
/// assert_eq!(p.customer_persons[0].phone_number, "15088790310");
/// let data = decode_response::<OneTimeCall>(200, r#"{"code":200,"data":{"robotCallJobId":7,"x":[1]},"requestId":"R"}"#).unwrap().data;
/// assert_eq!(data, serde_json::json!({"robotCallJobId": 7, "x": [1]}));
/// ```
pub struct OneTimeCall;

impl Operation for OneTimeCall {
    const PATH: &'static str = "job/oneTimeCall";
    const SCHEMA: &'static Node = &Node::Any;
    const METHOD: Method = Method::Post;
    type Params = JobOneTimeCallParams;
    const PARAMS: Option<&'static Node> = Some(&Node::Object(&JOB_ONE_TIME_CALL_PARAMS));
    type Output = serde_json::Value;
}

/// Params of `job/oneTimeCall` (experimental: the vendor demo's body; not in the docs).
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[cfg_attr(target_arch = "wasm32", tsify(hashmap_as_object))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct JobOneTimeCallParams {
    /// 话术id.
    #[serde(deserialize_with = "crate::lenient::i64_req")]
    pub dialog_flow_id: i64,
    /// 主叫号码: `tenantPhoneNumberId`s from `phone/getPhoneList`.
    #[serde(deserialize_with = "super::de::vec_i64_req")]
    pub job_phone_number_id_list: Vec<i64>,
    /// 号码类型 of those lines, e.g. `LANDLINE`.
    pub phone_type: PhoneType,
    /// The customers to call: 1 to 100, as `job/importCustomer` takes them.
    pub customer_persons: Vec<JobCustomerPerson>,
    /// Values of the dialog flow's variables for every customer (the demo's `test`
    /// branch sends it).
    #[serde(default)]
    pub properties: Option<BTreeMap<String, String>>,
}

impl Validate for JobOneTimeCallParams {
    fn validate(&self, v: &mut Issues) {
        v.positive("dialogFlowId", Some(self.dialog_flow_id));
        not_empty(
            v,
            "jobPhoneNumberIdList",
            self.job_phone_number_id_list.len(),
        );
        each_positive(v, "jobPhoneNumberIdList", &self.job_phone_number_id_list);
        check_customer_persons(v, &self.customer_persons);
    }
}

/// The schema of [`JobOneTimeCallParams`], field for field (see `Operation::PARAMS`).
pub(crate) static JOB_ONE_TIME_CALL_PARAMS: Shape = Shape {
    fields: &[
        Field::required("dialogFlowId", Node::Int),
        Field::required("jobPhoneNumberIdList", Node::List(&Node::Int)),
        Field::required("phoneType", Node::Named("PhoneType", &Node::Enum)),
        Field::required(
            "customerPersons",
            Node::List(&Node::Named(
                "JobCustomerPerson",
                &Node::Object(&super::control::JOB_CUSTOMER_PERSON),
            )),
        ),
        Field::opt("properties", Node::StrictMap(&Node::Text)),
    ],
    trim_keys: false,
};

crate::transcode::params::canonical_struct!(JobOneTimeCallParams {
    dialog_flow_id: req "dialogFlowId",
    job_phone_number_id_list: req "jobPhoneNumberIdList",
    phone_type: req "phoneType",
    customer_persons: req "customerPersons",
    properties: opt "properties",
});
