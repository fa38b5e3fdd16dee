//! Every documented Yiwise enum (E1–E28 of the inventory), with Chinese labels.
//!
//! Each enum is an open enum (see [`crate::open_enum!`]): documented values
//! decode into named variants, anything else into `Unknown(String)`, kept as
//! sent. Wire values are copied verbatim from the docs, misspellings included.
//! E18 (call-stats `type`) and E25 (`enabledStatus`) are integers, not string
//! enums, and are not here.
//!
//! [`label`] looks a label up by enum name, [`ALL`] lists every enum's values
//! and [`ts_declarations`] gives the TypeScript union types.

crate::open_enum! {
    /// 电话卡/线路类型 (E1).
    ///
    /// Used in: `phone/getPhoneList` (`phoneType`), `job/create`/`job/modify` and job detail
    /// (`phoneType`), `callStats/callCostStatsInfo` cost rows (all 9 values), policy-group line
    /// lists.
    ///
    /// Ordinals/short codes from the docs: MOBILE 0 "M", LANDLINE 1 "L", UNFIXED_CALL 2 "U",
    /// CRM_* 3/4 "CVR"/"CVD", VOIP_DEVICE 5 "D", CS_SEAT 11, MESSAGE 12 "MES",
    /// CALL_POLICY_GROUP 13.
    pub enum PhoneType {
        /// 手机
        Mobile = "MOBILE" => "手机",
        /// 固话
        Landline = "LANDLINE" => "固话",
        /// 无主叫固话
        UnfixedCall = "UNFIXED_CALL" => "无主叫固话",
        /// CRM训练主叫账号
        CrmVerbalTrickTrainingCaller = "CRM_VERBAL_TRICK_TRAINING_CALLER" => "CRM训练主叫账号",
        /// CRM训练被叫账号
        CrmVerbalTrickTrainingCalled = "CRM_VERBAL_TRICK_TRAINING_CALLED" => "CRM训练被叫账号",
        /// 网关设备
        VoipDevice = "VOIP_DEVICE" => "网关设备",
        /// 人工外呼
        CsSeat = "CS_SEAT" => "人工外呼",
        /// 短信
        Message = "MESSAGE" => "短信",
        /// 外呼策略组
        CallPolicyGroup = "CALL_POLICY_GROUP" => "外呼策略组",
    }
}

crate::open_enum! {
    /// 任务类型 (E2).
    ///
    /// Used in: `job/create`/`job/modify` (`mode`) and job detail.
    pub enum JobMode {
        /// 自动任务
        Auto = "AUTO" => "自动任务",
        /// 手动任务
        Manual = "MANUAL" => "手动任务",
    }
}

crate::open_enum! {
    /// 任务状态 (E3).
    ///
    /// Used in: `job/getJobs` (`status`), `job/getJobDetail`, `job/checkAll` (`statusSet` and
    /// result items), `job/executeJobs` items, and the `ROBOT_CALL_JOB` callback.
    ///
    /// Ordinals: 0–7, then 10–13.
    pub enum JobStatus {
        /// 未开始
        NotStarted = "NOT_STARTED" => "未开始",
        /// 进行中
        InProcess = "IN_PROCESS" => "进行中",
        /// 已完成
        Completed = "COMPLETED" => "已完成",
        /// 可运行
        Runnable = "RUNNABLE" => "可运行",
        /// 用户暂停
        UserPause = "USER_PAUSE" => "用户暂停",
        /// 系统暂停
        SystemSuspended = "SYSTEM_SUSPENDED" => "系统暂停",
        /// 已终止
        Terminate = "TERMINATE" => "已终止",
        /// 排队中
        InQueue = "IN_QUEUE" => "排队中",
        /// 系统挂起
        SystemHangUp = "SYSTEM_HANG_UP" => "系统挂起",
        /// 等待重呼
        WaitingForRedial = "WAITING_FOR_REDIAL" => "等待重呼",
        /// 账户禁用
        AccountDisable = "ACCOUNT_DISABLE" => "账户禁用",
        /// 系统维护
        Maintain = "MAINTAIN" => "系统维护",
    }
}

