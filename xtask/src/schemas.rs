//! Schema conformance: every L1 struct's property names and types must match
//! CloudFormation's resource provider schema for its type. The provider
//! schemas come from the pinned cfn-lint package.

use std::fs;
use std::process::Command;

use serde_json::Value as Json;

use crate::{cfn_lint, root, status};

/// Provider schemas of these types, dumped (once) from cfn-lint's data into
/// `target/cfn-lint/schemas/`.
pub(crate) fn provider_schemas(types: &[&str]) -> Result<Vec<Json>, String> {
    let exe = cfn_lint()?;
    let python = exe.with_file_name("python");
    let dir = root().join("target").join("cfn-lint").join("schemas");
    fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let path_of = |t: &str| dir.join(format!("{}.json", t.replace("::", "-")));
    // One interpreter dumps every schema not dumped yet: (type, file) pairs.
    let missing: Vec<String> = types
        .iter()
        .filter(|t| !path_of(t).exists())
        .flat_map(|t| [t.to_string(), path_of(t).display().to_string()])
        .collect();
    if !missing.is_empty() {
        let script = "import json,sys\nfrom cfnlint.schema import PROVIDER_SCHEMA_MANAGER as m\n\
             a = sys.argv[1:]\n\
             for t, p in zip(a[::2], a[1::2]):\n    \
                 json.dump(m.get_resource_schema('us-east-1', t).schema, open(p, 'w'))";
        crate::run(Command::new(&python).arg("-c").arg(script).args(&missing))?;
    }
    let mut out = Vec::new();
    for t in types {
        let path = path_of(t);
        let text = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        out.push(serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?);
    }
    Ok(out)
}

/// `cargo xtask schemas`: compares every L1 struct with its provider schema.
pub fn check() -> Result<(), String> {
    let ours = stackward::cfn::schemas();
    let types: Vec<&str> = ours.iter().map(|(t, _)| *t).collect();
    let theirs = provider_schemas(&types)?;
    let mut problems = Vec::new();
    for ((type_name, schema), provider) in ours.iter().zip(&theirs) {
        let ours = serde_json::to_value(schema).map_err(|e| e.to_string())?;
        problems.extend(compare(type_name, &ours, provider));
    }
    if problems.is_empty() {
        status(
            "Conforms",
            &format!(
                "{} L1 structs match CloudFormation's provider schemas",
                types.len()
            ),
        );
        Ok(())
    } else {
        Err(format!(
            "L1 structs differ from CloudFormation's schemas:\n  {}",
            problems.join("\n  ")
        ))
    }
}

/// `src/replacement.json`: the create-only properties (the ones whose change
/// replaces the resource) of every type `src/cfn/l1/types.txt` lists, read
/// from the provider schemas. Checks the file is current, or writes it with
/// `write`.
pub fn sync_replacement(write: bool) -> Result<(), String> {
    let types: Vec<&str> = stackward::cfn::l1::TYPES.to_vec();
    let theirs = provider_schemas(&types)?;
    let mut table = serde_json::Map::new();
    let mut sorted: Vec<(&str, &Json)> = types.iter().copied().zip(&theirs).collect();
    sorted.sort_by_key(|(t, _)| *t);
    for (type_name, provider) in sorted {
        let props: Vec<&str> = crate::codegen::top_level(provider, "createOnlyProperties")
            .into_iter()
            .collect();
        table.insert(type_name.to_owned(), serde_json::json!(props));
    }
    let mut text = serde_json::to_string_pretty(&Json::Object(table)).map_err(|e| e.to_string())?;
    text.push('\n');
    let path = root().join("src").join("replacement.json");
    if write {
        fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
        status("Wrote", "src/replacement.json");
    } else if stackward::diff::REPLACEMENT_PROPERTIES != text {
        return Err(
            "src/replacement.json differs from the provider schemas; run `cargo xtask schemas --write-replacement`".into(),
        );
    } else {
        status(
            "Checked",
            "src/replacement.json matches the provider schemas",
        );
    }
    Ok(())
}

/// Every difference between our schema (schemars output) and the provider schema.
pub fn compare(type_name: &str, ours: &Json, provider: &Json) -> Vec<String> {
    let mut problems = Vec::new();
    object(type_name, ours, ours, provider, provider, &mut problems);
    problems
}

/// Follows `$ref` (ours: `#/definitions/X`; theirs the same), unwraps a
/// documented reference (`allOf: [{$ref}]`) and `Value<T>` (`anyOf: [T,
/// object]`) to `T`.
fn resolve<'a>(root: &'a Json, mut s: &'a Json) -> &'a Json {
    loop {
        if let Some([only]) = s["allOf"].as_array().map(Vec::as_slice) {
            s = only;
        } else if let Some(r) = s["$ref"].as_str() {
            let name = r.rsplit('/').next().unwrap_or_default();
            s = &root["definitions"][name];
        } else if let (Some(any), true) = (s["anyOf"].as_array(), s["type"].is_null()) {
            match any
                .iter()
                .find(|a| a["type"] != "object" || a.get("$ref").is_some())
            {
                Some(first) if any.len() == 2 => s = first,
                _ => return s,
            }
        } else {
            return s;
        }
    }
}

fn types(s: &Json) -> Vec<String> {
    match &s["type"] {
        Json::String(t) => vec![t.clone()],
        Json::Array(ts) => ts
            .iter()
            .filter_map(|t| t.as_str().map(str::to_owned))
            .collect(),
        _ => Vec::new(),
    }
}

