//! References between the stacks of an app: a handle from one stack used in
//! another becomes an `Export` of the producer and `Fn::ImportValue` in the
//! consumer; the references give the deploy order, and a cycle is an error.

use std::collections::{BTreeMap, BTreeSet};

use heck::ToUpperCamelCase;
use serde_json::{json, Map, Value as Json};

use crate::check::references::Pointer;
use crate::error::Error;
use crate::template::Stack;

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

/// How the stacks of an App refer to each other, worked out from the
/// stacks before any is expanded: which stack defines each name another
/// uses, what each must export, the order they deploy in, and the
/// problems (a name several stacks define, a cycle).
pub(crate) struct Links {
    names: Vec<String>,
    /// Per stack: the stack defining each name it uses but does not define.
    producers: Vec<BTreeMap<String, usize>>,
    /// Per stack: what the others import from it.
    needs: Vec<BTreeSet<Need>>,
    /// Every name an export of the App will carry.
    exported: BTreeSet<String>,
    /// Per stack: the stacks it imports from.
    pub(crate) depends: Vec<BTreeSet<usize>>,
    pub(crate) problems: Vec<Error>,
}

impl Links {
    /// The links between `stacks` (each stack's references read in place,
    /// on parallel workers).
    pub(crate) fn of(stacks: &[Stack]) -> Links {
        let names: Vec<String> = stacks.iter().map(|s| s.name().to_owned()).collect();
        let resources: Vec<BTreeSet<&str>> = stacks
            .iter()
            .map(|s| s.resources().iter().map(|r| r.id.as_str()).collect())
            .collect();
        let found = crate::parallel::map(stacks.iter().enumerate().collect(), |(i, stack)| {
            let local = stack.local_ids();
            let mut producers = BTreeMap::new();
            let mut needed: Vec<(usize, Need)> = Vec::new();
            let mut ambiguous = BTreeSet::new();
            let mut problems = Vec::new();
            stack.each_json_part(&mut |part| {
                each_reference(part, &mut |id, attribute| {
                    if local.contains(id) || id.starts_with("AWS::") {
                        return;
                    }
                    let defining: Vec<usize> = (0..resources.len())
                        .filter(|j| *j != i && resources[*j].contains(id))
                        .collect();
                    match defining.as_slice() {
                        [one] => {
                            producers.insert(id.to_owned(), *one);
                            needed.push((*one, (id.to_owned(), attribute.map(str::to_owned))));
                        }
                        [] => {}
                        many => {
                            if ambiguous.insert(id.to_owned()) {
                                let stacks: Vec<&str> =
                                    many.iter().map(|j| names[*j].as_str()).collect();
                                problems.push(Error::invalid(
                                    &names[i],
                                    "Fn::ImportValue",
                                    id,
                                    format!(
                                        "is defined in stacks {}: a handle must come from one stack",
                                        stacks.join(" and ")
                                    ),
                                ));
                            }
                        }
                    }
                });
            });
            (producers, needed, problems, stack.export_names())
        });
        let mut links = Links {
            producers: Vec::new(),
            needs: vec![BTreeSet::new(); stacks.len()],
            exported: BTreeSet::new(),
            depends: Vec::new(),
            problems: Vec::new(),
            names,
        };
        for (producers, needed, problems, exported) in found {
            links
                .depends
                .push(producers.values().copied().collect::<BTreeSet<usize>>());
            links.producers.push(producers);
            for (j, (id, attribute)) in needed {
                links
                    .exported
                    .insert(export_name(&links.names[j], &id, attribute.as_deref()));
                links.needs[j].insert((id, attribute));
            }
            links.problems.extend(problems);
            links.exported.extend(exported);
        }
        if let Some(cycle) = find_cycle(&links.depends) {
            let path: Vec<&str> = cycle.iter().map(|i| links.names[*i].as_str()).collect();
            links.problems.push(Error::StackCycle(path.join(" -> ")));
        }
        links
    }

    /// Turns stack `i`'s references to other stacks' resources into imports
    /// (`template` may hold only some of its resources).
    pub(crate) fn rewrite(&self, i: usize, template: &mut Json) {
        for section in ["Resources", "Outputs"] {
            if let Some(items) = template.get_mut(section).and_then(Json::as_object_mut) {
                for value in items.values_mut() {
                    rewrite(value, &mut |id, attribute| {
                        let j = self.producers[i].get(id)?;
                        Some(export_name(&self.names[*j], id, attribute))
                    });
                }
            }
        }
    }

    /// Links stack `i`'s expanded template: its references to other stacks
    /// become imports and it exports what the others import from it.
    pub(crate) fn apply(&self, i: usize, template: &mut Json) {
        self.rewrite(i, template);
        if self.needs[i].is_empty() {
            return;
        }
        let outputs = template
            .as_object_mut()
            .map(|t| t.entry("Outputs").or_insert_with(|| json!({})));
        let Some(Json::Object(outputs)) = outputs else {
            return;
        };
        for (id, attribute) in &self.needs[i] {
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
                    "Export": { "Name": export_name(&self.names[i], id, attribute.as_deref()) }
                }),
            );
        }
    }

    /// Every `Fn::ImportValue` of a literal name in stack `i`'s linked
    /// template that no stack of the App exports and that is not declared
    /// as made outside the App.
    pub(crate) fn unresolved_imports(
        &self,
        i: usize,
        template: &Json,
        outside: &BTreeSet<String>,
    ) -> Vec<Error> {
        let mut imports = Vec::new();
        imports_in(template, &mut Pointer::default(), &mut imports);
        imports
            .into_iter()
            .filter(|(_, import)| !self.exported.contains(import) && !outside.contains(import))
            .map(|(path, import)| Error::UnresolvedImport {
                stack: self.names[i].clone(),
                path,
                name: import,
            })
            .collect()
    }
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

/// The id and attribute of a reference an App can turn into an import:
/// `{"Ref": id}`, or `{"Fn::GetAtt": [id, attribute]}` with both literal.
fn reference(value: &Json) -> Option<(&str, Option<&str>)> {
    let Json::Object(m) = value else { return None };
    if m.len() != 1 {
        return None;
    }
    if let Some(Json::String(id)) = m.get("Ref") {
        return Some((id, None));
    }
    let parts = m.get("Fn::GetAtt")?.as_array()?;
    Some((parts.first()?.as_str()?, Some(parts.get(1)?.as_str()?)))
}

/// Calls `found` with every reference (see [`reference`]) in `value`.
pub(crate) fn each_reference(value: &Json, found: &mut dyn FnMut(&str, Option<&str>)) {
    if let Some((id, attribute)) = reference(value) {
        return found(id, attribute);
    }
    match value {
        Json::Object(m) => m.values().for_each(|v| each_reference(v, found)),
        Json::Array(a) => a.iter().for_each(|v| each_reference(v, found)),
        _ => {}
    }
}

/// Replaces each reference (see [`reference`]) whose id `import` knows
/// with `{"Fn::ImportValue": name}`.
fn rewrite(value: &mut Json, import: &mut impl FnMut(&str, Option<&str>) -> Option<String>) {
    if let Some((id, attribute)) = reference(value) {
        if let Some(name) = import(id, attribute) {
            *value = json!({ "Fn::ImportValue": name });
        }
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
