//! `s3::Bucket`: private, encrypted, versioned, logged buckets.
//!
#![doc = include_str!("defaults.md")]

mod actions;
pub(crate) mod duties;

use serde_json::{json, Value as Json};
use typed_builder::TypedBuilder;

use crate::cfn;
use crate::cfn::l1::s3::bucket as l1;
use crate::error::Error;
use crate::iam::{Effect, Grantee, PolicyDocument, Principal, Role, Statement};
use crate::kms::KeyRef;
use crate::removal::Removal;
use crate::template::{
    CfnResource, Construct, Handle, Intrinsic, LogicalId, Resource, Stack, Value,
};
use crate::waiver::Waiver;

/// Amazon S3 actions for grants and hand-written statements.
pub use actions::S3Action as Action;

/// Incomplete multipart uploads are removed after this many days.
pub const ABORT_INCOMPLETE_UPLOADS_DAYS: u32 = 7;

/// How objects are encrypted at rest.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Encryption {
    /// SSE-KMS with the stack's default customer-managed key.
    #[default]
    StackKey,
    /// SSE-KMS with this customer-managed key.
    Kms(KeyRef),
    /// SSE-S3 (`AES256`, keys managed by S3): no key policy controls access
    /// to the data.
    S3Managed(Waiver),
}

impl From<KeyRef> for Encryption {
    fn from(key: KeyRef) -> Self {
        Encryption::Kms(key)
    }
}

/// Object versioning.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Versioning {
    /// Every overwrite and delete keeps the previous version.
    #[default]
    Enabled,
    /// Overwrites and deletes lose data.
    Suspended(Waiver),
}

/// Where server access logs go.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum AccessLogs {
    /// The stack's access-log bucket (`AccessLogsBucket`), created on first use.
    #[default]
    StackLogBucket,
    /// A bucket managed elsewhere, e.g. a central logging account's.
    Bucket {
        /// The target bucket's name.
        name: Value<String>,
        /// Key prefix for this bucket's logs.
        prefix: String,
    },
    /// No access logs.
    Disabled(Waiver),
}

/// Whether bucket policies may grant public access.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum PublicAccess {
    /// All four public-access-block settings on.
    #[default]
    Blocked,
    /// `BlockPublicPolicy` and `RestrictPublicBuckets` off, so a policy
    /// statement may allow public reads (a public website). ACLs stay
    /// blocked and disabled.
    PolicyMayAllow(Waiver),
}

/// Cross-region replication: every object, its versions and delete markers
/// copied to a versioned bucket in another region, encrypted there under a
/// customer-managed key of that region.
///
/// ```
/// use stackward::prelude::*;
/// use stackward::s3::Replication;
///
/// let mut stack = Stack::new("Lake").unwrap();
/// stack.add(
///     s3::Bucket::builder()
///         .id("curated")
///         .replication(Replication {
///             bucket_arn: "arn:aws:s3:::acme-curated-replica-eu-central-1".into(),
///             key_arn: "arn:aws:kms:eu-central-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab".into(),
///         })
///         .build(),
/// );
/// let t = stack.synth().unwrap();
/// let rule = &t.json()["Resources"]["Curated"]["Properties"]["ReplicationConfiguration"]["Rules"][0];
/// assert_eq!(rule["Destination"]["Bucket"], "arn:aws:s3:::acme-curated-replica-eu-central-1");
/// assert_eq!(t.json()["Resources"]["CuratedReplicationPolicy"]["Type"], "AWS::IAM::Policy");
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Replication {
    /// The destination bucket's ARN: a versioned bucket in another region.
    pub bucket_arn: Value<String>,
    /// The customer-managed key, in the destination's region, replicas are
    /// encrypted under.
    pub key_arn: Value<String>,
}

/// S3 Object Lock.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum ObjectLock {
    /// Object Lock on, no default retention: writers may lock objects.
    #[default]
    Enabled,
    /// Object Lock on, every new object locked for `days`.
    DefaultRetention {
        /// `GOVERNANCE` (privileged users may override) or `COMPLIANCE` (nobody may).
        mode: RetentionMode,
        /// Days each object is locked.
        days: u32,
    },
    /// Object Lock off.
    Disabled(Waiver),
}

/// Object Lock retention mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RetentionMode {
    /// Users with `s3:BypassGovernanceRetention` may delete early.
    Governance,
    /// No one, not even the root user, may delete early.
    Compliance,
}

/// Storage classes objects can move to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageClass {
    /// `STANDARD_IA` (at least 30 days after creation)
    StandardIa,
    /// `ONEZONE_IA` (at least 30 days after creation)
    OnezoneIa,
    /// `INTELLIGENT_TIERING`
    IntelligentTiering,
    /// `GLACIER_IR`
    GlacierInstantRetrieval,
    /// `GLACIER`
    Glacier,
    /// `DEEP_ARCHIVE`
    DeepArchive,
}

