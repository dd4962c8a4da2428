// Written by `cargo xtask codegen` from CloudFormation's resource provider
// schemas; do not edit by hand.

//! L1 structs of the listed `AWS::CloudWatch::*` types.

/// `AWS::CloudWatch::Alarm`: the resource and its property types.
pub mod alarm {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// The ``AWS::CloudWatch::Alarm`` type specifies an alarm and associates it with the specified metric or metric math expression. When this operation creates an alarm, the alarm state is immediately set to ``INSUFFICIENT_DATA``. The alarm is then evaluated and its state is set appropriately. Any actions associated with the new state are then executed. When you update an existing alarm, its state is left ...
    ///
    /// CloudFormation type `AWS::CloudWatch::Alarm`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Alarm {
        /// The `ActionConfiguration` property.
        #[serde(
            rename = "ActionConfiguration",
            skip_serializing_if = "Option::is_none"
        )]
        pub action_configuration: Option<ActionConfiguration>,
        /// Indicates whether actions should be executed during any changes to the alarm state. The default is TRUE.
        #[serde(rename = "ActionsEnabled", skip_serializing_if = "Option::is_none")]
        pub actions_enabled: Option<Value<bool>>,
        /// The list of actions to execute when this alarm transitions into an ALARM state from any other state. Specify each action as an Amazon Resource Name (ARN). For more information about creating alarms and the actions that you can specify, see PutMetricAlarm in the *API Reference*.
        #[serde(rename = "AlarmActions", skip_serializing_if = "Option::is_none")]
        pub alarm_actions: Option<Vec<Value<String>>>,
        /// The description of the alarm.
        #[serde(rename = "AlarmDescription", skip_serializing_if = "Option::is_none")]
        pub alarm_description: Option<Value<String>>,
        /// The name of the alarm. If you don't specify a name, CFN generates a unique physical ID and uses that ID for the alarm name. If you specify a name, you cannot perform updates that require replacement of this resource. You can perform updates that require no or some interruption. If you must replace the resource, specify a new name.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "AlarmName", skip_serializing_if = "Option::is_none")]
        pub alarm_name: Option<Value<String>>,
        /// The arithmetic operation to use when comparing the specified statistic and threshold. The specified statistic value is used as the first operand.
        #[serde(rename = "ComparisonOperator", skip_serializing_if = "Option::is_none")]
        pub comparison_operator: Option<Value<String>>,
        /// The number of datapoints that must be breaching to trigger the alarm. This is used only if you are setting an "M out of N" alarm. In that case, this value is the M, and the value that you set for ``EvaluationPeriods`` is the N value. For more information, see Evaluating an Alarm in the *User Guide*. If you omit this parameter, CW uses the same value here that you set for ``EvaluationPeriods``, and ...
        #[serde(rename = "DatapointsToAlarm", skip_serializing_if = "Option::is_none")]
        pub datapoints_to_alarm: Option<Value<i64>>,
        /// The dimensions for the metric associated with the alarm. For an alarm based on a math expression, you can't specify ``Dimensions``. Instead, you use ``Metrics``.
        #[serde(rename = "Dimensions", skip_serializing_if = "Option::is_none")]
        pub dimensions: Option<Vec<Dimension>>,
        /// Used only for alarms based on percentiles. If ``ignore``, the alarm state does not change during periods with too few data points to be statistically significant. If ``evaluate`` or this parameter is not used, the alarm is always evaluated and possibly changes state no matter how many data points are available.
        #[serde(
            rename = "EvaluateLowSampleCountPercentile",
            skip_serializing_if = "Option::is_none"
        )]
        pub evaluate_low_sample_count_percentile: Option<Value<String>>,
        /// The evaluation criteria for the alarm.
        #[serde(rename = "EvaluationCriteria", skip_serializing_if = "Option::is_none")]
        pub evaluation_criteria: Option<EvaluationCriteria>,
        /// The frequency, in seconds, at which the alarm is evaluated.
        #[serde(rename = "EvaluationInterval", skip_serializing_if = "Option::is_none")]
        pub evaluation_interval: Option<Value<i64>>,
        /// The number of periods over which data is compared to the specified threshold. If you are setting an alarm that requires that a number of consecutive data points be breaching to trigger the alarm, this value specifies that number. If you are setting an "M out of N" alarm, this value is the N, and ``DatapointsToAlarm`` is the M. For more information, see Evaluating an Alarm in the *User Guide*.
        #[serde(rename = "EvaluationPeriods", skip_serializing_if = "Option::is_none")]
        pub evaluation_periods: Option<Value<i64>>,
        /// The evaluation window that the alarm uses to select the range of metric data that it evaluates. This is either a sliding window or a wall clock window. For more information, see Alarm evaluation windows in the *CloudWatch User Guide*.
        #[serde(rename = "EvaluationWindow", skip_serializing_if = "Option::is_none")]
        pub evaluation_window: Option<EvaluationWindow>,
        /// The percentile statistic for the metric associated with the alarm. Specify a value between p0.0 and p100. For an alarm based on a metric, you must specify either ``Statistic`` or ``ExtendedStatistic`` but not both. For an alarm based on a math expression, you can't specify ``ExtendedStatistic``. Instead, you use ``Metrics``.
        #[serde(rename = "ExtendedStatistic", skip_serializing_if = "Option::is_none")]
        pub extended_statistic: Option<Value<String>>,
        /// The actions to execute when this alarm transitions to the ``INSUFFICIENT_DATA`` state from any other state. Each action is specified as an Amazon Resource Name (ARN).
        #[serde(
            rename = "InsufficientDataActions",
            skip_serializing_if = "Option::is_none"
        )]
        pub insufficient_data_actions: Option<Vec<Value<String>>>,
        /// The name of the metric associated with the alarm. This is required for an alarm based on a metric. For an alarm based on a math expression, you use ``Metrics`` instead and you can't specify ``MetricName``.
        #[serde(rename = "MetricName", skip_serializing_if = "Option::is_none")]
        pub metric_name: Option<Value<String>>,
        /// An array that enables you to create an alarm based on the result of a metric math expression. Each item in the array either retrieves a metric or performs a math expression. If you specify the ``Metrics`` parameter, you cannot specify ``MetricName``, ``Dimensions``, ``Period``, ``Namespace``, ``Statistic``, ``ExtendedStatistic``, or ``Unit``.
        #[serde(rename = "Metrics", skip_serializing_if = "Option::is_none")]
        pub metrics: Option<Vec<MetricDataQuery>>,
        /// The namespace of the metric associated with the alarm. This is required for an alarm based on a metric. For an alarm based on a math expression, you can't specify ``Namespace`` and you use ``Metrics`` instead. For a list of namespaces for metrics from AWS services, see Services That Publish Metrics.
        #[serde(rename = "Namespace", skip_serializing_if = "Option::is_none")]
        pub namespace: Option<Value<String>>,
        /// The actions to execute when this alarm transitions to the ``OK`` state from any other state. Each action is specified as an Amazon Resource Name (ARN).
        #[serde(rename = "OKActions", skip_serializing_if = "Option::is_none")]
        pub ok_actions: Option<Vec<Value<String>>>,
        /// The period, in seconds, over which the statistic is applied. This is required for an alarm based on a metric. Valid values are 10, 20, 30, 60, and any multiple of 60. For an alarm based on a math expression, you can't specify ``Period``, and instead you use the ``Metrics`` parameter. *Minimum:* 10
        #[serde(rename = "Period", skip_serializing_if = "Option::is_none")]
        pub period: Option<Value<i64>>,
        /// The statistic for the metric associated with the alarm, other than percentile. For percentile statistics, use ``ExtendedStatistic``. For an alarm based on a metric, you must specify either ``Statistic`` or ``ExtendedStatistic`` but not both. For an alarm based on a math expression, you can't specify ``Statistic``. Instead, you use ``Metrics``.
        #[serde(rename = "Statistic", skip_serializing_if = "Option::is_none")]
        pub statistic: Option<Value<String>>,
        /// A list of key-value pairs to associate with the alarm. You can associate as many as 50 tags with an alarm. To be able to associate tags with the alarm when you create the alarm, you must have the ``cloudwatch:TagResource`` permission. Tags can help you organize and categorize your resources. You can also use them to scope user permissions by granting a user permission to access or change only resources ...
        #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<crate::cfn::Tag>>,
        /// The value to compare with the specified statistic.
        #[serde(rename = "Threshold", skip_serializing_if = "Option::is_none")]
        pub threshold: Option<Value<f64>>,
        /// In an alarm based on an anomaly detection model, this is the ID of the ``ANOMALY_DETECTION_BAND`` function used as the threshold for the alarm.
        #[serde(rename = "ThresholdMetricId", skip_serializing_if = "Option::is_none")]
        pub threshold_metric_id: Option<Value<String>>,
        /// Sets how this alarm is to handle missing data points. Valid values are ``breaching``, ``notBreaching``, ``ignore``, and ``missing``. For more information, see Configuring How Alarms Treat Missing Data in the *Amazon User Guide*. If you omit this parameter, the default behavior of ``missing`` is used.
        #[serde(rename = "TreatMissingData", skip_serializing_if = "Option::is_none")]
        pub treat_missing_data: Option<Value<String>>,
        /// The unit of the metric associated with the alarm. Specify this only if you are creating an alarm based on a single metric. Do not specify this if you are specifying a ``Metrics`` array. You can specify the following values: Seconds, Microseconds, Milliseconds, Bytes, Kilobytes, Megabytes, Gigabytes, Terabytes, Bits, Kilobits, Megabits, Gigabits, Terabits, Percent, Count, Bytes/Second, Kilobytes/Second, ...
        #[serde(rename = "Unit", skip_serializing_if = "Option::is_none")]
        pub unit: Option<Value<String>>,
        /// The warm-up configuration for the alarm. A warm-up period delays alarm evaluation after you create or update the alarm. During the warm-up period, the alarm stays in ``INSUFFICIENT_DATA`` and does not perform alarm actions. For more information, see Alarm warm-up periods in the *Amazon CloudWatch User Guide*.
        #[serde(
            rename = "WarmUpConfiguration",
            skip_serializing_if = "Option::is_none"
        )]
        pub warm_up_configuration: Option<WarmUpConfiguration>,
    }

    impl CfnResource for Alarm {
        const TYPE: &'static str = "AWS::CloudWatch::Alarm";
        const TAGGING: Tagging = Tagging::List;
    }

    /// The `ActionConfiguration` property type of `AWS::CloudWatch::Alarm`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ActionConfiguration {
        /// Whether the alarm's tags are included in its action notifications and state-change events.
        #[serde(
            rename = "AlarmTagsPropagation",
            skip_serializing_if = "Option::is_none"
        )]
        pub alarm_tags_propagation: Option<AlarmTagsPropagation>,
    }

    /// Contains the configuration that determines how a PromQL alarm evaluates its contributors, including the query to run and the durations that define when contributors transition between states.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct AlarmPromQlCriteria {
        /// The duration, in seconds, that a contributor must be continuously breaching before it transitions to the ``ALARM`` state.
        #[serde(rename = "PendingPeriod", skip_serializing_if = "Option::is_none")]
        pub pending_period: Option<Value<i64>>,
        /// The PromQL query that the alarm evaluates. The query must return a result of vector type. Each entry in the vector result represents an alarm contributor.
        #[serde(rename = "Query", skip_serializing_if = "Option::is_none")]
        pub query: Option<Value<String>>,
        /// The duration, in seconds, that a contributor must continuously not be breaching before it transitions back to the ``OK`` state.
        #[serde(rename = "RecoveryPeriod", skip_serializing_if = "Option::is_none")]
        pub recovery_period: Option<Value<i64>>,
    }

    /// The `AlarmTagsPropagation` property type of `AWS::CloudWatch::Alarm`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct AlarmTagsPropagation {
        /// Whether the alarm's tags are included in its action notifications and state-change events.
        ///
        /// Required.
        #[serde(rename = "Enabled")]
        pub enabled: Value<bool>,
        /// The tag keys to leave out. Cannot be specified together with IncludedTagKeys.
        #[serde(rename = "ExcludedTagKeys", skip_serializing_if = "Option::is_none")]
        pub excluded_tag_keys: Option<Vec<Value<String>>>,
        /// The only tag keys to include. Cannot be specified together with ExcludedTagKeys.
        #[serde(rename = "IncludedTagKeys", skip_serializing_if = "Option::is_none")]
        pub included_tag_keys: Option<Vec<Value<String>>>,
    }

    /// Dimension is an embedded property of the ``AWS::CloudWatch::Alarm`` type. Dimensions are name/value pairs that can be associated with a CW metric. You can specify a maximum of 30 dimensions for a given metric.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Dimension {
        /// The name of the dimension, from 1–255 characters in length. This dimension name must have been included when the metric was published.
        ///
        /// Required.
        #[serde(rename = "Name")]
        pub name: Value<String>,
        /// The value for the dimension, from 1–255 characters in length.
        ///
        /// Required.
        #[serde(rename = "Value")]
        pub value: Value<String>,
    }

    /// The evaluation criteria for an alarm. This is a union type that currently supports ``PromQLCriteria``.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct EvaluationCriteria {
        /// The PromQL criteria for the alarm evaluation.
        #[serde(rename = "PromQLCriteria", skip_serializing_if = "Option::is_none")]
        pub prom_ql_criteria: Option<AlarmPromQlCriteria>,
    }

    /// The evaluation window that an alarm uses to select the range of metric data that it evaluates each time it runs. This is a union type. Set exactly one of its members, ``SlidingWindow`` or ``WallClockWindow``. If you don't set ``EvaluationWindow``, the alarm uses a ``SlidingWindow`` by default. For more information, see Alarm evaluation windows in the *CloudWatch User Guide*.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct EvaluationWindow {
        /// A sliding window, which advances each time the alarm is evaluated, forming a rolling time window. This is the default evaluation window.
        #[serde(rename = "SlidingWindow", skip_serializing_if = "Option::is_none")]
        pub sliding_window: Option<Json>,
        /// A wall clock window, which aligns the evaluated range to fixed clock boundaries that match the alarm's period, such as the top of the hour, midnight, or the start of the calendar week.
        #[serde(rename = "WallClockWindow", skip_serializing_if = "Option::is_none")]
        pub wall_clock_window: Option<WallClockWindow>,
    }

    /// The ``Metric`` property type represents a specific metric. ``Metric`` is a property of the MetricStat property type.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Metric {
        /// The metric dimensions that you want to be used for the metric that the alarm will watch.
        #[serde(rename = "Dimensions", skip_serializing_if = "Option::is_none")]
        pub dimensions: Option<Vec<Dimension>>,
        /// The name of the metric that you want the alarm to watch. This is a required field.
        #[serde(rename = "MetricName", skip_serializing_if = "Option::is_none")]
        pub metric_name: Option<Value<String>>,
        /// The namespace of the metric that the alarm will watch.
        #[serde(rename = "Namespace", skip_serializing_if = "Option::is_none")]
        pub namespace: Option<Value<String>>,
    }

    /// The ``MetricDataQuery`` property type specifies the metric data to return, and whether this call is just retrieving a batch set of data for one metric, or is performing a math expression on metric data. Any expression used must return a single time series. For more information, see Metric Math Syntax and Functions in the *User Guide*.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct MetricDataQuery {
        /// The ID of the account where the metrics are located, if this is a cross-account alarm.
        #[serde(rename = "AccountId", skip_serializing_if = "Option::is_none")]
        pub account_id: Option<Value<String>>,
        /// The math expression to be performed on the returned data, if this object is performing a math expression. This expression can use the ``Id`` of the other metrics to refer to those metrics, and can also use the ``Id`` of other expressions to use the result of those expressions. For more information about metric math expressions, see Metric Math Syntax and Functions in the *User Guide*. Within each MetricDataQuery ...
        #[serde(rename = "Expression", skip_serializing_if = "Option::is_none")]
        pub expression: Option<Value<String>>,
        /// A short name used to tie this object to the results in the response. This name must be unique within a single call to ``GetMetricData``. If you are performing math expressions on this set of data, this name represents that data and can serve as a variable in the mathematical expression. The valid characters are letters, numbers, and underscore. The first character must be a lowercase letter.
        ///
        /// Required.
        #[serde(rename = "Id")]
        pub id: Value<String>,
        /// A human-readable label for this metric or expression. This is especially useful if this is an expression, so that you know what the value represents. If the metric or expression is shown in a CW dashboard widget, the label is shown. If ``Label`` is omitted, CW generates a default.
        #[serde(rename = "Label", skip_serializing_if = "Option::is_none")]
        pub label: Option<Value<String>>,
        /// The metric to be returned, along with statistics, period, and units. Use this parameter only if this object is retrieving a metric and not performing a math expression on returned data. Within one MetricDataQuery object, you must specify either ``Expression`` or ``MetricStat`` but not both.
        #[serde(rename = "MetricStat", skip_serializing_if = "Option::is_none")]
        pub metric_stat: Option<MetricStat>,
        /// The granularity, in seconds, of the returned data points. For metrics with regular resolution, a period can be as short as one minute (60 seconds) and must be a multiple of 60. For high-resolution metrics that are collected at intervals of less than one minute, the period can be 1, 5, 10, 20, 30, 60, or any multiple of 60. High-resolution metrics are those metrics stored by a ``PutMetricData`` operation ...
        #[serde(rename = "Period", skip_serializing_if = "Option::is_none")]
        pub period: Option<Value<i64>>,
        /// This option indicates whether to return the timestamps and raw data values of this metric. When you create an alarm based on a metric math expression, specify ``True`` for this value for only the one math expression that the alarm is based on. You must specify ``False`` for ``ReturnData`` for all the other metrics and expressions used in the alarm. This field is required.
        #[serde(rename = "ReturnData", skip_serializing_if = "Option::is_none")]
        pub return_data: Option<Value<bool>>,
    }

    /// This structure defines the metric to be returned, along with the statistics, period, and units. ``MetricStat`` is a property of the MetricDataQuery property type.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct MetricStat {
        /// The metric to return, including the metric name, namespace, and dimensions.
        ///
        /// Required.
        #[serde(rename = "Metric")]
        pub metric: Metric,
        /// The granularity, in seconds, of the returned data points. For metrics with regular resolution, a period can be as short as one minute (60 seconds) and must be a multiple of 60. For high-resolution metrics that are collected at intervals of less than one minute, the period can be 1, 5, 10, 20, 30, 60, or any multiple of 60. High-resolution metrics are those metrics stored by a ``PutMetricData`` call ...
        ///
        /// Required.
        #[serde(rename = "Period")]
        pub period: Value<i64>,
        /// The statistic to return. It can include any CW statistic or extended statistic. For a list of valid values, see the table in Statistics in the *User Guide*.
        ///
        /// Required.
        #[serde(rename = "Stat")]
        pub stat: Value<String>,
        /// The unit to use for the returned data points. Valid values are: Seconds, Microseconds, Milliseconds, Bytes, Kilobytes, Megabytes, Gigabytes, Terabytes, Bits, Kilobits, Megabits, Gigabits, Terabits, Percent, Count, Bytes/Second, Kilobytes/Second, Megabytes/Second, Gigabytes/Second, Terabytes/Second, Bits/Second, Kilobits/Second, Megabits/Second, Gigabits/Second, Terabits/Second, Count/Second, or None.
        #[serde(rename = "Unit", skip_serializing_if = "Option::is_none")]
        pub unit: Option<Value<String>>,
    }

    /// An evaluation window that aligns the evaluated range to fixed clock boundaries that match the alarm's period, such as the top of the hour, midnight, or the start of the calendar week, optionally in a specific time zone. When you use a wall clock window, the alarm's period must be 1 minute (60 seconds), 5 minutes (300 seconds), 1 hour (3,600 seconds), 1 day (86,400 seconds), or 1 week (604,800 seconds). ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct WallClockWindow {
        /// The time zone to use when the alarm aligns the evaluation window to clock boundaries. You can specify an IANA time zone name (for example, ``America/New_York``), a fixed UTC offset (for example, ``+05:30``), or an offset-prefixed identifier (for example, ``UTC+05:30``). The offset must be aligned to a multiple of 5 minutes. If you don't specify a time zone, CloudWatch uses ``UTC``. The time zone affects ...
        #[serde(rename = "Timezone", skip_serializing_if = "Option::is_none")]
        pub timezone: Option<Value<String>>,
    }

    /// The configuration settings that define the warm-up behavior for an alarm. Use these settings to delay alarm evaluation after you create or update the alarm, which reduces alarm noise while a new resource or service starts publishing data. During the warm-up period, the alarm stays in ``INSUFFICIENT_DATA`` and does not perform alarm actions.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct WarmUpConfiguration {
        /// Specifies whether the alarm waits for the full warm-up period before it starts to evaluate. The default is ``false``. If ``true``, the alarm waits the entire ``WarmUpPeriodDurationInMinutes`` before it starts to evaluate, even if metric data arrives earlier. If ``false``, the alarm ends the warm-up period early. Evaluation begins as soon as the alarm has enough metric data to fill its evaluation window.
        #[serde(
            rename = "OnlyStartEvaluatingAfterWarmUpPeriodEnds",
            skip_serializing_if = "Option::is_none"
        )]
        pub only_start_evaluating_after_warm_up_period_ends: Option<Value<bool>>,
        /// The length of the warm-up period, in minutes. After you create or update the alarm, the alarm stays in ``INSUFFICIENT_DATA`` for this duration. During this time, the alarm does not perform alarm actions. You can change this value at any time, including after the warm-up period ends. If you change it after the warm-up period ends, the new value does not restart the warm-up period.
        #[serde(
            rename = "WarmUpPeriodDurationInMinutes",
            skip_serializing_if = "Option::is_none"
        )]
        pub warm_up_period_duration_in_minutes: Option<Value<i64>>,
    }
}
pub use alarm::Alarm;
