//! Values that are either a literal or a CloudFormation intrinsic function.

use schemars::gen::SchemaGenerator;
use schemars::schema::{InstanceType, Schema, SchemaObject, SubschemaValidation};
use schemars::JsonSchema;
use serde::{Serialize, Serializer};
use serde_json::{json, Value as Json};

/// A property value: a literal of type `T`, or an intrinsic function that
/// CloudFormation resolves at deploy time.
///
/// Every property that takes a name or an ARN takes a `Value`, so a bucket
/// name can be a literal or a `Ref` to a parameter alike.
///
/// ```
/// use stackward::template::{Intrinsic, Value};
/// let literal: Value<String> = "logs".into();
/// let from_param: Value<String> = Intrinsic::reference("BucketName").into();
/// assert_eq!(serde_json::to_string(&literal).unwrap(), r#""logs""#);
/// assert_eq!(serde_json::to_string(&from_param).unwrap(), r#"{"Ref":"BucketName"}"#);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub enum Value<T> {
    /// A value known when the template is written.
    Literal(T),
    /// A value CloudFormation computes at deploy time.
    Fn(Intrinsic),
}

impl<T: Default> Default for Value<T> {
    /// The type's default literal, so L1 structs can be written with
    /// `..Default::default()`.
    fn default() -> Self {
        Value::Literal(T::default())
    }
}

impl<T> Value<T> {
    /// The literal, when there is one.
    pub fn literal(&self) -> Option<&T> {
        match self {
            Value::Literal(v) => Some(v),
            Value::Fn(_) => None,
        }
    }
}

impl<T: Serialize> Serialize for Value<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Literal(v) => v.serialize(s),
            Value::Fn(f) => f.serialize(s),
        }
    }
}

impl<T: JsonSchema> JsonSchema for Value<T> {
    fn schema_name() -> String {
        format!("Value_of_{}", T::schema_name())
    }

    fn json_schema(gen: &mut SchemaGenerator) -> Schema {
        let intrinsic = SchemaObject {
            instance_type: Some(InstanceType::Object.into()),
            ..Default::default()
        };
        Schema::Object(SchemaObject {
            subschemas: Some(Box::new(SubschemaValidation {
                any_of: Some(vec![gen.subschema_for::<T>(), intrinsic.into()]),
                ..Default::default()
            })),
            ..Default::default()
        })
    }
}

impl From<&str> for Value<String> {
    fn from(v: &str) -> Self {
        Value::Literal(v.to_owned())
    }
}

impl From<String> for Value<String> {
    fn from(v: String) -> Self {
        Value::Literal(v)
    }
}

impl From<&String> for Value<String> {
    fn from(v: &String) -> Self {
        Value::Literal(v.clone())
    }
}

impl From<u32> for Value<u32> {
    fn from(v: u32) -> Self {
        Value::Literal(v)
    }
}

impl From<bool> for Value<bool> {
    fn from(v: bool) -> Self {
        Value::Literal(v)
    }
}

impl<T> From<Intrinsic> for Value<T> {
    fn from(f: Intrinsic) -> Self {
        Value::Fn(f)
    }
}

impl<T> From<Pseudo> for Value<T> {
    fn from(p: Pseudo) -> Self {
        Value::Fn(Intrinsic::Ref(p.name().to_owned()))
    }
}

/// CloudFormation's pseudo parameters, available in every template.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pseudo {
    /// `AWS::AccountId`
    AccountId,
    /// `AWS::NotificationARNs`
    NotificationArns,
    /// `AWS::NoValue`: removes the property where it stands.
    NoValue,
    /// `AWS::Partition` (`aws`, `aws-cn`, `aws-us-gov`, ...): use it in every ARN.
    Partition,
    /// `AWS::Region`
    Region,
    /// `AWS::StackId`
    StackId,
    /// `AWS::StackName`
    StackName,
    /// `AWS::URLSuffix`
    UrlSuffix,
}

impl Pseudo {
    /// All pseudo parameters.
    pub const ALL: [Pseudo; 8] = [
        Pseudo::AccountId,
        Pseudo::NotificationArns,
        Pseudo::NoValue,
        Pseudo::Partition,
        Pseudo::Region,
        Pseudo::StackId,
        Pseudo::StackName,
        Pseudo::UrlSuffix,
    ];

    /// The name CloudFormation gives it, e.g. `AWS::Region`.
    pub fn name(self) -> &'static str {
        match self {
            Pseudo::AccountId => "AWS::AccountId",
            Pseudo::NotificationArns => "AWS::NotificationARNs",
            Pseudo::NoValue => "AWS::NoValue",
            Pseudo::Partition => "AWS::Partition",
            Pseudo::Region => "AWS::Region",
            Pseudo::StackId => "AWS::StackId",
            Pseudo::StackName => "AWS::StackName",
            Pseudo::UrlSuffix => "AWS::URLSuffix",
        }
    }

    /// Whether `name` is a pseudo parameter.
    pub fn is_pseudo(name: &str) -> bool {
        Pseudo::ALL.iter().any(|p| p.name() == name)
    }
}

