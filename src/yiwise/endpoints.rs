//! The table of every documented endpoint (2019-07 docs, 37 endpoints).
//!
//! One row per endpoint: JS resource and function (mirroring the URL), HTTP
//! method and path. The README's endpoint table and the tests that check the
//! JS surface are driven by it.

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
}

macro_rules! endpoints {
    ($( $res:literal . $func:literal : $m:ident $path:literal $title:literal ;)+) => {
        /// Every endpoint, in the inventory's order.
        pub const ENDPOINTS: &[EndpointInfo] = &[
            $( EndpointInfo { resource: $res, function: $func, method: Method::$m, path: $path, title: $title }, )+
        ];
    };
}

endpoints! {
    "callRecord"."callDetail": Get "callRecord/callDetail" "获取一个通话的详情接口";
    "callRecord"."deleteRobotCallTask": Post "callRecord/deleteRobotCallTask" "从未呼客户列表中删除单个客户";
    "callRecord"."deleteRobotCallTaskList": Get "callRecord/deleteRobotCallTaskList" "从未呼客户列表中批量删除待呼客户名单";
    "callRecord"."getCallRecordInfoList": Post "callRecord/getCallRecordInfoList" "获取已经完成任务电话号码接口";
    "callRecord"."toBeCalledList": Get "callRecord/toBeCalledList" "获取未完成任务电话号码接口";
    "callStats"."callCostStatsInfo": Get "callStats/callCostStatsInfo" "话单计费统计";
    "csRobot"."staffGroupList": Get "csRobot/staffGroupList" "获取人工坐席列表接口";
    "dialogFlow"."exportDialogFlowWordDoc": Get "dialogFlow/exportDialogFlowWordDoc" "获取话术主流程word文档";
    "dialogFlow"."getDialogFlowCallJobRelatedInfo": Get "dialogFlow/getDialogFlowCallJobRelatedInfo" "获取话术中存在人工介入和转人工等标识";
    "dialogFlow"."getDialogFlowList": Get "dialogFlow/getDialogFlowList" "获取公司的机器人话术列表接口";
    "intentLevelTag"."getIntentLevelTag": Get "intentLevelTag/getIntentLevelTag" "获取意向标签内容";
    "intentLevelTag"."getUsedIntentLevelTagList": Get "intentLevelTag/getUsedIntentLevelTagList" "获取已使用的意向标签组列表接口";
    "isv"."genSubAccountIsv": Post "isv/genSubAccountIsv" "生成isv账号";
    "isv"."getIsvList": Post "isv/getIsvList" "获取isv列表";
    "isv"."updateIsvInfo": Post "isv/updateIsvInfo" "修改ISV对象的公司签名和回调地址";
    "job"."checkAll": Post "job/checkAll" "（开始/暂停/终止所有任务前）检查所有任务";
    "job"."create": Post "job/create" "创建任务接口";
    "job"."delete": Post "job/delete" "删除任务";
    "job"."executeJobs": Post "job/executeJobs" "执行（开始，暂停）所有任务";
    "job"."getJobDetail": Get "job/getJobDetail" "获取任务详情接口";
    "job"."getJobProperties": Get "job/getJobProperties" "获取任务中的变量（包括话术变量和短信变量）";
    "job"."getJobStats": Get "job/getJobStats" "获取任务统计接口";
    "job"."getJobStatsInfoList": Post "job/getJobStatsInfoList" "获取任务统计相关信息（总量，完成量）";
    "job"."getJobs": Get "job/getJobs" "获取任务列表接口";
    "job"."importCustomer": Post "job/importCustomer" "向任务中导入客户接口";
    "job"."modify": Patch "job/modify" "修改任务接口";
    "job"."pause": Post "job/pause" "暂停任务接口";
    "job"."reAddCustomerToJob": Post "job/reAddCustomerToJob" "已呼客户列表重新添加客户到呼叫任务";
    "job"."start": Post "job/start" "启动任务接口";
    "job"."stop": Post "job/stop" "停止任务接口";
    "job"."updateAiCount": Post "job/updateAiCount" "修改任务并发数（AI坐席数量）";
    "phone"."getPhoneList": Get "phone/getPhoneList" "获取公司的主叫电话列表接口";
    "policyGroup"."create": Post "policyGroup/create" "创建外呼策略组接口";
    "policyGroup"."getIdAndNamePairList": Get "policyGroup/getIdAndNamePairList" "获取外呼策略组选择接口";
    "policyGroup"."list": Get "policyGroup/list" "获取外呼策略组列表接口";
    "policyGroup"."update": Post "policyGroup/update" "更新外呼策略组接口";
    "tenant"."getTenant": Get "tenant/getTenant" "获取公司列表接口";
}

/// Finds the endpoint with this path.
pub fn by_path(path: &str) -> Option<&'static EndpointInfo> {
    ENDPOINTS.iter().find(|e| e.path == path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn there_are_37_endpoints_and_the_js_name_mirrors_the_path() {
        assert_eq!(ENDPOINTS.len(), 37);
        for e in ENDPOINTS {
            assert_eq!(format!("{}/{}", e.resource, e.function), e.path);
        }
        assert_eq!(by_path("job/modify").map(|e| e.method), Some(Method::Patch));
    }
}
