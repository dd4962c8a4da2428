//! `Waiver`: the only way to ask for less than stackward's secure defaults.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Serialize;
use serde_json::{json, Map, Value as Json};

use crate::duty::{Answered, Equivalent, Judge, Rule};
use crate::error::{Error, Result};

/// A deliberate, explained exception to a secure default.
///
/// A waiver carries a reason (never empty) and the ids of the checks it
/// suppresses (never empty, never a wildcard). It is written into the
/// resource's `Metadata` in the forms cfn-guard, checkov, cdk-nag, cfn_nag
/// and cfn-lint read, and listed in the stack's responsibility report.
///
/// An id is one of:
/// - a stackward rule (`S3_BUCKET_VERSIONING_ENABLED`; the names follow the
///   AWS Config rule identifiers Control Tower uses), which also suppresses
///   every other judge's check of the same thing, as the rule's table of
///   equivalents lists them (`CKV_AWS_21`, `HIPAA.Security-S3BucketVersioningEnabled`, ...);
/// - a Control Tower control id (`CT.S3.PR.11`);
/// - another judge's id that stackward knows (an equivalent of one of its
///   rules, or a finding a construct answers by design), for a finding of
///   that judge alone.
///
/// Anything else is refused, naming the closest known id, so a typo cannot
/// waive nothing.
///
/// ```
/// use stackward::Waiver;
/// let w = Waiver::new(
///     "scratch bucket for CI artefacts, rebuilt on every run",
///     ["S3_BUCKET_VERSIONING_ENABLED", "CT.S3.PR.11"],
/// )
/// .unwrap();
/// assert_eq!(w.rules().len(), 2);
/// assert!(w.suppresses("CKV_AWS_21"));
/// assert!(w.suppresses("PCI.DSS.321-S3BucketVersioningEnabled"));
/// assert!(Waiver::new("  ", ["S3_BUCKET_VERSIONING_ENABLED"]).is_err());
/// assert!(Waiver::new("because", ["*"]).is_err());
/// assert!(Waiver::new("because", ["CKV_AWS_2l"]).is_err());
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
    cdk_nag: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    cfn_nag: Vec<String>,
}

impl Waiver {
    /// A waiver of the named checks, for the given reason.
    pub fn new<I, S>(reason: impl Into<String>, ids: I) -> Result<Self>
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
        let mut waiver = Waiver::naming_nothing(reason);
        let ids = rule_ids("guard", ids)?;
        if ids.is_empty() {
            return Err(Error::InvalidWaiver(format!(
                "waiver {:?} names no rule: name each rule it suppresses",
                waiver.reason
            )));
        }
        for id in ids {
            if is_control_id(&id) || stackward_rules().any(|r| r.name == id) {
                waiver.rules.push(id);
            } else if let Some(judge) = known_ids().get(id.as_str()) {
                waiver.list(*judge).push(id);
            } else {
                return Err(Error::InvalidWaiver(format!(
                    "{id:?} is neither a stackward rule, an AWS Control Tower control id (CT.<SERVICE>.PR.<n>) nor a check of another judge that stackward knows, so it would waive nothing; did you mean {}?",
                    closest(&id)
                )));
            }
        }
        Ok(waiver)
    }

    /// The waiver a construct writes for a finding it answers by design.
    pub fn answered(answered: &Answered) -> Self {
        let mut waiver = Waiver::naming_nothing(answered.reason.to_owned());
        for finding in answered.findings {
            let list = waiver.list(finding.judge());
            list.extend(finding.ids());
        }
        waiver
    }

    /// A waiver with its reason and no ids yet.
    fn naming_nothing(reason: String) -> Self {
        Waiver {
            reason,
            rules: Vec::new(),
            cfn_lint: Vec::new(),
            checkov: Vec::new(),
            cdk_nag: Vec::new(),
            cfn_nag: Vec::new(),
        }
    }

    fn list(&mut self, judge: Judge) -> &mut Vec<String> {
        match judge {
            Judge::Checkov => &mut self.checkov,
            Judge::CdkNag => &mut self.cdk_nag,
            Judge::CfnNag => &mut self.cfn_nag,
        }
    }

    /// Also suppress these cfn-lint checks (e.g. `W3045`).
    pub fn with_cfn_lint<I: IntoIterator<Item = S>, S: Into<String>>(
        mut self,
        ids: I,
    ) -> Result<Self> {
        self.cfn_lint.extend(rule_ids("cfn-lint", ids)?);
        Ok(self)
    }

    /// Also suppress these checkov checks (e.g. `CKV_AWS_18`), for checks
    /// stackward's table does not know.
    pub fn with_checkov<I: IntoIterator<Item = S>, S: Into<String>>(
        mut self,
        ids: I,
    ) -> Result<Self> {
        self.checkov.extend(rule_ids("checkov", ids)?);
        Ok(self)
    }

    /// Also suppress these cdk-nag rules (e.g. `AwsSolutions-S1`), for
    /// rules stackward's table does not know.
    pub fn with_cdk_nag<I: IntoIterator<Item = S>, S: Into<String>>(
        mut self,
        ids: I,
    ) -> Result<Self> {
        self.cdk_nag.extend(rule_ids("cdk-nag", ids)?);
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

    /// The stackward rules and Control Tower controls this waiver names.
    pub fn rules(&self) -> &[String] {
        &self.rules
    }

    /// Whether this waiver names the stackward rule or control `rule`.
    pub fn covers(&self, rule: &str) -> bool {
        self.rules.iter().any(|r| r == rule)
    }

    /// Whether this waiver suppresses `id`, of any judge: named itself, or
    /// an equivalent of a stackward rule it names.
    pub fn suppresses(&self, id: &str) -> bool {
        self.covers(id)
            || [&self.cfn_lint, &self.checkov, &self.cdk_nag, &self.cfn_nag]
                .iter()
                .any(|list| list.iter().any(|x| x == id))
            || self.equivalents().any(|e| e.ids().iter().any(|x| x == id))
    }

    /// The other judges' checks of the stackward rules this waiver names.
    fn equivalents(&self) -> impl Iterator<Item = Equivalent> + '_ {
        self.rules.iter().flat_map(|name| {
            stackward_rules()
                .filter(move |r| r.name == name)
                .flat_map(|r| r.equivalents.iter().copied())
        })
    }
}

