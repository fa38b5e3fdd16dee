//! The table of every endpoint: the 41 of the newest docs (2021-01), then the
//! 3 only the vendor's demos use (`experimental`).
//!
//! One row per endpoint: JS resource and function (mirroring the URL), HTTP
//! method and path. The tests that check the JS surface and the server kit's
//! proxy are driven by it.

use crate::http::Method;

/// One documented endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EndpointInfo {
    /// JS resource: `client.<resource>`.
    pub resource: &'static str,
    /// JS function: `client.<resource>.<function>`.
    pub function: &'static str,
    /// HTTP method.
    pub method: Method,
    /// Path after `/apiOpen/{version}/`.
    pub path: &'static str,
    /// Chinese title from the docs.
    pub title: &'static str,
    /// Whether the call only reads, so repeating it after a lost answer
    /// cannot change anything: only these are retried automatically
    /// ([`crate::retry`]). Every mutation (create, start, import, delete,
    /// modify …) is `false`, whatever its HTTP method.
    pub safe_to_retry: bool,
    /// Not in any version of the public docs: the shape comes from the vendor's
    /// demo client (`yiwise/openapidemo`).
    pub experimental: bool,
}

macro_rules! endpoints {
    ($( $res:literal . $func:literal : $m:ident $rw:ident $path:literal $title:literal $($exp:ident)? ;)+) => {
        /// Every endpoint, by resource. `read` rows are safe to retry; `write`
        /// rows are mutations; `experimental` rows are not in the docs.
        pub const ENDPOINTS: &[EndpointInfo] = &[
            $( EndpointInfo {
                resource: $res, function: $func, method: Method::$m, path: $path, title: $title,
                safe_to_retry: endpoints!(@safe $rw), experimental: endpoints!(@exp $($exp)?),
            }, )+
        ];
    };
    (@safe read) => { true };
    (@safe write) => { false };
    (@exp experimental) => { true };
    (@exp) => { false };
}

endpoints! {
    "callRecord"."callDetail": Get read "callRecord/callDetail" "获取一个通话的详情接口";
    "callRecord"."deleteRobotCallTask": Post write "callRecord/deleteRobotCallTask" "从未呼客户列表中删除单个客户";
    "callRecord"."deleteRobotCallTaskList": Get write "callRecord/deleteRobotCallTaskList" "从未呼客户列表中批量删除待呼客户名单";
    "callRecord"."getCallRecordInfoList": Post read "callRecord/getCallRecordInfoList" "获取已经完成任务电话号码接口";
    "callRecord"."toBeCalledList": Get read "callRecord/toBeCalledList" "获取未完成任务电话号码接口";
    "callStats"."callCostStatsInfo": Get read "callStats/callCostStatsInfo" "话单计费统计";
    "chat"."send": Post write "chat" "专业版文本机器人聊天接口";
    "csRobot"."staffGroupList": Get read "csRobot/staffGroupList" "获取人工坐席列表接口";
    "dialogFlow"."exportDialogFlowWordDoc": Get read "dialogFlow/exportDialogFlowWordDoc" "获取话术主流程word文档";
    "dialogFlow"."getDialogFlowCallJobRelatedInfo": Get read "dialogFlow/getDialogFlowCallJobRelatedInfo" "获取话术中存在人工介入和转人工等标识";
    "dialogFlow"."getDialogFlowList": Get read "dialogFlow/getDialogFlowList" "获取公司的机器人话术列表接口";
    "intentLevelTag"."getIntentLevelTag": Get read "intentLevelTag/getIntentLevelTag" "获取意向标签内容";
    "intentLevelTag"."getUsedIntentLevelTagList": Get read "intentLevelTag/getUsedIntentLevelTagList" "获取已使用的意向标签组列表接口";
    "isv"."genSubAccountIsv": Post write "isv/genSubAccountIsv" "生成isv账号";
    "isv"."getIsvList": Post read "isv/getIsvList" "获取isv列表";
    "isv"."updateIsvInfo": Post write "isv/updateIsvInfo" "修改ISV对象的公司签名和回调地址";
    "job"."checkAll": Post read "job/checkAll" "（开始/暂停/终止所有任务前）检查所有任务";
    "job"."create": Post write "job/create" "创建任务接口";
    "job"."delete": Post write "job/delete" "删除任务";
    "job"."executeJobs": Post write "job/executeJobs" "执行（开始，暂停）所有任务";
    "job"."getJobDetail": Get read "job/getJobDetail" "获取任务详情接口";
    "job"."getJobProperties": Get read "job/getJobProperties" "获取任务中的变量（包括话术变量和短信变量）";
    "job"."getJobStats": Get read "job/getJobStats" "获取任务统计接口";
    "job"."getJobStatsInfoList": Post read "job/getJobStatsInfoList" "获取任务统计相关信息（总量，完成量）";
    "job"."getJobs": Get read "job/getJobs" "获取任务列表接口";
    "job"."importCustomer": Post write "job/importCustomer" "向任务中导入客户接口";
    "job"."modify": Patch write "job/modify" "修改任务接口";
    "job"."oneTimeCall": Post write "job/oneTimeCall" "快速任务拨打 (vendor demo)" experimental;
    "job"."pause": Post write "job/pause" "暂停任务接口";
    "job"."reAddCustomerToJob": Post write "job/reAddCustomerToJob" "已呼客户列表重新添加客户到呼叫任务";
    "job"."start": Post write "job/start" "启动任务接口";
    "job"."stop": Post write "job/stop" "停止任务接口";
    "job"."updateAiCount": Post write "job/updateAiCount" "修改任务并发数（AI坐席数量）";
    "knowledge"."create": Post write "knowledge/create" "添加知识接口";
    "knowledge"."list": Get read "knowledge/list" "查询知识列表接口";
    "knowledge"."update": Post write "knowledge/update" "更新问答知识";
    "phone"."getPhoneList": Get read "phone/getPhoneList" "获取公司的主叫电话列表接口";
    "phone"."updatePhoneInfoByTenantPhoneNumberId": Post write "phone/updatePhoneInfoByTenantPhoneNumberId" "修改线路信息 (vendor demo)" experimental;
    "phone"."updatePhonePriceByTenantPhoneNumberId": Post write "phone/updatePhonePriceByTenantPhoneNumberId" "修改线路价格 (vendor demo)" experimental;
    "policyGroup"."create": Post write "policyGroup/create" "创建外呼策略组接口";
    "policyGroup"."getIdAndNamePairList": Get read "policyGroup/getIdAndNamePairList" "获取外呼策略组选择接口";
    "policyGroup"."list": Get read "policyGroup/list" "获取外呼策略组列表接口";
    "policyGroup"."update": Post write "policyGroup/update" "更新外呼策略组接口";
    "tenant"."getTenant": Get read "tenant/getTenant" "获取公司列表接口";
}

