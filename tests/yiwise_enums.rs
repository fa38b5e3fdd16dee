//! Table-driven checks of the Yiwise enums against the inventory (E1–E28).

use std::collections::HashSet;

use yiwise_rongzi::yiwise::enums::*;

/// Runs `$body` once per enum type, with `$t` bound to the type.
macro_rules! for_each_enum {
    ($t:ident => $body:block) => {{
        for_each_enum!(@each $t $body;
            PhoneType, JobMode, JobStatus, DialStatus, RedialCondition, IntentLevel,
            Industry, SubIndustry, CallOutIndustry, WechatSendMethod, HangUpType, HangupBy,
            CallbackDataType, SpeakerType, JobOperation, FollowStatus, RobotCallTaskStatus,
            CallInCostType, DialogFlowStatus, DialogFlowType, DispatchType, CallInBillMode,
            LocationDisplayType, ReadStatus, ChatRoundBucket, ChatDurationBucket, AnswerSource,
            KnowledgeGateway, KnowledgeAnswerType, KnowledgeStatus)
    }};
    (@each $t:ident $body:block; $($ty:ident),+) => {{
        $({
            type $t = $ty;
            $body
        })+
    }};
}

/// (enum name, number of documented values), in E-order, from the inventory.
const COUNTS: &[(&str, usize)] = &[
    ("PhoneType", 9),           // E1
    ("JobMode", 2),             // E2
    ("JobStatus", 12),          // E3
    ("DialStatus", 12),         // E4
    ("RedialCondition", 9),     // E5
    ("IntentLevel", 6),         // E6
    ("Industry", 22),           // E7
    ("SubIndustry", 128),       // E8
    ("CallOutIndustry", 2),     // E9
    ("WechatSendMethod", 3),    // E10
    ("HangUpType", 5),          // E11
    ("HangupBy", 1),            // E12
    ("CallbackDataType", 3),    // E13
    ("SpeakerType", 2),         // E14
    ("JobOperation", 2),        // E15
    ("FollowStatus", 8),        // E16
    ("RobotCallTaskStatus", 6), // E17
    ("CallInCostType", 4),      // E19
    ("DialogFlowStatus", 4),    // E20
    ("DialogFlowType", 3),      // E21
    ("DispatchType", 2),        // E22
    ("CallInBillMode", 2),      // E23
    ("LocationDisplayType", 3), // E24
    ("ReadStatus", 2),          // E26
    ("ChatRoundBucket", 4),     // E27
    ("ChatDurationBucket", 5),  // E28
    // The 2021-01 docs (chat.md, knowledge.md).
    ("AnswerSource", 6),
    ("KnowledgeGateway", 5),
    ("KnowledgeAnswerType", 2),
    ("KnowledgeStatus", 3),
];