/// A CloudFormation intrinsic function.
///
/// ```
/// use stackward::template::{Intrinsic, Pseudo};
/// let arn = Intrinsic::sub("arn:${AWS::Partition}:iam::${AWS::AccountId}:root");
/// let az = Intrinsic::select(0, Intrinsic::get_azs());
/// assert_eq!(
///     serde_json::to_value(&az).unwrap(),
///     serde_json::json!({"Fn::Select": [0, {"Fn::GetAZs": ""}]})
/// );
/// # let _ = (arn, Pseudo::Region);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub enum Intrinsic {
    /// `Ref`: a resource, parameter or pseudo parameter.
    Ref(String),
    /// `Fn::GetAtt`: an attribute of a resource.
    GetAtt(String, String),
    /// `Fn::Sub` with `${Name}` placeholders and optional variables.
    Sub(String, Vec<(String, Value<String>)>),
    /// `Fn::Join`: a delimiter and the parts.
    Join(String, Vec<Value<String>>),
    /// `Fn::Select`: an index into a list.
    Select(u32, Box<Intrinsic>),
    /// `Fn::GetAZs`: the availability zones of a region (`""` for the stack's).
    GetAzs(Box<Value<String>>),
    /// `Fn::ImportValue`: a value another stack exports.
    ImportValue(Box<Value<String>>),
    /// `Fn::If`: a condition name, the value when true, the value when false.
    If(String, Box<Json>, Box<Json>),
    /// `Fn::Base64`: text encoded as base64 (EC2 user data).
    Base64(Box<Value<String>>),
}

impl Intrinsic {
    /// `{"Ref": id}`.
    pub fn reference(id: impl Into<String>) -> Self {
        Intrinsic::Ref(id.into())
    }

    /// `{"Fn::GetAtt": [id, attribute]}`.
    pub fn get_att(id: impl Into<String>, attribute: impl Into<String>) -> Self {
        Intrinsic::GetAtt(id.into(), attribute.into())
    }

    /// `{"Fn::Sub": text}`.
    pub fn sub(text: impl Into<String>) -> Self {
        Intrinsic::Sub(text.into(), Vec::new())
    }

    /// `{"Fn::Sub": [text, {variables}]}`.
    pub fn sub_with(text: impl Into<String>, vars: Vec<(String, Value<String>)>) -> Self {
        Intrinsic::Sub(text.into(), vars)
    }

    /// `{"Fn::Join": [delimiter, parts]}`.
    pub fn join(delimiter: impl Into<String>, parts: Vec<Value<String>>) -> Self {
        Intrinsic::Join(delimiter.into(), parts)
    }

    /// `{"Fn::Select": [index, list]}`.
    pub fn select(index: u32, list: Intrinsic) -> Self {
        Intrinsic::Select(index, Box::new(list))
    }

    /// `{"Fn::GetAZs": ""}`: the zones of the region the stack is deployed in.
    pub fn get_azs() -> Self {
        Intrinsic::GetAzs(Box::new(Value::Literal(String::new())))
    }

    /// `{"Fn::ImportValue": name}`.
    pub fn import_value(name: impl Into<Value<String>>) -> Self {
        Intrinsic::ImportValue(Box::new(name.into()))
    }

    /// `{"Fn::Base64": text}`.
    pub fn base64(text: impl Into<Value<String>>) -> Self {
        Intrinsic::Base64(Box::new(text.into()))
    }

    /// `{"Fn::If": [condition, then, otherwise]}`.
    pub fn if_(
        condition: impl Into<String>,
        then: impl Serialize,
        otherwise: impl Serialize,
    ) -> Self {
        // Plain data (strings, numbers, string-keyed maps, `Value`s) always
        // serializes to JSON.
        let then = serde_json::to_value(then).unwrap_or(Json::Null);
        let otherwise = serde_json::to_value(otherwise).unwrap_or(Json::Null);
        Intrinsic::If(condition.into(), Box::new(then), Box::new(otherwise))
    }

