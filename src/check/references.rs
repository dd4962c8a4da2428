//! Every `Ref`, `Fn::GetAtt`, `Fn::Sub` placeholder, `Fn::If` and condition
//! name must point at something the template defines.

use std::collections::BTreeSet;

use serde_json::Value as Json;

use crate::error::Error;
use crate::template::Pseudo;

struct Names<'a> {
    resources: BTreeSet<&'a str>,
    parameters: BTreeSet<&'a str>,
    conditions: BTreeSet<&'a str>,
}

/// Checks every reference in a template; returns one error per dangling one.
pub fn references(template: &Json) -> Vec<Error> {
    let keys = |section: &str| -> BTreeSet<&str> {
        template[section]
            .as_object()
            .map(|m| m.keys().map(String::as_str).collect())
            .unwrap_or_default()
    };
    let names = Names {
        resources: keys("Resources"),
        parameters: keys("Parameters"),
        conditions: keys("Conditions"),
    };
    let mut errors = Vec::new();
    for section in ["Conditions", "Resources", "Outputs"] {
        let Some(items) = template[section].as_object() else {
            continue;
        };
        for (id, item) in items {
            let mut at = Pointer::default();
            at.key(section).key(id);
            walk(&names, id, item, &mut at, &mut errors);
            if let Some(c) = item.get("Condition").and_then(Json::as_str) {
                if section != "Conditions" && !names.conditions.contains(c) {
                    errors.push(missing(id, &format!("{at}/Condition"), c));
                }
            }
            if let Some(deps) = item.get("DependsOn").and_then(Json::as_array) {
                for (i, d) in deps.iter().enumerate() {
                    let d = d.as_str().unwrap_or_default();
                    if !names.resources.contains(d) {
                        errors.push(missing(id, &format!("{at}/DependsOn/{i}"), d));
                    }
                }
            }
        }
    }
    errors
}

fn missing(owner: &str, path: &str, target: &str) -> Error {
    Error::UnresolvedReference {
        resource: owner.to_owned(),
        path: path.to_owned(),
        target: target.to_owned(),
    }
}

fn walk<'a>(
    names: &Names,
    owner: &str,
    value: &'a Json,
    at: &mut Pointer<'a>,
    errors: &mut Vec<Error>,
) {
    match value {
        Json::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                at.index(i);
                walk(names, owner, v, at, errors);
                at.pop();
            }
        }
        Json::Object(map) => {
            if let (1, Some((k, v))) = (map.len(), map.iter().next()) {
                let here = |at: &Pointer<'_>| format!("{at}/{}", escape(k));
                match k.as_str() {
                    "Ref" => {
                        let target = v.as_str().unwrap_or_default();
                        let known = names.resources.contains(target)
                            || names.parameters.contains(target)
                            || Pseudo::is_pseudo(target);
                        if !known {
                            errors.push(missing(owner, &here(at), target));
                        }
                        return;
                    }
                    "Fn::GetAtt" => {
                        // `["Role", "Arn"]`, or the string form `"Role.Arn"`.
                        let target = match v {
                            Json::String(s) => s.split_once('.').map_or(s.as_str(), |(id, _)| id),
                            _ => v[0].as_str().unwrap_or_default(),
                        };
                        if !names.resources.contains(target) {
                            errors.push(missing(owner, &here(at), target));
                        }
                        return;
                    }
                    "Fn::Sub" => {
                        let (text, vars) = match v {
                            Json::String(s) => (s.as_str(), None),
                            _ => (v[0].as_str().unwrap_or_default(), v[1].as_object()),
                        };
                        for name in sub_placeholders(text) {
                            let var = vars.is_some_and(|m| m.contains_key(name));
                            let base = name.split('.').next().unwrap_or(name);
                            let known = var
                                || names.parameters.contains(name)
                                || Pseudo::is_pseudo(name)
                                || names.resources.contains(base);
                            if !known {
                                errors.push(missing(owner, &here(at), name));
                            }
                        }
                        if let Some(vars) = vars {
                            for (name, val) in vars {
                                at.key(k).index(1).key(name);
                                walk(names, owner, val, at, errors);
                                at.pop().pop().pop();
                            }
                        }
                        return;
                    }
                    "Fn::If" => {
                        let cond = v[0].as_str().unwrap_or_default();
                        if !names.conditions.contains(cond) {
                            errors.push(missing(owner, &format!("{}/0", here(at)), cond));
                        }
                    }
                    "Condition" if at.starts_with("Conditions") => {
                        let cond = v.as_str().unwrap_or_default();
                        if !names.conditions.contains(cond) {
                            errors.push(missing(owner, &here(at), cond));
                        }
                        return;
                    }
                    _ => {}
                }
            }
            for (k, v) in map {
                at.key(k);
                walk(names, owner, v, at, errors);
                at.pop();
            }
        }
        _ => {}
    }
}

