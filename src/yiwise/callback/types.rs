//! The typed `data` of the three documented callbacks (callBack.md).
//!
//! Tolerant like the endpoint results: every field is optional, ids may arrive
//! as numbers or numeric strings, lists and maps may be `null`, enums are open.
//! A field of a clearly wrong type (an id `"abc"`, a list that is a number) is
//! a `decode` error naming it (`data.callRecordId`). Fields the docs do not
//! list are ignored.

use crate::transcode::schema::{Field, Node, Shape};
use crate::yiwise::api::call_record::{CallRecordDialogItem, CALL_RECORD_DIALOG_ITEM};
use crate::yiwise::enums::{DialStatus, IntentLevel, JobStatus};
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// `data` of a `ROBOT_CALL_RECORD` callback (通话记录回调): one finished call.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[cfg_attr(
    target_arch = "wasm32",
    tsify(rename = "YiwiseCallRecordCallback", hashmap_as_object)
)]
#[serde(rename_all = "camelCase", default)]
pub struct CallRecordCallback {
    /// 通话记录id. Retries repeat it: use it to make the handler idempotent.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub call_record_id: Option<i64>,
    /// 公司id.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub tenant_id: Option<i64>,
    /// 任务id.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub robot_call_job_id: Option<i64>,
    /// 话术id (added 2019-03-29).
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub dialog_flow_id: Option<i64>,
    /// 电话号码 (the called number).
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub called_phone_number: Option<String>,
    /// 通话结果 (E4).
    pub result_status: Option<DialStatus>,
    /// 意向等级 (E6, A–F).
    pub intent_level: Option<IntentLevel>,
    /// 用户关注点.
    // docs: typed "String", the example is a list (`["价格"]`): both are accepted.
    #[serde(deserialize_with = "strings")]
    pub customer_concern: Vec<String>,
    /// 用户和AI合成的录音 (AI and customer mixed).
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub full_audio_url: Option<String>,
    /// 用户的录音 (customer only).
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub customer_audio_url: Option<String>,
    /// 意向分析判断依据.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub analysis_basis: Option<String>,
    /// 拨打开始时间, `yyyy-MM-dd HH:mm:ss` (Asia/Shanghai, no zone given).
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub start_time: Option<String>,
    /// 拨打结束时间, `yyyy-MM-dd HH:mm:ss`.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub end_time: Option<String>,
    /// 通话时长 (seconds).
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub chat_duration: Option<i64>,
    /// 通话轮次.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub chat_round: Option<i64>,
    /// 用户属性.
    // docs: typed "String", the example is a list (`["有钱"]`): both are accepted.
    #[serde(deserialize_with = "strings")]
    pub attributes: Vec<String>,
    /// 自定义字段 (`{"生日": "2019年10月1日"}`; numbers and booleans kept as text,
    /// `null` values dropped). Typed "String" in the docs: an object, or a string
    /// holding a JSON object, is accepted.
    #[serde(deserialize_with = "properties")]
    pub properties: BTreeMap<String, String>,
    /// 对话内容. The 2018 name `robotCallDetailList` is accepted too.
    #[serde(
        alias = "robotCallDetailList",
        deserialize_with = "crate::lenient::vec_or_null"
    )]
    pub call_detail_list: Vec<CallRecordDialogItem>,
}

/// `data` of a `ROBOT_CALL_JOB` callback (任务完成回调): a task completed.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[cfg_attr(target_arch = "wasm32", tsify(rename = "YiwiseJobCallback"))]
#[serde(rename_all = "camelCase", default)]
pub struct JobCallback {
    /// 任务id.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub robot_call_job_id: Option<i64>,
    /// 公司id.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub tenant_id: Option<i64>,
    /// 任务状态: documented as always `COMPLETED`, kept open (E3).
    pub status: Option<JobStatus>,
}

/// `data` of a `ROBOT_CALL_SMS` callback (短信回调, added 2019-04-25): the SMS a
/// finished call should trigger. Posted to `smsCallbackUrl`.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[cfg_attr(target_arch = "wasm32", tsify(rename = "YiwiseSmsCallback"))]
#[serde(rename_all = "camelCase", default)]
pub struct SmsCallback {
    /// 公司id.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub tenant_id: Option<i64>,
    /// 公司名称.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub company_name: Option<String>,
    /// 用户id (the called customer).
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub customer_person_id: Option<i64>,
    /// 用户名称.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub customer_person_name: Option<String>,
    /// 手机号.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub phone_number: Option<String>,
    /// 通话id.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub call_record_id: Option<i64>,
    /// 任务id (the docs' literal name; it means the job id).
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub robot_call_robot_id: Option<i64>,
    /// 任务名称 (the docs' literal name; it means the job name).
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub robot_call_robot_name: Option<String>,
    /// 短信列表.
    #[serde(deserialize_with = "crate::lenient::vec_or_null")]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "YiwiseSmsCallbackMessage[]"))]
    pub msg_list: Vec<SmsCallbackMessage>,
}

