//! Templates as YAML that every YAML reader reads back as the JSON template:
//! a string is written plain only when it cannot be mistaken for anything
//! else (a letter, then letters, digits and `_ - . / :`, and not a YAML 1.1
//! boolean or null); otherwise it is double-quoted with JSON's escapes,
//! which YAML shares. So `2012-10-17` stays a string for YAML 1.1 readers,
//! which would otherwise read a date.

use serde_json::Value as Json;

/// The template as block-style YAML.
pub(crate) fn to_yaml(json: &Json) -> String {
    let mut out = String::new();
    match json {
        Json::Object(m) if !m.is_empty() => block(&mut out, json, 0, false),
        Json::Array(a) if !a.is_empty() => block(&mut out, json, 0, false),
        scalar => {
            out.push_str(&inline(scalar));
            out.push('\n');
        }
    }
    out
}

/// Writes a non-empty map or sequence at `indent`; `at_column` when the
/// cursor already stands at that column (after `- `).
fn block(out: &mut String, value: &Json, indent: usize, at_column: bool) {
    let pad = " ".repeat(indent);
    match value {
        Json::Object(m) => {
            for (i, (key, v)) in m.iter().enumerate() {
                if i > 0 || !at_column {
                    out.push_str(&pad);
                }
                out.push_str(&string(key));
                out.push(':');
                match v {
                    Json::Object(c) if !c.is_empty() => {
                        out.push('\n');
                        block(out, v, indent + 2, false);
                    }
                    Json::Array(c) if !c.is_empty() => {
                        out.push('\n');
                        block(out, v, indent, false);
                    }
                    scalar => {
                        out.push(' ');
                        out.push_str(&inline(scalar));
                        out.push('\n');
                    }
                }
            }
        }
        Json::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                if i > 0 || !at_column {
                    out.push_str(&pad);
                }
                out.push_str("- ");
                match item {
                    Json::Object(c) if !c.is_empty() => block(out, item, indent + 2, true),
                    Json::Array(c) if !c.is_empty() => block(out, item, indent + 2, true),
                    scalar => {
                        out.push_str(&inline(scalar));
                        out.push('\n');
                    }
                }
            }
        }
        scalar => {
            out.push_str(&inline(scalar));
            out.push('\n');
        }
    }
}

/// A scalar or an empty collection on one line.
fn inline(value: &Json) -> String {
    match value {
        Json::String(s) => string(s),
        Json::Object(_) => "{}".into(),
        Json::Array(_) => "[]".into(),
        Json::Number(n) => number(&n.to_string()),
        other => other.to_string(),
    }
}

/// A number as YAML 1.1 and 1.2 both read it: an exponent needs a `.` in
/// the mantissa and a sign (`1e300` is `1.0e+300`).
fn number(n: &str) -> String {
    match n.split_once(['e', 'E']) {
        Some((mantissa, exp)) => {
            let dot = if mantissa.contains('.') { "" } else { ".0" };
            let sign = if exp.starts_with(['-', '+']) { "" } else { "+" };
            format!("{mantissa}{dot}e{sign}{exp}")
        }
        None => n.to_owned(),
    }
}

/// A string, plain when that is unambiguous, double-quoted otherwise.
fn string(s: &str) -> String {
    const RESERVED: [&str; 10] = [
        "y", "n", "yes", "no", "on", "off", "true", "false", "null", "~",
    ];
    let plain = s.starts_with(|c: char| c.is_ascii_alphabetic())
        && !s.ends_with(':')
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '/' | ':'))
        && !RESERVED.contains(&s.to_ascii_lowercase().as_str());
    if plain {
        return s.to_owned();
    }
    // JSON's escapes, plus the characters YAML does not allow unescaped.
    Json::String(s.to_owned())
        .to_string()
        .chars()
        .map(|c| match c {
            '\u{7f}'..='\u{9f}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{feff}'
            | '\u{fffe}'
            | '\u{ffff}' => {
                format!("\\u{:04x}", c as u32)
            }
            c => c.to_string(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn ambiguous_strings_are_quoted_and_plain_ones_are_not() {
        assert_eq!(string("AWS::S3::Bucket"), "AWS::S3::Bucket");
        assert_eq!(string("2012-10-17"), "\"2012-10-17\"");
        assert_eq!(string("yes"), "\"yes\"");
        assert_eq!(string("On"), "\"On\"");
        assert_eq!(string("443"), "\"443\"");
        assert_eq!(string("a: b"), "\"a: b\"");
        assert_eq!(string("line\nbreak"), "\"line\\nbreak\"");
        assert_eq!(string(""), "\"\"");
        assert_eq!(string("del\u{7f}"), "\"del\\u007f\"");
        assert_eq!(number("1e300"), "1.0e+300");
        assert_eq!(number("-2.5e-7"), "-2.5e-7");
        assert_eq!(number("42"), "42");
    }

    #[test]
    fn nested_collections_read_back_the_same() {
        let value = json!({
            "A": {"B": [1, "two", {"C": true, "D": [[], {}]}], "E": null},
            "F": [[1, 2], [{"G": "2010-09-09"}]],
            "H": {},
            "I": "multi\nline: #text",
        });
        let yaml = to_yaml(&value);
        let back: Json = serde_yaml::from_str(&yaml).unwrap();
        assert_eq!(back, value, "{yaml}");
    }

    fn any_json() -> impl proptest::strategy::Strategy<Value = Json> {
        use proptest::prelude::*;
        let leaf = prop_oneof![
            Just(Json::Null),
            any::<bool>().prop_map(Json::Bool),
            any::<i64>().prop_map(Json::from),
            any::<f64>()
                .prop_filter("finite", |f| f.is_finite())
                .prop_map(Json::from),
            any::<String>().prop_map(Json::String),
            "[a-zA-Z0-9 :#&*!|>'%@`,\\[\\]{}.~-]{0,12}".prop_map(Json::String),
        ];
        leaf.prop_recursive(4, 48, 6, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..6).prop_map(Json::Array),
                proptest::collection::vec((any::<String>(), inner), 0..6)
                    .prop_map(|kv| Json::Object(kv.into_iter().collect())),
            ]
        })
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]

        /// Any JSON value reads back from its YAML as itself.
        #[test]
        fn any_json_round_trips(value in any_json()) {
            let yaml = to_yaml(&value);
            let back: Json = serde_yaml::from_str(&yaml).map_err(|e| {
                proptest::test_runner::TestCaseError::fail(format!("{e}\n{yaml}"))
            })?;
            proptest::prop_assert_eq!(back, value, "{}", yaml);
        }
    }
}