crate::open_enum! {
    /// 通话结果 resultStatus (E4).
    ///
    /// Used in: `callRecord/getCallRecordInfoList` and `callRecord/callDetail`
    /// (`resultStatus(es)`), `job/reAddCustomerToJob` (`resultStatuses`), job stats
    /// `dialResult` keys, `customerPerson.lastDialStatus`, and the `ROBOT_CALL_RECORD`
    /// callback.
    ///
    /// Ordinals 0–11. Where the docs give several labels the first short one is kept (e.g.
    /// NO_ANSWER 未接 / 无应答).
    pub enum DialStatus {
        /// 已接听
        Answered = "ANSWERED" => "已接听",
        /// 未接
        NoAnswer = "NO_ANSWER" => "未接",
        /// 占线
        Busy = "BUSY" => "占线",
        /// 关机
        PowerOff = "POWER_OFF" => "关机",
        /// 被叫停机
        OutOfService = "OUT_OF_SERVICE" => "被叫停机",
        /// 拒接
        Refused = "REFUSED" => "拒接",
        /// 空号
        VacantNumber = "VACANT_NUMBER" => "空号",
        /// 无法接通
        CanNotConnect = "CAN_NOT_CONNECT" => "无法接通",
        /// 主叫号码不可用
        FromPhoneError = "FROM_PHONE_ERROR" => "主叫号码不可用",
        /// 外呼失败
        SystemError = "SYSTEM_ERROR" => "外呼失败",
        /// 多并发呼损
        CallLoss = "CALL_LOSS" => "多并发呼损",
        /// 转人工呼损
        TransferArtificial = "TRANSFER_ARTIFICIAL" => "转人工呼损",
    }
}

crate::open_enum! {
    /// 重拨条件 (E5).
    ///
    /// Used in: `job/create`/`job/modify` (`redialCondition`) and job detail.
    pub enum RedialCondition {
        /// 呼损客户
        CallLoss = "CALL_LOSS" => "呼损客户",
        /// 无应答
        NoAnswer = "NO_ANSWER" => "无应答",
        /// 忙线中
        Busy = "BUSY" => "忙线中",
        /// 拒接
        Refused = "REFUSED" => "拒接",
        /// 关机
        PowerOff = "POWER_OFF" => "关机",
        /// 停机
        OutOfService = "OUT_OF_SERVICE" => "停机",
        /// 无法接通
        CanNotConnect = "CAN_NOT_CONNECT" => "无法接通",
        /// 主叫欠费
        FromPhoneError = "FROM_PHONE_ERROR" => "主叫欠费",
        /// 外呼失败
        SystemError = "SYSTEM_ERROR" => "外呼失败",
    }
}

crate::open_enum! {
    /// 意向等级 (E6).
    ///
    /// Used in: `intentLevel(s)` of the call-record endpoints and the callback,
    /// `smsAlertLevel`/`wechatAlertLevel` of jobs, job stats `intentLevel` keys,
    /// `lastIntentLevel`.
    ///
    /// Ordinals A=0 … F=5.
    pub enum IntentLevel {
        /// 较强
        A = "A" => "较强",
        /// 一般
        B = "B" => "一般",
        /// 无法判断
        C = "C" => "无法判断",
        /// 很少
        D = "D" => "很少",
        /// 需要再次跟进
        E = "E" => "需要再次跟进",
        /// 无需再次跟进
        F = "F" => "无需再次跟进",
    }
}

crate::open_enum! {
    /// 一级行业 (E7).
    ///
    /// Used in: `dialogFlow/getDialogFlowList` (`industry`, as documented in tenant.md).
    pub enum Industry {
        /// 其他产品推广
        Other = "OTHER" => "其他产品推广",
        /// 金融类
        Finance = "FINANCE" => "金融类",
        /// 房产类
        Realty = "REALTY" => "房产类",
        /// 企业服务
        Company = "COMPANY" => "企业服务",
        /// 保险行业
        Insurance = "INSURANCE" => "保险行业",
        /// 健康保健
        Health = "HEALTH" => "健康保健",
        /// 会务营销
        Conference = "CONFERENCE" => "会务营销",
        /// 招商加盟
        Alliance = "ALLIANCE" => "招商加盟",
        /// 教育类
        Education = "EDUCATION" => "教育类",
        /// 通知回访
        Callback = "CALLBACK" => "通知回访",
        /// 汽车行业
        Auto = "AUTO" => "汽车行业",
        /// 互联网行业
        Internet = "INTERNET" => "互联网行业",
        /// 文化行业
        Cultural = "CULTURAL" => "文化行业",
        /// 服装行业
        Clothing = "CLOTHING" => "服装行业",
        /// 市场调研
        Marketing = "MARKETING" => "市场调研",
        /// 人力资源
        Humanresource = "HUMANRESOURCE" => "人力资源",
        /// 交通出行
        Transport = "TRANSPORT" => "交通出行",
        /// 市政
        Government = "GOVERNMENT" => "市政",
        /// 婚庆
        Wedding = "WEDDING" => "婚庆",
        /// 运输行业
        SupplyChain = "SUPPLY_CHAIN" => "运输行业",
        /// 游戏行业
        Game = "GAME" => "游戏行业",
        /// 通信行业
        Communication = "COMMUNICATION" => "通信行业",
    }
}