impl StorageClass {
    fn name(self) -> &'static str {
        match self {
            StorageClass::StandardIa => "STANDARD_IA",
            StorageClass::OnezoneIa => "ONEZONE_IA",
            StorageClass::IntelligentTiering => "INTELLIGENT_TIERING",
            StorageClass::GlacierInstantRetrieval => "GLACIER_IR",
            StorageClass::Glacier => "GLACIER",
            StorageClass::DeepArchive => "DEEP_ARCHIVE",
        }
    }

    fn min_days(self) -> u32 {
        match self {
            StorageClass::StandardIa | StorageClass::OnezoneIa => 30,
            _ => 0,
        }
    }
}

/// A lifecycle rule, on top of the default one that aborts incomplete
/// multipart uploads.
///
/// ```
/// use stackward::s3::{LifecycleRule, StorageClass};
/// let rule = LifecycleRule::builder()
///     .id("archive-reports")
///     .prefix("reports/")
///     .transitions(vec![(StorageClass::Glacier, 90)])
///     .noncurrent_expire_after_days(365)
///     .build();
/// # let _ = rule;
/// ```
#[derive(Debug, Clone, PartialEq, TypedBuilder)]
#[builder(doc)]
pub struct LifecycleRule {
    /// Rule id (1-255 characters, unique in the bucket).
    #[builder(setter(into))]
    pub id: String,
    /// Only objects under this key prefix.
    #[builder(default, setter(into, strip_option))]
    pub prefix: Option<String>,
    /// Expire current versions after this many days (with versioning on, they
    /// become noncurrent versions, not deleted data).
    #[builder(default, setter(strip_option))]
    pub expire_after_days: Option<u32>,
    /// Delete noncurrent versions after this many days.
    #[builder(default, setter(strip_option))]
    pub noncurrent_expire_after_days: Option<u32>,
    /// Move objects to cheaper storage classes after a number of days.
    #[builder(default)]
    pub transitions: Vec<(StorageClass, u32)>,
}

/// An S3 bucket with stackward's secure defaults.
///
/// ```
/// use stackward::prelude::*;
///
/// let mut stack = Stack::new("Reports").unwrap();
/// let key = stack.add(kms::Key::builder().id("reports-key").build());
/// let bucket = stack.add(
///     s3::Bucket::builder()
///         .id("reports")
///         .name("acme-reports-eu")
///         .encryption(key)
///         .build(),
/// );
/// let t = stack.synth().unwrap();
/// let props = &t.json()["Resources"][bucket.id().as_str()]["Properties"];
/// assert_eq!(props["VersioningConfiguration"]["Status"], "Enabled");
/// assert_eq!(props["PublicAccessBlockConfiguration"]["BlockPublicPolicy"], true);
/// ```
#[derive(Debug, Clone, TypedBuilder)]
#[builder(doc)]
#[non_exhaustive]
pub struct Bucket {
    /// The user's id; the logical id is its PascalCase form.
    #[builder(setter(into))]
    pub id: String,
    /// The bucket's name; CloudFormation generates one when unset.
    #[builder(default, setter(into, strip_option))]
    pub name: Option<Value<String>>,
    /// Encryption at rest.
    #[builder(default, setter(into))]
    pub encryption: Encryption,
    /// Versioning.
    #[builder(default)]
    pub versioning: Versioning,
    /// Server access logging.
    #[builder(default)]
    pub access_logs: AccessLogs,
    /// Public access.
    #[builder(default)]
    pub public_access: PublicAccess,
    /// Object Lock.
    #[builder(default)]
    pub object_lock: ObjectLock,
    /// Lifecycle rules besides the default one.
    #[builder(default)]
    pub lifecycle_rules: Vec<LifecycleRule>,
    /// Cross-region replication; without it the bucket is kept in one
    /// region (other judges' replication checks are answered with that
    /// reason).
    #[builder(default, setter(strip_option))]
    pub replication: Option<Replication>,
    /// Statements added to the bucket policy after the TLS-only statement.
    #[builder(default)]
    pub policy_statements: Vec<Statement>,
    /// Kept on stack deletion unless waived.
    #[builder(default)]
    pub removal: Removal,
    /// ACLs enabled (`ObjectOwnership` `BucketOwnerPreferred`), for a log
    /// delivery that writes with ACLs (CloudFront standard logging): only
    /// with a waiver of `S3_BUCKET_ACL_PROHIBITED`.
    #[builder(default, setter(strip_option))]
    pub acls_for_log_delivery: Option<Waiver>,
    /// Tags of this bucket (besides the stack's).
    #[builder(default)]
    pub tags: Vec<(String, String)>,
}

