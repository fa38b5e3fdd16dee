//! `resource_class!`: declares one JS resource object (`client.job`,
//! `rz.customer`, …) and its methods, for either API.
//!
//! Each API's `resource.rs` wraps it with its own module name (`yiwise` or
//! `rongzi`) and client-state type; the methods then forward to that module's
//! `resource::call::<Op>` and `resource::pages::<_, Op>`.
//!
//! ```ignore
//! resource_class! {
//!     /// `client.job`: call tasks.
//!     JobApi as "YiwiseJobApi" {
//!         /// Creates a task. (doc shown in the .d.ts)
//!         create = "create" (required) => job::Create, "JobCreateParams", "JobCreateResult";
//!         get_jobs = "getJobs" (optional) => job::GetJobs, "JobGetJobsParams", "Page<JobSummary>";
//!     } pages {
//!         /// Every task.
//!         get_jobs_all = "getJobsAll" (optional) => job::GetJobs, "JobGetJobsParams", "JobSummary";
//!     }
//! }
//! ```
//! `(required)` makes `params` mandatory in TypeScript, `(optional)` makes it
//! `params?`; `options?` is always optional. A method's last string is the
//! TypeScript of its result: the method returns an `APIPromise` of it
//! (`.withResponse()` included, see `response_info.rs`). `pages { }` entries become
//! `PagedIterable<Item, Page>` methods over every row (see `paging.rs`).
//!
//! The TypeScript of each method is written by hand into the `.d.ts` (an
//! `interface` that merges with the class): wasm-bindgen cannot mark a
//! parameter with an overridden type as optional. Each method gets its own
//! `#[wasm_bindgen] impl` block (wasm-bindgen merges them), because an
//! attribute macro cannot see through nested macro calls. Doc comments are
//! matched as `tt` so their text reaches the `.d.ts` verbatim.

