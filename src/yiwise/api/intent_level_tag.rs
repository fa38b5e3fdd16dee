//! Endpoints of this resource (placeholder: not yet typed).
use super::stub::stub_operation;
stub_operation!(/// `Get intentLevelTag/getIntentLevelTag`
    GetIntentLevelTag, "intentLevelTag/getIntentLevelTag", Get);
stub_operation!(/// `Get intentLevelTag/getUsedIntentLevelTagList`
    GetUsedIntentLevelTagList, "intentLevelTag/getUsedIntentLevelTagList", Get);