/// One SMS of a `ROBOT_CALL_SMS` callback (`msgList` item).
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[cfg_attr(
    target_arch = "wasm32",
    tsify(rename = "YiwiseSmsCallbackMessage", hashmap_as_object)
)]
#[serde(rename_all = "camelCase", default)]
pub struct SmsCallbackMessage {
    /// 短信模板id.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub sms_template_id: Option<i64>,
    /// 短信模板名称.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub sms_template_name: Option<String>,
    /// 短信签名id.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub sms_signature_id: Option<i64>,
    /// 短信签名名称.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub sms_signature_name: Option<String>,
    /// 模板内容, with `${变量}` placeholders.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub text: Option<String>,
    /// 完整的短信内容 (the final text, 【signature】 included).
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub msg: Option<String>,
    /// 类型 (`NOTICE` in the example; not in the table, no list documented).
    #[serde(rename = "type", deserialize_with = "crate::lenient::opt_string")]
    pub sms_type: Option<String>,
    /// 短信中的变量 (变量名 → 变量值; numbers kept as text, `null` values dropped).
    #[serde(deserialize_with = "properties")]
    pub var_map: BTreeMap<String, String>,
}

/// A list of strings that the docs type as "String": a list (items may be
/// numbers, kept as text; `null` items dropped), a single string (one item,
/// none when empty) or `null`.
fn strings<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    struct Item(#[serde(deserialize_with = "crate::lenient::opt_string")] Option<String>);

    struct V;
    impl<'de> Visitor<'de> for V {
        type Value = Vec<String>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a list of strings (or one string)")
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(Vec::new())
        }
        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(Vec::new())
        }
        fn visit_str<E: de::Error>(self, s: &str) -> Result<Self::Value, E> {
            Ok(if s.is_empty() {
                Vec::new()
            } else {
                vec![s.to_string()]
            })
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            let mut out = Vec::new();
            while let Some(Item(v)) = seq.next_element()? {
                out.extend(v);
            }
            Ok(out)
        }
    }
    d.deserialize_any(V)
}

/// A `{string: string}` map, given as an object or as a string holding a JSON
/// object; values may be numbers or booleans (kept as text), `null` values are
/// dropped, `null` / `""` is empty.
fn properties<'de, D: Deserializer<'de>>(d: D) -> Result<BTreeMap<String, String>, D::Error> {
    #[derive(Deserialize)]
    struct Val(#[serde(deserialize_with = "crate::lenient::opt_string")] Option<String>);

    struct V;
    impl<'de> Visitor<'de> for V {
        type Value = BTreeMap<String, String>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("an object of strings")
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(BTreeMap::new())
        }
        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(BTreeMap::new())
        }
        fn visit_str<E: de::Error>(self, s: &str) -> Result<Self::Value, E> {
            if s.trim().is_empty() {
                return Ok(BTreeMap::new());
            }
            let raw: BTreeMap<String, Val> = serde_json::from_str(s).map_err(|_| {
                E::custom("expected an object of strings (or a string holding one)")
            })?;
            Ok(raw
                .into_iter()
                .filter_map(|(k, Val(v))| v.map(|v| (k, v)))
                .collect())
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut out = BTreeMap::new();
            while let Some((k, Val(v))) = map.next_entry::<String, Val>()? {
                if let Some(v) = v {
                    out.insert(k, v);
                }
            }
            Ok(out)
        }
    }
    d.deserialize_any(V)
}

// The schemas of the callbacks (see `crate::transcode`): field for field
// the serde types above; `tests/yiwise_callback_parse.rs` checks that they agree.

