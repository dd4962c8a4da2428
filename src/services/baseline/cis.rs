//! The CIS AWS Foundations Benchmark's monitoring controls: a metric filter
//! on the trail's log group for each kind of event the benchmark asks to be
//! alerted on, and an alarm on each metric that notifies the alert topic.

use crate::cfn::l1::logs as l1;
use crate::cloudwatch::{Alarm, Metric, Statistic};
use crate::logs::LogGroupRef;
use crate::sns::TopicRef;
use crate::template::{LogicalId, Resource, Stack, Value};

/// The namespace the filters' metrics are published in.
pub const NAMESPACE: &str = "CISBenchmark";

/// Each monitored event: the metric's name, what it means, and the filter
/// pattern over CloudTrail's JSON events.
pub const CIS_ALARMS: [(&str, &str, &str); 14] = [
    (
        "UnauthorizedApiCalls",
        "API calls refused for lack of permission",
        r#"{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") }"#,
    ),
    (
        "ConsoleSignInWithoutMfa",
        "a console sign-in without MFA",
        r#"{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") && ($.responseElements.ConsoleLogin = "Success") }"#,
    ),
    (
        "RootAccountUsage",
        "the root user was used",
        r#"{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }"#,
    ),
    (
        "IamPolicyChanges",
        "an IAM policy was created, changed, attached or detached",
        "{ ($.eventName = DeleteGroupPolicy) || ($.eventName = DeleteRolePolicy) || ($.eventName = DeleteUserPolicy) || ($.eventName = PutGroupPolicy) || ($.eventName = PutRolePolicy) || ($.eventName = PutUserPolicy) || ($.eventName = CreatePolicy) || ($.eventName = DeletePolicy) || ($.eventName = CreatePolicyVersion) || ($.eventName = DeletePolicyVersion) || ($.eventName = AttachRolePolicy) || ($.eventName = DetachRolePolicy) || ($.eventName = AttachUserPolicy) || ($.eventName = DetachUserPolicy) || ($.eventName = AttachGroupPolicy) || ($.eventName = DetachGroupPolicy) }",
    ),
    (
        "CloudTrailChanges",
        "a trail was created, changed, stopped or deleted",
        "{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }",
    ),
    (
        "ConsoleAuthenticationFailures",
        "a console sign-in failed",
        r#"{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }"#,
    ),
    (
        "KeyDisabledOrDeleted",
        "a customer-managed key was disabled or scheduled for deletion",
        "{ ($.eventSource = kms.amazonaws.com) && (($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion)) }",
    ),
    (
        "BucketPolicyChanges",
        "a bucket's policy, ACL, CORS, lifecycle or replication changed",
        "{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = PutBucketCors) || ($.eventName = PutBucketLifecycle) || ($.eventName = PutBucketReplication) || ($.eventName = DeleteBucketPolicy) || ($.eventName = DeleteBucketCors) || ($.eventName = DeleteBucketLifecycle) || ($.eventName = DeleteBucketReplication)) }",
    ),
    (
        "ConfigChanges",
        "AWS Config recording or delivery was stopped or changed",
        "{ ($.eventSource = config.amazonaws.com) && (($.eventName = StopConfigurationRecorder) || ($.eventName = DeleteDeliveryChannel) || ($.eventName = PutDeliveryChannel) || ($.eventName = PutConfigurationRecorder)) }",
    ),
    (
        "SecurityGroupChanges",
        "a security group or one of its rules changed",
        "{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup) || ($.eventName = DeleteSecurityGroup) }",
    ),
    (
        "NetworkAclChanges",
        "a network ACL or one of its entries changed",
        "{ ($.eventName = CreateNetworkAcl) || ($.eventName = CreateNetworkAclEntry) || ($.eventName = DeleteNetworkAcl) || ($.eventName = DeleteNetworkAclEntry) || ($.eventName = ReplaceNetworkAclEntry) || ($.eventName = ReplaceNetworkAclAssociation) }",
    ),
    (
        "NetworkGatewayChanges",
        "an internet or customer gateway changed",
        "{ ($.eventName = CreateCustomerGateway) || ($.eventName = DeleteCustomerGateway) || ($.eventName = AttachInternetGateway) || ($.eventName = CreateInternetGateway) || ($.eventName = DeleteInternetGateway) || ($.eventName = DetachInternetGateway) }",
    ),
    (
        "RouteTableChanges",
        "a route or route table changed",
        "{ ($.eventSource = ec2.amazonaws.com) && (($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable)) }",
    ),
    (
        "VpcChanges",
        "a VPC or a peering connection changed",
        "{ ($.eventName = CreateVpc) || ($.eventName = DeleteVpc) || ($.eventName = ModifyVpcAttribute) || ($.eventName = AcceptVpcPeeringConnection) || ($.eventName = CreateVpcPeeringConnection) || ($.eventName = DeleteVpcPeeringConnection) || ($.eventName = RejectVpcPeeringConnection) }",
    ),
];

/// Adds a filter and an alarm for each monitored event.
pub(super) fn add(stack: &mut Stack, id: &LogicalId, log_group: &LogGroupRef, alerts: &TopicRef) {
    for (metric, meaning, pattern) in CIS_ALARMS {
        let filter = l1::MetricFilter {
            filter_pattern: Value::Literal(pattern.into()),
            log_group_name: log_group.name(),
            metric_transformations: vec![l1::metric_filter::MetricTransformation {
                metric_name: Value::Literal(metric.into()),
                metric_namespace: Value::Literal(NAMESPACE.into()),
                metric_value: Value::Literal("1".into()),
                ..Default::default()
            }],
            ..Default::default()
        };
        let filter_id = stack.child_id(id, &format!("{metric}Filter"));
        stack.add_resource(Resource::new(filter_id, &filter));
        let alarm_id = stack.child_id(id, &format!("{metric}Alarm"));
        stack.add(
            Alarm::builder()
                .id(alarm_id.as_str())
                .description(format!(
                    "CIS monitoring: {meaning}. Find the events in the trail's log group."
                ))
                .metric(Metric::new(NAMESPACE, metric, Vec::new(), Statistic::Sum))
                .threshold(1.0)
                .topic(alerts.clone())
                .build(),
        );
    }
}