crate::open_enum! {
    /// 二级行业 (E8).
    ///
    /// Used in: `dialogFlow/getDialogFlowList` (`subIndustry`, as documented in tenant.md).
    ///
    /// All 128 values in doc order. The docs' misspellings are the wire values and are kept
    /// verbatim (`FINICING`, `FINICE`, `FOUREIGN_REALTY`, `FOUREIGN_MERCHANT`,
    /// `FOUREIGN_CLOTHING`, `HEAKTH_FACILITY`, `BEALTY_INVESTMENT`, `RESTARUNT`,
    /// `STATISFICATION`). The docs give no mapping to the parent [`Industry`].
    pub enum SubIndustry {
        /// 其他产品推广
        Other = "OTHER" => "其他产品推广",
        /// 贷款类
        Loan = "LOAN" => "贷款类",
        /// 股票类
        Stock = "STOCK" => "股票类",
        /// 金融催缴
        DebtCollection = "DEBT_COLLECTION" => "金融催缴",
        /// 信用卡
        CreditCard = "CREDIT_CARD" => "信用卡",
        /// 理财
        Finicing = "FINICING" => "理财",
        /// 外汇
        Exchange = "EXCHANGE" => "外汇",
        /// 股权投资
        StockInvestment = "STOCK_INVESTMENT" => "股权投资",
        /// 个股期权
        Option = "OPTION" => "个股期权",
        /// 车贷
        AutoLoan = "AUTO_LOAN" => "车贷",
        /// 分期
        Installment = "INSTALLMENT" => "分期",
        /// 邀请开户
        AccountInvestment = "ACCOUNT_INVESTMENT" => "邀请开户",
        /// 融资
        Finice = "FINICE" => "融资",
        /// 提现
        Deposit = "DEPOSIT" => "提现",
        /// 区块链
        BlockChain = "BLOCK_CHAIN" => "区块链",
        /// 客户唤醒
        WakeUp = "WAKE_UP" => "客户唤醒",
        /// 配资
        Allocation = "ALLOCATION" => "配资",
        /// 炒股APP
        StockApp = "STOCK_APP" => "炒股APP",
        /// 豪宅
        Mansion = "MANSION" => "豪宅",
        /// 住宅
        House = "HOUSE" => "住宅",
        /// 装修
        Decoration = "DECORATION" => "装修",
        /// 中介
        Intermediary = "INTERMEDIARY" => "中介",
        /// 商铺
        Shop = "SHOP" => "商铺",
        /// 海外房产
        FoureignRealty = "FOUREIGN_REALTY" => "海外房产",
        /// 出租出售
        RentOrSale = "RENT_OR_SALE" => "出租出售",
        /// 写字楼
        OfficeBuilding = "OFFICE_BUILDING" => "写字楼",
        /// 家具
        Furniture = "FURNITURE" => "家具",
        /// 商业综合体
        Complex = "COMPLEX" => "商业综合体",
        /// 案场导流
        Diversion = "DIVERSION" => "案场导流",
        /// 代理记账
        Accounting = "ACCOUNTING" => "代理记账",
        /// 公司转让
        Transfer = "TRANSFER" => "公司转让",
        /// 店铺代运营
        ShopManaging = "SHOP_MANAGING" => "店铺代运营",
        /// 外贸
        FoureignMerchant = "FOUREIGN_MERCHANT" => "外贸",
        /// 广告推广
        Advertising = "ADVERTISING" => "广告推广",
        /// 产权商标
        Trademark = "TRADEMARK" => "产权商标",
        /// 检验认证
        Inspection = "INSPECTION" => "检验认证",
        /// 企业招商
        EnterpriseInvestment = "ENTERPRISE_INVESTMENT" => "企业招商",
        /// 承诺汇票
        Check = "CHECK" => "承诺汇票",
        /// 财务软件
        AccountApp = "ACCOUNT_APP" => "财务软件",
        /// 认证
        Verification = "VERIFICATION" => "认证",
        /// 双创
        WinWin = "WIN_WIN" => "双创",
        /// 法律服务
        LegalService = "LEGAL_SERVICE" => "法律服务",
        /// 电子发票
        EReceipt = "E_RECEIPT" => "电子发票",
        /// 企业管理咨询
        Consultation = "CONSULTATION" => "企业管理咨询",
        /// 设备租凭
        FacilityRent = "FACILITY_RENT" => "设备租凭",
        /// 公关
        Publicist = "PUBLICIST" => "公关",
        /// 礼品卡
        GiftCard = "GIFT_CARD" => "礼品卡",
        /// 车险
        AutoInsurance = "AUTO_INSURANCE" => "车险",
        /// 人寿险
        LifeInsurance = "LIFE_INSURANCE" => "人寿险",
        /// 医疗保险
        MedicalInsurance = "MEDICAL_INSURANCE" => "医疗保险",
        /// 保险销售
        InsuranceSale = "INSURANCE_SALE" => "保险销售",
        /// 养老保险
        EndowmentInsurance = "ENDOWMENT_INSURANCE" => "养老保险",
        /// 健康险
        HealthInsurance = "HEALTH_INSURANCE" => "健康险",
        /// 工伤
        InjuryInsurance = "INJURY_INSURANCE" => "工伤",
        /// 保险代理
        InsuranceAgent = "INSURANCE_AGENT" => "保险代理",
        /// 美容
        Beauty = "BEAUTY" => "美容",
        /// 保健品
        HealthProduct = "HEALTH_PRODUCT" => "保健品",
        /// 保健器械
        HeakthFacility = "HEAKTH_FACILITY" => "保健器械",
        /// 减肥
        Diet = "DIET" => "减肥",
        /// 体检
        HealthCheck = "HEALTH_CHECK" => "体检",
        /// 医院
        Hospital = "HOSPITAL" => "医院",
        /// 健身
        Fit = "FIT" => "健身",
        /// 牙医
        Dentist = "DENTIST" => "牙医",
        /// 会议邀约
        Meeting = "MEETING" => "会议邀约",
        /// 展会邀约
        Exhibition = "EXHIBITION" => "展会邀约",
        /// 会议邀约(企业)
        ExhibitionEnterprise = "EXHIBITION_ENTERPRISE" => "会议邀约(企业)",
        /// 快餐店
        FastFood = "FAST_FOOD" => "快餐店",
        /// 小吃店
        Snack = "SNACK" => "小吃店",
        /// 网店
        Estore = "ESTORE" => "网店",
        /// 酒类
        Alcohol = "ALCOHOL" => "酒类",
        /// APP招商
        App = "APP" => "APP招商",
        /// 投资邀约
        Investment = "INVESTMENT" => "投资邀约",
        /// 美容
        BealtyInvestment = "BEALTY_INVESTMENT" => "美容",
        /// 饭店
        Restarunt = "RESTARUNT" => "饭店",
        /// 母婴
        Baby = "BABY" => "母婴",
        /// 食品
        Food = "FOOD" => "食品",
        /// 成人培训
        AdultEducation = "ADULT_EDUCATION" => "成人培训",
        /// 技能培训
        SkillEducation = "SKILL_EDUCATION" => "技能培训",
        /// 课程演讲
        Speech = "SPEECH" => "课程演讲",
        /// 开课通知
        StartNotification = "START_NOTIFICATION" => "开课通知",
        /// 招生
        Admission = "ADMISSION" => "招生",
        /// 线上培训
        OnlineEducation = "ONLINE_EDUCATION" => "线上培训",
        /// 日托
        DailyEducation = "DAILY_EDUCATION" => "日托",
        /// 满意度调查
        Statisfication = "STATISFICATION" => "满意度调查",
        /// 政府通知
        GovNotification = "GOV_NOTIFICATION" => "政府通知",
        /// 使用情况调查
        Investigation = "INVESTIGATION" => "使用情况调查",
        /// 确认地址
        AddressVerification = "ADDRESS_VERIFICATION" => "确认地址",
        /// 催退收货
        Urge = "URGE" => "催退收货",
        /// 通知
        Notification = "NOTIFICATION" => "通知",
        /// 二手车
        UsedCar = "USED_CAR" => "二手车",
        /// 配件
        Accessories = "ACCESSORIES" => "配件",
        /// 新车
        NewCar = "NEW_CAR" => "新车",
        /// 加油
        Gas = "GAS" => "加油",
        /// 小程序
        WechatApp = "WECHAT_APP" => "小程序",
        /// SEO
        Seo = "SEO" => "SEO",
        /// 淘宝评论
        TaobaoComment = "TAOBAO_COMMENT" => "淘宝评论",
        /// 软件服务
        Software = "SOFTWARE" => "软件服务",
        /// 大数据营销
        BigData = "BIG_DATA" => "大数据营销",
        /// 网站制作
        WebBuild = "WEB_BUILD" => "网站制作",
        /// 淘宝拍摄
        Photograph = "PHOTOGRAPH" => "淘宝拍摄",
        /// 电商服务
        InternetService = "INTERNET_SERVICE" => "电商服务",
        /// 藏品收藏
        Collection = "COLLECTION" => "藏品收藏",
        /// 出书
        Publishing = "PUBLISHING" => "出书",
        /// 知识产权
        PublishingRight = "PUBLISHING_RIGHT" => "知识产权",
        /// 杂志销售
        Magazine = "MAGAZINE" => "杂志销售",
        /// 书画
        Painting = "PAINTING" => "书画",
        /// 私人定制
        Personal = "PERSONAL" => "私人定制",
        /// 外贸
        FoureignClothing = "FOUREIGN_CLOTHING" => "外贸",
        /// 影视
        Movie = "MOVIE" => "影视",
        /// 招聘
        Hire = "HIRE" => "招聘",
        /// 飞机票
        AirlineTicket = "AIRLINE_TICKET" => "飞机票",
        /// 登机登车提醒
        TravelNotification = "TRAVEL_NOTIFICATION" => "登机登车提醒",
        /// 市政服务
        GovService = "GOV_SERVICE" => "市政服务",
        /// 入户
        Household = "HOUSEHOLD" => "入户",
        /// 婚庆网站
        WedWeb = "WED_WEB" => "婚庆网站",
        /// 婚庆服务
        WedService = "WED_SERVICE" => "婚庆服务",
        /// 活动邀请
        WedInvestment = "WED_INVESTMENT" => "活动邀请",
        /// 物流
        Logistics = "LOGISTICS" => "物流",
        /// 游戏平台推广
        PlatformPromotion = "PLATFORM_PROMOTION" => "游戏平台推广",
        /// 单机游戏
        SinglePlayerGame = "SINGLE_PLAYER_GAME" => "单机游戏",
        /// 网游
        OnlineGame = "ONLINE_GAME" => "网游",
        /// 游戏渠道
        GameChannel = "GAME_CHANNEL" => "游戏渠道",
        /// 游戏代理
        GameProxy = "GAME_PROXY" => "游戏代理",
        /// 其他
        GameOther = "GAME_OTHER" => "其他",
        /// 宽带
        Broadband = "BROADBAND" => "宽带",
        /// 套餐升级
        PlanUpgrade = "PLAN_UPGRADE" => "套餐升级",
        /// 合约机
        ContractPhone = "CONTRACT_PHONE" => "合约机",
        /// 其他
        CommunicationOther = "COMMUNICATION_OTHER" => "其他",
    }
}

