// Written by `cargo xtask codegen` from CloudFormation's resource provider
// schemas; do not edit by hand.

//! L1 structs of the listed `AWS::EC2::*` types.

/// `AWS::EC2::EIP`: the resource and its property types.
pub mod eip {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// Specifies an Elastic IP (EIP) address and can, optionally, associate it with an Amazon EC2 instance. You can allocate an Elastic IP address from an address pool owned by AWS or from an address pool created from a public IPv4 address range that you have brought to AWS for use with your AWS resources using bring your own IP addresses (BYOIP). For more information, see Bring Your Own IP Addresses (BYOIP) ...
    ///
    /// CloudFormation type `AWS::EC2::EIP`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Eip {
        /// An Elastic IP address or a carrier IP address in a Wavelength Zone.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "Address", skip_serializing_if = "Option::is_none")]
        pub address: Option<Value<String>>,
        /// The network (``vpc``). If you define an Elastic IP address and associate it with a VPC that is defined in the same template, you must declare a dependency on the VPC-gateway attachment by using the DependsOn Attribute on this resource.
        #[serde(rename = "Domain", skip_serializing_if = "Option::is_none")]
        pub domain: Option<Value<String>>,
        /// The ID of the instance. Updates to the ``InstanceId`` property may require *some interruptions*. Updates on an EIP reassociates the address on its associated resource.
        #[serde(rename = "InstanceId", skip_serializing_if = "Option::is_none")]
        pub instance_id: Option<Value<String>>,
        /// The ID of an IPAM pool which has an Amazon-provided or BYOIP public IPv4 CIDR provisioned to it. For more information, see Allocate sequential Elastic IP addresses from an IPAM pool in the *Amazon VPC IPAM User Guide*.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "IpamPoolId", skip_serializing_if = "Option::is_none")]
        pub ipam_pool_id: Option<Value<String>>,
        /// A unique set of Availability Zones, Local Zones, or Wavelength Zones from which AWS advertises IP addresses. Use this parameter to limit the IP address to this location. IP addresses cannot move between network border groups. Use DescribeAvailabilityZones to view the network border groups.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "NetworkBorderGroup", skip_serializing_if = "Option::is_none")]
        pub network_border_group: Option<Value<String>>,
        /// The ID of an address pool that you own. Use this parameter to let Amazon EC2 select an address from the address pool. Updates to the ``PublicIpv4Pool`` property may require *some interruptions*. Updates on an EIP reassociates the address on its associated resource.
        #[serde(rename = "PublicIpv4Pool", skip_serializing_if = "Option::is_none")]
        pub public_ipv4_pool: Option<Value<String>>,
        /// Any tags assigned to the Elastic IP address. Updates to the ``Tags`` property may require *some interruptions*. Updates on an EIP reassociates the address on its associated resource.
        #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<crate::cfn::Tag>>,
        /// The Elastic IP address you are accepting for transfer. You can only accept one transferred address. For more information on Elastic IP address transfers, see Transfer Elastic IP addresses in the *Amazon Virtual Private Cloud User Guide*.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "TransferAddress", skip_serializing_if = "Option::is_none")]
        pub transfer_address: Option<Value<String>>,
    }

    impl CfnResource for Eip {
        const TYPE: &'static str = "AWS::EC2::EIP";
        const TAGGING: Tagging = Tagging::List;
    }
}
pub use eip::Eip;

/// `AWS::EC2::FlowLog`: the resource and its property types.
pub mod flow_log {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// Specifies a VPC flow log, which enables you to capture IP traffic for a specific network interface, subnet, or VPC.
    ///
    /// CloudFormation type `AWS::EC2::FlowLog`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct FlowLog {
        /// The ARN of the IAM role that allows Amazon EC2 to publish flow logs across accounts.
        ///
        /// Changing it replaces the resource.
        #[serde(
            rename = "DeliverCrossAccountRole",
            skip_serializing_if = "Option::is_none"
        )]
        pub deliver_cross_account_role: Option<Value<String>>,
        /// The ARN for the IAM role that permits Amazon EC2 to publish flow logs to a CloudWatch Logs log group in your account. If you specify LogDestinationType as s3 or kinesis-data-firehose, do not specify DeliverLogsPermissionArn or LogGroupName.
        ///
        /// Changing it replaces the resource.
        #[serde(
            rename = "DeliverLogsPermissionArn",
            skip_serializing_if = "Option::is_none"
        )]
        pub deliver_logs_permission_arn: Option<Value<String>>,
        /// The `DestinationOptions` property.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "DestinationOptions", skip_serializing_if = "Option::is_none")]
        pub destination_options: Option<Json>,
        /// Specifies the destination to which the flow log data is to be published. Flow log data can be published to a CloudWatch Logs log group, an Amazon S3 bucket, or a Kinesis Firehose stream. The value specified for this parameter depends on the value specified for LogDestinationType.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "LogDestination", skip_serializing_if = "Option::is_none")]
        pub log_destination: Option<Value<String>>,
        /// Specifies the type of destination to which the flow log data is to be published. Flow log data can be published to CloudWatch Logs or Amazon S3.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "LogDestinationType", skip_serializing_if = "Option::is_none")]
        pub log_destination_type: Option<Value<String>>,
        /// The fields to include in the flow log record, in the order in which they should appear.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "LogFormat", skip_serializing_if = "Option::is_none")]
        pub log_format: Option<Value<String>>,
        /// The name of a new or existing CloudWatch Logs log group where Amazon EC2 publishes your flow logs. If you specify LogDestinationType as s3 or kinesis-data-firehose, do not specify DeliverLogsPermissionArn or LogGroupName.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "LogGroupName", skip_serializing_if = "Option::is_none")]
        pub log_group_name: Option<Value<String>>,
        /// The maximum interval of time during which a flow of packets is captured and aggregated into a flow log record. You can specify 60 seconds (1 minute) or 600 seconds (10 minutes).
        ///
        /// Changing it replaces the resource.
        #[serde(
            rename = "MaxAggregationInterval",
            skip_serializing_if = "Option::is_none"
        )]
        pub max_aggregation_interval: Option<Value<i64>>,
        /// The ID of the subnet, network interface, or VPC for which you want to create a flow log.
        ///
        /// Required.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "ResourceId")]
        pub resource_id: Value<String>,
        /// The type of resource for which to create the flow log. For example, if you specified a VPC ID for the ResourceId property, specify VPC for this property.
        ///
        /// Required.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "ResourceType")]
        pub resource_type: Value<String>,
        /// The resource types and associated tags for EC2 resources associated with the EC2 Tags feature for log enrichment.
        ///
        /// Changing it replaces the resource.
        #[serde(
            rename = "TagFieldSpecifications",
            skip_serializing_if = "Option::is_none"
        )]
        pub tag_field_specifications: Option<Vec<TagFieldSpecification>>,
        /// The tags to apply to the flow logs.
        #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<crate::cfn::Tag>>,
        /// The type of traffic to log. You can log traffic that the resource accepts or rejects, or all traffic.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "TrafficType", skip_serializing_if = "Option::is_none")]
        pub traffic_type: Option<Value<String>>,
    }

    impl CfnResource for FlowLog {
        const TYPE: &'static str = "AWS::EC2::FlowLog";
        const TAGGING: Tagging = Tagging::List;
    }

    /// The `TagFieldSpecification` property type of `AWS::EC2::FlowLog`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct TagFieldSpecification {
        /// The `ResourceType` property.
        ///
        /// Required.
        #[serde(rename = "ResourceType")]
        pub resource_type: Value<String>,
        /// The `TagKeys` property.
        ///
        /// Required.
        #[serde(rename = "TagKeys")]
        pub tag_keys: Vec<Value<String>>,
    }
}
pub use flow_log::FlowLog;

