//! `Template`: a synthesized, checked CloudFormation template.

use serde_json::Value as Json;

/// A synthesized template that passed every check.
///
/// The text is pretty-printed JSON with a final newline; the same stack
/// always gives the same bytes.
#[derive(Debug, Clone, PartialEq)]
pub struct Template {
    stack: String,
    json: Json,
    text: String,
}

impl Template {
    pub(crate) fn new(stack: String, json: Json, text: String) -> Self {
        Template { stack, json, text }
    }

    /// The stack's name.
    pub fn stack_name(&self) -> &str {
        &self.stack
    }

    /// The template as a JSON value.
    pub fn json(&self) -> &Json {
        &self.json
    }

    /// The template as the text written to `generated/<stack>.template.json`.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The file name under `generated/`.
    pub fn file_name(&self) -> String {
        format!("{}{}", self.stack, crate::app::TEMPLATE_SUFFIX)
    }

    /// The template as YAML: the same content as [`Template::text`], in
    /// long-form intrinsics (`Fn::GetAtt`, not `!GetAtt`), with every
    /// string that a YAML 1.1 or 1.2 reader could take for something else
    /// (a date, a number, `yes`) quoted.
    ///
    /// ```
    /// use stackward::prelude::*;
    ///
    /// let mut stack = Stack::new("Logs").unwrap();
    /// stack.add(s3::Bucket::builder().id("archive").build());
    /// let template = stack.synth().unwrap();
    /// let back: serde_json::Value = serde_yaml::from_str(&template.yaml()).unwrap();
    /// assert_eq!(&back, template.json());
    /// ```
    pub fn yaml(&self) -> String {
        super::to_yaml(&self.json)
    }

    /// The YAML file name under `generated/`.
    pub fn yaml_file_name(&self) -> String {
        format!("{}{}", self.stack, crate::app::YAML_SUFFIX)
    }

    /// The stack's responsibility report, read from this template.
    pub fn report(&self) -> crate::report::Report {
        crate::report::report(&self.stack, &self.json)
    }
}

pub(crate) fn to_text(json: &Json) -> String {
    // A serde_json::Value always serializes.
    let mut text = serde_json::to_string_pretty(json).unwrap_or_default();
    text.push('\n');
    text
}