/// A JSON pointer kept as the keys and indices on the way down a value,
/// written out only where it is reported: a walk over a whole template
/// formats no pointer for the nodes it only passes.
#[derive(Default)]
pub(crate) struct Pointer<'a>(Vec<Step<'a>>);

enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

impl<'a> Pointer<'a> {
    pub(crate) fn key(&mut self, key: &'a str) -> &mut Self {
        self.0.push(Step::Key(key));
        self
    }

    pub(crate) fn index(&mut self, index: usize) -> &mut Self {
        self.0.push(Step::Index(index));
        self
    }

    pub(crate) fn pop(&mut self) -> &mut Self {
        self.0.pop();
        self
    }

    /// Whether the pointer starts with this key.
    fn starts_with(&self, key: &str) -> bool {
        matches!(self.0.first(), Some(Step::Key(k)) if *k == key)
    }
}

impl std::fmt::Display for Pointer<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for step in &self.0 {
            match step {
                Step::Key(k) => write!(f, "/{}", escape(k))?,
                Step::Index(i) => write!(f, "/{i}")?,
            }
        }
        Ok(())
    }
}

/// JSON pointer escaping of one key (RFC 6901).
pub(crate) fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// The `${Name}` placeholders of an `Fn::Sub` string, without `${!Literal}`.
fn sub_placeholders(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("${") {
        let after = &rest[start + 2..];
        let Some(end) = after.find('}') else { break };
        let name = &after[..end];
        if !name.starts_with('!') {
            out.push(name.trim());
        }
        rest = &after[end + 1..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn finds_every_dangling_reference() {
        let t = json!({
            "Parameters": { "Env": { "Type": "String" } },
            "Conditions": { "IsProd": { "Fn::Equals": [{ "Ref": "Env" }, "prod"] } },
            "Resources": {
                "A": { "Type": "X", "Properties": {
                    "Ok": [{ "Ref": "Env" }, { "Ref": "AWS::Region" }, { "Fn::GetAtt": ["A", "Arn"] }],
                    "Sub": { "Fn::Sub": "${A.Arn}/${Env}/${!Literal}/${Nope}" },
                    "SubVars": { "Fn::Sub": ["${X}", { "X": { "Ref": "Gone" } }] },
                    "If": { "Fn::If": ["IsDev", 1, 2] },
                    "Att": { "Fn::GetAtt": ["Missing", "Arn"] },
                    "AttText": { "Fn::GetAtt": "A.Arn" },
                    "AttTextMissing": { "Fn::GetAtt": "Gone.Arn" }
                }, "DependsOn": ["B"] }
            },
            "Outputs": { "O": { "Value": { "Ref": "A" }, "Condition": "IsProd" } }
        });
        let errs: Vec<(String, String)> = references(&t)
            .into_iter()
            .map(|e| match e {
                Error::UnresolvedReference { path, target, .. } => (path, target),
                other => panic!("{other}"),
            })
            .collect();
        assert_eq!(
            errs,
            vec![
                ("/Resources/A/Properties/Sub/Fn::Sub".into(), "Nope".into()),
                (
                    "/Resources/A/Properties/SubVars/Fn::Sub/1/X/Ref".into(),
                    "Gone".into()
                ),
                ("/Resources/A/Properties/If/Fn::If/0".into(), "IsDev".into()),
                (
                    "/Resources/A/Properties/Att/Fn::GetAtt".into(),
                    "Missing".into()
                ),
                (
                    "/Resources/A/Properties/AttTextMissing/Fn::GetAtt".into(),
                    "Gone".into()
                ),
                ("/Resources/A/DependsOn/0".into(), "B".into()),
            ]
        );
    }
}
