//! The API's numeric codes, decoded into values a JS reader understands and
//! encoded back on the way out.
//!
//! | field | codes → value |
//! |---|---|
//! | `hasCars`, `hasPolicy`, `hasHouse` | 1 → `true`, 2 → `false`, anything else → `null` |
//! | `isSecuityOrFund` (either spelling) | 1 → `{socialSecurity:false, housingFund:false}`, 2 → `{true,true}`, 4 → `{true,false}`, 8 → `{false,true}`, else `null` |
//! | `exeStatus` | [`RongziExeStatus`]: 1 DEMAND … 6 DEAL_MEMBER |
//! | `customerExeStatus` (filter) | [`RongziCustomerExeStatus`]: ALL (-1) … DEAL (5) |
//! | `contactStatus` | [`RongziContactStatus`]: 0 NOT_CALLED, 1 CONNECTED, 2 NOT_CONNECTED |
//! | `wechatFriendStatus`, `friendStatus` | [`RongziWechatFriendStatus`]: 1 NOT_FRIEND … 6 FRIEND |
//! | `senderRole` | [`RongziSenderRole`]: 1 SALES, 2 CUSTOMER |
//! | `sendStatus`, `isRead` | [`RongziFlag`]: 1 → `true`, 0 → `false` |
//! | `callStatus` | [`RongziCallStatus`]: 0 SALES_NOT_CALLED … 4 CUSTOMER_CALLED_CONNECTED |
//!
//! A code the table does not know decodes to the number itself (nothing is
//! lost), except where the table says `null`. Requests accept the names, the
//! booleans and the objects, and also the raw codes (the docs' own examples
//! use them); an unknown name is a validation error naming the field.
//!
//! ```
//! use yiwise_rongzi::rongzi::codes::{label, RongziExeStatus};
//! assert_eq!(RongziExeStatus::from_code(2), RongziExeStatus::Intent);
//! assert_eq!(RongziExeStatus::Intent.code(), 2);
//! assert_eq!(RongziExeStatus::from_code(9), RongziExeStatus::Unknown(9));
//! assert_eq!(label("ExeStatus", "INTENT"), Some("有意向"));
//! assert_eq!(serde_json::to_string(&RongziExeStatus::from_code(2)).unwrap(), "\"INTENT\"");
//! assert_eq!(serde_json::to_string(&RongziExeStatus::from_code(9)).unwrap(), "9");
//! ```

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;