/// A handle to a bucket in a stack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BucketRef {
    id: LogicalId,
    key: Option<KeyRef>,
}

impl Handle for BucketRef {
    fn id(&self) -> &LogicalId {
        &self.id
    }
}

impl BucketRef {
    /// The bucket's name (`Ref`).
    pub fn name(&self) -> Value<String> {
        self.reference()
    }

    /// The bucket's ARN (`Fn::GetAtt Bucket.Arn`).
    pub fn arn(&self) -> Value<String> {
        self.get_att("Arn")
    }

    /// The ARN of every object in the bucket (`<bucket arn>/*`).
    pub fn objects_arn(&self) -> Value<String> {
        objects_of(self.arn())
    }

    /// The customer-managed key the bucket's objects are encrypted with.
    pub fn key(&self) -> Option<&KeyRef> {
        self.key.as_ref()
    }

    /// The bucket's regional domain name, as CloudFront reaches it.
    pub fn regional_domain_name(&self) -> Value<String> {
        self.get_att("RegionalDomainName")
    }

    /// Adds `statement` to the bucket's policy (after the TLS-only
    /// statement), for a service principal that must reach the bucket
    /// itself: a resource policy, where grants go to roles.
    pub(crate) fn allow(&self, stack: &mut Stack, statement: Statement) {
        let policy_id = stack.child_id(&self.id, "Policy");
        stack.contribute(&policy_id, statement.to_json());
    }

    /// Lets `to` list the bucket and read its objects (and decrypt them
    /// with the bucket's key).
    ///
    /// ```
    /// use stackward::prelude::*;
    /// let mut stack = Stack::new("Grants").unwrap();
    /// let data = stack.add(s3::Bucket::builder().id("data").build());
    /// let reader = stack.add(iam::Role::builder().id("reader").service("ec2.amazonaws.com").build());
    /// data.grant_read(&mut stack, &reader);
    /// let t = stack.synth().unwrap();
    /// let s = &t.json()["Resources"]["Reader"]["Properties"]["Policies"][0]["PolicyDocument"]["Statement"];
    /// assert_eq!(s[0]["Action"][0], "s3:ListBucket");
    /// assert_eq!(s[1]["Action"][0], "s3:GetObject");
    /// assert_eq!(s[2]["Action"][0], "kms:Decrypt");
    /// ```
    pub fn grant_read(&self, stack: &mut Stack, to: &impl Grantee) {
        stack.grant(
            to,
            Statement::new(Effect::Allow, [Action::ListBucket]).resource(self.arn()),
        );
        stack.grant(
            to,
            Statement::new(Effect::Allow, [Action::GetObject]).resource(self.objects_arn()),
        );
        if let Some(key) = &self.key {
            key.grant_decrypt(stack, to);
        }
    }

    /// Lets `to` write and delete objects (and create data keys under the
    /// bucket's key).
    pub fn grant_write(&self, stack: &mut Stack, to: &impl Grantee) {
        stack.grant(
            to,
            Statement::new(
                Effect::Allow,
                [
                    Action::PutObject,
                    Action::DeleteObject,
                    Action::AbortMultipartUpload,
                ],
            )
            .resource(self.objects_arn()),
        );
        if let Some(key) = &self.key {
            key.grant_encrypt_decrypt(stack, to);
        }
    }

    /// [`BucketRef::grant_read`] and [`BucketRef::grant_write`].
    pub fn grant_read_write(&self, stack: &mut Stack, to: &impl Grantee) {
        self.grant_read(stack, to);
        self.grant_write(stack, to);
    }
}

/// Checks a literal bucket name against S3's naming rules.
pub fn validate_bucket_name(name: &str) -> Result<(), &'static str> {
    let len_ok = (3..=63).contains(&name.len());
    let chars_ok = name
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '-');
    let ends_ok = name.starts_with(|c: char| c.is_ascii_alphanumeric())
        && name.ends_with(|c: char| c.is_ascii_alphanumeric());
    if !len_ok || !chars_ok || !ends_ok {
        return Err("must be 3-63 lowercase letters, digits, dots or hyphens, starting and ending with a letter or digit");
    }
    if name.contains("..") {
        return Err("must not contain two adjacent dots");
    }
    if name.split('.').count() == 4 && name.split('.').all(|p| p.parse::<u8>().is_ok()) {
        return Err("must not be formatted as an IP address");
    }
    if ["xn--", "sthree-", "amzn-s3-demo-"]
        .iter()
        .any(|p| name.starts_with(p))
    {
        return Err("must not start with xn--, sthree- or amzn-s3-demo-");
    }
    if ["-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3"]
        .iter()
        .any(|s| name.ends_with(s))
    {
        return Err("must not end with -s3alias, --ol-s3, .mrap, --x-s3 or --table-s3");
    }
    Ok(())
}

