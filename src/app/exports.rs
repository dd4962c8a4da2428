//! References between the stacks of an app: a handle from one stack used in
//! another becomes an `Export` of the producer and `Fn::ImportValue` in the
//! consumer; the references give the deploy order, and a cycle is an error.

use std::collections::BTreeSet;

use heck::ToUpperCamelCase;
use serde_json::{json, Map, Value as Json};

use crate::check::references::Pointer;
use crate::error::Error;

/// What one stack needs another to export: the logical id and, for
/// `Fn::GetAtt`, the attribute.
type Need = (String, Option<String>);

/// The export name of a producer's resource (or attribute), stable across
/// runs and unique among the app's stacks: `Producer:LogicalId[:Attribute]`.
pub(crate) fn export_name(producer: &str, id: &str, attribute: Option<&str>) -> String {
    match attribute {
        None => format!("{producer}:{id}"),
        Some(a) => format!("{producer}:{id}:{}", a.replace('.', "-")),
    }
}

fn locals(template: &Json) -> BTreeSet<String> {
    ["Resources", "Parameters", "Conditions"]
        .iter()
        .filter_map(|section| template[section].as_object())
        .flat_map(|m| m.keys().cloned())
        .collect()
}

/// Every `Fn::ImportValue` of a literal name that no template exports and
/// that is not declared as made outside the App.
pub(crate) fn unresolved_imports(
    names: &[&str],
    templates: &[Json],
    outside: &BTreeSet<String>,
) -> Vec<Error> {
    let exported: BTreeSet<&str> = templates
        .iter()
        .filter_map(|t| t["Outputs"].as_object())
        .flat_map(|outputs| outputs.values())
        .filter_map(|o| o["Export"]["Name"].as_str())
        .collect();
    let stacks: Vec<(&&str, &Json)> = names.iter().zip(templates).collect();
    crate::parallel::map(stacks, |(name, template)| {
        let mut imports = Vec::new();
        imports_in(template, &mut Pointer::default(), &mut imports);
        imports
            .into_iter()
            .filter(|(_, import)| !exported.contains(import.as_str()) && !outside.contains(import))
            .map(|(path, import)| Error::UnresolvedImport {
                stack: (*name).to_owned(),
                path,
                name: import,
            })
            .collect::<Vec<_>>()
    })
    .into_iter()
    .flatten()
    .collect()
}

/// The JSON pointer and name of every `Fn::ImportValue` of a literal name
/// (a computed name, e.g. `Fn::Sub`, cannot be checked before deploy).
fn imports_in<'a>(value: &'a Json, at: &mut Pointer<'a>, out: &mut Vec<(String, String)>) {
    match value {
        Json::Object(map) => {
            if let Some(Json::String(name)) = map.get("Fn::ImportValue") {
                out.push((at.to_string(), name.clone()));
                return;
            }
            for (k, v) in map {
                at.key(k);
                imports_in(v, at, out);
                at.pop();
            }
        }
        Json::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                at.index(i);
                imports_in(v, at, out);
                at.pop();
            }
        }
        _ => {}
    }
}