/// `AWS::EC2::Instance`: the resource and its property types.
pub mod instance {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// Resource Type definition for AWS::EC2::Instance
    ///
    /// CloudFormation type `AWS::EC2::Instance`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Instance {
        /// This property is reserved for internal use. If you use it, the stack fails with this error: Bad property set: \[Testing this property\] (Service: AmazonEC2; Status Code: 400; Error Code: InvalidParameterCombination; Request ID: 0XXXXXX-49c7-4b40-8bcc-76885dcXXXXX).
        #[serde(rename = "AdditionalInfo", skip_serializing_if = "Option::is_none")]
        pub additional_info: Option<Value<String>>,
        /// Indicates whether the instance is associated with a dedicated host. If you want the instance to always restart on the same host on which it was launched, specify host. If you want the instance to restart on any available host, but try to launch onto the last host it ran on (on a best-effort basis), specify default.
        #[serde(rename = "Affinity", skip_serializing_if = "Option::is_none")]
        pub affinity: Option<Value<String>>,
        /// The Availability Zone of the instance.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "AvailabilityZone", skip_serializing_if = "Option::is_none")]
        pub availability_zone: Option<Value<String>>,
        /// The block device mapping entries that defines the block devices to attach to the instance at launch.
        #[serde(
            rename = "BlockDeviceMappings",
            skip_serializing_if = "Option::is_none"
        )]
        pub block_device_mappings: Option<Vec<BlockDeviceMapping>>,
        /// The CPU options for the instance.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "CpuOptions", skip_serializing_if = "Option::is_none")]
        pub cpu_options: Option<Json>,
        /// The credit option for CPU usage of the burstable performance instance. Valid values are standard and unlimited.
        #[serde(
            rename = "CreditSpecification",
            skip_serializing_if = "Option::is_none"
        )]
        pub credit_specification: Option<Json>,
        /// If you set this parameter to true, you can't terminate the instance using the Amazon EC2 console, CLI, or API; otherwise, you can.
        #[serde(
            rename = "DisableApiTermination",
            skip_serializing_if = "Option::is_none"
        )]
        pub disable_api_termination: Option<Value<bool>>,
        /// Indicates whether the instance is optimized for Amazon EBS I/O.
        #[serde(rename = "EbsOptimized", skip_serializing_if = "Option::is_none")]
        pub ebs_optimized: Option<Value<bool>>,
        /// An elastic GPU to associate with the instance. Amazon Elastic Graphics is no longer available.
        ///
        /// Changing it replaces the resource.
        #[serde(
            rename = "ElasticGpuSpecifications",
            skip_serializing_if = "Option::is_none"
        )]
        pub elastic_gpu_specifications: Option<Vec<ElasticGpuSpecification>>,
        /// An elastic inference accelerator to associate with the instance. Amazon Elastic Inference is no longer available.
        ///
        /// Changing it replaces the resource.
        #[serde(
            rename = "ElasticInferenceAccelerators",
            skip_serializing_if = "Option::is_none"
        )]
        pub elastic_inference_accelerators: Option<Vec<ElasticInferenceAccelerator>>,
        /// Indicates whether the instance is enabled for AWS Nitro Enclaves.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "EnclaveOptions", skip_serializing_if = "Option::is_none")]
        pub enclave_options: Option<Json>,
        /// Indicates whether an instance is enabled for hibernation.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "HibernationOptions", skip_serializing_if = "Option::is_none")]
        pub hibernation_options: Option<Json>,
        /// If you specify host for the Affinity property, the ID of a dedicated host that the instance is associated with. If you don't specify an ID, Amazon EC2 launches the instance onto any available, compatible dedicated host in your account.
        #[serde(rename = "HostId", skip_serializing_if = "Option::is_none")]
        pub host_id: Option<Value<String>>,
        /// The ARN of the host resource group in which to launch the instances. If you specify a host resource group ARN, omit the Tenancy parameter or set it to host.
        ///
        /// Changing it replaces the resource.
        #[serde(
            rename = "HostResourceGroupArn",
            skip_serializing_if = "Option::is_none"
        )]
        pub host_resource_group_arn: Option<Value<String>>,
        /// The IAM instance profile.
        #[serde(rename = "IamInstanceProfile", skip_serializing_if = "Option::is_none")]
        pub iam_instance_profile: Option<Value<String>>,
        /// The ID of the AMI. An AMI ID is required to launch an instance and must be specified here or in a launch template.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "ImageId", skip_serializing_if = "Option::is_none")]
        pub image_id: Option<Value<String>>,
        /// Indicates whether an instance stops or terminates when you initiate shutdown from the instance (using the operating system command for system shutdown).
        #[serde(
            rename = "InstanceInitiatedShutdownBehavior",
            skip_serializing_if = "Option::is_none"
        )]
        pub instance_initiated_shutdown_behavior: Option<Value<String>>,
        /// The instance type.
        #[serde(rename = "InstanceType", skip_serializing_if = "Option::is_none")]
        pub instance_type: Option<Value<String>>,
        /// \[EC2-VPC\] The number of IPv6 addresses to associate with the primary network interface. Amazon EC2 chooses the IPv6 addresses from the range of your subnet.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "Ipv6AddressCount", skip_serializing_if = "Option::is_none")]
        pub ipv6_address_count: Option<Value<i64>>,
        /// \[EC2-VPC\] The IPv6 addresses from the range of the subnet to associate with the primary network interface.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "Ipv6Addresses", skip_serializing_if = "Option::is_none")]
        pub ipv6_addresses: Option<Vec<InstanceIpv6Address>>,
        /// The ID of the kernel.
        #[serde(rename = "KernelId", skip_serializing_if = "Option::is_none")]
        pub kernel_id: Option<Value<String>>,
        /// The name of the key pair.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "KeyName", skip_serializing_if = "Option::is_none")]
        pub key_name: Option<Value<String>>,
        /// The launch template to use to launch the instances.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "LaunchTemplate", skip_serializing_if = "Option::is_none")]
        pub launch_template: Option<LaunchTemplateSpecification>,
        /// The license configurations.
        ///
        /// Changing it replaces the resource.
        #[serde(
            rename = "LicenseSpecifications",
            skip_serializing_if = "Option::is_none"
        )]
        pub license_specifications: Option<Vec<LicenseSpecification>>,
        /// The metadata options for the instance
        #[serde(rename = "MetadataOptions", skip_serializing_if = "Option::is_none")]
        pub metadata_options: Option<MetadataOptions>,
        /// Specifies whether detailed monitoring is enabled for the instance.
        #[serde(rename = "Monitoring", skip_serializing_if = "Option::is_none")]
        pub monitoring: Option<Value<bool>>,
        /// The network interfaces to associate with the instance.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "NetworkInterfaces", skip_serializing_if = "Option::is_none")]
        pub network_interfaces: Option<Vec<NetworkInterface>>,
        /// The name of an existing placement group that you want to launch the instance into (cluster | partition | spread).
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "PlacementGroupName", skip_serializing_if = "Option::is_none")]
        pub placement_group_name: Option<Value<String>>,
        /// The options for the instance hostname.
        #[serde(
            rename = "PrivateDnsNameOptions",
            skip_serializing_if = "Option::is_none"
        )]
        pub private_dns_name_options: Option<PrivateDnsNameOptions>,
        /// \[EC2-VPC\] The primary IPv4 address. You must specify a value from the IPv4 address range of the subnet.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "PrivateIpAddress", skip_serializing_if = "Option::is_none")]
        pub private_ip_address: Option<Value<String>>,
        /// Indicates whether to assign the tags from the instance to all of the volumes attached to the instance at launch. If you specify true and you assign tags to the instance, those tags are automatically assigned to all of the volumes that you attach to the instance at launch. If you specify false, those tags are not assigned to the attached volumes.
        #[serde(
            rename = "PropagateTagsToVolumeOnCreation",
            skip_serializing_if = "Option::is_none"
        )]
        pub propagate_tags_to_volume_on_creation: Option<Value<bool>>,
        /// The ID of the RAM disk to select.
        #[serde(rename = "RamdiskId", skip_serializing_if = "Option::is_none")]
        pub ramdisk_id: Option<Value<String>>,
        /// The IDs of the security groups.
        #[serde(rename = "SecurityGroupIds", skip_serializing_if = "Option::is_none")]
        pub security_group_ids: Option<Vec<Value<String>>>,
        /// the names of the security groups. For a nondefault VPC, you must use security group IDs instead.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "SecurityGroups", skip_serializing_if = "Option::is_none")]
        pub security_groups: Option<Vec<Value<String>>>,
        /// Specifies whether to enable an instance launched in a VPC to perform NAT.
        #[serde(rename = "SourceDestCheck", skip_serializing_if = "Option::is_none")]
        pub source_dest_check: Option<Value<bool>>,
        /// The SSM document and parameter values in AWS Systems Manager to associate with this instance.
        #[serde(rename = "SsmAssociations", skip_serializing_if = "Option::is_none")]
        pub ssm_associations: Option<Vec<SsmAssociation>>,
        /// \[EC2-VPC\] The ID of the subnet to launch the instance into.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "SubnetId", skip_serializing_if = "Option::is_none")]
        pub subnet_id: Option<Value<String>>,
        /// The tags to add to the instance.
        #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<crate::cfn::Tag>>,
        /// The tenancy of the instance (if the instance is running in a VPC). An instance with a tenancy of dedicated runs on single-tenant hardware.
        #[serde(rename = "Tenancy", skip_serializing_if = "Option::is_none")]
        pub tenancy: Option<Value<String>>,
        /// The user data to make available to the instance.
        #[serde(rename = "UserData", skip_serializing_if = "Option::is_none")]
        pub user_data: Option<Value<String>>,
        /// The volumes to attach to the instance.
        #[serde(rename = "Volumes", skip_serializing_if = "Option::is_none")]
        pub volumes: Option<Vec<Volume>>,
    }

    impl CfnResource for Instance {
        const TYPE: &'static str = "AWS::EC2::Instance";
        const TAGGING: Tagging = Tagging::List;
    }

    /// The `AssociationParameter` property type of `AWS::EC2::Instance`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct AssociationParameter {
        /// The name of an input parameter that is in the associated SSM document.
        ///
        /// Required.
        #[serde(rename = "Key")]
        pub key: Value<String>,
        /// The value of an input parameter.
        ///
        /// Required.
        #[serde(rename = "Value")]
        pub value: Vec<Value<String>>,
    }

    /// The `BlockDeviceMapping` property type of `AWS::EC2::Instance`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct BlockDeviceMapping {
        /// The device name (for example, /dev/sdh or xvdh).
        ///
        /// Required.
        #[serde(rename = "DeviceName")]
        pub device_name: Value<String>,
        /// Parameters used to automatically set up EBS volumes when the instance is launched.
        #[serde(rename = "Ebs", skip_serializing_if = "Option::is_none")]
        pub ebs: Option<Ebs>,
        /// The `NoDevice` property.
        #[serde(rename = "NoDevice", skip_serializing_if = "Option::is_none")]
        pub no_device: Option<Json>,
        /// The `VirtualName` property.
        #[serde(rename = "VirtualName", skip_serializing_if = "Option::is_none")]
        pub virtual_name: Option<Value<String>>,
    }

    /// The `Ebs` property type of `AWS::EC2::Instance`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Ebs {
        /// Indicates whether the EBS volume is deleted on instance termination.
        #[serde(
            rename = "DeleteOnTermination",
            skip_serializing_if = "Option::is_none"
        )]
        pub delete_on_termination: Option<Value<bool>>,
        /// Indicates whether the volume should be encrypted.
        #[serde(rename = "Encrypted", skip_serializing_if = "Option::is_none")]
        pub encrypted: Option<Value<bool>>,
        /// The number of I/O operations per second (IOPS). For gp3, io1, and io2 volumes, this represents the number of IOPS that are provisioned for the volume. For gp2 volumes, this represents the baseline performance of the volume and the rate at which the volume accumulates I/O credits for bursting.
        #[serde(rename = "Iops", skip_serializing_if = "Option::is_none")]
        pub iops: Option<Value<i64>>,
        /// The identifier of the AWS Key Management Service (AWS KMS) customer managed CMK to use for Amazon EBS encryption. If KmsKeyId is specified, the encrypted state must be true. If the encrypted state is true but you do not specify KmsKeyId, your AWS managed CMK for EBS is used.
        #[serde(rename = "KmsKeyId", skip_serializing_if = "Option::is_none")]
        pub kms_key_id: Option<Value<String>>,
        /// The ID of the snapshot.
        #[serde(rename = "SnapshotId", skip_serializing_if = "Option::is_none")]
        pub snapshot_id: Option<Value<String>>,
        /// The size of the volume, in GiBs. You must specify either a snapshot ID or a volume size. If you specify a snapshot, the default is the snapshot size. You can specify a volume size that is equal to or larger than the snapshot size.
        #[serde(rename = "VolumeSize", skip_serializing_if = "Option::is_none")]
        pub volume_size: Option<Value<i64>>,
        /// The volume type.
        #[serde(rename = "VolumeType", skip_serializing_if = "Option::is_none")]
        pub volume_type: Option<Value<String>>,
    }

    /// The `ElasticGpuSpecification` property type of `AWS::EC2::Instance`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ElasticGpuSpecification {
        /// The type of Elastic Graphics accelerator. Amazon Elastic Graphics is no longer available.
        ///
        /// Required.
        #[serde(rename = "Type")]
        pub r#type: Value<String>,
    }

    /// The `ElasticInferenceAccelerator` property type of `AWS::EC2::Instance`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ElasticInferenceAccelerator {
        /// The number of elastic inference accelerators to attach to the instance. Amazon Elastic Inference is no longer available.
        #[serde(rename = "Count", skip_serializing_if = "Option::is_none")]
        pub count: Option<Value<i64>>,
        /// The type of elastic inference accelerator. Amazon Elastic Inference is no longer available.
        ///
        /// Required.
        #[serde(rename = "Type")]
        pub r#type: Value<String>,
    }

    /// Specifies the ENA Express settings for the network interface that's attached to the instance.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct EnaSrdSpecification {
        /// Specifies whether ENA Express is enabled for the network interface when you launch an instance.
        #[serde(rename = "EnaSrdEnabled", skip_serializing_if = "Option::is_none")]
        pub ena_srd_enabled: Option<Value<bool>>,
        /// Contains ENA Express settings for UDP network traffic for the network interface that's attached to the instance.
        #[serde(
            rename = "EnaSrdUdpSpecification",
            skip_serializing_if = "Option::is_none"
        )]
        pub ena_srd_udp_specification: Option<EnaSrdUdpSpecification>,
    }

    /// Contains ENA Express settings for UDP network traffic for the network interface that's attached to the instance.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct EnaSrdUdpSpecification {
        /// Indicates whether UDP traffic uses ENA Express for your instance.
        #[serde(rename = "EnaSrdUdpEnabled", skip_serializing_if = "Option::is_none")]
        pub ena_srd_udp_enabled: Option<Value<bool>>,
    }

    /// The `InstanceIpv6Address` property type of `AWS::EC2::Instance`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct InstanceIpv6Address {
        /// The IPv6 address.
        ///
        /// Required.
        #[serde(rename = "Ipv6Address")]
        pub ipv6_address: Value<String>,
    }

    /// The `LaunchTemplateSpecification` property type of `AWS::EC2::Instance`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct LaunchTemplateSpecification {
        /// The ID of the launch template. You must specify the LaunchTemplateName or the LaunchTemplateId, but not both.
        #[serde(rename = "LaunchTemplateId", skip_serializing_if = "Option::is_none")]
        pub launch_template_id: Option<Value<String>>,
        /// The name of the launch template. You must specify the LaunchTemplateName or the LaunchTemplateId, but not both.
        #[serde(rename = "LaunchTemplateName", skip_serializing_if = "Option::is_none")]
        pub launch_template_name: Option<Value<String>>,
        /// The version number of the launch template.
        #[serde(rename = "Version", skip_serializing_if = "Option::is_none")]
        pub version: Option<Value<String>>,
    }

    /// The `LicenseSpecification` property type of `AWS::EC2::Instance`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct LicenseSpecification {
        /// The Amazon Resource Name (ARN) of the license configuration.
        ///
        /// Required.
        #[serde(rename = "LicenseConfigurationArn")]
        pub license_configuration_arn: Value<String>,
    }

    /// The `MetadataOptions` property type of `AWS::EC2::Instance`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct MetadataOptions {
        /// Enables or disables the HTTP metadata endpoint on your instances. If you specify a value of disabled, you cannot access your instance metadata.
        #[serde(rename = "HttpEndpoint", skip_serializing_if = "Option::is_none")]
        pub http_endpoint: Option<Value<String>>,
        /// Enables or disables the IPv6 endpoint for the instance metadata service. To use this option, the instance must be a Nitro-based instance launched in a subnet that supports IPv6.
        #[serde(rename = "HttpProtocolIpv6", skip_serializing_if = "Option::is_none")]
        pub http_protocol_ipv6: Option<Value<String>>,
        /// The number of network hops that the metadata token can travel. Maximum is 64.
        #[serde(
            rename = "HttpPutResponseHopLimit",
            skip_serializing_if = "Option::is_none"
        )]
        pub http_put_response_hop_limit: Option<Value<i64>>,
        /// Indicates whether IMDSv2 is required.
        #[serde(rename = "HttpTokens", skip_serializing_if = "Option::is_none")]
        pub http_tokens: Option<Value<String>>,
        /// Indicates whether tags from the instance are propagated to the EBS volumes.
        #[serde(
            rename = "InstanceMetadataTags",
            skip_serializing_if = "Option::is_none"
        )]
        pub instance_metadata_tags: Option<Value<String>>,
    }

    /// The `NetworkInterface` property type of `AWS::EC2::Instance`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct NetworkInterface {
        /// Not currently supported by AWS CloudFormation.
        #[serde(
            rename = "AssociateCarrierIpAddress",
            skip_serializing_if = "Option::is_none"
        )]
        pub associate_carrier_ip_address: Option<Value<bool>>,
        /// Indicates whether to assign a public IPv4 address to an instance you launch in a VPC.
        #[serde(
            rename = "AssociatePublicIpAddress",
            skip_serializing_if = "Option::is_none"
        )]
        pub associate_public_ip_address: Option<Value<bool>>,
        /// If set to true, the interface is deleted when the instance is terminated.
        #[serde(
            rename = "DeleteOnTermination",
            skip_serializing_if = "Option::is_none"
        )]
        pub delete_on_termination: Option<Value<bool>>,
        /// The description of the network interface.
        #[serde(rename = "Description", skip_serializing_if = "Option::is_none")]
        pub description: Option<Value<String>>,
        /// The position of the network interface in the attachment order. A primary network interface has a device index of 0.
        ///
        /// Required.
        #[serde(rename = "DeviceIndex")]
        pub device_index: Value<String>,
        /// Specifies the ENA Express settings for the network interface that's attached to the instance.
        #[serde(
            rename = "EnaSrdSpecification",
            skip_serializing_if = "Option::is_none"
        )]
        pub ena_srd_specification: Option<EnaSrdSpecification>,
        /// The IDs of the security groups for the network interface.
        #[serde(rename = "GroupSet", skip_serializing_if = "Option::is_none")]
        pub group_set: Option<Vec<Value<String>>>,
        /// A number of IPv6 addresses to assign to the network interface.
        #[serde(rename = "Ipv6AddressCount", skip_serializing_if = "Option::is_none")]
        pub ipv6_address_count: Option<Value<i64>>,
        /// The IPv6 addresses associated with the network interface.
        #[serde(rename = "Ipv6Addresses", skip_serializing_if = "Option::is_none")]
        pub ipv6_addresses: Option<Vec<InstanceIpv6Address>>,
        /// The ID of the network interface.
        #[serde(rename = "NetworkInterfaceId", skip_serializing_if = "Option::is_none")]
        pub network_interface_id: Option<Value<String>>,
        /// The private IPv4 address of the network interface.
        #[serde(rename = "PrivateIpAddress", skip_serializing_if = "Option::is_none")]
        pub private_ip_address: Option<Value<String>>,
        /// One or more private IPv4 addresses to assign to the network interface.
        #[serde(rename = "PrivateIpAddresses", skip_serializing_if = "Option::is_none")]
        pub private_ip_addresses: Option<Vec<PrivateIpAddressSpecification>>,
        /// The number of secondary private IPv4 addresses.
        #[serde(
            rename = "SecondaryPrivateIpAddressCount",
            skip_serializing_if = "Option::is_none"
        )]
        pub secondary_private_ip_address_count: Option<Value<i64>>,
        /// The ID of the subnet.
        #[serde(rename = "SubnetId", skip_serializing_if = "Option::is_none")]
        pub subnet_id: Option<Value<String>>,
    }

    /// The `PrivateDnsNameOptions` property type of `AWS::EC2::Instance`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct PrivateDnsNameOptions {
        /// Indicates whether to respond to DNS queries for instance hostnames with DNS AAAA records. For more information, see Amazon EC2 instance hostname types in the Amazon Elastic Compute Cloud User Guide.
        #[serde(
            rename = "EnableResourceNameDnsAAAARecord",
            skip_serializing_if = "Option::is_none"
        )]
        pub enable_resource_name_dns_aaaa_record: Option<Value<bool>>,
        /// Indicates whether to respond to DNS queries for instance hostnames with DNS A records. For more information, see Amazon EC2 instance hostname types in the Amazon Elastic Compute Cloud User Guide.
        #[serde(
            rename = "EnableResourceNameDnsARecord",
            skip_serializing_if = "Option::is_none"
        )]
        pub enable_resource_name_dns_a_record: Option<Value<bool>>,
        /// The type of hostnames to assign to instances in the subnet at launch. For IPv4 only subnets, an instance DNS name must be based on the instance IPv4 address. For IPv6 only subnets, an instance DNS name must be based on the instance ID. For dual-stack subnets, you can specify whether DNS names use the instance IPv4 address or the instance ID. For more information, see Amazon EC2 instance hostname types ...
        #[serde(rename = "HostnameType", skip_serializing_if = "Option::is_none")]
        pub hostname_type: Option<Value<String>>,
    }

    /// The `PrivateIpAddressSpecification` property type of `AWS::EC2::Instance`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct PrivateIpAddressSpecification {
        /// Indicates whether the private IPv4 address is the primary private IPv4 address. Only one IPv4 address can be designated as primary.
        ///
        /// Required.
        #[serde(rename = "Primary")]
        pub primary: Value<bool>,
        /// The private IPv4 addresses.
        ///
        /// Required.
        #[serde(rename = "PrivateIpAddress")]
        pub private_ip_address: Value<String>,
    }

    /// The `SsmAssociation` property type of `AWS::EC2::Instance`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct SsmAssociation {
        /// The input parameter values to use with the associated SSM document.
        #[serde(
            rename = "AssociationParameters",
            skip_serializing_if = "Option::is_none"
        )]
        pub association_parameters: Option<Vec<AssociationParameter>>,
        /// The name of an SSM document to associate with the instance.
        ///
        /// Required.
        #[serde(rename = "DocumentName")]
        pub document_name: Value<String>,
    }

    /// The current state of the instance
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct State {
        /// The state of the instance as a 16-bit unsigned integer.
        #[serde(rename = "Code", skip_serializing_if = "Option::is_none")]
        pub code: Option<Value<String>>,
        /// The current state of the instance.
        #[serde(rename = "Name", skip_serializing_if = "Option::is_none")]
        pub name: Option<Value<String>>,
    }

    /// The `Volume` property type of `AWS::EC2::Instance`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Volume {
        /// The device name (for example, /dev/sdh or xvdh).
        ///
        /// Required.
        #[serde(rename = "Device")]
        pub device: Value<String>,
        /// The ID of the EBS volume. The volume and instance must be within the same Availability Zone.
        ///
        /// Required.
        #[serde(rename = "VolumeId")]
        pub volume_id: Value<String>,
    }
}
pub use instance::Instance;

/// `AWS::EC2::InternetGateway`: the resource and its property types.
pub mod internet_gateway {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// Allocates an internet gateway for use with a VPC. After creating the Internet gateway, you then attach it to a VPC.
    ///
    /// CloudFormation type `AWS::EC2::InternetGateway`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct InternetGateway {
        /// Any tags to assign to the internet gateway.
        #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<crate::cfn::Tag>>,
    }

    impl CfnResource for InternetGateway {
        const TYPE: &'static str = "AWS::EC2::InternetGateway";
        const TAGGING: Tagging = Tagging::List;
    }
}
pub use internet_gateway::InternetGateway;