/// The shared body: `$api` is `yiwise` or `rongzi`, `$inner` the client state
/// type in `$crate::wasm::$api::client`.
macro_rules! js_resource_class {
    (
        $api:ident, $inner:ident;
        $(#[doc = $doc:tt])*
        $ty:ident as $js:literal {
            $(
                $(#[doc = $fdoc:tt])*
                $fn_name:ident = $js_fn:literal ($req:ident) => $op:path, $params_ts:literal, $ret_ts:literal;
            )*
        }
        $(
            pages {
                $(
                    $(#[doc = $pdoc:tt])*
                    $pfn_name:ident = $pjs_fn:literal ($preq:ident) => $pop:path, $pparams_ts:literal, $item_ts:literal;
                )*
            }
        )?
    ) => {
        $(#[doc = $doc])*
        #[wasm_bindgen::prelude::wasm_bindgen(js_name = $js)]
        pub struct $ty {
            pub(crate) inner: std::rc::Rc<$crate::wasm::$api::client::$inner>,
        }

        $(
            $crate::wasm::resource_class::js_method!(
                $api, call [$op], $(#[doc = $fdoc])* $ty, $js, $fn_name, $js_fn, $req, $op, $params_ts,
                "CallOptions", js_sys::Promise, concat!("APIPromise<", $ret_ts, ">")
            );
        )*

        $($(
            $crate::wasm::resource_class::js_method!(
                $api, pages [_, $pop], $(#[doc = $pdoc])* $ty, $js, $pfn_name, $pjs_fn, $preq, $pop, $pparams_ts,
                "PageOptions", wasm_bindgen::JsValue,
                concat!("PagedIterable<", $item_ts, ", ", $crate::wasm::resource_class::page_ts!($api), "<", $item_ts, ">>")
            );
        )*)?
    };
}

/// One method: its TypeScript (a merged interface) and its body, which
/// forwards to `$crate::wasm::$api::resource::$run::<$generics>` (`call` or `pages`).
macro_rules! js_method {
    ($api:ident, $run:ident [$($generics:tt)*], $(#[doc = $fdoc:tt])* $ty:ident, $js:literal, $fn_name:ident, $js_fn:literal, $req:ident, $op:path, $params_ts:literal, $options_ts:literal, $ret:ty, $ret_ts:expr) => {
        const _: () = {
            #[wasm_bindgen::prelude::wasm_bindgen(typescript_custom_section)]
            const TS: &'static str = concat!(
                "export interface ", $js, " {\n    /**\n",
                $("     *", $fdoc, "\n",)*
                "     */\n    ", $js_fn, "(params",
                $crate::wasm::resource_class::optional_mark!($req),
                ": ", $params_ts, ", options?: ", $options_ts, "): ", $ret_ts, ";\n}\n"
            );
        };

        #[wasm_bindgen::prelude::wasm_bindgen(js_class = $js)]
        impl $ty {
            $(#[doc = $fdoc])*
            #[wasm_bindgen(js_name = $js_fn, skip_typescript)]
            pub fn $fn_name(
                &self,
                params: $crate::wasm::resource_class::param_type!($req),
                options: Option<wasm_bindgen::JsValue>,
            ) -> $ret {
                $crate::wasm::$api::resource::$run::<$($generics)*>(
                    &self.inner,
                    $crate::wasm::resource_class::param_value!($req, params),
                    options.unwrap_or(wasm_bindgen::JsValue::UNDEFINED),
                )
            }
        }
    };
}

/// The TypeScript page type of an API (what `pages()` yields).
macro_rules! page_ts {
    (yiwise) => {
        "Page"
    };
    (rongzi) => {
        "RongziPage"
    };
}

/// `"?"` for optional params, `""` for required ones.
macro_rules! optional_mark {
    (required) => {
        ""
    };
    (optional) => {
        "?"
    };
}

/// The Rust type of `params`: required params are a plain `JsValue`.
macro_rules! param_type {
    (required) => { wasm_bindgen::JsValue };
    (optional) => { Option<wasm_bindgen::JsValue> };
}

/// `params` as a `JsValue` (`undefined` when an optional one is left out).
macro_rules! param_value {
    (required, $p:ident) => {
        $p
    };
    (optional, $p:ident) => {
        $p.unwrap_or(wasm_bindgen::JsValue::UNDEFINED)
    };
}

pub(crate) use js_method;
pub(crate) use js_resource_class;
pub(crate) use optional_mark;
pub(crate) use page_ts;
pub(crate) use param_type;
pub(crate) use param_value;

/// Declares a client's resource getters (`client.job`, `rz.customer`, …):
/// each makes its resource object on first access and then returns that same
/// object (`client.job === client.job`, and a call through `client.job.…`
/// allocates no wrapper). Also a plain `fn` per resource for Rust callers,
/// which returns a new handle.
///
/// ```ignore
/// resource_getters! {
///     YiwiseClient, YiwiseResources;
///     /// `client.job`: call tasks.
///     job, js_job as "job" => JobApi, "YiwiseJobApi";
/// }
/// ```
///
/// (`js_job` names the exported getter in Rust; JS sees `job`.)
///
/// The cache lives in the client object itself (not in the shared state the
/// resources hold), so no reference cycle keeps a client alive.
macro_rules! resource_getters {
    (
        $client:ident, $resources:ident;
        $(
            $(#[doc = $doc:tt])*
            $name:ident, $getter:ident as $js:literal => $ty:ident, $ts:literal;
        )+
    ) => {
        /// The resource objects of one client, each made on first access.
        #[derive(Default)]
        pub(crate) struct $resources {
            $( $name: ::std::cell::OnceCell<::wasm_bindgen::JsValue>, )+
        }

        impl $client {
            $(
                $(#[doc = $doc])*
                ///
                /// For Rust callers: a new handle on each call.
                pub fn $name(&self) -> $ty {
                    $ty {
                        inner: self.inner.clone(),
                    }
                }
            )+
        }

        $crate::wasm::resource_class::resource_getter_js! { $client; $( $(#[doc = $doc])* $name, $getter as $js => $ts; )+ }
    };
}

/// One `#[wasm_bindgen] impl` block per getter (see [`js_resource_class`]).
macro_rules! resource_getter_js {
    ($client:ident; $( $(#[doc = $doc:tt])* $name:ident, $getter:ident as $js:literal => $ts:literal; )+) => {
        $(
            #[::wasm_bindgen::prelude::wasm_bindgen]
            impl $client {
                $(#[doc = $doc])*
                /// The same object on every access.
                #[wasm_bindgen(getter, js_name = $js, unchecked_return_type = $ts)]
                pub fn $getter(&self) -> ::wasm_bindgen::JsValue {
                    self.resources
                        .$name
                        .get_or_init(|| self.$name().into())
                        .clone()
                }
            }
        )+
    };
}

pub(crate) use resource_getter_js;
pub(crate) use resource_getters;