impl Bucket {
    fn validate(&self, id: &LogicalId) -> Vec<Error> {
        let mut errors = Vec::new();
        let bad = |prop: &str, v: &dyn std::fmt::Display, rule: &str| {
            Error::invalid(id.as_str(), prop, v, rule)
        };
        if let Some(Value::Literal(name)) = &self.name {
            if let Err(rule) = validate_bucket_name(name) {
                errors.push(bad("BucketName", name, rule));
            }
        }
        if let ObjectLock::DefaultRetention { days, .. } = self.object_lock {
            if !(1..=36_500).contains(&days) {
                errors.push(bad(
                    "ObjectLockConfiguration.Rule.DefaultRetention.Days",
                    &days,
                    "must be 1-36500 days",
                ));
            }
        }
        if let AccessLogs::Bucket {
            name: Value::Literal(name),
            ..
        } = &self.access_logs
        {
            if let Err(rule) = validate_bucket_name(name) {
                errors.push(bad(
                    "LoggingConfiguration.DestinationBucketName",
                    name,
                    rule,
                ));
            }
        }
        if self.replication.is_some() && matches!(self.versioning, Versioning::Suspended(_)) {
            errors.push(bad(
                "ReplicationConfiguration",
                &"versioning suspended",
                "replication copies object versions: keep versioning enabled, or drop the replication",
            ));
        }
        let public = matches!(self.public_access, PublicAccess::PolicyMayAllow(_));
        for s in self
            .policy_statements
            .iter()
            .filter(|s| s.allows_everyone())
        {
            if !public {
                errors.push(bad(
                    "PolicyDocument",
                    &s.actions().join(", "),
                    "an Allow to everyone (Principal::Any) with no condition makes the bucket public: add a condition that narrows who, or set public_access(PublicAccess::PolicyMayAllow(waiver)) with a waiver of S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED",
                ));
            }
        }
        let mut seen = Vec::new();
        for rule in &self.lifecycle_rules {
            let prop = |p: &str| format!("LifecycleConfiguration.Rules[{}].{p}", rule.id);
            if rule.id.is_empty() || rule.id.chars().count() > 255 {
                errors.push(bad(
                    "LifecycleConfiguration.Rules.Id",
                    &rule.id,
                    "must be 1-255 characters",
                ));
            } else if rule.id == DEFAULT_LIFECYCLE_RULE || seen.contains(&&rule.id) {
                errors.push(bad(
                    "LifecycleConfiguration.Rules.Id",
                    &rule.id,
                    "must be unique in the bucket",
                ));
            }
            seen.push(&rule.id);
            for (p, days) in [
                ("ExpirationInDays", rule.expire_after_days),
                (
                    "NoncurrentVersionExpiration.NoncurrentDays",
                    rule.noncurrent_expire_after_days,
                ),
            ] {
                if days == Some(0) {
                    errors.push(bad(&prop(p), &0, "must be at least 1 day"));
                }
            }
            for (class, days) in &rule.transitions {
                if *days < class.min_days() {
                    errors.push(bad(
                        &prop("Transitions.TransitionInDays"),
                        days,
                        "must be at least 30 days for STANDARD_IA and ONEZONE_IA",
                    ));
                }
                if rule.expire_after_days.is_some_and(|e| e <= *days) {
                    errors.push(bad(
                        &prop("Transitions.TransitionInDays"),
                        days,
                        "must be before ExpirationInDays",
                    ));
                }
            }
            if rule.expire_after_days.is_none()
                && rule.noncurrent_expire_after_days.is_none()
                && rule.transitions.is_empty()
            {
                errors.push(bad(
                    &prop("Status"),
                    &rule.id,
                    "a rule must expire or transition something",
                ));
            }
        }
        for (k, v) in &self.tags {
            if !crate::cfn::Tag::is_valid(k, v) {
                errors.push(bad("Tags", k, crate::cfn::Tag::RULE));
            }
        }
        errors
    }

    fn lifecycle(&self) -> l1::LifecycleConfiguration {
        let days = |d: u32| Value::Literal(i64::from(d));
        let mut rules = vec![l1::Rule {
            id: Some(DEFAULT_LIFECYCLE_RULE.into()),
            status: "Enabled".into(),
            abort_incomplete_multipart_upload: Some(l1::AbortIncompleteMultipartUpload {
                days_after_initiation: days(ABORT_INCOMPLETE_UPLOADS_DAYS),
            }),
            ..Default::default()
        }];
        rules.extend(self.lifecycle_rules.iter().map(|r| l1::Rule {
            id: Some(r.id.as_str().into()),
            status: "Enabled".into(),
            prefix: r.prefix.clone().map(Value::Literal),
            expiration_in_days: r.expire_after_days.map(days),
            noncurrent_version_expiration: r.noncurrent_expire_after_days.map(|d| {
                l1::NoncurrentVersionExpiration {
                    noncurrent_days: days(d),
                    ..Default::default()
                }
            }),
            transitions: (!r.transitions.is_empty()).then(|| {
                r.transitions
                    .iter()
                    .map(|(class, d)| l1::Transition {
                        storage_class: class.name().into(),
                        transition_in_days: Some(days(*d)),
                        ..Default::default()
                    })
                    .collect()
            }),
            ..Default::default()
        }));
        l1::LifecycleConfiguration {
            rules,
            ..Default::default()
        }
    }
}