/// `AWS::EC2::LaunchTemplate`: the resource and its property types.
pub mod launch_template {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// Specifies the properties for creating a launch template. The minimum required properties for specifying a launch template are as follows: + You must specify at least one property for the launch template data. + You can optionally specify a name for the launch template. If you do not specify a name, CFN creates a name for you. A launch template can contain some or all of the configuration information ...
    ///
    /// CloudFormation type `AWS::EC2::LaunchTemplate`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct LaunchTemplate {
        /// The information for the launch template.
        ///
        /// Required.
        #[serde(rename = "LaunchTemplateData")]
        pub launch_template_data: LaunchTemplateData,
        /// A name for the launch template.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "LaunchTemplateName", skip_serializing_if = "Option::is_none")]
        pub launch_template_name: Option<Value<String>>,
        /// The tags to apply to the launch template on creation. To tag the launch template, the resource type must be ``launch-template``. To specify the tags for resources that are created during instance launch, use TagSpecifications.
        #[serde(rename = "TagSpecifications", skip_serializing_if = "Option::is_none")]
        pub tag_specifications: Option<Vec<LaunchTemplateTagSpecification>>,
        /// A description for the first version of the launch template.
        #[serde(rename = "VersionDescription", skip_serializing_if = "Option::is_none")]
        pub version_description: Option<Value<String>>,
    }

    impl CfnResource for LaunchTemplate {
        const TYPE: &'static str = "AWS::EC2::LaunchTemplate";
        const TAGGING: Tagging = Tagging::None;
    }

    /// The minimum and maximum number of accelerators (GPUs, FPGAs, or AWS Inferentia chips) on an instance.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct AcceleratorCount {
        /// The maximum number of accelerators. To specify no maximum limit, omit this parameter. To exclude accelerator-enabled instance types, set ``Max`` to ``0``.
        #[serde(rename = "Max", skip_serializing_if = "Option::is_none")]
        pub max: Option<Value<i64>>,
        /// The minimum number of accelerators. To specify no minimum limit, omit this parameter.
        #[serde(rename = "Min", skip_serializing_if = "Option::is_none")]
        pub min: Option<Value<i64>>,
    }

    /// The minimum and maximum amount of total accelerator memory, in MiB.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct AcceleratorTotalMemoryMiB {
        /// The maximum amount of accelerator memory, in MiB. To specify no maximum limit, omit this parameter.
        #[serde(rename = "Max", skip_serializing_if = "Option::is_none")]
        pub max: Option<Value<i64>>,
        /// The minimum amount of accelerator memory, in MiB. To specify no minimum limit, omit this parameter.
        #[serde(rename = "Min", skip_serializing_if = "Option::is_none")]
        pub min: Option<Value<i64>>,
    }

    /// The minimum and maximum baseline bandwidth to Amazon EBS, in Mbps. For more information, see Amazon EBS–optimized instances in the *Amazon EC2 User Guide*.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct BaselineEbsBandwidthMbps {
        /// The maximum baseline bandwidth, in Mbps. To specify no maximum limit, omit this parameter.
        #[serde(rename = "Max", skip_serializing_if = "Option::is_none")]
        pub max: Option<Value<i64>>,
        /// The minimum baseline bandwidth, in Mbps. To specify no minimum limit, omit this parameter.
        #[serde(rename = "Min", skip_serializing_if = "Option::is_none")]
        pub min: Option<Value<i64>>,
    }

    /// The baseline performance to consider, using an instance family as a baseline reference. The instance family establishes the lowest acceptable level of performance. Amazon EC2 uses this baseline to guide instance type selection, but there is no guarantee that the selected instance types will always exceed the baseline for every application. Currently, this parameter only supports CPU performance as ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct BaselinePerformanceFactors {
        /// The CPU performance to consider, using an instance family as the baseline reference.
        #[serde(rename = "Cpu", skip_serializing_if = "Option::is_none")]
        pub cpu: Option<Cpu>,
    }

    /// Specifies a block device mapping for a launch template. You must specify ``DeviceName`` plus exactly one of the following properties: ``Ebs``, ``NoDevice``, or ``VirtualName``. ``BlockDeviceMapping`` is a property of AWS::EC2::LaunchTemplate LaunchTemplateData.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct BlockDeviceMapping {
        /// The device name (for example, /dev/sdh or xvdh).
        #[serde(rename = "DeviceName", skip_serializing_if = "Option::is_none")]
        pub device_name: Option<Value<String>>,
        /// Parameters used to automatically set up EBS volumes when the instance is launched.
        #[serde(rename = "Ebs", skip_serializing_if = "Option::is_none")]
        pub ebs: Option<Ebs>,
        /// To omit the device from the block device mapping, specify an empty string.
        #[serde(rename = "NoDevice", skip_serializing_if = "Option::is_none")]
        pub no_device: Option<Value<String>>,
        /// The virtual device name (ephemeralN). Instance store volumes are numbered starting from 0. An instance type with 2 available instance store volumes can specify mappings for ephemeral0 and ephemeral1. The number of available instance store volumes depends on the instance type. After you connect to the instance, you must mount the volume.
        #[serde(rename = "VirtualName", skip_serializing_if = "Option::is_none")]
        pub virtual_name: Option<Value<String>>,
    }

    /// Specifies an instance's Capacity Reservation targeting option. You can specify only one option at a time. ``CapacityReservationSpecification`` is a property of AWS::EC2::LaunchTemplate LaunchTemplateData.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct CapacityReservationSpecification {
        /// Indicates the instance's Capacity Reservation preferences. Possible preferences include: + ``capacity-reservations-only`` - The instance will only run in a Capacity Reservation or Capacity Reservation group. If capacity isn't available, the instance will fail to launch. + ``open`` - The instance can run in any ``open`` Capacity Reservation that has matching attributes (instance type, platform, Availability ...
        #[serde(
            rename = "CapacityReservationPreference",
            skip_serializing_if = "Option::is_none"
        )]
        pub capacity_reservation_preference: Option<Value<String>>,
        /// Information about the target Capacity Reservation or Capacity Reservation group.
        #[serde(
            rename = "CapacityReservationTarget",
            skip_serializing_if = "Option::is_none"
        )]
        pub capacity_reservation_target: Option<CapacityReservationTarget>,
    }

    /// Specifies a target Capacity Reservation. ``CapacityReservationTarget`` is a property of the Amazon EC2 LaunchTemplate LaunchTemplateData property type.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct CapacityReservationTarget {
        /// The ID of the Capacity Reservation in which to run the instance.
        #[serde(
            rename = "CapacityReservationId",
            skip_serializing_if = "Option::is_none"
        )]
        pub capacity_reservation_id: Option<Value<String>>,
        /// The ARN of the Capacity Reservation resource group in which to run the instance.
        #[serde(
            rename = "CapacityReservationResourceGroupArn",
            skip_serializing_if = "Option::is_none"
        )]
        pub capacity_reservation_resource_group_arn: Option<Value<String>>,
    }

    /// A security group connection tracking specification that enables you to set the idle timeout for connection tracking on an Elastic network interface. For more information, see Connection tracking timeouts in the *Amazon EC2 User Guide*.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ConnectionTrackingSpecification {
        /// Timeout (in seconds) for idle TCP connections in an established state. Min: 60 seconds. Max: 432000 seconds (5 days). Default: 350 seconds for Nitro v6 instance types (excluding P6e-GB200); 432000 seconds for all other instance types (including P6e-GB200). Recommended: Less than 432000 seconds.
        #[serde(
            rename = "TcpEstablishedTimeout",
            skip_serializing_if = "Option::is_none"
        )]
        pub tcp_established_timeout: Option<Value<i64>>,
        /// Timeout (in seconds) for idle UDP flows classified as streams which have seen more than one request-response transaction. Min: 60 seconds. Max: 180 seconds (3 minutes). Default: 180 seconds.
        #[serde(rename = "UdpStreamTimeout", skip_serializing_if = "Option::is_none")]
        pub udp_stream_timeout: Option<Value<i64>>,
        /// Timeout (in seconds) for idle UDP flows that have seen traffic only in a single direction or a single request-response transaction. Min: 30 seconds. Max: 60 seconds. Default: 30 seconds.
        #[serde(rename = "UdpTimeout", skip_serializing_if = "Option::is_none")]
        pub udp_timeout: Option<Value<i64>>,
    }

    /// Specifies the CPU performance to consider when using an instance family as the baseline reference.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Cpu {
        /// The instance family to use as the baseline reference for CPU performance. All instance types that match your specified attributes are compared against the CPU performance of the referenced instance family, regardless of CPU manufacturer or architecture differences.
        #[serde(rename = "References", skip_serializing_if = "Option::is_none")]
        pub references: Option<Vec<Reference>>,
    }

    /// Specifies the CPU options for an instance. For more information, see Optimize CPU options in the *User Guide*. ``CpuOptions`` is a property of AWS::EC2::LaunchTemplate LaunchTemplateData.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct CpuOptions {
        /// Indicates whether to enable the instance for AMD SEV-SNP. AMD SEV-SNP is supported with M6a, R6a, and C6a instance types only. For more information, see AMD SEV-SNP for Amazon EC2 instances.
        #[serde(rename = "AmdSevSnp", skip_serializing_if = "Option::is_none")]
        pub amd_sev_snp: Option<Value<String>>,
        /// The number of CPU cores for the instance.
        #[serde(rename = "CoreCount", skip_serializing_if = "Option::is_none")]
        pub core_count: Option<Value<i64>>,
        /// Indicates whether the instance is enabled for nested virtualization.
        #[serde(
            rename = "NestedVirtualization",
            skip_serializing_if = "Option::is_none"
        )]
        pub nested_virtualization: Option<Value<String>>,
        /// The number of threads per CPU core. To disable multithreading for the instance, specify a value of ``1``. Otherwise, specify the default value of ``2``.
        #[serde(rename = "ThreadsPerCore", skip_serializing_if = "Option::is_none")]
        pub threads_per_core: Option<Value<i64>>,
    }

    /// Specifies the credit option for CPU usage of a T2, T3, or T3a instance. ``CreditSpecification`` is a property of AWS::EC2::LaunchTemplate LaunchTemplateData.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct CreditSpecification {
        /// The credit option for CPU usage of a T instance. Valid values: ``standard`` | ``unlimited``
        #[serde(rename = "CpuCredits", skip_serializing_if = "Option::is_none")]
        pub cpu_credits: Option<Value<String>>,
    }

    /// Parameters for a block device for an EBS volume in an Amazon EC2 launch template. ``Ebs`` is a property of AWS::EC2::LaunchTemplate BlockDeviceMapping.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Ebs {
        /// Indicates whether the EBS volume is deleted on instance termination.
        #[serde(
            rename = "DeleteOnTermination",
            skip_serializing_if = "Option::is_none"
        )]
        pub delete_on_termination: Option<Value<bool>>,
        /// The `EbsCardIndex` property.
        #[serde(rename = "EbsCardIndex", skip_serializing_if = "Option::is_none")]
        pub ebs_card_index: Option<Value<i64>>,
        /// Indicates whether the EBS volume is encrypted. Encrypted volumes can only be attached to instances that support Amazon EBS encryption. If you are creating a volume from a snapshot, you can't specify an encryption value.
        #[serde(rename = "Encrypted", skip_serializing_if = "Option::is_none")]
        pub encrypted: Option<Value<bool>>,
        /// The number of I/O operations per second (IOPS). For ``gp3``, ``io1``, and ``io2`` volumes, this represents the number of IOPS that are provisioned for the volume. For ``gp2`` volumes, this represents the baseline performance of the volume and the rate at which the volume accumulates I/O credits for bursting. The following are the supported values for each volume type: + ``gp3``: 3,000 - 80,000 IOPS ...
        #[serde(rename = "Iops", skip_serializing_if = "Option::is_none")]
        pub iops: Option<Value<i64>>,
        /// Identifier (key ID, key alias, key ARN, or alias ARN) of the customer managed KMS key to use for EBS encryption.
        #[serde(rename = "KmsKeyId", skip_serializing_if = "Option::is_none")]
        pub kms_key_id: Option<Value<String>>,
        /// The ID of the snapshot.
        #[serde(rename = "SnapshotId", skip_serializing_if = "Option::is_none")]
        pub snapshot_id: Option<Value<String>>,
        /// The throughput to provision for a ``gp3`` volume, with a maximum of 2,000 MiB/s. Valid Range: Minimum value of 125. Maximum value of 2,000.
        #[serde(rename = "Throughput", skip_serializing_if = "Option::is_none")]
        pub throughput: Option<Value<i64>>,
        /// Specifies the Amazon EBS Provisioned Rate for Volume Initialization (volume initialization rate), in MiB/s, at which to download the snapshot blocks from Amazon S3 to the volume. This is also known as *volume initialization*. Specifying a volume initialization rate ensures that the volume is initialized at a predictable and consistent rate after creation. This parameter is supported only for volumes ...
        #[serde(
            rename = "VolumeInitializationRate",
            skip_serializing_if = "Option::is_none"
        )]
        pub volume_initialization_rate: Option<Value<i64>>,
        /// The size of the volume, in GiBs. You must specify either a snapshot ID or a volume size. The following are the supported volumes sizes for each volume type: + ``gp2``: 1 - 16,384 GiB + ``gp3``: 1 - 65,536 GiB + ``io1``: 4 - 16,384 GiB + ``io2``: 4 - 65,536 GiB + ``st1`` and ``sc1``: 125 - 16,384 GiB + ``standard``: 1 - 1024 GiB
        #[serde(rename = "VolumeSize", skip_serializing_if = "Option::is_none")]
        pub volume_size: Option<Value<i64>>,
        /// The volume type. For more information, see Amazon EBS volume types in the *Amazon EBS User Guide*.
        #[serde(rename = "VolumeType", skip_serializing_if = "Option::is_none")]
        pub volume_type: Option<Value<String>>,
    }

    /// ENA Express uses AWS Scalable Reliable Datagram (SRD) technology to increase the maximum bandwidth used per stream and minimize tail latency of network traffic between EC2 instances. With ENA Express, you can communicate between two EC2 instances in the same subnet within the same account, or in different accounts. Both sending and receiving instances must have ENA Express enabled. To improve the reliability ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct EnaSrdSpecification {
        /// Indicates whether ENA Express is enabled for the network interface.
        #[serde(rename = "EnaSrdEnabled", skip_serializing_if = "Option::is_none")]
        pub ena_srd_enabled: Option<Value<bool>>,
        /// Configures ENA Express for UDP network traffic.
        #[serde(
            rename = "EnaSrdUdpSpecification",
            skip_serializing_if = "Option::is_none"
        )]
        pub ena_srd_udp_specification: Option<EnaSrdUdpSpecification>,
    }

    /// ENA Express is compatible with both TCP and UDP transport protocols. When it's enabled, TCP traffic automatically uses it. However, some UDP-based applications are designed to handle network packets that are out of order, without a need for retransmission, such as live video broadcasting or other near-real-time applications. For UDP traffic, you can specify whether to use ENA Express, based on your ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct EnaSrdUdpSpecification {
        /// Indicates whether UDP traffic to and from the instance uses ENA Express. To specify this setting, you must first enable ENA Express.
        #[serde(rename = "EnaSrdUdpEnabled", skip_serializing_if = "Option::is_none")]
        pub ena_srd_udp_enabled: Option<Value<bool>>,
    }

    /// Indicates whether the instance is enabled for AWS Nitro Enclaves.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct EnclaveOptions {
        /// If this parameter is set to ``true``, the instance is enabled for AWS Nitro Enclaves; otherwise, it is not enabled for AWS Nitro Enclaves.
        #[serde(rename = "Enabled", skip_serializing_if = "Option::is_none")]
        pub enabled: Option<Value<bool>>,
    }

    /// Specifies whether your instance is configured for hibernation. This parameter is valid only if the instance meets the hibernation prerequisites. For more information, see Hibernate Your Instance in the *Amazon EC2 User Guide*. ``HibernationOptions`` is a property of AWS::EC2::LaunchTemplate LaunchTemplateData.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct HibernationOptions {
        /// If you set this parameter to ``true``, the instance is enabled for hibernation. Default: ``false``
        #[serde(rename = "Configured", skip_serializing_if = "Option::is_none")]
        pub configured: Option<Value<bool>>,
    }

    /// Specifies an IAM instance profile, which is a container for an IAM role for your instance. You can use an IAM role to distribute your AWS credentials to your instances. If you are creating the launch template for use with an ASlong group, you can specify either the name or the ARN of the instance profile, but not both. ``IamInstanceProfile`` is a property of AWS::EC2::LaunchTemplate LaunchTemplateData.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct IamInstanceProfile {
        /// The Amazon Resource Name (ARN) of the instance profile.
        #[serde(rename = "Arn", skip_serializing_if = "Option::is_none")]
        pub arn: Option<Value<String>>,
        /// The name of the instance profile.
        #[serde(rename = "Name", skip_serializing_if = "Option::is_none")]
        pub name: Option<Value<String>>,
    }

    /// Specifies the market (purchasing) option for an instance. ``InstanceMarketOptions`` is a property of the AWS::EC2::LaunchTemplate LaunchTemplateData.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct InstanceMarketOptions {
        /// The market type.
        #[serde(rename = "MarketType", skip_serializing_if = "Option::is_none")]
        pub market_type: Option<Value<String>>,
        /// The options for Spot Instances.
        #[serde(rename = "SpotOptions", skip_serializing_if = "Option::is_none")]
        pub spot_options: Option<SpotOptions>,
    }

    /// The attributes for the instance types. When you specify instance attributes, Amazon EC2 will identify instance types with these attributes. You must specify ``VCpuCount`` and ``MemoryMiB``. All other attributes are optional. Any unspecified optional attribute is set to its default. When you specify multiple attributes, you get instance types that satisfy all of the specified attributes. If you specify ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct InstanceRequirements {
        /// The minimum and maximum number of accelerators (GPUs, FPGAs, or AWS Inferentia chips) on an instance. To exclude accelerator-enabled instance types, set ``Max`` to ``0``. Default: No minimum or maximum limits
        #[serde(rename = "AcceleratorCount", skip_serializing_if = "Option::is_none")]
        pub accelerator_count: Option<AcceleratorCount>,
        /// Indicates whether instance types must have accelerators by specific manufacturers. + For instance types with AWS devices, specify ``amazon-web-services``. + For instance types with AMD devices, specify ``amd``. + For instance types with Habana devices, specify ``habana``. + For instance types with NVIDIA devices, specify ``nvidia``. + For instance types with Xilinx devices, specify ``xilinx``. Default: ...
        #[serde(
            rename = "AcceleratorManufacturers",
            skip_serializing_if = "Option::is_none"
        )]
        pub accelerator_manufacturers: Option<Vec<Value<String>>>,
        /// The accelerators that must be on the instance type. + For instance types with NVIDIA A10G GPUs, specify ``a10g``. + For instance types with NVIDIA A100 GPUs, specify ``a100``. + For instance types with NVIDIA H100 GPUs, specify ``h100``. + For instance types with AWS Inferentia chips, specify ``inferentia``. + For instance types with AWS Inferentia2 chips, specify ``inferentia2``. + For instance types ...
        #[serde(rename = "AcceleratorNames", skip_serializing_if = "Option::is_none")]
        pub accelerator_names: Option<Vec<Value<String>>>,
        /// The minimum and maximum amount of total accelerator memory, in MiB. Default: No minimum or maximum limits
        #[serde(
            rename = "AcceleratorTotalMemoryMiB",
            skip_serializing_if = "Option::is_none"
        )]
        pub accelerator_total_memory_mi_b: Option<AcceleratorTotalMemoryMiB>,
        /// The accelerator types that must be on the instance type. + For instance types with FPGA accelerators, specify ``fpga``. + For instance types with GPU accelerators, specify ``gpu``. + For instance types with Inference accelerators, specify ``inference``. + For instance types with Media accelerators, specify ``media``. Default: Any accelerator type
        #[serde(rename = "AcceleratorTypes", skip_serializing_if = "Option::is_none")]
        pub accelerator_types: Option<Vec<Value<String>>>,
        /// The instance types to apply your specified attributes against. All other instance types are ignored, even if they match your specified attributes. You can use strings with one or more wild cards, represented by an asterisk (``*``), to allow an instance type, size, or generation. The following are examples: ``m5.8xlarge``, ``c5*.*``, ``m5a.*``, ``r*``, ``*3*``. For example, if you specify ``c5*``,Amazon ...
        #[serde(
            rename = "AllowedInstanceTypes",
            skip_serializing_if = "Option::is_none"
        )]
        pub allowed_instance_types: Option<Vec<Value<String>>>,
        /// Indicates whether bare metal instance types must be included, excluded, or required. + To include bare metal instance types, specify ``included``. + To require only bare metal instance types, specify ``required``. + To exclude bare metal instance types, specify ``excluded``. Default: ``excluded``
        #[serde(rename = "BareMetal", skip_serializing_if = "Option::is_none")]
        pub bare_metal: Option<Value<String>>,
        /// The minimum and maximum baseline bandwidth to Amazon EBS, in Mbps. For more information, see Amazon EBS–optimized instances in the *Amazon EC2 User Guide*. Default: No minimum or maximum limits
        #[serde(
            rename = "BaselineEbsBandwidthMbps",
            skip_serializing_if = "Option::is_none"
        )]
        pub baseline_ebs_bandwidth_mbps: Option<BaselineEbsBandwidthMbps>,
        /// The baseline performance to consider, using an instance family as a baseline reference. The instance family establishes the lowest acceptable level of performance. Amazon EC2 uses this baseline to guide instance type selection, but there is no guarantee that the selected instance types will always exceed the baseline for every application. Currently, this parameter only supports CPU performance as ...
        #[serde(
            rename = "BaselinePerformanceFactors",
            skip_serializing_if = "Option::is_none"
        )]
        pub baseline_performance_factors: Option<BaselinePerformanceFactors>,
        /// Indicates whether burstable performance T instance types are included, excluded, or required. For more information, see Burstable performance instances. + To include burstable performance instance types, specify ``included``. + To require only burstable performance instance types, specify ``required``. + To exclude burstable performance instance types, specify ``excluded``. Default: ``excluded``
        #[serde(
            rename = "BurstablePerformance",
            skip_serializing_if = "Option::is_none"
        )]
        pub burstable_performance: Option<Value<String>>,
        /// The CPU manufacturers to include. + For instance types with Intel CPUs, specify ``intel``. + For instance types with AMD CPUs, specify ``amd``. + For instance types with AWS CPUs, specify ``amazon-web-services``. + For instance types with Apple CPUs, specify ``apple``. Don't confuse the CPU manufacturer with the CPU architecture. Instances will be launched with a compatible CPU architecture based on ...
        #[serde(rename = "CpuManufacturers", skip_serializing_if = "Option::is_none")]
        pub cpu_manufacturers: Option<Vec<Value<String>>>,
        /// The instance types to exclude. You can use strings with one or more wild cards, represented by an asterisk (``*``), to exclude an instance type, size, or generation. The following are examples: ``m5.8xlarge``, ``c5*.*``, ``m5a.*``, ``r*``, ``*3*``. For example, if you specify ``c5*``,Amazon EC2 will exclude the entire C5 instance family, which includes all C5a and C5n instance types. If you specify ...
        #[serde(
            rename = "ExcludedInstanceTypes",
            skip_serializing_if = "Option::is_none"
        )]
        pub excluded_instance_types: Option<Vec<Value<String>>>,
        /// Indicates whether current or previous generation instance types are included. The current generation instance types are recommended for use. Current generation instance types are typically the latest two to three generations in each instance family. For more information, see Instance types in the *Amazon EC2 User Guide*. For current generation instance types, specify ``current``. For previous generation ...
        #[serde(
            rename = "InstanceGenerations",
            skip_serializing_if = "Option::is_none"
        )]
        pub instance_generations: Option<Vec<Value<String>>>,
        /// Indicates whether instance types with instance store volumes are included, excluded, or required. For more information, Amazon EC2 instance store in the *Amazon EC2 User Guide*. + To include instance types with instance store volumes, specify ``included``. + To require only instance types with instance store volumes, specify ``required``. + To exclude instance types with instance store volumes, specify ...
        #[serde(rename = "LocalStorage", skip_serializing_if = "Option::is_none")]
        pub local_storage: Option<Value<String>>,
        /// The type of local storage that is required. + For instance types with hard disk drive (HDD) storage, specify ``hdd``. + For instance types with solid state drive (SSD) storage, specify ``ssd``. Default: ``hdd`` and ``ssd``
        #[serde(rename = "LocalStorageTypes", skip_serializing_if = "Option::is_none")]
        pub local_storage_types: Option<Vec<Value<String>>>,
        /// \[Price protection\] The price protection threshold for Spot Instances, as a percentage of an identified On-Demand price. The identified On-Demand price is the price of the lowest priced current generation C, M, or R instance type with your specified attributes. If no current generation C, M, or R instance type matches your attributes, then the identified price is from the lowest priced current generation ...
        #[serde(
            rename = "MaxSpotPriceAsPercentageOfOptimalOnDemandPrice",
            skip_serializing_if = "Option::is_none"
        )]
        pub max_spot_price_as_percentage_of_optimal_on_demand_price: Option<Value<i64>>,
        /// The minimum and maximum amount of memory per vCPU, in GiB. Default: No minimum or maximum limits
        #[serde(rename = "MemoryGiBPerVCpu", skip_serializing_if = "Option::is_none")]
        pub memory_gi_b_per_v_cpu: Option<MemoryGiBPerVCpu>,
        /// The minimum and maximum amount of memory, in MiB.
        #[serde(rename = "MemoryMiB", skip_serializing_if = "Option::is_none")]
        pub memory_mi_b: Option<MemoryMiB>,
        /// The minimum and maximum amount of network bandwidth, in gigabits per second (Gbps). Default: No minimum or maximum limits
        #[serde(
            rename = "NetworkBandwidthGbps",
            skip_serializing_if = "Option::is_none"
        )]
        pub network_bandwidth_gbps: Option<NetworkBandwidthGbps>,
        /// The minimum and maximum number of network interfaces. Default: No minimum or maximum limits
        #[serde(
            rename = "NetworkInterfaceCount",
            skip_serializing_if = "Option::is_none"
        )]
        pub network_interface_count: Option<NetworkInterfaceCount>,
        /// \[Price protection\] The price protection threshold for On-Demand Instances, as a percentage higher than an identified On-Demand price. The identified On-Demand price is the price of the lowest priced current generation C, M, or R instance type with your specified attributes. When Amazon EC2 selects instance types with your attributes, it will exclude instance types whose price exceeds your specified ...
        #[serde(
            rename = "OnDemandMaxPricePercentageOverLowestPrice",
            skip_serializing_if = "Option::is_none"
        )]
        pub on_demand_max_price_percentage_over_lowest_price: Option<Value<i64>>,
        /// Indicates whether instance types must support hibernation for On-Demand Instances. This parameter is not supported for GetSpotPlacementScores. Default: ``false``
        #[serde(
            rename = "RequireHibernateSupport",
            skip_serializing_if = "Option::is_none"
        )]
        pub require_hibernate_support: Option<Value<bool>>,
        /// \[Price protection\] The price protection threshold for Spot Instances, as a percentage higher than an identified Spot price. The identified Spot price is the Spot price of the lowest priced current generation C, M, or R instance type with your specified attributes. If no current generation C, M, or R instance type matches your attributes, then the identified Spot price is from the lowest priced current ...
        #[serde(
            rename = "SpotMaxPricePercentageOverLowestPrice",
            skip_serializing_if = "Option::is_none"
        )]
        pub spot_max_price_percentage_over_lowest_price: Option<Value<i64>>,
        /// The minimum and maximum amount of total local storage, in GB. Default: No minimum or maximum limits
        #[serde(
            rename = "TotalLocalStorageGB",
            skip_serializing_if = "Option::is_none"
        )]
        pub total_local_storage_gb: Option<TotalLocalStorageGb>,
        /// The minimum and maximum number of vCPUs.
        #[serde(rename = "VCpuCount", skip_serializing_if = "Option::is_none")]
        pub v_cpu_count: Option<VCpuCount>,
    }

    /// Specifies an IPv4 prefix for a network interface. ``Ipv4PrefixSpecification`` is a property of AWS::EC2::LaunchTemplate NetworkInterface.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Ipv4PrefixSpecification {
        /// The IPv4 prefix. For information, see Assigning prefixes to network interfaces in the *Amazon EC2 User Guide*.
        #[serde(rename = "Ipv4Prefix", skip_serializing_if = "Option::is_none")]
        pub ipv4_prefix: Option<Value<String>>,
    }

    /// Specifies an IPv6 address in an Amazon EC2 launch template. ``Ipv6Add`` is a property of AWS::EC2::LaunchTemplate NetworkInterface.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Ipv6Add {
        /// One or more specific IPv6 addresses from the IPv6 CIDR block range of your subnet. You can't use this option if you're specifying a number of IPv6 addresses.
        #[serde(rename = "Ipv6Address", skip_serializing_if = "Option::is_none")]
        pub ipv6_address: Option<Value<String>>,
    }

    /// Specifies an IPv6 prefix for a network interface. ``Ipv6PrefixSpecification`` is a property of AWS::EC2::LaunchTemplate NetworkInterface.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Ipv6PrefixSpecification {
        /// The IPv6 prefix.
        #[serde(rename = "Ipv6Prefix", skip_serializing_if = "Option::is_none")]
        pub ipv6_prefix: Option<Value<String>>,
    }

    /// The information to include in the launch template. You must specify at least one parameter for the launch template data.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct LaunchTemplateData {
        /// The block device mapping.
        #[serde(
            rename = "BlockDeviceMappings",
            skip_serializing_if = "Option::is_none"
        )]
        pub block_device_mappings: Option<Vec<BlockDeviceMapping>>,
        /// The Capacity Reservation targeting option. If you do not specify this parameter, the instance's Capacity Reservation preference defaults to ``open``, which enables it to run in any open Capacity Reservation that has matching attributes (instance type, platform, Availability Zone).
        #[serde(
            rename = "CapacityReservationSpecification",
            skip_serializing_if = "Option::is_none"
        )]
        pub capacity_reservation_specification: Option<CapacityReservationSpecification>,
        /// The CPU options for the instance. For more information, see CPU options for Amazon EC2 instances in the *Amazon EC2 User Guide*.
        #[serde(rename = "CpuOptions", skip_serializing_if = "Option::is_none")]
        pub cpu_options: Option<CpuOptions>,
        /// The credit option for CPU usage of the instance. Valid only for T instances.
        #[serde(
            rename = "CreditSpecification",
            skip_serializing_if = "Option::is_none"
        )]
        pub credit_specification: Option<CreditSpecification>,
        /// Indicates whether to enable the instance for stop protection. For more information, see Enable stop protection for your EC2 instances in the *Amazon EC2 User Guide*.
        #[serde(rename = "DisableApiStop", skip_serializing_if = "Option::is_none")]
        pub disable_api_stop: Option<Value<bool>>,
        /// Indicates whether termination protection is enabled for the instance. The default is ``false``, which means that you can terminate the instance using the Amazon EC2 console, command line tools, or API. You can enable termination protection when you launch an instance, while the instance is running, or while the instance is stopped.
        #[serde(
            rename = "DisableApiTermination",
            skip_serializing_if = "Option::is_none"
        )]
        pub disable_api_termination: Option<Value<bool>>,
        /// Indicates whether the instance is optimized for Amazon EBS I/O. This optimization provides dedicated throughput to Amazon EBS and an optimized configuration stack to provide optimal Amazon EBS I/O performance. This optimization isn't available with all instance types. Additional usage charges apply when using an EBS-optimized instance.
        #[serde(rename = "EbsOptimized", skip_serializing_if = "Option::is_none")]
        pub ebs_optimized: Option<Value<bool>>,
        /// Indicates whether the instance is enabled for AWS Nitro Enclaves. For more information, see What is Nitro Enclaves? in the *Nitro Enclaves User Guide*. You can't enable AWS Nitro Enclaves and hibernation on the same instance.
        #[serde(rename = "EnclaveOptions", skip_serializing_if = "Option::is_none")]
        pub enclave_options: Option<EnclaveOptions>,
        /// Indicates whether an instance is enabled for hibernation. This parameter is valid only if the instance meets the hibernation prerequisites. For more information, see Hibernate your Amazon EC2 instance in the *Amazon EC2 User Guide*.
        #[serde(rename = "HibernationOptions", skip_serializing_if = "Option::is_none")]
        pub hibernation_options: Option<HibernationOptions>,
        /// The name or Amazon Resource Name (ARN) of an IAM instance profile.
        #[serde(rename = "IamInstanceProfile", skip_serializing_if = "Option::is_none")]
        pub iam_instance_profile: Option<IamInstanceProfile>,
        /// The ID of the AMI. Alternatively, you can specify a Systems Manager parameter, which will resolve to an AMI ID on launch. Valid formats: + ``ami-0ac394d6a3example`` + ``resolve:ssm:parameter-name`` + ``resolve:ssm:parameter-name:version-number`` + ``resolve:ssm:parameter-name:label`` For more information, see Use a Systems Manager parameter to find an AMI in the *Amazon Elastic Compute Cloud User Guide*.
        #[serde(rename = "ImageId", skip_serializing_if = "Option::is_none")]
        pub image_id: Option<Value<String>>,
        /// Indicates whether an instance stops or terminates when you initiate shutdown from the instance (using the operating system command for system shutdown). Default: ``stop``
        #[serde(
            rename = "InstanceInitiatedShutdownBehavior",
            skip_serializing_if = "Option::is_none"
        )]
        pub instance_initiated_shutdown_behavior: Option<Value<String>>,
        /// The market (purchasing) option for the instances.
        #[serde(
            rename = "InstanceMarketOptions",
            skip_serializing_if = "Option::is_none"
        )]
        pub instance_market_options: Option<InstanceMarketOptions>,
        /// The attributes for the instance types. When you specify instance attributes, Amazon EC2 will identify instance types with these attributes. You must specify ``VCpuCount`` and ``MemoryMiB``. All other attributes are optional. Any unspecified optional attribute is set to its default. When you specify multiple attributes, you get instance types that satisfy all of the specified attributes. If you specify ...
        #[serde(
            rename = "InstanceRequirements",
            skip_serializing_if = "Option::is_none"
        )]
        pub instance_requirements: Option<InstanceRequirements>,
        /// The instance type. For more information, see Amazon EC2 instance types in the *Amazon EC2 User Guide*. If you specify ``InstanceType``, you can't specify ``InstanceRequirements``.
        #[serde(rename = "InstanceType", skip_serializing_if = "Option::is_none")]
        pub instance_type: Option<Value<String>>,
        /// The ID of the kernel. We recommend that you use PV-GRUB instead of kernels and RAM disks. For more information, see User Provided Kernels in the *Amazon EC2 User Guide*.
        #[serde(rename = "KernelId", skip_serializing_if = "Option::is_none")]
        pub kernel_id: Option<Value<String>>,
        /// The name of the key pair. You can create a key pair using CreateKeyPair or ImportKeyPair. If you do not specify a key pair, you can't connect to the instance unless you choose an AMI that is configured to allow users another way to log in.
        #[serde(rename = "KeyName", skip_serializing_if = "Option::is_none")]
        pub key_name: Option<Value<String>>,
        /// The license configurations.
        #[serde(
            rename = "LicenseSpecifications",
            skip_serializing_if = "Option::is_none"
        )]
        pub license_specifications: Option<Vec<LicenseSpecification>>,
        /// The maintenance options of your instance.
        #[serde(rename = "MaintenanceOptions", skip_serializing_if = "Option::is_none")]
        pub maintenance_options: Option<MaintenanceOptions>,
        /// The metadata options for the instance. For more information, see Configure the Instance Metadata Service options in the *Amazon EC2 User Guide*.
        #[serde(rename = "MetadataOptions", skip_serializing_if = "Option::is_none")]
        pub metadata_options: Option<MetadataOptions>,
        /// The monitoring for the instance.
        #[serde(rename = "Monitoring", skip_serializing_if = "Option::is_none")]
        pub monitoring: Option<Monitoring>,
        /// The network interfaces for the instance.
        #[serde(rename = "NetworkInterfaces", skip_serializing_if = "Option::is_none")]
        pub network_interfaces: Option<Vec<NetworkInterface>>,
        /// The settings for the network performance options for the instance. For more information, see EC2 instance bandwidth weighting configuration.
        #[serde(
            rename = "NetworkPerformanceOptions",
            skip_serializing_if = "Option::is_none"
        )]
        pub network_performance_options: Option<NetworkPerformanceOptions>,
        /// The placement for the instance.
        #[serde(rename = "Placement", skip_serializing_if = "Option::is_none")]
        pub placement: Option<Placement>,
        /// The hostname type for EC2 instances launched into this subnet and how DNS A and AAAA record queries should be handled. For more information, see Amazon EC2 instance hostname types in the *User Guide*.
        #[serde(
            rename = "PrivateDnsNameOptions",
            skip_serializing_if = "Option::is_none"
        )]
        pub private_dns_name_options: Option<PrivateDnsNameOptions>,
        /// The ID of the RAM disk. We recommend that you use PV-GRUB instead of kernels and RAM disks. For more information, see User provided kernels in the *Amazon EC2 User Guide*.
        #[serde(rename = "RamDiskId", skip_serializing_if = "Option::is_none")]
        pub ram_disk_id: Option<Value<String>>,
        /// The IDs of the security groups. You can specify the IDs of existing security groups and references to resources created by the stack template. If you specify a network interface, you must specify any security groups as part of the network interface instead.
        #[serde(rename = "SecurityGroupIds", skip_serializing_if = "Option::is_none")]
        pub security_group_ids: Option<Vec<Value<String>>>,
        /// The names of the security groups. For a nondefault VPC, you must use security group IDs instead. If you specify a network interface, you must specify any security groups as part of the network interface instead of using this parameter.
        #[serde(rename = "SecurityGroups", skip_serializing_if = "Option::is_none")]
        pub security_groups: Option<Vec<Value<String>>>,
        /// The tags to apply to resources that are created during instance launch. To tag the launch template itself, use TagSpecifications.
        #[serde(rename = "TagSpecifications", skip_serializing_if = "Option::is_none")]
        pub tag_specifications: Option<Vec<TagSpecification>>,
        /// The user data to make available to the instance. You must provide base64-encoded text. User data is limited to 16 KB. For more information, see Run commands when you launch an EC2 instance with user data input in the *Amazon EC2 User Guide*. If you are creating the launch template for use with BATCH, the user data must be provided in the MIME multi-part archive format. For more information, see Amazon ...
        #[serde(rename = "UserData", skip_serializing_if = "Option::is_none")]
        pub user_data: Option<Value<String>>,
    }

    /// Specifies the tags to apply to the launch template during creation. To specify the tags for the resources that are created during instance launch, use AWS::EC2::LaunchTemplate TagSpecification. ``LaunchTemplateTagSpecification`` is a property of AWS::EC2::LaunchTemplate.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct LaunchTemplateTagSpecification {
        /// The type of resource. To tag a launch template, ``ResourceType`` must be ``launch-template``.
        #[serde(rename = "ResourceType", skip_serializing_if = "Option::is_none")]
        pub resource_type: Option<Value<String>>,
        /// The tags for the resource.
        #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<crate::cfn::Tag>>,
    }

    /// Specifies a license configuration for an instance. ``LicenseSpecification`` is a property of AWS::EC2::LaunchTemplate LaunchTemplateData.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct LicenseSpecification {
        /// The Amazon Resource Name (ARN) of the license configuration.
        #[serde(
            rename = "LicenseConfigurationArn",
            skip_serializing_if = "Option::is_none"
        )]
        pub license_configuration_arn: Option<Value<String>>,
    }

    /// The maintenance options of your instance.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct MaintenanceOptions {
        /// Disables the automatic recovery behavior of your instance or sets it to default.
        #[serde(rename = "AutoRecovery", skip_serializing_if = "Option::is_none")]
        pub auto_recovery: Option<Value<String>>,
    }

    /// The minimum and maximum amount of memory per vCPU, in GiB.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct MemoryGiBPerVCpu {
        /// The maximum amount of memory per vCPU, in GiB. To specify no maximum limit, omit this parameter.
        #[serde(rename = "Max", skip_serializing_if = "Option::is_none")]
        pub max: Option<Value<f64>>,
        /// The minimum amount of memory per vCPU, in GiB. To specify no minimum limit, omit this parameter.
        #[serde(rename = "Min", skip_serializing_if = "Option::is_none")]
        pub min: Option<Value<f64>>,
    }

    /// The minimum and maximum amount of memory, in MiB.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct MemoryMiB {
        /// The maximum amount of memory, in MiB. To specify no maximum limit, omit this parameter.
        #[serde(rename = "Max", skip_serializing_if = "Option::is_none")]
        pub max: Option<Value<i64>>,
        /// The minimum amount of memory, in MiB. To specify no minimum limit, specify ``0``.
        #[serde(rename = "Min", skip_serializing_if = "Option::is_none")]
        pub min: Option<Value<i64>>,
    }

    /// The metadata options for the instance. For more information, see Instance metadata and user data in the *Amazon EC2 User Guide*. ``MetadataOptions`` is a property of AWS::EC2::LaunchTemplate LaunchTemplateData.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct MetadataOptions {
        /// Enables or disables the HTTP metadata endpoint on your instances. If the parameter is not specified, the default state is ``enabled``. If you specify a value of ``disabled``, you will not be able to access your instance metadata.
        #[serde(rename = "HttpEndpoint", skip_serializing_if = "Option::is_none")]
        pub http_endpoint: Option<Value<String>>,
        /// Enables or disables the IPv6 endpoint for the instance metadata service. Default: ``disabled``
        #[serde(rename = "HttpProtocolIpv6", skip_serializing_if = "Option::is_none")]
        pub http_protocol_ipv6: Option<Value<String>>,
        /// The desired HTTP PUT response hop limit for instance metadata requests. The larger the number, the further instance metadata requests can travel. Default: ``1`` Possible values: Integers from 1 to 64
        #[serde(
            rename = "HttpPutResponseHopLimit",
            skip_serializing_if = "Option::is_none"
        )]
        pub http_put_response_hop_limit: Option<Value<i64>>,
        /// Indicates whether IMDSv2 is required. + ``optional`` - IMDSv2 is optional. You can choose whether to send a session token in your instance metadata retrieval requests. If you retrieve IAM role credentials without a session token, you receive the IMDSv1 role credentials. If you retrieve IAM role credentials using a valid session token, you receive the IMDSv2 role credentials. + ``required`` - IMDSv2 ...
        #[serde(rename = "HttpTokens", skip_serializing_if = "Option::is_none")]
        pub http_tokens: Option<Value<String>>,
        /// Set to ``enabled`` to allow access to instance tags from the instance metadata. Set to ``disabled`` to turn off access to instance tags from the instance metadata. For more information, see View tags for your EC2 instances using instance metadata. Default: ``disabled``
        #[serde(
            rename = "InstanceMetadataTags",
            skip_serializing_if = "Option::is_none"
        )]
        pub instance_metadata_tags: Option<Value<String>>,
    }

    /// Specifies whether detailed monitoring is enabled for an instance. For more information about detailed monitoring, see Enable or turn off detailed monitoring for your instances in the *User Guide*. ``Monitoring`` is a property of AWS::EC2::LaunchTemplate LaunchTemplateData.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Monitoring {
        /// Specify ``true`` to enable detailed monitoring. Otherwise, basic monitoring is enabled.
        #[serde(rename = "Enabled", skip_serializing_if = "Option::is_none")]
        pub enabled: Option<Value<bool>>,
    }

    /// The minimum and maximum amount of network bandwidth, in gigabits per second (Gbps). Setting the minimum bandwidth does not guarantee that your instance will achieve the minimum bandwidth. Amazon EC2 will identify instance types that support the specified minimum bandwidth, but the actual bandwidth of your instance might go below the specified minimum at times. For more information, see Available instance ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct NetworkBandwidthGbps {
        /// The maximum amount of network bandwidth, in Gbps. To specify no maximum limit, omit this parameter.
        #[serde(rename = "Max", skip_serializing_if = "Option::is_none")]
        pub max: Option<Value<f64>>,
        /// The minimum amount of network bandwidth, in Gbps. If this parameter is not specified, there is no minimum limit.
        #[serde(rename = "Min", skip_serializing_if = "Option::is_none")]
        pub min: Option<Value<f64>>,
    }

    /// Specifies the parameters for a network interface. ``NetworkInterface`` is a property of AWS::EC2::LaunchTemplate LaunchTemplateData.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct NetworkInterface {
        /// Associates a Carrier IP address with eth0 for a new network interface. Use this option when you launch an instance in a Wavelength Zone and want to associate a Carrier IP address with the network interface. For more information about Carrier IP addresses, see Carrier IP addresses in the *Developer Guide*.
        #[serde(
            rename = "AssociateCarrierIpAddress",
            skip_serializing_if = "Option::is_none"
        )]
        pub associate_carrier_ip_address: Option<Value<bool>>,
        /// Associates a public IPv4 address with eth0 for a new network interface. AWS charges for all public IPv4 addresses, including public IPv4 addresses associated with running instances and Elastic IP addresses. For more information, see the *Public IPv4 Address* tab on the Amazon VPC pricing page.
        #[serde(
            rename = "AssociatePublicIpAddress",
            skip_serializing_if = "Option::is_none"
        )]
        pub associate_public_ip_address: Option<Value<bool>>,
        /// A connection tracking specification for the network interface.
        #[serde(
            rename = "ConnectionTrackingSpecification",
            skip_serializing_if = "Option::is_none"
        )]
        pub connection_tracking_specification: Option<ConnectionTrackingSpecification>,
        /// Indicates whether the network interface is deleted when the instance is terminated.
        #[serde(
            rename = "DeleteOnTermination",
            skip_serializing_if = "Option::is_none"
        )]
        pub delete_on_termination: Option<Value<bool>>,
        /// A description for the network interface.
        #[serde(rename = "Description", skip_serializing_if = "Option::is_none")]
        pub description: Option<Value<String>>,
        /// The device index for the network interface attachment. The primary network interface has a device index of 0. If the network interface is of type ``interface``, you must specify a device index. If you create a launch template that includes secondary network interfaces but no primary network interface, and you specify it using the ``LaunchTemplate`` property of ``AWS::EC2::Instance``, then you must ...
        #[serde(rename = "DeviceIndex", skip_serializing_if = "Option::is_none")]
        pub device_index: Option<Value<i64>>,
        /// The number of ENA queues to be created with the instance.
        #[serde(rename = "EnaQueueCount", skip_serializing_if = "Option::is_none")]
        pub ena_queue_count: Option<Value<i64>>,
        /// The ENA Express configuration for the network interface.
        #[serde(
            rename = "EnaSrdSpecification",
            skip_serializing_if = "Option::is_none"
        )]
        pub ena_srd_specification: Option<EnaSrdSpecification>,
        /// The IDs of one or more security groups.
        #[serde(rename = "Groups", skip_serializing_if = "Option::is_none")]
        pub groups: Option<Vec<Value<String>>>,
        /// The type of network interface. To create an Elastic Fabric Adapter (EFA), specify ``efa`` or ``efa``. For more information, see Elastic Fabric Adapter for AI/ML and HPC workloads on Amazon EC2 in the *Amazon EC2 User Guide*. If you are not creating an EFA, specify ``interface`` or omit this parameter. If you specify ``efa-only``, do not assign any IP addresses to the network interface. EFA-only network ...
        #[serde(rename = "InterfaceType", skip_serializing_if = "Option::is_none")]
        pub interface_type: Option<Value<String>>,
        /// The number of IPv4 prefixes to be automatically assigned to the network interface. You cannot use this option if you use the ``Ipv4Prefix`` option.
        #[serde(rename = "Ipv4PrefixCount", skip_serializing_if = "Option::is_none")]
        pub ipv4_prefix_count: Option<Value<i64>>,
        /// One or more IPv4 prefixes to be assigned to the network interface. You cannot use this option if you use the ``Ipv4PrefixCount`` option.
        #[serde(rename = "Ipv4Prefixes", skip_serializing_if = "Option::is_none")]
        pub ipv4_prefixes: Option<Vec<Ipv4PrefixSpecification>>,
        /// The number of IPv6 addresses to assign to a network interface. Amazon EC2 automatically selects the IPv6 addresses from the subnet range. You can't use this option if specifying specific IPv6 addresses.
        #[serde(rename = "Ipv6AddressCount", skip_serializing_if = "Option::is_none")]
        pub ipv6_address_count: Option<Value<i64>>,
        /// One or more specific IPv6 addresses from the IPv6 CIDR block range of your subnet. You can't use this option if you're specifying a number of IPv6 addresses.
        #[serde(rename = "Ipv6Addresses", skip_serializing_if = "Option::is_none")]
        pub ipv6_addresses: Option<Vec<Ipv6Add>>,
        /// The number of IPv6 prefixes to be automatically assigned to the network interface. You cannot use this option if you use the ``Ipv6Prefix`` option.
        #[serde(rename = "Ipv6PrefixCount", skip_serializing_if = "Option::is_none")]
        pub ipv6_prefix_count: Option<Value<i64>>,
        /// One or more IPv6 prefixes to be assigned to the network interface. You cannot use this option if you use the ``Ipv6PrefixCount`` option.
        #[serde(rename = "Ipv6Prefixes", skip_serializing_if = "Option::is_none")]
        pub ipv6_prefixes: Option<Vec<Ipv6PrefixSpecification>>,
        /// The index of the network card. Some instance types support multiple network cards. The primary network interface must be assigned to network card index 0. The default is network card index 0.
        #[serde(rename = "NetworkCardIndex", skip_serializing_if = "Option::is_none")]
        pub network_card_index: Option<Value<i64>>,
        /// The ID of the network interface.
        #[serde(rename = "NetworkInterfaceId", skip_serializing_if = "Option::is_none")]
        pub network_interface_id: Option<Value<String>>,
        /// The primary IPv6 address of the network interface. When you enable an IPv6 GUA address to be a primary IPv6, the first IPv6 GUA will be made the primary IPv6 address until the instance is terminated or the network interface is detached. For more information about primary IPv6 addresses, see RunInstances.
        #[serde(rename = "PrimaryIpv6", skip_serializing_if = "Option::is_none")]
        pub primary_ipv6: Option<Value<bool>>,
        /// The primary private IPv4 address of the network interface.
        #[serde(rename = "PrivateIpAddress", skip_serializing_if = "Option::is_none")]
        pub private_ip_address: Option<Value<String>>,
        /// One or more private IPv4 addresses.
        #[serde(rename = "PrivateIpAddresses", skip_serializing_if = "Option::is_none")]
        pub private_ip_addresses: Option<Vec<PrivateIpAdd>>,
        /// The number of secondary private IPv4 addresses to assign to a network interface.
        #[serde(
            rename = "SecondaryPrivateIpAddressCount",
            skip_serializing_if = "Option::is_none"
        )]
        pub secondary_private_ip_address_count: Option<Value<i64>>,
        /// The ID of the subnet for the network interface.
        #[serde(rename = "SubnetId", skip_serializing_if = "Option::is_none")]
        pub subnet_id: Option<Value<String>>,
    }

    /// The minimum and maximum number of network interfaces.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct NetworkInterfaceCount {
        /// The maximum number of network interfaces. To specify no maximum limit, omit this parameter.
        #[serde(rename = "Max", skip_serializing_if = "Option::is_none")]
        pub max: Option<Value<i64>>,
        /// The minimum number of network interfaces. To specify no minimum limit, omit this parameter.
        #[serde(rename = "Min", skip_serializing_if = "Option::is_none")]
        pub min: Option<Value<i64>>,
    }

    /// Contains settings for the network performance options for the instance.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct NetworkPerformanceOptions {
        /// Specify the bandwidth weighting option to boost the associated type of baseline bandwidth, as follows: + default This option uses the standard bandwidth configuration for your instance type. + vpc-1 This option boosts your networking baseline bandwidth and reduces your EBS baseline bandwidth. + ebs-1 This option boosts your EBS baseline bandwidth and reduces your networking baseline bandwidth.
        #[serde(rename = "BandwidthWeighting", skip_serializing_if = "Option::is_none")]
        pub bandwidth_weighting: Option<Value<String>>,
    }

    /// Specifies the placement of an instance. ``Placement`` is a property of AWS::EC2::LaunchTemplate LaunchTemplateData.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Placement {
        /// The affinity setting for an instance on a Dedicated Host.
        #[serde(rename = "Affinity", skip_serializing_if = "Option::is_none")]
        pub affinity: Option<Value<String>>,
        /// The Availability Zone for the instance. Either ``AvailabilityZone`` or ``AvailabilityZoneId`` can be specified, but not both
        #[serde(rename = "AvailabilityZone", skip_serializing_if = "Option::is_none")]
        pub availability_zone: Option<Value<String>>,
        /// The Group Id of a placement group. You must specify the Placement Group *Group Id* to launch an instance in a shared placement group.
        #[serde(rename = "GroupId", skip_serializing_if = "Option::is_none")]
        pub group_id: Option<Value<String>>,
        /// The name of the placement group for the instance.
        #[serde(rename = "GroupName", skip_serializing_if = "Option::is_none")]
        pub group_name: Option<Value<String>>,
        /// The ID of the Dedicated Host for the instance.
        #[serde(rename = "HostId", skip_serializing_if = "Option::is_none")]
        pub host_id: Option<Value<String>>,
        /// The ARN of the host resource group in which to launch the instances. If you specify a host resource group ARN, omit the *Tenancy* parameter or set it to ``host``.
        #[serde(
            rename = "HostResourceGroupArn",
            skip_serializing_if = "Option::is_none"
        )]
        pub host_resource_group_arn: Option<Value<String>>,
        /// The number of the partition the instance should launch in. Valid only if the placement group strategy is set to ``partition``.
        #[serde(rename = "PartitionNumber", skip_serializing_if = "Option::is_none")]
        pub partition_number: Option<Value<i64>>,
        /// Reserved for future use.
        #[serde(rename = "SpreadDomain", skip_serializing_if = "Option::is_none")]
        pub spread_domain: Option<Value<String>>,
        /// The tenancy of the instance. An instance with a tenancy of dedicated runs on single-tenant hardware.
        #[serde(rename = "Tenancy", skip_serializing_if = "Option::is_none")]
        pub tenancy: Option<Value<String>>,
    }

    /// The hostname type for EC2 instances launched into this subnet and how DNS A and AAAA record queries should be handled. For more information, see Amazon EC2 instance hostname types in the *User Guide*.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct PrivateDnsNameOptions {
        /// Indicates whether to respond to DNS queries for instance hostnames with DNS AAAA records.
        #[serde(
            rename = "EnableResourceNameDnsAAAARecord",
            skip_serializing_if = "Option::is_none"
        )]
        pub enable_resource_name_dns_aaaa_record: Option<Value<bool>>,
        /// Indicates whether to respond to DNS queries for instance hostnames with DNS A records.
        #[serde(
            rename = "EnableResourceNameDnsARecord",
            skip_serializing_if = "Option::is_none"
        )]
        pub enable_resource_name_dns_a_record: Option<Value<bool>>,
        /// The type of hostname for EC2 instances. For IPv4 only subnets, an instance DNS name must be based on the instance IPv4 address. For IPv6 only subnets, an instance DNS name must be based on the instance ID. For dual-stack subnets, you can specify whether DNS names use the instance IPv4 address or the instance ID. For more information, see Amazon EC2 instance hostname types in the *User Guide*.
        #[serde(rename = "HostnameType", skip_serializing_if = "Option::is_none")]
        pub hostname_type: Option<Value<String>>,
    }

    /// Specifies a secondary private IPv4 address for a network interface. ``PrivateIpAdd`` is a property of AWS::EC2::LaunchTemplate NetworkInterface.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct PrivateIpAdd {
        /// Indicates whether the private IPv4 address is the primary private IPv4 address. Only one IPv4 address can be designated as primary.
        #[serde(rename = "Primary", skip_serializing_if = "Option::is_none")]
        pub primary: Option<Value<bool>>,
        /// The private IPv4 address.
        #[serde(rename = "PrivateIpAddress", skip_serializing_if = "Option::is_none")]
        pub private_ip_address: Option<Value<String>>,
    }

    /// Specifies an instance family to use as the baseline reference for CPU performance.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Reference {
        /// The instance family to use as a baseline reference. Ensure that you specify the correct value for the instance family. The instance family is everything before the period (``.``) in the instance type name. For example, in the instance type ``c6i.large``, the instance family is ``c6i``, not ``c6``. For more information, see Amazon EC2 instance type naming conventions in *Amazon EC2 Instance Types*. ...
        #[serde(rename = "InstanceFamily", skip_serializing_if = "Option::is_none")]
        pub instance_family: Option<Value<String>>,
    }

    /// Specifies options for Spot Instances. ``SpotOptions`` is a property of AWS::EC2::LaunchTemplate InstanceMarketOptions.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct SpotOptions {
        /// Deprecated.
        #[serde(
            rename = "BlockDurationMinutes",
            skip_serializing_if = "Option::is_none"
        )]
        pub block_duration_minutes: Option<Value<i64>>,
        /// The behavior when a Spot Instance is interrupted. The default is ``terminate``.
        #[serde(
            rename = "InstanceInterruptionBehavior",
            skip_serializing_if = "Option::is_none"
        )]
        pub instance_interruption_behavior: Option<Value<String>>,
        /// The maximum hourly price you're willing to pay for a Spot Instance. We do not recommend using this parameter because it can lead to increased interruptions. If you do not specify this parameter, you will pay the current Spot price. If you do specify this parameter, it must be more than USD $0.001. Specifying a value below USD $0.001 will result in an ``InvalidParameterValue`` error message when the ...
        #[serde(rename = "MaxPrice", skip_serializing_if = "Option::is_none")]
        pub max_price: Option<Value<String>>,
        /// The Spot Instance request type. If you are using Spot Instances with an Auto Scaling group, use ``one-time`` requests, as the ASlong service handles requesting new Spot Instances whenever the group is below its desired capacity.
        #[serde(rename = "SpotInstanceType", skip_serializing_if = "Option::is_none")]
        pub spot_instance_type: Option<Value<String>>,
        /// The end date of the request, in UTC format (*YYYY-MM-DD*T*HH:MM:SS*Z). Supported only for persistent requests. + For a persistent request, the request remains active until the ``ValidUntil`` date and time is reached. Otherwise, the request remains active until you cancel it. + For a one-time request, ``ValidUntil`` is not supported. The request remains active until all instances launch or you cancel ...
        #[serde(rename = "ValidUntil", skip_serializing_if = "Option::is_none")]
        pub valid_until: Option<Value<String>>,
    }

    /// Specifies the tags to apply to resources that are created during instance launch. ``TagSpecification`` is a property type of TagSpecifications. TagSpecifications is a property of AWS::EC2::LaunchTemplate LaunchTemplateData.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct TagSpecification {
        /// The type of resource to tag. You can specify tags for the following resource types only: ``instance`` | ``volume`` | ``network-interface`` | ``spot-instances-request``. If the instance does not include the resource type that you specify, the instance launch fails. For example, not all instance types include a volume. To tag a resource after it has been created, see CreateTags.
        #[serde(rename = "ResourceType", skip_serializing_if = "Option::is_none")]
        pub resource_type: Option<Value<String>>,
        /// The tags to apply to the resource.
        #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<crate::cfn::Tag>>,
    }

    /// The minimum and maximum amount of total local storage, in GB.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct TotalLocalStorageGb {
        /// The maximum amount of total local storage, in GB. To specify no maximum limit, omit this parameter.
        #[serde(rename = "Max", skip_serializing_if = "Option::is_none")]
        pub max: Option<Value<f64>>,
        /// The minimum amount of total local storage, in GB. To specify no minimum limit, omit this parameter.
        #[serde(rename = "Min", skip_serializing_if = "Option::is_none")]
        pub min: Option<Value<f64>>,
    }

    /// The minimum and maximum number of vCPUs.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct VCpuCount {
        /// The maximum number of vCPUs. To specify no maximum limit, omit this parameter.
        #[serde(rename = "Max", skip_serializing_if = "Option::is_none")]
        pub max: Option<Value<i64>>,
        /// The minimum number of vCPUs. To specify no minimum limit, specify ``0``.
        #[serde(rename = "Min", skip_serializing_if = "Option::is_none")]
        pub min: Option<Value<i64>>,
    }
}
pub use launch_template::LaunchTemplate;

