//! The fast decoder (`yiwise_rongzi::transcode`) answers exactly what the
//! serde path answers, or leaves the body to it: on the docs' examples, on
//! every quirk the docs show, on large pages and on thousands of mutated
//! bodies. It must also really be used (a decoder that always gave up would
//! pass the equality checks), so the ordinary bodies assert that it answered.

mod common;

use common::mutation::{mutate, Rng};
use serde_json::{json, Value};
use yiwise_rongzi::rongzi::api::customer::List as CustomerList;
use yiwise_rongzi::rongzi::api::sms::GetMessages;
use yiwise_rongzi::rongzi::operation as rz;
use yiwise_rongzi::transcode;
use yiwise_rongzi::yiwise::api::call_record::{GetCallRecordInfoList, ToBeCalledList};
use yiwise_rongzi::yiwise::api::job::GetJobs;
use yiwise_rongzi::yiwise::operation as yw;

fn same_json(fast: &str, slow: Value, body: &str) {
    assert!(fast.is_ascii(), "the fast path writes ASCII only: {fast}");
    same_value(fast, slow, body);
}

fn same_value(fast: &str, slow: Value, body: &str) {
    let fast: Value = serde_json::from_str(fast).expect("the fast path writes JSON");
    let (fast, slow) = (
        common::normalize_numbers(fast),
        common::normalize_numbers(slow),
    );
    assert_eq!(fast, slow, "fast and serde decodings differ for {body}");
    // Map equality ignores key order: the keys must also come in the same
    // order (the typed result's), whatever order the body had.
    assert_eq!(
        fast.to_string(),
        slow.to_string(),
        "key order differs for {body}"
    );
}

/// Checks the fast path against the serde path for a Yiwise body of `O`;
/// true when the fast path answered.
fn yiwise_agrees_for<O: yw::Operation>(body: &str) -> bool {
    let node = O::SCHEMA;
    let slow = yw::decode_response::<O>(200, body);
    match transcode::yiwise(body, node) {
        None => false,
        Some(fast) => {
            let slow = slow.unwrap_or_else(|e| {
                panic!("the fast path answered where the serde path fails ({e}): {body}")
            });
            assert_eq!(fast.request_id, slow.request_id, "{body}");
            same_json(&fast.json, serde_json::to_value(slow.data).unwrap(), body);
            true
        }
    }
}

/// The same for a Rongzi body of `O`.
fn rongzi_agrees_for<O: rz::Operation>(body: &str) -> bool {
    let node = O::SCHEMA;
    let slow = rz::decode_response::<O>(200, body);
    match transcode::rongzi(body, node) {
        None => false,
        Some(fast) => {
            let slow = slow.unwrap_or_else(|e| {
                panic!("the fast path answered where the serde path fails ({e}): {body}")
            });
            same_json(&fast.json, serde_json::to_value(slow.data).unwrap(), body);
            true
        }
    }
}

fn yiwise_agrees(body: &str) -> bool {
    yiwise_agrees_for::<GetCallRecordInfoList>(body)
}

fn rongzi_agrees(body: &str) -> bool {
    rongzi_agrees_for::<CustomerList>(body)
}

