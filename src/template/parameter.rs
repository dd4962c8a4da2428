//! Template parameters: values supplied when the stack is deployed.

use serde_json::{json, Map, Value as Json};
use typed_builder::TypedBuilder;

use super::{Handle, LogicalId, Value};
use crate::error::Error;

/// The type of a parameter, as CloudFormation names it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum ParameterType {
    /// `String`
    #[default]
    String,
    /// `Number`
    Number,
    /// `List<Number>`
    NumberList,
    /// `CommaDelimitedList`
    CommaDelimitedList,
    /// `AWS::SSM::Parameter::Value<String>`: the value of a Systems Manager
    /// parameter, e.g. a public AMI id parameter.
    SsmString,
    /// An AWS-specific type such as `AWS::EC2::VPC::Id`.
    Aws(String),
}

impl ParameterType {
    fn name(&self) -> &str {
        match self {
            ParameterType::String => "String",
            ParameterType::Number => "Number",
            ParameterType::NumberList => "List<Number>",
            ParameterType::CommaDelimitedList => "CommaDelimitedList",
            ParameterType::SsmString => "AWS::SSM::Parameter::Value<String>",
            ParameterType::Aws(t) => t,
        }
    }
}

/// A template parameter with its constraints.
///
/// ```
/// use stackward::template::{Parameter, Stack};
/// let mut stack = Stack::new("Params").unwrap();
/// let env = stack.add_parameter(
///     Parameter::builder()
///         .id("environment")
///         .description("Deployment environment")
///         .allowed_values(vec!["dev".into(), "prod".into()])
///         .default_value("dev")
///         .build(),
/// );
/// assert_eq!(serde_json::to_string(&env.value::<String>()).unwrap(), r#"{"Ref":"Environment"}"#);
/// ```
#[derive(Debug, Clone, TypedBuilder)]
#[builder(doc)]
#[non_exhaustive]
pub struct Parameter {
    /// The user's id; the logical id is its PascalCase form.
    #[builder(setter(into))]
    pub id: String,
    /// The parameter's type.
    #[builder(default)]
    pub kind: ParameterType,
    /// What the parameter is for.
    #[builder(default, setter(into, strip_option))]
    pub description: Option<String>,
    /// Value used when none is given at deploy time.
    #[builder(default, setter(into, strip_option))]
    pub default_value: Option<String>,
    /// The only values accepted.
    #[builder(default)]
    pub allowed_values: Vec<String>,
    /// A regular expression the value must match.
    #[builder(default, setter(into, strip_option))]
    pub allowed_pattern: Option<String>,
    /// Shortest accepted string.
    #[builder(default, setter(strip_option))]
    pub min_length: Option<u32>,
    /// Longest accepted string.
    #[builder(default, setter(strip_option))]
    pub max_length: Option<u32>,
    /// Smallest accepted number.
    #[builder(default, setter(strip_option))]
    pub min_value: Option<f64>,
    /// Largest accepted number.
    #[builder(default, setter(strip_option))]
    pub max_value: Option<f64>,
    /// The message shown when a constraint is not met.
    #[builder(default, setter(into, strip_option))]
    pub constraint_description: Option<String>,
    /// Mask the value in the console and API (it is still not a secret store).
    #[builder(default)]
    pub no_echo: bool,
}

/// A handle to a parameter added to a stack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParameterRef {
    pub(crate) id: LogicalId,
}

impl Handle for ParameterRef {
    fn id(&self) -> &LogicalId {
        &self.id
    }
}

impl ParameterRef {
    /// `{"Ref": "<id>"}`, usable wherever a value is expected.
    pub fn value<T>(&self) -> Value<T> {
        self.reference()
    }
}

impl Parameter {
    /// Checks the constraints against each other and against the default.
    pub(crate) fn validate(&self, id: &LogicalId) -> Vec<Error> {
        let mut errors = Vec::new();
        let is_string = matches!(self.kind, ParameterType::String);
        let is_number = matches!(self.kind, ParameterType::Number);
        let bad = |prop: &str, v: &dyn std::fmt::Display, rule: &str| {
            Error::invalid(id.as_str(), prop, v, rule)
        };
        if (self.min_length.is_some() || self.max_length.is_some()) && !is_string {
            errors.push(bad(
                "MinLength",
                &self.kind.name(),
                "length constraints apply to String parameters only",
            ));
        }
        if (self.min_value.is_some() || self.max_value.is_some()) && !is_number {
            errors.push(bad(
                "MinValue",
                &self.kind.name(),
                "value constraints apply to Number parameters only",
            ));
        }
        if let (Some(min), Some(max)) = (self.min_length, self.max_length) {
            if min > max {
                errors.push(bad("MinLength", &min, "must not be greater than MaxLength"));
            }
        }
        if let (Some(min), Some(max)) = (self.min_value, self.max_value) {
            if min > max {
                errors.push(bad("MinValue", &min, "must not be greater than MaxValue"));
            }
        }
        if let Some(default) = &self.default_value {
            if !self.allowed_values.is_empty() && !self.allowed_values.contains(default) {
                errors.push(bad("Default", default, "must be one of AllowedValues"));
            }
            let len = default.chars().count() as u32;
            if self.min_length.is_some_and(|m| len < m) || self.max_length.is_some_and(|m| len > m)
            {
                errors.push(bad(
                    "Default",
                    default,
                    "must be within MinLength and MaxLength",
                ));
            }
            if is_number {
                match default.parse::<f64>() {
                    Ok(n) => {
                        if self.min_value.is_some_and(|m| n < m)
                            || self.max_value.is_some_and(|m| n > m)
                        {
                            errors.push(bad(
                                "Default",
                                default,
                                "must be within MinValue and MaxValue",
                            ));
                        }
                    }
                    Err(_) => errors.push(bad("Default", default, "must be a number")),
                }
            }
        }
        errors
    }

    pub(crate) fn to_json(&self) -> Json {
        let mut m = Map::new();
        m.insert("Type".into(), json!(self.kind.name()));
        let mut put = |k: &str, v: Option<Json>| {
            if let Some(v) = v {
                m.insert(k.into(), v);
            }
        };
        put("Description", self.description.as_ref().map(|v| json!(v)));
        put("Default", self.default_value.as_ref().map(|v| json!(v)));
        put(
            "AllowedValues",
            (!self.allowed_values.is_empty()).then(|| json!(self.allowed_values)),
        );
        put(
            "AllowedPattern",
            self.allowed_pattern.as_ref().map(|v| json!(v)),
        );
        put("MinLength", self.min_length.map(|v| json!(v)));
        put("MaxLength", self.max_length.map(|v| json!(v)));
        put("MinValue", self.min_value.map(|v| json!(v)));
        put("MaxValue", self.max_value.map(|v| json!(v)));
        put(
            "ConstraintDescription",
            self.constraint_description.as_ref().map(|v| json!(v)),
        );
        put("NoEcho", self.no_echo.then(|| json!(true)));
        Json::Object(m)
    }
}