crate::open_enum! {
    /// 线路外呼行业 (E9).
    ///
    /// Used in: `phone/getPhoneList` (`callOutIndustry`). Only these two values are documented.
    pub enum CallOutIndustry {
        /// 金融
        Finance = "FINANCE" => "金融",
        /// 其他
        Other = "OTHER" => "其他",
    }
}

crate::open_enum! {
    /// 微信推送方式 (E10).
    ///
    /// Used in: `job/create`/`job/modify` (`wechatSendMethod`) and job detail.
    pub enum WechatSendMethod {
        /// 全推送
        Sendtoall = "SENDTOALL" => "全推送",
        /// 单推送
        Sendtoone = "SENDTOONE" => "单推送",
        /// 不推送
        Sendtonone = "SENDTONONE" => "不推送",
    }
}

crate::open_enum! {
    /// 系统挂起类型 (E11).
    ///
    /// Used in: `job/checkAll` items (`hangUpType`) and `job/executeJobs`; the long text
    /// travels in `hangUpReason`.
    ///
    /// Ordinals 0–4.
    pub enum HangUpType {
        /// 账户欠费
        AccountDebt = "ACCOUNT_DEBT" => "账户欠费",
        /// 没有可用坐席
        NoRobotAvailable = "NO_ROBOT_AVAILABLE" => "没有可用坐席",
        /// 线路已解绑
        PhoneUnbind = "PHONE_UNBIND" => "线路已解绑",
        /// 线路故障
        LineBreakdown = "LINE_BREAKDOWN" => "线路故障",
        /// 有效坐席数不足
        AvailableRobotNotEnough = "AVAILABLE_ROBOT_NOT_ENOUGH" => "有效坐席数不足",
    }
}

