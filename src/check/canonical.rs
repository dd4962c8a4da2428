//! Logical ids as the rules see them: each resource of a template named by
//! its position (`R_0`, `R_1`, ...) wherever the template names it as a
//! resource (the keys of `Resources`, `Ref`, `Fn::GetAtt`, `${...}` in
//! `Fn::Sub`, `DependsOn`, the front-door mark), and the original ids put
//! back into the engine's results.
//!
//! Two stacks of the same shape, such as one service in several
//! environments, then give the engine the same text for the same rule
//! file, so the verdict cache answers the second from the first. The
//! renaming is one to one and no stackward rule reads the text of an id, so
//! the verdicts are the ones the original ids get (a test compares them on
//! every committed template, each also with any one property of each
//! type's first resource removed, and on a `Ref` a rule follows). A
//! template with an id that is not alphanumeric (CloudFormation allows
//! none, but `audit` reads templates nobody checked) keeps its ids, since
//! `R_3` might be one of them.

use std::collections::HashMap;

use serde_json::{Map, Value as Json};

/// The canonical name of every resource of a template, and back.
pub(crate) struct Names {
    canonical: HashMap<String, String>,
    original: HashMap<String, String>,
}

impl Names {
    /// The names for `resources`, in their order; none (every id kept) when
    /// an id is not alphanumeric.
    pub(crate) fn of(resources: &Map<String, Json>) -> Names {
        let alphanumeric = resources
            .keys()
            .all(|id| !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric()));
        let canonical: HashMap<String, String> = resources
            .keys()
            .enumerate()
            .filter(|_| alphanumeric)
            .map(|(i, id)| (id.clone(), format!("R_{i}")))
            .collect();
        let original = canonical
            .iter()
            .map(|(id, name)| (name.clone(), id.clone()))
            .collect();
        Names {
            canonical,
            original,
        }
    }

    /// The name the rules see for the resource `id`.
    pub(crate) fn of_id<'a>(&'a self, id: &'a str) -> &'a str {
        self.canonical.get(id).map_or(id, String::as_str)
    }

    /// `resource` (as pruned for a rule file) with every resource it names
    /// under its canonical name.
    pub(crate) fn rename(&self, resource: &mut Json) {
        if let Some(fields) = resource.as_object_mut() {
            match fields.get_mut("DependsOn") {
                Some(Json::String(id)) => self.swap(id),
                Some(Json::Array(ids)) => ids.iter_mut().for_each(|id| {
                    if let Json::String(id) = id {
                        self.swap(id);
                    }
                }),
                _ => {}
            }
            if let Some(Json::String(id)) = fields
                .get_mut("Metadata")
                .and_then(|m| m.get_mut(crate::elb::INTERNET_FACING))
            {
                self.swap(id);
            }
            if let Some(properties) = fields.get_mut("Properties") {
                self.rename_within(properties);
            }
        }
    }

    fn rename_within(&self, value: &mut Json) {
        match value {
            Json::Object(map) if map.len() == 1 => {
                let (key, inner) = map.iter_mut().next().expect("one entry");
                match (key.as_str(), inner) {
                    ("Ref", Json::String(id)) => self.swap(id),
                    ("Fn::GetAtt", Json::Array(parts)) => match parts.first_mut() {
                        Some(Json::String(id)) => self.swap(id),
                        _ => parts.iter_mut().for_each(|p| self.rename_within(p)),
                    },
                    ("Fn::GetAtt", Json::String(dotted)) => {
                        if let Some((id, attribute)) = dotted.split_once('.') {
                            if let Some(name) = self.canonical.get(id) {
                                *dotted = format!("{name}.{attribute}");
                            }
                        }
                    }
                    ("Fn::Sub", Json::String(text)) => *text = self.sub(text, &Map::new()),
                    ("Fn::Sub", Json::Array(args)) => {
                        if let [Json::String(text), Json::Object(variables)] = args.as_mut_slice() {
                            *text = self.sub(text, variables);
                            variables.values_mut().for_each(|v| self.rename_within(v));
                        } else {
                            args.iter_mut().for_each(|a| self.rename_within(a));
                        }
                    }
                    (_, inner) => self.rename_within(inner),
                }
            }
            Json::Object(map) => map.values_mut().for_each(|v| self.rename_within(v)),
            Json::Array(items) => items.iter_mut().for_each(|v| self.rename_within(v)),
            _ => {}
        }
    }

    /// An `Fn::Sub` text with each `${Id}` and `${Id.Attribute}` of a
    /// resource (not one of the function's own variables, nor an escaped
    /// `${!Literal}`) under its canonical name.
    fn sub(&self, text: &str, variables: &Map<String, Json>) -> String {
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(start) = rest.find("${") {
            out.push_str(&rest[..start + 2]);
            rest = &rest[start + 2..];
            let Some(end) = rest.find('}') else { break };
            let inner = &rest[..end];
            let (head, tail) = inner.split_at(inner.find('.').unwrap_or(inner.len()));
            match self.canonical.get(head) {
                Some(name) if !variables.contains_key(head) => {
                    out.push_str(name);
                    out.push_str(tail);
                }
                _ => out.push_str(inner),
            }
            rest = &rest[end..];
        }
        out.push_str(rest);
        out
    }

    fn swap(&self, id: &mut String) {
        if let Some(name) = self.canonical.get(id.as_str()) {
            id.clone_from(name);
        }
    }

    /// The engine's results with every path into a resource
    /// (`/Resources/R_3/Properties/...`, also within a message) naming its
    /// original id.
    pub(crate) fn restore(&self, results: &mut Json) {
        const AT: &str = "/Resources/";
        match results {
            Json::String(s) if !self.original.is_empty() && s.contains(AT) => {
                let mut out = String::with_capacity(s.len());
                let mut rest = s.as_str();
                while let Some(start) = rest.find(AT) {
                    out.push_str(&rest[..start + AT.len()]);
                    rest = &rest[start + AT.len()..];
                    let end = rest
                        .find(|c: char| !c.is_ascii_alphanumeric() && c != '_')
                        .unwrap_or(rest.len());
                    let name = &rest[..end];
                    out.push_str(self.original.get(name).map_or(name, String::as_str));
                    rest = &rest[end..];
                }
                out.push_str(rest);
                *s = out;
            }
            Json::Object(map) => map.values_mut().for_each(|v| self.restore(v)),
            Json::Array(items) => items.iter_mut().for_each(|v| self.restore(v)),
            _ => {}
        }
    }

    /// Names that keep every id as it is.
    #[cfg(test)]
    pub(crate) fn none() -> Names {
        Names {
            canonical: HashMap::new(),
            original: HashMap::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn names() -> Names {
        let resources = json!({ "Data": {}, "Logs": {}, "Fn": {} });
        Names::of(resources.as_object().unwrap())
    }

    #[test]
    fn every_way_a_template_names_a_resource_is_renamed() {
        let mut resource = json!({
            "Type": "AWS::Lambda::Function",
            "DependsOn": ["Logs", "Elsewhere"],
            "Metadata": { crate::elb::INTERNET_FACING: "Data" },
            "Properties": {
                "Key": { "Fn::GetAtt": ["Data", "Arn"] },
                "Dotted": { "Fn::GetAtt": "Logs.Arn" },
                "Group": { "Ref": "Logs" },
                "Parameter": { "Ref": "AWS::Region" },
                "Name": { "Fn::Sub": "/aws/lambda/${Fn}-${Fn.Arn}-${!Data}-${AWS::Region}" },
                "Own": { "Fn::Sub": ["${Data}${Logs}", { "Data": { "Ref": "Fn" } }] },
                "Literal": "Data"
            }
        });
        names().rename(&mut resource);
        assert_eq!(
            resource,
            json!({
                "Type": "AWS::Lambda::Function",
                "DependsOn": ["R_1", "Elsewhere"],
                "Metadata": { crate::elb::INTERNET_FACING: "R_0" },
                "Properties": {
                    "Key": { "Fn::GetAtt": ["R_0", "Arn"] },
                    "Dotted": { "Fn::GetAtt": "R_1.Arn" },
                    "Group": { "Ref": "R_1" },
                    "Parameter": { "Ref": "AWS::Region" },
                    "Name": { "Fn::Sub": "/aws/lambda/${R_2}-${R_2.Arn}-${!Data}-${AWS::Region}" },
                    "Own": { "Fn::Sub": ["${Data}${R_1}", { "Data": { "Ref": "R_2" } }] },
                    "Literal": "Data"
                }
            })
        );
    }

    #[test]
    fn paths_in_results_name_the_original_ids() {
        let mut results = json!([{
            "path": "/Resources/R_2/Properties/X",
            "other": "/Resources/R_9",
            "m": "R_0 at /Resources/R_1[L:0,C:3] and /Resources/R_10"
        }]);
        names().restore(&mut results);
        assert_eq!(
            results,
            json!([{
                "path": "/Resources/Fn/Properties/X",
                "other": "/Resources/R_9",
                "m": "R_0 at /Resources/Logs[L:0,C:3] and /Resources/R_10"
            }])
        );
    }

    #[test]
    fn ids_that_are_not_alphanumeric_are_kept() {
        let resources = json!({ "R_1": {}, "Data": {} });
        let names = Names::of(resources.as_object().unwrap());
        let mut resource =
            json!({ "Properties": { "A": { "Ref": "Data" }, "B": { "Ref": "R_1" } } });
        let kept = resource.clone();
        names.rename(&mut resource);
        assert_eq!(resource, kept);
        assert_eq!(names.of_id("Data"), "Data");
    }
}