    /// The JSON CloudFormation reads.
    pub fn to_json(&self) -> Json {
        match self {
            Intrinsic::Ref(id) => json!({ "Ref": id }),
            Intrinsic::GetAtt(id, attr) => json!({ "Fn::GetAtt": [id, attr] }),
            Intrinsic::Sub(text, vars) if vars.is_empty() => json!({ "Fn::Sub": text }),
            Intrinsic::Sub(text, vars) => {
                let map: serde_json::Map<String, Json> = vars
                    .iter()
                    .map(|(k, v)| (k.clone(), value_json(v)))
                    .collect();
                json!({ "Fn::Sub": [text, map] })
            }
            Intrinsic::Join(delim, parts) => {
                let parts: Vec<Json> = parts.iter().map(value_json).collect();
                json!({ "Fn::Join": [delim, parts] })
            }
            Intrinsic::Select(i, list) => json!({ "Fn::Select": [i, list.to_json()] }),
            Intrinsic::GetAzs(region) => json!({ "Fn::GetAZs": value_json(region) }),
            Intrinsic::ImportValue(name) => json!({ "Fn::ImportValue": value_json(name) }),
            Intrinsic::If(cond, a, b) => json!({ "Fn::If": [cond, a, b] }),
            Intrinsic::Base64(text) => json!({ "Fn::Base64": value_json(text) }),
        }
    }
}

fn value_json(v: &Value<String>) -> Json {
    match v {
        Value::Literal(s) => Json::String(s.clone()),
        Value::Fn(f) => f.to_json(),
    }
}

impl Serialize for Intrinsic {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.to_json().serialize(s)
    }
}

impl JsonSchema for Intrinsic {
    fn schema_name() -> String {
        "Intrinsic".to_owned()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        SchemaObject {
            instance_type: Some(InstanceType::Object.into()),
            ..Default::default()
        }
        .into()
    }
}

/// `arn:${AWS::Partition}:<service>:<region>:<account>:<resource>` with the
/// partition always taken from the stack, never hard-coded.
///
/// ```
/// let root = stackward::template::arn("iam", "", "${AWS::AccountId}", "root");
/// assert_eq!(
///     serde_json::to_value(&root).unwrap(),
///     serde_json::json!({"Fn::Sub": "arn:${AWS::Partition}:iam::${AWS::AccountId}:root"})
/// );
/// ```
pub fn arn(service: &str, region: &str, account: &str, resource: &str) -> Intrinsic {
    Intrinsic::sub(format!(
        "arn:${{AWS::Partition}}:{service}:{region}:{account}:{resource}"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn js(i: Intrinsic) -> Json {
        i.to_json()
    }

    #[test]
    fn every_intrinsic_has_cloudformation_shape() {
        assert_eq!(js(Intrinsic::reference("A")), json!({ "Ref": "A" }));
        assert_eq!(
            js(Intrinsic::get_att("A", "Arn")),
            json!({ "Fn::GetAtt": ["A", "Arn"] })
        );
        assert_eq!(js(Intrinsic::sub("${A}")), json!({ "Fn::Sub": "${A}" }));
        assert_eq!(
            js(Intrinsic::sub_with(
                "${X}-1",
                vec![("X".into(), Pseudo::Region.into())]
            )),
            json!({ "Fn::Sub": ["${X}-1", { "X": { "Ref": "AWS::Region" } }] })
        );
        assert_eq!(
            js(Intrinsic::join(
                "",
                vec![Intrinsic::get_att("B", "Arn").into(), "/*".into()]
            )),
            json!({ "Fn::Join": ["", [{ "Fn::GetAtt": ["B", "Arn"] }, "/*"]] })
        );
        assert_eq!(
            js(Intrinsic::select(1, Intrinsic::get_azs())),
            json!({ "Fn::Select": [1, { "Fn::GetAZs": "" }] })
        );
        assert_eq!(
            js(Intrinsic::import_value(Intrinsic::sub("${Env}-VpcId"))),
            json!({ "Fn::ImportValue": { "Fn::Sub": "${Env}-VpcId" } })
        );
        assert_eq!(
            js(Intrinsic::if_(
                "IsProd",
                3,
                Intrinsic::reference("AWS::NoValue")
            )),
            json!({ "Fn::If": ["IsProd", 3, { "Ref": "AWS::NoValue" }] })
        );
    }

    #[test]
    fn pseudo_parameters_have_their_cloudformation_names() {
        let names: Vec<&str> = Pseudo::ALL.iter().map(|p| p.name()).collect();
        assert_eq!(
            names,
            [
                "AWS::AccountId",
                "AWS::NotificationARNs",
                "AWS::NoValue",
                "AWS::Partition",
                "AWS::Region",
                "AWS::StackId",
                "AWS::StackName",
                "AWS::URLSuffix"
            ]
        );
        assert!(Pseudo::is_pseudo("AWS::Partition"));
        assert!(!Pseudo::is_pseudo("AWS::Bucket"));
    }

    #[test]
    fn arns_never_hard_code_the_partition() {
        let arn = serde_json::to_string(&arn("s3", "", "", "my-bucket")).unwrap();
        assert!(
            arn.contains("arn:${AWS::Partition}:s3:::my-bucket"),
            "{arn}"
        );
        assert!(!arn.contains("arn:aws:"));
    }
}
