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
        format!("{}.template.json", self.stack)
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
