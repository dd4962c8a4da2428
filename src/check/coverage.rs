//! What no stackward rule judges: resources of types that no rule file
//! selects and that have no duty table, listed by synth, in the report and
//! in the SARIF findings, so a reviewer sees what nothing checked.

use std::collections::BTreeSet;

use serde_json::Value as Json;

/// The resource types some stackward rule selects.
fn checked_types() -> &'static BTreeSet<&'static str> {
    static TYPES: std::sync::OnceLock<BTreeSet<&str>> = std::sync::OnceLock::new();
    TYPES.get_or_init(|| {
        super::guard::rule_files()
            .iter()
            .flat_map(|(_, rules)| super::guard::rule_types(rules))
            .collect()
    })
}

/// The resources of a template that no stackward rule or duty table covers,
/// as (logical id, type) in template order; a resource without a `Type`
/// string is listed with an empty type.
pub fn unchecked(template: &Json) -> Vec<(String, String)> {
    let Some(resources) = template["Resources"].as_object() else {
        return Vec::new();
    };
    resources
        .iter()
        .filter_map(|(id, r)| {
            let type_name = r["Type"].as_str().unwrap_or_default();
            let known = checked_types().contains(type_name)
                || crate::services::duties_of(type_name).is_some();
            (!known).then(|| (id.clone(), type_name.to_owned()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_stackward_does_not_know_are_unchecked() {
        let template = serde_json::json!({"Resources": {
            "Data": {"Type": "AWS::S3::Bucket"},
            "Route": {"Type": "AWS::EC2::Route"},
            "Orders": {"Type": "AWS::Kinesis::Stream"},
            "Typo": {"Type": "AWS::S3::bucket"},
            "NoType": {"Properties": {}}
        }});
        assert_eq!(
            unchecked(&template),
            [
                ("Orders".to_owned(), "AWS::Kinesis::Stream".to_owned()),
                ("Typo".to_owned(), "AWS::S3::bucket".to_owned()),
                ("NoType".to_owned(), String::new()),
            ]
        );
    }
}