/// (enum, wire value, label) rows copied from the inventory.
const LABELS: &[(&str, &str, &str)] = &[
    // E1
    ("PhoneType", "MOBILE", "手机"),
    ("PhoneType", "LANDLINE", "固话"),
    ("PhoneType", "UNFIXED_CALL", "无主叫固话"),
    (
        "PhoneType",
        "CRM_VERBAL_TRICK_TRAINING_CALLER",
        "CRM训练主叫账号",
    ),
    (
        "PhoneType",
        "CRM_VERBAL_TRICK_TRAINING_CALLED",
        "CRM训练被叫账号",
    ),
    ("PhoneType", "VOIP_DEVICE", "网关设备"),
    ("PhoneType", "CS_SEAT", "人工外呼"),
    ("PhoneType", "MESSAGE", "短信"),
    ("PhoneType", "CALL_POLICY_GROUP", "外呼策略组"),
    // E2
    ("JobMode", "AUTO", "自动任务"),
    ("JobMode", "MANUAL", "手动任务"),
    // E3
    ("JobStatus", "NOT_STARTED", "未开始"),
    ("JobStatus", "IN_PROCESS", "进行中"),
    ("JobStatus", "COMPLETED", "已完成"),
    ("JobStatus", "RUNNABLE", "可运行"),
    ("JobStatus", "USER_PAUSE", "用户暂停"),
    ("JobStatus", "SYSTEM_SUSPENDED", "系统暂停"),
    ("JobStatus", "TERMINATE", "已终止"),
    ("JobStatus", "IN_QUEUE", "排队中"),
    ("JobStatus", "SYSTEM_HANG_UP", "系统挂起"),
    ("JobStatus", "WAITING_FOR_REDIAL", "等待重呼"),
    ("JobStatus", "ACCOUNT_DISABLE", "账户禁用"),
    ("JobStatus", "MAINTAIN", "系统维护"),
    // E4
    ("DialStatus", "ANSWERED", "已接听"),
    ("DialStatus", "NO_ANSWER", "未接"),
    ("DialStatus", "BUSY", "占线"),
    ("DialStatus", "POWER_OFF", "关机"),
    ("DialStatus", "OUT_OF_SERVICE", "被叫停机"),
    ("DialStatus", "REFUSED", "拒接"),
    ("DialStatus", "VACANT_NUMBER", "空号"),
    ("DialStatus", "CAN_NOT_CONNECT", "无法接通"),
    ("DialStatus", "FROM_PHONE_ERROR", "主叫号码不可用"),
    ("DialStatus", "SYSTEM_ERROR", "外呼失败"),
    ("DialStatus", "CALL_LOSS", "多并发呼损"),
    ("DialStatus", "TRANSFER_ARTIFICIAL", "转人工呼损"),
    // E5
    ("RedialCondition", "CALL_LOSS", "呼损客户"),
    ("RedialCondition", "NO_ANSWER", "无应答"),
    ("RedialCondition", "FROM_PHONE_ERROR", "主叫欠费"),
    ("RedialCondition", "SYSTEM_ERROR", "外呼失败"),
    // E6
    ("IntentLevel", "A", "较强"),
    ("IntentLevel", "B", "一般"),
    ("IntentLevel", "C", "无法判断"),
    ("IntentLevel", "D", "很少"),
    ("IntentLevel", "E", "需要再次跟进"),
    ("IntentLevel", "F", "无需再次跟进"),
    // E7
    ("Industry", "OTHER", "其他产品推广"),
    ("Industry", "FINANCE", "金融类"),
    ("Industry", "HUMANRESOURCE", "人力资源"),
    ("Industry", "SUPPLY_CHAIN", "运输行业"),
    ("Industry", "COMMUNICATION", "通信行业"),
    // E8
    ("SubIndustry", "OTHER", "其他产品推广"),
    ("SubIndustry", "LOAN", "贷款类"),
    ("SubIndustry", "FINICING", "理财"),
    ("SubIndustry", "FINICE", "融资"),
    ("SubIndustry", "FOUREIGN_REALTY", "海外房产"),
    ("SubIndustry", "FOUREIGN_MERCHANT", "外贸"),
    ("SubIndustry", "FOUREIGN_CLOTHING", "外贸"),
    ("SubIndustry", "FACILITY_RENT", "设备租凭"),
    ("SubIndustry", "HEAKTH_FACILITY", "保健器械"),
    ("SubIndustry", "EXHIBITION_ENTERPRISE", "会议邀约(企业)"),
    ("SubIndustry", "BEALTY_INVESTMENT", "美容"),
    ("SubIndustry", "RESTARUNT", "饭店"),
    ("SubIndustry", "STATISFICATION", "满意度调查"),
    ("SubIndustry", "E_RECEIPT", "电子发票"),
    ("SubIndustry", "SEO", "SEO"),
    ("SubIndustry", "HIRE", "招聘"),
    ("SubIndustry", "GAME_OTHER", "其他"),
    ("SubIndustry", "COMMUNICATION_OTHER", "其他"),
    // E9
    ("CallOutIndustry", "FINANCE", "金融"),
    ("CallOutIndustry", "OTHER", "其他"),
    // E10
    ("WechatSendMethod", "SENDTOALL", "全推送"),
    ("WechatSendMethod", "SENDTOONE", "单推送"),
    ("WechatSendMethod", "SENDTONONE", "不推送"),
    // E11
    ("HangUpType", "ACCOUNT_DEBT", "账户欠费"),
    ("HangUpType", "NO_ROBOT_AVAILABLE", "没有可用坐席"),
    ("HangUpType", "PHONE_UNBIND", "线路已解绑"),
    ("HangUpType", "LINE_BREAKDOWN", "线路故障"),
    ("HangUpType", "AVAILABLE_ROBOT_NOT_ENOUGH", "有效坐席数不足"),
    // E12 (only one value is documented; the label is ours)
    ("HangupBy", "REMOTE_HANGUP", "远端挂机"),
    // E13
    ("CallbackDataType", "ROBOT_CALL_RECORD", "单通通话记录"),
    ("CallbackDataType", "ROBOT_CALL_JOB", "任务结果信息"),
    ("CallbackDataType", "ROBOT_CALL_SMS", "短信回调"),
    // E14
    ("SpeakerType", "PERSON", "人"),
    ("SpeakerType", "ROBOT", "机器人"),
    // E15
    ("JobOperation", "PAUSE", "暂停"),
    ("JobOperation", "START", "开始"),
    // E16
    ("FollowStatus", "CLUE", "线索"),
    ("FollowStatus", "AI_INITIAL_VISIT", "AI初访"),
    ("FollowStatus", "PEOPLE_FOLLOW_UP", "人工持续跟进"),
    ("FollowStatus", "LOSS", "流失"),
    // E17
    ("RobotCallTaskStatus", "NOT_STARTED", "未开始"),
    ("RobotCallTaskStatus", "RETRY", "重试拨打"),
    ("RobotCallTaskStatus", "AUTO_RETRY", "自动重拨"),
    ("RobotCallTaskStatus", "IN_CACHE", "缓存中"),
    // E19
    ("CallInCostType", "LOCAL_CALL_BILL", "本地呼入计费"),
    ("CallInCostType", "OTHER_CALL_BILL", "外地呼入计费"),
    ("CallInCostType", "LINE_MONTHLY_BILL", "线路月租费用"),
    ("CallInCostType", "NONE", "无费用"),
    // E20
    ("DialogFlowStatus", "DRAFT", "草稿"),
    ("DialogFlowStatus", "PENDING_APPROVAL", "等待审核"),
    ("DialogFlowStatus", "REJECTED", "拒绝"),
    ("DialogFlowStatus", "APPROVED", "审核通过"),
    // E21
    ("DialogFlowType", "TEMPLATE", "模板"),
    ("DialogFlowType", "DEMO", "展示"),
    ("DialogFlowType", "NORMAL", "普通"),
    // E22
    ("DispatchType", "SORT_FIRST", "排序优先级优先"),
    ("DispatchType", "LOCATION_MATCH_FIRST", "归属地匹配优先"),
    // E23
    ("CallInBillMode", "MONTHLY", "按月租计费"),
    ("CallInBillMode", "CHAT_TIME", "按通话时长(分钟)计费"),
    // E24
    ("LocationDisplayType", "DEFAULT", "默认显示配置归属地"),
    ("LocationDisplayType", "RANDOM", "全国随机显示"),
    ("LocationDisplayType", "NO_DISPLAY", "不显示"),
    // E26
    ("ReadStatus", "NOT_READ", "未读"),
    ("ReadStatus", "HAS_READ", "已读"),
    // E27 (labels are ours; the docs give none)
    ("ChatRoundBucket", "LESS_3", "少于3轮"),
    ("ChatRoundBucket", "F3_T6", "3-6轮"),
    ("ChatRoundBucket", "F6_T10", "6-10轮"),
    ("ChatRoundBucket", "F10_MORE", "10轮以上"),
    // E28 (labels are ours; the docs give none)
    ("ChatDurationBucket", "LESS_10S", "少于10秒"),
    ("ChatDurationBucket", "F10S_T1MIN", "10秒-1分钟"),
    ("ChatDurationBucket", "F1MIN_T2MIN", "1-2分钟"),
    ("ChatDurationBucket", "F2MIN_T3MIN", "2-3分钟"),
    ("ChatDurationBucket", "F3MIN_TMORE", "3分钟以上"),
    // chat.md (2021-01): answerSource
    ("AnswerSource", "CHAT", "闲聊"),
    ("AnswerSource", "KNOWLEDGE", "问答知识"),
    ("AnswerSource", "DIALOG_FLOW", "多轮对话"),
    ("AnswerSource", "UNKNOWN", "拒答回复"),
    ("AnswerSource", "CLARIFICATION", "智能澄清"),
    ("AnswerSource", "KNOWLEDGE_RECOMMEND", "问答知识推荐"),
    // knowledge.md (2021-01): gateways, answer type, status
    ("KnowledgeGateway", "ALL", "全部"),
    ("KnowledgeGateway", "WEB", "web"),
    ("KnowledgeGateway", "WECHAT_PUBLIC", "微信公众号"),
    ("KnowledgeGateway", "WECHAT_MINI_PROGRAM", "微信小程序"),
    ("KnowledgeGateway", "WEIBO", "微博"),
    ("KnowledgeAnswerType", "PURE_TEXT", "纯文本"),
    ("KnowledgeAnswerType", "RICH_TEXT", "富文本"),
    ("KnowledgeStatus", "ENABLED", "启用"),
    ("KnowledgeStatus", "DISABLED", "停用"),
    ("KnowledgeStatus", "DRAFT", "草稿"),
];

