// Written by `cargo xtask codegen` from CloudFormation's resource provider
// schemas; do not edit by hand.

//! L1: one struct per CloudFormation resource type stackward lists
//! (`src/cfn/l1/types.txt`), generated from the resource provider schemas.
//! Field names are the properties' own (`#[serde(rename)]`), optional
//! unless the schema requires them; the schema's description is each
//! one's documentation.

use crate::template::Tagging;

pub mod accessanalyzer;
pub mod apigatewayv2;
pub mod autoscaling;
pub mod backup;
pub mod certificatemanager;
pub mod cloudfront;
pub mod cloudtrail;
pub mod cloudwatch;
pub mod config;
pub mod dynamodb;
pub mod ec2;
pub mod elasticloadbalancingv2;
pub mod guardduty;
pub mod iam;
pub mod kms;
pub mod lambda;
pub mod logs;
pub mod rds;
pub mod route53;
pub mod s3;
pub mod secretsmanager;
pub mod securityhub;
pub mod sns;
pub mod sqs;
pub mod ssm;
pub mod wafv2;

/// Every listed type, in the order `types.txt` lists them.
pub const TYPES: [&str; 77] = [
    "AWS::EC2::EIP",
    "AWS::EC2::FlowLog",
    "AWS::EC2::Instance",
    "AWS::EC2::InternetGateway",
    "AWS::EC2::LaunchTemplate",
    "AWS::EC2::NatGateway",
    "AWS::EC2::Route",
    "AWS::EC2::RouteTable",
    "AWS::EC2::SecurityGroup",
    "AWS::EC2::SecurityGroupEgress",
    "AWS::EC2::SecurityGroupIngress",
    "AWS::EC2::Subnet",
    "AWS::EC2::SubnetRouteTableAssociation",
    "AWS::EC2::VPC",
    "AWS::EC2::VPCEndpoint",
    "AWS::EC2::VPCGatewayAttachment",
    "AWS::IAM::InstanceProfile",
    "AWS::IAM::Policy",
    "AWS::IAM::Role",
    "AWS::KMS::Alias",
    "AWS::KMS::Key",
    "AWS::Lambda::Function",
    "AWS::Lambda::Permission",
    "AWS::Lambda::Url",
    "AWS::Logs::LogGroup",
    "AWS::RDS::DBInstance",
    "AWS::RDS::DBParameterGroup",
    "AWS::RDS::DBSubnetGroup",
    "AWS::RDS::OptionGroup",
    "AWS::S3::Bucket",
    "AWS::S3::BucketPolicy",
    "AWS::SQS::Queue",
    "AWS::SSM::Association",
    "AWS::ElasticLoadBalancingV2::LoadBalancer",
    "AWS::ElasticLoadBalancingV2::Listener",
    "AWS::ElasticLoadBalancingV2::ListenerRule",
    "AWS::ElasticLoadBalancingV2::TargetGroup",
    "AWS::CertificateManager::Certificate",
    "AWS::AutoScaling::AutoScalingGroup",
    "AWS::AutoScaling::ScalingPolicy",
    "AWS::RDS::DBCluster",
    "AWS::RDS::DBClusterParameterGroup",
    "AWS::CloudFront::Distribution",
    "AWS::CloudFront::OriginAccessControl",
    "AWS::CloudFront::ResponseHeadersPolicy",
    "AWS::WAFv2::WebACL",
    "AWS::WAFv2::WebACLAssociation",
    "AWS::WAFv2::LoggingConfiguration",
    "AWS::Route53::RecordSet",
    "AWS::ApiGatewayV2::Api",
    "AWS::ApiGatewayV2::ApiMapping",
    "AWS::ApiGatewayV2::Authorizer",
    "AWS::ApiGatewayV2::DomainName",
    "AWS::ApiGatewayV2::Integration",
    "AWS::ApiGatewayV2::Route",
    "AWS::ApiGatewayV2::Stage",
    "AWS::DynamoDB::Table",
    "AWS::SNS::Subscription",
    "AWS::SNS::Topic",
    "AWS::SNS::TopicPolicy",
    "AWS::SQS::QueuePolicy",
    "AWS::SecretsManager::ResourcePolicy",
    "AWS::SecretsManager::RotationSchedule",
    "AWS::SecretsManager::Secret",
    "AWS::Lambda::EventSourceMapping",
    "AWS::CloudWatch::Alarm",
    "AWS::Logs::MetricFilter",
    "AWS::CloudTrail::Trail",
    "AWS::Config::ConfigurationRecorder",
    "AWS::Config::DeliveryChannel",
    "AWS::GuardDuty::Detector",
    "AWS::SecurityHub::Hub",
    "AWS::SecurityHub::Standard",
    "AWS::AccessAnalyzer::Analyzer",
    "AWS::Backup::BackupPlan",
    "AWS::Backup::BackupSelection",
    "AWS::Backup::BackupVault",
];

