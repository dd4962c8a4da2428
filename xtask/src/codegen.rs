//! `cargo xtask codegen [--check]`: L1 structs from CloudFormation's
//! resource provider schemas (the ones the pinned cfn-lint ships), for the
//! types listed in `src/cfn/l1/types.txt`. Every property of each type, with
//! its exact CloudFormation name, its type (`Value<T>` where an intrinsic can
//! stand), optional unless the schema requires it, and the schema's
//! description as its documentation; plus how each type takes tags.
//!
//! `--check` fails when a generated file differs from what would be written.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::process::{Command, Stdio};

use heck::{ToSnakeCase, ToUpperCamelCase};
use serde_json::Value as Json;

use crate::{root, status};

const LIST: &str = "src/cfn/l1/types.txt";
const HEADER: &str =
    "// Written by `cargo xtask codegen` from CloudFormation's resource provider\n\
                      // schemas; do not edit by hand.\n";

/// Writes (or with `check`, compares) the generated L1 modules.
pub fn codegen(check: bool) -> Result<(), String> {
    let list_path = root().join(LIST);
    let list =
        std::fs::read_to_string(&list_path).map_err(|e| format!("{}: {e}", list_path.display()))?;
    let types: Vec<&str> = list
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    let schemas = crate::schemas::provider_schemas(&types)?;
    let files = files(&types, &schemas)?;
    let dir = root().join("src/cfn/l1");
    let mut stale = Vec::new();
    let wanted: BTreeSet<String> = files.iter().map(|(n, _)| n.clone()).collect();
    for (name, text) in &files {
        let path = dir.join(name);
        if std::fs::read_to_string(&path).ok().as_deref() == Some(text.as_str()) {
            continue;
        }
        if check {
            stale.push(path.display().to_string());
        } else {
            std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
            status("Wrote", &path.display().to_string());
        }
    }
    for entry in std::fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let entry = entry.map_err(|e| e.to_string())?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(".rs") && !wanted.contains(&name) {
            if check {
                stale.push(format!(
                    "{} (no listed type produces it)",
                    entry.path().display()
                ));
            } else {
                std::fs::remove_file(entry.path()).map_err(|e| e.to_string())?;
            }
        }
    }
    if !stale.is_empty() {
        return Err(format!(
            "stale, run `cargo xtask codegen`: {}",
            stale.join(", ")
        ));
    }
    status(
        if check { "Checked" } else { "Generated" },
        &format!("L1 structs of {} resource types in src/cfn/l1", types.len()),
    );
    Ok(())
}

/// The service's module name: `AWS::ElasticLoadBalancingV2::Listener` is in
/// `elasticloadbalancingv2`.
fn service_module(type_name: &str) -> String {
    type_name
        .split("::")
        .nth(1)
        .unwrap_or_default()
        .to_lowercase()
}

fn resource_name(type_name: &str) -> &str {
    type_name.split("::").nth(2).unwrap_or_default()
}

/// Every generated file, by name under `src/cfn/l1/`, formatted.
fn files(types: &[&str], schemas: &[Json]) -> Result<Vec<(String, String)>, String> {
    let mut by_service: BTreeMap<String, Vec<(&str, &Json)>> = BTreeMap::new();
    for (t, s) in types.iter().zip(schemas) {
        by_service
            .entry(service_module(t))
            .or_default()
            .push((t, s));
    }
    let mut files = Vec::new();
    let mut root_mod = format!(
        "{HEADER}\n//! L1: one struct per CloudFormation resource type stackward lists\n\
         //! (`src/cfn/l1/types.txt`), generated from the resource provider schemas.\n\
         //! Field names are the properties' own (`#[serde(rename)]`), optional\n\
         //! unless the schema requires them; the schema's description is each\n\
         //! one's documentation.\n\n\
         use crate::template::Tagging;\n\n"
    );
    for service in by_service.keys() {
        let _ = writeln!(root_mod, "pub mod {service};");
    }
    let _ = writeln!(
        root_mod,
        "\n/// Every listed type, in the order `types.txt` lists them.\npub const TYPES: [&str; {}] = [",
        types.len()
    );
    for t in types {
        let _ = writeln!(root_mod, "    {t:?},");
    }
    root_mod.push_str("];\n\n/// How a listed type takes tags, as its schema says; `None` for a type\n/// not listed.\npub fn tagging(type_name: &str) -> Option<Tagging> {\n    match type_name {\n");
    for (t, s) in types.iter().zip(schemas) {
        let _ = writeln!(root_mod, "        {t:?} => Some(Tagging::{}),", tagging(s));
    }
    root_mod.push_str("        _ => None,\n    }\n}\n");
    files.push(("mod.rs".to_owned(), rustfmt(&root_mod)?));
    for (service, types) in &by_service {
        let mut text = format!(
            "{HEADER}\n//! L1 structs of the listed `AWS::{}::*` types.\n\n",
            types[0].0.split("::").nth(1).unwrap_or_default()
        );
        for (t, schema) in types {
            let module = resource_name(t).to_snake_case();
            let name = resource_name(t).to_upper_camel_case();
            let _ = writeln!(
                text,
                "/// `{t}`: the resource and its property types.\npub mod {module} {{"
            );
            text.push_str(&Resource::new(t, schema).render());
            let _ = writeln!(text, "}}\npub use {module}::{name};\n");
        }
        files.push((format!("{service}.rs"), rustfmt(&text)?));
    }
    Ok(files)
}

