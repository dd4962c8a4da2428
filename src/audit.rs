//! Audit of a CloudFormation template stackward did not write: the same
//! Guard rules and responsibility report, so a team can measure its
//! existing stacks before it moves them to stackward.

use serde_json::{Map, Value as Json};

use crate::check::{self, Finding};
use crate::error::{Error, Result};
use crate::report::Report;

/// What an audit found.
#[derive(Debug, Clone, PartialEq)]
pub struct Audit {
    /// The template as JSON (converted from YAML when needed).
    pub template: Json,
    /// stackward's Guard rules that fail, per resource, with no waiver.
    pub failures: Vec<Finding>,
    /// Failures a `Metadata.guard.SuppressedRules` entry covers.
    pub waived: Vec<Finding>,
    /// References to things the template does not define.
    pub unresolved: Vec<Error>,
    /// CloudFormation limits the template exceeds (500 resources, ...):
    /// CloudFormation would refuse it.
    pub over_limits: Vec<Error>,
    /// The responsibility report.
    pub report: Report,
}

/// Audits a template given as JSON or YAML text (CloudFormation's short
/// forms such as `!Ref` and `!Sub` included).
///
/// ```
/// let template = "Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n";
/// let audit = stackward::audit::audit("Legacy", template).unwrap();
/// assert!(audit.failures.iter().any(|f| f.rule == "S3_BUCKET_VERSIONING_ENABLED"));
/// assert_eq!(audit.report.resources[0].id, "Logs");
/// ```
pub fn audit(name: &str, text: &str) -> Result<Audit> {
    let mut template = parse(name, text)?;
    expand_for_each(&mut template);
    if !template["Resources"].is_object() {
        return Err(Error::Unreadable {
            name: name.to_owned(),
            reason: "a CloudFormation template needs a Resources section".into(),
        });
    }
    let resources = template["Resources"].as_object().map_or(0, |r| r.len());
    if resources > check::MAX_RESOURCES {
        return Err(Error::Unreadable {
            name: name.to_owned(),
            reason: format!(
                "the template declares {resources} resources, over CloudFormation's limit of {} in one stack, so CloudFormation would refuse it; stackward does not audit it",
                check::MAX_RESOURCES
            ),
        });
    }
    if let Some((id, path, len)) = longest_list(&template) {
        return Err(Error::Unreadable {
            name: name.to_owned(),
            reason: format!(
                "{id} lists {len} entries at Properties{path}, more than the {MAX_LIST} any AWS service takes in one property (a security group's rules, a bucket's lifecycle rules), so CloudFormation would fail to create it; stackward does not audit it"
            ),
        });
    }
    let guard = check::stackward_rules(&template)?;
    Ok(Audit {
        unresolved: check::references(&template),
        over_limits: check::limits(name, &template, text.len()),
        failures: guard.failures,
        waived: guard.waived,
        report: crate::report::report(name, &template),
        template,
    })
}

/// The most entries audit reads in one list of a resource's properties:
/// AWS quotas keep every list of a resource at or under 1,000 (a security
/// group's rules, a bucket's lifecycle rules), and the rules' cost grows
/// faster than a list's length.
pub const MAX_LIST: usize = 1000;

/// The first list in a resource's `Properties` longer than [`MAX_LIST`],
/// as (resource, path below `Properties`, length).
fn longest_list(template: &Json) -> Option<(String, String, usize)> {
    fn walk(v: &Json, path: &mut String) -> Option<(String, usize)> {
        match v {
            Json::Array(items) if items.len() > MAX_LIST => Some((path.clone(), items.len())),
            Json::Array(items) => items.iter().enumerate().find_map(|(i, item)| {
                let len = path.len();
                path.push_str(&format!("/{i}"));
                let found = walk(item, path);
                path.truncate(len);
                found
            }),
            Json::Object(map) => map.iter().find_map(|(key, item)| {
                let len = path.len();
                path.push('/');
                path.push_str(key);
                let found = walk(item, path);
                path.truncate(len);
                found
            }),
            _ => None,
        }
    }
    template["Resources"]
        .as_object()?
        .iter()
        .find_map(|(id, r)| {
            walk(&r["Properties"], &mut String::new()).map(|(path, len)| (id.clone(), path, len))
        })
}