fn values_of(name: &str) -> &'static [(&'static str, &'static str)] {
    ALL.iter()
        .find(|(n, _)| *n == name)
        .map(|(_, v)| *v)
        .unwrap_or_else(|| panic!("{name} missing from ALL"))
}

#[test]
fn all_lists_every_enum_in_e_order() {
    let names: Vec<&str> = ALL.iter().map(|(n, _)| *n).collect();
    let expected: Vec<&str> = COUNTS.iter().map(|(n, _)| *n).collect();
    assert_eq!(names, expected);
    assert_eq!(ALL.len(), 30);
}

#[test]
fn value_counts_match_inventory() {
    for (name, count) in COUNTS {
        assert_eq!(values_of(name).len(), *count, "{name}");
    }
    let mut types = 0;
    for_each_enum!(T => {
        types += 1;
        let expected = COUNTS.iter().find(|(n, _)| *n == T::NAME).map(|(_, c)| *c);
        assert_eq!(Some(T::VALUES.len()), expected, "{}", T::NAME);
        assert_eq!(values_of(T::NAME), T::VALUES, "{}", T::NAME);
    });
    assert_eq!(types, COUNTS.len());
}

#[test]
fn labels_match_inventory() {
    for (name, wire, want) in LABELS {
        assert_eq!(label(name, wire), Some(*want), "{name}::{wire}");
        assert!(
            values_of(name).contains(&(*wire, *want)),
            "{name}::{wire} not in VALUES"
        );
    }
    // At least two rows per enum (one for HangupBy, which documents one value).
    for (name, count) in COUNTS {
        let rows = LABELS.iter().filter(|(n, _, _)| n == name).count();
        assert!(rows >= 2.min(*count), "{name}: only {rows} label rows");
    }
}

