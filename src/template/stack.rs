//! `Stack`: what a user builds, and `synth`, which turns it into a template.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{json, Map, Value as Json};

use super::{Condition, LogicalId, Output, Parameter, ParameterRef, Resource, Template};
use crate::asset::Asset;
use crate::check;
use crate::error::{Error, Result};
use crate::template::Value;

/// A CloudFormation stack under construction.
///
/// Constructs are added with [`Stack::add`]; problems found while adding
/// them are collected and all reported by [`Stack::synth`].
///
/// ```
/// use stackward::prelude::*;
///
/// let mut stack = Stack::new("Media").unwrap();
/// stack.allowed_regions(["eu-west-1"]).tag("project", "media");
/// let key = stack.add(kms::Key::builder().id("media").alias("alias/media").build());
/// stack.add(s3::Bucket::builder().id("uploads").encryption(key).build());
/// let template = stack.synth().unwrap();
/// assert_eq!(template.json()["Resources"]["Uploads"]["Type"], "AWS::S3::Bucket");
/// ```
#[derive(Debug)]
pub struct Stack {
    name: String,
    description: Option<String>,
    regions: Vec<String>,
    stack_set: Option<super::StackSet>,
    tags: Vec<(String, String)>,
    parameters: Vec<(LogicalId, Parameter)>,
    conditions: Vec<(String, Condition)>,
    resources: Vec<Resource>,
    outputs: Vec<(LogicalId, Output)>,
    ids: BTreeSet<LogicalId>,
    /// The user's words for what produced each logical id (a construct's
    /// id, or a construct's own resource), for naming both sides of a
    /// duplicate.
    claimants: BTreeMap<LogicalId, Vec<String>>,
    errors: Vec<Error>,
    contributions: BTreeMap<LogicalId, Vec<Json>>,
    assets: Vec<(LogicalId, Asset)>,
}

/// The parameter every stack with assets takes: the bucket the deploy
/// pipeline uploads them to.
pub const ASSET_BUCKET_PARAMETER: &str = "AssetBucket";

/// Something that can be added to a stack: a construct (`s3::Bucket`,
/// `kms::Key`, ...) that expands into one or more resources.
pub trait Construct {
    /// The handle `Stack::add` returns, used to refer to what was added.
    type Handle;

    /// Expands into resources on `stack`; problems go to `stack.error(..)`.
    fn add_to(self, stack: &mut Stack) -> Self::Handle;
}

const MAX_STACK_NAME: usize = 128;
const MAX_DESCRIPTION: usize = 1024;

impl Stack {
    /// A new, empty stack. The name is the CloudFormation stack name and the
    /// file name under `generated/`: a letter, then letters, digits and hyphens,
    /// at most 128 characters.
    pub fn new(name: impl Into<String>) -> Result<Self> {
        let name = name.into();
        let valid = name.len() <= MAX_STACK_NAME
            && name.starts_with(|c: char| c.is_ascii_alphabetic())
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
        if !valid {
            return Err(Error::invalid(
                "Stack",
                "StackName",
                &name,
                "must start with a letter and hold only letters, digits and hyphens, at most 128 characters",
            ));
        }
        Ok(Stack {
            name,
            description: None,
            regions: Vec::new(),
            stack_set: None,
            tags: Vec::new(),
            parameters: Vec::new(),
            conditions: Vec::new(),
            resources: Vec::new(),
            outputs: Vec::new(),
            ids: BTreeSet::new(),
            claimants: BTreeMap::new(),
            errors: Vec::new(),
            contributions: BTreeMap::new(),
            assets: Vec::new(),
        })
    }

    /// The stack's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The template's `Description` (at most 1024 bytes).
    pub fn description(&mut self, text: impl Into<String>) -> &mut Self {
        let text = text.into();
        if text.len() > MAX_DESCRIPTION {
            let shown: String = text.chars().take(40).collect();
            self.error(Error::invalid(
                &self.name,
                "Description",
                format!("{shown}..."),
                "must be at most 1024 bytes",
            ));
        } else {
            self.description = Some(text);
        }
        self
    }