/// A code or a name as a caller or server sent it (also what the tree
/// decoder of [`crate::transcode::tree`] feeds the rules below).
pub(crate) enum Raw {
    Code(i64),
    Name(String),
    Bool(bool),
    Other(&'static str),
    Null,
}

struct RawVisitor;

impl<'de> Visitor<'de> for RawVisitor {
    type Value = Raw;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a code (number) or a name (string)")
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Raw, E> {
        Ok(Raw::Code(v))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Raw, E> {
        Ok(i64::try_from(v).map_or(Raw::Other("a number out of range"), Raw::Code))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Raw, E> {
        if v.fract() == 0.0 && v.abs() <= crate::lenient::MAX_SAFE_INTEGER as f64 {
            Ok(Raw::Code(v as i64))
        } else {
            Ok(Raw::Other("a fractional number"))
        }
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Raw, E> {
        let t = v.trim();
        if t.is_empty() {
            Ok(Raw::Null)
        } else if let Ok(n) = t.parse::<i64>() {
            Ok(Raw::Code(n))
        } else {
            Ok(Raw::Name(t.to_string()))
        }
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Raw, E> {
        Ok(Raw::Bool(v))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Raw, E> {
        Ok(Raw::Null)
    }
    fn visit_none<E: de::Error>(self) -> Result<Raw, E> {
        Ok(Raw::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Raw, D::Error> {
        d.deserialize_any(RawVisitor)
    }
    fn visit_seq<A: de::SeqAccess<'de>>(self, mut a: A) -> Result<Raw, A::Error> {
        while a.next_element::<de::IgnoredAny>()?.is_some() {}
        Ok(Raw::Other("a list"))
    }
    fn visit_map<A: de::MapAccess<'de>>(self, mut a: A) -> Result<Raw, A::Error> {
        while a.next_entry::<de::IgnoredAny, de::IgnoredAny>()?.is_some() {}
        Ok(Raw::Other("an object"))
    }
}

fn raw<'de, D: Deserializer<'de>>(d: D) -> Result<Raw, D::Error> {
    d.deserialize_any(RawVisitor)
}

impl Raw {
    /// What a JSON value is as a code: [`RawVisitor`] over the value.
    pub(crate) fn of(v: &serde_json::Value) -> Raw {
        // The visitor accepts every JSON value (lists and objects as `Other`).
        raw(v).unwrap_or(Raw::Other("an unreadable value"))
    }
}

/// What the code enums have in common (implemented by `code_enum!`).
pub trait CodeEnum: Sized + Copy {
    /// The name used by `rongziLabel` (`"ExeStatus"`).
    const NAME: &'static str;
    /// (code, name, Chinese label) of every documented value, in doc order.
    const VALUES: &'static [(i64, &'static str, &'static str)];
    /// The value of a code; an unknown code is kept as `Unknown(code)`.
    fn from_code(code: i64) -> Self;
    /// The code that goes on the wire.
    fn code(&self) -> i64;

    /// The value of a documented name (`"INTENT"`), if it is one.
    fn from_name(name: &str) -> Option<Self> {
        Self::VALUES
            .iter()
            .find(|(_, n, _)| *n == name)
            .map(|(c, _, _)| Self::from_code(*c))
    }

    /// The documented names, for messages.
    fn names() -> String {
        Self::VALUES
            .iter()
            .map(|(_, n, _)| *n)
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The code of `r` for an enum with `values` (not generic over the enum, so
/// its code exists once).
pub(crate) fn decode_code<E: de::Error>(r: Raw, values: CodeRows) -> Result<Option<i64>, E> {
    let names = || {
        values
            .iter()
            .map(|(_, n, _)| *n)
            .collect::<Vec<_>>()
            .join(", ")
    };
    match r {
        Raw::Null => Ok(None),
        Raw::Code(c) => Ok(Some(c)),
        Raw::Name(n) => values
            .iter()
            .find(|(_, v, _)| *v == n)
            .map(|(c, _, _)| Some(*c))
            .ok_or_else(|| {
                E::custom(format!(
                    "must be one of {} or a code, got {:?}",
                    names(),
                    crate::lenient::truncate(&n)
                ))
            }),
        Raw::Bool(b) => Err(E::custom(format!(
            "must be one of {} or a code, got {b}",
            names()
        ))),
        Raw::Other(what) => Err(E::custom(format!(
            "must be one of {} or a code, got {what}",
            names()
        ))),
    }
}

/// Deserializes an optional code enum: a code (number or numeric string) or
/// a documented name; `null`/`""` → `None`; anything else is an error.
pub fn opt<'de, D: Deserializer<'de>, T: CodeEnum>(d: D) -> Result<Option<T>, D::Error> {
    Ok(decode_code(raw(d)?, T::VALUES)?.map(T::from_code))
}

/// Deserializes a required code enum (like [`opt`], but `null` is an error).
pub fn req<'de, D: Deserializer<'de>, T: CodeEnum>(d: D) -> Result<T, D::Error> {
    opt(d)?.ok_or_else(|| de::Error::custom("is required (got null)"))
}

/// Serializes a code enum as its wire code.
pub fn ser_code<S: Serializer, T: CodeEnum>(v: &T, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_i64(v.code())
}

/// Serializes an optional code enum as its wire code (`null` when absent).
pub fn ser_opt_code<S: Serializer, T: CodeEnum>(v: &Option<T>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(v) => s.serialize_i64(v.code()),
        None => s.serialize_none(),
    }
}

/// Defines a code enum: named variants for the documented codes plus
/// `Unknown(i64)`. Serializes to JS as the name (or the number when
/// unknown); see [`CodeEnum`] for the rest.
macro_rules! code_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident as $label_name:literal {
            $( $(#[$vmeta:meta])* $variant:ident = $code:expr, $wire:literal => $label:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
            /// A code the docs do not list, kept as sent.
            Unknown(i64),
        }

        impl $name {
            /// The TypeScript declaration: the names, or a number for an unknown code.
            pub const TS_DECL: &'static str = concat!(
                "export type ", stringify!($name), " = ",
                $( "\"", $wire, "\" | ", )+
                "number;"
            );

            /// The value of a code; an unknown code is kept as `Unknown(code)`.
            pub fn from_code(code: i64) -> Self {
                $( if code == $code { return $name::$variant; } )+
                $name::Unknown(code)
            }

            /// The code that goes on the wire.
            pub fn code(&self) -> i64 {
                match self {
                    $( $name::$variant => $code, )+
                    $name::Unknown(c) => *c,
                }
            }

            /// The documented name (`"INTENT"`); `None` for an unknown code.
            pub fn name(&self) -> Option<&'static str> {
                match self {
                    $( $name::$variant => Some($wire), )+
                    $name::Unknown(_) => None,
                }
            }

            /// The Chinese label from the docs; `None` for an unknown code.
            pub fn label(&self) -> Option<&'static str> {
                match self {
                    $( $name::$variant => Some($label), )+
                    $name::Unknown(_) => None,
                }
            }

            /// True for a documented code.
            pub fn is_known(&self) -> bool {
                !matches!(self, $name::Unknown(_))
            }
        }

        impl CodeEnum for $name {
            const NAME: &'static str = $label_name;
            const VALUES: &'static [(i64, &'static str, &'static str)] = &[ $( ($code, $wire, $label), )+ ];
            fn from_code(code: i64) -> Self {
                $name::from_code(code)
            }
            fn code(&self) -> i64 {
                $name::code(self)
            }
        }

        // The params' JSON carries the code (`ser_code`).
        impl $crate::transcode::params::Canonical for $name {
            fn from_canonical(v: &serde_json::Value) -> Option<Self> {
                v.as_i64().map($name::from_code)
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                match self.name() {
                    Some(n) => s.serialize_str(n),
                    None => s.serialize_i64(self.code()),
                }
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                req(d)
            }
        }
    };
}

code_enum! {
    /// 客户进程 `exeStatus` of a customer (5 and 6 are both 已成交).
    pub enum RongziExeStatus as "ExeStatus" {
        /// 1 有需求
        Demand = 1, "DEMAND" => "有需求",
        /// 2 有意向
        Intent = 2, "INTENT" => "有意向",
        /// 3 已来访
        Visited = 3, "VISITED" => "已来访",
        /// 4 已签约
        Signed = 4, "SIGNED" => "已签约",
        /// 5 外包成交
        DealOutsourced = 5, "DEAL_OUTSOURCED" => "外包成交",
        /// 6 会员成交
        DealMember = 6, "DEAL_MEMBER" => "会员成交",
    }
}

code_enum! {
    /// 客户进程 filter `customerExeStatus` of `customer/list`: `ALL` (-1) and
    /// `DEAL` (5, both deal kinds) are filters, not states.
    pub enum RongziCustomerExeStatus as "CustomerExeStatus" {
        /// -1 全部
        All = -1, "ALL" => "全部",
        /// 1 有需求
        Demand = 1, "DEMAND" => "有需求",
        /// 2 有意向
        Intent = 2, "INTENT" => "有意向",
        /// 3 已来访
        Visited = 3, "VISITED" => "已来访",
        /// 4 已签约
        Signed = 4, "SIGNED" => "已签约",
        /// 5 已成交（包含外包和会员）
        Deal = 5, "DEAL" => "已成交",
    }
}

code_enum! {
    /// 拨打状态 `contactStatus` of a customer.
    pub enum RongziContactStatus as "ContactStatus" {
        /// 0 未拨打
        NotCalled = 0, "NOT_CALLED" => "未拨打",
        /// 1 已接通
        Connected = 1, "CONNECTED" => "已接通",
        /// 2 未接通
        NotConnected = 2, "NOT_CONNECTED" => "未接通",
    }
}

code_enum! {
    /// 微信好友关系状态 `wechatFriendStatus` / `friendStatus` (2–5 are
    /// documented as 暂不用, not in use yet).
    pub enum RongziWechatFriendStatus as "WechatFriendStatus" {
        /// 1 非微信好友
        NotFriend = 1, "NOT_FRIEND" => "非微信好友",
        /// 2 微信号不存在
        NoWechat = 2, "NO_WECHAT" => "微信号不存在",
        /// 3 微信好友申请中
        RequestPending = 3, "REQUEST_PENDING" => "微信好友申请中",
        /// 4 微信好友申请已过期
        RequestExpired = 4, "REQUEST_EXPIRED" => "微信好友申请已过期",
        /// 5 拒绝添加好友
        RequestRejected = 5, "REQUEST_REJECTED" => "拒绝添加好友",
        /// 6 已经是微信好友
        Friend = 6, "FRIEND" => "已经是微信好友",
    }
}

code_enum! {
    /// 谁发送 `senderRole` of an SMS.
    pub enum RongziSenderRole as "SenderRole" {
        /// 1 销售
        Sales = 1, "SALES" => "销售",
        /// 2 客户
        Customer = 2, "CUSTOMER" => "客户",
    }
}

code_enum! {
    /// 通话类型 `callStatus` of a call record: who called, and whether it connected.
    pub enum RongziCallStatus as "CallStatus" {
        /// 0 销售未拨打客户
        SalesNotCalled = 0, "SALES_NOT_CALLED" => "销售未拨打客户",
        /// 1 销售拨打客户，客户接通
        SalesCalledConnected = 1, "SALES_CALLED_CONNECTED" => "销售拨打客户，客户接通",
        /// 2 销售拨打了客户，但是客户未接通
        SalesCalledNotConnected = 2, "SALES_CALLED_NOT_CONNECTED" => "销售拨打了客户，但是客户未接通",
        /// 3 客户拨打销售，销售未接
        CustomerCalledMissed = 3, "CUSTOMER_CALLED_MISSED" => "客户拨打销售，销售未接",
        /// 4 客户拨打销售，销售接通
        CustomerCalledConnected = 4, "CUSTOMER_CALLED_CONNECTED" => "客户拨打销售，销售接通",
    }
}

/// `hasCars`, `hasPolicy`, `hasHouse`: 1 → `true` (有), 2 → `false` (无),
/// anything else → `None` (the docs' example has `hasPolicy: 0`).
///
/// ```
/// use yiwise_rongzi::rongzi::codes::has_from_code;
/// assert_eq!((has_from_code(1), has_from_code(2), has_from_code(0)), (Some(true), Some(false), None));
/// ```
pub fn has_from_code(code: i64) -> Option<bool> {
    match code {
        1 => Some(true),
        2 => Some(false),
        _ => None,
    }
}

/// The code of a `has…` value: `true` → 1, `false` → 2.
pub fn has_to_code(v: bool) -> i64 {
    if v {
        1
    } else {
        2
    }
}

/// Deserializes `hasCars`/`hasPolicy`/`hasHouse`: never fails; a boolean is
/// kept, codes go through [`has_from_code`], anything else is `None`.
pub fn de_has<'de, D: Deserializer<'de>>(d: D) -> Result<Option<bool>, D::Error> {
    Ok(has_from_raw(raw(d)?))
}

/// The rule of [`de_has`].
pub(crate) fn has_from_raw(r: Raw) -> Option<bool> {
    match r {
        Raw::Code(c) => has_from_code(c),
        Raw::Bool(b) => Some(b),
        _ => None,
    }
}

/// Serializes an optional `has…` value as its code (`null` when absent).
pub fn ser_has<S: Serializer>(v: &Option<bool>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(b) => s.serialize_i64(has_to_code(*b)),
        None => s.serialize_none(),
    }
}

/// 是否社保公积金 `isSecuityOrFund`: the code split into its two meanings.
///
/// ```
/// use yiwise_rongzi::rongzi::codes::RongziSecurityOrFund;
/// let v = RongziSecurityOrFund::from_code(4).unwrap();
/// assert!(v.social_security && !v.housing_fund);
/// assert_eq!(v.code(), 4);
/// assert_eq!(v.label(), "有社保无公积金");
/// assert_eq!(RongziSecurityOrFund::from_code(0), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RongziSecurityOrFund {
    /// 社保: pays social security.
    pub social_security: bool,
    /// 公积金: pays into the housing fund.
    pub housing_fund: bool,
}

impl RongziSecurityOrFund {
    /// 1 → neither, 2 → both, 4 → social security only, 8 → housing fund only; else `None`.
    pub fn from_code(code: i64) -> Option<Self> {
        let (social_security, housing_fund) = match code {
            1 => (false, false),
            2 => (true, true),
            4 => (true, false),
            8 => (false, true),
            _ => return None,
        };
        Some(RongziSecurityOrFund {
            social_security,
            housing_fund,
        })
    }

    /// The code (1, 2, 4 or 8).
    pub fn code(&self) -> i64 {
        match (self.social_security, self.housing_fund) {
            (false, false) => 1,
            (true, true) => 2,
            (true, false) => 4,
            (false, true) => 8,
        }
    }

    /// The docs' label (`有社保无公积金`).
    pub fn label(&self) -> &'static str {
        match (self.social_security, self.housing_fund) {
            (false, false) => "无社保无公积金",
            (true, true) => "有社保有公积金",
            (true, false) => "有社保无公积金",
            (false, true) => "无社保有公积金",
        }
    }
}

/// Deserializes `isSecuityOrFund`: never fails; a code goes through
/// [`RongziSecurityOrFund::from_code`], anything else is `None`.
pub fn de_security_or_fund<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<RongziSecurityOrFund>, D::Error> {
    Ok(security_or_fund_from_raw(raw(d)?))
}

/// The rule of [`de_security_or_fund`].
pub(crate) fn security_or_fund_from_raw(r: Raw) -> Option<RongziSecurityOrFund> {
    match r {
        Raw::Code(c) => RongziSecurityOrFund::from_code(c),
        _ => None,
    }
}

/// A string as is (`None` for anything that is not a string); the error, if
/// any, never quotes the value.
pub(crate) fn text_or_null<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    struct V;
    impl<'de> Visitor<'de> for V {
        type Value = Option<String>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a string")
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
            Ok(Some(v.to_string()))
        }
        fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            d.deserialize_any(V)
        }
        fn visit_seq<A: de::SeqAccess<'de>>(self, mut a: A) -> Result<Self::Value, A::Error> {
            while a.next_element::<de::IgnoredAny>()?.is_some() {}
            Ok(None)
        }
        fn visit_map<A: de::MapAccess<'de>>(self, mut a: A) -> Result<Self::Value, A::Error> {
            while a.next_entry::<de::IgnoredAny, de::IgnoredAny>()?.is_some() {}
            Ok(None)
        }
    }
    d.deserialize_any(V)
}

