//! The Rongzi client through its JS-facing layer: login and token, the
//! `onUnauthorized` retry, paging and the free functions with scripted
//! `fetch` functions, then login → list → edit → read back through the
//! simulator's Rongzi half (`/api/...` on the same port).

use super::support::*;
use base64::Engine;
use js_sys::{Array, Function, Object, Promise, Reflect, JSON};
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;
use yiwise_rongzi::wasm::{rongzi_enum_values, rongzi_label, RongziClient};

/// What a scripted fetch saw: `(url, init)` per call.
type Seen = Rc<RefCell<Vec<(String, JsValue)>>>;

/// A JWT (unsigned: the client never verifies) expiring `secs_from_now` from now.
fn jwt(sub: &str, secs_from_now: f64) -> String {
    let enc = |s: &str| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(s);
    let exp = (js_sys::Date::now() / 1000.0 + secs_from_now).floor();
    format!(
        "{}.{}.c2ln",
        enc(r#"{"alg":"HS512"}"#),
        enc(&format!(r#"{{"sub":"{sub}","exp":{exp}}}"#))
    )
}

fn response(status: u16, body: &str) -> JsValue {
    let ctor: Function = get(&js_sys::global(), "Response").into();
    let init = Object::new();
    set(&init, "status", &status.into());
    set(
        &init,
        "headers",
        &json(r#"{"content-type":"application/json"}"#),
    );
    Reflect::construct(&ctor, &Array::of2(&body.into(), &init)).expect("new Response")
}

/// A fetch answering with `answer(url, body)`, recording every call.
fn fetch_with(
    answer: impl Fn(&str, &serde_json::Value) -> (u16, String) + 'static,
) -> (Function, Seen) {
    let seen: Seen = Rc::default();
    let log = seen.clone();
    let f = Closure::<dyn FnMut(JsValue, JsValue) -> JsValue>::new(
        move |url: JsValue, init: JsValue| {
            let url = url.as_string().unwrap_or_default();
            let body = get(&init, "body")
                .as_string()
                .and_then(|b| serde_json::from_str(&b).ok())
                .unwrap_or(serde_json::Value::Null);
            log.borrow_mut().push((url.clone(), init));
            let (status, text) = answer(&url, &body);
            Promise::resolve(&response(status, &text)).into()
        },
    );
    (f.into_js_value().into(), seen)
}

/// A fetch answering with `answers` in order (the last one repeats).
fn scripted(answers: Vec<String>) -> (Function, Seen) {
    let queue = RefCell::new(VecDeque::from(answers));
    fetch_with(move |_, _| {
        let mut q = queue.borrow_mut();
        let next = if q.len() > 1 {
            q.pop_front()
        } else {
            q.front().cloned()
        };
        (200, next.unwrap_or_default())
    })
}

fn client(fetch: &Function, extra: &str) -> RongziClient {
    let o = json(&format!(r#"{{"baseUrl":"http://rongzi.test"{extra}}}"#));
    set(&o, "fetch", fetch);
    RongziClient::new(o).expect("valid options")
}

fn auth_header(init: &JsValue) -> Option<String> {
    get(&get(init, "headers"), "Authorization").as_string()
}

fn login_ok(token: &str) -> String {
    format!(
        r#"{{"code":0,"msg":"操作成功","data":{{"userInfo":{{"empCode":"AA1611","empName":"刘超[AA1611]"}},"token":"{token}"}}}}"#
    )
}

const LIST_OK: &str = r#"{"code":0,"msg":"操作成功","data":{"total":"1","rows":[{"customerCode":"C1","hasHouse":1,"hasPolicy":0,"salary":"","exeStatus":2,"IsSecuityOrFund":4}]}}"#;
const BAD_TOKEN: &str = r#"{"code":500,"msg":"不合法的token"}"#;

fn login_params() -> JsValue {
    json(r#"{"username":"1611","password":"123456"}"#)
}

fn list_params() -> JsValue {
    json(r#"{"empCode":"AA1611"}"#)
}

#[wasm_bindgen_test]
async fn login_stores_the_token_and_later_calls_send_exactly_one_bearer_prefix() {
    let token = jwt("AA1611", 3600.0);
    let (fetch, seen) = scripted(vec![login_ok(&format!("Bearer {token}")), LIST_OK.into()]);
    let rz = client(&fetch, "");
    assert!(rz.token().is_null() && rz.token_expires_at().is_null());
    let result = ok(rz.account().login(login_params(), None)).await;
    assert_eq!(
        string(&get(&result, "userInfo"), "empCode").as_deref(),
        Some("AA1611")
    );
    assert_eq!(
        string(&result, "token").as_deref(),
        Some(token.as_str()),
        "bare JWT"
    );
    assert_eq!(rz.token().as_string().as_deref(), Some(token.as_str()));
    let exp = rz
        .token_expires_at()
        .as_f64()
        .expect("exp read from the JWT");
    assert!(
        (exp - (js_sys::Date::now() + 3_600_000.0)).abs() < 5_000.0,
        "{exp}"
    );

    let page = ok(rz.customer().list(list_params(), None)).await;
    let row = Array::from(&get(&page, "rows")).get(0);
    assert_eq!(get(&page, "total").as_f64(), Some(1.0));
    assert_eq!(get(&row, "hasHouse").as_bool(), Some(true));
    assert!(get(&row, "hasPolicy").is_null() && get(&row, "salary").is_null());
    assert_eq!(string(&row, "exeStatus").as_deref(), Some("INTENT"));
    assert_eq!(
        get(&get(&row, "isSecuityOrFund"), "socialSecurity").as_bool(),
        Some(true)
    );

    let seen = seen.borrow();
    assert_eq!(seen.len(), 2);
    let (login_url, login_init) = &seen[0];
    assert_eq!(login_url, "http://rongzi.test/api/account/login");
    assert_eq!(auth_header(login_init), None, "login sends no token");
    let body = string(login_init, "body").unwrap();
    assert!(
        body.contains("e10adc3949ba59abbe56e057f20f883e") && !body.contains("\"123456\""),
        "{body}"
    );
    let (list_url, list_init) = &seen[1];
    assert_eq!(list_url, "http://rongzi.test/api/customer/list");
    assert_eq!(auth_header(list_init), Some(format!("Bearer {token}")));
}

#[wasm_bindgen_test]
async fn a_missing_or_expired_token_rejects_with_auth_without_sending() {
    let (fetch, seen) = scripted(vec![LIST_OK.into()]);
    let rz = client(&fetch, "");
    let e = err(rz.customer().list(list_params(), None)).await;
    assert_eq!(string(&e, "kind").as_deref(), Some("auth"));
    assert_eq!(
        string(&e, "endpoint").as_deref(),
        Some("rongzi customer/list")
    );
    let expired = jwt("AA1611", -60.0);
    let rz = client(&fetch, &format!(r#","token":"Bearer {expired}""#));
    assert_eq!(rz.token().as_string().as_deref(), Some(expired.as_str()));
    let e = err(rz.sms().templates(None, None)).await;
    assert_eq!(string(&e, "kind").as_deref(), Some("auth"));
    assert!(string(&e, "message").unwrap().contains("expired"));
    assert!(seen.borrow().is_empty(), "nothing was sent");
}

#[wasm_bindgen_test]
async fn a_refused_token_is_an_auth_error_with_code_500() {
    let (fetch, seen) = scripted(vec![BAD_TOKEN.into()]);
    let rz = client(&fetch, r#","token":"opaque""#);
    let e = err(rz.customer().list(list_params(), None)).await;
    assert_eq!(string(&e, "kind").as_deref(), Some("auth"));
    assert_eq!(get(&e, "code").as_f64(), Some(500.0));
    assert_eq!(seen.borrow().len(), 1, "no retry without onUnauthorized");
    assert_eq!(
        auth_header(&seen.borrow()[0].1).as_deref(),
        Some("Bearer opaque")
    );
}

/// A client whose `onUnauthorized` logs in again through the client itself.
fn relogging_client(fetch: &Function, extra: &str) -> (Rc<RongziClient>, Rc<Cell<u32>>) {
    let slot: Rc<RefCell<Option<Rc<RongziClient>>>> = Rc::default();
    let calls = Rc::new(Cell::new(0));
    let (slot2, calls2) = (slot.clone(), calls.clone());
    let hook = Closure::<dyn FnMut(JsValue) -> JsValue>::new(move |error: JsValue| {
        assert_eq!(string(&error, "kind").as_deref(), Some("auth"));
        calls2.set(calls2.get() + 1);
        let rz = slot2.borrow().clone().expect("client is set");
        rz.account().login(login_params(), None).into()
    });
    let o = json(&format!(r#"{{"baseUrl":"http://rongzi.test"{extra}}}"#));
    set(&o, "fetch", fetch);
    set(&o, "onUnauthorized", &hook.into_js_value());
    let rz = Rc::new(RongziClient::new(o).expect("valid options"));
    *slot.borrow_mut() = Some(rz.clone());
    (rz, calls)
}

#[wasm_bindgen_test]
async fn on_unauthorized_logs_in_again_and_the_call_is_retried_once() {
    let fresh = jwt("AA1611", 3600.0);
    let (fetch, seen) = scripted(vec![BAD_TOKEN.into(), login_ok(&fresh), LIST_OK.into()]);
    let (rz, calls) = relogging_client(&fetch, r#","token":"stale""#);
    let page = ok(rz.customer().list(list_params(), None)).await;
    assert_eq!(get(&page, "total").as_f64(), Some(1.0));
    assert_eq!(calls.get(), 1);
    let seen = seen.borrow();
    let urls: Vec<&str> = seen
        .iter()
        .map(|(u, _)| u.rsplit("/api/").next().unwrap())
        .collect();
    assert_eq!(urls, ["customer/list", "account/login", "customer/list"]);
    assert_eq!(auth_header(&seen[0].1).as_deref(), Some("Bearer stale"));
    assert_eq!(auth_header(&seen[2].1), Some(format!("Bearer {fresh}")));
}

#[wasm_bindgen_test]
async fn on_unauthorized_also_covers_a_missing_token_and_retries_only_once() {
    // Not logged in: the hook logs in first, nothing is sent before.
    let fresh = jwt("AA1611", 3600.0);
    let (fetch, seen) = scripted(vec![login_ok(&fresh), LIST_OK.into()]);
    let (rz, calls) = relogging_client(&fetch, "");
    ok(rz.customer().list(list_params(), None)).await;
    assert_eq!((calls.get(), seen.borrow().len()), (1, 2));

    // A server that keeps refusing: one retry, then the auth error.
    let (fetch, seen) = scripted(vec![BAD_TOKEN.into(), login_ok(&fresh), BAD_TOKEN.into()]);
    let (rz, calls) = relogging_client(&fetch, r#","token":"stale""#);
    let e = err(rz.customer().list(list_params(), None)).await;
    assert_eq!(string(&e, "kind").as_deref(), Some("auth"));
    assert_eq!((calls.get(), seen.borrow().len()), (1, 3));
}

#[wasm_bindgen_test]
async fn a_failing_hook_rejects_with_the_auth_error_and_its_reason() {
    let (fetch, _) = scripted(vec![
        BAD_TOKEN.into(),
        r#"{"code":1,"msg":"用户名或密码错误"}"#.into(),
    ]);
    let (rz, calls) = relogging_client(&fetch, r#","token":"stale""#);
    let e = err(rz.customer().list(list_params(), None)).await;
    assert_eq!(string(&e, "kind").as_deref(), Some("auth"));
    let msg = string(&e, "message").unwrap();
    assert!(
        msg.contains("onUnauthorized failed") && msg.contains("用户名或密码错误"),
        "{msg}"
    );
    assert_eq!(calls.get(), 1);
}

#[wasm_bindgen_test]
async fn a_failed_login_is_auth_and_the_password_shows_nowhere() {
    let secret = "s3cr3t-密码";
    let (fetch, seen) = scripted(vec![r#"{"code":1,"msg":"用户名或密码错误"}"#.into()]);
    let rz = client(&fetch, "");
    let params = json(&format!(r#"{{"username":"1611","password":"{secret}"}}"#));
    let e = err(rz.account().login(params, None)).await;
    assert_eq!(string(&e, "kind").as_deref(), Some("auth"));
    assert_eq!(get(&e, "code").as_f64(), Some(1.0));
    let shown: String = JSON::stringify(&e).map(String::from).unwrap_or_default()
        + &string(&e, "message").unwrap_or_default()
        + &rz.to_string_js()
        + &String::from(JSON::stringify(&rz.to_json()).unwrap());
    assert!(!shown.contains(secret), "{shown}");
    let body = string(&seen.borrow()[0].1, "body").unwrap();
    assert!(!body.contains(secret));
    // A wrong type for the password is refused without quoting it.
    let e = err(rz
        .account()
        .login(json(r#"{"username":"1611","password":987654321}"#), None))
    .await;
    assert_eq!(string(&e, "field").as_deref(), Some("password"));
    assert!(!string(&e, "message").unwrap().contains("987654321"));
}

#[wasm_bindgen_test]
async fn to_json_and_to_string_never_show_the_token_and_logout_forgets_it() {
    let token = jwt("AA1611", 3600.0);
    let (fetch, _) = scripted(vec![LIST_OK.into()]);
    let rz = client(&fetch, &format!(r#","token":"{token}""#));
    let text: String = JSON::stringify(&rz.to_json()).unwrap().into();
    assert!(
        text.contains("\"loggedIn\":true") && !text.contains(&token),
        "{text}"
    );
    assert!(!rz.to_string_js().contains(&token));
    assert_eq!(
        rz.to_string_js(),
        "RongziClient(http://rongzi.test, logged in)"
    );
    rz.logout();
    assert!(rz.token().is_null() && rz.token_expires_at().is_null());
    let e = err(rz.customer().list(list_params(), None)).await;
    assert_eq!(string(&e, "kind").as_deref(), Some("auth"));
}

#[wasm_bindgen_test]
fn bad_options_are_named() {
    let Err(e) = RongziClient::new(json(
        r#"{"baseUrl":"127.0.0.1:8077","token":"a b","timeoutMs":-1}"#,
    )) else {
        panic!("accepted bad options");
    };
    let fields: Vec<String> = Array::from(&get(&e, "issues"))
        .iter()
        .map(|i| string(&i, "field").unwrap())
        .collect();
    assert_eq!(fields, ["baseUrl", "timeoutMs", "token"]);
    let Err(e) = RongziClient::new(json("{}")) else {
        panic!("accepted {{}}")
    };
    assert_eq!(string(&e, "field").as_deref(), Some("baseUrl"));
    let o = json(r#"{"baseUrl":"http://x.test"}"#);
    set(&o, "onUnauthorized", &JsValue::from(5));
    assert!(RongziClient::new(o).is_err());
}

#[wasm_bindgen_test]
async fn add_friend_is_deprecated_and_warns_once_per_client() {
    let console = get(&js_sys::global(), "console");
    let original = get(&console, "warn");
    let warnings: Rc<RefCell<Vec<String>>> = Rc::default();
    let w = warnings.clone();
    let spy = Closure::<dyn FnMut(JsValue)>::new(move |m: JsValue| {
        w.borrow_mut().push(m.as_string().unwrap_or_default())
    });
    set(&console, "warn", spy.as_ref());
    let (fetch, seen) = scripted(vec![r#"{"msg":"操作成功","code":0,"data":3}"#.into()]);
    let params = || json(r#"{"customerMobile":"18522222222","customerName":"普陀"}"#);
    let rz = client(&fetch, r#","token":"opaque""#);
    let first = ok(rz.wechat().add_friend(params(), None)).await;
    ok(rz.wechat().add_friend(params(), None)).await;
    let other = client(&fetch, r#","token":"opaque""#);
    ok(other.wechat().add_friend(params(), None)).await;
    set(&console, "warn", &original);
    assert_eq!(
        string(&first, "friendStatus").as_deref(),
        Some("REQUEST_PENDING")
    );
    assert_eq!(warnings.borrow().len(), 2, "{:?}", warnings.borrow());
    assert!(warnings.borrow()[0].contains("deprecated"));
    assert_eq!(seen.borrow().len(), 3, "still sent");
}

#[wasm_bindgen_test]
async fn list_all_pages_with_page_index_until_the_string_total() {
    // 5 customers, total sent as a string, pages of 2.
    let (fetch, seen) = fetch_with(|_, body| {
        let page = body["pageIndex"].as_i64().unwrap_or(0);
        let size = body["pageSize"].as_i64().unwrap_or(0);
        let rows: Vec<String> = ((page - 1) * size..(page * size).min(5))
            .map(|i| format!(r#"{{"customerCode":"C{i}","exeStatus":{}}}"#, i % 7 + 1))
            .collect();
        (
            200,
            format!(
                r#"{{"code":0,"data":{{"total":"5","rows":[{}]}}}}"#,
                rows.join(",")
            ),
        )
    });
    let rz = client(&fetch, r#","token":"opaque""#);
    let all = rz.customer().list_all(
        json(r#"{"empCode":"AA1611","pageSize":2,"customerExeStatus":"ALL"}"#),
        None,
    );
    let rows = collect_async(&all, 100).await.expect("no page fails");
    let codes: Vec<String> = rows
        .iter()
        .map(|r| string(r, "customerCode").unwrap())
        .collect();
    assert_eq!(codes, ["C0", "C1", "C2", "C3", "C4"]);
    let pages: Vec<i64> = seen
        .borrow()
        .iter()
        .map(|(_, init)| {
            let b: serde_json::Value =
                serde_json::from_str(&string(init, "body").unwrap()).unwrap();
            assert_eq!(b["customerExeStatus"], -1);
            b["pageIndex"].as_i64().unwrap()
        })
        .collect();
    assert_eq!(
        pages,
        [1, 2, 3],
        "stops at total, not with an extra empty page"
    );
    // Bad params reject the first step, before anything is sent.
    let before = seen.borrow().len();
    let bad = rz.customer().list_all(json(r#"{"pageSize":2}"#), None);
    let e = collect_async(&bad, 10)
        .await
        .expect_err("empCode is required");
    assert_eq!(string(&e, "field").as_deref(), Some("empCode"));
    assert_eq!(seen.borrow().len(), before);
}

#[wasm_bindgen_test]
async fn get_messages_all_stops_at_an_empty_page() {
    let (fetch, seen) = fetch_with(|_, body| {
        let rows = if body["pageIndex"] == 1 {
            r#"[{"senderRole":1,"occurTime":"2018-08-29 06:53:41.30","sendStatus":1,"isRead":0}]"#
        } else {
            "[]"
        };
        (200, format!(r#"{{"code":0,"data":{{"rows":{rows}}}}}"#))
    });
    let rz = client(&fetch, r#","token":"opaque""#);
    let all = rz
        .sms()
        .get_messages_all(Some(json(r#"{"pageSize":1}"#)), None);
    let rows = collect_async(&all, 100).await.expect("no page fails");
    assert_eq!(rows.len(), 1);
    assert_eq!(string(&rows[0], "senderRole").as_deref(), Some("SALES"));
    assert_eq!(get(&rows[0], "isRead").as_bool(), Some(false));
    assert_eq!(
        string(&rows[0], "occurTime").as_deref(),
        Some("2018-08-29 06:53:41.30")
    );
    assert_eq!(seen.borrow().len(), 2);
}

#[wasm_bindgen_test]
async fn sync_records_go_out_newest_first_and_resolve_the_millis() {
    let (fetch, seen) = scripted(vec![
        r#"{"msg":"操作成功","code":0,"data":1537345115000}"#.into()
    ]);
    let rz = client(&fetch, r#","token":"opaque""#);
    let records = json(
        r#"[{"mobile":"1","billSec":1,"callDate":"2018-08-30 18:30:55","empCode":"AA1611","callStatus":"SALES_NOT_CALLED"},
            {"mobile":"2","billSec":2,"callDate":"2018-08-31 18:30:55","empCode":"AA1611","callStatus":4}]"#,
    );
    let ms = ok(rz.call().sync_records(records, None)).await;
    assert_eq!(ms.as_f64(), Some(1_537_345_115_000.0));
    let body: serde_json::Value =
        serde_json::from_str(&string(&seen.borrow()[0].1, "body").unwrap()).unwrap();
    assert_eq!(body[0]["mobile"], "2");
    assert_eq!(body[1]["callStatus"], 0);
    let e = err(rz.call().sync_records(json("[]"), None)).await;
    assert_eq!(string(&e, "kind").as_deref(), Some("validation"));
}

#[wasm_bindgen_test]
fn labels_and_enum_values() {
    assert_eq!(
        rongzi_label("ExeStatus", "INTENT".into()).as_deref(),
        Some("有意向")
    );
    assert_eq!(
        rongzi_label("ExeStatus", JsValue::from(2)).as_deref(),
        Some("有意向")
    );
    assert_eq!(
        rongzi_label("CustomerExeStatus", JsValue::from(-1)).as_deref(),
        Some("全部")
    );
    assert_eq!(rongzi_label("ExeStatus", JsValue::from(2.5)), None);
    assert_eq!(rongzi_label("Nope", "INTENT".into()), None);
    let values = rongzi_enum_values("ContactStatus");
    assert_eq!(values.length(), 3);
    let first = values.get(0);
    assert_eq!(string(&first, "value").as_deref(), Some("NOT_CALLED"));
    assert_eq!(get(&first, "code").as_f64(), Some(0.0));
    assert_eq!(string(&first, "label").as_deref(), Some("未拨打"));
    assert_eq!(rongzi_enum_values("Nope").length(), 0);
}

// ------------------------------------------------------ through the simulator

fn sim_client(extra: &str) -> RongziClient {
    RongziClient::new(json(&format!(r#"{{"baseUrl":"{}"{extra}}}"#, sim_url())))
        .expect("valid options")
}

#[wasm_bindgen_test]
async fn simulator_login_list_edit_and_read_back() {
    let rz = sim_client("");
    let login = ok(rz.account().login(login_params(), None)).await;
    let emp = string(&get(&login, "userInfo"), "empCode").expect("empCode");
    assert_eq!(emp, "AA1611");
    assert!(rz
        .token_expires_at()
        .as_f64()
        .is_some_and(|t| t > js_sys::Date::now()));

    let page = ok(rz.customer().list(
        json(r#"{"empCode":"AA1611","pageIndex":1,"pageSize":5}"#),
        None,
    ))
    .await;
    let total = get(&page, "total")
        .as_f64()
        .expect("total is a number even when sent as a string");
    let rows = Array::from(&get(&page, "rows"));
    assert!(total >= rows.length() as f64 && rows.length() > 0);
    let first = rows.get(0);
    let code = string(&first, "customerCode").expect("customerCode");
    for key in [
        "hasCars",
        "hasPolicy",
        "hasHouse",
        "salary",
        "isSecuityOrFund",
        "exeStatus",
    ] {
        assert!(
            Reflect::has(&first, &key.into()).unwrap(),
            "{key} is always present"
        );
    }

    let comment = format!("wasm test {}", js_sys::Date::now());
    let edit = Object::new();
    set(&edit, "customerCode", &code.as_str().into());
    set(&edit, "comment", &comment.as_str().into());
    ok(rz.customer().edit_comment(edit.into(), None)).await;

    let all = rz
        .customer()
        .list_all(json(r#"{"empCode":"AA1611","pageSize":50}"#), None);
    let rows = collect_async(&all, 5000).await.expect("no page fails");
    assert_eq!(rows.len() as f64, total, "listAll covers the total exactly");
    let mine = rows
        .iter()
        .find(|r| string(r, "customerCode").as_deref() == Some(code.as_str()))
        .expect("the edited customer is listed");
    assert_eq!(string(mine, "comment").as_deref(), Some(comment.as_str()));
}

#[wasm_bindgen_test]
async fn simulator_refuses_a_bad_token_with_auth_and_on_unauthorized_recovers() {
    let rz = sim_client(r#","token":"Bearer not.a.jwt""#);
    let e = err(rz.customer().list(list_params(), None)).await;
    assert_eq!(string(&e, "kind").as_deref(), Some("auth"));
    assert_eq!(get(&e, "code").as_f64(), Some(500.0));

    let slot: Rc<RefCell<Option<Rc<RongziClient>>>> = Rc::default();
    let slot2 = slot.clone();
    let hook = Closure::<dyn FnMut(JsValue) -> JsValue>::new(move |_e: JsValue| {
        let rz = slot2.borrow().clone().expect("client is set");
        rz.account().login(login_params(), None).into()
    });
    let o = json(&format!(
        r#"{{"baseUrl":"{}","token":"not.a.jwt"}}"#,
        sim_url()
    ));
    set(&o, "onUnauthorized", &hook.into_js_value());
    let rz = Rc::new(RongziClient::new(o).unwrap());
    *slot.borrow_mut() = Some(rz.clone());
    let templates = ok(rz.sms().templates(None, None)).await;
    let first = Array::from(&templates).get(0);
    assert_eq!(
        string(&first, "id").as_deref(),
        Some("0"),
        "padded keys trimmed"
    );
    assert_ne!(rz.token().as_string().as_deref(), Some("not.a.jwt"));
}

#[wasm_bindgen_test]
async fn simulator_wrong_password_is_auth_code_1() {
    let rz = sim_client("");
    let e = err(rz
        .account()
        .login(json(r#"{"username":"1611","password":"wrong"}"#), None))
    .await;
    assert_eq!(string(&e, "kind").as_deref(), Some("auth"));
    assert_eq!(get(&e, "code").as_f64(), Some(1.0));
    assert!(rz.token().is_null());
}
