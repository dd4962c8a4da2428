//! The trail: every region's management events (and, when asked, data
//! events) to the audit bucket under the audit key, and to a CloudWatch
//! Logs group through a role that may write only there.

use serde_json::json;

use super::{retained, Account};
use crate::cfn::l1::cloudtrail as l1;
use crate::iam::{Effect, Principal, Role, Statement};
use crate::kms::KeyRef;
use crate::logs::LogGroupRef;
use crate::s3::BucketRef;
use crate::template::{Handle, Intrinsic, LogicalId, Resource, Stack, Value};

/// The trail's ARN, known before the trail exists (the bucket policy and
/// key policy name it, and the trail waits for them).
fn trail_arn(name: &str) -> Value<String> {
    Value::from(Intrinsic::sub(format!(
        "arn:${{AWS::Partition}}:cloudtrail:${{AWS::Region}}:${{AWS::AccountId}}:trail/{name}"
    )))
}

/// Adds the trail and what it needs; returns its logical id.
pub(super) fn add(
    stack: &mut Stack,
    id: &LogicalId,
    account: &Account,
    key: &KeyRef,
    bucket: &BucketRef,
    log_group: &LogGroupRef,
) -> LogicalId {
    let trail_id = stack.child_id(id, "Trail");
    // Named after the stack, so the policies below can name its ARN.
    let name = format!("${{AWS::StackName}}-{}", trail_id.as_str());
    let arn = trail_arn(&name);
    let from_this_trail = json!({ "StringEquals": { "aws:SourceArn": arn } });

    bucket.allow(
        stack,
        Statement::new(Effect::Allow, ["s3:GetBucketAcl"])
            .sid("CloudTrailChecksAcl")
            .principal(Principal::service("cloudtrail.amazonaws.com"))
            .resource(bucket.arn())
            .condition(from_this_trail.clone()),
    );
    let prefix = if account.organization {
        "AWSLogs/*"
    } else {
        "AWSLogs/${AWS::AccountId}/*"
    };
    bucket.allow(
        stack,
        Statement::new(Effect::Allow, ["s3:PutObject"])
            .sid("CloudTrailWrites")
            .principal(Principal::service("cloudtrail.amazonaws.com"))
            .resource(Value::from(Intrinsic::sub_with(
                format!("${{Bucket}}/{prefix}"),
                vec![("Bucket".into(), bucket.arn())],
            )))
            .condition(json!({ "StringEquals": {
                "aws:SourceArn": arn,
                "s3:x-amz-acl": "bucket-owner-full-control"
            } })),
    );
    stack.contribute(
        key.id(),
        Statement::new(Effect::Allow, ["kms:GenerateDataKey*"])
            .sid("CloudTrailEncryptsLogs")
            .principal(Principal::service("cloudtrail.amazonaws.com"))
            .resource("*")
            .condition(json!({
                "StringEquals": { "aws:SourceArn": arn },
                "StringLike": { "kms:EncryptionContext:aws:cloudtrail:arn": Value::<String>::from(Intrinsic::sub(
                    "arn:${AWS::Partition}:cloudtrail:*:${AWS::AccountId}:trail/*"
                )) }
            }))
            .to_json(),
    );
    stack.contribute(
        key.id(),
        Statement::new(Effect::Allow, ["kms:DescribeKey"])
            .sid("CloudTrailDescribesKey")
            .principal(Principal::service("cloudtrail.amazonaws.com"))
            .resource("*")
            .condition(from_this_trail)
            .to_json(),
    );

    let role_id = stack.child_id(id, "TrailRole");
    let role = stack.add(
        Role::builder()
            .id(role_id.as_str())
            .service("cloudtrail.amazonaws.com")
            .source_account(true)
            .description("CloudTrail writes the trail's events to its log group, and nowhere else")
            .statements(vec![Statement::new(
                Effect::Allow,
                ["logs:CreateLogStream", "logs:PutLogEvents"],
            )
            .resource(log_group.arn())])
            .build(),
    );

    let data_resources = account.data_events.then(|| {
        vec![
            l1::trail::DataResource {
                r#type: Value::Literal("AWS::S3::Object".into()),
                values: Some(vec![Value::from(Intrinsic::sub(
                    "arn:${AWS::Partition}:s3",
                ))]),
            },
            l1::trail::DataResource {
                r#type: Value::Literal("AWS::Lambda::Function".into()),
                values: Some(vec![Value::from(Intrinsic::sub(
                    "arn:${AWS::Partition}:lambda",
                ))]),
            },
        ]
    });
    let trail = l1::Trail {
        trail_name: Some(Value::from(Intrinsic::sub(name))),
        is_logging: Value::Literal(true),
        is_multi_region_trail: Some(Value::Literal(true)),
        include_global_service_events: Some(Value::Literal(true)),
        is_organization_trail: account.organization.then_some(Value::Literal(true)),
        enable_log_file_validation: Some(Value::Literal(true)),
        kms_key_id: Some(key.arn()),
        s3_bucket_name: bucket.name(),
        cloud_watch_logs_log_group_arn: Some(log_group.arn()),
        cloud_watch_logs_role_arn: Some(role.arn()),
        event_selectors: Some(vec![l1::trail::EventSelector {
            include_management_events: Some(Value::Literal(true)),
            read_write_type: Some(Value::Literal("All".into())),
            data_resources,
            ..Default::default()
        }]),
        ..Default::default()
    };
    let policy = stack.child_id(bucket.id(), "Policy");
    retained(stack.add_resource(Resource::new(trail_id.clone(), &trail))).depends_on(&policy);
    trail_id
}