/// `AWS::EC2::NatGateway`: the resource and its property types.
pub mod nat_gateway {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// Specifies a network address translation (NAT) gateway in the specified subnet. You can create either a public NAT gateway or a private NAT gateway. The default is a public NAT gateway. If you create a public NAT gateway, you must specify an elastic IP address. With a NAT gateway, instances in a private subnet can connect to the internet, other AWS services, or an on-premises network using the IP address ...
    ///
    /// CloudFormation type `AWS::EC2::NatGateway`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct NatGateway {
        /// \[Public NAT gateway only\] The allocation ID of the Elastic IP address that's associated with the NAT gateway. This property is required for a public NAT gateway and cannot be specified with a private NAT gateway.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "AllocationId", skip_serializing_if = "Option::is_none")]
        pub allocation_id: Option<Value<String>>,
        /// Indicates whether this is a zonal (single-AZ) or regional (multi-AZ) NAT gateway. A zonal NAT gateway is a NAT Gateway that provides redundancy and scalability within a single availability zone. A regional NAT gateway is a single NAT Gateway that works across multiple availability zones (AZs) in your VPC, providing redundancy, scalability and availability across all the AZs in a Region. For more information, ...
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "AvailabilityMode", skip_serializing_if = "Option::is_none")]
        pub availability_mode: Option<Value<String>>,
        /// For regional NAT gateways only: Specifies which Availability Zones you want the NAT gateway to support and the Elastic IP addresses (EIPs) to use in each AZ. The regional NAT gateway uses these EIPs to handle outbound NAT traffic from their respective AZs. If not specified, the NAT gateway will automatically expand to new AZs and associate EIPs upon detection of an elastic network interface. If you ...
        #[serde(
            rename = "AvailabilityZoneAddresses",
            skip_serializing_if = "Option::is_none"
        )]
        pub availability_zone_addresses: Option<Vec<AvailabilityZoneAddress>>,
        /// Indicates whether the NAT gateway supports public or private connectivity. The default is public connectivity.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "ConnectivityType", skip_serializing_if = "Option::is_none")]
        pub connectivity_type: Option<Value<String>>,
        /// The maximum amount of time to wait (in seconds) before forcibly releasing the IP addresses if connections are still in progress. Default value is 350 seconds.
        #[serde(
            rename = "MaxDrainDurationSeconds",
            skip_serializing_if = "Option::is_none"
        )]
        pub max_drain_duration_seconds: Option<Value<i64>>,
        /// The private IPv4 address to assign to the NAT gateway. If you don't provide an address, a private IPv4 address will be automatically assigned.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "PrivateIpAddress", skip_serializing_if = "Option::is_none")]
        pub private_ip_address: Option<Value<String>>,
        /// Secondary EIP allocation IDs. For more information, see Create a NAT gateway in the *Amazon VPC User Guide*.
        #[serde(
            rename = "SecondaryAllocationIds",
            skip_serializing_if = "Option::is_none"
        )]
        pub secondary_allocation_ids: Option<Vec<Value<String>>>,
        /// \[Private NAT gateway only\] The number of secondary private IPv4 addresses you want to assign to the NAT gateway. For more information about secondary addresses, see Create a NAT gateway in the *Amazon Virtual Private Cloud User Guide*. ``SecondaryPrivateIpAddressCount`` and ``SecondaryPrivateIpAddresses`` cannot be set at the same time.
        #[serde(
            rename = "SecondaryPrivateIpAddressCount",
            skip_serializing_if = "Option::is_none"
        )]
        pub secondary_private_ip_address_count: Option<Value<i64>>,
        /// Secondary private IPv4 addresses. For more information about secondary addresses, see Create a NAT gateway in the *Amazon Virtual Private Cloud User Guide*. ``SecondaryPrivateIpAddressCount`` and ``SecondaryPrivateIpAddresses`` cannot be set at the same time.
        #[serde(
            rename = "SecondaryPrivateIpAddresses",
            skip_serializing_if = "Option::is_none"
        )]
        pub secondary_private_ip_addresses: Option<Vec<Value<String>>>,
        /// The ID of the subnet in which the NAT gateway is located.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "SubnetId", skip_serializing_if = "Option::is_none")]
        pub subnet_id: Option<Value<String>>,
        /// The tags for the NAT gateway.
        #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<crate::cfn::Tag>>,
        /// The ID of the VPC in which the NAT gateway is located.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "VpcId", skip_serializing_if = "Option::is_none")]
        pub vpc_id: Option<Value<String>>,
    }

    impl CfnResource for NatGateway {
        const TYPE: &'static str = "AWS::EC2::NatGateway";
        const TAGGING: Tagging = Tagging::List;
    }

    /// For regional NAT gateways only: The configuration specifying which Elastic IP address (EIP) to use for handling outbound NAT traffic from a specific Availability Zone. A regional NAT gateway is a single NAT Gateway that works across multiple availability zones (AZs) in your VPC, providing redundancy, scalability and availability across all the AZs in a Region. For more information, see Regional NAT ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct AvailabilityZoneAddress {
        /// The allocation IDs of the Elastic IP addresses (EIPs) to be used for handling outbound NAT traffic in this specific Availability Zone.
        ///
        /// Required.
        #[serde(rename = "AllocationIds")]
        pub allocation_ids: Vec<Value<String>>,
        /// For regional NAT gateways only: The Availability Zone where this specific NAT gateway configuration will be active. Each AZ in a regional NAT gateway has its own configuration to handle outbound NAT traffic from that AZ. A regional NAT gateway is a single NAT Gateway that works across multiple availability zones (AZs) in your VPC, providing redundancy, scalability and availability across all the AZs ...
        #[serde(rename = "AvailabilityZone", skip_serializing_if = "Option::is_none")]
        pub availability_zone: Option<Value<String>>,
        /// For regional NAT gateways only: The ID of the Availability Zone where this specific NAT gateway configuration will be active. Each AZ in a regional NAT gateway has its own configuration to handle outbound NAT traffic from that AZ. Use this instead of AvailabilityZone for consistent identification of AZs across AWS Regions. A regional NAT gateway is a single NAT Gateway that works across multiple availability ...
        #[serde(rename = "AvailabilityZoneId", skip_serializing_if = "Option::is_none")]
        pub availability_zone_id: Option<Value<String>>,
    }
}
pub use nat_gateway::NatGateway;

