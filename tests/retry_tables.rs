//! Which endpoints are retried automatically: one table per API, tied to the
//! typed operations, with the mutations listed by hand.

use yiwise_rongzi::http::Method;
use yiwise_rongzi::rongzi::api::{account, call, customer, sms, wechat};
use yiwise_rongzi::rongzi::endpoints::{safe_to_retry, ENDPOINTS};
use yiwise_rongzi::rongzi::operation::Operation;

fn row<O: Operation>() -> (Method, &'static str) {
    (O::METHOD, O::PATH)
}

#[test]
fn every_rongzi_operation_is_in_the_table_with_its_method() {
    let ops = [
        row::<account::Login>(),
        row::<customer::List>(),
        row::<customer::EditComment>(),
        row::<sms::Templates>(),
        row::<sms::AddMessages>(),
        row::<sms::GetMessages>(),
        row::<call::SyncRecords>(),
        row::<wechat::AddFriend>(),
        row::<wechat::UpdateFriendStatus>(),
    ];
    assert_eq!(ops.len(), ENDPOINTS.len());
    for (m, p) in ops {
        assert!(
            ENDPOINTS.iter().any(|e| e.path == p && e.method == m),
            "{p} missing"
        );
    }
}

#[test]
fn rongzi_login_and_every_write_are_never_retried() {
    let mut never: Vec<&str> = ENDPOINTS
        .iter()
        .filter(|e| !e.safe_to_retry)
        .map(|e| e.path)
        .collect();
    never.sort_unstable();
    assert_eq!(
        never,
        [
            "account/login",
            "call/syncRecords",
            "customer/editComment",
            "sms/addMessages",
            "wechat/addFriend",
            "wechat/updateFriendStatus",
        ]
    );
    assert!(safe_to_retry(Method::Post, "customer/list"));
    assert!(safe_to_retry(Method::Get, "sms/templates"));
    assert!(safe_to_retry(Method::Post, "sms/getMessages"));
    // The wrong method or an unknown path: no.
    assert!(!safe_to_retry(Method::Get, "customer/list"));
    assert!(!safe_to_retry(Method::Get, "customer/other"));
}

#[test]
fn every_yiwise_operation_path_is_in_the_table() {
    use yiwise_rongzi::yiwise::endpoints::{by_path, safe_to_retry as yiwise_safe};
    // The typed operations and the table agree (tests/yiwise_endpoints.rs);
    // here: the retry decision uses the table's method.
    for e in yiwise_rongzi::yiwise::endpoints::ENDPOINTS {
        assert_eq!(
            by_path(e.path).map(|x| x.safe_to_retry),
            Some(e.safe_to_retry)
        );
        assert_eq!(yiwise_safe(e.method, e.path), e.safe_to_retry);
    }
}
