//! `resource_class!`: declares one JS resource object and its methods.
//!
//! Every method has the same body: forward to [`call`] with its
//! [`Operation`]. Each method gets its own `#[wasm_bindgen] impl` block
//! (wasm-bindgen merges them), because an attribute macro cannot see through
//! nested macro calls.

use super::client::ClientInner;
use crate::error::Error;
use crate::wasm::convert;
use crate::wasm::error::to_js;
use crate::wasm::transport::{self, CallOptions};
use crate::yiwise::operation::{
    build_request, decode_response, endpoint_name, parse_params, Operation,
};
use js_sys::Promise;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::future_to_promise;

/// Runs operation `O` for JS: validation, signing, fetch, decoding. Every
/// failure rejects the promise with a `YiwiseRongziError`; nothing throws
/// synchronously.
pub(crate) fn call<O: Operation + 'static>(
    inner: &Rc<ClientInner>,
    params: JsValue,
    options: JsValue,
) -> Promise {
    let inner = inner.clone();
    future_to_promise(async move {
        run::<O>(&inner, params, options)
            .await
            .map_err(|e| to_js(&e))
    })
}

async fn run<O: Operation>(
    inner: &ClientInner,
    params: JsValue,
    options: JsValue,
) -> Result<JsValue, Error> {
    let ep = endpoint_name::<O>();
    let opts = CallOptions::from_js(&ep, &options)?;
    let json = convert::params_to_json(&ep, &params)?;
    let typed = parse_params::<O>(json)?;
    let req = build_request::<O>(&inner.config, &typed, convert::now_ms())?;
    let raw = transport::send(&inner.transport, &req, &opts, &ep).await?;
    let decoded = decode_response::<O>(raw.status, &raw.body)?;
    let js = convert::to_js(&ep, &decoded.data)?;
    convert::attach_last_response(&js, decoded.request_id.as_deref(), decoded.status);
    Ok(js)
}

/// Declares a resource class and its methods.
///
/// ```ignore
/// resource_class! {
///     /// `client.job`: call tasks.
///     JobApi as "YiwiseJobApi" {
///         /// Creates a task. (doc shown in the .d.ts)
///         create = "create" (required) => job::Create, "JobCreateParams", "Promise<JobCreateResult>";
///         get_jobs = "getJobs" (optional) => job::GetJobs, "JobGetJobsParams", "Promise<Page<JobSummary>>";
///     }
/// }
/// ```
/// `(required)` makes `params` mandatory in TypeScript, `(optional)` makes it `params?`.
macro_rules! resource_class {
    (
        $(#[$meta:meta])*
        $ty:ident as $js:literal {
            $(
                $(#[$fmeta:meta])*
                $fn_name:ident = $js_fn:literal ($req:ident) => $op:path, $params_ts:literal, $ret_ts:literal;
            )*
        }
    ) => {
        $(#[$meta])*
        #[wasm_bindgen::prelude::wasm_bindgen(js_name = $js)]
        pub struct $ty {
            pub(crate) inner: std::rc::Rc<$crate::wasm::yiwise::client::ClientInner>,
        }

        $(
            $crate::wasm::yiwise::resource::resource_method!(
                $(#[$fmeta])* $ty, $js, $fn_name, $js_fn, $req, $op, $params_ts, $ret_ts
            );
        )*
    };
}

/// One method of a resource class (see [`resource_class!`]).
macro_rules! resource_method {
    ($(#[$fmeta:meta])* $ty:ident, $js:literal, $fn_name:ident, $js_fn:literal, required, $op:path, $params_ts:literal, $ret_ts:literal) => {
        #[wasm_bindgen::prelude::wasm_bindgen(js_class = $js)]
        impl $ty {
            $(#[$fmeta])*
            #[wasm_bindgen(js_name = $js_fn, unchecked_return_type = $ret_ts)]
            pub fn $fn_name(
                &self,
                #[wasm_bindgen(unchecked_param_type = $params_ts)] params: wasm_bindgen::JsValue,
                #[wasm_bindgen(unchecked_param_type = "CallOptions")] options: Option<wasm_bindgen::JsValue>,
            ) -> js_sys::Promise {
                $crate::wasm::yiwise::resource::call::<$op>(
                    &self.inner,
                    params,
                    options.unwrap_or(wasm_bindgen::JsValue::UNDEFINED),
                )
            }
        }
    };
    ($(#[$fmeta:meta])* $ty:ident, $js:literal, $fn_name:ident, $js_fn:literal, optional, $op:path, $params_ts:literal, $ret_ts:literal) => {
        #[wasm_bindgen::prelude::wasm_bindgen(js_class = $js)]
        impl $ty {
            $(#[$fmeta])*
            #[wasm_bindgen(js_name = $js_fn, unchecked_return_type = $ret_ts)]
            pub fn $fn_name(
                &self,
                #[wasm_bindgen(unchecked_param_type = $params_ts)] params: Option<wasm_bindgen::JsValue>,
                #[wasm_bindgen(unchecked_param_type = "CallOptions")] options: Option<wasm_bindgen::JsValue>,
            ) -> js_sys::Promise {
                $crate::wasm::yiwise::resource::call::<$op>(
                    &self.inner,
                    params.unwrap_or(wasm_bindgen::JsValue::UNDEFINED),
                    options.unwrap_or(wasm_bindgen::JsValue::UNDEFINED),
                )
            }
        }
    };
}

pub(crate) use resource_class;
pub(crate) use resource_method;