/// `AWS::EC2::Route`: the resource and its property types.
pub mod route {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// Specifies a route in a route table. For more information, see Routes in the *Amazon VPC User Guide*. You must specify either a destination CIDR block or prefix list ID. You must also specify exactly one of the resources as the target. If you create a route that references a transit gateway in the same template where you create the transit gateway, you must declare a dependency on the transit gateway ...
    ///
    /// CloudFormation type `AWS::EC2::Route`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Route {
        /// The ID of the carrier gateway. You can only use this option when the VPC contains a subnet which is associated with a Wavelength Zone.
        #[serde(rename = "CarrierGatewayId", skip_serializing_if = "Option::is_none")]
        pub carrier_gateway_id: Option<Value<String>>,
        /// The Amazon Resource Name (ARN) of the core network.
        #[serde(rename = "CoreNetworkArn", skip_serializing_if = "Option::is_none")]
        pub core_network_arn: Option<Value<String>>,
        /// The IPv4 CIDR address block used for the destination match. Routing decisions are based on the most specific match. We modify the specified CIDR block to its canonical form; for example, if you specify ``100.68.0.18/18``, we modify it to ``100.68.0.0/18``.
        ///
        /// Changing it replaces the resource.
        #[serde(
            rename = "DestinationCidrBlock",
            skip_serializing_if = "Option::is_none"
        )]
        pub destination_cidr_block: Option<Value<String>>,
        /// The IPv6 CIDR block used for the destination match. Routing decisions are based on the most specific match.
        ///
        /// Changing it replaces the resource.
        #[serde(
            rename = "DestinationIpv6CidrBlock",
            skip_serializing_if = "Option::is_none"
        )]
        pub destination_ipv6_cidr_block: Option<Value<String>>,
        /// The ID of a prefix list used for the destination match.
        ///
        /// Changing it replaces the resource.
        #[serde(
            rename = "DestinationPrefixListId",
            skip_serializing_if = "Option::is_none"
        )]
        pub destination_prefix_list_id: Option<Value<String>>,
        /// \[IPv6 traffic only\] The ID of an egress-only internet gateway.
        #[serde(
            rename = "EgressOnlyInternetGatewayId",
            skip_serializing_if = "Option::is_none"
        )]
        pub egress_only_internet_gateway_id: Option<Value<String>>,
        /// The ID of an internet gateway or virtual private gateway attached to your VPC.
        #[serde(rename = "GatewayId", skip_serializing_if = "Option::is_none")]
        pub gateway_id: Option<Value<String>>,
        /// The ID of a NAT instance in your VPC. The operation fails if you specify an instance ID unless exactly one network interface is attached.
        #[serde(rename = "InstanceId", skip_serializing_if = "Option::is_none")]
        pub instance_id: Option<Value<String>>,
        /// The ID of the local gateway.
        #[serde(rename = "LocalGatewayId", skip_serializing_if = "Option::is_none")]
        pub local_gateway_id: Option<Value<String>>,
        /// \[IPv4 traffic only\] The ID of a NAT gateway.
        #[serde(rename = "NatGatewayId", skip_serializing_if = "Option::is_none")]
        pub nat_gateway_id: Option<Value<String>>,
        /// The ID of a network interface.
        #[serde(rename = "NetworkInterfaceId", skip_serializing_if = "Option::is_none")]
        pub network_interface_id: Option<Value<String>>,
        /// The Amazon Resource Name (ARN) of the ODB network.
        #[serde(rename = "OdbNetworkArn", skip_serializing_if = "Option::is_none")]
        pub odb_network_arn: Option<Value<String>>,
        /// The ID of the route table for the route.
        ///
        /// Required.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "RouteTableId")]
        pub route_table_id: Value<String>,
        /// The ID of a transit gateway.
        #[serde(rename = "TransitGatewayId", skip_serializing_if = "Option::is_none")]
        pub transit_gateway_id: Option<Value<String>>,
        /// The ID of a VPC endpoint. Supported for Gateway Load Balancer endpoints only.
        #[serde(rename = "VpcEndpointId", skip_serializing_if = "Option::is_none")]
        pub vpc_endpoint_id: Option<Value<String>>,
        /// The ID of a VPC peering connection.
        #[serde(
            rename = "VpcPeeringConnectionId",
            skip_serializing_if = "Option::is_none"
        )]
        pub vpc_peering_connection_id: Option<Value<String>>,
    }

    impl CfnResource for Route {
        const TYPE: &'static str = "AWS::EC2::Route";
        const TAGGING: Tagging = Tagging::None;
    }
}
pub use route::Route;

