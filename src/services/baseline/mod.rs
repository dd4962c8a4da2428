//! `baseline::Account`: the account's half of logging, monitoring and
//! detection in one construct: a CloudTrail trail of every region's API
//! calls, AWS Config's configuration history, GuardDuty, Security Hub with
//! two standards, IAM Access Analyzer, and the CIS monitoring alarms.
//!
//! The baseline spans several AWS services (CloudTrail, Config, GuardDuty,
//! Security Hub, Access Analyzer) that stackward emits only together, as
//! one account-level unit, so their rules and duties live in this one
//! folder.
//!
#![doc = include_str!("defaults.md")]

mod cis;
pub(crate) mod duties;
mod trail;

use typed_builder::TypedBuilder;

use crate::cfn::l1::{accessanalyzer, config, guardduty, securityhub};
use crate::iam::{ManagedPolicy, Role};
use crate::kms::{Key, KeyRef};
use crate::logs::{LogGroup, Retention};
use crate::s3::{Bucket, BucketRef, ObjectLock, RetentionMode};
use crate::sns::{Subscriber, Topic, TopicRef};
use crate::template::{
    Construct, DeletionPolicy, Handle, Intrinsic, LogicalId, Resource, Stack, Value,
};
use crate::waiver::Waiver;

pub use cis::CIS_ALARMS;

/// The Security Hub standards a baseline enables, by the part of their ARN
/// after `standards/`.
pub const STANDARDS: [&str; 2] = [
    "aws-foundational-security-best-practices/v/1.0.0",
    "cis-aws-foundations-benchmark/v/3.0.0",
];

/// The account-level security baseline, usually a stack of its own in the
/// App, deployed to every account (see `App::stack_set`).
///
/// ```
/// use stackward::prelude::*;
///
/// let mut stack = Stack::new("Baseline").unwrap();
/// stack.allowed_regions(["eu-west-1"]);
/// let account = stack.add(
///     baseline::Account::builder()
///         .id("account")
///         .alert_emails(vec!["security@example.com".into()])
///         .build(),
/// );
/// let t = stack.synth().unwrap();
/// let trail = &t.json()["Resources"][account.trail().as_str()]["Properties"];
/// assert_eq!(trail["IsMultiRegionTrail"], true);
/// assert_eq!(trail["EnableLogFileValidation"], true);
/// let detector = &t.json()["Resources"]["AccountDetector"]["Properties"];
/// assert_eq!(detector["Features"][0]["Name"], "S3_DATA_EVENTS");
/// ```
#[derive(Debug, Clone, TypedBuilder)]
#[builder(doc)]
#[non_exhaustive]
pub struct Account {
    /// The user's id; the logical id is its PascalCase form.
    #[builder(setter(into))]
    pub id: String,
    /// Record S3 object and Lambda invocation data events too (billed per
    /// event); management events, read and write, are always recorded.
    #[builder(default)]
    pub data_events: bool,
    /// Days each log file is locked against deletion (Object Lock in
    /// governance mode), 1 to 36,500.
    #[builder(default = 365)]
    pub lock_days: u32,
    /// How long the trail's CloudWatch Logs copy is kept.
    #[builder(default)]
    pub log_retention: Retention,
    /// Addresses told when a CIS alarm fires (each confirms by email).
    #[builder(default)]
    pub alert_emails: Vec<String>,
    /// Run as an AWS Organizations management (or delegated
    /// administrator) account: the trail records every member account and
    /// Access Analyzer looks at the whole organization.
    #[builder(default)]
    pub organization: bool,
}

/// A handle to the baseline in a stack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountRef {
    id: LogicalId,
    trail: LogicalId,
    bucket: BucketRef,
    key: KeyRef,
    alerts: TopicRef,
}

impl Handle for AccountRef {
    fn id(&self) -> &LogicalId {
        &self.id
    }
}

impl AccountRef {
    /// The trail's logical id.
    pub fn trail(&self) -> &LogicalId {
        &self.trail
    }