/// Every rule of stackward's rule files, with its table entry.
fn stackward_rules() -> impl Iterator<Item = &'static Rule> {
    crate::services::ALL.iter().flat_map(|s| s.rules.iter())
}

/// A Control Tower control id (`CT.S3.PR.11`).
fn is_control_id(id: &str) -> bool {
    id.strip_prefix("CT.")
        .and_then(|rest| rest.split_once(".PR."))
        .is_some_and(|(service, n)| {
            !service.is_empty()
                && service
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                && !n.is_empty()
                && n.chars().all(|c| c.is_ascii_digit())
        })
}

/// Every id of another judge stackward knows: the equivalents of its rules
/// and the findings its constructs answer, with the judge each belongs to.
fn known_ids() -> &'static BTreeMap<String, Judge> {
    static IDS: OnceLock<BTreeMap<String, Judge>> = OnceLock::new();
    IDS.get_or_init(|| {
        let equivalents = stackward_rules().flat_map(|r| r.equivalents.iter());
        let answered = crate::services::ALL
            .iter()
            .flat_map(|s| s.answered.iter())
            .flat_map(|a| a.findings.iter());
        equivalents
            .chain(answered)
            .flat_map(|e| e.ids().into_iter().map(move |id| (id, e.judge())))
            .collect()
    })
}

