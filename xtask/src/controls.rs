//! AWS Control Tower's proactive controls, run as independent judges over
//! every template in `generated/`.
//!
//! The controls ship as cfn-guard rules in the npm package
//! `@cdklabs/cdk-validator-cfnguard`; `npm pack` fetches a pinned version
//! into `target/control-tower/` the first time they are needed.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value as Json;

use crate::{root, status};

/// The package and version the controls come from.
pub const PACKAGE: &str = "@cdklabs/cdk-validator-cfnguard";
/// Pinned version.
pub const VERSION: &str = "0.0.62";

/// One control: its id (`CT.S3.PR.1`), its Guard rule text and metadata.
pub struct Control {
    pub id: String,
    pub file: String,
    pub rules: String,
    pub metadata: Json,
}

/// Downloads (once) and unpacks the package; returns its `control-tower` folder.
pub fn fetch() -> Result<PathBuf, String> {
    let package = crate::npm_package(PACKAGE, VERSION, "control-tower")?;
    let controls = package.join("rules").join("control-tower");
    if controls.is_dir() {
        Ok(controls)
    } else {
        Err(format!(
            "{PACKAGE}@{VERSION} has no rules/control-tower folder"
        ))
    }
}

/// Every control of the package, sorted by id.
pub fn load(controls: &Path) -> Result<Vec<Control>, String> {
    let mut found = Vec::new();
    let guard_dir = controls.join("cfn-guard");
    let services = fs::read_dir(&guard_dir).map_err(|e| format!("{}: {e}", guard_dir.display()))?;
    for service in services.filter_map(|e| e.ok()) {
        for file in fs::read_dir(service.path())
            .into_iter()
            .flatten()
            .filter_map(|e| e.ok())
        {
            let path = file.path();
            let name = file.file_name().to_string_lossy().into_owned();
            let Some(stem) = name.strip_suffix(".guard") else {
                continue;
            };
            let rules =
                fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let meta_path = controls
                .join("metadata")
                .join(service.file_name())
                .join(format!("{stem}.metadata.json"));
            let metadata: Json = fs::read_to_string(&meta_path)
                .ok()
                .and_then(|t| serde_json::from_str(&t).ok())
                .ok_or_else(|| format!("{}: missing or unreadable", meta_path.display()))?;
            let id = metadata["Id"].as_str().unwrap_or(stem).to_owned();
            found.push(Control {
                id,
                file: name,
                rules,
                metadata,
            });
        }
    }
    found.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(found)
}

/// Per-template outcome of every control.
#[derive(Default)]
pub struct Outcome {
    pub passed: Vec<String>,
    pub failed: Vec<(String, String, String)>,
    pub not_applicable: Vec<String>,
    pub waived: Vec<(String, String, String)>,
}

/// Runs every control over one template.
pub fn judge(template: &str, controls: &[Control]) -> Result<Outcome, String> {
    let mut outcome = Outcome::default();
    for c in controls {
        let report = stackward::check::evaluate(template, &[(c.file.as_str(), c.rules.as_str())])
            .map_err(|e| format!("{}: {e}", c.id))?;
        let finding = |f: &stackward::check::Finding| {
            (
                c.id.clone(),
                f.resource.clone().unwrap_or_else(|| "(template)".into()),
                f.rule.clone(),
            )
        };
        if let Some(reason) = not_applicable_here(&c.id, template) {
            if report.failures.iter().all(|f| f.resource.is_none()) {
                outcome.not_applicable.push(format!("{} ({reason})", c.id));
                continue;
            }
        }
        outcome.failed.extend(report.failures.iter().map(finding));
        outcome.waived.extend(report.waived.iter().map(finding));
        if report.failures.is_empty() && report.waived.is_empty() {
            if report.compliant.is_empty() {
                outcome.not_applicable.push(c.id.clone());
            } else {
                outcome.passed.push(c.id.clone());
            }
        }
    }
    Ok(outcome)
}