/// Serializes an optional `isSecuityOrFund` value as its code.
pub fn ser_security_or_fund<S: Serializer>(
    v: &Option<RongziSecurityOrFund>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match v {
        Some(v) => s.serialize_i64(v.code()),
        None => s.serialize_none(),
    }
}

/// `sendStatus` and `isRead`: 1 → `true`, 0 → `false`, another code kept as
/// the number. Serializes to JS as the boolean (or the number).
///
/// ```
/// use yiwise_rongzi::rongzi::codes::RongziFlag;
/// assert_eq!(RongziFlag::from_code(1), RongziFlag::Bool(true));
/// assert_eq!(RongziFlag::from_code(7), RongziFlag::Code(7));
/// assert_eq!(RongziFlag::Bool(false).code(), 0);
/// assert_eq!(serde_json::to_string(&RongziFlag::from_code(0)).unwrap(), "false");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RongziFlag {
    /// 1 (`true`) or 0 (`false`).
    Bool(bool),
    /// Another code, kept as sent.
    Code(i64),
}

impl RongziFlag {
    /// The value of a code.
    pub fn from_code(code: i64) -> Self {
        match code {
            1 => RongziFlag::Bool(true),
            0 => RongziFlag::Bool(false),
            n => RongziFlag::Code(n),
        }
    }