fn rongzi_json(resource: &str, file: &str) -> Value {
    let path = format!(
        "{}/tests/fixtures/rongzi/{resource}/{file}",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn yiwise_fixture() -> Value {
    common::fixture_json("callRecord", "getCallRecordInfoList.response.json")
}

fn rongzi_fixture() -> Value {
    rongzi_json("customer", "list.response.json")
}

#[test]
fn the_docs_examples_take_the_fast_path_and_match() {
    assert!(yiwise_agrees(&yiwise_fixture().to_string()));
    let jobs = common::fixture_json("job", "getJobs.response.json");
    assert!(yiwise_agrees_for::<GetJobs>(&jobs.to_string()));
    let waiting = common::fixture_json("callRecord", "toBeCalledList.response.json");
    assert!(yiwise_agrees_for::<ToBeCalledList>(&waiting.to_string()));
    assert!(rongzi_agrees(&rongzi_fixture().to_string()));
    let messages = rongzi_json("sms", "getMessages.response.json");
    assert!(rongzi_agrees_for::<GetMessages>(&messages.to_string()));
}

#[test]
fn waiting_tasks_properties_match() {
    let rows = [
        json!({"properties": {"z": "1", "a": "2", "m": null, "中文": "值"}, "inWhiteList": true}),
        json!({"properties": null, "inShareWhiteList": false, "status": "NOT_CALLED"}),
        json!({"properties": {}}),
        json!({}),
    ];
    for row in rows {
        let body = json!({"code": 200, "data": {"content": [row]}});
        assert!(
            yiwise_agrees_for::<ToBeCalledList>(&body.to_string()),
            "{body}"
        );
    }
    for odd in [r#"{"a":1}"#, r#"{"a":"1","a":"2"}"#, r#"{"a":["x"]}"#] {
        let body = format!(r#"{{"code":200,"data":{{"content":[{{"properties":{odd}}}]}}}}"#);
        assert!(!yiwise_agrees_for::<ToBeCalledList>(&body), "{body}");
    }
}

#[test]
fn message_flags_and_roles_match() {
    let rows = [
        json!({"sendStatus": 1, "isRead": 0, "senderRole": 1}),
        json!({"sendStatus": true, "isRead": 7, "senderRole": 99, " content ": "您好"}),
        json!({"sendStatus": null, "occurTime": "2019-09-19 17:11:08.300"}),
        json!({}),
    ];
    for row in rows {
        let body = json!({"code": 0, "data": {"total": 1, "rows": [row]}});
        assert!(
            rongzi_agrees_for::<GetMessages>(&body.to_string()),
            "{body}"
        );
    }
}

#[test]
fn the_docs_quirks_take_the_fast_path_and_match() {
    let yiwise_rows = [
        json!({"callRecordId": "49", "tenantId": 1.0, "chatDuration": " 12 ", "redialTimes": ""}),
        json!({"hangupBy": null, "resultStatus": "SOMETHING_NEW", "intentLevel": "", "customerConcern": null}),
        json!({"customerConcern": ["价格", "a\"b\\c\n\t\u{1}\u{2028}😀"], "callDetailList": null}),
        json!({"callDetailList": [{"text": "您好", "type": "ROBOT", "callDetailId": "7"}, {}]}),
        json!({"unknownField": {"deep": [1, {"x": null}]}, "startTime": "2019-05-23 10:18:10"}),
        json!({}),
    ];
    for row in yiwise_rows {
        let body = json!({"code": 200, "data": {"number": "1", "pageSize": 10, "content": [row]}, "requestId": "R9", "resultMsg": "获取成功", "errorStackTrace": null});
        assert!(yiwise_agrees(&body.to_string()), "{body}");
    }
    let no_content =
        json!({"code": 200, "data": {"totalElements": 0}, "requestId": null}).to_string();
    assert!(yiwise_agrees(&no_content));

    let rongzi_rows = [
        json!({"customerCode": "C1", " name ": "张三", "exeStatus": 9, "contactStatus": null}),
        json!({"customerCode": "C2", "IsSecuityOrFund": 4, "salary": "", "hasCars": 0, "hasHouse": true}),
        json!({"customerCode": "C3", "isSecurityOrFund": 3, "salary": 5000.5, "rqrDuration": null}),
        json!({"customerCode": "C4", "wechatFriendStatus": 1, "hasPolicy": -1, "salary": "  "}),
        json!({"customerCode": "C5", "extra": [1, 2], "comment": "备注\r\n\"quoted\""}),
    ];
    for row in rongzi_rows {
        let body = json!({"code": 0, "msg": "操作成功", "data": {" total": "72", "rows": [row]}});
        assert!(rongzi_agrees(&body.to_string()), "{body}");
    }
    let null_rows = json!({"code": 0, "data": {"total": 0, "rows": null}}).to_string();
    assert!(rongzi_agrees(&null_rows));
}

#[test]
fn unusual_forms_are_left_to_the_tree_decoder() {
    // None of these is answered by the streaming pass; the tree decoder
    // decodes (or refuses) each as the serde path does: the same result, or
    // an error at the same field (its wording may differ).
    let yiwise: &[&str] = &[
        r#"{"code":401,"data":null,"requestId":"R","resultMsg":"校验数据错误"}"#,
        r#"{"code":"200","data":{"content":[]}}"#,
        r#"{"code":200,"data":null}"#,
        r#"{"code":200}"#,
        r#"{"code":200,"data":{"content":[]}} trailing"#,
        r#"{"code":200,"data":{"content":[null]}}"#,
        r#"{"code":200,"data":{"content":[{"callRecordId":1,"callRecordId":2}]}}"#,
        r#"{"code":200,"code":200,"data":{"content":[]}}"#,
        r#"{"code":200,"data":{"content":[{"callRecordId":1.5}]}}"#,
        r#"{"code":200,"data":{"content":[{"calledPhoneNumber":13800000000}]}}"#,
        r#"{"code":200,"data":{"content":[{"customerConcern":[null]}]}}"#,
        r#"{"code":200,"data":{"content":[[1,2,3]]}}"#,
        r#"{"code":200,"data":{"content":[]},"requestId":42}"#,
        r#"[200]"#,
        "",
        // Values the fast path skips must still be checked as the serde path checks them.
        r#"{"code":200,"data":{"content":[{"unknown":1e400}]}}"#,
        r#"{"code":200,"data":{"content":[]},"errorStackTrace":-1e999}"#,
        &format!(
            r#"{{"code":200,"data":{{"content":[{{"deep":{}{}}}]}}}}"#,
            "[".repeat(200),
            "]".repeat(200)
        ),
    ];
    for &body in yiwise {
        assert!(!yiwise_agrees(body), "the fast path answered {body}");
        let slow = yw::decode_response::<GetCallRecordInfoList>(200, body).map(|d| d.data);
        let both = yw::decode_json::<GetCallRecordInfoList>(200, body);
        match (slow, both) {
            (Ok(d), Ok(j)) => same_value(&j.json, serde_json::to_value(d).unwrap(), body),
            (Err(a), Err(b)) => {
                assert_eq!((a.kind, a.field), (b.kind, b.field), "{body}")
            }
            (a, b) => panic!(
                "decode_json and decode_response disagree on {body}: {:?} / {:?}",
                a.is_ok(),
                b.is_ok()
            ),
        }
    }
    let rongzi = [
        r#"{"code":500,"msg":"不合法的token","data":null}"#,
        r#"{"code":0,"data":{"rows":[{"customerCode":"C1","isSecuityOrFund":1,"IsSecuityOrFund":2}]}}"#,
        r#"{"code":0,"data":{"rows":[{"customerCode":"C1","salary":"11.90"}]}}"#,
        r#"{"code":0,"data":{"rows":[{"customerCode":"C1","exeStatus":"INTENT"}]}}"#,
        r#"{"code":0,"data":{"rows":[{"name":"no code"}]}}"#,
        r#"{"code":0,"data":{"rows":[{"customerCode":null}]}}"#,
        r#"{"code":0,"data":{"total":1,"total ":2,"rows":[]}}"#,
        r#"{"code":0,"msg":{"text":"?"},"data":{"rows":[]}}"#,
    ];
    for body in rongzi {
        assert!(!rongzi_agrees(body), "the fast path answered {body}");
        let slow = rz::decode_response::<CustomerList>(200, body).map(|d| d.data);
        let both = rz::decode_json::<CustomerList>(200, body);
        match (slow, both) {
            (Ok(d), Ok((json, _))) => same_value(&json, serde_json::to_value(d).unwrap(), body),
            (Err(a), Err(b)) => {
                assert_eq!((a.kind, a.field), (b.kind, b.field), "{body}")
            }
            (a, b) => panic!(
                "decode_json and decode_response disagree on {body}: {:?} / {:?}",
                a.is_ok(),
                b.is_ok()
            ),
        }
    }
}

#[test]
fn large_pages_take_the_fast_path_and_match() {
    let fixture = yiwise_fixture();
    let rows = fixture["data"]["content"].as_array().unwrap().clone();
    let content: Vec<Value> = (0..3000)
        .map(|i| {
            let mut r = rows[i % rows.len()].clone();
            r["callRecordId"] = json!(100_000 + i);
            r["calledPhoneNumber"] = json!(format!("139{i:08}"));
            r
        })
        .collect();
    let body = json!({"code": 200, "data": {"number": 1, "pageSize": 3000, "content": content}, "requestId": "ABCDEFGH"});
    assert!(yiwise_agrees(&body.to_string()));

    let fixture = rongzi_fixture();
    let rows = fixture["data"]["rows"].as_array().unwrap().clone();
    let rows: Vec<Value> = (0..3000)
        .map(|i| {
            let mut r = rows[i % rows.len()].clone();
            r["customerCode"] = json!(format!("AAC{i:011}"));
            r["exeStatus"] = json!(i % 8);
            r
        })
        .collect();
    let body = json!({"code": 0, "msg": "操作成功", "data": {"total": "3000", "rows": rows}});
    assert!(rongzi_agrees(&body.to_string()));
}

const STRINGS: &[&str] = &[
    "",
    " ",
    "72",
    " 7 ",
    "x",
    "11.90",
    "INTENT",
    "ANSWERED",
    "张三",
    "😀",
    "\"",
    "\\",
    "\n",
    "callRecordId",
    "content",
    "rows",
    "customerCode",
    "total",
    " total",
    "IsSecuityOrFund",
    "isSecuityOrFund",
    "salary",
    "exeStatus",
    "hasCars",
    "callDetailList",
    "customerConcern",
    "code",
    "data",
    "requestId",
    "msg",
];

#[test]
fn mutated_bodies_never_make_the_two_paths_disagree() {
    let mut rng = Rng(0x5EED_7C0D_E000_0001);
    let (mut fast_yw, mut fast_rz) = (0, 0);
    const CASES: usize = 3000;
    let jobs = common::fixture_json("job", "getJobs.response.json");
    let messages = rongzi_json("sms", "getMessages.response.json");
    for i in 0..CASES {
        let mut v = if i % 2 == 0 {
            yiwise_fixture()
        } else {
            jobs.clone()
        };
        mutate(&mut v, &mut rng, STRINGS, 0);
        let body = v.to_string();
        fast_yw += usize::from(if i % 2 == 0 {
            yiwise_agrees(&body)
        } else {
            yiwise_agrees_for::<GetJobs>(&body)
        });
        let mut v = if i % 2 == 0 {
            rongzi_fixture()
        } else {
            messages.clone()
        };
        mutate(&mut v, &mut rng, STRINGS, 0);
        let body = v.to_string();
        fast_rz += usize::from(if i % 2 == 0 {
            rongzi_agrees(&body)
        } else {
            rongzi_agrees_for::<GetMessages>(&body)
        });
    }
    // Most mutations are ordinary (a field changed, added or removed): the
    // fast path must keep answering them.
    assert!(
        fast_yw > CASES / 5,
        "fast path answered only {fast_yw} of {CASES} Yiwise bodies"
    );
    assert!(
        fast_rz > CASES / 5,
        "fast path answered only {fast_rz} of {CASES} Rongzi bodies"
    );
}

#[test]
fn broken_text_is_never_accepted() {
    let mut rng = Rng(0x0BAD_7E47);
    for base in [yiwise_fixture().to_string(), rongzi_fixture().to_string()] {
        let bytes = base.as_bytes();
        for _ in 0..2000 {
            let mut b = bytes.to_vec();
            let at = rng.below(b.len());
            match rng.below(3) {
                0 => b.truncate(at),
                1 => {
                    b.remove(at);
                }
                _ => {
                    const NOISE: &[u8] = b"{}[],:\"\\ 0-e";
                    b.insert(at, NOISE[rng.below(NOISE.len())]);
                }
            }
            let Ok(text) = String::from_utf8(b) else {
                continue;
            };
            let valid = serde_json::from_str::<Value>(&text).is_ok();
            // Both helpers check equality whenever the fast path answers.
            let answered = yiwise_agrees(&text) | rongzi_agrees(&text);
            assert!(
                valid || !answered,
                "the fast path accepted broken JSON: {text}"
            );
        }
    }
}

#[test]
fn the_reader_accepts_only_what_serde_json_accepts() {
    let snippets = [
        r#""\u12""#,
        r#""\ud800""#,
        r#""\udc00""#,
        r#""\ud800\u0041""#,
        r#""\ud83d\ude00""#,
        r#""\x""#,
        "\"a\tb\"",
        r#""\/\"\\\b\f\n\r\t""#,
        r#""\u00e9\u00E9""#,
        r#""é""#,
        "01",
        "1.",
        ".5",
        "-",
        "1e",
        "1e+",
        "+1",
        "-0",
        "-0.0",
        "1E5",
        "1e-5",
        "1e400",
        "-1e400",
        "1.7976931348623157e308",
        "18446744073709551616",
        "-9223372036854775809",
        "9007199254740993",
        "4.5",
        "tru",
        "nul",
        "True",
        "[1,]",
        r#"{"a":1,}"#,
        "{,}",
        "[,1]",
        r#"{"a" 1}"#,
        r#"{"a":}"#,
        "{1:2}",
        "[]",
        "{}",
        "[[[]]]",
        "null",
        "true",
        "false",
        " 1 ",
        "\u{c}1",
        "\"\u{7f}\"",
        "\"\u{0}\"",
        "[1 2]",
        "\"unterminated",
    ];
    let mut answered = 0;
    for v in snippets {
        for field in ["unknownField", "calledPhoneNumber", "callRecordId"] {
            let body = format!(r#"{{"code":200,"data":{{"content":[{{"{field}":{v}}}]}}}}"#);
            // Whenever it answers, `yiwise_agrees` has checked the serde path
            // accepts the body and decodes it the same.
            answered += usize::from(yiwise_agrees(&body));
            if serde_json::from_str::<Value>(&body).is_err() {
                assert!(!yiwise_agrees(&body), "accepted invalid JSON: {body}");
            }
        }
        let body = format!(
            r#"{{"code":0,"data":{{"rows":[{{"customerCode":"C","salary":{v},"x":{v}}}]}}}}"#
        );
        answered += usize::from(rongzi_agrees(&body));
    }
    assert!(answered > 40, "only {answered} valid snippets answered");
}

#[test]
fn ascii_output_round_trips_any_text() {
    let texts = [
        "plain",
        "",
        "\"\\/\u{8}\u{c}\n\r\t",
        "\u{0}\u{1f}\u{7f}",
        "张三李四",
        "😀🀄 mixed ascii",
        "\u{2028}\u{2029}",
        "\u{fffd}\u{feff}",
        "e\u{301}",
    ];
    let round_trip = |t: &str| {
        let mut out = Vec::new();
        transcode::write_str(&mut out, t);
        let out = String::from_utf8(out).unwrap();
        assert!(out.is_ascii(), "{out}");
        assert_eq!(serde_json::from_str::<String>(&out).unwrap(), t);
    };
    for t in texts {
        round_trip(t);
    }
    // Every ASCII character and some others, at every offset of a word
    // (the writer looks at eight bytes at a time).
    let specials = (0u32..0x80).chain([0xe9, 0x5f20, 0x2028, 0x1f600]);
    for c in specials.filter_map(char::from_u32) {
        for offset in 0..17 {
            let t = format!("{}{c}{}", "a".repeat(offset), "b".repeat(17 - offset));
            round_trip(&t);
        }
    }
}
