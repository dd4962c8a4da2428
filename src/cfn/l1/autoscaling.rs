// Written by `cargo xtask codegen` from CloudFormation's resource provider
// schemas; do not edit by hand.

//! L1 structs of the listed `AWS::AutoScaling::*` types.

/// `AWS::AutoScaling::AutoScalingGroup`: the resource and its property types.
pub mod auto_scaling_group {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// The ``AWS::AutoScaling::AutoScalingGroup`` resource defines an Amazon EC2 Auto Scaling group, which is a collection of Amazon EC2 instances that are treated as a logical grouping for the purposes of automatic scaling and management. For more information about Amazon EC2 Auto Scaling, see the Amazon EC2 Auto Scaling User Guide. Amazon EC2 Auto Scaling configures instances launched as part of an Auto ...
    ///
    /// CloudFormation type `AWS::AutoScaling::AutoScalingGroup`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct AutoScalingGroup {
        /// The name of the Auto Scaling group. This name must be unique per Region per account. The name can contain any ASCII character 33 to 126 including most punctuation characters, digits, and upper and lowercased letters. You cannot use a colon (:) in the name.
        ///
        /// Changing it replaces the resource.
        #[serde(
            rename = "AutoScalingGroupName",
            skip_serializing_if = "Option::is_none"
        )]
        pub auto_scaling_group_name: Option<Value<String>>,
        /// The EC2 instance capacity distribution across Availability Zones for the Auto Scaling group.
        #[serde(
            rename = "AvailabilityZoneDistribution",
            skip_serializing_if = "Option::is_none"
        )]
        pub availability_zone_distribution: Option<AvailabilityZoneDistribution>,
        /// The Availability Zone IDs where the Auto Scaling group can launch instances.
        #[serde(
            rename = "AvailabilityZoneIds",
            skip_serializing_if = "Option::is_none"
        )]
        pub availability_zone_ids: Option<Vec<Value<String>>>,
        /// The Availability Zone impairment policy for the Auto Scaling group.
        #[serde(
            rename = "AvailabilityZoneImpairmentPolicy",
            skip_serializing_if = "Option::is_none"
        )]
        pub availability_zone_impairment_policy: Option<AvailabilityZoneImpairmentPolicy>,
        /// A list of Availability Zones where instances in the Auto Scaling group can be created. Used for launching into the default VPC subnet in each Availability Zone when not using the ``VPCZoneIdentifier`` property, or for attaching a network interface when an existing network interface ID is specified in a launch template.
        #[serde(rename = "AvailabilityZones", skip_serializing_if = "Option::is_none")]
        pub availability_zones: Option<Vec<Value<String>>>,
        /// Indicates whether Capacity Rebalancing is enabled. Otherwise, Capacity Rebalancing is disabled. When you turn on Capacity Rebalancing, Amazon EC2 Auto Scaling attempts to launch a Spot Instance whenever Amazon EC2 notifies that a Spot Instance is at an elevated risk of interruption. After launching a new instance, it then terminates an old instance. For more information, see Use Capacity Rebalancing ...
        #[serde(rename = "CapacityRebalance", skip_serializing_if = "Option::is_none")]
        pub capacity_rebalance: Option<Value<bool>>,
        /// The capacity reservation specification for the Auto Scaling group.
        #[serde(
            rename = "CapacityReservationSpecification",
            skip_serializing_if = "Option::is_none"
        )]
        pub capacity_reservation_specification: Option<CapacityReservationSpecification>,
        /// Reserved.
        #[serde(rename = "Context", skip_serializing_if = "Option::is_none")]
        pub context: Option<Value<String>>,
        /// *Only needed if you use simple scaling policies.* The amount of time, in seconds, between one scaling activity ending and another one starting due to simple scaling policies. For more information, see Scaling cooldowns for Amazon EC2 Auto Scaling in the *Amazon EC2 Auto Scaling User Guide*. Default: ``300`` seconds
        #[serde(rename = "Cooldown", skip_serializing_if = "Option::is_none")]
        pub cooldown: Option<Value<String>>,
        /// The amount of time, in seconds, until a new instance is considered to have finished initializing and resource consumption to become stable after it enters the ``InService`` state. During an instance refresh, Amazon EC2 Auto Scaling waits for the warm-up period after it replaces an instance before it moves on to replacing the next instance. Amazon EC2 Auto Scaling also waits for the warm-up period before ...
        #[serde(
            rename = "DefaultInstanceWarmup",
            skip_serializing_if = "Option::is_none"
        )]
        pub default_instance_warmup: Option<Value<i64>>,
        /// The deletion protection setting for the Auto Scaling group.
        #[serde(rename = "DeletionProtection", skip_serializing_if = "Option::is_none")]
        pub deletion_protection: Option<Value<String>>,
        /// The desired capacity is the initial capacity of the Auto Scaling group at the time of its creation and the capacity it attempts to maintain. It can scale beyond this capacity if you configure automatic scaling. The number must be greater than or equal to the minimum size of the group and less than or equal to the maximum size of the group. If you do not specify a desired capacity when creating the ...
        #[serde(rename = "DesiredCapacity", skip_serializing_if = "Option::is_none")]
        pub desired_capacity: Option<Value<String>>,
        /// The unit of measurement for the value specified for desired capacity. Amazon EC2 Auto Scaling supports ``DesiredCapacityType`` for attribute-based instance type selection only. For more information, see Create a mixed instances group using attribute-based instance type selection in the *Amazon EC2 Auto Scaling User Guide*. By default, Amazon EC2 Auto Scaling specifies ``units``, which translates into ...
        #[serde(
            rename = "DesiredCapacityType",
            skip_serializing_if = "Option::is_none"
        )]
        pub desired_capacity_type: Option<Value<String>>,
        /// The amount of time, in seconds, that Amazon EC2 Auto Scaling waits before checking the health status of an EC2 instance that has come into service and marking it unhealthy due to a failed health check. This is useful if your instances do not immediately pass their health checks after they enter the ``InService`` state. For more information, see Set the health check grace period for an Auto Scaling ...
        #[serde(
            rename = "HealthCheckGracePeriod",
            skip_serializing_if = "Option::is_none"
        )]
        pub health_check_grace_period: Option<Value<i64>>,
        /// A comma-separated value string of one or more health check types. The valid values are ``EC2``, ``EBS``, ``ELB``, and ``VPC_LATTICE``. ``EC2`` is the default health check and cannot be disabled. For more information, see Health checks for instances in an Auto Scaling group in the *Amazon EC2 Auto Scaling User Guide*. Only specify ``EC2`` if you must clear a value that was previously set.
        #[serde(rename = "HealthCheckType", skip_serializing_if = "Option::is_none")]
        pub health_check_type: Option<Value<String>>,
        /// The ID of the instance used to base the launch configuration on. For more information, see Create an Auto Scaling group using an EC2 instance in the *Amazon EC2 Auto Scaling User Guide*. If you specify ``LaunchTemplate``, ``MixedInstancesPolicy``, or ``LaunchConfigurationName``, don't specify ``InstanceId``.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "InstanceId", skip_serializing_if = "Option::is_none")]
        pub instance_id: Option<Value<String>>,
        /// The instance lifecycle policy for the Auto Scaling group.
        #[serde(
            rename = "InstanceLifecyclePolicy",
            skip_serializing_if = "Option::is_none"
        )]
        pub instance_lifecycle_policy: Option<InstanceLifecyclePolicy>,
        /// An instance maintenance policy. For more information, see Set instance maintenance policy in the *Amazon EC2 Auto Scaling User Guide*.
        #[serde(
            rename = "InstanceMaintenancePolicy",
            skip_serializing_if = "Option::is_none"
        )]
        pub instance_maintenance_policy: Option<InstanceMaintenancePolicy>,
        /// The name of the launch configuration to use to launch instances. Required only if you don't specify ``LaunchTemplate``, ``MixedInstancesPolicy``, or ``InstanceId``.
        #[serde(
            rename = "LaunchConfigurationName",
            skip_serializing_if = "Option::is_none"
        )]
        pub launch_configuration_name: Option<Value<String>>,
        /// Information used to specify the launch template and version to use to launch instances. You can alternatively associate a launch template to the Auto Scaling group by specifying a ``MixedInstancesPolicy``. For more information about creating launch templates, see Create a launch template for an Auto Scaling group in the *Amazon EC2 Auto Scaling User Guide*. If you omit this property, you must specify ...
        #[serde(rename = "LaunchTemplate", skip_serializing_if = "Option::is_none")]
        pub launch_template: Option<LaunchTemplateSpecification>,
        /// One or more lifecycle hooks to add to the Auto Scaling group before instances are launched.
        #[serde(
            rename = "LifecycleHookSpecificationList",
            skip_serializing_if = "Option::is_none"
        )]
        pub lifecycle_hook_specification_list: Option<Vec<LifecycleHookSpecification>>,
        /// A list of Classic Load Balancers associated with this Auto Scaling group. For Application Load Balancers, Network Load Balancers, and Gateway Load Balancers, specify the ``TargetGroupARNs`` property instead.
        #[serde(rename = "LoadBalancerNames", skip_serializing_if = "Option::is_none")]
        pub load_balancer_names: Option<Vec<Value<String>>>,
        /// The maximum amount of time, in seconds, that an instance can be in service. The default is null. If specified, the value must be either 0 or a number equal to or greater than 86,400 seconds (1 day). For more information, see Replace Auto Scaling instances based on maximum instance lifetime in the *Amazon EC2 Auto Scaling User Guide*.
        #[serde(
            rename = "MaxInstanceLifetime",
            skip_serializing_if = "Option::is_none"
        )]
        pub max_instance_lifetime: Option<Value<i64>>,
        /// The maximum size of the group. With a mixed instances policy that uses instance weighting, Amazon EC2 Auto Scaling may need to go above ``MaxSize`` to meet your capacity requirements. In this event, Amazon EC2 Auto Scaling will never go above ``MaxSize`` by more than your largest instance weight (weights that define how many units each instance contributes to the desired capacity of the group).
        ///
        /// Required.
        #[serde(rename = "MaxSize")]
        pub max_size: Value<String>,
        /// Enables the monitoring of group metrics of an Auto Scaling group. By default, these metrics are disabled.
        #[serde(rename = "MetricsCollection", skip_serializing_if = "Option::is_none")]
        pub metrics_collection: Option<Vec<MetricsCollection>>,
        /// The minimum size of the group.
        ///
        /// Required.
        #[serde(rename = "MinSize")]
        pub min_size: Value<String>,
        /// An embedded object that specifies a mixed instances policy. The policy includes properties that not only define the distribution of On-Demand Instances and Spot Instances, the maximum price to pay for Spot Instances (optional), and how the Auto Scaling group allocates instance types to fulfill On-Demand and Spot capacities, but also the properties that specify the instance configuration information—the ...
        #[serde(
            rename = "MixedInstancesPolicy",
            skip_serializing_if = "Option::is_none"
        )]
        pub mixed_instances_policy: Option<MixedInstancesPolicy>,
        /// Indicates whether newly launched instances are protected from termination by Amazon EC2 Auto Scaling when scaling in. For more information about preventing instances from terminating on scale in, see Use instance scale-in protection in the *Amazon EC2 Auto Scaling User Guide*.
        #[serde(
            rename = "NewInstancesProtectedFromScaleIn",
            skip_serializing_if = "Option::is_none"
        )]
        pub new_instances_protected_from_scale_in: Option<Value<bool>>,
        /// A structure that specifies an Amazon SNS notification configuration for the ``NotificationConfigurations`` property of the AWS::AutoScaling::AutoScalingGroup resource. For an example template snippet, see Configure Amazon EC2 Auto Scaling resources. For more information, see Get Amazon SNS notifications when your Auto Scaling group scales in the *Amazon EC2 Auto Scaling User Guide*.
        #[serde(
            rename = "NotificationConfiguration",
            skip_serializing_if = "Option::is_none"
        )]
        pub notification_configuration: Option<NotificationConfiguration>,
        /// Configures an Auto Scaling group to send notifications when specified events take place.
        #[serde(
            rename = "NotificationConfigurations",
            skip_serializing_if = "Option::is_none"
        )]
        pub notification_configurations: Option<Vec<NotificationConfiguration>>,
        /// The name of the placement group into which to launch your instances. For more information, see Placement groups in the *Amazon EC2 User Guide*. A *cluster* placement group is a logical grouping of instances within a single Availability Zone. You cannot specify multiple Availability Zones and a cluster placement group.
        #[serde(rename = "PlacementGroup", skip_serializing_if = "Option::is_none")]
        pub placement_group: Option<Value<String>>,
        /// The Amazon Resource Name (ARN) of the service-linked role that the Auto Scaling group uses to call other AWS service on your behalf. By default, Amazon EC2 Auto Scaling uses a service-linked role named ``AWSServiceRoleForAutoScaling``, which it creates if it does not exist. For more information, see Service-linked roles in the *Amazon EC2 Auto Scaling User Guide*.
        #[serde(
            rename = "ServiceLinkedRoleARN",
            skip_serializing_if = "Option::is_none"
        )]
        pub service_linked_role_arn: Option<Value<String>>,
        /// The `SkipZonalShiftValidation` property.
        #[serde(
            rename = "SkipZonalShiftValidation",
            skip_serializing_if = "Option::is_none"
        )]
        pub skip_zonal_shift_validation: Option<Value<bool>>,
        /// One or more tags. You can tag your Auto Scaling group and propagate the tags to the Amazon EC2 instances it launches. Tags are not propagated to Amazon EBS volumes. To add tags to Amazon EBS volumes, specify the tags in a launch template but use caution. If the launch template specifies an instance tag with a key that is also specified for the Auto Scaling group, Amazon EC2 Auto Scaling overrides the ...
        #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<TagProperty>>,
        /// The Amazon Resource Names (ARN) of the Elastic Load Balancing target groups to associate with the Auto Scaling group. Instances are registered as targets with the target groups. The target groups receive incoming traffic and route requests to one or more registered targets. For more information, see Use Elastic Load Balancing to distribute traffic across the instances in your Auto Scaling group in ...
        #[serde(rename = "TargetGroupARNs", skip_serializing_if = "Option::is_none")]
        pub target_group_ar_ns: Option<Vec<Value<String>>>,
        /// A policy or a list of policies that are used to select the instance to terminate. These policies are executed in the order that you list them. For more information, see Configure termination policies for Amazon EC2 Auto Scaling in the *Amazon EC2 Auto Scaling User Guide*. Valid values: ``Default`` | ``AllocationStrategy`` | ``ClosestToNextInstanceHour`` | ``NewestInstance`` | ``OldestInstance`` | ``OldestLaunchConfiguration`` ...
        #[serde(
            rename = "TerminationPolicies",
            skip_serializing_if = "Option::is_none"
        )]
        pub termination_policies: Option<Vec<Value<String>>>,
        /// The traffic sources associated with this Auto Scaling group.
        #[serde(rename = "TrafficSources", skip_serializing_if = "Option::is_none")]
        pub traffic_sources: Option<Vec<TrafficSourceIdentifier>>,
        /// A list of subnet IDs for a virtual private cloud (VPC) where instances in the Auto Scaling group can be created. If this resource specifies public subnets and is also in a VPC that is defined in the same stack template, you must use the DependsOn attribute to declare a dependency on the VPC-gateway attachment. When you update ``VPCZoneIdentifier``, this retains the same Auto Scaling group and replaces ...
        #[serde(rename = "VPCZoneIdentifier", skip_serializing_if = "Option::is_none")]
        pub vpc_zone_identifier: Option<Vec<Value<String>>>,
    }

    impl CfnResource for AutoScalingGroup {
        const TYPE: &'static str = "AWS::AutoScaling::AutoScalingGroup";
        const TAGGING: Tagging = Tagging::ListPropagated;
    }

    /// ``AcceleratorCountRequest`` is a property of the ``InstanceRequirements`` property of the AWS::AutoScaling::AutoScalingGroup LaunchTemplateOverrides property type that describes the minimum and maximum number of accelerators for an instance type.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct AcceleratorCountRequest {
        /// The maximum value.
        #[serde(rename = "Max", skip_serializing_if = "Option::is_none")]
        pub max: Option<Value<i64>>,
        /// The minimum value.
        #[serde(rename = "Min", skip_serializing_if = "Option::is_none")]
        pub min: Option<Value<i64>>,
    }

    /// ``AcceleratorTotalMemoryMiBRequest`` is a property of the ``InstanceRequirements`` property of the AWS::AutoScaling::AutoScalingGroup LaunchTemplateOverrides property type that describes the minimum and maximum total memory size for the accelerators for an instance type, in MiB.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct AcceleratorTotalMemoryMiBRequest {
        /// The memory maximum in MiB.
        #[serde(rename = "Max", skip_serializing_if = "Option::is_none")]
        pub max: Option<Value<i64>>,
        /// The memory minimum in MiB.
        #[serde(rename = "Min", skip_serializing_if = "Option::is_none")]
        pub min: Option<Value<i64>>,
    }

    /// ``AvailabilityZoneDistribution`` is a property of the AWS::AutoScaling::AutoScalingGroup resource.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct AvailabilityZoneDistribution {
        /// If launches fail in an Availability Zone, the following strategies are available. The default is ``balanced-best-effort``. + ``balanced-only`` - If launches fail in an Availability Zone, Auto Scaling will continue to attempt to launch in the unhealthy zone to preserve a balanced distribution. + ``balanced-best-effort`` - If launches fail in an Availability Zone, Auto Scaling will attempt to launch ...
        #[serde(
            rename = "CapacityDistributionStrategy",
            skip_serializing_if = "Option::is_none"
        )]
        pub capacity_distribution_strategy: Option<Value<String>>,
    }

    /// Describes an Availability Zone impairment policy.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct AvailabilityZoneImpairmentPolicy {
        /// Specifies the health check behavior for the impaired Availability Zone in an active zonal shift. If you select ``Replace unhealthy``, instances that appear unhealthy will be replaced in all Availability Zones. If you select ``Ignore unhealthy``, instances will not be replaced in the Availability Zone with the active zonal shift. For more information, see Auto Scaling group zonal shift in the *Amazon ...
        ///
        /// Required.
        #[serde(rename = "ImpairedZoneHealthCheckBehavior")]
        pub impaired_zone_health_check_behavior: Value<String>,
        /// If ``true``, enable zonal shift for your Auto Scaling group.
        ///
        /// Required.
        #[serde(rename = "ZonalShiftEnabled")]
        pub zonal_shift_enabled: Value<bool>,
    }

    /// ``BaselineEbsBandwidthMbpsRequest`` is a property of the ``InstanceRequirements`` property of the AWS::AutoScaling::AutoScalingGroup LaunchTemplateOverrides property type that describes the minimum and maximum baseline bandwidth performance for an instance type, in Mbps.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct BaselineEbsBandwidthMbpsRequest {
        /// The maximum value in Mbps.
        #[serde(rename = "Max", skip_serializing_if = "Option::is_none")]
        pub max: Option<Value<i64>>,
        /// The minimum value in Mbps.
        #[serde(rename = "Min", skip_serializing_if = "Option::is_none")]
        pub min: Option<Value<i64>>,
    }

    /// The baseline performance to consider, using an instance family as a baseline reference. The instance family establishes the lowest acceptable level of performance. Auto Scaling uses this baseline to guide instance type selection, but there is no guarantee that the selected instance types will always exceed the baseline for every application. Currently, this parameter only supports CPU performance as ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct BaselinePerformanceFactorsRequest {
        /// The CPU performance to consider, using an instance family as the baseline reference.
        #[serde(rename = "Cpu", skip_serializing_if = "Option::is_none")]
        pub cpu: Option<CpuPerformanceFactorRequest>,
    }

    /// Describes the Capacity Reservation preference and targeting options. If you specify ``open`` or ``none`` for ``CapacityReservationPreference``, do not specify a ``CapacityReservationTarget``.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct CapacityReservationSpecification {
        /// The capacity reservation preference. The following options are available: + ``capacity-reservations-only`` - Auto Scaling will only launch instances into a Capacity Reservation or Capacity Reservation resource group. If capacity isn't available, instances will fail to launch. + ``capacity-reservations-first`` - Auto Scaling will try to launch instances into a Capacity Reservation or Capacity Reservation ...
        ///
        /// Required.
        #[serde(rename = "CapacityReservationPreference")]
        pub capacity_reservation_preference: Value<String>,
        /// Describes a target Capacity Reservation or Capacity Reservation resource group.
        #[serde(
            rename = "CapacityReservationTarget",
            skip_serializing_if = "Option::is_none"
        )]
        pub capacity_reservation_target: Option<CapacityReservationTarget>,
    }

    /// The target for the Capacity Reservation. Specify Capacity Reservations IDs or Capacity Reservation resource group ARNs.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct CapacityReservationTarget {
        /// The Capacity Reservation IDs to launch instances into.
        #[serde(
            rename = "CapacityReservationIds",
            skip_serializing_if = "Option::is_none"
        )]
        pub capacity_reservation_ids: Option<Vec<Value<String>>>,
        /// The resource group ARNs of the Capacity Reservation to launch instances into.
        #[serde(
            rename = "CapacityReservationResourceGroupArns",
            skip_serializing_if = "Option::is_none"
        )]
        pub capacity_reservation_resource_group_arns: Option<Vec<Value<String>>>,
    }

    /// The CPU performance to consider, using an instance family as the baseline reference.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct CpuPerformanceFactorRequest {
        /// Specify an instance family to use as the baseline reference for CPU performance. All instance types that match your specified attributes will be compared against the CPU performance of the referenced instance family, regardless of CPU manufacturer or architecture differences. Currently only one instance family can be specified in the list.
        #[serde(rename = "References", skip_serializing_if = "Option::is_none")]
        pub references: Option<Vec<PerformanceFactorReferenceRequest>>,
    }

    /// Use this structure to specify the capacity types that Amazon EC2 Auto Scaling prioritizes when it launches instances.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct DistributionSegment {
        /// The capacity types to prioritize, in order. Amazon EC2 Auto Scaling attempts to launch instances in the priority order of the capacity types, and within each capacity type, in the order of instance types listed in your launch template ``Overrides``. The following lists the valid values: + on-demand-capacity-reservation On-Demand Capacity Reservations. + capacity-block Capacity Blocks. + interruptible-capacity-reservation ...
        ///
        /// Required.
        #[serde(rename = "TargetCapacityTypes")]
        pub target_capacity_types: Vec<Value<String>>,
    }

    /// The instance lifecycle policy for the Auto Scaling group. This policy controls instance behavior when an instance transitions through its lifecycle states. Configure retention triggers to specify when instances should move to a ``Retained`` state instead of automatic termination. For more information, see Control instance retention with instance lifecycle policies in the *Amazon EC2 Auto Scaling User ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct InstanceLifecyclePolicy {
        /// Specifies the conditions that trigger instance retention behavior. These triggers determine when instances should move to a ``Retained`` state instead of automatic termination. This allows you to maintain control over instance management when lifecycles transition and operations fail.
        #[serde(rename = "RetentionTriggers", skip_serializing_if = "Option::is_none")]
        pub retention_triggers: Option<RetentionTriggers>,
    }

    /// ``InstanceMaintenancePolicy`` is a property of the AWS::AutoScaling::AutoScalingGroup resource. For more information, see Instance maintenance policies in the *Amazon EC2 Auto Scaling User Guide*.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct InstanceMaintenancePolicy {
        /// Specifies the upper threshold as a percentage of the desired capacity of the Auto Scaling group. It represents the maximum percentage of the group that can be in service and healthy, or pending, to support your workload when replacing instances. Value range is 100 to 200. To clear a previously set value, specify a value of ``-1``. Both ``MinHealthyPercentage`` and ``MaxHealthyPercentage`` must be specified, ...
        #[serde(
            rename = "MaxHealthyPercentage",
            skip_serializing_if = "Option::is_none"
        )]
        pub max_healthy_percentage: Option<Value<i64>>,
        /// Specifies the lower threshold as a percentage of the desired capacity of the Auto Scaling group. It represents the minimum percentage of the group to keep in service, healthy, and ready to use to support your workload when replacing instances. Value range is 0 to 100. To clear a previously set value, specify a value of ``-1``.
        #[serde(
            rename = "MinHealthyPercentage",
            skip_serializing_if = "Option::is_none"
        )]
        pub min_healthy_percentage: Option<Value<i64>>,
    }

    /// The attributes for the instance types for a mixed instances policy. Amazon EC2 Auto Scaling uses your specified requirements to identify instance types. Then, it uses your On-Demand and Spot allocation strategies to launch instances from these instance types. When you specify multiple attributes, you get instance types that satisfy all of the specified attributes. If you specify multiple values for ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct InstanceRequirements {
        /// The minimum and maximum number of accelerators (GPUs, FPGAs, or AWS Inferentia chips) for an instance type. To exclude accelerator-enabled instance types, set ``Max`` to ``0``. Default: No minimum or maximum limits
        #[serde(rename = "AcceleratorCount", skip_serializing_if = "Option::is_none")]
        pub accelerator_count: Option<AcceleratorCountRequest>,
        /// Indicates whether instance types must have accelerators by specific manufacturers. + For instance types with NVIDIA devices, specify ``nvidia``. + For instance types with AMD devices, specify ``amd``. + For instance types with AWS devices, specify ``amazon-web-services``. + For instance types with Xilinx devices, specify ``xilinx``. Default: Any manufacturer
        #[serde(
            rename = "AcceleratorManufacturers",
            skip_serializing_if = "Option::is_none"
        )]
        pub accelerator_manufacturers: Option<Vec<Value<String>>>,
        /// Lists the accelerators that must be on an instance type. + For instance types with NVIDIA A100 GPUs, specify ``a100``. + For instance types with NVIDIA V100 GPUs, specify ``v100``. + For instance types with NVIDIA K80 GPUs, specify ``k80``. + For instance types with NVIDIA T4 GPUs, specify ``t4``. + For instance types with NVIDIA M60 GPUs, specify ``m60``. + For instance types with AMD Radeon Pro V520 ...
        #[serde(rename = "AcceleratorNames", skip_serializing_if = "Option::is_none")]
        pub accelerator_names: Option<Vec<Value<String>>>,
        /// The minimum and maximum total memory size for the accelerators on an instance type, in MiB. Default: No minimum or maximum limits
        #[serde(
            rename = "AcceleratorTotalMemoryMiB",
            skip_serializing_if = "Option::is_none"
        )]
        pub accelerator_total_memory_mi_b: Option<AcceleratorTotalMemoryMiBRequest>,
        /// Lists the accelerator types that must be on an instance type. + For instance types with GPU accelerators, specify ``gpu``. + For instance types with FPGA accelerators, specify ``fpga``. + For instance types with inference accelerators, specify ``inference``. Default: Any accelerator type
        #[serde(rename = "AcceleratorTypes", skip_serializing_if = "Option::is_none")]
        pub accelerator_types: Option<Vec<Value<String>>>,
        /// The instance types to apply your specified attributes against. All other instance types are ignored, even if they match your specified attributes. You can use strings with one or more wild cards, represented by an asterisk (``*``), to allow an instance type, size, or generation. The following are examples: ``m5.8xlarge``, ``c5*.*``, ``m5a.*``, ``r*``, ``*3*``. For example, if you specify ``c5*``, Amazon ...
        #[serde(
            rename = "AllowedInstanceTypes",
            skip_serializing_if = "Option::is_none"
        )]
        pub allowed_instance_types: Option<Vec<Value<String>>>,
        /// Indicates whether bare metal instance types are included, excluded, or required. Default: ``excluded``
        #[serde(rename = "BareMetal", skip_serializing_if = "Option::is_none")]
        pub bare_metal: Option<Value<String>>,
        /// The minimum and maximum baseline bandwidth performance for an instance type, in Mbps. For more information, see Amazon EBS–optimized instances in the *Amazon EC2 User Guide*. Default: No minimum or maximum limits
        #[serde(
            rename = "BaselineEbsBandwidthMbps",
            skip_serializing_if = "Option::is_none"
        )]
        pub baseline_ebs_bandwidth_mbps: Option<BaselineEbsBandwidthMbpsRequest>,
        /// The baseline performance factors for the instance requirements.
        #[serde(
            rename = "BaselinePerformanceFactors",
            skip_serializing_if = "Option::is_none"
        )]
        pub baseline_performance_factors: Option<BaselinePerformanceFactorsRequest>,
        /// Indicates whether burstable performance instance types are included, excluded, or required. For more information, see Burstable performance instances in the *Amazon EC2 User Guide*. Default: ``excluded``
        #[serde(
            rename = "BurstablePerformance",
            skip_serializing_if = "Option::is_none"
        )]
        pub burstable_performance: Option<Value<String>>,
        /// Lists which specific CPU manufacturers to include. + For instance types with Intel CPUs, specify ``intel``. + For instance types with AMD CPUs, specify ``amd``. + For instance types with AWS CPUs, specify ``amazon-web-services``. + For instance types with Apple CPUs, specify ``apple``. Don't confuse the CPU hardware manufacturer with the CPU hardware architecture. Instances will be launched with a ...
        #[serde(rename = "CpuManufacturers", skip_serializing_if = "Option::is_none")]
        pub cpu_manufacturers: Option<Vec<Value<String>>>,
        /// The instance types to exclude. You can use strings with one or more wild cards, represented by an asterisk (``*``), to exclude an instance family, type, size, or generation. The following are examples: ``m5.8xlarge``, ``c5*.*``, ``m5a.*``, ``r*``, ``*3*``. For example, if you specify ``c5*``, you are excluding the entire C5 instance family, which includes all C5a and C5n instance types. If you specify ...
        #[serde(
            rename = "ExcludedInstanceTypes",
            skip_serializing_if = "Option::is_none"
        )]
        pub excluded_instance_types: Option<Vec<Value<String>>>,
        /// Indicates whether current or previous generation instance types are included. + For current generation instance types, specify ``current``. The current generation includes EC2 instance types currently recommended for use. This typically includes the latest two to three generations in each instance family. For more information, see Instance types in the *Amazon EC2 User Guide*. + For previous generation ...
        #[serde(
            rename = "InstanceGenerations",
            skip_serializing_if = "Option::is_none"
        )]
        pub instance_generations: Option<Vec<Value<String>>>,
        /// Indicates whether instance types with instance store volumes are included, excluded, or required. For more information, see Amazon EC2 instance store in the *Amazon EC2 User Guide*. Default: ``included``
        #[serde(rename = "LocalStorage", skip_serializing_if = "Option::is_none")]
        pub local_storage: Option<Value<String>>,
        /// Indicates the type of local storage that is required. + For instance types with hard disk drive (HDD) storage, specify ``hdd``. + For instance types with solid state drive (SSD) storage, specify ``ssd``. Default: Any local storage type
        #[serde(rename = "LocalStorageTypes", skip_serializing_if = "Option::is_none")]
        pub local_storage_types: Option<Vec<Value<String>>>,
        /// \[Price protection\] The price protection threshold for Spot Instances, as a percentage of an identified On-Demand price. The identified On-Demand price is the price of the lowest priced current generation C, M, or R instance type with your specified attributes. If no current generation C, M, or R instance type matches your attributes, then the identified price is from either the lowest priced current ...
        #[serde(
            rename = "MaxSpotPriceAsPercentageOfOptimalOnDemandPrice",
            skip_serializing_if = "Option::is_none"
        )]
        pub max_spot_price_as_percentage_of_optimal_on_demand_price: Option<Value<i64>>,
        /// The minimum and maximum amount of memory per vCPU for an instance type, in GiB. Default: No minimum or maximum limits
        #[serde(rename = "MemoryGiBPerVCpu", skip_serializing_if = "Option::is_none")]
        pub memory_gi_b_per_v_cpu: Option<MemoryGiBPerVCpuRequest>,
        /// The minimum and maximum instance memory size for an instance type, in MiB.
        ///
        /// Required.
        #[serde(rename = "MemoryMiB")]
        pub memory_mi_b: MemoryMiBRequest,
        /// The minimum and maximum amount of network bandwidth, in gigabits per second (Gbps). Default: No minimum or maximum limits
        #[serde(
            rename = "NetworkBandwidthGbps",
            skip_serializing_if = "Option::is_none"
        )]
        pub network_bandwidth_gbps: Option<NetworkBandwidthGbpsRequest>,
        /// The minimum and maximum number of network interfaces for an instance type. Default: No minimum or maximum limits
        #[serde(
            rename = "NetworkInterfaceCount",
            skip_serializing_if = "Option::is_none"
        )]
        pub network_interface_count: Option<NetworkInterfaceCountRequest>,
        /// \[Price protection\] The price protection threshold for On-Demand Instances, as a percentage higher than an identified On-Demand price. The identified On-Demand price is the price of the lowest priced current generation C, M, or R instance type with your specified attributes. If no current generation C, M, or R instance type matches your attributes, then the identified price is from either the lowest ...
        #[serde(
            rename = "OnDemandMaxPricePercentageOverLowestPrice",
            skip_serializing_if = "Option::is_none"
        )]
        pub on_demand_max_price_percentage_over_lowest_price: Option<Value<i64>>,
        /// Indicates whether instance types must provide On-Demand Instance hibernation support. Default: ``false``
        #[serde(
            rename = "RequireHibernateSupport",
            skip_serializing_if = "Option::is_none"
        )]
        pub require_hibernate_support: Option<Value<bool>>,
        /// \[Price protection\] The price protection threshold for Spot Instances, as a percentage higher than an identified Spot price. The identified Spot price is the price of the lowest priced current generation C, M, or R instance type with your specified attributes. If no current generation C, M, or R instance type matches your attributes, then the identified price is from either the lowest priced current ...
        #[serde(
            rename = "SpotMaxPricePercentageOverLowestPrice",
            skip_serializing_if = "Option::is_none"
        )]
        pub spot_max_price_percentage_over_lowest_price: Option<Value<i64>>,
        /// The minimum and maximum total local storage size for an instance type, in GB. Default: No minimum or maximum limits
        #[serde(
            rename = "TotalLocalStorageGB",
            skip_serializing_if = "Option::is_none"
        )]
        pub total_local_storage_gb: Option<TotalLocalStorageGbRequest>,
        /// The minimum and maximum number of vCPUs for an instance type.
        ///
        /// Required.
        #[serde(rename = "VCpuCount")]
        pub v_cpu_count: VCpuCountRequest,
    }

    /// Use this structure to specify the distribution of On-Demand Instances and Spot Instances and the allocation strategies used to fulfill On-Demand and Spot capacities for a mixed instances policy. For more information, see Auto Scaling groups with multiple instance types and purchase options in the *Amazon EC2 Auto Scaling User Guide*. ``InstancesDistribution`` is a property of the AWS::AutoScaling::AutoScalingGroup ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct InstancesDistribution {
        /// The Distribution Segments configuration. Each segment contains an ordered list of capacity types to prioritize. For more information, see Use Distribution Segments to target multiple capacity types in the *Amazon EC2 Auto Scaling User Guide*.
        #[serde(
            rename = "DistributionSegments",
            skip_serializing_if = "Option::is_none"
        )]
        pub distribution_segments: Option<Vec<DistributionSegment>>,
        /// The allocation strategy to apply to your On-Demand Instances when they are launched. Possible instance types are determined by the launch template overrides that you specify. The following lists the valid values: + lowest-price Uses price to determine which instance types are the highest priority, launching the lowest priced instance types within an Availability Zone first. This is the default value ...
        #[serde(
            rename = "OnDemandAllocationStrategy",
            skip_serializing_if = "Option::is_none"
        )]
        pub on_demand_allocation_strategy: Option<Value<String>>,
        /// The minimum amount of the Auto Scaling group's capacity that must be fulfilled by On-Demand Instances. This base portion is launched first as your group scales. This number has the same unit of measurement as the group's desired capacity. If you change the default unit of measurement (number of instances) by specifying weighted capacity values in your launch template overrides list, or by changing ...
        #[serde(
            rename = "OnDemandBaseCapacity",
            skip_serializing_if = "Option::is_none"
        )]
        pub on_demand_base_capacity: Option<Value<i64>>,
        /// Controls the percentages of On-Demand Instances and Spot Instances for your additional capacity beyond ``OnDemandBaseCapacity``. Expressed as a number (for example, 20 specifies 20% On-Demand Instances, 80% Spot Instances). If set to 100, only On-Demand Instances are used. Default: 100 An update to this setting means a gradual replacement of instances to adjust the current On-Demand and Spot Instance ...
        #[serde(
            rename = "OnDemandPercentageAboveBaseCapacity",
            skip_serializing_if = "Option::is_none"
        )]
        pub on_demand_percentage_above_base_capacity: Option<Value<i64>>,
        /// The allocation strategy to apply to your Spot Instances when they are launched. Possible instance types are determined by the launch template overrides that you specify. The following lists the valid values: + capacity-optimized Requests Spot Instances using pools that are optimally chosen based on the available Spot capacity. This strategy has the lowest risk of interruption. To give certain instance ...
        #[serde(
            rename = "SpotAllocationStrategy",
            skip_serializing_if = "Option::is_none"
        )]
        pub spot_allocation_strategy: Option<Value<String>>,
        /// The number of Spot Instance pools across which to allocate your Spot Instances. The Spot pools are determined from the different instance types in the overrides. Valid only when the ``SpotAllocationStrategy`` is ``lowest-price``. Value must be in the range of 1–20. Default: 2
        #[serde(rename = "SpotInstancePools", skip_serializing_if = "Option::is_none")]
        pub spot_instance_pools: Option<Value<i64>>,
        /// The maximum price per unit hour that you are willing to pay for a Spot Instance. If your maximum price is lower than the Spot price for the instance types that you selected, your Spot Instances are not launched. We do not recommend specifying a maximum price because it can lead to increased interruptions. When Spot Instances launch, you pay the current Spot price. To remove a maximum price that you ...
        #[serde(rename = "SpotMaxPrice", skip_serializing_if = "Option::is_none")]
        pub spot_max_price: Option<Value<String>>,
    }

    /// Use this structure to specify the launch templates and instance types (overrides) for a mixed instances policy. ``LaunchTemplate`` is a property of the AWS::AutoScaling::AutoScalingGroup MixedInstancesPolicy property type.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct LaunchTemplate {
        /// The launch template.
        ///
        /// Required.
        #[serde(rename = "LaunchTemplateSpecification")]
        pub launch_template_specification: LaunchTemplateSpecification,
        /// Any properties that you specify override the same properties in the launch template.
        #[serde(rename = "Overrides", skip_serializing_if = "Option::is_none")]
        pub overrides: Option<Vec<LaunchTemplateOverrides>>,
    }

    /// Use this structure to let Amazon EC2 Auto Scaling do the following when the Auto Scaling group has a mixed instances policy: + Override the instance type that is specified in the launch template. + Use multiple instance types. Specify the instance types that you want, or define your instance requirements instead and let Amazon EC2 Auto Scaling provision the available instance types that meet your requirements. ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct LaunchTemplateOverrides {
        /// The ID of the Amazon Machine Image (AMI) to use for instances launched with this override. When using Instance Refresh with ``ReplaceRootVolume`` strategy, this specifies the AMI for root volume replacement operations. For ``ReplaceRootVolume`` operations: + All overrides in the ``MixedInstancesPolicy`` must specify an ImageId + The AMI must contain only a single root volume + Root volume replacement ...
        #[serde(rename = "ImageId", skip_serializing_if = "Option::is_none")]
        pub image_id: Option<Value<String>>,
        /// The instance requirements. Amazon EC2 Auto Scaling uses your specified requirements to identify instance types. Then, it uses your On-Demand and Spot allocation strategies to launch instances from these instance types. You can specify up to four separate sets of instance requirements per Auto Scaling group. This is useful for provisioning instances from different Amazon Machine Images (AMIs) in the ...
        #[serde(
            rename = "InstanceRequirements",
            skip_serializing_if = "Option::is_none"
        )]
        pub instance_requirements: Option<InstanceRequirements>,
        /// The instance type, such as ``m3.xlarge``. You must specify an instance type that is supported in your requested Region and Availability Zones. For more information, see Instance types in the *Amazon EC2 User Guide*. You can specify up to 40 instance types per Auto Scaling group.
        #[serde(rename = "InstanceType", skip_serializing_if = "Option::is_none")]
        pub instance_type: Option<Value<String>>,
        /// Provides a launch template for the specified instance type or set of instance requirements. For example, some instance types might require a launch template with a different AMI. If not provided, Amazon EC2 Auto Scaling uses the launch template that's specified in the ``LaunchTemplate`` definition. For more information, see Specifying a different launch template for an instance type in the *Amazon ...
        #[serde(
            rename = "LaunchTemplateSpecification",
            skip_serializing_if = "Option::is_none"
        )]
        pub launch_template_specification: Option<LaunchTemplateSpecification>,
        /// If you provide a list of instance types to use, you can specify the number of capacity units provided by each instance type in terms of virtual CPUs, memory, storage, throughput, or other relative performance characteristic. When a Spot or On-Demand Instance is launched, the capacity units count toward the desired capacity. Amazon EC2 Auto Scaling launches instances until the desired capacity is totally ...
        #[serde(rename = "WeightedCapacity", skip_serializing_if = "Option::is_none")]
        pub weighted_capacity: Option<Value<String>>,
    }

    /// Specifies a launch template to use when provisioning EC2 instances for an Auto Scaling group. You must specify the following: + The ID or the name of the launch template, but not both. + The version of the launch template. ``LaunchTemplateSpecification`` is property of the AWS::AutoScaling::AutoScalingGroup resource. It is also a property of the AWS::AutoScaling::AutoScalingGroup LaunchTemplate and ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct LaunchTemplateSpecification {
        /// The ID of the launch template. You must specify the ``LaunchTemplateID`` or the ``LaunchTemplateName``, but not both.
        #[serde(rename = "LaunchTemplateId", skip_serializing_if = "Option::is_none")]
        pub launch_template_id: Option<Value<String>>,
        /// The name of the launch template. You must specify the ``LaunchTemplateName`` or the ``LaunchTemplateID``, but not both.
        #[serde(rename = "LaunchTemplateName", skip_serializing_if = "Option::is_none")]
        pub launch_template_name: Option<Value<String>>,
        /// The version number of the launch template. Specifying ``$Latest`` or ``$Default`` for the template version number is not supported. However, you can specify ``LatestVersionNumber`` or ``DefaultVersionNumber`` using the ``Fn::GetAtt`` intrinsic function. For more information, see Fn::GetAtt. For an example of using the ``Fn::GetAtt`` function, see the Examples section of the ``AWS::AutoScaling::AutoScalingGroup`` ...
        ///
        /// Required.
        #[serde(rename = "Version")]
        pub version: Value<String>,
    }

    /// ``LifecycleHookSpecification`` specifies a lifecycle hook for the ``LifecycleHookSpecificationList`` property of the AWS::AutoScaling::AutoScalingGroup resource. A lifecycle hook specifies actions to perform when Amazon EC2 Auto Scaling launches or terminates instances. For more information, see Amazon EC2 Auto Scaling lifecycle hooks in the *Amazon EC2 Auto Scaling User Guide*. You can find a sample ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct LifecycleHookSpecification {
        /// The action the Auto Scaling group takes when the lifecycle hook timeout elapses or if an unexpected failure occurs. The default value is ``ABANDON``. Valid values: ``CONTINUE`` | ``ABANDON``
        #[serde(rename = "DefaultResult", skip_serializing_if = "Option::is_none")]
        pub default_result: Option<Value<String>>,
        /// The maximum time, in seconds, that can elapse before the lifecycle hook times out. The range is from ``30`` to ``7200`` seconds. The default value is ``3600`` seconds (1 hour).
        #[serde(rename = "HeartbeatTimeout", skip_serializing_if = "Option::is_none")]
        pub heartbeat_timeout: Option<Value<i64>>,
        /// The name of the lifecycle hook.
        ///
        /// Required.
        #[serde(rename = "LifecycleHookName")]
        pub lifecycle_hook_name: Value<String>,
        /// The lifecycle transition. For Auto Scaling groups, there are two major lifecycle transitions. + To create a lifecycle hook for scale-out events, specify ``autoscaling:EC2_INSTANCE_LAUNCHING``. + To create a lifecycle hook for scale-in events, specify ``autoscaling:EC2_INSTANCE_TERMINATING``.
        ///
        /// Required.
        #[serde(rename = "LifecycleTransition")]
        pub lifecycle_transition: Value<String>,
        /// Additional information that you want to include any time Amazon EC2 Auto Scaling sends a message to the notification target.
        #[serde(
            rename = "NotificationMetadata",
            skip_serializing_if = "Option::is_none"
        )]
        pub notification_metadata: Option<Value<String>>,
        /// The Amazon Resource Name (ARN) of the notification target that Amazon EC2 Auto Scaling sends notifications to when an instance is in a wait state for the lifecycle hook. You can specify an Amazon SNS topic or an Amazon SQS queue.
        #[serde(
            rename = "NotificationTargetARN",
            skip_serializing_if = "Option::is_none"
        )]
        pub notification_target_arn: Option<Value<String>>,
        /// The ARN of the IAM role that allows the Auto Scaling group to publish to the specified notification target. For information about creating this role, see Prepare to add a lifecycle hook to your Auto Scaling group in the *Amazon EC2 Auto Scaling User Guide*. Valid only if the notification target is an Amazon SNS topic or an Amazon SQS queue.
        #[serde(rename = "RoleARN", skip_serializing_if = "Option::is_none")]
        pub role_arn: Option<Value<String>>,
    }

    /// ``MemoryGiBPerVCpuRequest`` is a property of the ``InstanceRequirements`` property of the AWS::AutoScaling::AutoScalingGroup LaunchTemplateOverrides property type that describes the minimum and maximum amount of memory per vCPU for an instance type, in GiB.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct MemoryGiBPerVCpuRequest {
        /// The memory maximum in GiB.
        #[serde(rename = "Max", skip_serializing_if = "Option::is_none")]
        pub max: Option<Value<f64>>,
        /// The memory minimum in GiB.
        #[serde(rename = "Min", skip_serializing_if = "Option::is_none")]
        pub min: Option<Value<f64>>,
    }

    /// ``MemoryMiBRequest`` is a property of the ``InstanceRequirements`` property of the AWS::AutoScaling::AutoScalingGroup LaunchTemplateOverrides property type that describes the minimum and maximum instance memory size for an instance type, in MiB.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct MemoryMiBRequest {
        /// The memory maximum in MiB.
        #[serde(rename = "Max", skip_serializing_if = "Option::is_none")]
        pub max: Option<Value<i64>>,
        /// The memory minimum in MiB.
        #[serde(rename = "Min", skip_serializing_if = "Option::is_none")]
        pub min: Option<Value<i64>>,
    }

    /// ``MetricsCollection`` is a property of the AWS::AutoScaling::AutoScalingGroup resource that describes the group metrics that an Amazon EC2 Auto Scaling group sends to Amazon CloudWatch. These metrics describe the group rather than any of its instances. For more information, see Monitor CloudWatch metrics for your Auto Scaling groups and instances in the *Amazon EC2 Auto Scaling User Guide*. You can ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct MetricsCollection {
        /// The frequency at which Amazon EC2 Auto Scaling sends aggregated data to CloudWatch. The only valid value is ``1Minute``.
        ///
        /// Required.
        #[serde(rename = "Granularity")]
        pub granularity: Value<String>,
        /// Identifies the metrics to enable. You can specify one or more of the following metrics: + ``GroupMinSize`` + ``GroupMaxSize`` + ``GroupDesiredCapacity`` + ``GroupInServiceInstances`` + ``GroupPendingInstances`` + ``GroupStandbyInstances`` + ``GroupTerminatingInstances`` + ``GroupTotalInstances`` + ``GroupInServiceCapacity`` + ``GroupPendingCapacity`` + ``GroupStandbyCapacity`` + ``GroupTerminatingCapacity`` ...
        #[serde(rename = "Metrics", skip_serializing_if = "Option::is_none")]
        pub metrics: Option<Vec<Value<String>>>,
    }

    /// Use this structure to launch multiple instance types and On-Demand Instances and Spot Instances within a single Auto Scaling group. A mixed instances policy contains information that Amazon EC2 Auto Scaling can use to launch instances and help optimize your costs. For more information, see Auto Scaling groups with multiple instance types and purchase options in the *Amazon EC2 Auto Scaling User Guide*. ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct MixedInstancesPolicy {
        /// The instances distribution.
        #[serde(
            rename = "InstancesDistribution",
            skip_serializing_if = "Option::is_none"
        )]
        pub instances_distribution: Option<InstancesDistribution>,
        /// One or more launch templates and the instance types (overrides) that are used to launch EC2 instances to fulfill the configured capacities.
        ///
        /// Required.
        #[serde(rename = "LaunchTemplate")]
        pub launch_template: LaunchTemplate,
    }

    /// ``NetworkBandwidthGbpsRequest`` is a property of the ``InstanceRequirements`` property of the AWS::AutoScaling::AutoScalingGroup LaunchTemplateOverrides property type that describes the minimum and maximum network bandwidth for an instance type, in Gbps. Setting the minimum bandwidth does not guarantee that your instance will achieve the minimum bandwidth. Amazon EC2 will identify instance types that ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct NetworkBandwidthGbpsRequest {
        /// The maximum amount of network bandwidth, in gigabits per second (Gbps).
        #[serde(rename = "Max", skip_serializing_if = "Option::is_none")]
        pub max: Option<Value<f64>>,
        /// The minimum amount of network bandwidth, in gigabits per second (Gbps).
        #[serde(rename = "Min", skip_serializing_if = "Option::is_none")]
        pub min: Option<Value<f64>>,
    }

    /// ``NetworkInterfaceCountRequest`` is a property of the ``InstanceRequirements`` property of the AWS::AutoScaling::AutoScalingGroup LaunchTemplateOverrides property type that describes the minimum and maximum number of network interfaces for an instance type.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct NetworkInterfaceCountRequest {
        /// The maximum number of network interfaces.
        #[serde(rename = "Max", skip_serializing_if = "Option::is_none")]
        pub max: Option<Value<i64>>,
        /// The minimum number of network interfaces.
        #[serde(rename = "Min", skip_serializing_if = "Option::is_none")]
        pub min: Option<Value<i64>>,
    }

    /// A structure that specifies an Amazon SNS notification configuration for the ``NotificationConfigurations`` property of the AWS::AutoScaling::AutoScalingGroup resource. For an example template snippet, see Configure Amazon EC2 Auto Scaling resources. For more information, see Get Amazon SNS notifications when your Auto Scaling group scales in the *Amazon EC2 Auto Scaling User Guide*.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct NotificationConfiguration {
        /// A list of event types that send a notification. Event types can include any of the following types. *Allowed values*: + ``autoscaling:EC2_INSTANCE_LAUNCH`` + ``autoscaling:EC2_INSTANCE_LAUNCH_ERROR`` + ``autoscaling:EC2_INSTANCE_TERMINATE`` + ``autoscaling:EC2_INSTANCE_TERMINATE_ERROR`` + ``autoscaling:TEST_NOTIFICATION``
        #[serde(rename = "NotificationTypes", skip_serializing_if = "Option::is_none")]
        pub notification_types: Option<Vec<Value<String>>>,
        /// The Amazon Resource Name (ARN) of the Amazon SNS topic.
        ///
        /// Required.
        #[serde(rename = "TopicARN")]
        pub topic_arn: Json,
    }

    /// Specify an instance family to use as the baseline reference for CPU performance. All instance types that All instance types that match your specified attributes will be compared against the CPU performance of the referenced instance family, regardless of CPU manufacturer or architecture differences. Currently only one instance family can be specified in the list.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct PerformanceFactorReferenceRequest {
        /// The instance family to use as a baseline reference. Make sure that you specify the correct value for the instance family. The instance family is everything before the period (.) in the instance type name. For example, in the instance ``c6i.large``, the instance family is ``c6i``, not ``c6``. For more information, see Amazon EC2 instance type naming conventions in *Amazon EC2 Instance Types*. The following ...
        #[serde(rename = "InstanceFamily", skip_serializing_if = "Option::is_none")]
        pub instance_family: Option<Value<String>>,
    }

    /// Defines the specific triggers that cause instances to be retained in a Retained state rather than terminated. Each trigger corresponds to a different failure scenario during the instance lifecycle. This allows fine-grained control over when to preserve instances for manual intervention.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct RetentionTriggers {
        /// Specifies the action when a termination lifecycle hook is abandoned due to failure, timeout, or explicit abandonment (calling CompleteLifecycleAction). Set to ``retain`` to move instances to a retained state. Set to ``terminate`` for default termination behavior. Retained instances don't count toward desired capacity and remain until you call ``TerminateInstanceInAutoScalingGroup``.
        #[serde(
            rename = "TerminateHookAbandon",
            skip_serializing_if = "Option::is_none"
        )]
        pub terminate_hook_abandon: Option<Value<String>>,
    }

    /// A structure that specifies a tag for the ``Tags`` property of AWS::AutoScaling::AutoScalingGroup resource. For more information, see Tag Auto Scaling groups and instances in the *Amazon EC2 Auto Scaling User Guide*. You can find a sample template snippet in the Examples section of the ``AWS::AutoScaling::AutoScalingGroup`` resource. CloudFormation adds the following tags to all Auto Scaling groups ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct TagProperty {
        /// The tag key.
        ///
        /// Required.
        #[serde(rename = "Key")]
        pub key: Value<String>,
        /// Set to ``true`` if you want CloudFormation to copy the tag to EC2 instances that are launched as part of the Auto Scaling group. Set to ``false`` if you want the tag attached only to the Auto Scaling group and not copied to any instances launched as part of the Auto Scaling group.
        ///
        /// Required.
        #[serde(rename = "PropagateAtLaunch")]
        pub propagate_at_launch: Value<bool>,
        /// The tag value.
        ///
        /// Required.
        #[serde(rename = "Value")]
        pub value: Value<String>,
    }

    /// ``TotalLocalStorageGBRequest`` is a property of the ``InstanceRequirements`` property of the AWS::AutoScaling::AutoScalingGroup LaunchTemplateOverrides property type that describes the minimum and maximum total local storage size for an instance type, in GB.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct TotalLocalStorageGbRequest {
        /// The storage maximum in GB.
        #[serde(rename = "Max", skip_serializing_if = "Option::is_none")]
        pub max: Option<Value<f64>>,
        /// The storage minimum in GB.
        #[serde(rename = "Min", skip_serializing_if = "Option::is_none")]
        pub min: Option<Value<f64>>,
    }

    /// Identifying information for a traffic source.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct TrafficSourceIdentifier {
        /// Identifies the traffic source. For Application Load Balancers, Gateway Load Balancers, Network Load Balancers, and VPC Lattice, this will be the Amazon Resource Name (ARN) for a target group in this account and Region. For Classic Load Balancers, this will be the name of the Classic Load Balancer in this account and Region. For example: + Application Load Balancer ARN: ``arn:aws:elasticloadbalancing:us-west-2:123456789012:targetgroup/my-targets/1234567890123456`` ...
        ///
        /// Required.
        #[serde(rename = "Identifier")]
        pub identifier: Value<String>,
        /// Provides additional context for the value of ``Identifier``. The following lists the valid values: + ``elb`` if ``Identifier`` is the name of a Classic Load Balancer. + ``elbv2`` if ``Identifier`` is the ARN of an Application Load Balancer, Gateway Load Balancer, or Network Load Balancer target group. + ``vpc-lattice`` if ``Identifier`` is the ARN of a VPC Lattice target group. Required if the identifier ...
        ///
        /// Required.
        #[serde(rename = "Type")]
        pub r#type: Value<String>,
    }

    /// ``VCpuCountRequest`` is a property of the ``InstanceRequirements`` property of the AWS::AutoScaling::AutoScalingGroup LaunchTemplateOverrides property type that describes the minimum and maximum number of vCPUs for an instance type.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct VCpuCountRequest {
        /// The maximum number of vCPUs.
        #[serde(rename = "Max", skip_serializing_if = "Option::is_none")]
        pub max: Option<Value<i64>>,
        /// The minimum number of vCPUs.
        #[serde(rename = "Min", skip_serializing_if = "Option::is_none")]
        pub min: Option<Value<i64>>,
    }
}
pub use auto_scaling_group::AutoScalingGroup;