fn rustfmt(text: &str) -> Result<String, String> {
    let mut child = Command::new("rustfmt")
        .args(["--edition", "2021", "--emit", "stdout"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("rustfmt: {e}"))?;
    if let Some(mut stdin) = child.stdin.take() {
        use std::io::Write as _;
        stdin
            .write_all(text.as_bytes())
            .map_err(|e| format!("rustfmt: {e}"))?;
    }
    let out = child
        .wait_with_output()
        .map_err(|e| format!("rustfmt: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "rustfmt refused the generated code: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// How the schema's `Tags` property takes tags.
fn tagging(schema: &Json) -> &'static str {
    let tags = resolve(schema, &schema["properties"]["Tags"]);
    match tags["type"].as_str() {
        Some("array") => {
            let item = resolve(schema, &tags["items"]);
            if item["properties"].get("PropagateAtLaunch").is_some() {
                "ListPropagated"
            } else {
                "List"
            }
        }
        Some("object") => "Map",
        _ => "None",
    }
}

/// The top-level property names a schema list (`createOnlyProperties`,
/// `readOnlyProperties`) names as `/properties/<Name>`.
pub(crate) fn top_level<'a>(schema: &'a Json, list: &str) -> BTreeSet<&'a str> {
    schema[list]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Json::as_str)
        .filter_map(|p| p.strip_prefix("/properties/"))
        .collect()
}

/// Follows `$ref` to `#/definitions/X` and a single `allOf`.
fn resolve<'a>(root: &'a Json, mut s: &'a Json) -> &'a Json {
    for _ in 0..16 {
        if let Some(r) = s["$ref"].as_str() {
            s = &root["definitions"][r.rsplit('/').next().unwrap_or_default()];
        } else if let Some([only]) = s["allOf"].as_array().map(Vec::as_slice) {
            s = only;
        } else {
            break;
        }
    }
    s
}

/// A definition that becomes a struct: an object with properties.
fn is_struct(s: &Json) -> bool {
    s["properties"].as_object().is_some_and(|p| !p.is_empty())
}

/// `Key` and `Value`, both strings, nothing else: the shared `Tag`.
fn is_tag(s: &Json) -> bool {
    let Some(props) = s["properties"].as_object() else {
        return false;
    };
    props.len() == 2
        && ["Key", "Value"]
            .iter()
            .all(|k| props.get(*k).is_some_and(|p| p["type"] == "string"))
}

const RESERVED: [&str; 12] = [
    "Value",
    "Option",
    "Vec",
    "String",
    "Box",
    "Result",
    "Json",
    "BTreeMap",
    "Tag",
    "Intrinsic",
    "Serialize",
    "Default",
];

const KEYWORDS: [&str; 38] = [
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub",
    "ref", "return", "static", "struct", "super", "trait", "true", "type", "unsafe", "use",
    "where", "while", "abstract", "override",
];

/// One resource type's generated code.
struct Resource<'a> {
    type_name: &'a str,
    root: &'a Json,
    /// Definition name to struct name, for definitions that become structs.
    names: BTreeMap<String, String>,
    /// (from, to) struct edges that close a cycle: boxed.
    boxed: BTreeSet<(String, String)>,
}

impl<'a> Resource<'a> {
    fn new(type_name: &'a str, root: &'a Json) -> Self {
        let own = resource_name(type_name).to_upper_camel_case();
        let mut names = BTreeMap::new();
        let mut taken: BTreeSet<String> = BTreeSet::from([own.clone()]);
        if let Some(defs) = root["definitions"].as_object() {
            for (def, s) in defs {
                if !is_struct(s) || is_tag(s) {
                    continue;
                }
                let mut name = def.to_upper_camel_case();
                if RESERVED.contains(&name.as_str()) || name.is_empty() || taken.contains(&name) {
                    name.push_str("Property");
                }
                while taken.contains(&name) {
                    name.push('_');
                }
                taken.insert(name.clone());
                names.insert(def.clone(), name);
            }
        }
        let mut r = Resource {
            type_name,
            root,
            names,
            boxed: BTreeSet::new(),
        };
        r.boxed = r.cycles();
        r
    }