#[test]
fn every_value_has_a_label_via_lookup() {
    for (name, values) in ALL {
        for (wire, lbl) in *values {
            assert!(!lbl.is_empty(), "{name}::{wire} has an empty label");
            assert_eq!(label(name, wire), Some(*lbl), "{name}::{wire}");
        }
    }
}

#[test]
fn every_value_round_trips() {
    for_each_enum!(T => {
        for (wire, lbl) in T::VALUES {
            let json = format!("\"{wire}\"");
            let v: T = serde_json::from_str(&json).unwrap();
            assert!(v.is_known(), "{}::{wire}", T::NAME);
            assert_eq!(v.label(), Some(*lbl), "{}::{wire}", T::NAME);
            assert_eq!(serde_json::to_string(&v).unwrap(), json);
            assert_eq!(T::from_wire(wire).as_str(), *wire);
            assert_eq!(T::from_wire(wire), v);
            assert_eq!(v.to_string(), *wire);
        }
    });
}

#[test]
fn unknown_values_are_kept() {
    for_each_enum!(T => {
        let v: T = serde_json::from_str("\"SOMETHING_NEW\"").unwrap();
        assert_eq!(v, T::Unknown("SOMETHING_NEW".to_string()), "{}", T::NAME);
        assert!(!v.is_known());
        assert_eq!(v.label(), None);
        assert_eq!(serde_json::to_string(&v).unwrap(), "\"SOMETHING_NEW\"");
        assert_eq!(label(T::NAME, "SOMETHING_NEW"), None);

        let n: T = serde_json::from_str("7").unwrap();
        assert_eq!(n, T::Unknown("7".to_string()), "{}", T::NAME);
        assert_eq!(serde_json::to_string(&n).unwrap(), "\"7\"");

        assert!(serde_json::from_str::<T>("null").is_err(), "{}", T::NAME);
        assert!(serde_json::from_str::<T>("true").is_err(), "{}", T::NAME);
    });
}

#[test]
fn values_are_case_sensitive() {
    assert_eq!(
        JobStatus::from_wire("in_process"),
        JobStatus::Unknown("in_process".to_string())
    );
    assert_eq!(
        IntentLevel::from_wire("a"),
        IntentLevel::Unknown("a".to_string())
    );
}

#[test]
fn wire_values_are_unique_within_each_enum() {
    for (name, values) in ALL {
        let mut seen = HashSet::new();
        for (wire, _) in *values {
            assert!(seen.insert(*wire), "{name}: duplicate {wire}");
            assert!(
                !wire.is_empty()
                    && wire
                        .chars()
                        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_'),
                "{name}: odd wire value {wire:?}"
            );
        }
    }
}

#[test]
fn enum_names_are_unique() {
    let mut seen = HashSet::new();
    for (name, _) in ALL {
        assert!(seen.insert(*name), "duplicate enum {name}");
    }
}