    /// Pins the stack to these regions (data residency): the template gets a
    /// `Rules` assertion, so CloudFormation refuses to create it elsewhere.
    pub fn allowed_regions<I: IntoIterator<Item = S>, S: Into<String>>(
        &mut self,
        regions: I,
    ) -> &mut Self {
        for region in regions {
            let region = region.into();
            if !is_region_name(&region) {
                self.error(Error::invalid(
                    &self.name,
                    "AllowedRegions",
                    &region,
                    "must be a region name such as eu-west-1",
                ));
            } else if !self.regions.contains(&region) {
                self.regions.push(region);
            }
        }
        self
    }

    /// Deploys the stack as a service-managed StackSet to every account of
    /// the set's organizational units and regions, instead of as one stack
    /// (the manifest says so and `cargo xtask deploy` creates or updates
    /// the StackSet and its instances). A problem with the set is reported
    /// at synth.
    pub fn deploy_as_stack_set(&mut self, set: super::StackSet) -> &mut Self {
        for problem in set.problems(&self.name) {
            self.error(problem);
        }
        self.stack_set = Some(set);
        self
    }

    /// The StackSet the stack is deployed as, if any.
    pub fn stack_set(&self) -> Option<&super::StackSet> {
        self.stack_set.as_ref()
    }

    /// The regions the stack may be deployed to; empty means any.
    pub fn regions(&self) -> &[String] {
        &self.regions
    }

    /// A tag applied to every taggable resource in the stack. A resource's
    /// own tag with the same key wins.
    pub fn tag(&mut self, key: impl Into<String>, value: impl Into<String>) -> &mut Self {
        let (key, value) = (key.into(), value.into());
        if key.is_empty()
            || key.chars().count() > 128
            || key.to_ascii_lowercase().starts_with("aws:")
        {
            self.error(Error::invalid(
                &self.name,
                "Tags",
                &key,
                "a tag key must be 1-128 characters and must not start with aws:",
            ));
        } else if value.chars().count() > 256 {
            self.error(Error::invalid(
                &self.name,
                "Tags",
                &key,
                "a tag value must be at most 256 characters",
            ));
        } else if let Some(t) = self.tags.iter_mut().find(|(k, _)| *k == key) {
            t.1 = value;
        } else {
            self.tags.push((key, value));
        }
        self
    }

    /// Adds a construct and returns its handle.
    pub fn add<C: Construct>(&mut self, construct: C) -> C::Handle {
        construct.add_to(self)
    }

    /// Adds a parameter.
    pub fn add_parameter(&mut self, parameter: Parameter) -> ParameterRef {
        let id = self.claim(&parameter.id);
        let problems = parameter.validate(&id);
        self.errors.extend(problems);
        self.parameters.push((id.clone(), parameter));
        ParameterRef { id }
    }

    /// Zips `folder` as the code asset of `resource` and returns the bucket
    /// and key the resource reads it from: the parameters
    /// [`ASSET_BUCKET_PARAMETER`] (shared by the stack's assets) and
    /// `<Resource>AssetKey`, whose default is the content-hashed key. A
    /// folder that cannot be zipped is recorded as a problem.
    pub fn add_asset(
        &mut self,
        resource: &LogicalId,
        folder: &std::path::Path,
    ) -> (Value<String>, Value<String>) {
        let bucket_id = self.logical_id(ASSET_BUCKET_PARAMETER);
        if !self.has_parameter(&bucket_id) {
            self.add_parameter(
                Parameter::builder()
                    .id(ASSET_BUCKET_PARAMETER)
                    .description("Bucket the deploy pipeline uploaded this stack's code assets to (see generated/manifest.json)")
                    .allowed_pattern("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")
                    .build(),
            );
        }
        let key_id = self.child_id(resource, "AssetKey");
        let key = match Asset::zip(resource.as_str(), folder) {
            Ok(asset) => {
                let key = asset.key();
                self.assets.push((resource.clone(), asset));
                key
            }
            Err(e) => {
                self.error(e);
                String::new()
            }
        };
        self.add_parameter(
            Parameter::builder()
                .id(key_id.to_string())
                .description(format!(
                    "Object key of {}'s code, {} zipped",
                    resource,
                    folder.display()
                ))
                .default_value(key)
                .build(),
        );
        (
            super::Intrinsic::reference(bucket_id.as_str()).into(),
            super::Intrinsic::reference(key_id.as_str()).into(),
        )
    }