const DEFAULT_LIFECYCLE_RULE: &str = "abort-incomplete-multipart-uploads";

impl Construct for Bucket {
    type Handle = BucketRef;

    fn add_to(self, stack: &mut Stack) -> BucketRef {
        let id = stack.construct_id(&self.id, |id| self.validate(id));
        let mut waivers = Vec::new();

        let (sse_algorithm, key) = match &self.encryption {
            Encryption::StackKey => ("aws:kms", Some(stack.default_key())),
            Encryption::Kms(key) => ("aws:kms", Some(key.clone())),
            Encryption::S3Managed(w) => {
                waivers.push(w.clone());
                ("AES256", None)
            }
        };
        let bucket = BucketRef {
            id: id.clone(),
            key: key.clone(),
        };

        let logging_configuration = match &self.access_logs {
            AccessLogs::StackLogBucket => Some(l1::LoggingConfiguration {
                destination_bucket_name: Some(stack.log_to_access_log_bucket(bucket.arn())),
                log_file_prefix: Some(format!("{id}/").into()),
                ..Default::default()
            }),
            AccessLogs::Bucket { name, prefix } => Some(l1::LoggingConfiguration {
                destination_bucket_name: Some(name.clone()),
                log_file_prefix: Some(prefix.as_str().into()),
                ..Default::default()
            }),
            AccessLogs::Disabled(w) => {
                waivers.push(w.clone());
                None
            }
        };

        let status = match &self.versioning {
            Versioning::Enabled => "Enabled",
            Versioning::Suspended(w) => {
                waivers.push(w.clone());
                "Suspended"
            }
        };
        let block_policies = match &self.public_access {
            PublicAccess::Blocked => true,
            PublicAccess::PolicyMayAllow(w) => {
                waivers.push(w.clone());
                false
            }
        };
        let (object_lock_enabled, object_lock_configuration) = match &self.object_lock {
            ObjectLock::Enabled => (Some(Value::Literal(true)), None),
            ObjectLock::DefaultRetention { mode, days } => (
                Some(Value::Literal(true)),
                Some(l1::ObjectLockConfiguration {
                    object_lock_enabled: Some("Enabled".into()),
                    rule: Some(l1::ObjectLockRule {
                        default_retention: Some(l1::DefaultRetention {
                            mode: Some(
                                match mode {
                                    RetentionMode::Governance => "GOVERNANCE",
                                    RetentionMode::Compliance => "COMPLIANCE",
                                }
                                .into(),
                            ),
                            days: Some(Value::Literal(i64::from(*days))),
                            ..Default::default()
                        }),
                    }),
                }),
            ),
            ObjectLock::Disabled(w) => {
                waivers.push(w.clone());
                (None, None)
            }
        };

        let replication_role = self.replication.as_ref().map(|_| {
            let role_id = stack.child_id(&id, "ReplicationRole");
            stack.add(
                Role::builder()
                    .id(role_id.to_string())
                    .service("s3.amazonaws.com")
                    .source_account(true)
                    .description(format!("{id}: cross-region replication"))
                    .build(),
            )
        });
        let yes = || Some(Value::Literal(true));
        let properties = l1::Bucket {
            replication_configuration: self
                .replication
                .as_ref()
                .zip(replication_role.as_ref())
                .map(|(r, role)| l1::ReplicationConfiguration {
                    role: role.arn(),
                    rules: vec![l1::ReplicationRule {
                        id: Some("replicate-everything".into()),
                        status: "Enabled".into(),
                        priority: Some(Value::Literal(1)),
                        filter: Some(l1::ReplicationRuleFilter {
                            prefix: Some(String::new().into()),
                            ..Default::default()
                        }),
                        delete_marker_replication: Some(l1::DeleteMarkerReplication {
                            status: Some("Enabled".into()),
                        }),
                        source_selection_criteria: Some(l1::SourceSelectionCriteria {
                            sse_kms_encrypted_objects: Some(l1::SseKmsEncryptedObjects {
                                status: "Enabled".into(),
                            }),
                            ..Default::default()
                        }),
                        destination: l1::ReplicationDestination {
                            bucket: r.bucket_arn.clone(),
                            encryption_configuration: Some(l1::EncryptionConfiguration {
                                replica_kms_key_id: r.key_arn.clone(),
                            }),
                            ..Default::default()
                        },
                        ..Default::default()
                    }],
                }),
            bucket_name: self.name.clone(),
            bucket_encryption: Some(l1::BucketEncryption {
                server_side_encryption_configuration: vec![l1::ServerSideEncryptionRule {
                    bucket_key_enabled: Some(Value::Literal(key.is_some())),
                    server_side_encryption_by_default: Some(l1::ServerSideEncryptionByDefault {
                        sse_algorithm: sse_algorithm.into(),
                        kms_master_key_id: key.as_ref().map(KeyRef::arn),
                    }),
                    ..Default::default()
                }],
            }),
            public_access_block_configuration: Some(l1::PublicAccessBlockConfiguration {
                block_public_acls: yes(),
                block_public_policy: Some(Value::Literal(block_policies)),
                ignore_public_acls: yes(),
                restrict_public_buckets: Some(Value::Literal(block_policies)),
            }),
            ownership_controls: Some(l1::OwnershipControls {
                rules: vec![l1::OwnershipControlsRule {
                    object_ownership: Some(
                        if self.acls_for_log_delivery.is_some() {
                            "BucketOwnerPreferred"
                        } else {
                            "BucketOwnerEnforced"
                        }
                        .into(),
                    ),
                }],
            }),
            versioning_configuration: Some(l1::VersioningConfiguration {
                status: status.into(),
            }),
            logging_configuration,
            lifecycle_configuration: Some(self.lifecycle()),
            notification_configuration: Some(l1::NotificationConfiguration {
                event_bridge_configuration: Some(l1::EventBridgeConfiguration {
                    event_bridge_enabled: Value::Literal(true),
                }),
                ..Default::default()
            }),
            object_lock_enabled,
            object_lock_configuration,
            tags: crate::cfn::Tag::list(&self.tags),
            ..Default::default()
        };
        waivers.extend(self.acls_for_log_delivery.clone());
        let resource = stack.add_resource(Resource::new(id.clone(), &properties));
        if self.replication.is_none() {
            resource.waive(Waiver::answered(&duties::ONE_REGION));
        }
        self.removal.apply(resource);
        for w in waivers {
            resource.waive(w);
        }

        if let (Some(r), Some(role)) = (&self.replication, &replication_role) {
            replication_policy(stack, &bucket, key.as_ref(), r, role);
        }
        let policy_id = stack.child_id(&id, "Policy");
        let policy = bucket_policy(&bucket, self.policy_statements);
        stack
            .add_resource(Resource::new(policy_id, &policy))
            .takes_contributions(crate::iam::render_policy_statements);
        bucket
    }
}

