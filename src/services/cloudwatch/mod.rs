//! `cloudwatch::Alarm`: an alarm on a metric that notifies an SNS topic
//! when it fires and when it clears, so "logging and monitoring" is
//! discharged by someone being told, not only by logs being kept.
//!
#![doc = include_str!("defaults.md")]

pub(crate) mod duties;
mod metric;

use typed_builder::TypedBuilder;

pub use metric::{Metric, Statistic};

use crate::cfn::l1::cloudwatch as l1;
use crate::error::Error;
use crate::sns::TopicRef;
use crate::template::{Construct, Handle, LogicalId, Resource, Stack, Value};

/// How the metric compares with the threshold when the alarm fires.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Comparison {
    /// At or above.
    #[default]
    AtLeast,
    /// Above.
    Above,
    /// Below.
    Below,
    /// At or below.
    AtMost,
}

impl Comparison {
    fn name(self) -> &'static str {
        match self {
            Comparison::AtLeast => "GreaterThanOrEqualToThreshold",
            Comparison::Above => "GreaterThanThreshold",
            Comparison::Below => "LessThanThreshold",
            Comparison::AtMost => "LessThanOrEqualToThreshold",
        }
    }
}

/// What a period without data means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MissingData {
    /// Nothing happened: fine (errors, throttles, 5xx).
    #[default]
    NotBreaching,
    /// Silence is a problem (a heartbeat that stopped).
    Breaching,
    /// Keep the current state.
    Ignore,
}

impl MissingData {
    fn name(self) -> &'static str {
        match self {
            MissingData::NotBreaching => "notBreaching",
            MissingData::Breaching => "breaching",
            MissingData::Ignore => "ignore",
        }
    }
}

/// A CloudWatch alarm with stackward's defaults: it notifies `topic` when
/// it fires and when it clears.
///
/// ```
/// use stackward::prelude::*;
/// use stackward::cloudwatch::{Alarm, Metric, Statistic};
///
/// let mut stack = Stack::new("Ops").unwrap();
/// let alerts = stack.add(sns::Topic::builder().id("alerts").build());
/// let metric = Metric::new("AWS/Lambda", "Errors", vec![("FunctionName".into(), "ingest".into())], Statistic::Sum);
/// let alarm = stack.add(Alarm::builder().id("ingest-errors").metric(metric).threshold(1.0).topic(alerts).build());
/// let t = stack.synth().unwrap();
/// let p = &t.json()["Resources"][alarm.id().as_str()]["Properties"];
/// assert_eq!(p["AlarmActions"][0]["Ref"], "Alerts");
/// assert_eq!(p["OKActions"][0]["Ref"], "Alerts");
/// assert_eq!(p["ComparisonOperator"], "GreaterThanOrEqualToThreshold");
/// ```
#[derive(Debug, Clone, TypedBuilder)]
#[builder(doc)]
#[non_exhaustive]
pub struct Alarm {
    /// The user's id; the logical id is its PascalCase form.
    #[builder(setter(into))]
    pub id: String,
    /// The alarm's name; CloudFormation generates one when unset.
    #[builder(default, setter(into, strip_option))]
    pub name: Option<String>,
    /// What the alarm means and what to do (shown in the notification).
    #[builder(default, setter(into, strip_option))]
    pub description: Option<String>,
    /// The metric watched.
    pub metric: Metric,
    /// The threshold.
    pub threshold: f64,
    /// How the metric compares with it.
    #[builder(default)]
    pub comparison: Comparison,
    /// Periods evaluated (1 or more; at most one day of periods).
    #[builder(default = 1)]
    pub evaluation_periods: u32,
    /// Of those, how many must breach (default: all).
    #[builder(default, setter(strip_option))]
    pub datapoints_to_alarm: Option<u32>,
    /// What a period without data means.
    #[builder(default)]
    pub missing_data: MissingData,
    /// The topic told when the alarm fires and clears.
    pub topic: TopicRef,
}

/// A handle to an alarm in a stack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlarmRef {
    id: LogicalId,
}

impl Handle for AlarmRef {
    fn id(&self) -> &LogicalId {
        &self.id
    }
}

impl AlarmRef {
    /// The alarm's ARN (`Fn::GetAtt Alarm.Arn`).
    pub fn arn(&self) -> Value<String> {
        self.get_att("Arn")
    }
}