crate::open_enum! {
    /// 挂机状态 (E12).
    ///
    /// Used in: `callRecord/getCallRecordInfoList` (`hangupBy`, parameter and response).
    ///
    /// The docs show only `REMOTE_HANGUP` (in an example) and give it no label; "远端挂机" is ours.
    pub enum HangupBy {
        /// 远端挂机
        RemoteHangup = "REMOTE_HANGUP" => "远端挂机",
    }
}

crate::open_enum! {
    /// 回调类型 dataType (E13).
    ///
    /// Used in: the callback body's `dataType`.
    pub enum CallbackDataType {
        /// 单通通话记录
        RobotCallRecord = "ROBOT_CALL_RECORD" => "单通通话记录",
        /// 任务结果信息
        RobotCallJob = "ROBOT_CALL_JOB" => "任务结果信息",
        /// 短信回调
        RobotCallSms = "ROBOT_CALL_SMS" => "短信回调",
    }
}

crate::open_enum! {
    /// 说话者 (E14).
    ///
    /// Used in: dialogue items' `type` in `callRecord/callDetail`,
    /// `callRecord/getCallRecordInfoList` and the callback.
    pub enum SpeakerType {
        /// 人
        Person = "PERSON" => "人",
        /// 机器人
        Robot = "ROBOT" => "机器人",
    }
}

