//! `AWS::EC2::*`: the network (VPC, subnets, routes, gateways, endpoints,
//! flow logs), security groups and instances.

use schemars::JsonSchema;
use serde::Serialize;

use super::Tag;
use crate::iam::PolicyDocument;
use crate::template::{CfnResource, Tagging, Value};

macro_rules! cfn_type {
    ($ty:ident, $name:literal, $tagging:ident) => {
        impl CfnResource for $ty {
            const TYPE: &'static str = $name;
            const TAGGING: Tagging = Tagging::$tagging;
        }
    };
}

/// `AWS::EC2::VPC`
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct Vpc {
    /// `CidrBlock`
    pub cidr_block: String,
    /// `EnableDnsHostnames`
    pub enable_dns_hostnames: bool,
    /// `EnableDnsSupport`
    pub enable_dns_support: bool,
    /// `InstanceTenancy`
    pub instance_tenancy: String,
    /// `Tags`
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<Tag>,
}
cfn_type!(Vpc, "AWS::EC2::VPC", List);

/// `AWS::EC2::Subnet`
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct Subnet {
    /// `VpcId`
    pub vpc_id: Value<String>,
    /// `CidrBlock`
    pub cidr_block: String,
    /// `AvailabilityZone`
    pub availability_zone: Value<String>,
    /// `MapPublicIpOnLaunch`
    pub map_public_ip_on_launch: bool,
    /// `Tags`
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<Tag>,
}
cfn_type!(Subnet, "AWS::EC2::Subnet", List);

/// `AWS::EC2::InternetGateway`
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct InternetGateway {
    /// `Tags`
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<Tag>,
}
cfn_type!(InternetGateway, "AWS::EC2::InternetGateway", List);

/// `AWS::EC2::VPCGatewayAttachment`
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct VpcGatewayAttachment {
    /// `VpcId`
    pub vpc_id: Value<String>,
    /// `InternetGatewayId`
    pub internet_gateway_id: Value<String>,
}
cfn_type!(VpcGatewayAttachment, "AWS::EC2::VPCGatewayAttachment", None);

/// `AWS::EC2::RouteTable`
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct RouteTable {
    /// `VpcId`
    pub vpc_id: Value<String>,
    /// `Tags`
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<Tag>,
}
cfn_type!(RouteTable, "AWS::EC2::RouteTable", List);

/// `AWS::EC2::Route`
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct Route {
    /// `RouteTableId`
    pub route_table_id: Value<String>,
    /// `DestinationCidrBlock`
    pub destination_cidr_block: String,
    /// `GatewayId`: an internet gateway.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gateway_id: Option<Value<String>>,
    /// `NatGatewayId`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nat_gateway_id: Option<Value<String>>,
}
cfn_type!(Route, "AWS::EC2::Route", None);

/// `AWS::EC2::SubnetRouteTableAssociation`
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct SubnetRouteTableAssociation {
    /// `SubnetId`
    pub subnet_id: Value<String>,
    /// `RouteTableId`
    pub route_table_id: Value<String>,
}
cfn_type!(
    SubnetRouteTableAssociation,
    "AWS::EC2::SubnetRouteTableAssociation",
    None
);

/// `AWS::EC2::EIP`
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct Eip {
    /// `Domain`: `vpc`.
    pub domain: String,
    /// `Tags`
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<Tag>,
}
cfn_type!(Eip, "AWS::EC2::EIP", List);

/// `AWS::EC2::NatGateway`
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct NatGateway {
    /// `SubnetId`: a public subnet.
    pub subnet_id: Value<String>,
    /// `AllocationId`: the Elastic IP's allocation id.
    pub allocation_id: Value<String>,
    /// `Tags`
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<Tag>,
}
cfn_type!(NatGateway, "AWS::EC2::NatGateway", List);