/// The known id (a stackward rule, or another judge's id) fewest edits
/// away from `id`.
fn closest(id: &str) -> String {
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
        .map(|r| r.name)
        .chain(known_ids().keys().map(String::as_str))
        .min_by_key(|known| distance(id, known))
        .map_or_else(
            || "a rule of the README's rule table".to_owned(),
            str::to_owned,
        )
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

/// Writes the waivers of one resource into its `Metadata` object: each
/// judge's ids in the form it reads, every stackward rule's equivalents
/// included, each with its waiver's reason (the first waiver naming an id
/// gives it).
pub(crate) fn write_metadata(waivers: &[Waiver], metadata: &mut Map<String, Json>) {
    if waivers.is_empty() {
        return;
    }
    let mut guard: Vec<&str> = Vec::new();
    let mut lint: Vec<&str> = Vec::new();
    let mut judged: BTreeMap<Judge, Vec<(String, &str)>> = BTreeMap::new();
    for w in waivers {
        guard.extend(w.rules.iter().map(String::as_str));
        lint.extend(w.cfn_lint.iter().map(String::as_str));
        let named = [
            (Judge::Checkov, &w.checkov),
            (Judge::CdkNag, &w.cdk_nag),
            (Judge::CfnNag, &w.cfn_nag),
        ]
        .into_iter()
        .flat_map(|(judge, ids)| ids.iter().map(move |id| (judge, id.clone())));
        let derived = w
            .equivalents()
            .flat_map(|e| e.ids().into_iter().map(move |id| (e.judge(), id)));
        for (judge, id) in named.chain(derived) {
            let list = judged.entry(judge).or_default();
            if !list.iter().any(|(known, _)| *known == id) {
                list.push((id, w.reason.as_str()));
            }
        }
    }
    guard.sort_unstable();
    guard.dedup();
    lint.sort_unstable();
    lint.dedup();
    if !guard.is_empty() {
        metadata.insert("guard".into(), json!({ "SuppressedRules": guard }));
    }
    if !lint.is_empty() {
        metadata.insert(
            "cfn-lint".into(),
            json!({ "config": { "ignore_checks": lint } }),
        );
    }
    for (judge, mut ids) in judged {
        ids.sort();
        match judge {
            Judge::Checkov => {
                let skip: Vec<Json> = ids
                    .iter()
                    .map(|(id, reason)| json!({ "id": id, "comment": reason }))
                    .collect();
                metadata.insert("checkov".into(), json!({ "skip": skip }));
            }
            Judge::CdkNag | Judge::CfnNag => {
                let rules: Vec<Json> = ids
                    .iter()
                    .map(|(id, reason)| json!({ "id": id, "reason": reason }))
                    .collect();
                let key = if judge == Judge::CdkNag {
                    "cdk_nag"
                } else {
                    "cfn_nag"
                };
                metadata.insert(key.into(), json!({ "rules_to_suppress": rules }));
            }
        }
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
    fn another_judges_id_is_accepted_if_known_and_a_typo_names_the_closest() {
        let w = Waiver::new("single-AZ dev copy", ["CKV_AWS_157"]).unwrap();
        assert!(w.rules().is_empty() && w.suppresses("CKV_AWS_157"));
        let err = Waiver::new("why", ["AwsSolutions-RDS3x"])
            .unwrap_err()
            .to_string();
        assert!(err.ends_with("did you mean AwsSolutions-RDS3?"), "{err}");
    }

    #[test]
    fn metadata_has_every_tool_form_with_the_rules_equivalents() {
        let w = Waiver::new("public site", ["S3_BUCKET_LOGGING_ENABLED", "CT.S3.PR.2"])
            .unwrap()
            .with_cfn_lint(["W3045"])
            .unwrap();
        let mut m = Map::new();
        write_metadata(&[w], &mut m);
        assert_eq!(
            m["guard"],
            json!({ "SuppressedRules": ["CT.S3.PR.2", "S3_BUCKET_LOGGING_ENABLED"] })
        );
        assert_eq!(
            m["cfn-lint"],
            json!({ "config": { "ignore_checks": ["W3045"] } })
        );
        assert_eq!(
            m["checkov"],
            json!({ "skip": [{ "id": "CKV_AWS_18", "comment": "public site" }] })
        );
        let nag: Vec<&str> = m["cdk_nag"]["rules_to_suppress"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].as_str().unwrap())
            .collect();
        assert_eq!(
            nag,
            [
                "AwsSolutions-S1",
                "HIPAA.Security-S3BucketLoggingEnabled",
                "NIST.800.53.R5-S3BucketLoggingEnabled",
                "PCI.DSS.321-S3BucketLoggingEnabled"
            ]
        );
        assert_eq!(
            m["cdk_nag"]["rules_to_suppress"][0]["reason"],
            "public site"
        );
        assert_eq!(
            m["cfn_nag"],
            json!({ "rules_to_suppress": [{ "id": "W35", "reason": "public site" }] })
        );
        assert_eq!(m["stackward"]["Waivers"][0]["reason"], "public site");
    }

    #[test]
    fn every_equivalent_and_answered_id_is_well_formed_and_belongs_to_one_judge() {
        for (id, judge) in known_ids() {
            assert!(rule_ids("any", [id.as_str()]).is_ok(), "{id}");
            let form = match judge {
                Judge::Checkov => id.starts_with("CKV_AWS_") || id.starts_with("CKV2_AWS_"),
                Judge::CdkNag => {
                    id.starts_with("AwsSolutions-")
                        || crate::duty::COMPLIANCE_PACKS
                            .iter()
                            .any(|p| id.starts_with(&format!("{p}-")))
                }
                Judge::CfnNag => {
                    id.len() <= 5
                        && id.starts_with(['W', 'F'])
                        && id[1..].chars().all(|c| c.is_ascii_digit())
                }
            };
            assert!(form, "{id} does not look like a {judge:?} id");
            assert!(!stackward_rules().any(|r| r.name == id), "{id}");
        }
    }
}