crate::open_enum! {
    /// 批量操作 (E15).
    ///
    /// Used in: `job/checkAll` and `job/executeJobs` (`operation`). The title also mentions 终止,
    /// but no value is documented for it.
    pub enum JobOperation {
        /// 暂停
        Pause = "PAUSE" => "暂停",
        /// 开始
        Start = "START" => "开始",
    }
}

crate::open_enum! {
    /// 跟进状态 (E16).
    ///
    /// Used in: `job/reAddCustomerToJob` (`followStatus`).
    ///
    /// Ordinals 0–7.
    pub enum FollowStatus {
        /// 线索
        Clue = "CLUE" => "线索",
        /// AI初访
        AiInitialVisit = "AI_INITIAL_VISIT" => "AI初访",
        /// 人工初访
        PeopleInitialVisit = "PEOPLE_INITIAL_VISIT" => "人工初访",
        /// AI持续跟进
        AiFollowUp = "AI_FOLLOW_UP" => "AI持续跟进",
        /// 人工持续跟进
        PeopleFollowUp = "PEOPLE_FOLLOW_UP" => "人工持续跟进",
        /// 报价
        Quote = "QUOTE" => "报价",
        /// 成交
        Deal = "DEAL" => "成交",
        /// 流失
        Loss = "LOSS" => "流失",
    }
}

crate::open_enum! {
    /// 呼叫状态 (E17).
    ///
    /// Used in: `callRecord/toBeCalledList` (`taskStatus` and item `status`) and
    /// `callRecord/deleteRobotCallTaskList` (`taskStatus`).
    ///
    /// Ordinals 0–5.
    pub enum RobotCallTaskStatus {
        /// 未开始
        NotStarted = "NOT_STARTED" => "未开始",
        /// 进行中
        InProcess = "IN_PROCESS" => "进行中",
        /// 已完成
        Completed = "COMPLETED" => "已完成",
        /// 重试拨打
        Retry = "RETRY" => "重试拨打",
        /// 自动重拨
        AutoRetry = "AUTO_RETRY" => "自动重拨",
        /// 缓存中
        InCache = "IN_CACHE" => "缓存中",
    }
}

crate::open_enum! {
    /// 呼入计费类型 (E19).
    ///
    /// Used in: `callStats/callCostStatsInfo` (`callInCostType`, only for AI/人工 reception).
    pub enum CallInCostType {
        /// 本地呼入计费
        LocalCallBill = "LOCAL_CALL_BILL" => "本地呼入计费",
        /// 外地呼入计费
        OtherCallBill = "OTHER_CALL_BILL" => "外地呼入计费",
        /// 线路月租费用
        LineMonthlyBill = "LINE_MONTHLY_BILL" => "线路月租费用",
        /// 无费用
        None = "NONE" => "无费用",
    }
}