    /// The code: `true` → 1, `false` → 0.
    pub fn code(&self) -> i64 {
        match self {
            RongziFlag::Bool(true) => 1,
            RongziFlag::Bool(false) => 0,
            RongziFlag::Code(n) => *n,
        }
    }
}

impl Serialize for RongziFlag {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            RongziFlag::Bool(b) => s.serialize_bool(*b),
            RongziFlag::Code(n) => s.serialize_i64(*n),
        }
    }
}

pub(crate) fn decode_flag<E: de::Error>(r: Raw) -> Result<Option<RongziFlag>, E> {
    match r {
        Raw::Null => Ok(None),
        Raw::Bool(b) => Ok(Some(RongziFlag::Bool(b))),
        Raw::Code(c) => Ok(Some(RongziFlag::from_code(c))),
        Raw::Name(n) if n == "true" => Ok(Some(RongziFlag::Bool(true))),
        Raw::Name(n) if n == "false" => Ok(Some(RongziFlag::Bool(false))),
        Raw::Name(n) => Err(E::custom(format!(
            "must be true, false, 1 or 0, got {:?}",
            crate::lenient::truncate(&n)
        ))),
        Raw::Other(what) => Err(E::custom(format!(
            "must be true, false, 1 or 0, got {what}"
        ))),
    }
}