/// `AWS::AutoScaling::ScalingPolicy`: the resource and its property types.
pub mod scaling_policy {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// The AWS::AutoScaling::ScalingPolicy resource specifies an Amazon EC2 Auto Scaling scaling policy so that the Auto Scaling group can scale the number of instances available for your application.
    ///
    /// CloudFormation type `AWS::AutoScaling::ScalingPolicy`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ScalingPolicy {
        /// Specifies how the scaling adjustment is interpreted. The valid values are ChangeInCapacity, ExactCapacity, and PercentChangeInCapacity.
        #[serde(rename = "AdjustmentType", skip_serializing_if = "Option::is_none")]
        pub adjustment_type: Option<Value<String>>,
        /// The name of the Auto Scaling group.
        ///
        /// Required.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "AutoScalingGroupName")]
        pub auto_scaling_group_name: Value<String>,
        /// The duration of the policy's cooldown period, in seconds. When a cooldown period is specified here, it overrides the default cooldown period defined for the Auto Scaling group.
        #[serde(rename = "Cooldown", skip_serializing_if = "Option::is_none")]
        pub cooldown: Option<Value<String>>,
        /// The estimated time, in seconds, until a newly launched instance can contribute to the CloudWatch metrics. If not provided, the default is to use the value from the default cooldown period for the Auto Scaling group. Valid only if the policy type is TargetTrackingScaling or StepScaling.
        #[serde(
            rename = "EstimatedInstanceWarmup",
            skip_serializing_if = "Option::is_none"
        )]
        pub estimated_instance_warmup: Option<Value<i64>>,
        /// The aggregation type for the CloudWatch metrics. The valid values are Minimum, Maximum, and Average. If the aggregation type is null, the value is treated as Average. Valid only if the policy type is StepScaling.
        #[serde(
            rename = "MetricAggregationType",
            skip_serializing_if = "Option::is_none"
        )]
        pub metric_aggregation_type: Option<Value<String>>,
        /// The minimum value to scale by when the adjustment type is PercentChangeInCapacity. For example, suppose that you create a step scaling policy to scale out an Auto Scaling group by 25 percent and you specify a MinAdjustmentMagnitude of 2. If the group has 4 instances and the scaling policy is performed, 25 percent of 4 is 1. However, because you specified a MinAdjustmentMagnitude of 2, Amazon EC2 Auto ...
        #[serde(
            rename = "MinAdjustmentMagnitude",
            skip_serializing_if = "Option::is_none"
        )]
        pub min_adjustment_magnitude: Option<Value<i64>>,
        /// One of the following policy types: TargetTrackingScaling, StepScaling, SimpleScaling (default), PredictiveScaling
        #[serde(rename = "PolicyType", skip_serializing_if = "Option::is_none")]
        pub policy_type: Option<Value<String>>,
        /// A predictive scaling policy. Includes support for predefined metrics only.
        #[serde(
            rename = "PredictiveScalingConfiguration",
            skip_serializing_if = "Option::is_none"
        )]
        pub predictive_scaling_configuration: Option<PredictiveScalingConfiguration>,
        /// The amount by which to scale, based on the specified adjustment type. A positive value adds to the current capacity while a negative number removes from the current capacity. For exact capacity, you must specify a positive value. Required if the policy type is SimpleScaling. (Not used with any other policy type.)
        #[serde(rename = "ScalingAdjustment", skip_serializing_if = "Option::is_none")]
        pub scaling_adjustment: Option<Value<i64>>,
        /// A set of adjustments that enable you to scale based on the size of the alarm breach. Required if the policy type is StepScaling. (Not used with any other policy type.)
        #[serde(rename = "StepAdjustments", skip_serializing_if = "Option::is_none")]
        pub step_adjustments: Option<Vec<StepAdjustment>>,
        /// A target tracking scaling policy. Includes support for predefined or customized metrics.
        #[serde(
            rename = "TargetTrackingConfiguration",
            skip_serializing_if = "Option::is_none"
        )]
        pub target_tracking_configuration: Option<TargetTrackingConfiguration>,
    }

    impl CfnResource for ScalingPolicy {
        const TYPE: &'static str = "AWS::AutoScaling::ScalingPolicy";
        const TAGGING: Tagging = Tagging::None;
    }

    /// The `CustomizedMetricSpecification` property type of `AWS::AutoScaling::ScalingPolicy`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct CustomizedMetricSpecification {
        /// The `Dimensions` property.
        #[serde(rename = "Dimensions", skip_serializing_if = "Option::is_none")]
        pub dimensions: Option<Vec<MetricDimension>>,
        /// The `MetricName` property.
        #[serde(rename = "MetricName", skip_serializing_if = "Option::is_none")]
        pub metric_name: Option<Value<String>>,
        /// The `Metrics` property.
        #[serde(rename = "Metrics", skip_serializing_if = "Option::is_none")]
        pub metrics: Option<Vec<TargetTrackingMetricDataQuery>>,
        /// The `Namespace` property.
        #[serde(rename = "Namespace", skip_serializing_if = "Option::is_none")]
        pub namespace: Option<Value<String>>,
        /// The `Period` property.
        #[serde(rename = "Period", skip_serializing_if = "Option::is_none")]
        pub period: Option<Value<i64>>,
        /// The `Statistic` property.
        #[serde(rename = "Statistic", skip_serializing_if = "Option::is_none")]
        pub statistic: Option<Value<String>>,
        /// The `Unit` property.
        #[serde(rename = "Unit", skip_serializing_if = "Option::is_none")]
        pub unit: Option<Value<String>>,
    }

    /// The `Metric` property type of `AWS::AutoScaling::ScalingPolicy`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Metric {
        /// The `Dimensions` property.
        #[serde(rename = "Dimensions", skip_serializing_if = "Option::is_none")]
        pub dimensions: Option<Vec<MetricDimension>>,
        /// The `MetricName` property.
        ///
        /// Required.
        #[serde(rename = "MetricName")]
        pub metric_name: Value<String>,
        /// The `Namespace` property.
        ///
        /// Required.
        #[serde(rename = "Namespace")]
        pub namespace: Value<String>,
    }

    /// The `MetricDataQuery` property type of `AWS::AutoScaling::ScalingPolicy`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct MetricDataQuery {
        /// The `Expression` property.
        #[serde(rename = "Expression", skip_serializing_if = "Option::is_none")]
        pub expression: Option<Value<String>>,
        /// The `Id` property.
        ///
        /// Required.
        #[serde(rename = "Id")]
        pub id: Value<String>,
        /// The `Label` property.
        #[serde(rename = "Label", skip_serializing_if = "Option::is_none")]
        pub label: Option<Value<String>>,
        /// The `MetricStat` property.
        #[serde(rename = "MetricStat", skip_serializing_if = "Option::is_none")]
        pub metric_stat: Option<MetricStat>,
        /// The `ReturnData` property.
        #[serde(rename = "ReturnData", skip_serializing_if = "Option::is_none")]
        pub return_data: Option<Value<bool>>,
    }

    /// The `MetricDimension` property type of `AWS::AutoScaling::ScalingPolicy`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct MetricDimension {
        /// The `Name` property.
        ///
        /// Required.
        #[serde(rename = "Name")]
        pub name: Value<String>,
        /// The `Value` property.
        ///
        /// Required.
        #[serde(rename = "Value")]
        pub value: Value<String>,
    }

    /// The `MetricStat` property type of `AWS::AutoScaling::ScalingPolicy`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct MetricStat {
        /// The `Metric` property.
        ///
        /// Required.
        #[serde(rename = "Metric")]
        pub metric: Metric,
        /// The `Stat` property.
        ///
        /// Required.
        #[serde(rename = "Stat")]
        pub stat: Value<String>,
        /// The `Unit` property.
        #[serde(rename = "Unit", skip_serializing_if = "Option::is_none")]
        pub unit: Option<Value<String>>,
    }

    /// The `PredefinedMetricSpecification` property type of `AWS::AutoScaling::ScalingPolicy`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct PredefinedMetricSpecification {
        /// The `PredefinedMetricType` property.
        ///
        /// Required.
        #[serde(rename = "PredefinedMetricType")]
        pub predefined_metric_type: Value<String>,
        /// The `ResourceLabel` property.
        #[serde(rename = "ResourceLabel", skip_serializing_if = "Option::is_none")]
        pub resource_label: Option<Value<String>>,
    }

    /// The `PredictiveScalingConfiguration` property type of `AWS::AutoScaling::ScalingPolicy`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct PredictiveScalingConfiguration {
        /// The `MaxCapacityBreachBehavior` property.
        #[serde(
            rename = "MaxCapacityBreachBehavior",
            skip_serializing_if = "Option::is_none"
        )]
        pub max_capacity_breach_behavior: Option<Value<String>>,
        /// The `MaxCapacityBuffer` property.
        #[serde(rename = "MaxCapacityBuffer", skip_serializing_if = "Option::is_none")]
        pub max_capacity_buffer: Option<Value<i64>>,
        /// The `MetricSpecifications` property.
        ///
        /// Required.
        #[serde(rename = "MetricSpecifications")]
        pub metric_specifications: Vec<PredictiveScalingMetricSpecification>,
        /// The `Mode` property.
        #[serde(rename = "Mode", skip_serializing_if = "Option::is_none")]
        pub mode: Option<Value<String>>,
        /// The `SchedulingBufferTime` property.
        #[serde(
            rename = "SchedulingBufferTime",
            skip_serializing_if = "Option::is_none"
        )]
        pub scheduling_buffer_time: Option<Value<i64>>,
    }

    /// The `PredictiveScalingCustomizedCapacityMetric` property type of `AWS::AutoScaling::ScalingPolicy`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct PredictiveScalingCustomizedCapacityMetric {
        /// The `MetricDataQueries` property.
        ///
        /// Required.
        #[serde(rename = "MetricDataQueries")]
        pub metric_data_queries: Vec<MetricDataQuery>,
    }

    /// The `PredictiveScalingCustomizedLoadMetric` property type of `AWS::AutoScaling::ScalingPolicy`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct PredictiveScalingCustomizedLoadMetric {
        /// The `MetricDataQueries` property.
        ///
        /// Required.
        #[serde(rename = "MetricDataQueries")]
        pub metric_data_queries: Vec<MetricDataQuery>,
    }

    /// The `PredictiveScalingCustomizedScalingMetric` property type of `AWS::AutoScaling::ScalingPolicy`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct PredictiveScalingCustomizedScalingMetric {
        /// The `MetricDataQueries` property.
        ///
        /// Required.
        #[serde(rename = "MetricDataQueries")]
        pub metric_data_queries: Vec<MetricDataQuery>,
    }

    /// The `PredictiveScalingMetricSpecification` property type of `AWS::AutoScaling::ScalingPolicy`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct PredictiveScalingMetricSpecification {
        /// The `CustomizedCapacityMetricSpecification` property.
        #[serde(
            rename = "CustomizedCapacityMetricSpecification",
            skip_serializing_if = "Option::is_none"
        )]
        pub customized_capacity_metric_specification:
            Option<PredictiveScalingCustomizedCapacityMetric>,
        /// The `CustomizedLoadMetricSpecification` property.
        #[serde(
            rename = "CustomizedLoadMetricSpecification",
            skip_serializing_if = "Option::is_none"
        )]
        pub customized_load_metric_specification: Option<PredictiveScalingCustomizedLoadMetric>,
        /// The `CustomizedScalingMetricSpecification` property.
        #[serde(
            rename = "CustomizedScalingMetricSpecification",
            skip_serializing_if = "Option::is_none"
        )]
        pub customized_scaling_metric_specification:
            Option<PredictiveScalingCustomizedScalingMetric>,
        /// The `PredefinedLoadMetricSpecification` property.
        #[serde(
            rename = "PredefinedLoadMetricSpecification",
            skip_serializing_if = "Option::is_none"
        )]
        pub predefined_load_metric_specification: Option<PredictiveScalingPredefinedLoadMetric>,
        /// The `PredefinedMetricPairSpecification` property.
        #[serde(
            rename = "PredefinedMetricPairSpecification",
            skip_serializing_if = "Option::is_none"
        )]
        pub predefined_metric_pair_specification: Option<PredictiveScalingPredefinedMetricPair>,
        /// The `PredefinedScalingMetricSpecification` property.
        #[serde(
            rename = "PredefinedScalingMetricSpecification",
            skip_serializing_if = "Option::is_none"
        )]
        pub predefined_scaling_metric_specification:
            Option<PredictiveScalingPredefinedScalingMetric>,
        /// The `TargetValue` property.
        ///
        /// Required.
        #[serde(rename = "TargetValue")]
        pub target_value: Value<f64>,
    }

    /// The `PredictiveScalingPredefinedLoadMetric` property type of `AWS::AutoScaling::ScalingPolicy`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct PredictiveScalingPredefinedLoadMetric {
        /// The `PredefinedMetricType` property.
        ///
        /// Required.
        #[serde(rename = "PredefinedMetricType")]
        pub predefined_metric_type: Value<String>,
        /// The `ResourceLabel` property.
        #[serde(rename = "ResourceLabel", skip_serializing_if = "Option::is_none")]
        pub resource_label: Option<Value<String>>,
    }

    /// The `PredictiveScalingPredefinedMetricPair` property type of `AWS::AutoScaling::ScalingPolicy`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct PredictiveScalingPredefinedMetricPair {
        /// The `PredefinedMetricType` property.
        ///
        /// Required.
        #[serde(rename = "PredefinedMetricType")]
        pub predefined_metric_type: Value<String>,
        /// The `ResourceLabel` property.
        #[serde(rename = "ResourceLabel", skip_serializing_if = "Option::is_none")]
        pub resource_label: Option<Value<String>>,
    }

    /// The `PredictiveScalingPredefinedScalingMetric` property type of `AWS::AutoScaling::ScalingPolicy`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct PredictiveScalingPredefinedScalingMetric {
        /// The `PredefinedMetricType` property.
        ///
        /// Required.
        #[serde(rename = "PredefinedMetricType")]
        pub predefined_metric_type: Value<String>,
        /// The `ResourceLabel` property.
        #[serde(rename = "ResourceLabel", skip_serializing_if = "Option::is_none")]
        pub resource_label: Option<Value<String>>,
    }

    /// The `StepAdjustment` property type of `AWS::AutoScaling::ScalingPolicy`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct StepAdjustment {
        /// The `MetricIntervalLowerBound` property.
        #[serde(
            rename = "MetricIntervalLowerBound",
            skip_serializing_if = "Option::is_none"
        )]
        pub metric_interval_lower_bound: Option<Value<f64>>,
        /// The `MetricIntervalUpperBound` property.
        #[serde(
            rename = "MetricIntervalUpperBound",
            skip_serializing_if = "Option::is_none"
        )]
        pub metric_interval_upper_bound: Option<Value<f64>>,
        /// The `ScalingAdjustment` property.
        ///
        /// Required.
        #[serde(rename = "ScalingAdjustment")]
        pub scaling_adjustment: Value<i64>,
    }

    /// The `TargetTrackingConfiguration` property type of `AWS::AutoScaling::ScalingPolicy`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct TargetTrackingConfiguration {
        /// The `CustomizedMetricSpecification` property.
        #[serde(
            rename = "CustomizedMetricSpecification",
            skip_serializing_if = "Option::is_none"
        )]
        pub customized_metric_specification: Option<CustomizedMetricSpecification>,
        /// The `DisableScaleIn` property.
        #[serde(rename = "DisableScaleIn", skip_serializing_if = "Option::is_none")]
        pub disable_scale_in: Option<Value<bool>>,
        /// The `PredefinedMetricSpecification` property.
        #[serde(
            rename = "PredefinedMetricSpecification",
            skip_serializing_if = "Option::is_none"
        )]
        pub predefined_metric_specification: Option<PredefinedMetricSpecification>,
        /// The `TargetValue` property.
        ///
        /// Required.
        #[serde(rename = "TargetValue")]
        pub target_value: Value<f64>,
    }

    /// The `TargetTrackingMetricDataQuery` property type of `AWS::AutoScaling::ScalingPolicy`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct TargetTrackingMetricDataQuery {
        /// The `Expression` property.
        #[serde(rename = "Expression", skip_serializing_if = "Option::is_none")]
        pub expression: Option<Value<String>>,
        /// The `Id` property.
        ///
        /// Required.
        #[serde(rename = "Id")]
        pub id: Value<String>,
        /// The `Label` property.
        #[serde(rename = "Label", skip_serializing_if = "Option::is_none")]
        pub label: Option<Value<String>>,
        /// The `MetricStat` property.
        #[serde(rename = "MetricStat", skip_serializing_if = "Option::is_none")]
        pub metric_stat: Option<TargetTrackingMetricStat>,
        /// The `Period` property.
        #[serde(rename = "Period", skip_serializing_if = "Option::is_none")]
        pub period: Option<Value<i64>>,
        /// The `ReturnData` property.
        #[serde(rename = "ReturnData", skip_serializing_if = "Option::is_none")]
        pub return_data: Option<Value<bool>>,
    }

    /// The `TargetTrackingMetricStat` property type of `AWS::AutoScaling::ScalingPolicy`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct TargetTrackingMetricStat {
        /// The `Metric` property.
        ///
        /// Required.
        #[serde(rename = "Metric")]
        pub metric: Metric,
        /// The `Period` property.
        #[serde(rename = "Period", skip_serializing_if = "Option::is_none")]
        pub period: Option<Value<i64>>,
        /// The `Stat` property.
        ///
        /// Required.
        #[serde(rename = "Stat")]
        pub stat: Value<String>,
        /// The `Unit` property.
        #[serde(rename = "Unit", skip_serializing_if = "Option::is_none")]
        pub unit: Option<Value<String>>,
    }
}
pub use scaling_policy::ScalingPolicy;