/// `AWS::EC2::RouteTable`: the resource and its property types.
pub mod route_table {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// Specifies a route table for the specified VPC. After you create a route table, you can add routes and associate the table with a subnet. For more information, see Route tables in the *Amazon VPC User Guide*.
    ///
    /// CloudFormation type `AWS::EC2::RouteTable`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct RouteTable {
        /// Any tags assigned to the route table.
        #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<crate::cfn::Tag>>,
        /// The ID of the VPC.
        ///
        /// Required.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "VpcId")]
        pub vpc_id: Value<String>,
    }

    impl CfnResource for RouteTable {
        const TYPE: &'static str = "AWS::EC2::RouteTable";
        const TAGGING: Tagging = Tagging::List;
    }
}
pub use route_table::RouteTable;

/// `AWS::EC2::SecurityGroup`: the resource and its property types.
pub mod security_group {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// Resource Type definition for AWS::EC2::SecurityGroup
    ///
    /// CloudFormation type `AWS::EC2::SecurityGroup`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct SecurityGroup {
        /// A description for the security group.
        ///
        /// Required.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "GroupDescription")]
        pub group_description: Value<String>,
        /// The name of the security group.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "GroupName", skip_serializing_if = "Option::is_none")]
        pub group_name: Option<Value<String>>,
        /// \[VPC only\] The outbound rules associated with the security group. There is a short interruption during which you cannot connect to the security group.
        #[serde(
            rename = "SecurityGroupEgress",
            skip_serializing_if = "Option::is_none"
        )]
        pub security_group_egress: Option<Vec<Egress>>,
        /// The inbound rules associated with the security group. There is a short interruption during which you cannot connect to the security group.
        #[serde(
            rename = "SecurityGroupIngress",
            skip_serializing_if = "Option::is_none"
        )]
        pub security_group_ingress: Option<Vec<Ingress>>,
        /// Any tags assigned to the security group.
        #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<crate::cfn::Tag>>,
        /// The ID of the VPC for the security group.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "VpcId", skip_serializing_if = "Option::is_none")]
        pub vpc_id: Option<Value<String>>,
    }

    impl CfnResource for SecurityGroup {
        const TYPE: &'static str = "AWS::EC2::SecurityGroup";
        const TAGGING: Tagging = Tagging::List;
    }

    /// The `Egress` property type of `AWS::EC2::SecurityGroup`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Egress {
        /// The `CidrIp` property.
        #[serde(rename = "CidrIp", skip_serializing_if = "Option::is_none")]
        pub cidr_ip: Option<Value<String>>,
        /// The `CidrIpv6` property.
        #[serde(rename = "CidrIpv6", skip_serializing_if = "Option::is_none")]
        pub cidr_ipv6: Option<Value<String>>,
        /// The `Description` property.
        #[serde(rename = "Description", skip_serializing_if = "Option::is_none")]
        pub description: Option<Value<String>>,
        /// The `DestinationPrefixListId` property.
        #[serde(
            rename = "DestinationPrefixListId",
            skip_serializing_if = "Option::is_none"
        )]
        pub destination_prefix_list_id: Option<Value<String>>,
        /// The `DestinationSecurityGroupId` property.
        #[serde(
            rename = "DestinationSecurityGroupId",
            skip_serializing_if = "Option::is_none"
        )]
        pub destination_security_group_id: Option<Value<String>>,
        /// The `FromPort` property.
        #[serde(rename = "FromPort", skip_serializing_if = "Option::is_none")]
        pub from_port: Option<Value<i64>>,
        /// The `IpProtocol` property.
        ///
        /// Required.
        #[serde(rename = "IpProtocol")]
        pub ip_protocol: Value<String>,
        /// The `ToPort` property.
        #[serde(rename = "ToPort", skip_serializing_if = "Option::is_none")]
        pub to_port: Option<Value<i64>>,
    }

    /// The `Ingress` property type of `AWS::EC2::SecurityGroup`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Ingress {
        /// The `CidrIp` property.
        #[serde(rename = "CidrIp", skip_serializing_if = "Option::is_none")]
        pub cidr_ip: Option<Value<String>>,
        /// The `CidrIpv6` property.
        #[serde(rename = "CidrIpv6", skip_serializing_if = "Option::is_none")]
        pub cidr_ipv6: Option<Value<String>>,
        /// The `Description` property.
        #[serde(rename = "Description", skip_serializing_if = "Option::is_none")]
        pub description: Option<Value<String>>,
        /// The `FromPort` property.
        #[serde(rename = "FromPort", skip_serializing_if = "Option::is_none")]
        pub from_port: Option<Value<i64>>,
        /// The `IpProtocol` property.
        ///
        /// Required.
        #[serde(rename = "IpProtocol")]
        pub ip_protocol: Value<String>,
        /// The `SourcePrefixListId` property.
        #[serde(rename = "SourcePrefixListId", skip_serializing_if = "Option::is_none")]
        pub source_prefix_list_id: Option<Value<String>>,
        /// The `SourceSecurityGroupId` property.
        #[serde(
            rename = "SourceSecurityGroupId",
            skip_serializing_if = "Option::is_none"
        )]
        pub source_security_group_id: Option<Value<String>>,
        /// The `SourceSecurityGroupName` property.
        #[serde(
            rename = "SourceSecurityGroupName",
            skip_serializing_if = "Option::is_none"
        )]
        pub source_security_group_name: Option<Value<String>>,
        /// The `SourceSecurityGroupOwnerId` property.
        #[serde(
            rename = "SourceSecurityGroupOwnerId",
            skip_serializing_if = "Option::is_none"
        )]
        pub source_security_group_owner_id: Option<Value<String>>,
        /// The `ToPort` property.
        #[serde(rename = "ToPort", skip_serializing_if = "Option::is_none")]
        pub to_port: Option<Value<i64>>,
    }
}
pub use security_group::SecurityGroup;

