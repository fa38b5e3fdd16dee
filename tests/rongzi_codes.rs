//! Every row of the issue's decoding table, both ways: codes from the server
//! decode into meaning (through the real result types), and the meaning
//! encodes back into the code (through the real params' wire form). Codes
//! the table does not know are kept.

use serde_json::{json, Value};
use yiwise_rongzi::rongzi::api::{call, customer, sms, wechat};
use yiwise_rongzi::rongzi::codes::*;
use yiwise_rongzi::rongzi::operation::{decode_response, parse_params, Operation};

/// Decodes one customer row `{customerCode, <field>: value}` and returns the
/// decoded row as JS would see it (JSON).
fn customer_field(field: &str, value: Value) -> Value {
    let body =
        json!({"code": 0, "data": {"total": 1, "rows": [{"customerCode": "C1", field: value}]}});
    let page = decode_response::<customer::List>(200, &body.to_string())
        .unwrap_or_else(|e| panic!("{field}={value}: {e}"))
        .data;
    serde_json::to_value(&page.rows[0]).unwrap()[field].clone()
}

fn message_field(field: &str, value: Value) -> Value {
    let body = json!({"code": 0, "data": {"total": 1, "rows": [{field: value}]}});
    let page = decode_response::<sms::GetMessages>(200, &body.to_string())
        .unwrap_or_else(|e| panic!("{field}={value}: {e}"))
        .data;
    serde_json::to_value(&page.rows[0]).unwrap()[field].clone()
}

/// The wire JSON of one SMS message with `field` set to `value`.
fn message_wire(field: &str, value: Value) -> Value {
    let mut m = json!({
        "sender": "AA0396", "receiver": "C1", "senderRole": "SALES",
        "occurTime": "2018-09-07 06:53:41.300", "content": "hi", "sendStatus": true
    });
    m[field] = value;
    let p = parse_params::<sms::AddMessages>(json!([m])).unwrap();
    sms::AddMessages::wire(&p)[0][field].clone()
}

#[test]
fn has_cars_policy_house_1_true_2_false_else_null() {
    let rows: &[(Value, Value)] = &[
        (json!(1), json!(true)),
        (json!(2), json!(false)),
        (json!("1"), json!(true)),
        (json!(0), Value::Null), // the docs' example: hasPolicy 0
        (json!(3), Value::Null),
        (json!(-1), Value::Null),
        (json!(""), Value::Null),
        (json!("x"), Value::Null),
        (Value::Null, Value::Null),
    ];
    for field in ["hasCars", "hasPolicy", "hasHouse"] {
        for (code, meaning) in rows {
            assert_eq!(
                &customer_field(field, code.clone()),
                meaning,
                "{field} {code}"
            );
        }
    }
    // A missing field is null too (never undefined).
    let body = r#"{"code":0,"data":{"total":1,"rows":[{"customerCode":"C1"}]}}"#;
    let row = serde_json::to_value(
        &decode_response::<customer::List>(200, body)
            .unwrap()
            .data
            .rows[0],
    )
    .unwrap();
    assert_eq!(
        (&row["hasCars"], &row["hasHouse"]),
        (&Value::Null, &Value::Null)
    );
    // Encoding back.
    assert_eq!((has_to_code(true), has_to_code(false)), (1, 2));
    for code in [1, 2] {
        assert_eq!(has_from_code(code).map(has_to_code), Some(code));
    }
}

#[test]
fn is_secuity_or_fund_codes_both_spellings_and_back() {
    let rows = [
        (1, false, false, "无社保无公积金"),
        (2, true, true, "有社保有公积金"),
        (4, true, false, "有社保无公积金"),
        (8, false, true, "无社保有公积金"),
    ];
    for (code, ss, hf, label) in rows {
        let want = json!({"socialSecurity": ss, "housingFund": hf});
        assert_eq!(
            customer_field("isSecuityOrFund", json!(code)),
            want,
            "{code}"
        );
        // The table's spelling, and the correct one.
        assert!(
            customer_field("IsSecuityOrFund", json!(code)).is_null(),
            "no second key in the result"
        );
        let body =
            json!({"code": 0, "data": {"rows": [{"customerCode": "C1", "IsSecuityOrFund": code}]}});
        let c = &decode_response::<customer::List>(200, &body.to_string())
            .unwrap()
            .data
            .rows[0];
        let v = c.is_secuity_or_fund.expect("read from IsSecuityOrFund");
        assert_eq!(
            (v.social_security, v.housing_fund, v.code(), v.label()),
            (ss, hf, code, label)
        );
    }
    for other in [json!(0), json!(3), json!(16), json!("abc"), Value::Null] {
        assert_eq!(
            customer_field("isSecuityOrFund", other.clone()),
            Value::Null,
            "{other}"
        );
    }
    // When both spellings are present, the example's spelling wins.
    let body = r#"{"code":0,"data":{"rows":[{"customerCode":"C1","isSecuityOrFund":2,"IsSecuityOrFund":1}]}}"#;
    let c = &decode_response::<customer::List>(200, body)
        .unwrap()
        .data
        .rows[0];
    assert_eq!(c.is_secuity_or_fund.map(|v| v.code()), Some(2));
}

