//! Every documented Yiwise enum (E1–E28 of the inventory), with Chinese labels.
//! (Placeholder: one value each until filled in.)

crate::open_enum! {
    /// 电话卡/线路类型 (E1).
    pub enum PhoneType {
        /// 手机
        Mobile = "MOBILE" => "手机",
    }
}

crate::open_enum! {
    /// 任务类型 (E2).
    pub enum JobMode {
        /// 自动任务
        Auto = "AUTO" => "自动任务",
    }
}

crate::open_enum! {
    /// 任务状态 (E3).
    pub enum JobStatus {
        /// 未开始
        NotStarted = "NOT_STARTED" => "未开始",
    }
}

crate::open_enum! {
    /// 通话结果 resultStatus (E4).
    pub enum DialStatus {
        /// 已接听
        Answered = "ANSWERED" => "已接听",
    }
}

crate::open_enum! {
    /// 重拨条件 (E5).
    pub enum RedialCondition {
        /// 呼损客户
        CallLoss = "CALL_LOSS" => "呼损客户",
    }
}

crate::open_enum! {
    /// 意向等级 (E6).
    pub enum IntentLevel {
        /// 较强
        A = "A" => "较强",
    }
}

crate::open_enum! {
    /// 一级行业 (E7).
    pub enum Industry {
        /// 其他产品推广
        Other = "OTHER" => "其他产品推广",
    }
}

crate::open_enum! {
    /// 二级行业 (E8).
    pub enum SubIndustry {
        /// 贷款类
        Loan = "LOAN" => "贷款类",
    }
}

crate::open_enum! {
    /// 线路外呼行业 (E9).
    pub enum CallOutIndustry {
        /// 金融
        Finance = "FINANCE" => "金融",
    }
}

crate::open_enum! {
    /// 微信推送方式 (E10).
    pub enum WechatSendMethod {
        /// 全推送
        Sendtoall = "SENDTOALL" => "全推送",
    }
}

crate::open_enum! {
    /// 系统挂起类型 (E11).
    pub enum HangUpType {
        /// 账户欠费
        AccountDebt = "ACCOUNT_DEBT" => "账户欠费",
    }
}

crate::open_enum! {
    /// 挂机状态 (E12).
    pub enum HangupBy {
        /// 对方挂机
        RemoteHangup = "REMOTE_HANGUP" => "对方挂机",
    }
}

crate::open_enum! {
    /// 回调类型 (E13).
    pub enum CallbackDataType {
        /// 单通通话记录
        RobotCallRecord = "ROBOT_CALL_RECORD" => "单通通话记录",
    }
}

crate::open_enum! {
    /// 说话者 (E14).
    pub enum SpeakerType {
        /// 人
        Person = "PERSON" => "人",
    }
}

crate::open_enum! {
    /// 批量操作 (E15).
    pub enum JobOperation {
        /// 暂停
        Pause = "PAUSE" => "暂停",
    }
}

crate::open_enum! {
    /// 跟进状态 (E16).
    pub enum FollowStatus {
        /// 线索
        Clue = "CLUE" => "线索",
    }
}

crate::open_enum! {
    /// 呼叫状态 (E17).
    pub enum RobotCallTaskStatus {
        /// 未开始
        NotStarted = "NOT_STARTED" => "未开始",
    }
}

crate::open_enum! {
    /// 呼入计费类型 (E19).
    pub enum CallInCostType {
        /// 本地呼入计费
        LocalCallBill = "LOCAL_CALL_BILL" => "本地呼入计费",
    }
}

crate::open_enum! {
    /// 话术状态 (E20).
    pub enum DialogFlowStatus {
        /// 草稿
        Draft = "DRAFT" => "草稿",
    }
}

crate::open_enum! {
    /// 话术类型 (E21, 2018).
    pub enum DialogFlowType {
        /// 模板
        Template = "TEMPLATE" => "模板",
    }
}

crate::open_enum! {
    /// 优先级策略 (E22).
    pub enum DispatchType {
        /// 排序优先级优先
        SortFirst = "SORT_FIRST" => "排序优先级优先",
    }
}

crate::open_enum! {
    /// 呼入计费方式 (E23).
    pub enum CallInBillMode {
        /// 按月租计费
        Monthly = "MONTHLY" => "按月租计费",
    }
}

crate::open_enum! {
    /// 归属地显示 (E24).
    pub enum LocationDisplayType {
        /// 默认显示配置归属地
        Default = "DEFAULT" => "默认显示配置归属地",
    }
}

crate::open_enum! {
    /// 已读状态 (E26).
    pub enum ReadStatus {
        /// 未读
        NotRead = "NOT_READ" => "未读",
    }
}

crate::open_enum! {
    /// 通话轮次区间 (E27).
    pub enum ChatRoundBucket {
        /// 少于3轮
        Less3 = "LESS_3" => "少于3轮",
    }
}

crate::open_enum! {
    /// 通话时长区间 (E28).
    pub enum ChatDurationBucket {
        /// 少于10秒
        Less10s = "LESS_10S" => "少于10秒",
    }
}