/// `AWS::EC2::SecurityGroupEgress`: the resource and its property types.
pub mod security_group_egress {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// Adds the specified outbound (egress) rule to a security group. An outbound rule permits instances to send traffic to the specified IPv4 or IPv6 address range, the IP addresses that are specified by a prefix list, or the instances that are associated with a destination security group. For more information, see Security group rules. You must specify exactly one of the following destinations: an IPv4 ...
    ///
    /// CloudFormation type `AWS::EC2::SecurityGroupEgress`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct SecurityGroupEgress {
        /// The IPv4 address range, in CIDR format. You must specify exactly one of the following: ``CidrIp``, ``CidrIpv6``, ``DestinationPrefixListId``, or ``DestinationSecurityGroupId``. For examples of rules that you can add to security groups for specific access scenarios, see Security group rules for different use cases in the *User Guide*.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "CidrIp", skip_serializing_if = "Option::is_none")]
        pub cidr_ip: Option<Value<String>>,
        /// The IPv6 address range, in CIDR format. You must specify exactly one of the following: ``CidrIp``, ``CidrIpv6``, ``DestinationPrefixListId``, or ``DestinationSecurityGroupId``. For examples of rules that you can add to security groups for specific access scenarios, see Security group rules for different use cases in the *User Guide*.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "CidrIpv6", skip_serializing_if = "Option::is_none")]
        pub cidr_ipv6: Option<Value<String>>,
        /// The description of an egress (outbound) security group rule. Constraints: Up to 255 characters in length. Allowed characters are a-z, A-Z, 0-9, spaces, and ._-:/()#,@\[\]+=;{}!$*
        #[serde(rename = "Description", skip_serializing_if = "Option::is_none")]
        pub description: Option<Value<String>>,
        /// The prefix list IDs for an AWS service. This is the AWS service to access through a VPC endpoint from instances associated with the security group. You must specify exactly one of the following: ``CidrIp``, ``CidrIpv6``, ``DestinationPrefixListId``, or ``DestinationSecurityGroupId``.
        ///
        /// Changing it replaces the resource.
        #[serde(
            rename = "DestinationPrefixListId",
            skip_serializing_if = "Option::is_none"
        )]
        pub destination_prefix_list_id: Option<Value<String>>,
        /// The ID of the security group. You must specify exactly one of the following: ``CidrIp``, ``CidrIpv6``, ``DestinationPrefixListId``, or ``DestinationSecurityGroupId``.
        ///
        /// Changing it replaces the resource.
        #[serde(
            rename = "DestinationSecurityGroupId",
            skip_serializing_if = "Option::is_none"
        )]
        pub destination_security_group_id: Option<Value<String>>,
        /// If the protocol is TCP or UDP, this is the start of the port range. If the protocol is ICMP or ICMPv6, this is the ICMP type or -1 (all ICMP types).
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "FromPort", skip_serializing_if = "Option::is_none")]
        pub from_port: Option<Value<i64>>,
        /// The ID of the security group. You must specify either the security group ID or the security group name in the request. For security groups in a nondefault VPC, you must specify the security group ID.
        ///
        /// Required.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "GroupId")]
        pub group_id: Value<String>,
        /// The IP protocol name (``tcp``, ``udp``, ``icmp``, ``icmpv6``) or number (see Protocol Numbers). Use ``-1`` to specify all protocols. When authorizing security group rules, specifying ``-1`` or a protocol number other than ``tcp``, ``udp``, ``icmp``, or ``icmpv6`` allows traffic on all ports, regardless of any port range you specify. For ``tcp``, ``udp``, and ``icmp``, you must specify a port range. ...
        ///
        /// Required.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "IpProtocol")]
        pub ip_protocol: Value<String>,
        /// If the protocol is TCP or UDP, this is the end of the port range. If the protocol is ICMP or ICMPv6, this is the ICMP code or -1 (all ICMP codes). If the start port is -1 (all ICMP types), then the end port must be -1 (all ICMP codes).
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "ToPort", skip_serializing_if = "Option::is_none")]
        pub to_port: Option<Value<i64>>,
    }

    impl CfnResource for SecurityGroupEgress {
        const TYPE: &'static str = "AWS::EC2::SecurityGroupEgress";
        const TAGGING: Tagging = Tagging::None;
    }
}
pub use security_group_egress::SecurityGroupEgress;

/// `AWS::EC2::SecurityGroupIngress`: the resource and its property types.
pub mod security_group_ingress {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// Resource Type definition for AWS::EC2::SecurityGroupIngress
    ///
    /// CloudFormation type `AWS::EC2::SecurityGroupIngress`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct SecurityGroupIngress {
        /// The IPv4 ranges
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "CidrIp", skip_serializing_if = "Option::is_none")]
        pub cidr_ip: Option<Value<String>>,
        /// \[VPC only\] The IPv6 ranges
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "CidrIpv6", skip_serializing_if = "Option::is_none")]
        pub cidr_ipv6: Option<Value<String>>,
        /// Updates the description of an ingress (inbound) security group rule. You can replace an existing description, or add a description to a rule that did not have one previously
        #[serde(rename = "Description", skip_serializing_if = "Option::is_none")]
        pub description: Option<Value<String>>,
        /// The start of port range for the TCP and UDP protocols, or an ICMP/ICMPv6 type number. A value of -1 indicates all ICMP/ICMPv6 types. If you specify all ICMP/ICMPv6 types, you must specify all codes.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "FromPort", skip_serializing_if = "Option::is_none")]
        pub from_port: Option<Value<i64>>,
        /// The ID of the security group. You must specify either the security group ID or the security group name in the request. For security groups in a nondefault VPC, you must specify the security group ID.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "GroupId", skip_serializing_if = "Option::is_none")]
        pub group_id: Option<Value<String>>,
        /// The name of the security group.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "GroupName", skip_serializing_if = "Option::is_none")]
        pub group_name: Option<Value<String>>,
        /// The IP protocol name (tcp, udp, icmp, icmpv6) or number (see Protocol Numbers).
        ///
        /// Required.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "IpProtocol")]
        pub ip_protocol: Value<String>,
        /// \[EC2-VPC only\] The ID of a prefix list.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "SourcePrefixListId", skip_serializing_if = "Option::is_none")]
        pub source_prefix_list_id: Option<Value<String>>,
        /// The ID of the security group. You must specify either the security group ID or the security group name. For security groups in a nondefault VPC, you must specify the security group ID.
        ///
        /// Changing it replaces the resource.
        #[serde(
            rename = "SourceSecurityGroupId",
            skip_serializing_if = "Option::is_none"
        )]
        pub source_security_group_id: Option<Value<String>>,
        /// \[EC2-Classic, default VPC\] The name of the source security group.
        ///
        /// Changing it replaces the resource.
        #[serde(
            rename = "SourceSecurityGroupName",
            skip_serializing_if = "Option::is_none"
        )]
        pub source_security_group_name: Option<Value<String>>,
        /// \[nondefault VPC\] The AWS account ID that owns the source security group. You can't specify this property with an IP address range.
        ///
        /// Changing it replaces the resource.
        #[serde(
            rename = "SourceSecurityGroupOwnerId",
            skip_serializing_if = "Option::is_none"
        )]
        pub source_security_group_owner_id: Option<Value<String>>,
        /// The end of port range for the TCP and UDP protocols, or an ICMP/ICMPv6 code. A value of -1 indicates all ICMP/ICMPv6 codes for the specified ICMP type. If you specify all ICMP/ICMPv6 types, you must specify all codes.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "ToPort", skip_serializing_if = "Option::is_none")]
        pub to_port: Option<Value<i64>>,
    }

    impl CfnResource for SecurityGroupIngress {
        const TYPE: &'static str = "AWS::EC2::SecurityGroupIngress";
        const TAGGING: Tagging = Tagging::None;
    }
}
pub use security_group_ingress::SecurityGroupIngress;

/// `AWS::EC2::Subnet`: the resource and its property types.
pub mod subnet {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// Specifies a subnet for the specified VPC. For an IPv4 only subnet, specify an IPv4 CIDR block. If the VPC has an IPv6 CIDR block, you can create an IPv6 only subnet or a dual stack subnet instead. For an IPv6 only subnet, specify an IPv6 CIDR block. For a dual stack subnet, specify both an IPv4 CIDR block and an IPv6 CIDR block. For more information, see Subnets for your VPC in the *Amazon VPC User ...
    ///
    /// CloudFormation type `AWS::EC2::Subnet`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Subnet {
        /// Indicates whether a network interface created in this subnet receives an IPv6 address. The default value is ``false``. If you specify ``AssignIpv6AddressOnCreation``, you must also specify an IPv6 CIDR block.
        #[serde(
            rename = "AssignIpv6AddressOnCreation",
            skip_serializing_if = "Option::is_none"
        )]
        pub assign_ipv6_address_on_creation: Option<Value<bool>>,
        /// The Availability Zone of the subnet. If you update this property, you must also update the ``CidrBlock`` property.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "AvailabilityZone", skip_serializing_if = "Option::is_none")]
        pub availability_zone: Option<Value<String>>,
        /// The AZ ID of the subnet.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "AvailabilityZoneId", skip_serializing_if = "Option::is_none")]
        pub availability_zone_id: Option<Value<String>>,
        /// The IPv4 CIDR block assigned to the subnet. If you update this property, we create a new subnet, and then delete the existing one.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "CidrBlock", skip_serializing_if = "Option::is_none")]
        pub cidr_block: Option<Value<String>>,
        /// Indicates whether DNS queries made to the Amazon-provided DNS Resolver in this subnet should return synthetic IPv6 addresses for IPv4-only destinations. You must first configure a NAT gateway in a public subnet (separate from the subnet containing the IPv6-only workloads). For example, the subnet containing the NAT gateway should have a ``0.0.0.0/0`` route pointing to the internet gateway. For more ...
        #[serde(rename = "EnableDns64", skip_serializing_if = "Option::is_none")]
        pub enable_dns64: Option<Value<bool>>,
        /// Indicates the device position for local network interfaces in this subnet. For example, ``1`` indicates local network interfaces in this subnet are the secondary network interface (eth1).
        #[serde(
            rename = "EnableLniAtDeviceIndex",
            skip_serializing_if = "Option::is_none"
        )]
        pub enable_lni_at_device_index: Option<Value<i64>>,
        /// An IPv4 IPAM pool ID for the subnet.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "Ipv4IpamPoolId", skip_serializing_if = "Option::is_none")]
        pub ipv4_ipam_pool_id: Option<Value<String>>,
        /// An IPv4 netmask length for the subnet.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "Ipv4NetmaskLength", skip_serializing_if = "Option::is_none")]
        pub ipv4_netmask_length: Option<Value<i64>>,
        /// The IPv6 CIDR block. If you specify ``AssignIpv6AddressOnCreation``, you must also specify an IPv6 CIDR block.
        #[serde(rename = "Ipv6CidrBlock", skip_serializing_if = "Option::is_none")]
        pub ipv6_cidr_block: Option<Value<String>>,
        /// An IPv6 IPAM pool ID for the subnet.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "Ipv6IpamPoolId", skip_serializing_if = "Option::is_none")]
        pub ipv6_ipam_pool_id: Option<Value<String>>,
        /// Indicates whether this is an IPv6 only subnet. For more information, see Subnet basics in the *User Guide*.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "Ipv6Native", skip_serializing_if = "Option::is_none")]
        pub ipv6_native: Option<Value<bool>>,
        /// An IPv6 netmask length for the subnet.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "Ipv6NetmaskLength", skip_serializing_if = "Option::is_none")]
        pub ipv6_netmask_length: Option<Value<i64>>,
        /// Indicates whether instances launched in this subnet receive a public IPv4 address. The default value is ``false``. AWS charges for all public IPv4 addresses, including public IPv4 addresses associated with running instances and Elastic IP addresses. For more information, see the *Public IPv4 Address* tab on the VPC pricing page.
        #[serde(
            rename = "MapPublicIpOnLaunch",
            skip_serializing_if = "Option::is_none"
        )]
        pub map_public_ip_on_launch: Option<Value<bool>>,
        /// The Amazon Resource Name (ARN) of the Outpost.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "OutpostArn", skip_serializing_if = "Option::is_none")]
        pub outpost_arn: Option<Value<String>>,
        /// The hostname type for EC2 instances launched into this subnet and how DNS A and AAAA record queries to the instances should be handled. For more information, see Amazon EC2 instance hostname types in the *User Guide*. Available options: + EnableResourceNameDnsAAAARecord (true | false) + EnableResourceNameDnsARecord (true | false) + HostnameType (ip-name | resource-name)
        #[serde(
            rename = "PrivateDnsNameOptionsOnLaunch",
            skip_serializing_if = "Option::is_none"
        )]
        pub private_dns_name_options_on_launch: Option<Json>,
        /// Any tags assigned to the subnet.
        #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<crate::cfn::Tag>>,
        /// The ID of the VPC the subnet is in. If you update this property, you must also update the ``CidrBlock`` property.
        ///
        /// Required.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "VpcId")]
        pub vpc_id: Value<String>,
    }

    impl CfnResource for Subnet {
        const TYPE: &'static str = "AWS::EC2::Subnet";
        const TAGGING: Tagging = Tagging::List;
    }
}
pub use subnet::Subnet;