/// Checks a code enum's table: decode (code → name) via `decode`, encode
/// (name → code), unknown codes kept, labels.
fn enum_rows<T: CodeEnum + std::fmt::Debug + PartialEq + serde::Serialize>(
    rows: &[(i64, &str, &str)],
    decode: impl Fn(Value) -> Value,
) {
    assert_eq!(
        T::VALUES.len(),
        rows.len(),
        "{} has exactly the table's rows",
        T::NAME
    );
    for &(code, name, label_text) in rows {
        assert_eq!(decode(json!(code)), json!(name), "{} {code}", T::NAME);
        assert_eq!(
            decode(json!(code.to_string())),
            json!(name),
            "{} \"{code}\"",
            T::NAME
        );
        let v = T::from_name(name).unwrap_or_else(|| panic!("{name} is a {}", T::NAME));
        assert_eq!(v.code(), code, "{name} encodes back");
        assert_eq!(label(T::NAME, name), Some(label_text), "{name}");
        assert_eq!(
            label(T::NAME, &code.to_string()),
            Some(label_text),
            "{code}"
        );
    }
    for unknown in [7_i64, 99, -5] {
        if rows.iter().any(|r| r.0 == unknown) {
            continue;
        }
        assert_eq!(
            decode(json!(unknown)),
            json!(unknown),
            "{} keeps {unknown}",
            T::NAME
        );
        assert_eq!(T::from_code(unknown).code(), unknown);
        assert_eq!(label(T::NAME, &unknown.to_string()), None);
    }
}

#[test]
fn exe_status_1_to_6() {
    enum_rows::<RongziExeStatus>(
        &[
            (1, "DEMAND", "有需求"),
            (2, "INTENT", "有意向"),
            (3, "VISITED", "已来访"),
            (4, "SIGNED", "已签约"),
            (5, "DEAL_OUTSOURCED", "外包成交"),
            (6, "DEAL_MEMBER", "会员成交"),
        ],
        |v| customer_field("exeStatus", v),
    );
}

#[test]
fn customer_exe_status_filter_encodes_names_to_codes() {
    let wire = |v: Value| {
        let p =
            parse_params::<customer::List>(json!({"empCode": "AA1611", "customerExeStatus": v}))
                .unwrap();
        customer::List::wire(&p)["customerExeStatus"].clone()
    };
    let rows = [
        (-1, "ALL", "全部"),
        (1, "DEMAND", "有需求"),
        (2, "INTENT", "有意向"),
        (3, "VISITED", "已来访"),
        (4, "SIGNED", "已签约"),
        (5, "DEAL", "已成交"),
    ];
    for (code, name, _) in rows {
        assert_eq!(wire(json!(name)), json!(code), "{name}");
        assert_eq!(wire(json!(code)), json!(code), "the docs' own form: {code}");
    }
    // Left out: ALL. An unknown number is sent as is; an unknown name is refused.
    let p = parse_params::<customer::List>(json!({"empCode": "AA1611"})).unwrap();
    assert_eq!(customer::List::wire(&p)["customerExeStatus"], json!(-1));
    assert_eq!(wire(json!(9)), json!(9));
    let e =
        parse_params::<customer::List>(json!({"empCode": "A", "customerExeStatus": "DEAL_MEMBER"}))
            .unwrap_err();
    assert_eq!(e.field.as_deref(), Some("customerExeStatus"));
    assert!(
        e.message
            .contains("ALL, DEMAND, INTENT, VISITED, SIGNED, DEAL"),
        "{}",
        e.message
    );
    // Decoding (the enum itself) follows the same table.
    enum_rows::<RongziCustomerExeStatus>(&rows, |v| {
        serde_json::to_value(serde_json::from_value::<RongziCustomerExeStatus>(v).unwrap()).unwrap()
    });
}

#[test]
fn contact_status_0_to_2() {
    enum_rows::<RongziContactStatus>(
        &[
            (0, "NOT_CALLED", "未拨打"),
            (1, "CONNECTED", "已接通"),
            (2, "NOT_CONNECTED", "未接通"),
        ],
        |v| customer_field("contactStatus", v),
    );
}