impl<'de> Deserialize<'de> for RongziFlag {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        decode_flag(raw(d)?)?.ok_or_else(|| de::Error::custom("is required (got null)"))
    }
}

/// Deserializes an optional [`RongziFlag`]: `true`/`false`, a code, or
/// `null`/`""` (→ `None`).
pub fn opt_flag<'de, D: Deserializer<'de>>(d: D) -> Result<Option<RongziFlag>, D::Error> {
    decode_flag(raw(d)?)
}

/// Serializes an optional [`RongziFlag`] as its code.
pub fn ser_opt_flag<S: Serializer>(v: &Option<RongziFlag>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(f) => s.serialize_i64(f.code()),
        None => s.serialize_none(),
    }
}

/// (code, name, Chinese label) rows of one code enum.
pub type CodeRows = &'static [(i64, &'static str, &'static str)];

/// Every code enum as (label name, values), for `rongziEnumValues`.
pub const ALL: &[(&str, CodeRows)] = &[
    (RongziExeStatus::NAME, RongziExeStatus::VALUES),
    (
        RongziCustomerExeStatus::NAME,
        RongziCustomerExeStatus::VALUES,
    ),
    (RongziContactStatus::NAME, RongziContactStatus::VALUES),
    (
        RongziWechatFriendStatus::NAME,
        RongziWechatFriendStatus::VALUES,
    ),
    (RongziSenderRole::NAME, RongziSenderRole::VALUES),
    (RongziCallStatus::NAME, RongziCallStatus::VALUES),
];