/// The deepest nesting of `[` and `{` audit reads; real templates stay
/// far below it, and a parser never recurses over input that passes.
pub const MAX_NESTING: usize = 64;

/// The line where brackets (`[`, `{`, outside quoted strings and YAML
/// comments) first nest deeper than `max`, if they do: one pass over the
/// text, before any parser recurses into it.
fn nesting_over(text: &str, max: usize) -> Option<usize> {
    let (mut depth, mut line) = (0usize, 1usize);
    let mut quote: Option<char> = None;
    // The last character outside whitespace on this line: a quoted string
    // starts a token (after `:`, `-`, `,`, `[`, `{` or at the line's
    // start); a quote inside a plain YAML scalar (it's) does not open one.
    let mut last = '\n';
    let mut previous = '\n';
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\n' {
            line += 1;
        }
        match quote {
            Some('"') if c == '\\' => {
                chars.next();
            }
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None => match c {
                '"' | '\'' if matches!(last, '\n' | ':' | '-' | ',' | '[' | '{') => quote = Some(c),
                '#' if previous.is_whitespace() => {
                    for skipped in chars.by_ref() {
                        if skipped == '\n' {
                            line += 1;
                            break;
                        }
                    }
                    last = '\n';
                    previous = '\n';
                    continue;
                }
                '[' | '{' => {
                    depth += 1;
                    if depth > max {
                        return Some(line);
                    }
                }
                ']' | '}' => depth = depth.saturating_sub(1),
                _ => {}
            },
        }
        if c == '\n' {
            last = '\n';
        } else if !c.is_whitespace() {
            last = c;
        }
        previous = c;
    }
    None
}

fn parse(name: &str, text: &str) -> Result<Json> {
    let unreadable = |reason: String| Error::Unreadable {
        name: name.to_owned(),
        reason,
    };
    if text.len() > check::MAX_BODY_BYTES {
        return Err(unreadable(format!(
            "the text is {} bytes, over CloudFormation's limit of {} for a template body, so CloudFormation would refuse it; stackward does not read it",
            text.len(),
            check::MAX_BODY_BYTES
        )));
    }
    if let Some(line) = nesting_over(text, MAX_NESTING) {
        return Err(unreadable(format!(
            "brackets nest more than {MAX_NESTING} deep by line {line}, deeper than any template needs; stackward does not read it"
        )));
    }
    if let Ok(json) = serde_json::from_str::<Json>(text) {
        let twice = duplicate_keys(text);
        if !twice.is_empty() {
            return Err(Error::Unreadable {
                name: name.to_owned(),
                reason: format!(
                    "a key appears twice in one object, so one of its values would be read silently: {}",
                    twice.join(", ")
                ),
            });
        }
        return Ok(json);
    }
    if let Some(line) = yaml_alias_line(text) {
        return Err(Error::Unreadable {
            name: name.to_owned(),
            reason: format!(
                "line {line} has a YAML anchor or alias, which CloudFormation does not accept (and which can make a short text expand without bound)"
            ),
        });
    }
    let yaml: serde_yaml::Value = serde_yaml::from_str(text).map_err(|e| Error::Unreadable {
        name: name.to_owned(),
        reason: format!("the text is neither JSON nor YAML: {e}"),
    })?;
    Ok(from_yaml(yaml))
}

