//! L1: one struct per CloudFormation resource type stackward uses, with
//! fields named exactly as CloudFormation names the properties.
//!
//! Constructs (`crate::s3`, `crate::kms`, ...) fill these in; users rarely
//! touch them, except through [`crate::template::Stack::add_resource`].

pub mod ec2;
pub mod iam;
pub mod kms;
pub mod lambda;
pub mod logs;
pub mod rds;
pub mod s3;
pub mod sqs;
pub mod ssm;

use schemars::JsonSchema;
use serde::Serialize;

/// A resource tag.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct Tag {
    /// Tag key.
    pub key: String,
    /// Tag value.
    pub value: String,
}

/// The JSON schema of every L1 struct, by CloudFormation type, for checking
/// against CloudFormation's own resource provider schemas.
pub fn schemas() -> Vec<(&'static str, schemars::schema::RootSchema)> {
    use crate::template::CfnResource;
    fn of<R: CfnResource>() -> (&'static str, schemars::schema::RootSchema) {
        (R::TYPE, schemars::schema_for!(R))
    }
    vec![
        of::<kms::Key>(),
        of::<kms::Alias>(),
        of::<logs::LogGroup>(),
        of::<s3::Bucket>(),
        of::<s3::BucketPolicy>(),
        of::<ec2::Vpc>(),
        of::<ec2::Subnet>(),
        of::<ec2::InternetGateway>(),
        of::<ec2::VpcGatewayAttachment>(),
        of::<ec2::RouteTable>(),
        of::<ec2::Route>(),
        of::<ec2::SubnetRouteTableAssociation>(),
        of::<ec2::Eip>(),
        of::<ec2::NatGateway>(),
        of::<ec2::FlowLog>(),
        of::<ec2::VpcEndpoint>(),
        of::<ec2::SecurityGroup>(),
        of::<ec2::SecurityGroupIngress>(),
        of::<ec2::SecurityGroupEgress>(),
        of::<ec2::LaunchTemplate>(),
        of::<ec2::Instance>(),
        of::<iam::Role>(),
        of::<iam::InstanceProfile>(),
        of::<ssm::Association>(),
        of::<rds::DbSubnetGroup>(),
        of::<rds::DbParameterGroup>(),
        of::<rds::OptionGroup>(),
        of::<rds::DbInstance>(),
        of::<lambda::Function>(),
        of::<lambda::Url>(),
        of::<lambda::Permission>(),
        of::<sqs::Queue>(),
    ]
}
