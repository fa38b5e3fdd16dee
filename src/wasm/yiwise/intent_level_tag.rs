//! `client.intentLevelTag` (intentLevelTag.md).

use crate::yiwise::api::intent_level_tag;

super::resource::resource_class! {
    /// `client.intentLevelTag`.
    IntentLevelTagApi as "YiwiseIntentLevelTagApi" {
        /// `GET intentLevelTag/getIntentLevelTag`: the intent levels (code, name) of one tag group.
        ///
        /// @example
        /// const { name, details } = await yw.intentLevelTag.getIntentLevelTag({ intentLevelTagId: 0 });
        get_intent_level_tag = "getIntentLevelTag" (required) => intent_level_tag::GetIntentLevelTag, "IntentLevelTagGetIntentLevelTagParams", "IntentLevelTagContent";
        /// `GET intentLevelTag/getUsedIntentLevelTagList`: every intent-level tag group in use
        /// (`0` is the built-in one).
        ///
        /// @example
        /// const groups = await yw.intentLevelTag.getUsedIntentLevelTagList();
        get_used_intent_level_tag_list = "getUsedIntentLevelTagList" (optional) => intent_level_tag::GetUsedIntentLevelTagList, "Record<string, never> | CallOptions", "IntentLevelTagSummary[]";
    }
}