/// The Chinese label of a value of enum `enum_name` (`"ExeStatus"`); `value`
/// is a name (`"INTENT"`) or a code in decimal (`"2"`). `None` when either is
/// unknown.
///
/// ```
/// use yiwise_rongzi::rongzi::codes::label;
/// assert_eq!(label("ExeStatus", "INTENT"), Some("有意向"));
/// assert_eq!(label("ExeStatus", "2"), Some("有意向"));
/// assert_eq!(label("CustomerExeStatus", "-1"), Some("全部"));
/// assert_eq!(label("ExeStatus", "9"), None);
/// assert_eq!(label("NoSuchEnum", "INTENT"), None);
/// ```
pub fn label(enum_name: &str, value: &str) -> Option<&'static str> {
    let (_, values) = ALL.iter().find(|(n, _)| *n == enum_name)?;
    let v = value.trim();
    let code = v.parse::<i64>().ok();
    values
        .iter()
        .find(|(c, n, _)| *n == v || Some(*c) == code)
        .map(|(_, _, l)| *l)
}

/// The TypeScript declarations of every code type and of `RongziEnumName`,
/// joined by `"\n"`.
pub fn ts_declarations() -> String {
    let names: Vec<String> = ALL.iter().map(|(n, _)| format!("'{n}'")).collect();
    [
        RongziExeStatus::TS_DECL,
        RongziCustomerExeStatus::TS_DECL,
        RongziContactStatus::TS_DECL,
        RongziWechatFriendStatus::TS_DECL,
        RongziSenderRole::TS_DECL,
        RongziCallStatus::TS_DECL,
        TS_FLAG,
        TS_SECURITY_OR_FUND,
        &format!(
            "/** Names accepted by `rongziLabel` and `rongziEnumValues`. */\nexport type RongziEnumName = {};",
            names.join(" | ")
        ),
    ]
    .join("\n")
}