    /// The code assets added so far, by the resource that uses each.
    pub fn assets(&self) -> &[(LogicalId, Asset)] {
        &self.assets
    }

    /// Whether a parameter with this logical id exists (constructs share
    /// parameters such as a public AMI's).
    pub(crate) fn has_parameter(&self, id: &LogicalId) -> bool {
        self.parameters.iter().any(|(p, _)| p == id)
    }

    /// Adds a named condition for `Fn::If` and resource `Condition`s.
    pub fn add_condition(&mut self, name: &str, condition: Condition) -> String {
        let id = self.claim(name);
        if let Some(n) = condition.arity_problem() {
            self.error(Error::invalid(
                id.as_str(),
                "Fn::And/Fn::Or",
                n,
                "takes 2 to 10 conditions",
            ));
        }
        self.conditions.push((id.to_string(), condition));
        id.to_string()
    }

    /// Adds an output.
    pub fn add_output(&mut self, output: Output) -> LogicalId {
        let id = self.claim(&output.id);
        self.outputs.push((id.clone(), output));
        id
    }

    /// Adds a raw resource (for types stackward has no construct for) and
    /// returns it for further settings. Stackward's Guard rules still apply.
    pub fn add_resource(&mut self, resource: Resource) -> &mut Resource {
        if !self.ids.insert(resource.id.clone()) {
            self.error(self.duplicate(&resource.id));
        }
        self.resources.push(resource);
        let last = self.resources.len() - 1;
        &mut self.resources[last]
    }

    /// The resource with this logical id, to adjust attributes after adding.
    pub fn resource_mut(&mut self, id: &LogicalId) -> Option<&mut Resource> {
        self.resources.iter_mut().rev().find(|r| r.id == *id)
    }

    /// The resource with this logical id.
    pub fn resource(&self, id: &LogicalId) -> Option<&Resource> {
        self.resources.iter().rev().find(|r| r.id == *id)
    }

    /// The resources added so far, in order.
    pub fn resources(&self) -> &[Resource] {
        &self.resources
    }

    /// Records `item` as a contribution to the resource `to` (a statement for
    /// a role's policy or a key's policy, a source for a log bucket's
    /// delivery statement). Contributions are rendered once, at synth, by the
    /// renderer the resource's construct set
    /// ([`Resource::takes_contributions`]); an identical contribution is
    /// kept once. No construct edits another's properties.
    pub fn contribute(&mut self, to: &LogicalId, item: Json) {
        let items = self.contributions.entry(to.clone()).or_default();
        if !items.contains(&item) {
            items.push(item);
        }
    }

    /// What has been contributed to `to` so far.
    pub(crate) fn contributions_to(&self, to: &LogicalId) -> &[Json] {
        self.contributions.get(to).map_or(&[], Vec::as_slice)
    }

    /// Records a problem, reported by `synth`.
    pub fn error(&mut self, error: Error) {
        self.errors.push(error);
    }

    /// Records several problems.
    pub(crate) fn errors_from(&mut self, errors: Vec<Error>) {
        self.errors.extend(errors);
    }