/// What S3 needs to replicate the bucket, exactly, as a policy of its own
/// (the role's ARN is in the bucket, the bucket's in the policy: one
/// resource holding both would depend on itself).
fn replication_policy(
    stack: &mut Stack,
    bucket: &BucketRef,
    key: Option<&KeyRef>,
    r: &Replication,
    role: &crate::iam::RoleRef,
) {
    let destination_objects: Value<String> =
        Intrinsic::join("", vec![r.bucket_arn.clone(), "/*".into()]).into();
    let mut statements = vec![
        Statement::new(
            Effect::Allow,
            ["s3:GetReplicationConfiguration", "s3:ListBucket"],
        )
        .resource(bucket.arn()),
        Statement::new(
            Effect::Allow,
            [
                "s3:GetObjectVersionForReplication",
                "s3:GetObjectVersionAcl",
                "s3:GetObjectVersionTagging",
            ],
        )
        .resource(bucket.objects_arn()),
        Statement::new(
            Effect::Allow,
            [
                "s3:ReplicateObject",
                "s3:ReplicateDelete",
                "s3:ReplicateTags",
            ],
        )
        .resource(destination_objects),
        Statement::new(Effect::Allow, ["kms:Encrypt"]).resource(r.key_arn.clone()),
    ];
    if let Some(key) = key {
        statements.push(Statement::new(Effect::Allow, ["kms:Decrypt"]).resource(key.arn()));
    }
    let id = stack.child_id(bucket.id(), "ReplicationPolicy");
    let policy = cfn::l1::iam::Policy {
        policy_document: PolicyDocument::new(statements).to_json(),
        policy_name: "replication".into(),
        roles: Some(vec![role.name()]),
        ..Default::default()
    };
    stack
        .add_resource(Resource::new(id, &policy))
        .waive(Waiver::answered(&crate::iam::duties::INLINE_POLICIES))
        .waive(Waiver::answered(&crate::iam::duties::OBJECT_KEYS));
}

/// Requests over older TLS versions are refused.
pub const MIN_TLS_VERSION: f64 = 1.2;

