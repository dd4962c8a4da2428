//! `Waiver`: the only way to ask for less than stackward's secure defaults.

use serde::Serialize;
use serde_json::{json, Map, Value as Json};

use crate::error::{Error, Result};

/// A deliberate, explained exception to a secure default.
///
/// A waiver carries a reason (never empty) and the ids of the rules it
/// suppresses (never empty, never a wildcard). It is written into the
/// resource's `Metadata` in the forms cfn-guard, cfn-lint, checkov and
/// cfn_nag read, and listed in the stack's responsibility report.
///
/// Guard rule ids (`rules`) are the names of stackward's own rules, which
/// follow the AWS Config rule identifiers that AWS Control Tower uses
/// (`S3_BUCKET_VERSIONING_ENABLED`, ...), and the Control Tower control ids
/// (`CT.S3.PR.11`).
///
/// ```
/// use stackward::Waiver;
/// let w = Waiver::new(
///     "scratch bucket for CI artefacts, rebuilt on every run",
///     ["S3_BUCKET_VERSIONING_ENABLED", "CT.S3.PR.11"],
/// )
/// .unwrap()
/// .with_checkov(["CKV_AWS_21"])
/// .unwrap();
/// assert_eq!(w.rules().len(), 2);
/// assert!(Waiver::new("  ", ["S3_BUCKET_VERSIONING_ENABLED"]).is_err());
/// assert!(Waiver::new("because", ["*"]).is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Waiver {
    reason: String,
    rules: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    cfn_lint: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    checkov: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    cfn_nag: Vec<String>,
}

impl Waiver {
    /// A waiver of the named Guard rules, for the given reason.
    pub fn new<I, S>(reason: impl Into<String>, rules: I) -> Result<Self>
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let reason = reason.into().trim().to_owned();
        if reason.is_empty() {
            return Err(Error::InvalidWaiver(
                "the reason must not be empty: say why the default does not fit".into(),
            ));
        }
        let rules = rule_ids("guard", rules)?;
        if let Some(unknown) = rules.iter().find(|r| !is_known_rule(r)) {
            return Err(Error::InvalidWaiver(format!(
                "{unknown:?} is neither a stackward rule nor an AWS Control Tower control id (CT.<SERVICE>.PR.<n>), so it would waive nothing; did you mean {}?",
                closest_rule(unknown)
            )));
        }
        if rules.is_empty() {
            return Err(Error::InvalidWaiver(format!(
                "waiver {reason:?} names no rule: name each rule it suppresses"
            )));
        }
        Ok(Waiver {
            reason,
            rules,
            cfn_lint: Vec::new(),
            checkov: Vec::new(),
            cfn_nag: Vec::new(),
        })
    }

    /// Also suppress these cfn-lint checks (e.g. `W3045`).
    pub fn with_cfn_lint<I: IntoIterator<Item = S>, S: Into<String>>(
        mut self,
        ids: I,
    ) -> Result<Self> {
        self.cfn_lint.extend(rule_ids("cfn-lint", ids)?);
        Ok(self)
    }

    /// Also suppress these checkov checks (e.g. `CKV_AWS_18`).
    pub fn with_checkov<I: IntoIterator<Item = S>, S: Into<String>>(
        mut self,
        ids: I,
    ) -> Result<Self> {
        self.checkov.extend(rule_ids("checkov", ids)?);
        Ok(self)
    }

    /// Also suppress these cfn_nag rules (e.g. `W35`).
    pub fn with_cfn_nag<I: IntoIterator<Item = S>, S: Into<String>>(
        mut self,
        ids: I,
    ) -> Result<Self> {
        self.cfn_nag.extend(rule_ids("cfn_nag", ids)?);
        Ok(self)
    }

    /// Why the default does not fit.
    pub fn reason(&self) -> &str {
        &self.reason
    }

    /// The Guard rule ids this waiver suppresses.
    pub fn rules(&self) -> &[String] {
        &self.rules
    }

    /// Whether this waiver names `rule`.
    pub fn covers(&self, rule: &str) -> bool {
        self.rules.iter().any(|r| r == rule)
    }
}

/// Every rule name of stackward's rule files.
fn stackward_rules() -> &'static [String] {
    static NAMES: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    NAMES.get_or_init(|| {
        crate::check::rule_files()
            .iter()
            .flat_map(|(_, text)| text.lines())
            .filter_map(|line| line.strip_prefix("rule "))
            .filter_map(|rest| rest.split_whitespace().next())
            .filter(|name| !name.contains('('))
            .map(str::to_owned)
            .collect()
    })
}

/// A stackward rule, or a Control Tower control id (`CT.S3.PR.11`).
fn is_known_rule(id: &str) -> bool {
    let control = id
        .strip_prefix("CT.")
        .and_then(|rest| rest.split_once(".PR."))
        .is_some_and(|(service, n)| {
            !service.is_empty()
                && service
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                && !n.is_empty()
                && n.chars().all(|c| c.is_ascii_digit())
        });
    control || stackward_rules().iter().any(|r| r == id)
}

