//! IAM policy documents, as used in key policies, bucket policies and roles.

use schemars::JsonSchema;
use serde::{Serialize, Serializer};
use serde_json::{json, Value as Json};

use crate::template::Value;

/// An IAM policy document (version 2012-10-17).
///
/// ```
/// use stackward::iam::{Effect, PolicyDocument, Principal, Statement};
/// let doc = PolicyDocument::new(vec![Statement::new(Effect::Allow, ["s3:GetObject"])
///     .principal(Principal::service("logging.s3.amazonaws.com"))
///     .resource("arn:aws-cn:s3:::logs/*")]);
/// let json = serde_json::to_value(&doc).unwrap();
/// assert_eq!(json["Version"], "2012-10-17");
/// assert_eq!(json["Statement"][0]["Principal"]["Service"], "logging.s3.amazonaws.com");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct PolicyDocument {
    version: String,
    statement: Vec<Statement>,
}

impl PolicyDocument {
    /// A document with these statements.
    pub fn new(statement: Vec<Statement>) -> Self {
        PolicyDocument {
            version: "2012-10-17".into(),
            statement,
        }
    }

    /// The statements.
    pub fn statements(&self) -> &[Statement] {
        &self.statement
    }

    /// The document as JSON, for L1 properties typed as JSON.
    pub fn to_json(&self) -> Json {
        // Strings, intrinsics and JSON conditions: serializing cannot fail.
        serde_json::to_value(self).unwrap_or_default()
    }
}

/// Allow or deny.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
pub enum Effect {
    /// `Allow`
    Allow,
    /// `Deny`
    Deny,
}

/// Who a resource-based policy statement applies to.
#[derive(Debug, Clone, PartialEq)]
pub enum Principal {
    /// Everyone (`{"AWS": "*"}`): only for `Deny` statements and conditions
    /// that narrow it.
    Any,
    /// AWS principals by ARN or account id.
    Aws(Vec<Value<String>>),
    /// AWS services, e.g. `logging.s3.amazonaws.com`, or a regional
    /// service principal built with `Fn::Sub`.
    Service(Vec<Value<String>>),
}

impl Principal {
    /// One AWS service.
    pub fn service(name: impl Into<Value<String>>) -> Self {
        Principal::Service(vec![name.into()])
    }

    /// The account the stack is deployed in (its root principal).
    pub fn this_account() -> Self {
        Principal::Aws(vec![crate::template::arn(
            "iam",
            "",
            "${AWS::AccountId}",
            "root",
        )
        .into()])
    }
}

fn one_or_many<T: Serialize>(items: &[T]) -> Json {
    match items {
        [one] => json!(one),
        many => json!(many),
    }
}

impl Serialize for Principal {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Principal::Any => json!({ "AWS": "*" }),
            Principal::Aws(arns) => json!({ "AWS": one_or_many(arns) }),
            Principal::Service(names) => json!({ "Service": one_or_many(names) }),
        }
        .serialize(s)
    }
}

impl JsonSchema for Principal {
    fn schema_name() -> String {
        "Principal".into()
    }

    fn json_schema(gen: &mut schemars::gen::SchemaGenerator) -> schemars::schema::Schema {
        <serde_json::Map<String, Json>>::json_schema(gen)
    }
}

/// One statement of a policy document.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct Statement {
    #[serde(skip_serializing_if = "Option::is_none")]
    sid: Option<String>,
    effect: Effect,
    #[serde(skip_serializing_if = "Option::is_none")]
    principal: Option<Principal>,
    action: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    resource: Vec<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    condition: Option<Json>,
}

impl Statement {
    /// A statement with an effect and actions; add resources and the rest
    /// with the methods below.
    pub fn new<I: IntoIterator<Item = S>, S: Into<String>>(effect: Effect, actions: I) -> Self {
        Statement {
            sid: None,
            effect,
            principal: None,
            action: actions.into_iter().map(Into::into).collect(),
            resource: Vec::new(),
            condition: None,
        }
    }

    /// A statement id.
    #[must_use]
    pub fn sid(mut self, sid: impl Into<String>) -> Self {
        self.sid = Some(sid.into());
        self
    }

    /// The principal (resource-based policies only).
    #[must_use]
    pub fn principal(mut self, principal: Principal) -> Self {
        self.principal = Some(principal);
        self
    }

    /// One more resource.
    #[must_use]
    pub fn resource(mut self, arn: impl Into<Value<String>>) -> Self {
        self.resource.push(arn.into());
        self
    }

    /// The condition block, e.g. `{"Bool": {"aws:SecureTransport": "false"}}`.
    #[must_use]
    pub fn condition(mut self, condition: Json) -> Self {
        self.condition = Some(condition);
        self
    }

    /// The effect.
    pub fn effect(&self) -> Effect {
        self.effect
    }

    /// The actions.
    pub fn actions(&self) -> &[String] {
        &self.action
    }

    /// The resources.
    pub fn resources(&self) -> &[Value<String>] {
        &self.resource
    }

    /// Whether it allows everyone (`Principal::Any`) with no condition to
    /// narrow who.
    pub fn allows_everyone(&self) -> bool {
        self.effect == Effect::Allow
            && self.principal == Some(Principal::Any)
            && self.condition.is_none()
    }

    /// The statement as it stands in a policy document.
    pub fn to_json(&self) -> Json {
        // Strings, intrinsics and a JSON condition: serializing cannot fail.
        serde_json::to_value(self).unwrap_or_default()
    }
}

/// A resource policy's renderer (a bucket's, a queue's): statements other
/// constructs contributed go after the policy's own.
pub(crate) fn render_policy_statements(properties: &mut Json, statements: &[Json]) {
    if let Some(list) = properties["PolicyDocument"]["Statement"].as_array_mut() {
        list.extend(statements.iter().cloned());
    }
}