/// Expands the `Fn::ForEach` loops of the `AWS::LanguageExtensions`
/// transform in `Resources`, as CloudFormation does before it reads them:
/// one resource per value of the collection (a list of strings, or a
/// `CommaDelimitedList` parameter's default), with `${Var}` and `&{Var}` in
/// keys and strings and `{"Ref": "Var"}` replaced by the value. A loop over
/// anything else is left as written (its resources are then unchecked).
fn expand_for_each(template: &mut Json) {
    let parameters = template["Parameters"].clone();
    let Some(resources) = template.get_mut("Resources").and_then(Json::as_object_mut) else {
        return;
    };
    let loops: Vec<String> = resources
        .keys()
        .filter(|k| k.starts_with("Fn::ForEach::"))
        .cloned()
        .collect();
    for key in loops {
        let Some(expanded) = for_each(&resources[&key], &parameters, 0) else {
            continue;
        };
        resources.remove(&key);
        for (id, resource) in expanded {
            resources.entry(id).or_insert(resource);
        }
    }
}

/// The resources one `Fn::ForEach` loop stands for, its nested loops
/// expanded (at most 5 deep, at most 500 resources, as CloudFormation).
fn for_each(body: &Json, parameters: &Json, depth: usize) -> Option<Vec<(String, Json)>> {
    let [variable, collection, fragment] = body.as_array()?.as_slice() else {
        return None;
    };
    let variable = variable.as_str()?;
    let values: Vec<String> = match collection {
        Json::Array(items) => items
            .iter()
            .map(|v| v.as_str().map(str::to_owned))
            .collect::<Option<_>>()?,
        Json::Object(_) => {
            let parameter = &parameters[collection["Ref"].as_str()?];
            (parameter["Type"] == "CommaDelimitedList")
                .then(|| parameter["Default"].as_str())??
                .split(',')
                .map(|v| v.trim().to_owned())
                .collect()
        }
        _ => return None,
    };
    if depth >= 5 {
        return None;
    }
    let mut out = Vec::new();
    for value in &values {
        let substituted = substitute(fragment, variable, value);
        for (key, item) in substituted.as_object()? {
            if key.starts_with("Fn::ForEach::") {
                out.extend(for_each(item, parameters, depth + 1)?);
            } else {
                out.push((key.clone(), item.clone()));
            }
            if out.len() > crate::check::MAX_RESOURCES {
                return None;
            }
        }
    }
    Some(out)
}