/// Controls whose rule text reports an empty filtered set as a failure under
/// cfn-guard 3 (the failure names no resource): each is counted as not
/// applicable only after checking, here, that no resource of the template is
/// one the control's filter selects.
fn not_applicable_here(control: &str, template: &str) -> Option<&'static str> {
    let json: Json = serde_json::from_str(template).ok()?;
    let resources = json["Resources"].as_object()?;
    let of_type = |t: &'static str| resources.values().filter(move |r| r["Type"] == t);
    let aurora = |r: &Json| {
        r["Properties"]["Engine"]
            .as_str()
            .is_some_and(|e| e.starts_with("aurora"))
    };
    let launch_data =
        || of_type("AWS::EC2::LaunchTemplate").map(|r| &r["Properties"]["LaunchTemplateData"]);
    match control {
        // RSA key length: applies to asymmetric RSA keys only.
        "CT.KMS.PR.2" => of_type("AWS::KMS::Key")
            .all(|r| r["Properties"]["KeySpec"] == "SYMMETRIC_DEFAULT")
            .then_some("every KMS key is SYMMETRIC_DEFAULT; the control is about RSA keys"),
        // Ingress from 0.0.0.0/0, ::/0 or a prefix list: the only rules the
        // controls look at.
        "CT.EC2.PR.3" | "CT.EC2.PR.4" => {
            let inline = of_type("AWS::EC2::SecurityGroup").flat_map(|r| {
                r["Properties"]["SecurityGroupIngress"]
                    .as_array()
                    .into_iter()
                    .flatten()
            });
            let standalone = of_type("AWS::EC2::SecurityGroupIngress").map(|r| &r["Properties"]);
            // Both controls authorize TCP 80 and 443 from anywhere or a
            // prefix list (a load balancer's front door); a failure naming
            // a rule still counts.
            let web_port = |rule: &Json| {
                rule["IpProtocol"] == "tcp"
                    && rule["FromPort"] == rule["ToPort"]
                    && (rule["FromPort"] == 80 || rule["FromPort"] == 443)
            };
            inline
                .chain(standalone)
                .all(|rule| {
                    let open = rule["CidrIp"] == "0.0.0.0/0"
                        || rule["CidrIpv6"] == "::/0"
                        || rule.get("SourcePrefixListId").is_some();
                    !open || web_port(rule)
                })
                .then_some("no ingress rule is from 0.0.0.0/0, ::/0 or a prefix list, except TCP 80 or 443 alone")
        }
        // DB-instance controls select stand-alone engines only; an Aurora
        // cluster's instances are judged by the cluster controls.
        "CT.RDS.PR.1" | "CT.RDS.PR.7" | "CT.RDS.PR.8" | "CT.RDS.PR.10" | "CT.RDS.PR.11"
        | "CT.RDS.PR.13" | "CT.RDS.PR.14" | "CT.RDS.PR.20" | "CT.RDS.PR.22" | "CT.RDS.PR.24"
        | "CT.RDS.PR.30" => of_type("AWS::RDS::DBInstance").all(aurora).then_some(
            "every DB instance is an Aurora cluster's; the control is about stand-alone engines",
        ),
        "CT.RDS.PR.29" => of_type("AWS::RDS::DBCluster")
            .all(aurora)
            .then_some("every DB cluster is Aurora; the control is about Multi-AZ DB clusters"),
        "CT.RDS.PR.6" => of_type("AWS::RDS::DBCluster")
            .all(|r| {
                !matches!(
                    r["Properties"]["Engine"].as_str(),
                    Some("aurora" | "aurora-mysql")
                )
            })
            .then_some("no DB cluster is Aurora MySQL; backtracking is an Aurora MySQL feature"),
        "CT.CLOUDFRONT.PR.10" => of_type("AWS::CloudFront::Distribution")
            .flat_map(|r| {
                r["Properties"]["DistributionConfig"]["Origins"]
                    .as_array()
                    .into_iter()
                    .flatten()
            })
            .all(|o| {
                o.get("S3OriginConfig").is_none()
                    && !o["DomainName"].as_str().is_some_and(|d| d.contains(".s3."))
            })
            .then_some("no distribution has an S3 origin"),
        "CT.ACM.PR.1" => of_type("AWS::CertificateManager::Certificate")
            .all(|r| r["Properties"].get("CertificateAuthorityArn").is_none())
            .then_some("no certificate is issued by a private CA; the control is about those"),
        "CT.ELASTICLOADBALANCING.PR.14" => of_type("AWS::ElasticLoadBalancingV2::LoadBalancer")
            .all(|r| r["Properties"]["Type"] != "network")
            .then_some("no load balancer is a network load balancer"),
        "CT.EC2.PR.9" => launch_data()
            .all(|d| d.get("NetworkInterfaces").is_none())
            .then_some("no launch template declares network interfaces"),
        "CT.EC2.PR.14" => launch_data()
            .all(|d| d.get("BlockDeviceMappings").is_none())
            .then_some("no launch template declares block devices"),
        "CT.EC2.PR.15" => launch_data()
            .all(|d| d.get("InstanceType").is_none() && d.get("InstanceRequirements").is_none())
            .then_some("no launch template names an instance type"),
        // Inline policy statements: checked here as the control states them.
        "CT.IAM.PR.1" => allow_statements(resources)
            .all(|s| !(names(&s["Action"], |a| a == "*") && names(&s["Resource"], |r| r == "*")))
            .then_some("no inline Allow statement has Action * over Resource *"),
        "CT.IAM.PR.5" => allow_statements(resources)
            .all(|s| {
                s.get("NotAction").is_none()
                    && !names(&s["Action"], |a| a == "*" || a.ends_with(":*"))
            })
            .then_some("no inline Allow statement has Action * or service:*, or NotAction"),
        "CT.LAMBDA.PR.6" => of_type("AWS::Lambda::Url")
            .all(|r| !names(&r["Properties"]["Cors"]["AllowOrigins"], |o| o == "*"))
            .then_some("no function URL allows every origin"),
        _ => None,
    }
}