/// `AWS::EC2::SubnetRouteTableAssociation`: the resource and its property types.
pub mod subnet_route_table_association {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// Associates a subnet with a route table. The subnet and route table must be in the same VPC. This association causes traffic originating from the subnet to be routed according to the routes in the route table. A route table can be associated with multiple subnets. To create a route table, see AWS::EC2::RouteTable.
    ///
    /// CloudFormation type `AWS::EC2::SubnetRouteTableAssociation`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct SubnetRouteTableAssociation {
        /// The ID of the route table. The physical ID changes when the route table ID is changed.
        ///
        /// Required.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "RouteTableId")]
        pub route_table_id: Value<String>,
        /// The ID of the subnet.
        ///
        /// Required.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "SubnetId")]
        pub subnet_id: Value<String>,
    }

    impl CfnResource for SubnetRouteTableAssociation {
        const TYPE: &'static str = "AWS::EC2::SubnetRouteTableAssociation";
        const TAGGING: Tagging = Tagging::None;
    }
}
pub use subnet_route_table_association::SubnetRouteTableAssociation;

/// `AWS::EC2::VPC`: the resource and its property types.
pub mod vpc {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// Specifies a virtual private cloud (VPC). A VPC must have an associated IPv4 CIDR block. You can specify an IPv4 CIDR block or an IPAM-allocated IPv4 CIDR block. To associate an IPv6 CIDR block with the VPC, see AWS::EC2::VPCCidrBlock. For more information, see Virtual private clouds (VPC) in the *Amazon VPC User Guide*.
    ///
    /// CloudFormation type `AWS::EC2::VPC`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Vpc {
        /// The IPv4 network range for the VPC, in CIDR notation. For example, ``10.0.0.0/16``. We modify the specified CIDR block to its canonical form; for example, if you specify ``100.68.0.18/18``, we modify it to ``100.68.0.0/18``. You must specify either``CidrBlock`` or ``Ipv4IpamPoolId``.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "CidrBlock", skip_serializing_if = "Option::is_none")]
        pub cidr_block: Option<Value<String>>,
        /// Indicates whether the instances launched in the VPC get DNS hostnames. If enabled, instances in the VPC get DNS hostnames; otherwise, they do not. Disabled by default for nondefault VPCs. For more information, see DNS attributes in your VPC. You can only enable DNS hostnames if you've enabled DNS support.
        #[serde(rename = "EnableDnsHostnames", skip_serializing_if = "Option::is_none")]
        pub enable_dns_hostnames: Option<Value<bool>>,
        /// Indicates whether the DNS resolution is supported for the VPC. If enabled, queries to the Amazon provided DNS server at the 169.254.169.253 IP address, or the reserved IP address at the base of the VPC network range "plus two" succeed. If disabled, the Amazon provided DNS service in the VPC that resolves public DNS hostnames to IP addresses is not enabled. Enabled by default. For more information, ...
        #[serde(rename = "EnableDnsSupport", skip_serializing_if = "Option::is_none")]
        pub enable_dns_support: Option<Value<bool>>,
        /// The allowed tenancy of instances launched into the VPC. + ``default``: An instance launched into the VPC runs on shared hardware by default, unless you explicitly specify a different tenancy during instance launch. + ``dedicated``: An instance launched into the VPC runs on dedicated hardware by default, unless you explicitly specify a tenancy of ``host`` during instance launch. You cannot specify a ...
        #[serde(rename = "InstanceTenancy", skip_serializing_if = "Option::is_none")]
        pub instance_tenancy: Option<Value<String>>,
        /// The ID of an IPv4 IPAM pool you want to use for allocating this VPC's CIDR. For more information, see What is IPAM? in the *Amazon VPC IPAM User Guide*. You must specify either``CidrBlock`` or ``Ipv4IpamPoolId``.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "Ipv4IpamPoolId", skip_serializing_if = "Option::is_none")]
        pub ipv4_ipam_pool_id: Option<Value<String>>,
        /// The netmask length of the IPv4 CIDR you want to allocate to this VPC from an Amazon VPC IP Address Manager (IPAM) pool. For more information about IPAM, see What is IPAM? in the *Amazon VPC IPAM User Guide*.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "Ipv4NetmaskLength", skip_serializing_if = "Option::is_none")]
        pub ipv4_netmask_length: Option<Value<i64>>,
        /// The tags for the VPC.
        #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<crate::cfn::Tag>>,
        /// Describes the configuration and state of VPC encryption controls. For more information, see Enforce VPC encryption in transit in the *Amazon VPC User Guide*.
        ///
        /// Changing it replaces the resource.
        #[serde(
            rename = "VpcEncryptionControl",
            skip_serializing_if = "Option::is_none"
        )]
        pub vpc_encryption_control: Option<VpcEncryptionControl>,
    }

    impl CfnResource for Vpc {
        const TYPE: &'static str = "AWS::EC2::VPC";
        const TAGGING: Tagging = Tagging::List;
    }

    /// Describes the configuration and state of VPC encryption controls. For more information, see Enforce VPC encryption in transit in the *Amazon VPC User Guide*.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct VpcEncryptionControl {
        /// The `EgressOnlyInternetGatewayExclusion` property.
        #[serde(
            rename = "EgressOnlyInternetGatewayExclusion",
            skip_serializing_if = "Option::is_none"
        )]
        pub egress_only_internet_gateway_exclusion: Option<Value<String>>,
        /// The `ElasticFileSystemExclusion` property.
        #[serde(
            rename = "ElasticFileSystemExclusion",
            skip_serializing_if = "Option::is_none"
        )]
        pub elastic_file_system_exclusion: Option<Value<String>>,
        /// The `InternetGatewayExclusion` property.
        #[serde(
            rename = "InternetGatewayExclusion",
            skip_serializing_if = "Option::is_none"
        )]
        pub internet_gateway_exclusion: Option<Value<String>>,
        /// The `LambdaExclusion` property.
        #[serde(rename = "LambdaExclusion", skip_serializing_if = "Option::is_none")]
        pub lambda_exclusion: Option<Value<String>>,
        /// The encryption mode for the VPC Encryption Control configuration.
        #[serde(rename = "Mode", skip_serializing_if = "Option::is_none")]
        pub mode: Option<Value<String>>,
        /// The `NatGatewayExclusion` property.
        #[serde(
            rename = "NatGatewayExclusion",
            skip_serializing_if = "Option::is_none"
        )]
        pub nat_gateway_exclusion: Option<Value<String>>,
        /// Information about resource exclusions for the VPC Encryption Control configuration.
        #[serde(rename = "ResourceExclusions", skip_serializing_if = "Option::is_none")]
        pub resource_exclusions: Option<VpcEncryptionControlExclusions>,
        /// The current state of the VPC Encryption Control configuration.
        #[serde(rename = "State", skip_serializing_if = "Option::is_none")]
        pub state: Option<Value<String>>,
        /// A message providing additional information about the encryption control state.
        #[serde(rename = "StateMessage", skip_serializing_if = "Option::is_none")]
        pub state_message: Option<Value<String>>,
        /// The `VirtualPrivateGatewayExclusion` property.
        #[serde(
            rename = "VirtualPrivateGatewayExclusion",
            skip_serializing_if = "Option::is_none"
        )]
        pub virtual_private_gateway_exclusion: Option<Value<String>>,
        /// The ID of the VPC Encryption Control configuration.
        #[serde(
            rename = "VpcEncryptionControlId",
            skip_serializing_if = "Option::is_none"
        )]
        pub vpc_encryption_control_id: Option<Value<String>>,
        /// The ID of the VPC associated with the encryption control configuration.
        #[serde(rename = "VpcId", skip_serializing_if = "Option::is_none")]
        pub vpc_id: Option<Value<String>>,
        /// The `VpcLatticeExclusion` property.
        #[serde(
            rename = "VpcLatticeExclusion",
            skip_serializing_if = "Option::is_none"
        )]
        pub vpc_lattice_exclusion: Option<Value<String>>,
        /// The `VpcPeeringExclusion` property.
        #[serde(
            rename = "VpcPeeringExclusion",
            skip_serializing_if = "Option::is_none"
        )]
        pub vpc_peering_exclusion: Option<Value<String>>,
    }

    /// Describes an exclusion configuration for VPC Encryption Control. For more information, see Enforce VPC encryption in transit in the *Amazon VPC User Guide*.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct VpcEncryptionControlExclusion {
        /// The current state of the exclusion configuration.
        #[serde(rename = "State", skip_serializing_if = "Option::is_none")]
        pub state: Option<Value<String>>,
        /// A message providing additional information about the exclusion state.
        #[serde(rename = "StateMessage", skip_serializing_if = "Option::is_none")]
        pub state_message: Option<Value<String>>,
    }

    /// Describes the exclusion configurations for various resource types in VPC Encryption Control. For more information, see Enforce VPC encryption in transit in the *Amazon VPC User Guide*.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct VpcEncryptionControlExclusions {
        /// The exclusion configuration for egress-only internet gateway traffic.
        #[serde(
            rename = "EgressOnlyInternetGateway",
            skip_serializing_if = "Option::is_none"
        )]
        pub egress_only_internet_gateway: Option<VpcEncryptionControlExclusion>,
        /// The exclusion configuration for Elastic File System traffic.
        #[serde(rename = "ElasticFileSystem", skip_serializing_if = "Option::is_none")]
        pub elastic_file_system: Option<VpcEncryptionControlExclusion>,
        /// The exclusion configuration for internet gateway traffic.
        #[serde(rename = "InternetGateway", skip_serializing_if = "Option::is_none")]
        pub internet_gateway: Option<VpcEncryptionControlExclusion>,
        /// The exclusion configuration for Lambda function traffic.
        #[serde(rename = "Lambda", skip_serializing_if = "Option::is_none")]
        pub lambda: Option<VpcEncryptionControlExclusion>,
        /// The exclusion configuration for NAT gateway traffic.
        #[serde(rename = "NatGateway", skip_serializing_if = "Option::is_none")]
        pub nat_gateway: Option<VpcEncryptionControlExclusion>,
        /// The exclusion configuration for virtual private gateway traffic.
        #[serde(
            rename = "VirtualPrivateGateway",
            skip_serializing_if = "Option::is_none"
        )]
        pub virtual_private_gateway: Option<VpcEncryptionControlExclusion>,
        /// The exclusion configuration for VPC Lattice traffic.
        #[serde(rename = "VpcLattice", skip_serializing_if = "Option::is_none")]
        pub vpc_lattice: Option<VpcEncryptionControlExclusion>,
        /// The exclusion configuration for VPC peering connection traffic.
        #[serde(rename = "VpcPeering", skip_serializing_if = "Option::is_none")]
        pub vpc_peering: Option<VpcEncryptionControlExclusion>,
    }
}
pub use vpc::Vpc;

/// `AWS::EC2::VPCEndpoint`: the resource and its property types.
pub mod vpc_endpoint {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// Specifies a VPC endpoint. A VPC endpoint provides a private connection between your VPC and an endpoint service. You can use an endpoint service provided by AWS, an MKT Partner, or another AWS accounts in your organization. For more information, see the User Guide. An endpoint of type ``Interface`` establishes connections between the subnets in your VPC and an AWS-service, your own service, or a service ...
    ///
    /// CloudFormation type `AWS::EC2::VPCEndpoint`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct VpcEndpoint {
        /// Describes the DNS options for an endpoint.
        #[serde(rename = "DnsOptions", skip_serializing_if = "Option::is_none")]
        pub dns_options: Option<DnsOptionsSpecification>,
        /// The supported IP address types.
        #[serde(rename = "IpAddressType", skip_serializing_if = "Option::is_none")]
        pub ip_address_type: Option<Value<String>>,
        /// An endpoint policy, which controls access to the service from the VPC. The default endpoint policy allows full access to the service. Endpoint policies are supported only for gateway and interface endpoints. For CloudFormation templates in YAML, you can provide the policy in JSON or YAML format. For example, if you have a JSON policy, you can convert it to YAML before including it in the YAML template, ...
        #[serde(rename = "PolicyDocument", skip_serializing_if = "Option::is_none")]
        pub policy_document: Option<Json>,
        /// Indicate whether to associate a private hosted zone with the specified VPC. The private hosted zone contains a record set for the default public DNS name for the service for the Region (for example, ``kinesis.us-east-1.amazonaws.com``), which resolves to the private IP addresses of the endpoint network interfaces in the VPC. This enables you to make requests to the default public DNS name for the service ...
        #[serde(rename = "PrivateDnsEnabled", skip_serializing_if = "Option::is_none")]
        pub private_dns_enabled: Option<Value<bool>>,
        /// The Amazon Resource Name (ARN) of the resource configuration.
        ///
        /// Changing it replaces the resource.
        #[serde(
            rename = "ResourceConfigurationArn",
            skip_serializing_if = "Option::is_none"
        )]
        pub resource_configuration_arn: Option<Value<String>>,
        /// The IDs of the route tables. Routing is supported only for gateway endpoints.
        #[serde(rename = "RouteTableIds", skip_serializing_if = "Option::is_none")]
        pub route_table_ids: Option<Vec<Value<String>>>,
        /// The IDs of the security groups to associate with the endpoint network interfaces. If this parameter is not specified, we use the default security group for the VPC. Security groups are supported only for interface endpoints.
        #[serde(rename = "SecurityGroupIds", skip_serializing_if = "Option::is_none")]
        pub security_group_ids: Option<Vec<Value<String>>>,
        /// The name of the endpoint service.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "ServiceName", skip_serializing_if = "Option::is_none")]
        pub service_name: Option<Value<String>>,
        /// The Amazon Resource Name (ARN) of the service network.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "ServiceNetworkArn", skip_serializing_if = "Option::is_none")]
        pub service_network_arn: Option<Value<String>>,
        /// Describes a Region.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "ServiceRegion", skip_serializing_if = "Option::is_none")]
        pub service_region: Option<Value<String>>,
        /// The IDs of the subnets in which to create endpoint network interfaces. You must specify this property for an interface endpoint or a Gateway Load Balancer endpoint. You can't specify this property for a gateway endpoint. For a Gateway Load Balancer endpoint, you can specify only one subnet.
        #[serde(rename = "SubnetIds", skip_serializing_if = "Option::is_none")]
        pub subnet_ids: Option<Vec<Value<String>>>,
        /// The tags to associate with the endpoint.
        #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<crate::cfn::Tag>>,
        /// The type of endpoint. Default: Gateway
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "VpcEndpointType", skip_serializing_if = "Option::is_none")]
        pub vpc_endpoint_type: Option<Value<String>>,
        /// The ID of the VPC.
        ///
        /// Required.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "VpcId")]
        pub vpc_id: Value<String>,
    }

    impl CfnResource for VpcEndpoint {
        const TYPE: &'static str = "AWS::EC2::VPCEndpoint";
        const TAGGING: Tagging = Tagging::List;
    }

    /// Describes the DNS options for an endpoint.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct DnsOptionsSpecification {
        /// The DNS records created for the endpoint.
        #[serde(rename = "DnsRecordIpType", skip_serializing_if = "Option::is_none")]
        pub dns_record_ip_type: Option<Value<String>>,
        /// Indicates whether to enable private DNS only for inbound endpoints. This option is available only for services that support both gateway and interface endpoints. It routes traffic that originates from the VPC to the gateway endpoint and traffic that originates from on-premises to the interface endpoint.
        #[serde(
            rename = "PrivateDnsOnlyForInboundResolverEndpoint",
            skip_serializing_if = "Option::is_none"
        )]
        pub private_dns_only_for_inbound_resolver_endpoint: Option<Value<String>>,
        /// The preference for which private domains have a private hosted zone created for and associated with the specified VPC. Only supported when private DNS is enabled and when the VPC endpoint type is ServiceNetwork or Resource.
        #[serde(
            rename = "PrivateDnsPreference",
            skip_serializing_if = "Option::is_none"
        )]
        pub private_dns_preference: Option<Value<String>>,
        /// Indicates which of the private domains to create private hosted zones for and associate with the specified VPC. Only supported when private DNS is enabled and the private DNS preference is ``VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS`` or ``SPECIFIED_DOMAINS_ONLY``.
        #[serde(
            rename = "PrivateDnsSpecifiedDomains",
            skip_serializing_if = "Option::is_none"
        )]
        pub private_dns_specified_domains: Option<Vec<Value<String>>>,
    }
}
pub use vpc_endpoint::VpcEndpoint;

/// `AWS::EC2::VPCGatewayAttachment`: the resource and its property types.
pub mod vpc_gateway_attachment {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// Resource Type definition for AWS::EC2::VPCGatewayAttachment
    ///
    /// CloudFormation type `AWS::EC2::VPCGatewayAttachment`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct VpcGatewayAttachment {
        /// The ID of the internet gateway. You must specify either InternetGatewayId or VpnGatewayId, but not both.
        #[serde(rename = "InternetGatewayId", skip_serializing_if = "Option::is_none")]
        pub internet_gateway_id: Option<Value<String>>,
        /// The ID of the VPC.
        ///
        /// Required.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "VpcId")]
        pub vpc_id: Value<String>,
        /// The ID of the virtual private gateway. You must specify either InternetGatewayId or VpnGatewayId, but not both.
        #[serde(rename = "VpnGatewayId", skip_serializing_if = "Option::is_none")]
        pub vpn_gateway_id: Option<Value<String>>,
    }

    impl CfnResource for VpcGatewayAttachment {
        const TYPE: &'static str = "AWS::EC2::VPCGatewayAttachment";
        const TAGGING: Tagging = Tagging::None;
    }
}
pub use vpc_gateway_attachment::VpcGatewayAttachment;
