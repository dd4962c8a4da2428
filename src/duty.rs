//! The duty catalogue: what the customer must do in the cloud, and how a
//! template shows that a duty is done.
//!
//! This module is the vocabulary only. Each service lists, in its
//! `duties.rs`, the evidence for each duty its resources discharge
//! ([`Evidence`]); [`crate::services::catalogue`] gathers them. The responsibility report
//! reads that evidence from the template itself, so it can only claim what
//! the template does.

use serde::Serialize;
use serde_json::Value as Json;

/// A customer duty of the shared-responsibility model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Duty {
    /// Data encrypted where it is stored.
    EncryptionAtRest,
    /// Data encrypted on the wire.
    EncryptionInTransit,
    /// Customer-managed keys, rotated, scoped, retained.
    KeyManagement,
    /// Versions, backups, snapshots, retention on delete.
    DataBackupAndRecovery,
    /// Data stays in allowed regions.
    DataResidency,
    /// Exact actions on exact resources.
    LeastPrivilege,
    /// Nothing reachable from the internet unless meant to be.
    NoPublicExposure,
    /// Tiers, security groups, endpoints.
    NetworkSegmentation,
    /// No secrets in templates or environment variables.
    SecretsHandling,
    /// Guest operating system patches.
    GuestOsPatching,
    /// IMDSv2, no key pairs, monitoring.
    InstanceHardening,
    /// Flow logs, access logs, log exports, retention.
    LoggingAndMonitoring,
    /// Multi-AZ, redundancy.
    Availability,
    /// The customer's code and its dependencies.
    ApplicationSecurity,
    /// Root account, MFA, access reviews.
    AccountHygiene,
}

/// How a control is split between AWS and the customer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum ControlKind {
    /// Taken over whole from AWS.
    Inherited,
    /// Both act, each in its own layer.
    Shared,
    /// The customer's alone.
    CustomerSpecific,
}

impl Duty {
    /// A short human name.
    pub fn title(self) -> &'static str {
        match self {
            Duty::EncryptionAtRest => "encryption at rest",
            Duty::EncryptionInTransit => "encryption in transit",
            Duty::KeyManagement => "key management",
            Duty::DataBackupAndRecovery => "data backup and recovery",
            Duty::DataResidency => "data residency",
            Duty::LeastPrivilege => "least privilege",
            Duty::NoPublicExposure => "no public exposure",
            Duty::NetworkSegmentation => "network segmentation",
            Duty::SecretsHandling => "secrets handling",
            Duty::GuestOsPatching => "guest OS patching",
            Duty::InstanceHardening => "instance hardening",
            Duty::LoggingAndMonitoring => "logging and monitoring",
            Duty::Availability => "availability",
            Duty::ApplicationSecurity => "application security",
            Duty::AccountHygiene => "account hygiene",
        }
    }

    /// The control kind, as the shared-responsibility model classifies it.
    pub fn kind(self) -> ControlKind {
        match self {
            // AWS provides the mechanisms (encryption features, KMS HSMs,
            // durable storage, IAM, patches of managed hosts); the customer
            // configures them.
            Duty::EncryptionAtRest
            | Duty::EncryptionInTransit
            | Duty::KeyManagement
            | Duty::DataBackupAndRecovery
            | Duty::LeastPrivilege
            | Duty::GuestOsPatching
            | Duty::LoggingAndMonitoring
            | Duty::Availability => ControlKind::Shared,
            // Decided only by what the customer deploys.
            Duty::DataResidency
            | Duty::NoPublicExposure
            | Duty::NetworkSegmentation
            | Duty::SecretsHandling
            | Duty::InstanceHardening
            | Duty::ApplicationSecurity
            | Duty::AccountHygiene => ControlKind::CustomerSpecific,
        }
    }
}