/// TypeScript of [`RongziFlag`].
pub const TS_FLAG: &str = "/** `sendStatus`, `isRead`: 1 → true, 0 → false; another code stays a number. */\nexport type RongziFlag = boolean | number;";

/// TypeScript of [`RongziSecurityOrFund`].
pub const TS_SECURITY_OR_FUND: &str = "/** `isSecuityOrFund` decoded: 1 → neither, 2 → both, 4 → social security only, 8 → housing fund only. */\nexport interface RongziSecurityOrFund {\n    /** 社保 */\n    socialSecurity: boolean;\n    /** 公积金 */\n    housingFund: boolean;\n}";

/// A required code enum `T` ([`req`]) as a params schema rule: the value is
/// written as its code, as [`ser_code`] writes it.
pub(crate) fn code_rule<'v, T: CodeEnum>(
    v: &'v serde_json::Value,
    at: &[crate::value_deserializer::Segment<'v>],
) -> Result<Option<serde_json::Value>, crate::value_deserializer::PathError> {
    let code = crate::value_deserializer::rule(v, at, |d| req::<_, T>(d))?;
    Ok(Some(code.code().into()))
}

/// An optional code enum `T` ([`opt`]) as a params schema rule.
pub(crate) fn opt_code_rule<'v, T: CodeEnum>(
    v: &'v serde_json::Value,
    at: &[crate::value_deserializer::Segment<'v>],
) -> Result<Option<serde_json::Value>, crate::value_deserializer::PathError> {
    let code = crate::value_deserializer::rule(v, at, |d| opt::<_, T>(d))?;
    Ok(code.map(|c| c.code().into()))
}

/// A required [`RongziFlag`] as a params schema rule (written as its code).
pub(crate) static FLAG: crate::transcode::params::Rule = crate::transcode::params::Rule {
    run: |v, at| {
        let flag = crate::value_deserializer::rule(v, at, |d| RongziFlag::deserialize(d))?;
        Ok(Some(flag.code().into()))
    },
};

/// An optional [`RongziFlag`] ([`opt_flag`]) as a params schema rule.
pub(crate) static OPT_FLAG: crate::transcode::params::Rule = crate::transcode::params::Rule {
    run: |v, at| {
        let flag = crate::value_deserializer::rule(v, at, |d| opt_flag(d))?;
        Ok(flag.map(|f| f.code().into()))
    },
};

impl crate::transcode::params::Canonical for RongziFlag {
    fn from_canonical(v: &serde_json::Value) -> Option<Self> {
        v.as_i64().map(RongziFlag::from_code)
    }
}