/// Rewrites references to other stacks' resources into imports, adds the
/// producers' exports, and returns, per stack, the stacks it depends on,
/// with every problem found (a name defined in several producers, a cycle).
pub(crate) fn link(names: &[&str], templates: &mut [Json]) -> (Vec<BTreeSet<usize>>, Vec<Error>) {
    let resources: Vec<BTreeSet<String>> = templates
        .iter()
        .map(|t| {
            t["Resources"]
                .as_object()
                .map(|m| m.keys().cloned().collect())
                .unwrap_or_default()
        })
        .collect();
    // Each stack's references, on parallel workers: the stacks it depends
    // on, what it needs each of them to export, and its problems.
    let found = crate::parallel::map(
        templates.iter_mut().enumerate().collect(),
        |(i, template)| {
            let local = locals(template);
            let mut depends = BTreeSet::new();
            let mut needed: Vec<(usize, Need)> = Vec::new();
            let mut problems = Vec::new();
            let mut resolve = |id: &str| -> Option<usize> {
                if local.contains(id) || id.starts_with("AWS::") {
                    return None;
                }
                let producers: Vec<usize> = (0..resources.len())
                    .filter(|j| *j != i && resources[*j].contains(id))
                    .collect();
                match producers.as_slice() {
                    [one] => Some(*one),
                    [] => None,
                    many => {
                        let stacks: Vec<&str> = many.iter().map(|j| names[*j]).collect();
                        problems.push(Error::invalid(
                            names[i],
                            "Fn::ImportValue",
                            id,
                            format!(
                                "is defined in stacks {}: a handle must come from one stack",
                                stacks.join(" and ")
                            ),
                        ));
                        None
                    }
                }
            };
            for section in ["Resources", "Outputs"] {
                if let Some(items) = template.get_mut(section).and_then(Json::as_object_mut) {
                    for value in items.values_mut() {
                        rewrite(value, &mut |id, attribute| {
                            let j = resolve(id)?;
                            depends.insert(j);
                            needed.push((j, (id.to_owned(), attribute.map(str::to_owned))));
                            Some(export_name(names[j], id, attribute))
                        });
                    }
                }
            }
            (depends, needed, problems)
        },
    );
    let mut depends = Vec::new();
    let mut needs: Vec<BTreeSet<Need>> = vec![BTreeSet::new(); templates.len()];
    let mut problems = Vec::new();
    for (on, needed, found) in found {
        depends.push(on);
        for (j, need) in needed {
            needs[j].insert(need);
        }
        problems.extend(found);
    }
    for (j, template) in templates.iter_mut().enumerate() {
        if needs[j].is_empty() {
            continue;
        }
        let outputs = template
            .as_object_mut()
            .map(|t| t.entry("Outputs").or_insert_with(|| json!({})));
        let Some(Json::Object(outputs)) = outputs else {
            continue;
        };
        for (id, attribute) in &needs[j] {
            let output_id = format!(
                "Export{id}{}",
                attribute
                    .as_deref()
                    .unwrap_or_default()
                    .replace('.', " ")
                    .to_upper_camel_case()
            );
            let value = match attribute {
                None => json!({ "Ref": id }),
                Some(a) => json!({ "Fn::GetAtt": [id, a] }),
            };
            outputs.insert(
                output_id,
                json!({
                    "Description": format!("{id} for the stacks that import it"),
                    "Value": value,
                    "Export": { "Name": export_name(names[j], id, attribute.as_deref()) }
                }),
            );
        }
    }
    if let Some(cycle) = find_cycle(&depends) {
        let path: Vec<&str> = cycle.iter().map(|i| names[*i]).collect();
        problems.push(Error::StackCycle(path.join(" -> ")));
    }
    (depends, problems)
}

/// Replaces `{"Ref": id}` and `{"Fn::GetAtt": [id, attribute]}` whose id
/// `import` knows with `{"Fn::ImportValue": name}`.
fn rewrite(value: &mut Json, import: &mut impl FnMut(&str, Option<&str>) -> Option<String>) {
    let replacement = match &*value {
        Json::Object(m) if m.len() == 1 => {
            if let Some(Json::String(id)) = m.get("Ref") {
                import(id, None)
            } else if let Some(Json::Array(parts)) = m.get("Fn::GetAtt") {
                match (
                    parts.first().and_then(Json::as_str),
                    parts.get(1).and_then(Json::as_str),
                ) {
                    (Some(id), Some(attribute)) => import(id, Some(attribute)),
                    _ => None,
                }
            } else {
                None
            }
        }
        _ => None,
    };
    if let Some(name) = replacement {
        *value = json!({ "Fn::ImportValue": name });
        return;
    }
    match value {
        Json::Object(m) => m.values_mut().for_each(|v| rewrite(v, import)),
        Json::Array(a) => a.iter_mut().for_each(|v| rewrite(v, import)),
        _ => {}
    }
}