    /// Direct (not in a list or map) struct-to-struct edges.
    fn edges(&self, s: &Json, out: &mut BTreeSet<String>) {
        for prop in s["properties"]
            .as_object()
            .into_iter()
            .flatten()
            .map(|(_, p)| p)
        {
            if let Some(def) = self.struct_def(prop) {
                out.insert(def);
            }
        }
    }

    /// The definition a property refers to directly, if it becomes a struct.
    fn struct_def(&self, prop: &Json) -> Option<String> {
        let mut s = prop;
        for _ in 0..16 {
            if let Some(r) = s["$ref"].as_str() {
                let def = r.rsplit('/').next().unwrap_or_default();
                if self.names.contains_key(def) {
                    return Some(def.to_owned());
                }
                s = &self.root["definitions"][def];
            } else if let Some([only]) = s["allOf"].as_array().map(Vec::as_slice) {
                s = only;
            } else {
                return None;
            }
        }
        None
    }

    fn cycles(&self) -> BTreeSet<(String, String)> {
        let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for def in self.names.keys() {
            let mut out = BTreeSet::new();
            self.edges(&self.root["definitions"][def], &mut out);
            graph.insert(def.clone(), out);
        }
        let reaches = |from: &str, to: &str| {
            let mut seen = BTreeSet::new();
            let mut stack = vec![from.to_owned()];
            while let Some(n) = stack.pop() {
                if n == to {
                    return true;
                }
                if seen.insert(n.clone()) {
                    stack.extend(graph.get(&n).into_iter().flatten().cloned());
                }
            }
            false
        };
        let mut boxed = BTreeSet::new();
        for (from, tos) in &graph {
            for to in tos {
                if reaches(to, from) {
                    boxed.insert((from.clone(), to.clone()));
                }
            }
        }
        boxed
    }

    /// The Rust type of a property; `from` is the definition it is in (for
    /// boxing cycles), `direct` whether it is outside any list or map.
    fn ty(&self, s: &Json, from: &str, direct: bool) -> String {
        let mut s = s;
        for _ in 0..16 {
            if let Some(r) = s["$ref"].as_str() {
                let def = r.rsplit('/').next().unwrap_or_default();
                let target = &self.root["definitions"][def];
                if is_tag(target) {
                    return "crate::cfn::Tag".into();
                }
                if let Some(name) = self.names.get(def) {
                    return if direct && self.boxed.contains(&(from.to_owned(), def.to_owned())) {
                        format!("Box<{name}>")
                    } else {
                        name.clone()
                    };
                }
                s = target;
            } else if let Some([only]) = s["allOf"].as_array().map(Vec::as_slice) {
                s = only;
            } else {
                break;
            }
        }
        match s["type"].as_str() {
            Some("string") => "Value<String>".into(),
            Some("integer") => "Value<i64>".into(),
            Some("number") => "Value<f64>".into(),
            Some("boolean") => "Value<bool>".into(),
            Some("array") if !s["items"].is_null() => {
                format!("Vec<{}>", self.ty(&s["items"], from, false))
            }
            Some("object") if !is_struct(s) => {
                let values = s["patternProperties"]
                    .as_object()
                    .and_then(|p| p.values().next())
                    .or_else(|| s.get("additionalProperties").filter(|a| a.is_object()));
                match values.map(|v| resolve(self.root, v)["type"].as_str()) {
                    Some(Some("string")) => "BTreeMap<String, Value<String>>".into(),
                    _ => "Json".into(),
                }
            }
            _ => "Json".into(),
        }
    }

    fn render(&self) -> String {
        let mut out = String::from(
            "    use std::collections::BTreeMap;\n\n    use serde::Serialize;\n    use serde_json::Value as Json;\n\n    use crate::template::{CfnResource, Tagging, Value};\n\n",
        );
        let name = resource_name(self.type_name).to_upper_camel_case();
        let create_only = top_level(self.root, "createOnlyProperties");
        let doc = format!(
            "{}\n\nCloudFormation type `{}`.",
            doc_text(
                self.root["description"].as_str().unwrap_or_default(),
                "The resource."
            ),
            self.type_name
        );
        self.structure(&mut out, &name, &doc, self.root, "", &create_only);
        let _ = writeln!(
            out,
            "impl CfnResource for {name} {{\n    const TYPE: &'static str = {:?};\n    const TAGGING: Tagging = Tagging::{};\n}}\n",
            self.type_name,
            tagging(self.root)
        );
        for (def, struct_name) in &self.names {
            let s = &self.root["definitions"][def];
            let doc = doc_text(
                s["description"].as_str().unwrap_or_default(),
                &format!("The `{def}` property type of `{}`.", self.type_name),
            );
            self.structure(&mut out, struct_name, &doc, s, def, &BTreeSet::new());
        }
        // Imports a file may not use.
        format!("    #![allow(unused_imports)]\n{out}")
    }