/// `fragment` with the loop variable replaced by `value`.
fn substitute(fragment: &Json, variable: &str, value: &str) -> Json {
    let alphanumeric: String = value.chars().filter(char::is_ascii_alphanumeric).collect();
    let text = |s: &str| {
        s.replace(&format!("${{{variable}}}"), value)
            .replace(&format!("&{{{variable}}}"), &alphanumeric)
    };
    match fragment {
        Json::String(s) => Json::String(text(s)),
        Json::Array(items) => Json::Array(
            items
                .iter()
                .map(|v| substitute(v, variable, value))
                .collect(),
        ),
        Json::Object(m)
            if m.len() == 1 && m.get("Ref").and_then(Json::as_str) == Some(variable) =>
        {
            Json::String(value.to_owned())
        }
        Json::Object(m) => Json::Object(
            m.iter()
                .map(|(k, v)| (text(k), substitute(v, variable, value)))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// The first line (1-based) where a YAML node starts with an anchor (`&a`)
/// or an alias (`*a`): at the start of a line's content, after `- `, `: `,
/// `[`, `{` or `,`, outside quotes, comments and block scalars.
fn yaml_alias_line(text: &str) -> Option<usize> {
    let mut block: Option<usize> = None;
    for (n, line) in text.lines().enumerate() {
        let content = line.trim_start();
        let indent = line.len() - content.len();
        if let Some(parent) = block {
            if content.is_empty() || indent > parent {
                continue;
            }
            block = None;
        }
        let mut quote: Option<char> = None;
        let mut node_start = true;
        let mut in_tag = false;
        let mut previous = ' ';
        for c in content.chars() {
            if let Some(q) = quote {
                if c == q {
                    quote = None;
                }
                previous = c;
                continue;
            }
            if c == '#' && previous.is_whitespace() {
                break;
            }
            if node_start && (c == '&' || c == '*') {
                return Some(n + 1);
            }
            if node_start && (c == '"' || c == '\'') {
                quote = Some(c);
            }
            if node_start && c == '!' {
                in_tag = true;
            }
            node_start = match c {
                '[' | '{' | ',' => true,
                c if c.is_whitespace() => {
                    let tag_ended = std::mem::take(&mut in_tag);
                    node_start || tag_ended || matches!(previous, ':' | '-')
                }
                _ => false,
            };
            previous = c;
        }
        // A block scalar (`key: |`, `- >-`): the lines indented under it
        // are text.
        let bare = content.split(" #").next().unwrap_or(content).trim_end();
        if bare.ends_with(['|', '>'])
            || bare.ends_with("|-")
            || bare.ends_with("|+")
            || bare.ends_with(">-")
            || bare.ends_with(">+")
        {
            block = Some(indent);
        }
    }
    None
}

/// YAML to JSON, turning CloudFormation's short forms into their long form:
/// `!Ref x` into `{"Ref": "x"}`, `!GetAtt a.b` into `{"Fn::GetAtt": ["a", "b"]}`,
/// `!Sub ...` into `{"Fn::Sub": ...}` and so on.
fn from_yaml(v: serde_yaml::Value) -> Json {
    use serde_yaml::Value as Y;
    match v {
        Y::Null => Json::Null,
        Y::Bool(b) => Json::Bool(b),
        Y::Number(n) => serde_json::to_value(&n).unwrap_or(Json::Null),
        Y::String(s) => Json::String(s),
        Y::Sequence(items) => Json::Array(items.into_iter().map(from_yaml).collect()),
        Y::Mapping(m) => {
            let mut out = Map::new();
            for (k, v) in m {
                let key = match k {
                    Y::String(s) => s,
                    other => serde_yaml::to_string(&other)
                        .unwrap_or_default()
                        .trim()
                        .to_owned(),
                };
                out.insert(key, from_yaml(v));
            }
            Json::Object(out)
        }
        Y::Tagged(tagged) => {
            let tag = tagged.tag.to_string();
            let tag = tag.trim_start_matches('!');
            let value = from_yaml(tagged.value);
            let value = match (tag, value) {
                ("GetAtt", Json::String(s)) => match s.split_once('.') {
                    Some((id, attr)) => {
                        Json::Array(vec![Json::String(id.into()), Json::String(attr.into())])
                    }
                    None => Json::String(s),
                },
                (_, v) => v,
            };
            let name = if tag == "Ref" || tag == "Condition" {
                tag.to_owned()
            } else {
                format!("Fn::{tag}")
            };
            let mut m = Map::new();
            m.insert(name, value);
            Json::Object(m)
        }
    }
}

impl Audit {
    /// The findings as a SARIF 2.1.0 log: each failing rule an error at
    /// its resource's line in `text`, each waiver a suppressed result.
    pub fn to_sarif(&self, uri: &str, text: &str) -> Json {
        crate::sarif::log(&[crate::sarif::Artifact {
            uri: uri.to_owned(),
            text,
            failures: &self.failures,
            report: &self.report,
        }])
    }

    /// The audit as Markdown: the failing rules, then the report.
    pub fn to_markdown(&self) -> String {
        let mut m = format!("# Audit: {}\n\n", self.report.stack);
        let unchecked = self.report.unchecked.len();
        if self.failures.is_empty() && unchecked == 0 {
            m.push_str("Every stackward rule passes.\n\n");
        } else if self.failures.is_empty() {
            m.push_str(&format!(
                "Every stackward rule passes on the resources it checks; {unchecked} resource(s) are of types no rule checks (see \"Not checked by stackward\").\n\n"
            ));
        } else {
            m.push_str("## Failing rules\n\n| resource | rule | what it asks |\n|---|---|---|\n");
            for f in &self.failures {
                let resource = f.resource.as_deref().unwrap_or("(template)");
                m.push_str(&format!(
                    "| {} | {} | {} |\n",
                    crate::report::markdown_text(resource),
                    crate::report::markdown_text(&f.rule),
                    crate::report::markdown_text(&f.message)
                ));
            }
            m.push('\n');
        }
        for e in &self.unresolved {
            m.push_str(&format!(
                "- unresolved: {}\n",
                crate::report::markdown_text(&e.to_string())
            ));
        }
        for e in &self.over_limits {
            m.push_str(&format!(
                "- over CloudFormation's limits: {}\n",
                crate::report::markdown_text(&e.to_string())
            ));
        }
        m.push_str(&self.report.to_markdown().replacen(
            "# Responsibility report",
            "## Responsibility report",
            1,
        ));
        m
    }
}

/// The JSON pointers of keys that stand twice in one object of a JSON text
/// (a JSON reader keeps the last silently; YAML's reader refuses them).
fn duplicate_keys(text: &str) -> Vec<String> {
    use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

    struct Walk<'a> {
        path: String,
        found: &'a mut Vec<String>,
    }

    impl<'de> DeserializeSeed<'de> for Walk<'_> {
        type Value = ();
        fn deserialize<D: Deserializer<'de>>(self, d: D) -> std::result::Result<(), D::Error> {
            d.deserialize_any(self)
        }
    }

    impl<'de> Visitor<'de> for Walk<'_> {
        type Value = ();
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("JSON")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> std::result::Result<(), A::Error> {
            let mut seen = std::collections::BTreeSet::new();
            while let Some(key) = map.next_key::<String>()? {
                let path = format!("{}/{}", self.path, crate::check::references::escape(&key));
                if !seen.insert(key) {
                    self.found.push(path.clone());
                }
                map.next_value_seed(Walk {
                    path,
                    found: &mut *self.found,
                })?;
            }
            Ok(())
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<(), A::Error> {
            let mut i = 0;
            while seq
                .next_element_seed(Walk {
                    path: format!("{}/{i}", self.path),
                    found: &mut *self.found,
                })?
                .is_some()
            {
                i += 1;
            }
            Ok(())
        }
        fn visit_bool<E>(self, _: bool) -> std::result::Result<(), E> {
            Ok(())
        }
        fn visit_i64<E>(self, _: i64) -> std::result::Result<(), E> {
            Ok(())
        }
        fn visit_u64<E>(self, _: u64) -> std::result::Result<(), E> {
            Ok(())
        }
        fn visit_f64<E>(self, _: f64) -> std::result::Result<(), E> {
            Ok(())
        }
        fn visit_str<E>(self, _: &str) -> std::result::Result<(), E> {
            Ok(())
        }
        fn visit_unit<E>(self) -> std::result::Result<(), E> {
            Ok(())
        }
    }

    let mut found = Vec::new();
    let mut reader = serde_json::Deserializer::from_str(text);
    let walk = Walk {
        path: String::new(),
        found: &mut found,
    };
    // The text already parsed as JSON; a walk that stops early finds less.
    let _ = walk.deserialize(&mut reader);
    found
}

#[cfg(test)]
mod tests {
    use super::yaml_alias_line;

    #[test]
    fn anchors_and_aliases_are_found_where_a_node_starts() {
        for (text, line) in [
            ("a: &x 1\n", 1),
            ("a: 1\nb: *x\n", 2),
            ("l:\n  - *x\n", 2),
            ("l: [1, *x]\n", 1),
            ("m: {k: *x}\n", 1),
            ("k: !Ref *x\n", 1),
            ("&top\nk: 1\n", 1),
        ] {
            assert_eq!(yaml_alias_line(text), Some(line), "{text:?}");
        }
    }

    #[test]
    fn stars_and_ampersands_in_text_are_not_aliases() {
        for text in [
            "Action: '*'\nResource: \"*\"\n",
            "k: a*b\nj: a &b\n",
            "p: {AWS: '*'}\nl: ['*', \"&x\"]\n",
            "s: !Sub 'arn:aws:s3:::${B}/*'\n",
            "c: 1 # *x &y\n",
            "UserData: |\n  * item\n  - &x\n  *y\nNext: 1\n",
            "Folded: >-\n  &not an anchor\n",
        ] {
            assert_eq!(yaml_alias_line(text), None, "{text:?}");
        }
    }
}
