//! `client.csRobot` (placeholder: methods not yet declared).

super::resource::resource_class! {
    /// `client.csRobot`.
    CsRobotApi as "YiwiseCsRobotApi" {
    }
}