/// `AWS::EC2::FlowLog`
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct FlowLog {
    /// `ResourceId`
    pub resource_id: Value<String>,
    /// `ResourceType`: `VPC`.
    pub resource_type: String,
    /// `TrafficType`: `ALL`, `ACCEPT` or `REJECT`.
    pub traffic_type: String,
    /// `LogDestinationType`: `cloud-watch-logs`.
    pub log_destination_type: String,
    /// `LogGroupName`
    pub log_group_name: Value<String>,
    /// `DeliverLogsPermissionArn`: the role flow logs assume.
    pub deliver_logs_permission_arn: Value<String>,
    /// `MaxAggregationInterval`: 60 or 600 seconds.
    pub max_aggregation_interval: u32,
    /// `Tags`
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<Tag>,
}
cfn_type!(FlowLog, "AWS::EC2::FlowLog", List);

/// `AWS::EC2::VPCEndpoint`
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct VpcEndpoint {
    /// `ServiceName`
    pub service_name: Value<String>,
    /// `VpcId`
    pub vpc_id: Value<String>,
    /// `VpcEndpointType`: `Gateway` or `Interface`.
    pub vpc_endpoint_type: String,
    /// `RouteTableIds` (gateway endpoints)
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub route_table_ids: Vec<Value<String>>,
    /// `SubnetIds` (interface endpoints)
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub subnet_ids: Vec<Value<String>>,
    /// `SecurityGroupIds` (interface endpoints)
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub security_group_ids: Vec<Value<String>>,
    /// `PrivateDnsEnabled` (interface endpoints)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub private_dns_enabled: Option<bool>,
    /// `PolicyDocument`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub policy_document: Option<PolicyDocument>,
}
cfn_type!(VpcEndpoint, "AWS::EC2::VPCEndpoint", None);

/// One rule inside `SecurityGroupIngress`.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct IngressRule {
    /// `IpProtocol`: `tcp`, `udp`, `icmp`, `icmpv6` or `-1` (all).
    pub ip_protocol: String,
    /// `FromPort` (ICMP: the type)
    pub from_port: i32,
    /// `ToPort` (ICMP: the code)
    pub to_port: i32,
    /// `CidrIp`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cidr_ip: Option<String>,
    /// `CidrIpv6`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cidr_ipv6: Option<String>,
    /// `SourceSecurityGroupId`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_security_group_id: Option<Value<String>>,
    /// `SourcePrefixListId`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_prefix_list_id: Option<Value<String>>,
    /// `Description`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// One rule inside `SecurityGroupEgress`.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct EgressRule {
    /// `IpProtocol`
    pub ip_protocol: String,
    /// `FromPort`
    pub from_port: i32,
    /// `ToPort`
    pub to_port: i32,
    /// `CidrIp`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cidr_ip: Option<String>,
    /// `CidrIpv6`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cidr_ipv6: Option<String>,
    /// `DestinationSecurityGroupId`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub destination_security_group_id: Option<Value<String>>,
    /// `DestinationPrefixListId`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub destination_prefix_list_id: Option<Value<String>>,
    /// `Description`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// `AWS::EC2::SecurityGroup`
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct SecurityGroup {
    /// `GroupDescription`
    pub group_description: String,
    /// `VpcId`
    pub vpc_id: Value<String>,
    /// `SecurityGroupIngress`, written even when empty so the template
    /// shows that nothing is admitted.
    pub security_group_ingress: Vec<IngressRule>,
    /// `SecurityGroupEgress`: never empty, since an empty list would leave
    /// EC2's default of all traffic to anywhere.
    pub security_group_egress: Vec<EgressRule>,
    /// `Tags`
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<Tag>,
}
cfn_type!(SecurityGroup, "AWS::EC2::SecurityGroup", List);

/// `AWS::EC2::SecurityGroupIngress`: a rule kept apart from its group, so
/// that two groups can name each other.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct SecurityGroupIngress {
    /// `GroupId`
    pub group_id: Value<String>,
    /// The rule.
    #[serde(flatten)]
    pub rule: IngressRule,
}
cfn_type!(SecurityGroupIngress, "AWS::EC2::SecurityGroupIngress", None);