/// Where in the template the evidence for a duty is.
#[derive(Debug, Clone, Copy)]
pub enum Locate {
    /// A JSON pointer below the resource itself (`/Properties/...`).
    Own(&'static str),
    /// A pointer below the resource's attributes, e.g. `/DeletionPolicy`.
    Attribute(&'static str),
    /// The statement, in the policy at this pointer below the resource, that
    /// has this value at this pointer below the statement.
    OwnStatement(&'static str, &'static str, &'static str),
    /// The statement of the bucket policy attached to this bucket that has
    /// this value at this pointer below the statement.
    BucketPolicyStatement(&'static str, &'static str),
    /// The value at `value` in the first resource of `type_name` whose
    /// `reference` pointer holds `{"Ref": <this resource>}`, or this
    /// resource's id (inside an `Fn::GetAtt`): a VPC's flow log, an
    /// instance's patch association, a web ACL's logging.
    Referrer {
        /// The referring resource's type.
        type_name: &'static str,
        /// Where it refers to this resource.
        reference: &'static str,
        /// The evidence inside the referring resource.
        value: &'static str,
    },
    /// The value at `value` in the resource this one refers to with
    /// `{"Ref": ...}` at `reference` (a database's parameter group).
    Referenced {
        /// Where this resource refers to the other.
        reference: &'static str,
        /// The evidence inside the other resource.
        value: &'static str,
    },
    /// A pointer from the template's root, e.g. the region rule.
    Template(&'static str),
}

/// What the value found must be for the duty to count as discharged.
#[derive(Debug, Clone, Copy)]
pub enum Expect {
    /// Exactly this JSON text.
    Equals(&'static str),
    /// One of these strings.
    OneOf(&'static [&'static str]),
    /// Anything, as long as it is there.
    Present,
    /// A number at least this large.
    AtLeast(u64),
    /// A list (an object counts as a list of one) none of whose elements
    /// has any of these (pointer, string) pairs.
    NoElementWith(&'static [(&'static str, &'static str)]),
    /// An object with at least one of these (pointer, string) pairs.
    AnyOf(&'static [(&'static str, &'static str)]),
    /// An object with nothing at this pointer (no `KeyName`).
    Lacks(&'static str),
    /// A value this test accepts, for evidence the forms above cannot say
    /// (a list none of whose entries opens an administration port to an
    /// address range).
    Satisfies(fn(&Json) -> bool),
}

impl Expect {
    /// Whether `value` meets the expectation.
    pub fn holds(&self, value: &Json) -> bool {
        match self {
            Expect::Equals(text) => serde_json::from_str::<Json>(text).is_ok_and(|v| v == *value),
            Expect::OneOf(options) => value.as_str().is_some_and(|s| options.contains(&s)),
            Expect::Present => !value.is_null(),
            Expect::AtLeast(min) => value.as_u64().is_some_and(|v| v >= *min),
            Expect::AnyOf(pairs) => pairs
                .iter()
                .any(|(p, v)| value.pointer(p).and_then(Json::as_str) == Some(v)),
            Expect::Lacks(pointer) => value.is_object() && value.pointer(pointer).is_none(),
            Expect::Satisfies(test) => test(value),
            Expect::NoElementWith(pairs) => elements(value).is_some_and(|elements| {
                !elements.iter().any(|e| {
                    pairs
                        .iter()
                        .any(|(p, v)| e.pointer(p).and_then(Json::as_str) == Some(v))
                })
            }),
        }
    }
}

/// One piece of evidence a resource type can show for a duty.
#[derive(Debug, Clone, Copy)]
pub struct Evidence {
    /// The duty.
    pub duty: Duty,
    /// What the configuration does, in a few words.
    pub what: &'static str,
    /// Where to look.
    pub locate: Locate,
    /// What must be there.
    pub expect: Expect,
    /// The Guard rule that enforces it (a waiver of this rule makes the duty
    /// waived); `None` where stackward makes it a choice, not a rule.
    pub rule: Option<&'static str>,
    /// The AWS Control Tower control that checks the same, if any.
    pub control: Option<&'static str>,
}

/// The entries of a list, where an object counts as a list of one (an
/// inline rule list, or a stand-alone rule's properties); `None` for
/// anything else.
pub(crate) fn elements(value: &Json) -> Option<&[Json]> {
    match value {
        Json::Array(items) => Some(items.as_slice()),
        Json::Object(_) => Some(std::slice::from_ref(value)),
        _ => None,
    }
}

/// One of stackward's Guard rules, as the README and each service's
/// documentation list it. Its Control Tower controls are those of the
/// evidence rows that name it.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// The rule's name in its service's `rules.guard`.
    pub name: &'static str,
    /// What it checks, in a few words.
    pub checks: &'static str,
    /// The builder option that asks for less (and takes a waiver), or why
    /// there is none.
    pub waived_by: &'static str,
    /// The checks of other judges that test the same thing: a waiver of
    /// this rule suppresses each of them too, in the judge's own Metadata
    /// form. (Control Tower controls are named by the evidence rows.)
    pub equivalents: &'static [Equivalent],
}

/// A check of another judge that tests what a stackward rule tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Equivalent {
    /// A checkov check, e.g. `CKV_AWS_18`.
    Checkov(&'static str),
    /// A rule of cdk-nag's AwsSolutions pack, by its suffix: `S1` is
    /// `AwsSolutions-S1`.
    AwsSolutions(&'static str),
    /// A rule of cdk-nag's compliance packs, by its name: each of
    /// HIPAA.Security, NIST.800.53.R5 and PCI.DSS.321 that has it names it
    /// `<pack>-<name>`.
    Compliance(&'static str),
    /// A cfn_nag rule, e.g. `W35`.
    CfnNag(&'static str),
}

/// A finding of other judges that a construct answers by design, with no
/// stackward rule of its own: the construct waives it on the resource with
/// this reason ([`crate::Waiver::answered`]), so the report shows it.
#[derive(Debug, Clone, Copy)]
pub struct Answered {
    /// The other judges' checks it answers.
    pub findings: &'static [Equivalent],
    /// Why the finding does not apply, or what stackward does instead.
    pub reason: &'static str,
}

/// The judges an [`Equivalent`] can belong to, as their Metadata names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Judge {
    /// checkov: `Metadata.checkov.skip[] = {id, comment}`.
    Checkov,
    /// cdk-nag: `Metadata.cdk_nag.rules_to_suppress[] = {id, reason}`.
    CdkNag,
    /// cfn_nag: `Metadata.cfn_nag.rules_to_suppress[] = {id, reason}`.
    CfnNag,
}

/// cdk-nag's compliance packs, as their rule ids begin.
pub const COMPLIANCE_PACKS: [&str; 3] = ["HIPAA.Security", "NIST.800.53.R5", "PCI.DSS.321"];

impl Equivalent {
    /// The judge it belongs to.
    pub fn judge(self) -> Judge {
        match self {
            Equivalent::Checkov(_) => Judge::Checkov,
            Equivalent::AwsSolutions(_) | Equivalent::Compliance(_) => Judge::CdkNag,
            Equivalent::CfnNag(_) => Judge::CfnNag,
        }
    }

    /// The ids the judge reports it under (a compliance rule has one per
    /// pack).
    pub fn ids(self) -> Vec<String> {
        match self {
            Equivalent::Checkov(id) | Equivalent::CfnNag(id) => vec![id.to_owned()],
            Equivalent::AwsSolutions(suffix) => vec![format!("AwsSolutions-{suffix}")],
            Equivalent::Compliance(name) => COMPLIANCE_PACKS
                .iter()
                .map(|pack| format!("{pack}-{name}"))
                .collect(),
        }
    }
}

/// What the shared-responsibility model says of one resource type: AWS's side,
/// the evidence the template can show, and what stays with the customer.
#[derive(Debug, Clone, Copy)]
pub struct ResourceDuties {
    /// The CloudFormation type.
    pub type_name: &'static str,
    /// The AWS service, for citing AWS's side once per service.
    pub service: &'static str,
    /// What AWS does for this service ("of the cloud").
    pub aws: &'static [&'static str],
    /// Evidence for the duties this type's configuration can discharge.
    pub evidence: &'static [Evidence],
    /// What the customer must still do, whatever the template says.
    pub residual: &'static [(Duty, &'static str)],
}

/// Evidence that data stays in allowed regions: the stack's region rule
/// (`Stack::allowed_regions`), shared by every stateful resource type.
pub(crate) const PINNED_TO_REGIONS: Evidence = Evidence {
    duty: Duty::DataResidency,
    what: "stack pinned to allowed regions",
    locate: Locate::Template("/Rules/AllowedRegions/Assertions/0/Assert"),
    expect: Expect::Present,
    rule: None,
    control: None,
};

/// A duty discharged once for the whole account (an audit trail, threat
/// detection), shown by a resource of this type in any stack of the App.
#[derive(Debug, Clone, Copy)]
pub struct AccountDuty {
    /// The duty.
    pub duty: Duty,
    /// What discharges it.
    pub what: &'static str,
    /// The type of the resource that shows it.
    pub type_name: &'static str,
    /// Where in that resource.
    pub pointer: &'static str,
    /// What the value must be.
    pub expect: Expect,
}

/// Duties every resource leaves to the customer alike; a report states
/// them once per stack.
pub const ALWAYS_RESIDUAL: [(Duty, &str); 2] = [
    (
        Duty::ApplicationSecurity,
        "secure the code and dependencies that read and write this resource",
    ),
    (
        Duty::AccountHygiene,
        "protect the root user, require MFA, review who holds access in the account",
    ),
];

/// A list of policy statements none of which allows everyone (`"*"` or
/// `{"AWS": "*"}` as the principal of an `Allow`).
pub(crate) fn allows_no_one_at_all(statements: &Json) -> bool {
    let everyone = |p: &Json| p == "*" || p.get("AWS").is_some_and(|a| a == "*");
    statements.as_array().is_some_and(|list| {
        list.iter()
            .all(|s| s["Effect"] != "Allow" || !everyone(&s["Principal"]))
    })
}