fn object(
    path: &str,
    our_root: &Json,
    ours: &Json,
    their_root: &Json,
    theirs: &Json,
    problems: &mut Vec<String>,
) {
    let ours = resolve(our_root, ours);
    let theirs = resolve(their_root, theirs);
    let their_props = theirs["properties"].as_object();
    let our_required: Vec<&str> = ours["required"]
        .as_array()
        .map(|r| r.iter().filter_map(Json::as_str).collect())
        .unwrap_or_default();
    for name in theirs["required"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Json::as_str)
    {
        if !our_required.contains(&name) {
            problems.push(format!(
                "{path}.{name}: required by CloudFormation, optional or missing here"
            ));
        }
    }
    // A provider object without properties (a policy document) is free-form.
    let (Some(our_props), Some(their_props)) = (ours["properties"].as_object(), their_props) else {
        return;
    };
    for (name, our_prop) in our_props {
        let here = format!("{path}.{name}");
        let Some(their_prop) = their_props.get(name) else {
            problems.push(format!(
                "{here}: no such property in CloudFormation's schema"
            ));
            continue;
        };
        value(&here, our_root, our_prop, their_root, their_prop, problems);
    }
}

fn value(
    path: &str,
    our_root: &Json,
    ours: &Json,
    their_root: &Json,
    theirs: &Json,
    problems: &mut Vec<String>,
) {
    let our = resolve(our_root, ours);
    let their = resolve(their_root, theirs);
    let (our_types, their_types) = (types(our), types(their));
    // A provider property without a type (a format union, `Json`) accepts any shape.
    if their_types.is_empty() || our_types.is_empty() {
        return;
    }
    let compatible = our_types.iter().any(|t| {
        their_types.contains(t) || (t == "integer" && their_types.iter().any(|x| x == "number"))
    });
    if !compatible {
        problems.push(format!(
            "{path}: {} here, {} in CloudFormation's schema",
            our_types.join("|"),
            their_types.join("|")
        ));
        return;
    }
    if our_types.iter().any(|t| t == "object") && their_types.iter().any(|t| t == "object") {
        object(path, our_root, our, their_root, their, problems);
    } else if our_types.iter().any(|t| t == "array") {
        value(
            &format!("{path}[]"),
            our_root,
            &our["items"],
            their_root,
            &their["items"],
            problems,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn provider() -> Json {
        json!({
            "properties": {
                "BucketName": { "type": "string" },
                "VersioningConfiguration": { "$ref": "#/definitions/Versioning" },
                "Tags": { "type": "array", "items": { "$ref": "#/definitions/Tag" } }
            },
            "definitions": {
                "Versioning": { "type": "object", "properties": { "Status": { "type": "string" } }, "required": ["Status"] },
                "Tag": { "type": "object", "properties": { "Key": { "type": "string" }, "Value": { "type": "string" } } }
            }
        })
    }

    #[test]
    fn a_misspelled_property_is_caught() {
        let ours =
            json!({ "type": "object", "properties": { "BucketNmae": { "type": "string" } } });
        assert_eq!(
            compare("AWS::S3::Bucket", &ours, &provider()),
            vec!["AWS::S3::Bucket.BucketNmae: no such property in CloudFormation's schema"]
        );
    }

    #[test]
    fn a_mistyped_property_is_caught_through_refs_and_arrays() {
        let ours = json!({
            "type": "object",
            "properties": {
                "VersioningConfiguration": { "$ref": "#/definitions/V" },
                "Tags": { "type": "array", "items": { "type": "object", "properties": { "Key": { "type": "boolean" } } } }
            },
            "definitions": { "V": { "type": "object", "properties": { "Status": { "type": "integer" } } } }
        });
        assert_eq!(
            compare("B", &ours, &provider()),
            vec![
                "B.VersioningConfiguration.Status: required by CloudFormation, optional or missing here".to_owned(),
                "B.VersioningConfiguration.Status: integer here, string in CloudFormation's schema".to_owned(),
                "B.Tags[].Key: boolean here, string in CloudFormation's schema".to_owned(),
            ]
        );
    }

    #[test]
    fn values_that_take_intrinsics_compare_as_their_literal_type() {
        let ours = json!({
            "type": "object",
            "properties": { "BucketName": { "anyOf": [{ "type": "string" }, { "type": "object" }] } }
        });
        assert!(compare("B", &ours, &provider()).is_empty());
        let wrong = json!({
            "type": "object",
            "properties": { "BucketName": { "anyOf": [{ "type": "boolean" }, { "type": "object" }] } }
        });
        assert_eq!(
            compare("B", &wrong, &provider()),
            vec!["B.BucketName: boolean here, string in CloudFormation's schema"]
        );
    }

    #[test]
    fn every_generated_type_has_a_schema() {
        // Hand-written structs are compared with the schemas; generated
        // ones are written from them.
        let mut types: Vec<&str> = stackward::cfn::schemas().iter().map(|(t, _)| *t).collect();
        types.extend(stackward::cfn::l1::TYPES);
        let dir = crate::root().join("generated");
        let mut seen = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if !path.to_string_lossy().ends_with(".template.json") {
                continue;
            }
            let t: Json = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            for r in t["Resources"].as_object().unwrap().values() {
                let ty = r["Type"].as_str().unwrap();
                assert!(
                    types.contains(&ty),
                    "{ty} in {} has no L1 schema",
                    path.display()
                );
                seen += 1;
            }
        }
        assert!(seen > 0);
    }
}