/// The bucket policy: TLS only, TLS 1.2 or later, then the given statements.
fn bucket_policy(bucket: &BucketRef, extra: Vec<Statement>) -> cfn::l1::s3::BucketPolicy {
    let deny_all = |sid: &str, condition| {
        Statement::new(Effect::Deny, ["s3:*"])
            .sid(sid)
            .principal(Principal::Any)
            .resource(bucket.arn())
            .resource(bucket.objects_arn())
            .condition(condition)
    };
    let mut statements = vec![
        deny_all(
            "DenyRequestsWithoutTls",
            // The string form: Control Tower's CT.S3.PR.8 matches only it
            // (the JSON boolean fails that control); checkov and cdk-nag
            // read it too.
            json!({ "Bool": { "aws:SecureTransport": "false" } }),
        ),
        deny_all(
            "DenyTlsBefore12",
            json!({ "NumericLessThan": { "s3:TlsVersion": MIN_TLS_VERSION } }),
        ),
    ];
    statements.extend(extra);
    cfn::l1::s3::BucketPolicy {
        bucket: bucket.name(),
        policy_document: PolicyDocument::new(statements).to_json(),
    }
}

/// The bucket with this id, if the stack has one (its key unknown).
pub(crate) fn existing(stack: &Stack, id: &LogicalId) -> Option<BucketRef> {
    stack
        .resource(id)
        .is_some_and(|r| r.type_name() == l1::Bucket::TYPE)
        .then(|| BucketRef {
            id: id.clone(),
            key: None,
        })
}

/// The ARN of every object in the bucket with this ARN (`<arn>/*`).
fn objects_of(bucket_arn: Value<String>) -> Value<String> {
    Intrinsic::join("", vec![bucket_arn, "/*".into()]).into()
}

/// The id of the stack's server-access-log bucket.
const ACCESS_LOG_BUCKET: &str = "AccessLogsBucket";

/// The key of a load balancer's contribution to the access-log bucket's
/// policy: `{"LoadBalancerLogs": {"prefix": .., "accounts": [..]}}`.
const LOAD_BALANCER_LOGS: &str = "LoadBalancerLogs";

/// The account Elastic Load Balancing delivers access logs from, in each
/// region opened before August 2022 (later regions use the service
/// principal `logdelivery.elasticloadbalancing.amazonaws.com`).
const LOAD_BALANCER_LOG_ACCOUNTS: &[(&str, &str)] = &[
    ("af-south-1", "098369216593"),
    ("ap-east-1", "754344448648"),
    ("ap-northeast-1", "582318560864"),
    ("ap-northeast-2", "600734575887"),
    ("ap-northeast-3", "383597477331"),
    ("ap-south-1", "718504428378"),
    ("ap-southeast-1", "114774131450"),
    ("ap-southeast-2", "783225319266"),
    ("ap-southeast-3", "589379963580"),
    ("ca-central-1", "985666609251"),
    ("cn-north-1", "638102146993"),
    ("cn-northwest-1", "037604701340"),
    ("eu-central-1", "054676820928"),
    ("eu-north-1", "897822967062"),
    ("eu-south-1", "635631232127"),
    ("eu-west-1", "156460612806"),
    ("eu-west-2", "652711504416"),
    ("eu-west-3", "009996457667"),
    ("me-south-1", "076674570225"),
    ("sa-east-1", "507241528517"),
    ("us-east-1", "127311923021"),
    ("us-east-2", "033677994240"),
    ("us-gov-east-1", "190560391635"),
    ("us-gov-west-1", "048591011584"),
    ("us-west-1", "027434742980"),
    ("us-west-2", "797873946194"),
];