    /// The logical id for a user id, recording a problem if it is invalid or
    /// already taken. An invalid id is replaced by a placeholder so that
    /// adding can go on and every problem is reported together.
    pub fn logical_id(&mut self, user_id: &str) -> LogicalId {
        match LogicalId::new(user_id) {
            Ok(id) => {
                self.claimed(&id, user_id.to_owned());
                id
            }
            Err(e) => {
                self.error(e);
                LogicalId::placeholder(self.errors.len())
            }
        }
    }

    /// The logical id for a construct's user id, with the construct's own
    /// validation problems (given that id) recorded for `synth`.
    pub fn construct_id(
        &mut self,
        user_id: &str,
        validate: impl FnOnce(&LogicalId) -> Vec<Error>,
    ) -> LogicalId {
        let id = self.logical_id(user_id);
        self.errors.extend(validate(&id));
        id
    }

    /// The id of a resource a construct adds beside its main one
    /// (`Uploads` + `Policy` = `UploadsPolicy`), recording a problem if the
    /// result is too long.
    pub fn child_id(&mut self, parent: &LogicalId, suffix: &str) -> LogicalId {
        match parent.child(suffix) {
            Ok(id) => {
                let of = self
                    .claimants
                    .get(parent)
                    .and_then(|w| w.last().cloned())
                    .unwrap_or_else(|| parent.to_string());
                self.claimed(&id, format!("the {suffix} of {of}"));
                id
            }
            Err(e) => {
                self.error(e);
                LogicalId::placeholder(self.errors.len())
            }
        }
    }

    fn claim(&mut self, user_id: &str) -> LogicalId {
        let id = self.logical_id(user_id);
        if !self.ids.insert(id.clone()) {
            self.error(self.duplicate(&id));
        }
        id
    }

    /// Records that `what` (in the user's words) produced `id`.
    fn claimed(&mut self, id: &LogicalId, what: String) {
        let list = self.claimants.entry(id.clone()).or_default();
        list.push(what);
    }

    /// The error for a logical id claimed a second time, naming what
    /// claimed it each time (the id itself where nothing else is known).
    fn duplicate(&self, id: &LogicalId) -> Error {
        let mut by: Vec<String> = self
            .claimants
            .get(id)
            .into_iter()
            .flatten()
            .map(|w| format!("{w:?}"))
            .collect();
        while by.len() < 2 {
            by.push(format!("{:?}", id.as_str()));
        }
        Error::DuplicateLogicalId {
            stack: self.name.clone(),
            id: id.to_string(),
            by,
        }
    }

    /// Expands everything into a CloudFormation template and checks it:
    /// references, CloudFormation limits and stackward's Guard rules. Every
    /// problem is reported, not only the first.
    pub fn synth(&self) -> Result<Template> {
        let (json, problems) = self.expand();
        finish(&self.name, json, problems)
    }

    /// The template as JSON before any check; [`Stack::synth`] checks it.
    pub fn unchecked_json(&self) -> Json {
        self.to_json()
    }

    /// The template as JSON, unchecked, with the problems found while
    /// adding constructs.
    pub(crate) fn expand(&self) -> (Json, Vec<Error>) {
        let mut errors = self.errors.clone();
        for r in &self.resources {
            errors.extend(r.problems.iter().cloned());
        }
        for id in self.contributions.keys() {
            if !self.resource(id).is_some_and(|r| r.render.is_some()) {
                errors.push(Error::invalid(
                    id.as_str(),
                    "Properties",
                    "contribution",
                    "no resource of this stack with this logical id takes contributions (grants, key-policy or bucket-policy statements): make them in the stack that holds it",
                ));
            }
        }
        (self.to_json(), errors)
    }

    /// A resource as the expanded template holds it.
    fn resource_json(&self, r: &Resource) -> Json {
        r.to_json(&self.tags, self.contributions_to(&r.id))
    }

    /// Only the resources of the given types, expanded, under `Resources`:
    /// what an App needs of every stack for its account-level evidence
    /// while it expands one stack at a time.
    pub(crate) fn expand_of_types(&self, types: &[&str]) -> Json {
        let resources: Map<String, Json> = self
            .resources
            .iter()
            .filter(|r| types.contains(&r.type_name.as_ref()))
            .map(|r| (r.id.to_string(), self.resource_json(r)))
            .collect();
        json!({ "Resources": resources })
    }