crate::open_enum! {
    /// 话术状态 (E20).
    ///
    /// Used in: `dialogFlow/getDialogFlowList` (`status`). The 2018 docs called DRAFT 编辑中.
    pub enum DialogFlowStatus {
        /// 草稿
        Draft = "DRAFT" => "草稿",
        /// 等待审核
        PendingApproval = "PENDING_APPROVAL" => "等待审核",
        /// 拒绝
        Rejected = "REJECTED" => "拒绝",
        /// 审核通过
        Approved = "APPROVED" => "审核通过",
    }
}

crate::open_enum! {
    /// 话术类型 (E21).
    ///
    /// Used in: the 2018-10 docs only (`company/getRobots`); kept for old payloads.
    ///
    /// Ordinals 0–2.
    pub enum DialogFlowType {
        /// 模板
        Template = "TEMPLATE" => "模板",
        /// 展示
        Demo = "DEMO" => "展示",
        /// 普通
        Normal = "NORMAL" => "普通",
    }
}

crate::open_enum! {
    /// 优先级策略 (E22).
    ///
    /// Used in: `policyGroup/list`, `policyGroup/create` and `policyGroup/update`
    /// (`dispatchType`).
    pub enum DispatchType {
        /// 排序优先级优先
        SortFirst = "SORT_FIRST" => "排序优先级优先",
        /// 归属地匹配优先
        LocationMatchFirst = "LOCATION_MATCH_FIRST" => "归属地匹配优先",
    }
}

crate::open_enum! {
    /// 呼入计费方式 (E23).
    ///
    /// Used in: `policyGroup/list` (`phoneNumberInfo.callInBillMode`).
    pub enum CallInBillMode {
        /// 按月租计费
        Monthly = "MONTHLY" => "按月租计费",
        /// 按通话时长(分钟)计费
        ChatTime = "CHAT_TIME" => "按通话时长(分钟)计费",
    }
}

crate::open_enum! {
    /// 归属地显示 (E24).
    ///
    /// Used in: `policyGroup/list` (`phoneNumberInfo.locationDisplayType`).
    pub enum LocationDisplayType {
        /// 默认显示配置归属地
        Default = "DEFAULT" => "默认显示配置归属地",
        /// 全国随机显示
        Random = "RANDOM" => "全国随机显示",
        /// 不显示
        NoDisplay = "NO_DISPLAY" => "不显示",
    }
}

crate::open_enum! {
    /// 已读状态 (E26).
    ///
    /// Used in: `callRecord/getCallRecordInfoList` items (`readStatus`). The list comes from
    /// the 2018 docs; 2019 shows only `NOT_READ` in an example.
    pub enum ReadStatus {
        /// 未读
        NotRead = "NOT_READ" => "未读",
        /// 已读
        HasRead = "HAS_READ" => "已读",
    }
}

crate::open_enum! {
    /// 通话轮次区间 (E27).
    ///
    /// Used in: `job/getJobStats` (`chatRound` map keys). The docs give no labels; these are
    /// ours.
    pub enum ChatRoundBucket {
        /// 少于3轮
        Less3 = "LESS_3" => "少于3轮",
        /// 3-6轮
        F3T6 = "F3_T6" => "3-6轮",
        /// 6-10轮
        F6T10 = "F6_T10" => "6-10轮",
        /// 10轮以上
        F10More = "F10_MORE" => "10轮以上",
    }
}

crate::open_enum! {
    /// 回复来源 of a chat answer (`chat`, 2021-01 docs).
    pub enum AnswerSource {
        /// 闲聊
        Chat = "CHAT" => "闲聊",
        /// 问答知识
        Knowledge = "KNOWLEDGE" => "问答知识",
        /// 多轮对话
        DialogFlow = "DIALOG_FLOW" => "多轮对话",
        /// 拒答回复
        Refused = "UNKNOWN" => "拒答回复",
        /// 智能澄清
        Clarification = "CLARIFICATION" => "智能澄清",
        /// 问答知识推荐
        KnowledgeRecommend = "KNOWLEDGE_RECOMMEND" => "问答知识推荐",
    }
}