/// How a listed type takes tags, as its schema says; `None` for a type
/// not listed.
pub fn tagging(type_name: &str) -> Option<Tagging> {
    match type_name {
        "AWS::EC2::EIP" => Some(Tagging::List),
        "AWS::EC2::FlowLog" => Some(Tagging::List),
        "AWS::EC2::Instance" => Some(Tagging::List),
        "AWS::EC2::InternetGateway" => Some(Tagging::List),
        "AWS::EC2::LaunchTemplate" => Some(Tagging::None),
        "AWS::EC2::NatGateway" => Some(Tagging::List),
        "AWS::EC2::Route" => Some(Tagging::None),
        "AWS::EC2::RouteTable" => Some(Tagging::List),
        "AWS::EC2::SecurityGroup" => Some(Tagging::List),
        "AWS::EC2::SecurityGroupEgress" => Some(Tagging::None),
        "AWS::EC2::SecurityGroupIngress" => Some(Tagging::None),
        "AWS::EC2::Subnet" => Some(Tagging::List),
        "AWS::EC2::SubnetRouteTableAssociation" => Some(Tagging::None),
        "AWS::EC2::VPC" => Some(Tagging::List),
        "AWS::EC2::VPCEndpoint" => Some(Tagging::List),
        "AWS::EC2::VPCGatewayAttachment" => Some(Tagging::None),
        "AWS::IAM::InstanceProfile" => Some(Tagging::None),
        "AWS::IAM::Policy" => Some(Tagging::None),
        "AWS::IAM::Role" => Some(Tagging::List),
        "AWS::KMS::Alias" => Some(Tagging::None),
        "AWS::KMS::Key" => Some(Tagging::List),
        "AWS::Lambda::Function" => Some(Tagging::List),
        "AWS::Lambda::Permission" => Some(Tagging::None),
        "AWS::Lambda::Url" => Some(Tagging::None),
        "AWS::Logs::LogGroup" => Some(Tagging::List),
        "AWS::RDS::DBInstance" => Some(Tagging::List),
        "AWS::RDS::DBParameterGroup" => Some(Tagging::List),
        "AWS::RDS::DBSubnetGroup" => Some(Tagging::List),
        "AWS::RDS::OptionGroup" => Some(Tagging::List),
        "AWS::S3::Bucket" => Some(Tagging::List),
        "AWS::S3::BucketPolicy" => Some(Tagging::None),
        "AWS::SQS::Queue" => Some(Tagging::List),
        "AWS::SSM::Association" => Some(Tagging::List),
        "AWS::ElasticLoadBalancingV2::LoadBalancer" => Some(Tagging::List),
        "AWS::ElasticLoadBalancingV2::Listener" => Some(Tagging::List),
        "AWS::ElasticLoadBalancingV2::ListenerRule" => Some(Tagging::List),
        "AWS::ElasticLoadBalancingV2::TargetGroup" => Some(Tagging::List),
        "AWS::CertificateManager::Certificate" => Some(Tagging::List),
        "AWS::AutoScaling::AutoScalingGroup" => Some(Tagging::ListPropagated),
        "AWS::AutoScaling::ScalingPolicy" => Some(Tagging::None),
        "AWS::RDS::DBCluster" => Some(Tagging::List),
        "AWS::RDS::DBClusterParameterGroup" => Some(Tagging::List),
        "AWS::CloudFront::Distribution" => Some(Tagging::List),
        "AWS::CloudFront::OriginAccessControl" => Some(Tagging::None),
        "AWS::CloudFront::ResponseHeadersPolicy" => Some(Tagging::None),
        "AWS::WAFv2::WebACL" => Some(Tagging::List),
        "AWS::WAFv2::WebACLAssociation" => Some(Tagging::None),
        "AWS::WAFv2::LoggingConfiguration" => Some(Tagging::None),
        "AWS::Route53::RecordSet" => Some(Tagging::None),
        "AWS::ApiGatewayV2::Api" => Some(Tagging::Map),
        "AWS::ApiGatewayV2::ApiMapping" => Some(Tagging::None),
        "AWS::ApiGatewayV2::Authorizer" => Some(Tagging::None),
        "AWS::ApiGatewayV2::DomainName" => Some(Tagging::Map),
        "AWS::ApiGatewayV2::Integration" => Some(Tagging::None),
        "AWS::ApiGatewayV2::Route" => Some(Tagging::None),
        "AWS::ApiGatewayV2::Stage" => Some(Tagging::Map),
        "AWS::DynamoDB::Table" => Some(Tagging::List),
        "AWS::SNS::Subscription" => Some(Tagging::None),
        "AWS::SNS::Topic" => Some(Tagging::List),
        "AWS::SNS::TopicPolicy" => Some(Tagging::None),
        "AWS::SQS::QueuePolicy" => Some(Tagging::None),
        "AWS::SecretsManager::ResourcePolicy" => Some(Tagging::None),
        "AWS::SecretsManager::RotationSchedule" => Some(Tagging::None),
        "AWS::SecretsManager::Secret" => Some(Tagging::List),
        "AWS::Lambda::EventSourceMapping" => Some(Tagging::List),
        "AWS::CloudWatch::Alarm" => Some(Tagging::List),
        "AWS::Logs::MetricFilter" => Some(Tagging::None),
        "AWS::CloudTrail::Trail" => Some(Tagging::List),
        "AWS::Config::ConfigurationRecorder" => Some(Tagging::None),
        "AWS::Config::DeliveryChannel" => Some(Tagging::None),
        "AWS::GuardDuty::Detector" => Some(Tagging::List),
        "AWS::SecurityHub::Hub" => Some(Tagging::Map),
        "AWS::SecurityHub::Standard" => Some(Tagging::None),
        "AWS::AccessAnalyzer::Analyzer" => Some(Tagging::List),
        "AWS::Backup::BackupPlan" => Some(Tagging::None),
        "AWS::Backup::BackupSelection" => Some(Tagging::None),
        "AWS::Backup::BackupVault" => Some(Tagging::None),
        _ => None,
    }
}
