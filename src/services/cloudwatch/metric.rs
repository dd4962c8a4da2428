//! A CloudWatch metric: what an alarm watches. Constructs give the metrics
//! worth alarming on (`FunctionRef::metric_errors`, ...).

use crate::template::Value;

/// How a metric's data points are combined over a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Statistic {
    /// The sum.
    Sum,
    /// The mean.
    Average,
    /// The largest.
    Maximum,
    /// The smallest.
    Minimum,
    /// How many data points.
    SampleCount,
}

impl Statistic {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Statistic::Sum => "Sum",
            Statistic::Average => "Average",
            Statistic::Maximum => "Maximum",
            Statistic::Minimum => "Minimum",
            Statistic::SampleCount => "SampleCount",
        }
    }
}

/// A metric: namespace, name, dimensions, and how to read it.
#[derive(Debug, Clone, PartialEq)]
pub struct Metric {
    pub(crate) namespace: String,
    pub(crate) name: String,
    pub(crate) dimensions: Vec<(String, Value<String>)>,
    pub(crate) statistic: Statistic,
    pub(crate) period_s: u32,
}

impl Metric {
    /// Any metric, read as `statistic` over 5-minute periods.
    pub fn new(
        namespace: impl Into<String>,
        name: impl Into<String>,
        dimensions: Vec<(String, Value<String>)>,
        statistic: Statistic,
    ) -> Self {
        Metric {
            namespace: namespace.into(),
            name: name.into(),
            dimensions,
            statistic,
            period_s: 300,
        }
    }

    /// The same metric over periods of `s` seconds (10, 30, or a multiple
    /// of 60).
    pub fn period_s(mut self, s: u32) -> Self {
        self.period_s = s;
        self
    }

    /// The metric's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The metric's namespace.
    pub fn namespace(&self) -> &str {
        &self.namespace
    }

    /// A metric of this namespace and name over the given dimensions.
    pub(crate) fn of(
        namespace: &str,
        name: &str,
        dimensions: Vec<(&str, Value<String>)>,
        statistic: Statistic,
    ) -> Self {
        Metric::new(
            namespace,
            name,
            dimensions
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v))
                .collect(),
            statistic,
        )
    }
}