/// A cycle among the dependencies, as the stacks along it, first repeated
/// at the end.
fn find_cycle(depends: &[BTreeSet<usize>]) -> Option<Vec<usize>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        Open,
        Done,
    }
    fn visit(
        n: usize,
        depends: &[BTreeSet<usize>],
        marks: &mut [Mark],
        path: &mut Vec<usize>,
    ) -> Option<Vec<usize>> {
        marks[n] = Mark::Open;
        path.push(n);
        for &m in &depends[n] {
            match marks[m] {
                Mark::Open => {
                    let start = path.iter().position(|p| *p == m).unwrap_or(0);
                    let mut cycle = path[start..].to_vec();
                    cycle.push(m);
                    return Some(cycle);
                }
                Mark::New => {
                    if let Some(c) = visit(m, depends, marks, path) {
                        return Some(c);
                    }
                }
                Mark::Done => {}
            }
        }
        path.pop();
        marks[n] = Mark::Done;
        None
    }
    let mut marks = vec![Mark::New; depends.len()];
    (0..depends.len()).find_map(|n| {
        (marks[n] == Mark::New)
            .then(|| visit(n, depends, &mut marks, &mut Vec::new()))
            .flatten()
    })
}

/// The stacks in an order that deploys every producer before its
/// consumers; among stacks that are ready, the app's order. Assumes no cycle.
pub(crate) fn deploy_order(depends: &[BTreeSet<usize>]) -> Vec<usize> {
    let mut done: BTreeSet<usize> = BTreeSet::new();
    let mut order = Vec::new();
    while order.len() < depends.len() {
        let next = (0..depends.len())
            .find(|i| !done.contains(i) && depends[*i].iter().all(|d| done.contains(d)));
        let Some(next) = next else { break };
        done.insert(next);
        order.push(next);
    }
    order
}

/// What the manifest says of one stack besides its dependencies.
pub(crate) struct Entry {
    pub name: String,
    pub regions: Vec<String>,
    /// The stack's code assets, as the manifest lists them.
    pub assets: Vec<Json>,
    /// Deployed as a StackSet.
    pub stack_set: Option<crate::template::StackSet>,
}

/// The deploy manifest: every stack in deploy order with its template, its
/// regions, the stacks it imports from and the assets to upload first.
pub(crate) fn manifest(stacks: &[Entry], depends: &[BTreeSet<usize>]) -> Json {
    let entries: Vec<Json> = deploy_order(depends)
        .into_iter()
        .map(|i| {
            let Entry {
                name,
                regions,
                assets,
                stack_set,
            } = &stacks[i];
            let mut m = Map::new();
            m.insert("name".into(), json!(name));
            m.insert(
                "template".into(),
                json!(format!("{name}{}", super::TEMPLATE_SUFFIX)),
            );
            m.insert("regions".into(), json!(regions));
            let deps: Vec<&str> = depends[i]
                .iter()
                .map(|d| stacks[*d].name.as_str())
                .collect();
            m.insert("depends_on".into(), json!(deps));
            m.insert("assets".into(), json!(assets));
            if let Some(set) = stack_set {
                m.insert("stack_set".into(), json!(set));
            }
            Json::Object(m)
        })
        .collect();
    json!({ "version": 1, "stacks": entries })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cycles_are_found_and_named_in_order() {
        let deps = vec![
            BTreeSet::from([1]),
            BTreeSet::from([2]),
            BTreeSet::from([0]),
        ];
        assert_eq!(find_cycle(&deps), Some(vec![0, 1, 2, 0]));
        let deps = vec![BTreeSet::new(), BTreeSet::from([0]), BTreeSet::from([0, 1])];
        assert_eq!(find_cycle(&deps), None);
        assert_eq!(deploy_order(&deps), vec![0, 1, 2]);
        let deps = vec![BTreeSet::from([2]), BTreeSet::new(), BTreeSet::from([1])];
        assert_eq!(deploy_order(&deps), vec![1, 2, 0]);
    }
}