impl Alarm {
    fn validate(&self, id: &LogicalId) -> Vec<Error> {
        let mut errors = Vec::new();
        let mut bad = |prop: &str, v: &dyn std::fmt::Display, rule: &str| {
            errors.push(Error::invalid(id.as_str(), prop, v, rule));
        };
        if let Some(name) = &self.name {
            if name.is_empty() || name.len() > 255 {
                bad("AlarmName", name, "must be 1-255 characters");
            }
        }
        if let Some(d) = &self.description {
            if d.len() > 1024 {
                bad(
                    "AlarmDescription",
                    &format!("{} characters", d.len()),
                    "must be at most 1024 characters",
                );
            }
        }
        let m = &self.metric;
        if m.namespace.is_empty() || m.namespace.len() > 255 || m.namespace.starts_with(':') {
            bad(
                "Namespace",
                &m.namespace,
                "must be 1-255 characters, such as AWS/Lambda",
            );
        }
        if m.name.is_empty() || m.name.len() > 255 {
            bad("MetricName", &m.name, "must be 1-255 characters");
        }
        if m.dimensions.len() > 30 {
            bad("Dimensions", &m.dimensions.len(), "at most 30 dimensions");
        }
        let period_ok = matches!(m.period_s, 10 | 30) || (m.period_s >= 60 && m.period_s % 60 == 0);
        if !period_ok {
            bad(
                "Period",
                &m.period_s,
                "must be 10, 30 or a multiple of 60 seconds",
            );
        }
        if !self.threshold.is_finite() {
            bad("Threshold", &self.threshold, "must be a finite number");
        }
        if self.evaluation_periods == 0
            || u64::from(self.evaluation_periods) * u64::from(m.period_s.max(1)) > 86_400
        {
            bad(
                "EvaluationPeriods",
                &self.evaluation_periods,
                "at least 1, and the periods together at most one day",
            );
        }
        if let Some(n) = self.datapoints_to_alarm {
            if n == 0 || n > self.evaluation_periods {
                bad(
                    "DatapointsToAlarm",
                    &n,
                    "must be 1 up to the evaluation periods",
                );
            }
        }
        errors
    }
}

impl Construct for Alarm {
    type Handle = AlarmRef;

    fn add_to(self, stack: &mut Stack) -> AlarmRef {
        let id = stack.construct_id(&self.id, |id| self.validate(id));
        self.topic.allow_service(stack, "cloudwatch.amazonaws.com");
        let m = &self.metric;
        let l1 = l1::Alarm {
            alarm_name: self.name.clone().map(Value::Literal),
            alarm_description: self.description.clone().map(Value::Literal),
            namespace: Some(m.namespace.as_str().into()),
            metric_name: Some(m.name.as_str().into()),
            dimensions: (!m.dimensions.is_empty()).then(|| {
                m.dimensions
                    .iter()
                    .map(|(name, value)| l1::alarm::Dimension {
                        name: name.as_str().into(),
                        value: value.clone(),
                    })
                    .collect()
            }),
            statistic: Some(m.statistic.name().into()),
            period: Some(Value::Literal(m.period_s.into())),
            threshold: Some(Value::Literal(self.threshold)),
            comparison_operator: Some(self.comparison.name().into()),
            evaluation_periods: Some(Value::Literal(self.evaluation_periods.into())),
            datapoints_to_alarm: self.datapoints_to_alarm.map(|n| Value::Literal(n.into())),
            treat_missing_data: Some(self.missing_data.name().into()),
            actions_enabled: Some(Value::Literal(true)),
            alarm_actions: Some(vec![self.topic.arn()]),
            ok_actions: Some(vec![self.topic.arn()]),
            ..Default::default()
        };
        stack.add_resource(Resource::new(id.clone(), &l1));
        AlarmRef { id }
    }
}

/// This service's entry in [`crate::services::ALL`].
pub(crate) const SERVICE: crate::services::Service = crate::services::Service {
    name: "cloudwatch",
    guard: include_str!("rules.guard"),
    rules: duties::RULES,
    duties: &[&duties::ALARM_DUTIES],
    hand_written_l1: Vec::new,
    variants: &[],
    answered: &[],
};