    /// The bucket the trail and AWS Config deliver to.
    pub fn bucket(&self) -> &BucketRef {
        &self.bucket
    }

    /// The key the audit logs, their bucket and the alerts are encrypted
    /// with.
    pub fn key(&self) -> &KeyRef {
        &self.key
    }

    /// The topic the CIS alarms notify.
    pub fn alerts(&self) -> &TopicRef {
        &self.alerts
    }
}

/// Marks a baseline resource to be kept when the stack is deleted or the
/// resource replaced: switching the account's monitoring off is never a
/// side effect of a stack change.
fn retained(resource: &mut Resource) -> &mut Resource {
    resource.retention(DeletionPolicy::Retain)
}

impl Construct for Account {
    type Handle = AccountRef;

    fn add_to(self, stack: &mut Stack) -> AccountRef {
        // The bucket checks the lock days and each subscription its
        // address, naming themselves: nothing to check twice here.
        let id = stack.construct_id(&self.id, |_| Vec::new());
        let child = |stack: &mut Stack, suffix: &str| stack.child_id(&id, suffix);

        let key_id = child(stack, "Key");
        let key = stack.add(
            Key::builder()
                .id(key_id.as_str())
                .description("Audit logs, configuration history and security alerts")
                .build(),
        );
        let bucket_id = child(stack, "AuditLogs");
        let bucket = stack.add(
            Bucket::builder()
                .id(bucket_id.as_str())
                .encryption(key.clone())
                .object_lock(ObjectLock::DefaultRetention {
                    mode: RetentionMode::Governance,
                    days: self.lock_days,
                })
                .build(),
        );
        let logs_id = child(stack, "TrailLogs");
        let log_group = stack.add(
            LogGroup::builder()
                .id(logs_id.as_str())
                .key(key.clone())
                .retention(self.log_retention.clone())
                .build(),
        );
        let trail = trail::add(stack, &id, &self, &key, &bucket, &log_group);

        // AWS Config: everything recorded, history delivered to the audit
        // bucket under the audit key.
        let role_id = child(stack, "ConfigRole");
        let recorder_role = stack.add(
            Role::builder()
                .id(role_id.as_str())
                .service("config.amazonaws.com")
                .source_account(true)
                .description("AWS Config reads resource configurations and delivers them to the audit bucket")
                // The one place an AWS-managed policy is the right tool:
                // AWS_ConfigRole lists the read-only describe actions of
                // every resource type Config records, and AWS keeps it
                // current as Config learns new types; an inline copy
                // would go stale.
                .managed_policies(vec![ManagedPolicy::aws("service-role/AWS_ConfigRole")])
                .build(),
        );
        bucket.grant_write(stack, &recorder_role);
        let recorder_id = child(stack, "Recorder");
        let recorder = config::ConfigurationRecorder {
            role_arn: recorder_role.arn(),
            recording_group: Some(config::configuration_recorder::RecordingGroup {
                all_supported: Some(Value::Literal(true)),
                include_global_resource_types: Some(Value::Literal(true)),
                ..Default::default()
            }),
            ..Default::default()
        };
        retained(stack.add_resource(Resource::new(recorder_id.clone(), &recorder)));
        let channel = config::DeliveryChannel {
            s3_bucket_name: bucket.name(),
            s3_kms_key_arn: Some(key.arn()),
            config_snapshot_delivery_properties: Some(
                config::delivery_channel::ConfigSnapshotDeliveryProperties {
                    delivery_frequency: Some(Value::Literal("TwentyFour_Hours".into())),
                },
            ),
            ..Default::default()
        };
        let channel_id = child(stack, "Delivery");
        retained(stack.add_resource(Resource::new(channel_id, &channel))).depends_on(&recorder_id);

        // Threat detection with the protections that apply to any account:
        // S3 data events, malware scans of instances' volumes, and runtime
        // monitoring with the agent managed by GuardDuty.
        let feature =
            |name: &str, extra: Option<&str>| guardduty::detector::CfnFeatureConfiguration {
                name: Value::Literal(name.into()),
                status: Value::Literal("ENABLED".into()),
                additional_configuration: extra.map(|extra| {
                    vec![guardduty::detector::CfnFeatureAdditionalConfiguration {
                        name: Some(Value::Literal(extra.into())),
                        status: Some(Value::Literal("ENABLED".into())),
                    }]
                }),
            };
        let detector = guardduty::Detector {
            enable: Value::Literal(true),
            finding_publishing_frequency: Some(Value::Literal("FIFTEEN_MINUTES".into())),
            features: Some(vec![
                feature("S3_DATA_EVENTS", None),
                feature("EBS_MALWARE_PROTECTION", None),
                feature("RUNTIME_MONITORING", Some("EC2_AGENT_MANAGEMENT")),
            ]),
            ..Default::default()
        };
        let detector_id = child(stack, "Detector");
        retained(stack.add_resource(Resource::new(detector_id, &detector))).waive(
            Waiver::new(
                "S3 protection is on, through the detector's Features (S3_DATA_EVENTS), the form AWS recommends; this control reads only the older DataSources form, which CloudFormation refuses beside Features",
                ["CT.GUARDDUTY.PR.1"],
            )
            .expect("a waiver with a reason and rules is valid"),
        );

        // Security Hub with its findings against two standards.
        let hub_id = child(stack, "SecurityHub");
        let hub = securityhub::Hub {
            enable_default_standards: Some(Value::Literal(false)),
            auto_enable_controls: Some(Value::Literal(true)),
            control_finding_generator: Some(Value::Literal("SECURITY_CONTROL".into())),
            ..Default::default()
        };
        retained(stack.add_resource(Resource::new(hub_id.clone(), &hub)));
        for (name, standard) in [("Fsbp", STANDARDS[0]), ("Cis", STANDARDS[1])] {
            let properties = securityhub::Standard {
                standards_arn: Value::from(Intrinsic::sub(format!(
                    "arn:${{AWS::Partition}}:securityhub:${{AWS::Region}}::standards/{standard}"
                ))),
                ..Default::default()
            };
            let standard_id = child(stack, &format!("Standard{name}"));
            retained(stack.add_resource(Resource::new(standard_id, &properties)))
                .depends_on(&hub_id);
        }

        let analyzer = accessanalyzer::Analyzer {
            r#type: Value::Literal(
                if self.organization {
                    "ORGANIZATION"
                } else {
                    "ACCOUNT"
                }
                .into(),
            ),
            ..Default::default()
        };
        let analyzer_id = child(stack, "AccessAnalyzer");
        retained(stack.add_resource(Resource::new(analyzer_id, &analyzer)));

        let alerts_id = child(stack, "Alerts");
        let alerts = stack.add(
            Topic::builder()
                .id(alerts_id.as_str())
                .key(key.clone())
                .build(),
        );
        for email in &self.alert_emails {
            alerts.subscribe(stack, Subscriber::Email(email.clone()), false);
        }
        cis::add(stack, &id, &log_group, &alerts);

        AccountRef {
            id,
            trail,
            bucket,
            key,
            alerts,
        }
    }
}

/// This service's entry in [`crate::services::ALL`].
pub(crate) const SERVICE: crate::services::Service = crate::services::Service {
    name: "baseline",
    guard: include_str!("rules.guard"),
    rules: duties::RULES,
    duties: &[
        &duties::TRAIL_DUTIES,
        &duties::RECORDER_DUTIES,
        &duties::DELIVERY_DUTIES,
        &duties::DETECTOR_DUTIES,
        &duties::HUB_DUTIES,
        &duties::STANDARD_DUTIES,
        &duties::ANALYZER_DUTIES,
        &duties::METRIC_FILTER_DUTIES,
    ],
    hand_written_l1: Vec::new,
    variants: &[],
    answered: &[],
};