    /// The names a `Ref` in this stack's template resolves within it: its
    /// resources', parameters' and conditions' ids.
    pub(crate) fn local_ids(&self) -> BTreeSet<&str> {
        self.resources
            .iter()
            .map(|r| r.id.as_str())
            .chain(self.parameters.iter().map(|(id, _)| id.as_str()))
            .chain(self.conditions.iter().map(|(id, _)| id.as_str()))
            .collect()
    }

    /// The names of the exports this stack's own outputs declare.
    pub(crate) fn export_names(&self) -> Vec<String> {
        self.outputs
            .iter()
            .filter_map(|(_, o)| o.to_json()["Export"]["Name"].as_str().map(str::to_owned))
            .collect()
    }

    /// Calls `each` with every part of the expanded template's `Resources`
    /// and `Outputs` that can refer to a resource, without expanding the
    /// template (see [`Resource::each_json_part`]).
    pub(crate) fn each_json_part(&self, each: &mut dyn FnMut(&Json)) {
        for r in &self.resources {
            r.each_json_part(self.contributions_to(&r.id), each);
        }
        for (_, o) in &self.outputs {
            each(&o.to_json());
        }
    }

    /// Synthesizes the stack and returns its responsibility report.
    pub fn report(&self) -> Result<crate::report::Report> {
        Ok(self.synth()?.report())
    }

    fn to_json(&self) -> Json {
        let mut t = Map::new();
        t.insert("AWSTemplateFormatVersion".into(), json!("2010-09-09"));
        if let Some(d) = &self.description {
            t.insert("Description".into(), json!(d));
        }
        if !self.parameters.is_empty() {
            let params: Map<String, Json> = self
                .parameters
                .iter()
                .map(|(id, p)| (id.to_string(), p.to_json()))
                .collect();
            t.insert("Parameters".into(), Json::Object(params));
        }
        if !self.regions.is_empty() {
            t.insert(
                "Rules".into(),
                json!({
                    "AllowedRegions": {
                        "Assertions": [{
                            "Assert": { "Fn::Contains": [self.regions, { "Ref": "AWS::Region" }] },
                            "AssertDescription": format!(
                                "Stack {} may be deployed only to {}", self.name, self.regions.join(", ")
                            ),
                        }]
                    }
                }),
            );
        }
        if !self.conditions.is_empty() {
            let conds: Map<String, Json> = self
                .conditions
                .iter()
                .map(|(id, c)| (id.clone(), c.to_json()))
                .collect();
            t.insert("Conditions".into(), Json::Object(conds));
        }
        let resources: Map<String, Json> = self
            .resources
            .iter()
            .map(|r| (r.id.to_string(), self.resource_json(r)))
            .collect();
        t.insert("Resources".into(), Json::Object(resources));
        if !self.outputs.is_empty() {
            let outs: Map<String, Json> = self
                .outputs
                .iter()
                .map(|(id, o)| (id.to_string(), o.to_json()))
                .collect();
            t.insert("Outputs".into(), Json::Object(outs));
        }
        Json::Object(t)
    }
}

/// Checks an expanded template (references, CloudFormation's limits,
/// stackward's Guard rules) and returns it, or every problem found.
pub(crate) fn finish(name: &str, json: Json, mut problems: Vec<Error>) -> Result<Template> {
    problems.extend(check::references(&json));
    problems.extend(check::front_doors(&json));
    let text = super::to_text(&json);
    problems.extend(check::limits(name, &json, text.len()));
    let failures = check::guard_rules(&json)?;
    let already = |failure: &Error| {
        problems
            .iter()
            .any(|p| reports_the_same_property(p, failure))
    };
    let failures: Vec<Error> = failures.into_iter().filter(|f| !already(f)).collect();
    problems.extend(failures);
    if problems.is_empty() {
        Ok(Template::new(name.to_owned(), json, text))
    } else {
        Err(Error::Synth {
            stack: name.to_owned(),
            problems,
        })
    }
}