/// Whether a call of `method` `path` may be repeated automatically: only a
/// documented read, called with its documented method. Unknown paths (through
/// `client.request`) are never retried.
///
/// ```
/// use yiwise_rongzi::http::Method;
/// use yiwise_rongzi::yiwise::endpoints::safe_to_retry;
/// assert!(safe_to_retry(Method::Post, "job/getJobStatsInfoList"));
/// assert!(!safe_to_retry(Method::Post, "job/create"));
/// assert!(!safe_to_retry(Method::Get, "callRecord/deleteRobotCallTaskList"));
/// assert!(!safe_to_retry(Method::Get, "some/unknownPath"));
/// ```
pub fn safe_to_retry(method: Method, path: &str) -> bool {
    by_path(path).is_some_and(|e| e.method == method && e.safe_to_retry)
}

/// Finds the endpoint with this path.
pub fn by_path(path: &str) -> Option<&'static EndpointInfo> {
    ENDPOINTS.iter().find(|e| e.path == path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn there_are_44_endpoints_and_the_js_name_mirrors_the_path() {
        assert_eq!(ENDPOINTS.len(), 44);
        assert_eq!(ENDPOINTS.iter().filter(|e| e.experimental).count(), 3);
        for e in ENDPOINTS {
            // `chat` has no function segment: its function is `send`.
            let path = if e.path == "chat" {
                "chat/send"
            } else {
                e.path
            };
            assert_eq!(format!("{}/{}", e.resource, e.function), path);
        }
        assert_eq!(by_path("job/modify").map(|e| e.method), Some(Method::Patch));
    }

    /// The mutations, listed by hand: a lost answer to one of these must not
    /// become a second task, a double import or a second delete.
    #[test]
    fn exactly_these_endpoints_are_never_retried() {
        let mut mutations: Vec<&str> = ENDPOINTS
            .iter()
            .filter(|e| !e.safe_to_retry)
            .map(|e| e.path)
            .collect();
        mutations.sort_unstable();
        assert_eq!(
            mutations,
            [
                "callRecord/deleteRobotCallTask",
                "callRecord/deleteRobotCallTaskList",
                "chat",
                "isv/genSubAccountIsv",
                "isv/updateIsvInfo",
                "job/create",
                "job/delete",
                "job/executeJobs",
                "job/importCustomer",
                "job/modify",
                "job/oneTimeCall",
                "job/pause",
                "job/reAddCustomerToJob",
                "job/start",
                "job/stop",
                "job/updateAiCount",
                "knowledge/create",
                "knowledge/update",
                "phone/updatePhoneInfoByTenantPhoneNumberId",
                "phone/updatePhonePriceByTenantPhoneNumberId",
                "policyGroup/create",
                "policyGroup/update",
            ]
        );
        // Every GET but one is a read; the POST reads are only queries.
        let post_reads: Vec<&str> = ENDPOINTS
            .iter()
            .filter(|e| e.safe_to_retry && e.method != Method::Get)
            .map(|e| e.path)
            .collect();
        assert_eq!(
            post_reads,
            [
                "callRecord/getCallRecordInfoList",
                "isv/getIsvList",
                "job/checkAll",
                "job/getJobStatsInfoList",
            ]
        );
        assert!(!safe_to_retry(Method::Get, "job/getJobStatsInfoList"));
    }
}