/// `AWS::EC2::SecurityGroupEgress`
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct SecurityGroupEgress {
    /// `GroupId`
    pub group_id: Value<String>,
    /// The rule.
    #[serde(flatten)]
    pub rule: EgressRule,
}
cfn_type!(SecurityGroupEgress, "AWS::EC2::SecurityGroupEgress", None);

/// `MetadataOptions` of a launch template.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct MetadataOptions {
    /// `HttpEndpoint`: `enabled`.
    pub http_endpoint: String,
    /// `HttpTokens`: `required` means IMDSv2 only.
    pub http_tokens: String,
    /// `HttpPutResponseHopLimit`
    pub http_put_response_hop_limit: u32,
}

/// `Monitoring` of a launch template.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct LaunchTemplateMonitoring {
    /// `Enabled`: detailed (one-minute) monitoring.
    pub enabled: bool,
}

/// `LaunchTemplateData`
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct LaunchTemplateData {
    /// `MetadataOptions`
    pub metadata_options: MetadataOptions,
    /// `Monitoring`
    pub monitoring: LaunchTemplateMonitoring,
}

/// `AWS::EC2::LaunchTemplate`
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct LaunchTemplate {
    /// `LaunchTemplateData`
    pub launch_template_data: LaunchTemplateData,
}
cfn_type!(LaunchTemplate, "AWS::EC2::LaunchTemplate", None);

/// An instance's reference to its launch template.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct LaunchTemplateSpecification {
    /// `LaunchTemplateId`
    pub launch_template_id: Value<String>,
    /// `Version`
    pub version: Value<String>,
}

/// One network interface an instance is launched with.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct NetworkInterface {
    /// `DeviceIndex`
    pub device_index: String,
    /// `SubnetId`
    pub subnet_id: Value<String>,
    /// `GroupSet`: security group ids.
    pub group_set: Vec<Value<String>>,
    /// `AssociatePublicIpAddress`
    pub associate_public_ip_address: bool,
    /// `DeleteOnTermination`
    pub delete_on_termination: bool,
}

/// `Ebs` of a block device mapping.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct Ebs {
    /// `Encrypted`
    pub encrypted: bool,
    /// `KmsKeyId`
    pub kms_key_id: Value<String>,
    /// `VolumeType`
    pub volume_type: String,
    /// `VolumeSize` in GiB; the image's size when unset.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub volume_size: Option<u32>,
    /// `Iops`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iops: Option<u32>,
    /// `DeleteOnTermination`
    pub delete_on_termination: bool,
}

/// `BlockDeviceMappings` entry.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct BlockDeviceMapping {
    /// `DeviceName`
    pub device_name: String,
    /// `Ebs`
    pub ebs: Ebs,
}

/// `AWS::EC2::Instance`
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct Instance {
    /// `ImageId`
    pub image_id: Value<String>,
    /// `InstanceType`
    pub instance_type: String,
    /// `LaunchTemplate`
    pub launch_template: LaunchTemplateSpecification,
    /// `NetworkInterfaces`
    pub network_interfaces: Vec<NetworkInterface>,
    /// `IamInstanceProfile`: the profile's name.
    pub iam_instance_profile: Value<String>,
    /// `Monitoring`: detailed monitoring.
    pub monitoring: bool,
    /// `EbsOptimized`
    pub ebs_optimized: bool,
    /// `BlockDeviceMappings`
    pub block_device_mappings: Vec<BlockDeviceMapping>,
    /// `PropagateTagsToVolumeOnCreation`
    pub propagate_tags_to_volume_on_creation: bool,
    /// `KeyName`: only with a waiver.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key_name: Option<String>,
    /// `UserData`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_data: Option<Value<String>>,
    /// `Tags`
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<Tag>,
}
cfn_type!(Instance, "AWS::EC2::Instance", List);
