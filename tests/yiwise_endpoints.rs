//! Every endpoint (the 41 of the 2021-01 docs and the 3 of the vendor's
//! demos) has exactly one typed operation, with the method and path of the
//! docs (or the demo), and the endpoint table agrees with them.

use serde::Deserialize;
use std::collections::BTreeSet;
use yiwise_rongzi::http::Method;
use yiwise_rongzi::yiwise::api::*;
use yiwise_rongzi::yiwise::endpoints::ENDPOINTS;
use yiwise_rongzi::yiwise::operation::Operation;

fn row<O: Operation>() -> (String, &'static str) {
    (format!("{:?}", O::METHOD).to_uppercase(), O::PATH)
}

fn typed_operations() -> Vec<(String, &'static str)> {
    vec![
        row::<tenant::GetTenant>(),
        row::<phone::GetPhoneList>(),
        row::<dialog_flow::GetDialogFlowList>(),
        row::<dialog_flow::GetDialogFlowCallJobRelatedInfo>(),
        row::<dialog_flow::ExportDialogFlowWordDoc>(),
        row::<call_stats::CallCostStatsInfo>(),
        row::<cs_robot::StaffGroupList>(),
        row::<intent_level_tag::GetIntentLevelTag>(),
        row::<intent_level_tag::GetUsedIntentLevelTagList>(),
        row::<isv::GenSubAccountIsv>(),
        row::<isv::GetIsvList>(),
        row::<isv::UpdateIsvInfo>(),
        row::<policy_group::Create>(),
        row::<policy_group::GetIdAndNamePairList>(),
        row::<policy_group::List>(),
        row::<policy_group::Update>(),
        row::<job::CheckAll>(),
        row::<job::Create>(),
        row::<job::Delete>(),
        row::<job::ExecuteJobs>(),
        row::<job::GetJobDetail>(),
        row::<job::GetJobProperties>(),
        row::<job::GetJobStats>(),
        row::<job::GetJobStatsInfoList>(),
        row::<job::GetJobs>(),
        row::<job::ImportCustomer>(),
        row::<job::Modify>(),
        row::<job::Pause>(),
        row::<job::ReAddCustomerToJob>(),
        row::<job::Start>(),
        row::<job::Stop>(),
        row::<job::UpdateAiCount>(),
        row::<call_record::CallDetail>(),
        row::<call_record::DeleteRobotCallTask>(),
        row::<call_record::DeleteRobotCallTaskList>(),
        row::<call_record::GetCallRecordInfoList>(),
        row::<call_record::ToBeCalledList>(),
        row::<chat::Chat>(),
        row::<knowledge::List>(),
        row::<knowledge::Create>(),
        row::<knowledge::Update>(),
        row::<job::OneTimeCall>(),
        row::<phone::UpdatePhoneInfoByTenantPhoneNumberId>(),
        row::<phone::UpdatePhonePriceByTenantPhoneNumberId>(),
    ]
}

#[derive(Deserialize)]
struct Documented {
    method: String,
    path: String,
    js: String,
    #[serde(default)]
    experimental: bool,
}

fn documented() -> Vec<Documented> {
    serde_json::from_str(include_str!("fixtures/yiwise/endpoints.json")).unwrap()
}

#[test]
fn each_of_the_44_endpoints_has_one_typed_operation_with_its_method() {
    let typed: BTreeSet<(String, String)> = typed_operations()
        .into_iter()
        .map(|(m, p)| (m, p.to_string()))
        .collect();
    let docs: BTreeSet<(String, String)> = documented()
        .into_iter()
        .map(|d| (d.method, d.path))
        .collect();
    assert_eq!(typed.len(), 44, "an operation is listed twice");
    assert_eq!(typed, docs);
}

#[test]
fn the_endpoint_table_matches_the_docs_and_mirrors_the_url() {
    let docs = documented();
    assert_eq!(ENDPOINTS.len(), docs.len());
    for d in &docs {
        let e = ENDPOINTS
            .iter()
            .find(|e| e.path == d.path)
            .unwrap_or_else(|| panic!("{} missing from ENDPOINTS", d.path));
        assert_eq!(format!("{}.{}", e.resource, e.function), d.js);
        assert_eq!(format!("{:?}", e.method).to_uppercase(), d.method);
        assert_eq!(e.experimental, d.experimental, "{}", d.path);
    }
}

#[test]
fn only_job_modify_is_patch_and_reads_use_the_query_string() {
    let patch: Vec<_> = typed_operations()
        .into_iter()
        .filter(|(m, _)| m == "PATCH")
        .map(|(_, p)| p)
        .collect();
    assert_eq!(patch, ["job/modify"]);
    assert!(Method::Get.uses_query());
    assert!(!Method::Post.uses_query() && !Method::Patch.uses_query());
}