/// The access-log bucket policy's renderer: the statement that lets S3's
/// logging service deliver the contributed source buckets' access logs, and
/// only theirs, from this account; and the statement that lets Elastic Load
/// Balancing deliver the contributed load balancers' logs under their
/// prefixes.
fn render_log_delivery(properties: &mut Json, contributions: &[Json]) {
    let Some(bucket) = properties["Bucket"]["Ref"].as_str().map(str::to_owned) else {
        return;
    };
    let arn: Value<String> = Intrinsic::get_att(bucket, "Arn").into();
    let (balancers, sources): (Vec<&Json>, Vec<&Json>) = contributions
        .iter()
        .partition(|c| c.get(LOAD_BALANCER_LOGS).is_some());
    let mut statements = Vec::new();
    if !sources.is_empty() {
        statements.push(
            Statement::new(Effect::Allow, ["s3:PutObject"])
                .sid("AllowServerAccessLogDelivery")
                .principal(Principal::service("logging.s3.amazonaws.com"))
                .resource(objects_of(arn.clone()))
                .condition(json!({
                    "ArnLike": { "aws:SourceArn": sources },
                    "StringEquals": { "aws:SourceAccount": { "Ref": "AWS::AccountId" } }
                })),
        );
    }
    if !balancers.is_empty() {
        let mut accounts: Vec<&str> = balancers
            .iter()
            .filter_map(|b| b[LOAD_BALANCER_LOGS]["accounts"].as_array())
            .flatten()
            .filter_map(Json::as_str)
            .collect();
        accounts.sort_unstable();
        accounts.dedup();
        let accounts: Vec<Value<String>> = accounts.into_iter().map(Value::from).collect();
        let prefixes: Vec<Value<String>> = balancers
            .iter()
            .filter_map(|b| b[LOAD_BALANCER_LOGS]["prefix"].as_str())
            .map(|prefix| {
                Intrinsic::join(
                    "",
                    vec![
                        arn.clone(),
                        Intrinsic::sub(format!("/{prefix}/AWSLogs/${{AWS::AccountId}}/*")).into(),
                    ],
                )
                .into()
            })
            .collect();
        let delivery = |sid: &str, principal: Principal| {
            prefixes.iter().fold(
                Statement::new(Effect::Allow, ["s3:PutObject"])
                    .sid(sid)
                    .principal(principal),
                |s, p| s.resource(p.clone()),
            )
        };
        statements.push(delivery(
            "AllowLoadBalancerLogDelivery",
            Principal::service("logdelivery.elasticloadbalancing.amazonaws.com"),
        ));
        // Regions opened before August 2022 deliver from a regional account.
        if !accounts.is_empty() {
            statements.push(delivery(
                "AllowRegionalLoadBalancerLogDelivery",
                Principal::Aws(accounts),
            ));
        }
    }
    if let Some(list) = properties["PolicyDocument"]["Statement"].as_array_mut() {
        list.extend(statements.into_iter().map(|s| s.to_json()));
    }
}

impl Stack {
    /// Lets a load balancer deliver its access logs under `prefix` in the
    /// stack's access-log bucket (created on first use) and returns the
    /// bucket's name. The delivering accounts are those of the stack's
    /// allowed regions, or of every region when none are set.
    pub(crate) fn load_balancer_logs(&mut self, prefix: &str) -> Value<String> {
        let regions = self.regions().to_vec();
        let accounts: Vec<&str> = LOAD_BALANCER_LOG_ACCOUNTS
            .iter()
            .filter(|(region, _)| regions.is_empty() || regions.iter().any(|r| r == region))
            .map(|(_, account)| *account)
            .collect();
        self.log_to_access_log_bucket(json!({
            LOAD_BALANCER_LOGS: { "prefix": prefix, "accounts": accounts }
        }))
    }

    /// Registers `source` (a bucket ARN) as logging to the stack's access-log
    /// bucket, creating that bucket on first use, and returns its name.
    fn log_to_access_log_bucket(&mut self, source: impl serde::Serialize) -> Value<String> {
        let id = self.logical_id(ACCESS_LOG_BUCKET);
        let bucket = match existing(self, &id) {
            Some(bucket) => bucket,
            None => self.add(access_log_bucket()),
        };
        let policy_id = self.child_id(&bucket.id, "Policy");
        if let Some(policy) = self.resource_mut(&policy_id) {
            policy.takes_contributions(render_log_delivery);
        }
        self.contribute(&policy_id, json!(source));
        bucket.name()
    }
}

/// The stack's server-access-log bucket: everything a bucket has, except
/// what S3's log delivery rules out.
fn access_log_bucket() -> Bucket {
    let waiver = |reason: &str, rules: [&str; 2]| {
        Waiver::new(reason, rules).expect("a constant waiver with a reason and rules is valid")
    };
    Bucket::builder()
        .id(ACCESS_LOG_BUCKET)
        .encryption(Encryption::S3Managed(waiver(
            "S3 delivers server access logs only to target buckets encrypted with SSE-S3 (AES256); SSE-KMS is not supported there",
            ["S3_DEFAULT_ENCRYPTION_KMS", "CT.S3.PR.10"],
        )))
        .access_logs(AccessLogs::Disabled(waiver(
            "this is the stack's server access log target; logging it into itself would loop",
            ["S3_BUCKET_LOGGING_ENABLED", "CT.S3.PR.2"],
        )))
        .build()
}

/// This service's entry in [`crate::services::ALL`].
pub(crate) const SERVICE: crate::services::Service = crate::services::Service {
    name: "s3",
    guard: include_str!("rules.guard"),
    rules: duties::RULES,
    duties: &[&duties::BUCKET_DUTIES, &duties::BUCKET_POLICY_DUTIES],
    hand_written_l1: Vec::new,
    variants: &[],
    answered: &[&duties::ONE_REGION],
};