    fn structure(
        &self,
        out: &mut String,
        name: &str,
        doc: &str,
        s: &Json,
        def: &str,
        create_only: &BTreeSet<&str>,
    ) {
        doc_comment(out, doc);
        let _ = writeln!(
            out,
            "#[derive(Debug, Clone, Default, PartialEq, Serialize)]\npub struct {name} {{"
        );
        let required: BTreeSet<&str> = s["required"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Json::as_str)
            .collect();
        let read_only = top_level(self.root, "readOnlyProperties");
        let mut fields = BTreeSet::new();
        for (prop, p) in s["properties"].as_object().into_iter().flatten() {
            // Attributes CloudFormation reports, not properties to set.
            if def.is_empty() && read_only.contains(prop.as_str()) {
                continue;
            }
            let mut field = prop.to_snake_case();
            if field.is_empty() || field.starts_with(|c: char| c.is_ascii_digit()) {
                field = format!("p_{field}");
            }
            while fields.contains(&field) {
                field.push('_');
            }
            fields.insert(field.clone());
            let ident = if KEYWORDS.contains(&field.as_str()) {
                format!("r#{field}")
            } else {
                field
            };
            let resolved = resolve(self.root, p);
            let description = p["description"]
                .as_str()
                .filter(|d| !d.trim().is_empty())
                .or(resolved["description"].as_str())
                .unwrap_or_default();
            let mut doc = doc_text(description, &format!("The `{prop}` property."));
            let is_required = required.contains(prop.as_str());
            if is_required {
                doc.push_str("\n\nRequired.");
            }
            if create_only.contains(prop.as_str()) {
                doc.push_str("\n\nChanging it replaces the resource.");
            }
            doc_comment(out, &doc);
            let ty = self.ty(p, def, true);
            if is_required {
                let _ = writeln!(out, "#[serde(rename = {prop:?})]\npub {ident}: {ty},");
            } else {
                let _ = writeln!(
                    out,
                    "#[serde(rename = {prop:?}, skip_serializing_if = \"Option::is_none\")]\npub {ident}: Option<{ty}>,"
                );
            }
        }
        out.push_str("}\n\n");
    }
}

/// The first paragraph of a schema description, as plain Markdown that
/// rustdoc reads without warnings (no links, HTML, code blocks or bare
/// URLs), at most about 400 characters; `fallback` when there is none.
fn doc_text(description: &str, fallback: &str) -> String {
    let description = unlink(description);
    let first = description
        .split("\n\n")
        .next()
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let mut text = String::new();
    let mut chars = 0;
    for word in first.split_whitespace() {
        if chars > 400 {
            text.push_str(" ...");
            break;
        }
        let word = if word.contains("://") {
            "(link)".to_owned()
        } else {
            word.replace('\\', "")
                .replace('[', "\\[")
                .replace(']', "\\]")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
                .replace("```", "`")
        };
        if !text.is_empty() {
            text.push(' ');
        }
        chars += word.len() + 1;
        text.push_str(&word);
    }
    // Unbalanced backticks would open a code span across the rest.
    if text.matches('`').count() % 2 == 1 {
        text = text.replace('`', "'");
    }
    if text.trim().is_empty() {
        fallback.to_owned()
    } else {
        text
    }
}

/// `[text](target)` Markdown links reduced to their text.
fn unlink(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let link = after.find("](").and_then(|mid| {
            let close = after[mid + 2..].find(')')?;
            Some((mid, mid + 2 + close + 1))
        });
        match link {
            Some((mid, end)) if !after[..mid].contains('[') => {
                out.push_str(&rest[..open]);
                out.push_str(&after[..mid]);
                rest = &after[end..];
            }
            _ => {
                out.push_str(&rest[..=open]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn doc_comment(out: &mut String, doc: &str) {
    for line in doc.lines() {
        if line.is_empty() {
            out.push_str("///\n");
        } else {
            let _ = writeln!(out, "/// {line}");
        }
    }
}