/// The schema of [`CallRecordCallback`], field for field (see [`crate::transcode`]).
pub(crate) static CALL_RECORD_CALLBACK: Shape = Shape {
    fields: &[
        Field::opt("callRecordId", Node::Int),
        Field::opt("tenantId", Node::Int),
        Field::opt("robotCallJobId", Node::Int),
        Field::opt("dialogFlowId", Node::Int),
        Field::opt("calledPhoneNumber", Node::Str),
        Field::opt("resultStatus", Node::Enum),
        Field::opt("intentLevel", Node::Enum),
        Field::list_of("customerConcern", Node::StrsOrOne),
        Field::opt("fullAudioUrl", Node::Str),
        Field::opt("customerAudioUrl", Node::Str),
        Field::opt("analysisBasis", Node::Str),
        Field::opt("startTime", Node::Str),
        Field::opt("endTime", Node::Str),
        Field::opt("chatDuration", Node::Int),
        Field::opt("chatRound", Node::Int),
        Field::list_of("attributes", Node::StrsOrOne),
        Field::map_of("properties", Node::PropsOrText),
        Field::list("callDetailList", &Node::Object(&CALL_RECORD_DIALOG_ITEM))
            .with_aliases(&["robotCallDetailList"]),
    ],
    trim_keys: false,
};

/// The schema of [`JobCallback`], field for field (see [`crate::transcode`]).
pub(crate) static JOB_CALLBACK: Shape = Shape {
    fields: &[
        Field::opt("robotCallJobId", Node::Int),
        Field::opt("tenantId", Node::Int),
        Field::opt("status", Node::Enum),
    ],
    trim_keys: false,
};

/// The schema of [`SmsCallback`], field for field (see [`crate::transcode`]).
pub(crate) static SMS_CALLBACK: Shape = Shape {
    fields: &[
        Field::opt("tenantId", Node::Int),
        Field::opt("companyName", Node::Str),
        Field::opt("customerPersonId", Node::Int),
        Field::opt("customerPersonName", Node::Str),
        Field::opt("phoneNumber", Node::Str),
        Field::opt("callRecordId", Node::Int),
        Field::opt("robotCallRobotId", Node::Int),
        Field::opt("robotCallRobotName", Node::Str),
        Field::list("msgList", &Node::Object(&SMS_CALLBACK_MESSAGE)),
    ],
    trim_keys: false,
};

/// The schema of [`SmsCallbackMessage`], field for field (see [`crate::transcode`]).
static SMS_CALLBACK_MESSAGE: Shape = Shape {
    fields: &[
        Field::opt("smsTemplateId", Node::Int),
        Field::opt("smsTemplateName", Node::Str),
        Field::opt("smsSignatureId", Node::Int),
        Field::opt("smsSignatureName", Node::Str),
        Field::opt("text", Node::Str),
        Field::opt("msg", Node::Str),
        Field::opt("type", Node::Str),
        Field::map_of("varMap", Node::PropsOrText),
    ],
    trim_keys: false,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_fields_accept_a_list_a_string_or_null() {
        let d: CallRecordCallback =
            serde_json::from_str(r#"{"customerConcern":"价格","attributes":null}"#).unwrap();
        assert_eq!(d.customer_concern, ["价格"]);
        assert!(d.attributes.is_empty());
        let d: CallRecordCallback =
            serde_json::from_str(r#"{"customerConcern":["a",1,null]}"#).unwrap();
        assert_eq!(d.customer_concern, ["a", "1"]);
        assert!(serde_json::from_str::<CallRecordCallback>(r#"{"customerConcern":5}"#).is_err());
        assert!(
            serde_json::from_str::<CallRecordCallback>(r#"{"customerConcern":[[1]]}"#).is_err()
        );
    }

    #[test]
    fn properties_accept_an_object_or_a_json_string() {
        let d: CallRecordCallback =
            serde_json::from_str(r#"{"properties":"{\"a\":1,\"b\":null}"}"#).unwrap();
        assert_eq!(d.properties.len(), 1);
        assert_eq!(d.properties["a"], "1");
        assert!(serde_json::from_str::<CallRecordCallback>(r#"{"properties":"x"}"#).is_err());
        assert!(serde_json::from_str::<CallRecordCallback>(r#"{"properties":[1]}"#).is_err());
        assert!(serde_json::from_str::<CallRecordCallback>(r#"{"properties":{"a":[1]}}"#).is_err());
    }

    #[test]
    fn the_2018_dialogue_name_is_an_alias() {
        let d: CallRecordCallback =
            serde_json::from_str(r#"{"robotCallDetailList":[{"text":"嗯","type":"PERSON"}]}"#)
                .unwrap();
        assert_eq!(d.call_detail_list.len(), 1);
    }
}