/// The Chinese label of `value` in enum `enum_name` (e.g. `"JobStatus"`), if both are known.
pub fn label(enum_name: &str, value: &str) -> Option<&'static str> {
    match enum_name {
        "PhoneType" => PhoneType::from_wire(value).label(),
        "JobMode" => JobMode::from_wire(value).label(),
        "JobStatus" => JobStatus::from_wire(value).label(),
        "DialStatus" => DialStatus::from_wire(value).label(),
        "RedialCondition" => RedialCondition::from_wire(value).label(),
        "IntentLevel" => IntentLevel::from_wire(value).label(),
        "Industry" => Industry::from_wire(value).label(),
        "SubIndustry" => SubIndustry::from_wire(value).label(),
        "CallOutIndustry" => CallOutIndustry::from_wire(value).label(),
        "WechatSendMethod" => WechatSendMethod::from_wire(value).label(),
        "HangUpType" => HangUpType::from_wire(value).label(),
        "HangupBy" => HangupBy::from_wire(value).label(),
        "CallbackDataType" => CallbackDataType::from_wire(value).label(),
        "SpeakerType" => SpeakerType::from_wire(value).label(),
        "JobOperation" => JobOperation::from_wire(value).label(),
        "FollowStatus" => FollowStatus::from_wire(value).label(),
        "RobotCallTaskStatus" => RobotCallTaskStatus::from_wire(value).label(),
        "CallInCostType" => CallInCostType::from_wire(value).label(),
        "DialogFlowStatus" => DialogFlowStatus::from_wire(value).label(),
        "DialogFlowType" => DialogFlowType::from_wire(value).label(),
        "DispatchType" => DispatchType::from_wire(value).label(),
        "CallInBillMode" => CallInBillMode::from_wire(value).label(),
        "LocationDisplayType" => LocationDisplayType::from_wire(value).label(),
        "ReadStatus" => ReadStatus::from_wire(value).label(),
        "ChatRoundBucket" => ChatRoundBucket::from_wire(value).label(),
        "ChatDurationBucket" => ChatDurationBucket::from_wire(value).label(),
        _ => None,
    }
}

/// (enum NAME, VALUES) of every enum.
pub const ALL: &[(&str, &[(&str, &str)])] = &[
    (PhoneType::NAME, PhoneType::VALUES),
    (JobMode::NAME, JobMode::VALUES),
    (JobStatus::NAME, JobStatus::VALUES),
    (DialStatus::NAME, DialStatus::VALUES),
    (RedialCondition::NAME, RedialCondition::VALUES),
    (IntentLevel::NAME, IntentLevel::VALUES),
    (Industry::NAME, Industry::VALUES),
    (SubIndustry::NAME, SubIndustry::VALUES),
    (CallOutIndustry::NAME, CallOutIndustry::VALUES),
    (WechatSendMethod::NAME, WechatSendMethod::VALUES),
    (HangUpType::NAME, HangUpType::VALUES),
    (HangupBy::NAME, HangupBy::VALUES),
    (CallbackDataType::NAME, CallbackDataType::VALUES),
    (SpeakerType::NAME, SpeakerType::VALUES),
    (JobOperation::NAME, JobOperation::VALUES),
    (FollowStatus::NAME, FollowStatus::VALUES),
    (RobotCallTaskStatus::NAME, RobotCallTaskStatus::VALUES),
    (CallInCostType::NAME, CallInCostType::VALUES),
    (DialogFlowStatus::NAME, DialogFlowStatus::VALUES),
    (DialogFlowType::NAME, DialogFlowType::VALUES),
    (DispatchType::NAME, DispatchType::VALUES),
    (CallInBillMode::NAME, CallInBillMode::VALUES),
    (LocationDisplayType::NAME, LocationDisplayType::VALUES),
    (ReadStatus::NAME, ReadStatus::VALUES),
    (ChatRoundBucket::NAME, ChatRoundBucket::VALUES),
    (ChatDurationBucket::NAME, ChatDurationBucket::VALUES),
];

/// Every enum's TypeScript declaration.
pub fn ts_declarations() -> String {
    [
        PhoneType::TS_DECL,
        JobMode::TS_DECL,
        JobStatus::TS_DECL,
        DialStatus::TS_DECL,
        RedialCondition::TS_DECL,
        IntentLevel::TS_DECL,
        Industry::TS_DECL,
        SubIndustry::TS_DECL,
        CallOutIndustry::TS_DECL,
        WechatSendMethod::TS_DECL,
        HangUpType::TS_DECL,
        HangupBy::TS_DECL,
        CallbackDataType::TS_DECL,
        SpeakerType::TS_DECL,
        JobOperation::TS_DECL,
        FollowStatus::TS_DECL,
        RobotCallTaskStatus::TS_DECL,
        CallInCostType::TS_DECL,
        DialogFlowStatus::TS_DECL,
        DialogFlowType::TS_DECL,
        DispatchType::TS_DECL,
        CallInBillMode::TS_DECL,
        LocationDisplayType::TS_DECL,
        ReadStatus::TS_DECL,
        ChatRoundBucket::TS_DECL,
        ChatDurationBucket::TS_DECL,
    ]
    .join("\n")
}