#[test]
fn wechat_friend_status_and_friend_status_1_to_6() {
    let rows = [
        (1, "NOT_FRIEND", "非微信好友"),
        (2, "NO_WECHAT", "微信号不存在"),
        (3, "REQUEST_PENDING", "微信好友申请中"),
        (4, "REQUEST_EXPIRED", "微信好友申请已过期"),
        (5, "REQUEST_REJECTED", "拒绝添加好友"),
        (6, "FRIEND", "已经是微信好友"),
    ];
    enum_rows::<RongziWechatFriendStatus>(&rows, |v| customer_field("wechatFriendStatus", v));
    // friendStatus of addFriend's result.
    enum_rows::<RongziWechatFriendStatus>(&rows, |v| {
        let body = json!({"code": 0, "data": {"friendStatus": v}});
        let r = decode_response::<wechat::AddFriend>(200, &body.to_string())
            .unwrap()
            .data;
        serde_json::to_value(r).unwrap()["friendStatus"].clone()
    });
    // friendStatus of updateFriendStatus: the two documented values encode back.
    for (name, code) in [("NOT_FRIEND", 1), ("FRIEND", 6)] {
        for given in [json!(name), json!(code)] {
            let p = parse_params::<wechat::UpdateFriendStatus>(
                json!({"customerMobile": "18722222222", "friendStatus": given}),
            )
            .unwrap();
            assert_eq!(
                wechat::UpdateFriendStatus::wire(&p)["friendStatus"],
                json!(code)
            );
        }
    }
}

#[test]
fn sender_role_1_sales_2_customer() {
    let rows = [(1, "SALES", "销售"), (2, "CUSTOMER", "客户")];
    enum_rows::<RongziSenderRole>(&rows, |v| message_field("senderRole", v));
    for (code, name, _) in rows {
        assert_eq!(message_wire("senderRole", json!(name)), json!(code));
        assert_eq!(message_wire("senderRole", json!(code)), json!(code));
    }
}

#[test]
fn send_status_and_is_read_1_true_0_false() {
    for field in ["sendStatus", "isRead"] {
        assert_eq!(message_field(field, json!(1)), json!(true), "{field}");
        assert_eq!(message_field(field, json!(0)), json!(false), "{field}");
        assert_eq!(message_field(field, json!("1")), json!(true), "{field}");
        assert_eq!(
            message_field(field, json!(5)),
            json!(5),
            "{field}: unknown code kept"
        );
        assert_eq!(message_field(field, Value::Null), Value::Null, "{field}");
        assert_eq!(message_wire(field, json!(true)), json!(1), "{field}");
        assert_eq!(message_wire(field, json!(false)), json!(0), "{field}");
        assert_eq!(message_wire(field, json!(1)), json!(1), "{field}");
        assert_eq!(message_wire(field, json!(0)), json!(0), "{field}");
    }
    assert_eq!(RongziFlag::from_code(5).code(), 5);
}

#[test]
fn call_status_0_to_4() {
    let rows = [
        (0, "SALES_NOT_CALLED", "销售未拨打客户"),
        (1, "SALES_CALLED_CONNECTED", "销售拨打客户，客户接通"),
        (
            2,
            "SALES_CALLED_NOT_CONNECTED",
            "销售拨打了客户，但是客户未接通",
        ),
        (3, "CUSTOMER_CALLED_MISSED", "客户拨打销售，销售未接"),
        (4, "CUSTOMER_CALLED_CONNECTED", "客户拨打销售，销售接通"),
    ];
    enum_rows::<RongziCallStatus>(&rows, |v| {
        serde_json::to_value(serde_json::from_value::<RongziCallStatus>(v).unwrap()).unwrap()
    });
    for (code, name, _) in rows {
        let rec = json!([{"mobile": "13800000001", "billSec": 1, "callDate": "2018-08-30 18:30:55", "empCode": "AA1611", "callStatus": name}]);
        let p = parse_params::<call::SyncRecords>(rec).unwrap();
        assert_eq!(
            call::SyncRecords::wire(&p)[0]["callStatus"],
            json!(code),
            "{name}"
        );
    }
}

#[test]
fn the_label_lookup_covers_every_enum_and_nothing_else() {
    let names: Vec<&str> = ALL.iter().map(|(n, _)| *n).collect();
    assert_eq!(
        names,
        [
            "ExeStatus",
            "CustomerExeStatus",
            "ContactStatus",
            "WechatFriendStatus",
            "SenderRole",
            "CallStatus"
        ]
    );
    assert_eq!(label("ExeStatus", "INTENT"), Some("有意向"));
    assert_eq!(label("exeStatus", "INTENT"), None);
    assert_eq!(label("ExeStatus", "intent"), None);
    assert_eq!(label("ExeStatus", ""), None);
}

#[test]
fn typescript_declares_every_value_and_unknown_codes_as_numbers() {
    let ts = ts_declarations();
    for (name, values) in ALL {
        let decl = ts
            .lines()
            .find(|l| l.starts_with(&format!("export type Rongzi{name} = ")))
            .unwrap_or_else(|| panic!("no type for {name}"));
        for (_, wire, _) in values.iter() {
            assert!(decl.contains(&format!("\"{wire}\"")), "{decl}");
        }
        assert!(decl.ends_with("| number;"), "{decl}");
        assert!(
            ts.contains(&format!("'{name}'")),
            "RongziEnumName lists {name}"
        );
    }
    assert!(ts.contains("export type RongziFlag = boolean | number;"));
    assert!(ts.contains("export interface RongziSecurityOrFund"));
    assert!(!ts.contains("any"));
}
