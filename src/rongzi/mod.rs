//! The Rongzi Assistant / 融助手 API: login and token, codes decoded into
//! meaning, validation, envelopes.
//!
//! Pure Rust: nothing here touches wasm or the network. The pipeline of every
//! endpoint is in [`operation`]; the endpoints themselves are in [`api`].
//!
//! ```
//! use yiwise_rongzi::rongzi::{api::customer::List, operation::{decode_response, parse_params}};
//! let p = parse_params::<List>(serde_json::json!({"customerExeStatus": "INTENT", "empCode": "AA1611"})).unwrap();
//! assert_eq!(p.emp_code, "AA1611");
//! let body = r#"{"code":0,"data":{"total":"1","rows":[{"customerCode":"C1","hasHouse":1,"exeStatus":2}]},"msg":"操作成功"}"#;
//! let page = decode_response::<List>(200, body).unwrap().data;
//! assert_eq!((page.total, page.rows[0].has_house), (Some(1), Some(true)));
//! ```

pub mod api;
pub mod codes;
pub mod config;
pub mod endpoints;
pub mod envelope;
pub mod operation;
pub mod password;
pub mod token;