/// The stackward rule whose name is fewest edits away from `id`.
fn closest_rule(id: &str) -> &'static str {
    fn distance(a: &str, b: &str) -> usize {
        let b: Vec<char> = b.chars().collect();
        let mut row: Vec<usize> = (0..=b.len()).collect();
        for (i, ca) in a.chars().enumerate() {
            let mut previous = row[0];
            row[0] = i + 1;
            for (j, cb) in b.iter().enumerate() {
                let current = row[j + 1];
                row[j + 1] = (previous + usize::from(ca != *cb))
                    .min(row[j] + 1)
                    .min(current + 1);
                previous = current;
            }
        }
        row[b.len()]
    }
    stackward_rules()
        .iter()
        .min_by_key(|r| distance(id, r))
        .map_or("a rule of the README's rule table", String::as_str)
}

fn rule_ids<I: IntoIterator<Item = S>, S: Into<String>>(tool: &str, ids: I) -> Result<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for id in ids {
        let id: String = id.into();
        let ok = !id.is_empty()
            && id.len() <= 128
            && id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'));
        if !ok {
            return Err(Error::InvalidWaiver(format!(
                "{tool} rule id {id:?} must be a single rule's id (letters, digits, _ . -); wildcards are not accepted"
            )));
        }
        if !out.contains(&id) {
            out.push(id);
        }
    }
    Ok(out)
}

/// Writes the waivers of one resource into its `Metadata` object.
pub(crate) fn write_metadata(waivers: &[Waiver], metadata: &mut Map<String, Json>) {
    if waivers.is_empty() {
        return;
    }
    let mut guard: Vec<&str> = Vec::new();
    let mut lint: Vec<&str> = Vec::new();
    let mut checkov = Vec::new();
    let mut nag = Vec::new();
    for w in waivers {
        guard.extend(w.rules.iter().map(String::as_str));
        lint.extend(w.cfn_lint.iter().map(String::as_str));
        checkov.extend(
            w.checkov
                .iter()
                .map(|id| json!({ "id": id, "comment": w.reason })),
        );
        nag.extend(
            w.cfn_nag
                .iter()
                .map(|id| json!({ "id": id, "reason": w.reason })),
        );
    }
    guard.sort_unstable();
    guard.dedup();
    lint.sort_unstable();
    lint.dedup();
    metadata.insert("guard".into(), json!({ "SuppressedRules": guard }));
    if !lint.is_empty() {
        metadata.insert(
            "cfn-lint".into(),
            json!({ "config": { "ignore_checks": lint } }),
        );
    }
    if !checkov.is_empty() {
        metadata.insert("checkov".into(), json!({ "skip": checkov }));
    }
    if !nag.is_empty() {
        metadata.insert("cfn_nag".into(), json!({ "rules_to_suppress": nag }));
    }
    metadata.insert("stackward".into(), json!({ "Waivers": waivers }));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_reason_is_refused() {
        assert_eq!(
            Waiver::new("", ["X"]).unwrap_err().to_string(),
            "waiver: the reason must not be empty: say why the default does not fit"
        );
    }

    #[test]
    fn a_waiver_must_name_a_rule() {
        let none: [&str; 0] = [];
        assert_eq!(
            Waiver::new("why", none).unwrap_err().to_string(),
            "waiver: waiver \"why\" names no rule: name each rule it suppresses"
        );
    }

    #[test]
    fn wildcards_are_refused_for_every_tool() {
        assert!(Waiver::new("why", ["ALL*"]).is_err());
        let w = Waiver::new("why", ["CT.S3.PR.1"]).unwrap();
        assert!(w.clone().with_cfn_lint(["*"]).is_err());
        assert!(w.clone().with_checkov([""]).is_err());
        assert!(w.with_cfn_nag(["W 35"]).is_err());
    }

    #[test]
    fn a_misspelt_rule_is_refused_naming_the_closest_one() {
        let err = Waiver::new("office access", ["SG_NO_INGRESS_FROM_ANYWHER"])
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("\"SG_NO_INGRESS_FROM_ANYWHER\" is neither a stackward rule")
                && err.ends_with("did you mean SG_NO_INGRESS_FROM_ANYWHERE?"),
            "{err}"
        );
        assert!(Waiver::new("why", ["CT.S3.PR"]).is_err());
        assert!(Waiver::new("why", ["ct.s3.pr.1"]).is_err());
        assert!(Waiver::new("why", ["CT.CLOUDTRAIL.PR.12", "BASELINE_RETAINED"]).is_ok());
    }

    #[test]
    fn metadata_has_every_tool_form() {
        let w = Waiver::new(
            "public site",
            ["S3_BUCKET_VERSIONING_ENABLED", "CT.S3.PR.11"],
        )
        .unwrap()
        .with_cfn_lint(["W3045"])
        .unwrap()
        .with_checkov(["CKV_AWS_20"])
        .unwrap()
        .with_cfn_nag(["W35"])
        .unwrap();
        let mut m = Map::new();
        write_metadata(&[w], &mut m);
        assert_eq!(
            m["guard"],
            json!({ "SuppressedRules": ["CT.S3.PR.11", "S3_BUCKET_VERSIONING_ENABLED"] })
        );
        assert_eq!(
            m["cfn-lint"],
            json!({ "config": { "ignore_checks": ["W3045"] } })
        );
        assert_eq!(
            m["checkov"],
            json!({ "skip": [{ "id": "CKV_AWS_20", "comment": "public site" }] })
        );
        assert_eq!(
            m["cfn_nag"],
            json!({ "rules_to_suppress": [{ "id": "W35", "reason": "public site" }] })
        );
        assert_eq!(m["stackward"]["Waivers"][0]["reason"], "public site");
    }
}