/// Whether a construct's validation problem already names the resource and
/// property a rule failure points at (`CorsConfiguration.AllowOrigins` and
/// `Properties/CorsConfiguration/AllowOrigins/0`), so the one fact is
/// reported once, in the construct's words.
fn reports_the_same_property(validation: &Error, failure: &Error) -> bool {
    let (
        Error::InvalidValue {
            resource, property, ..
        },
        Error::RuleFailed {
            resource: failed,
            property: at,
            ..
        },
    ) = (validation, failure)
    else {
        return false;
    };
    let named: Vec<&str> = property.split('.').collect();
    let found: Vec<&str> = at
        .strip_prefix("Properties/")
        .unwrap_or("")
        .split('/')
        .filter(|part| part.parse::<usize>().is_err())
        .collect();
    resource == failed && !named.is_empty() && found.starts_with(&named)
}

pub(crate) fn is_region_name(r: &str) -> bool {
    let parts: Vec<&str> = r.split('-').collect();
    parts.len() >= 3
        && parts.len() <= 4
        && parts[..parts.len() - 1]
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_lowercase()))
        && parts[parts.len() - 1].parse::<u8>().is_ok()
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use serde_json::{json, Value as Json};

    use super::Stack;
    use crate::app::each_reference;
    use crate::template::{Intrinsic, LogicalId, Output, Resource};

    fn references(parts: &[&Json]) -> BTreeSet<(String, Option<String>)> {
        let mut found = BTreeSet::new();
        for part in parts {
            each_reference(part, &mut |id, attribute| {
                found.insert((id.to_owned(), attribute.map(str::to_owned)));
            });
        }
        found
    }

    /// Every JSON attribute a resource takes, each with a reference of its
    /// own, one of them only in a rendered contribution: the parts read in
    /// place name the same references as the expanded template.
    #[test]
    fn the_parts_read_in_place_hold_every_reference_of_the_expanded_template() {
        fn render(props: &mut Json, contributions: &[Json]) {
            props["Statements"] = Json::Array(contributions.to_vec());
        }
        let mut stack = Stack::new("Parts").unwrap();
        let id = |n: &str| LogicalId::new(n).unwrap();
        stack
            .add_resource(Resource::raw(
                id("Target"),
                "AWS::SSM::Parameter",
                json!({ "Value": { "Ref": "InProperties" }, "List": [{ "Fn::GetAtt": ["InList", "Arn"] }] }),
            ))
            .metadata("Note", json!({ "Ref": "InMetadata" }))
            .update_policy(json!({ "Use": { "Ref": "InUpdatePolicy" } }))
            .creation_policy(json!({ "Use": { "Fn::GetAtt": ["InCreationPolicy", "Id"] } }))
            .takes_contributions(render);
        stack.contribute(
            &id("Target"),
            json!({ "Resource": { "Fn::GetAtt": ["InContribution", "Arn"] } }),
        );
        stack.add_output(
            Output::builder()
                .id("out")
                .value(Intrinsic::get_att("InOutput", "Name"))
                .build(),
        );
        let mut parts = Vec::new();
        stack.each_json_part(&mut |part| parts.push(part.clone()));
        let read = references(&parts.iter().collect::<Vec<_>>());
        let (expanded, _) = stack.expand();
        let written = references(&[&expanded["Resources"], &expanded["Outputs"]]);
        assert_eq!(read, written);
        let ids: BTreeSet<&str> = read.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(
            ids,
            BTreeSet::from([
                "InContribution",
                "InCreationPolicy",
                "InList",
                "InMetadata",
                "InOutput",
                "InProperties",
                "InUpdatePolicy"
            ])
        );
    }
}