#[test]
fn unknown_enum_name_has_no_label() {
    assert_eq!(label("NoSuchEnum", "A"), None);
    assert_eq!(label("", ""), None);
    assert_eq!(label("jobstatus", "IN_PROCESS"), None);
}

#[test]
fn doc_misspellings_are_kept_verbatim() {
    let sub: Vec<&str> = SubIndustry::VALUES.iter().map(|(w, _)| *w).collect();
    for typo in [
        "FINICING",
        "FINICE",
        "FOUREIGN_REALTY",
        "FOUREIGN_MERCHANT",
        "FOUREIGN_CLOTHING",
        "HEAKTH_FACILITY",
        "BEALTY_INVESTMENT",
        "RESTARUNT",
        "STATISFICATION",
    ] {
        assert!(sub.contains(&typo), "{typo} missing");
    }
    for fixed in [
        "FINANCING",
        "FOREIGN_REALTY",
        "HEALTH_FACILITY",
        "RESTAURANT",
        "SATISFACTION",
    ] {
        assert!(!sub.contains(&fixed), "{fixed} should not be there");
    }
    assert_eq!(SubIndustry::from_wire("FINICING"), SubIndustry::Finicing);
    assert_eq!(SubIndustry::from_wire("RESTARUNT"), SubIndustry::Restarunt);
}

#[test]
fn sub_industry_keeps_doc_order() {
    let sub = SubIndustry::VALUES;
    assert_eq!(sub[0], ("OTHER", "其他产品推广"));
    assert_eq!(sub[1], ("LOAN", "贷款类"));
    assert_eq!(sub[5], ("FINICING", "理财"));
    assert_eq!(sub[18], ("MANSION", "豪宅"));
    assert_eq!(sub[127], ("COMMUNICATION_OTHER", "其他"));
}

#[test]
fn ordered_enums_keep_doc_order() {
    let wires = |v: &[(&str, &str)]| v.iter().map(|(w, _)| w.to_string()).collect::<Vec<_>>();
    assert_eq!(
        wires(JobStatus::VALUES),
        [
            "NOT_STARTED",
            "IN_PROCESS",
            "COMPLETED",
            "RUNNABLE",
            "USER_PAUSE",
            "SYSTEM_SUSPENDED",
            "TERMINATE",
            "IN_QUEUE",
            "SYSTEM_HANG_UP",
            "WAITING_FOR_REDIAL",
            "ACCOUNT_DISABLE",
            "MAINTAIN",
        ]
    );
    assert_eq!(
        wires(DialStatus::VALUES),
        [
            "ANSWERED",
            "NO_ANSWER",
            "BUSY",
            "POWER_OFF",
            "OUT_OF_SERVICE",
            "REFUSED",
            "VACANT_NUMBER",
            "CAN_NOT_CONNECT",
            "FROM_PHONE_ERROR",
            "SYSTEM_ERROR",
            "CALL_LOSS",
            "TRANSFER_ARTIFICIAL",
        ]
    );
    assert_eq!(wires(IntentLevel::VALUES), ["A", "B", "C", "D", "E", "F"]);
}

#[test]
fn variants_match_wire_values() {
    assert_eq!(JobStatus::InProcess.as_str(), "IN_PROCESS");
    assert_eq!(DialStatus::NoAnswer.label(), Some("未接"));
    assert_eq!(PhoneType::Landline.label(), Some("固话"));
    assert_eq!(CallInCostType::None.as_str(), "NONE");
    assert_eq!(LocationDisplayType::Default.as_str(), "DEFAULT");
    assert_eq!(ChatDurationBucket::F10sT1min.as_str(), "F10S_T1MIN");
    assert_eq!(ChatRoundBucket::F3T6.as_str(), "F3_T6");
    assert_eq!(SubIndustry::EReceipt.as_str(), "E_RECEIPT");
    assert_eq!(HangupBy::RemoteHangup.as_str(), "REMOTE_HANGUP");
    assert_eq!(JobStatus::default(), JobStatus::Unknown(String::new()));
}

#[test]
fn ts_declarations_cover_every_enum() {
    let ts = ts_declarations();
    assert_eq!(ts.lines().count(), ALL.len());
    for (line, (name, values)) in ts.lines().zip(ALL) {
        assert!(
            line.starts_with(&format!("export type {name} = ")),
            "{line}"
        );
        assert!(line.ends_with("(string & {});"), "{line}");
        for (wire, _) in *values {
            assert!(line.contains(&format!("\"{wire}\" | ")), "{name}: {wire}");
        }
    }
    assert!(ts.contains("export type JobMode = \"AUTO\" | \"MANUAL\" | (string & {});"));
}