/// The Allow statements of every inline policy of a role, user, group or
/// `AWS::IAM::Policy`.
fn allow_statements(resources: &serde_json::Map<String, Json>) -> impl Iterator<Item = &Json> {
    resources
        .values()
        .flat_map(|r| {
            let props = &r["Properties"];
            let inline = props["Policies"].as_array().into_iter().flatten();
            let documents: Vec<&Json> = match r["Type"].as_str() {
                Some("AWS::IAM::Role" | "AWS::IAM::User" | "AWS::IAM::Group") => {
                    inline.map(|p| &p["PolicyDocument"]).collect()
                }
                Some("AWS::IAM::Policy") => vec![&props["PolicyDocument"]],
                _ => Vec::new(),
            };
            documents
        })
        .flat_map(|d| match &d["Statement"] {
            Json::Array(list) => list.iter().collect::<Vec<_>>(),
            one @ Json::Object(_) => vec![one],
            _ => Vec::new(),
        })
        .filter(|s| s["Effect"] == "Allow")
}

/// Whether a string, or any string of a list, passes `test`.
fn names(value: &Json, test: impl Fn(&str) -> bool) -> bool {
    match value {
        Json::String(s) => test(s),
        Json::Array(items) => items.iter().filter_map(Json::as_str).any(test),
        _ => false,
    }
}

/// `cargo xtask controls`: every control over every generated template; fails
/// on any failure that no waiver covers.
pub fn check_generated(templates: &[PathBuf]) -> Result<(), String> {
    let controls = load(&fetch()?)?;
    status(
        "Judging",
        &format!(
            "{} templates with {} Control Tower controls",
            templates.len(),
            controls.len()
        ),
    );
    let mut failures = BTreeMap::new();
    for path in templates {
        let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let o = judge(&text, &controls)?;
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        status(
            "Controls",
            &format!(
                "{name}: {} passed, {} failed, {} not applicable, {} waived",
                o.passed.len(),
                o.failed.len(),
                o.not_applicable.len(),
                o.waived.len()
            ),
        );
        for (id, resource, rule) in &o.waived {
            eprintln!("{:>12} {id} ({rule}) on {resource}", "waived");
        }
        if !o.failed.is_empty() {
            failures.insert(name, o.failed);
        }
    }
    if failures.is_empty() {
        return Ok(());
    }
    let mut msg = String::from("Control Tower controls failed without a waiver:");
    for (name, failed) in failures {
        for (id, resource, rule) in failed {
            msg.push_str(&format!("\n  {name}: {id} ({rule}) on {resource}"));
        }
    }
    Err(msg)
}

/// The compliance mapping stackward's report uses: for every control its
/// evidence names, the title, Security Hub controls and framework ids, read
/// from the controls' metadata.
pub fn mapping(controls: &[Control]) -> Result<String, String> {
    let wanted: std::collections::BTreeSet<&str> = stackward::services::all_tables()
        .flat_map(|t| t.evidence.iter().filter_map(|e| e.control))
        .collect();
    let mut out = serde_json::Map::new();
    for id in &wanted {
        let c = controls.iter().find(|c| c.id == *id).ok_or_else(|| {
            format!("control {id} is named by stackward's evidence but not in {PACKAGE}@{VERSION}")
        })?;
        let m = &c.metadata;
        let mut frameworks = BTreeMap::new();
        for f in m["ComplianceFrameworkMappings"]
            .as_array()
            .into_iter()
            .flatten()
        {
            if let (Some(name), Some(ids)) =
                (f["ComplianceFramework"].as_str(), f["Ids"].as_array())
            {
                frameworks.insert(name.to_owned(), ids.clone());
            }
        }
        let security_hub: Vec<&Json> = m["Relationships"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|r| r["ControlOwner"] == "AWS Security Hub")
            .map(|r| &r["ControlId"])
            .collect();
        out.insert(
            id.to_string(),
            serde_json::json!({
                "title": m["DisplayName"],
                "severity": m["Severity"],
                "security_hub": security_hub,
                "frameworks": frameworks,
            }),
        );
    }
    let mut text = serde_json::to_string_pretty(&Json::Object(out)).map_err(|e| e.to_string())?;
    text.push('\n');
    Ok(text)
}

/// Writes (or checks) `src/compliance.json` against the controls' metadata.
pub fn sync_mapping(write: bool) -> Result<(), String> {
    let controls = load(&fetch()?)?;
    let text = mapping(&controls)?;
    let path = root().join("src").join("compliance.json");
    if write {
        fs::write(&path, &text).map_err(|e| format!("{}: {e}", path.display()))?;
        status("Wrote", &path.display().to_string());
        return Ok(());
    }
    let current = fs::read_to_string(&path).unwrap_or_default();
    if current != text {
        return Err(format!(
            "{} differs from the Control Tower metadata: run `cargo xtask controls --write-mapping`",
            path.display()
        ));
    }
    status(
        "Checked",
        "src/compliance.json matches the Control Tower metadata",
    );
    Ok(())
}