crate::open_enum! {
    /// 答案允许回复的渠道 of a knowledge answer (`knowledge/*`, 2021-01 docs).
    pub enum KnowledgeGateway {
        /// 全部
        All = "ALL" => "全部",
        /// web
        Web = "WEB" => "web",
        /// 微信公众号
        WechatPublic = "WECHAT_PUBLIC" => "微信公众号",
        /// 微信小程序
        WechatMiniProgram = "WECHAT_MINI_PROGRAM" => "微信小程序",
        /// 微博
        Weibo = "WEIBO" => "微博",
    }
}

crate::open_enum! {
    /// 答案类型 of a knowledge answer (`knowledge/*`, 2021-01 docs).
    pub enum KnowledgeAnswerType {
        /// 纯文本
        PureText = "PURE_TEXT" => "纯文本",
        /// 富文本
        RichText = "RICH_TEXT" => "富文本",
    }
}

crate::open_enum! {
    /// 知识状态 (`knowledge/*`, 2021-01 docs).
    pub enum KnowledgeStatus {
        /// 启用
        Enabled = "ENABLED" => "启用",
        /// 停用
        Disabled = "DISABLED" => "停用",
        /// 草稿
        Draft = "DRAFT" => "草稿",
    }
}

crate::open_enum! {
    /// 通话时长区间 (E28).
    ///
    /// Used in: `job/getJobStats` (`chatDuration` map keys). The docs give no labels; these are
    /// ours.
    pub enum ChatDurationBucket {
        /// 少于10秒
        Less10s = "LESS_10S" => "少于10秒",
        /// 10秒-1分钟
        F10sT1min = "F10S_T1MIN" => "10秒-1分钟",
        /// 1-2分钟
        F1minT2min = "F1MIN_T2MIN" => "1-2分钟",
        /// 2-3分钟
        F2minT3min = "F2MIN_T3MIN" => "2-3分钟",
        /// 3分钟以上
        F3minTmore = "F3MIN_TMORE" => "3分钟以上",
    }
}

/// The Chinese label of `value` in enum `enum_name` (e.g. `"JobStatus"`), if both are known.
///
/// ```
/// use yiwise_rongzi::yiwise::enums::label;
/// assert_eq!(label("JobStatus", "IN_PROCESS"), Some("进行中"));
/// assert_eq!(label("DialStatus", "NO_ANSWER"), Some("未接"));
/// assert_eq!(label("JobStatus", "SOMETHING_NEW"), None);
/// assert_eq!(label("NoSuchEnum", "A"), None);
/// ```
pub fn label(enum_name: &str, value: &str) -> Option<&'static str> {
    let (_, values) = ALL.iter().find(|(name, _)| *name == enum_name)?;
    let i = crate::open_enum::position(values, value)?;
    values.get(i).map(|(_, label)| *label)
}

/// Calls `$then!(<every enum>)`: the one list of the enums, in order (the
/// inventory's E1–E28 without E18 and E25, then those of the 2021-01 docs).
/// [`ALL`], [`ts_declarations`] and the wasm module's TypeScript come from it.
#[macro_export]
#[doc(hidden)]
macro_rules! for_each_yiwise_enum {
    ($then:path) => {
        $then! {
            PhoneType,
            JobMode,
            JobStatus,
            DialStatus,
            RedialCondition,
            IntentLevel,
            Industry,
            SubIndustry,
            CallOutIndustry,
            WechatSendMethod,
            HangUpType,
            HangupBy,
            CallbackDataType,
            SpeakerType,
            JobOperation,
            FollowStatus,
            RobotCallTaskStatus,
            CallInCostType,
            DialogFlowStatus,
            DialogFlowType,
            DispatchType,
            CallInBillMode,
            LocationDisplayType,
            ReadStatus,
            ChatRoundBucket,
            ChatDurationBucket,
            AnswerSource,
            KnowledgeGateway,
            KnowledgeAnswerType,
            KnowledgeStatus,
        }
    };
}

/// [`ALL`] and [`ts_declarations`] from [`for_each_yiwise_enum`].
macro_rules! every_enum {
    ($($e:ident),+ $(,)?) => {
        /// Every enum as (`NAME`, `VALUES`), in [`for_each_yiwise_enum`] order.
        pub const ALL: &[(&str, &[(&str, &str)])] = &[$(($e::NAME, $e::VALUES)),+];

        /// The TypeScript declarations (`TS_DECL`) of every enum, in [`ALL`] order, joined by `"\n"`.
        pub fn ts_declarations() -> String {
            [$($e::TS_DECL),+].join("\n")
        }
    };
}

crate::for_each_yiwise_enum!(every_enum);
