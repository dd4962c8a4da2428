// Written by `cargo xtask codegen` from CloudFormation's resource provider
// schemas; do not edit by hand.

//! L1 structs of the listed `AWS::Lambda::*` types.

/// `AWS::Lambda::Function`: the resource and its property types.
pub mod function {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// The ``AWS::Lambda::Function`` resource creates a Lambda function. To create a function, you need a deployment package and an execution role. The deployment package is a .zip file archive or container image that contains your function code. The execution role grants the function permission to use AWS services, such as Amazon CloudWatch Logs for log streaming and AWS X-Ray for request tracing. You set ...
    ///
    /// CloudFormation type `AWS::Lambda::Function`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Function {
        /// The instruction set architecture that the function supports. Enter a string array with one of the valid values (arm64 or x86_64). The default value is ``x86_64``.
        #[serde(rename = "Architectures", skip_serializing_if = "Option::is_none")]
        pub architectures: Option<Vec<Value<String>>>,
        /// Configuration for the capacity provider that manages compute resources for Lambda functions.
        #[serde(
            rename = "CapacityProviderConfig",
            skip_serializing_if = "Option::is_none"
        )]
        pub capacity_provider_config: Option<CapacityProviderConfig>,
        /// The code for the function. You can define your function code in multiple ways: + For .zip deployment packages, you can specify the S3 location of the .zip file in the ``S3Bucket``, ``S3Key``, and ``S3ObjectVersion`` properties. + For .zip deployment packages, you can alternatively define the function code inline in the ``ZipFile`` property. This method works only for Node.js and Python functions. + ...
        ///
        /// Required.
        #[serde(rename = "Code")]
        pub code: Code,
        /// To enable code signing for this function, specify the ARN of a code-signing configuration. A code-signing configuration includes a set of signing profiles, which define the trusted publishers for this function.
        #[serde(
            rename = "CodeSigningConfigArn",
            skip_serializing_if = "Option::is_none"
        )]
        pub code_signing_config_arn: Option<Value<String>>,
        /// A dead-letter queue configuration that specifies the queue or topic where Lambda sends asynchronous events when they fail processing. For more information, see Dead-letter queues.
        #[serde(rename = "DeadLetterConfig", skip_serializing_if = "Option::is_none")]
        pub dead_letter_config: Option<DeadLetterConfig>,
        /// A description of the function.
        #[serde(rename = "Description", skip_serializing_if = "Option::is_none")]
        pub description: Option<Value<String>>,
        /// Configuration settings for durable functions, including execution timeout, retention period for execution history, and an optional ARN of the KMSlong (KMS) customer managed key that is used to encrypt your durable execution's payload data, including input, output, and error payloads.
        #[serde(rename = "DurableConfig", skip_serializing_if = "Option::is_none")]
        pub durable_config: Option<DurableConfig>,
        /// Environment variables that are accessible from function code during execution.
        #[serde(rename = "Environment", skip_serializing_if = "Option::is_none")]
        pub environment: Option<Environment>,
        /// The size of the function's ``/tmp`` directory in MB. The default value is 512, but it can be any whole number between 512 and 10,240 MB.
        #[serde(rename = "EphemeralStorage", skip_serializing_if = "Option::is_none")]
        pub ephemeral_storage: Option<EphemeralStorage>,
        /// Connection settings for an Amazon EFS or Amazon S3 Files file system. To connect a function to a file system, a mount target must be available in every Availability Zone that your function connects to. If your template contains an AWS::EFS::MountTarget or AWS::S3Files::MountTarget resource, you must also specify a ``DependsOn`` attribute to ensure that the mount target is created or updated before ...
        #[serde(rename = "FileSystemConfigs", skip_serializing_if = "Option::is_none")]
        pub file_system_configs: Option<Vec<FileSystemConfig>>,
        /// The name of the Lambda function, up to 64 characters in length. If you don't specify a name, CFN generates one. If you specify a name, you cannot perform updates that require replacement of this resource. You can perform updates that require no or some interruption. If you must replace the resource, specify a new name.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "FunctionName", skip_serializing_if = "Option::is_none")]
        pub function_name: Option<Value<String>>,
        /// Configuration that defines the scaling behavior for a Lambda Managed Instances function, including the minimum and maximum number of execution environments that can be provisioned.
        #[serde(
            rename = "FunctionScalingConfig",
            skip_serializing_if = "Option::is_none"
        )]
        pub function_scaling_config: Option<FunctionScalingConfig>,
        /// The name of the method within your code that Lambda calls to run your function. Handler is required if the deployment package is a .zip file archive. The format includes the file name. It can also include namespaces and other qualifiers, depending on the runtime. For more information, see Lambda programming model.
        #[serde(rename = "Handler", skip_serializing_if = "Option::is_none")]
        pub handler: Option<Value<String>>,
        /// Configuration values that override the container image Dockerfile settings. For more information, see Container image settings.
        #[serde(rename = "ImageConfig", skip_serializing_if = "Option::is_none")]
        pub image_config: Option<ImageConfig>,
        /// The ARN of the KMSlong (KMS) customer managed key that's used to encrypt the following resources: + The function's environment variables. + The function's Lambda SnapStart snapshots. + When used with ``SourceKMSKeyArn``, the unzipped version of the .zip deployment package that's used for function invocations. For more information, see Specifying a customer managed key for Lambda. + The optimized version ...
        #[serde(rename = "KmsKeyArn", skip_serializing_if = "Option::is_none")]
        pub kms_key_arn: Option<Value<String>>,
        /// A list of function layers to add to the function's execution environment. Specify each layer by its ARN, including the version.
        #[serde(rename = "Layers", skip_serializing_if = "Option::is_none")]
        pub layers: Option<Vec<Value<String>>>,
        /// The function's Amazon CloudWatch Logs configuration settings.
        #[serde(rename = "LoggingConfig", skip_serializing_if = "Option::is_none")]
        pub logging_config: Option<LoggingConfig>,
        /// The amount of memory available to the function at runtime. Increasing the function memory also increases its CPU allocation. The default value is 128 MB. The value can be any multiple of 1 MB. Note that new AWS accounts have reduced concurrency and memory quotas. AWS raises these quotas automatically based on your usage. You can also request a quota increase.
        #[serde(rename = "MemorySize", skip_serializing_if = "Option::is_none")]
        pub memory_size: Option<Value<i64>>,
        /// The type of deployment package. Set to ``Image`` for container image and set ``Zip`` for .zip file archive.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "PackageType", skip_serializing_if = "Option::is_none")]
        pub package_type: Option<Value<String>>,
        /// The `PublishToLatestPublished` property.
        #[serde(
            rename = "PublishToLatestPublished",
            skip_serializing_if = "Option::is_none"
        )]
        pub publish_to_latest_published: Option<Value<bool>>,
        /// The status of your function's recursive loop detection configuration. When this value is set to ``Allow``and Lambda detects your function being invoked as part of a recursive loop, it doesn't take any action. When this value is set to ``Terminate`` and Lambda detects your function being invoked as part of a recursive loop, it stops your function being invoked and notifies you.
        #[serde(rename = "RecursiveLoop", skip_serializing_if = "Option::is_none")]
        pub recursive_loop: Option<Value<String>>,
        /// The number of simultaneous executions to reserve for the function.
        #[serde(
            rename = "ReservedConcurrentExecutions",
            skip_serializing_if = "Option::is_none"
        )]
        pub reserved_concurrent_executions: Option<Value<i64>>,
        /// The Amazon Resource Name (ARN) of the function's execution role.
        ///
        /// Required.
        #[serde(rename = "Role")]
        pub role: Value<String>,
        /// The identifier of the function's runtime. Runtime is required if the deployment package is a .zip file archive. Specifying a runtime results in an error if you're deploying a function using a container image. The following list includes deprecated runtimes. Lambda blocks creating new functions and updating existing functions shortly after each runtime is deprecated. For more information, see Runtime ...
        #[serde(rename = "Runtime", skip_serializing_if = "Option::is_none")]
        pub runtime: Option<Value<String>>,
        /// Sets the runtime management configuration for a function's version. For more information, see Runtime updates.
        #[serde(
            rename = "RuntimeManagementConfig",
            skip_serializing_if = "Option::is_none"
        )]
        pub runtime_management_config: Option<RuntimeManagementConfig>,
        /// The function's SnapStart setting.
        #[serde(rename = "SnapStart", skip_serializing_if = "Option::is_none")]
        pub snap_start: Option<SnapStart>,
        /// A list of tags to apply to the function. You must have the ``lambda:TagResource``, ``lambda:UntagResource``, and ``lambda:ListTags`` permissions for your principal to manage the CFN stack. If you don't have these permissions, there might be unexpected behavior with stack-level tags propagating to the resource during resource creation and update.
        #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<crate::cfn::Tag>>,
        /// The function's tenant isolation configuration settings. Determines whether the Lambda function runs on a shared or dedicated infrastructure per unique tenant.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "TenancyConfig", skip_serializing_if = "Option::is_none")]
        pub tenancy_config: Option<TenancyConfig>,
        /// The amount of time (in seconds) that Lambda allows a function to run before stopping it. The default is 3 seconds, and the maximum allowed value is 900 seconds. For functions using Lambda Managed Instances, asynchronous invocations and event source mapping invocations (except Amazon MQ and Amazon DocumentDB) support a maximum allowed value of 5,400 seconds (90 minutes). For more information, see Lambda ...
        #[serde(rename = "Timeout", skip_serializing_if = "Option::is_none")]
        pub timeout: Option<Value<i64>>,
        /// Set ``Mode`` to ``Active`` to sample and trace a subset of incoming requests with X-Ray.
        #[serde(rename = "TracingConfig", skip_serializing_if = "Option::is_none")]
        pub tracing_config: Option<TracingConfig>,
        /// For network connectivity to AWS resources in a VPC, specify a list of security groups and subnets in the VPC. When you connect a function to a VPC, it can access resources and the internet only through that VPC. For more information, see Configuring a Lambda function to access resources in a VPC.
        #[serde(rename = "VpcConfig", skip_serializing_if = "Option::is_none")]
        pub vpc_config: Option<VpcConfig>,
    }

    impl CfnResource for Function {
        const TYPE: &'static str = "AWS::Lambda::Function";
        const TAGGING: Tagging = Tagging::List;
    }

    /// Configuration for the capacity provider that manages compute resources for Lambda functions.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct CapacityProviderConfig {
        /// Configuration for Lambda-managed instances used by the capacity provider.
        ///
        /// Required.
        #[serde(rename = "LambdaManagedInstancesCapacityProviderConfig")]
        pub lambda_managed_instances_capacity_provider_config:
            LambdaManagedInstancesCapacityProviderConfig,
    }

    /// The deployment package for a Lambda function. To deploy a function defined as a container image, you specify the location of a container image in the Amazon ECR registry. For a .zip file deployment package, you can specify the location of an object in Amazon S3. For Node.js and Python functions, you can specify the function code inline in the template. When you specify source code inline for a Node.js ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Code {
        /// URI of a container image in the Amazon ECR registry.
        #[serde(rename = "ImageUri", skip_serializing_if = "Option::is_none")]
        pub image_uri: Option<Value<String>>,
        /// An Amazon S3 bucket in the same AWS-Region as your function. The bucket can be in a different AWS-account.
        #[serde(rename = "S3Bucket", skip_serializing_if = "Option::is_none")]
        pub s3_bucket: Option<Value<String>>,
        /// The Amazon S3 key of the deployment package.
        #[serde(rename = "S3Key", skip_serializing_if = "Option::is_none")]
        pub s3_key: Option<Value<String>>,
        /// Specifies the storage mode for the deployment package. Use ``COPY`` to store the package in LAMlong-managed storage. Use ``REFERENCE`` to read the package directly from the Amazon S3 bucket. If omitted, the default is ``COPY``.
        #[serde(
            rename = "S3ObjectStorageMode",
            skip_serializing_if = "Option::is_none"
        )]
        pub s3_object_storage_mode: Option<Value<String>>,
        /// For versioned objects, the version of the deployment package object to use.
        #[serde(rename = "S3ObjectVersion", skip_serializing_if = "Option::is_none")]
        pub s3_object_version: Option<Value<String>>,
        /// The ARN of the KMSlong (KMS) customer managed key that's used to encrypt your function's .zip deployment package. If you don't provide a customer managed key, Lambda uses an owned key.
        #[serde(rename = "SourceKMSKeyArn", skip_serializing_if = "Option::is_none")]
        pub source_kms_key_arn: Option<Value<String>>,
        /// (Node.js and Python) The source code of your Lambda function. If you include your function source inline with this parameter, CFN places it in a file named ``index`` and zips it to create a deployment package. This zip file cannot exceed 4MB. For the ``Handler`` property, the first part of the handler identifier must be ``index``. For example, ``index.handler``. When you specify source code inline ...
        #[serde(rename = "ZipFile", skip_serializing_if = "Option::is_none")]
        pub zip_file: Option<Value<String>>,
    }

    /// The dead-letter queue for failed asynchronous invocations.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct DeadLetterConfig {
        /// The Amazon Resource Name (ARN) of an Amazon SQS queue or Amazon SNS topic.
        #[serde(rename = "TargetArn", skip_serializing_if = "Option::is_none")]
        pub target_arn: Option<Value<String>>,
    }

    /// Configuration settings for durable functions, including execution timeout, retention period for execution history, and an optional ARN of the KMSlong (KMS) customer managed key that is used to encrypt your durable execution's payload data, including input, output, and error payloads.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct DurableConfig {
        /// The maximum time (in seconds) that a durable execution can run before timing out. This timeout applies to the entire durable execution, not individual function invocations.
        ///
        /// Required.
        #[serde(rename = "ExecutionTimeout")]
        pub execution_timeout: Value<i64>,
        /// The ARN of the KMSlong (KMS) customer managed key that is used to encrypt your durable execution's payload data, including input, output, and error payloads.
        #[serde(rename = "KMSKeyArn", skip_serializing_if = "Option::is_none")]
        pub kms_key_arn: Option<Value<String>>,
        /// The number of days to retain execution history after a durable execution completes. After this period, execution history is no longer available through the GetDurableExecutionHistory API.
        #[serde(
            rename = "RetentionPeriodInDays",
            skip_serializing_if = "Option::is_none"
        )]
        pub retention_period_in_days: Option<Value<i64>>,
    }

    /// A function's environment variable settings. You can use environment variables to adjust your function's behavior without updating code. An environment variable is a pair of strings that are stored in a function's version-specific configuration.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Environment {
        /// Environment variable key-value pairs. For more information, see Using Lambda environment variables. If the value of the environment variable is a time or a duration, enclose the value in quotes.
        #[serde(rename = "Variables", skip_serializing_if = "Option::is_none")]
        pub variables: Option<Json>,
    }

    /// The size of the function's ``/tmp`` directory in MB. The default value is 512, but it can be any whole number between 512 and 10,240 MB.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct EphemeralStorage {
        /// The size of the function's ``/tmp`` directory.
        ///
        /// Required.
        #[serde(rename = "Size")]
        pub size: Value<i64>,
    }

    /// Details about the connection between a Lambda function and an Amazon EFS file system or an Amazon S3 file system.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct FileSystemConfig {
        /// The Amazon Resource Name (ARN) of the Amazon EFS or Amazon S3 Files access point that provides access to the file system.
        ///
        /// Required.
        #[serde(rename = "Arn")]
        pub arn: Value<String>,
        /// The path where the function can access the file system, starting with ``/mnt/``.
        ///
        /// Required.
        #[serde(rename = "LocalMountPath")]
        pub local_mount_path: Value<String>,
        /// The configuration for how your function accesses data on an Amazon S3 file system. Valid only when the file system access point ARN is an Amazon S3 Files access point. If you specify a different access point type (for example, Amazon Elastic File System), the operation returns an ``InvalidParameterException``.
        #[serde(rename = "S3FilesConfig", skip_serializing_if = "Option::is_none")]
        pub s3_files_config: Option<S3FilesConfig>,
    }

    /// Configuration that defines the scaling behavior for a Lambda Managed Instances function, including the minimum and maximum number of execution environments that can be provisioned.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct FunctionScalingConfig {
        /// The maximum number of execution environments that can be provisioned for the function.
        #[serde(
            rename = "MaxExecutionEnvironments",
            skip_serializing_if = "Option::is_none"
        )]
        pub max_execution_environments: Option<Value<i64>>,
        /// The minimum number of execution environments to maintain for the function.
        #[serde(
            rename = "MinExecutionEnvironments",
            skip_serializing_if = "Option::is_none"
        )]
        pub min_execution_environments: Option<Value<i64>>,
    }

    /// Configuration values that override the container image Dockerfile settings. For more information, see Container image settings.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ImageConfig {
        /// Specifies parameters that you want to pass in with ENTRYPOINT. You can specify a maximum of 1,500 parameters in the list.
        #[serde(rename = "Command", skip_serializing_if = "Option::is_none")]
        pub command: Option<Vec<Value<String>>>,
        /// Specifies the entry point to their application, which is typically the location of the runtime executable. You can specify a maximum of 1,500 string entries in the list.
        #[serde(rename = "EntryPoint", skip_serializing_if = "Option::is_none")]
        pub entry_point: Option<Vec<Value<String>>>,
        /// Specifies the working directory. The length of the directory string cannot exceed 1,000 characters.
        #[serde(rename = "WorkingDirectory", skip_serializing_if = "Option::is_none")]
        pub working_directory: Option<Value<String>>,
    }

    /// Configuration for Lambda-managed instances used by the capacity provider.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct LambdaManagedInstancesCapacityProviderConfig {
        /// The Amazon Resource Name (ARN) of the capacity provider.
        ///
        /// Required.
        #[serde(rename = "CapacityProviderArn")]
        pub capacity_provider_arn: Value<String>,
        /// The amount of memory in GiB allocated per vCPU for execution environments.
        #[serde(
            rename = "ExecutionEnvironmentMemoryGiBPerVCpu",
            skip_serializing_if = "Option::is_none"
        )]
        pub execution_environment_memory_gi_b_per_v_cpu: Option<Value<f64>>,
        /// The maximum number of concurrent executions that can run on each execution environment.
        #[serde(
            rename = "PerExecutionEnvironmentMaxConcurrency",
            skip_serializing_if = "Option::is_none"
        )]
        pub per_execution_environment_max_concurrency: Option<Value<i64>>,
    }

    /// The function's Amazon CloudWatch Logs configuration settings.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct LoggingConfig {
        /// Set this property to filter the application logs for your function that Lambda sends to CloudWatch. Lambda only sends application logs at the selected level of detail and lower, where ``TRACE`` is the highest level and ``FATAL`` is the lowest.
        #[serde(
            rename = "ApplicationLogLevel",
            skip_serializing_if = "Option::is_none"
        )]
        pub application_log_level: Option<Value<String>>,
        /// The format in which Lambda sends your function's application and system logs to CloudWatch. Select between plain text and structured JSON.
        #[serde(rename = "LogFormat", skip_serializing_if = "Option::is_none")]
        pub log_format: Option<Value<String>>,
        /// The name of the Amazon CloudWatch log group the function sends logs to. By default, Lambda functions send logs to a default log group named ``/aws/lambda/&lt;function name&gt;``. To use a different log group, enter an existing log group or enter a new log group name.
        #[serde(rename = "LogGroup", skip_serializing_if = "Option::is_none")]
        pub log_group: Option<Value<String>>,
        /// Set this property to filter the system logs for your function that Lambda sends to CloudWatch. Lambda only sends system logs at the selected level of detail and lower, where ``DEBUG`` is the highest level and ``WARN`` is the lowest.
        #[serde(rename = "SystemLogLevel", skip_serializing_if = "Option::is_none")]
        pub system_log_level: Option<Value<String>>,
    }

    /// Sets the runtime management configuration for a function's version. For more information, see Runtime updates.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct RuntimeManagementConfig {
        /// The ARN of the runtime version you want the function to use. This is only required if you're using the *Manual* runtime update mode.
        #[serde(rename = "RuntimeVersionArn", skip_serializing_if = "Option::is_none")]
        pub runtime_version_arn: Option<Value<String>>,
        /// Specify the runtime update mode. + *Auto (default)* - Automatically update to the most recent and secure runtime version using a Two-phase runtime version rollout. This is the best choice for most customers to ensure they always benefit from runtime updates. + *FunctionUpdate* - LAM updates the runtime of you function to the most recent and secure runtime version when you update your function. This ...
        ///
        /// Required.
        #[serde(rename = "UpdateRuntimeOn")]
        pub update_runtime_on: Value<String>,
    }

    /// Setting controls how your function accesses data from an Amazon S3 file system.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct S3FilesConfig {
        /// Specifies if a function reads from the file system for the lowest latency, or through Amazon S3 Files feature "direct Amazon S3 bucket reads" for the highest throughput. Valid values: + ``AUTO`` (default) – Direct reads are active for functions you configure with 512 MB or more of memory. + ``ENABLED`` – Enforces all reads are directly from the Amazon S3 bucket, regardless of available memory (less ...
        #[serde(rename = "DirectS3Read", skip_serializing_if = "Option::is_none")]
        pub direct_s3_read: Option<Value<String>>,
    }

    /// The function's SnapStart setting.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct SnapStart {
        /// Set ``ApplyOn`` to ``PublishedVersions`` to create a snapshot of the initialized execution environment when you publish a function version.
        ///
        /// Required.
        #[serde(rename = "ApplyOn")]
        pub apply_on: Value<String>,
    }

    /// The function's SnapStart setting.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct SnapStartResponse {
        /// When set to ``PublishedVersions``, Lambda creates a snapshot of the execution environment when you publish a function version.
        #[serde(rename = "ApplyOn", skip_serializing_if = "Option::is_none")]
        pub apply_on: Option<Value<String>>,
        /// When you provide a qualified Amazon Resource Name (ARN), this response element indicates whether SnapStart is activated for the specified function version.
        #[serde(rename = "OptimizationStatus", skip_serializing_if = "Option::is_none")]
        pub optimization_status: Option<Value<String>>,
    }

    /// Specifies the tenant isolation mode configuration for a Lambda function. This allows you to configure specific tenant isolation strategies for your function invocations. Tenant isolation configuration cannot be modified after function creation.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct TenancyConfig {
        /// Tenant isolation mode allows for invocation to be sent to a corresponding execution environment dedicated to a specific tenant ID.
        ///
        /// Required.
        #[serde(rename = "TenantIsolationMode")]
        pub tenant_isolation_mode: Value<String>,
    }

    /// The function's tracing configuration. To sample and record incoming requests, set ``Mode`` to ``Active``.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct TracingConfig {
        /// The tracing mode.
        #[serde(rename = "Mode", skip_serializing_if = "Option::is_none")]
        pub mode: Option<Value<String>>,
    }

    /// The VPC security groups and subnets that are attached to a Lambda function. When you connect a function to a VPC, Lambda creates an elastic network interface for each combination of security group and subnet in the function's VPC configuration. The function can only access resources and the internet through that VPC. For more information, see VPC Settings. When you delete a function, CFN monitors the ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct VpcConfig {
        /// Allows outbound IPv6 traffic on VPC functions that are connected to dual-stack subnets.
        #[serde(
            rename = "Ipv6AllowedForDualStack",
            skip_serializing_if = "Option::is_none"
        )]
        pub ipv6_allowed_for_dual_stack: Option<Value<bool>>,
        /// A list of VPC security group IDs.
        #[serde(rename = "SecurityGroupIds", skip_serializing_if = "Option::is_none")]
        pub security_group_ids: Option<Vec<Value<String>>>,
        /// A list of VPC subnet IDs.
        #[serde(rename = "SubnetIds", skip_serializing_if = "Option::is_none")]
        pub subnet_ids: Option<Vec<Value<String>>>,
    }
}
pub use function::Function;

/// `AWS::Lambda::Permission`: the resource and its property types.
pub mod permission {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// The ``AWS::Lambda::Permission`` resource grants an AWS service or another account permission to use a function. You can apply the policy at the function level, or specify a qualifier to restrict access to a single version or alias. If you use a qualifier, the invoker must use the full Amazon Resource Name (ARN) of that version or alias to invoke the function. To grant permission to another account, ...
    ///
    /// CloudFormation type `AWS::Lambda::Permission`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Permission {
        /// The action that the principal can use on the function. For example, ``lambda:InvokeFunction`` or ``lambda:GetFunction``.
        ///
        /// Required.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "Action")]
        pub action: Value<String>,
        /// For Alexa Smart Home functions, a token that the invoker must supply.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "EventSourceToken", skip_serializing_if = "Option::is_none")]
        pub event_source_token: Option<Value<String>>,
        /// The name or ARN of the Lambda function, version, or alias. **Name formats** + *Function name* – ``my-function`` (name-only), ``my-function:v1`` (with alias). + *Function ARN* – ``arn:aws:lambda:us-west-2:123456789012:function:my-function``. + *Partial ARN* – ``123456789012:function:my-function``. You can append a version number or alias to any of the formats. The length constraint applies only ...
        ///
        /// Required.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "FunctionName")]
        pub function_name: Value<String>,
        /// The type of authentication that your function URL uses. Set to ``AWS_IAM`` if you want to restrict access to authenticated users only. Set to ``NONE`` if you want to bypass IAM authentication to create a public endpoint. For more information, see Control access to Lambda function URLs.
        ///
        /// Changing it replaces the resource.
        #[serde(
            rename = "FunctionUrlAuthType",
            skip_serializing_if = "Option::is_none"
        )]
        pub function_url_auth_type: Option<Value<String>>,
        /// Indicates whether the permission applies when the function is invoked through a function URL.
        ///
        /// Changing it replaces the resource.
        #[serde(
            rename = "InvokedViaFunctionUrl",
            skip_serializing_if = "Option::is_none"
        )]
        pub invoked_via_function_url: Option<Value<bool>>,
        /// The AWS-service, AWS-account, IAM user, or IAM role that invokes the function. If you specify a service, use ``SourceArn`` or ``SourceAccount`` to limit who can invoke the function through that service.
        ///
        /// Required.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "Principal")]
        pub principal: Value<String>,
        /// The identifier for your organization in AOlong. Use this to grant permissions to all the AWS-accounts under this organization.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "PrincipalOrgID", skip_serializing_if = "Option::is_none")]
        pub principal_org_id: Option<Value<String>>,
        /// For AWS-service, the ID of the AWS-account that owns the resource. Use this together with ``SourceArn`` to ensure that the specified account owns the resource. It is possible for an Amazon S3 bucket to be deleted by its owner and recreated by another account.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "SourceAccount", skip_serializing_if = "Option::is_none")]
        pub source_account: Option<Value<String>>,
        /// For AWS-services, the ARN of the AWS resource that invokes the function. For example, an Amazon S3 bucket or Amazon SNS topic. Note that Lambda configures the comparison using the ``StringLike`` operator.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "SourceArn", skip_serializing_if = "Option::is_none")]
        pub source_arn: Option<Value<String>>,
    }

    impl CfnResource for Permission {
        const TYPE: &'static str = "AWS::Lambda::Permission";
        const TAGGING: Tagging = Tagging::None;
    }
}
pub use permission::Permission;

/// `AWS::Lambda::Url`: the resource and its property types.
pub mod url {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// Resource Type definition for AWS::Lambda::Url
    ///
    /// CloudFormation type `AWS::Lambda::Url`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Url {
        /// Can be either AWS_IAM if the requests are authorized via IAM, or NONE if no authorization is configured on the Function URL.
        ///
        /// Required.
        #[serde(rename = "AuthType")]
        pub auth_type: Value<String>,
        /// The `Cors` property.
        #[serde(rename = "Cors", skip_serializing_if = "Option::is_none")]
        pub cors: Option<Cors>,
        /// The invocation mode for the function's URL. Set to BUFFERED if you want to buffer responses before returning them to the client. Set to RESPONSE_STREAM if you want to stream responses, allowing faster time to first byte and larger response payload sizes. If not set, defaults to BUFFERED.
        #[serde(rename = "InvokeMode", skip_serializing_if = "Option::is_none")]
        pub invoke_mode: Option<Value<String>>,
        /// The alias qualifier for the target function. If TargetFunctionArn is unqualified then Qualifier must be passed.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "Qualifier", skip_serializing_if = "Option::is_none")]
        pub qualifier: Option<Value<String>>,
        /// The Amazon Resource Name (ARN) of the function associated with the Function URL.
        ///
        /// Required.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "TargetFunctionArn")]
        pub target_function_arn: Value<String>,
    }

    impl CfnResource for Url {
        const TYPE: &'static str = "AWS::Lambda::Url";
        const TAGGING: Tagging = Tagging::None;
    }

    /// The `Cors` property type of `AWS::Lambda::Url`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Cors {
        /// Specifies whether credentials are included in the CORS request.
        #[serde(rename = "AllowCredentials", skip_serializing_if = "Option::is_none")]
        pub allow_credentials: Option<Value<bool>>,
        /// Represents a collection of allowed headers.
        #[serde(rename = "AllowHeaders", skip_serializing_if = "Option::is_none")]
        pub allow_headers: Option<Vec<Value<String>>>,
        /// Represents a collection of allowed HTTP methods.
        #[serde(rename = "AllowMethods", skip_serializing_if = "Option::is_none")]
        pub allow_methods: Option<Vec<Value<String>>>,
        /// Represents a collection of allowed origins.
        #[serde(rename = "AllowOrigins", skip_serializing_if = "Option::is_none")]
        pub allow_origins: Option<Vec<Value<String>>>,
        /// Represents a collection of exposed headers.
        #[serde(rename = "ExposeHeaders", skip_serializing_if = "Option::is_none")]
        pub expose_headers: Option<Vec<Value<String>>>,
        /// The `MaxAge` property.
        #[serde(rename = "MaxAge", skip_serializing_if = "Option::is_none")]
        pub max_age: Option<Value<i64>>,
    }
}
pub use url::Url;

/// `AWS::Lambda::EventSourceMapping`: the resource and its property types.
pub mod event_source_mapping {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// The ``AWS::Lambda::EventSourceMapping`` resource creates a mapping between an event source and an LAMlong function. LAM reads items from the event source and triggers the function. For details about each event source type, see the following topics. In particular, each of the topics describes the required and optional parameters for the specific event source. + Configuring a Dynamo DB stream as an event ...
    ///
    /// CloudFormation type `AWS::Lambda::EventSourceMapping`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct EventSourceMapping {
        /// Specific configuration settings for an Amazon Managed Streaming for Apache Kafka (Amazon MSK) event source.
        #[serde(
            rename = "AmazonManagedKafkaEventSourceConfig",
            skip_serializing_if = "Option::is_none"
        )]
        pub amazon_managed_kafka_event_source_config: Option<AmazonManagedKafkaEventSourceConfig>,
        /// The maximum number of records in each batch that Lambda pulls from your stream or queue and sends to your function. Lambda passes all of the records in the batch to the function in a single call, up to the payload limit for synchronous invocation (6 MB). + *Amazon Kinesis* – Default 100. Max 10,000. + *Amazon DynamoDB Streams* – Default 100. Max 10,000. + *Amazon Simple Queue Service* – Default ...
        #[serde(rename = "BatchSize", skip_serializing_if = "Option::is_none")]
        pub batch_size: Option<Value<i64>>,
        /// (Kinesis and DynamoDB Streams only) If the function returns an error, split the batch in two and retry. The default value is false. When using ``BisectBatchOnFunctionError``, check the ``BatchSize`` parameter in the ``OnFailure`` destination message's metadata. The ``BatchSize`` could be greater than 1 since LAM consolidates failed messages metadata when writing to the ``OnFailure`` destination.
        #[serde(
            rename = "BisectBatchOnFunctionError",
            skip_serializing_if = "Option::is_none"
        )]
        pub bisect_batch_on_function_error: Option<Value<bool>>,
        /// (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) A configuration object that specifies the destination of an event after Lambda processes it.
        #[serde(rename = "DestinationConfig", skip_serializing_if = "Option::is_none")]
        pub destination_config: Option<DestinationConfig>,
        /// Specific configuration settings for a DocumentDB event source.
        #[serde(
            rename = "DocumentDBEventSourceConfig",
            skip_serializing_if = "Option::is_none"
        )]
        pub document_db_event_source_config: Option<DocumentDbEventSourceConfig>,
        /// When true, the event source mapping is active. When false, Lambda pauses polling and invocation. Default: True
        #[serde(rename = "Enabled", skip_serializing_if = "Option::is_none")]
        pub enabled: Option<Value<bool>>,
        /// The Amazon Resource Name (ARN) of the event source. + *Amazon Kinesis* – The ARN of the data stream or a stream consumer. + *Amazon DynamoDB Streams* – The ARN of the stream. + *Amazon Simple Queue Service* – The ARN of the queue. + *Amazon Managed Streaming for Apache Kafka* – The ARN of the cluster or the ARN of the VPC connection (for cross-account event source mappings). + *Amazon MQ* – ...
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "EventSourceArn", skip_serializing_if = "Option::is_none")]
        pub event_source_arn: Option<Value<String>>,
        /// An object that defines the filter criteria that determine whether Lambda should process an event. For more information, see Lambda event filtering.
        #[serde(rename = "FilterCriteria", skip_serializing_if = "Option::is_none")]
        pub filter_criteria: Option<FilterCriteria>,
        /// The name or ARN of the Lambda function. **Name formats** + *Function name* – ``MyFunction``. + *Function ARN* – ``arn:aws:lambda:us-west-2:123456789012:function:MyFunction``. + *Version or Alias ARN* – ``arn:aws:lambda:us-west-2:123456789012:function:MyFunction:PROD``. + *Partial ARN* – ``123456789012:function:MyFunction``. The length constraint applies only to the full ARN. If you specify ...
        ///
        /// Required.
        #[serde(rename = "FunctionName")]
        pub function_name: Value<String>,
        /// (Kinesis, DynamoDB Streams, and SQS) A list of current response type enums applied to the event source mapping. Valid Values: ``ReportBatchItemFailures``
        #[serde(
            rename = "FunctionResponseTypes",
            skip_serializing_if = "Option::is_none"
        )]
        pub function_response_types: Option<Vec<Value<String>>>,
        /// The ARN of the KMSlong (KMS) customer managed key that Lambda uses to encrypt your function's filter criteria.
        #[serde(rename = "KmsKeyArn", skip_serializing_if = "Option::is_none")]
        pub kms_key_arn: Option<Value<String>>,
        /// (Amazon MSK, and self-managed Apache Kafka only) The logging configuration for your event source. For more information, see Event source mapping logging.
        #[serde(rename = "LoggingConfig", skip_serializing_if = "Option::is_none")]
        pub logging_config: Option<LoggingConfig>,
        /// The maximum amount of time, in seconds, that Lambda spends gathering records before invoking the function. *Default (, , event sources)*: 0 *Default (, Kafka, , event sources)*: 500 ms *Related setting:* For SQS event sources, when you set ``BatchSize`` to a value greater than 10, you must set ``MaximumBatchingWindowInSeconds`` to at least 1.
        #[serde(
            rename = "MaximumBatchingWindowInSeconds",
            skip_serializing_if = "Option::is_none"
        )]
        pub maximum_batching_window_in_seconds: Option<Value<i64>>,
        /// (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) Discard records older than the specified age. The default value is -1, which sets the maximum age to infinite. When the value is set to infinite, Lambda never discards old records. The minimum valid value for maximum record age is 60s. Although values less than 60 and greater than -1 fall within the parameter's absolute range, they ...
        #[serde(
            rename = "MaximumRecordAgeInSeconds",
            skip_serializing_if = "Option::is_none"
        )]
        pub maximum_record_age_in_seconds: Option<Value<i64>>,
        /// (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) Discard records after the specified number of retries. The default value is -1, which sets the maximum number of retries to infinite. When MaximumRetryAttempts is infinite, Lambda retries failed records until the record expires in the event source.
        #[serde(
            rename = "MaximumRetryAttempts",
            skip_serializing_if = "Option::is_none"
        )]
        pub maximum_retry_attempts: Option<Value<i64>>,
        /// The metrics configuration for your event source. For more information, see Event source mapping metrics.
        #[serde(rename = "MetricsConfig", skip_serializing_if = "Option::is_none")]
        pub metrics_config: Option<MetricsConfig>,
        /// (Kinesis and DynamoDB Streams only) The number of batches to process concurrently from each shard. The default value is 1.
        #[serde(
            rename = "ParallelizationFactor",
            skip_serializing_if = "Option::is_none"
        )]
        pub parallelization_factor: Option<Value<i64>>,
        /// (Amazon SQS, Amazon MSK, and self-managed Apache Kafka only) The provisioned mode configuration for the event source. For more information, see provisioned mode.
        #[serde(
            rename = "ProvisionedPollerConfig",
            skip_serializing_if = "Option::is_none"
        )]
        pub provisioned_poller_config: Option<ProvisionedPollerConfig>,
        /// (Amazon MQ) The name of the Amazon MQ broker destination queue to consume.
        #[serde(rename = "Queues", skip_serializing_if = "Option::is_none")]
        pub queues: Option<Vec<Value<String>>>,
        /// This property is for Amazon SQS event sources only. You cannot use ``ProvisionedPollerConfig`` while using ``ScalingConfig``. These options are mutually exclusive. To remove the scaling configuration, pass an empty value.
        #[serde(rename = "ScalingConfig", skip_serializing_if = "Option::is_none")]
        pub scaling_config: Option<ScalingConfig>,
        /// The self-managed Apache Kafka cluster for your event source.
        ///
        /// Changing it replaces the resource.
        #[serde(
            rename = "SelfManagedEventSource",
            skip_serializing_if = "Option::is_none"
        )]
        pub self_managed_event_source: Option<SelfManagedEventSource>,
        /// Specific configuration settings for a self-managed Apache Kafka event source.
        #[serde(
            rename = "SelfManagedKafkaEventSourceConfig",
            skip_serializing_if = "Option::is_none"
        )]
        pub self_managed_kafka_event_source_config: Option<SelfManagedKafkaEventSourceConfig>,
        /// An array of the authentication protocol, VPC components, or virtual host to secure and define your event source.
        #[serde(
            rename = "SourceAccessConfigurations",
            skip_serializing_if = "Option::is_none"
        )]
        pub source_access_configurations: Option<Vec<SourceAccessConfiguration>>,
        /// The position in a stream from which to start reading. Required for Amazon Kinesis and Amazon DynamoDB. + *LATEST* - Read only new records. + *TRIM_HORIZON* - Process all available records. + *AT_TIMESTAMP* - Specify a time from which to start reading records.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "StartingPosition", skip_serializing_if = "Option::is_none")]
        pub starting_position: Option<Value<String>>,
        /// With ``StartingPosition`` set to ``AT_TIMESTAMP``, the time from which to start reading, in Unix time seconds. ``StartingPositionTimestamp`` cannot be in the future.
        ///
        /// Changing it replaces the resource.
        #[serde(
            rename = "StartingPositionTimestamp",
            skip_serializing_if = "Option::is_none"
        )]
        pub starting_position_timestamp: Option<Value<f64>>,
        /// A list of tags to add to the event source mapping. You must have the ``lambda:TagResource``, ``lambda:UntagResource``, and ``lambda:ListTags`` permissions for your principal to manage the CFN stack. If you don't have these permissions, there might be unexpected behavior with stack-level tags propagating to the resource during resource creation and update.
        #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<crate::cfn::Tag>>,
        /// The name of the Kafka topic.
        #[serde(rename = "Topics", skip_serializing_if = "Option::is_none")]
        pub topics: Option<Vec<Value<String>>>,
        /// (Kinesis and DynamoDB Streams only) The duration in seconds of a processing window for DynamoDB and Kinesis Streams event sources. A value of 0 seconds indicates no tumbling window.
        #[serde(
            rename = "TumblingWindowInSeconds",
            skip_serializing_if = "Option::is_none"
        )]
        pub tumbling_window_in_seconds: Option<Value<i64>>,
    }

    impl CfnResource for EventSourceMapping {
        const TYPE: &'static str = "AWS::Lambda::EventSourceMapping";
        const TAGGING: Tagging = Tagging::List;
    }

    /// Specific configuration settings for an Amazon Managed Streaming for Apache Kafka (Amazon MSK) event source.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct AmazonManagedKafkaEventSourceConfig {
        /// The identifier for the Kafka consumer group to join. The consumer group ID must be unique among all your Kafka event sources. After creating a Kafka event source mapping with the consumer group ID specified, you cannot update this value. For more information, see Customizable consumer group ID.
        #[serde(rename = "ConsumerGroupId", skip_serializing_if = "Option::is_none")]
        pub consumer_group_id: Option<Value<String>>,
        /// Specific configuration settings for a Kafka schema registry.
        #[serde(
            rename = "SchemaRegistryConfig",
            skip_serializing_if = "Option::is_none"
        )]
        pub schema_registry_config: Option<SchemaRegistryConfig>,
    }

    /// A configuration object that specifies the destination of an event after Lambda processes it. For more information, see Adding a destination.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct DestinationConfig {
        /// The destination configuration for failed invocations.
        #[serde(rename = "OnFailure", skip_serializing_if = "Option::is_none")]
        pub on_failure: Option<OnFailure>,
    }

    /// Specific configuration settings for a DocumentDB event source.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct DocumentDbEventSourceConfig {
        /// The name of the collection to consume within the database. If you do not specify a collection, Lambda consumes all collections.
        #[serde(rename = "CollectionName", skip_serializing_if = "Option::is_none")]
        pub collection_name: Option<Value<String>>,
        /// The name of the database to consume within the DocumentDB cluster.
        #[serde(rename = "DatabaseName", skip_serializing_if = "Option::is_none")]
        pub database_name: Option<Value<String>>,
        /// Determines what DocumentDB sends to your event stream during document update operations. If set to UpdateLookup, DocumentDB sends a delta describing the changes, along with a copy of the entire document. Otherwise, DocumentDB sends only a partial document that contains the changes.
        #[serde(rename = "FullDocument", skip_serializing_if = "Option::is_none")]
        pub full_document: Option<Value<String>>,
    }

    /// The list of bootstrap servers for your Kafka brokers in the following format: ``"KafkaBootstrapServers": \["abc.xyz.com:xxxx","abc2.xyz.com:xxxx"\]``.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Endpoints {
        /// The list of bootstrap servers for your Kafka brokers in the following format: ``"KafkaBootstrapServers": \["abc.xyz.com:xxxx","abc2.xyz.com:xxxx"\]``.
        #[serde(
            rename = "KafkaBootstrapServers",
            skip_serializing_if = "Option::is_none"
        )]
        pub kafka_bootstrap_servers: Option<Vec<Value<String>>>,
    }

    /// A structure within a ``FilterCriteria`` object that defines an event filtering pattern.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Filter {
        /// A filter pattern. For more information on the syntax of a filter pattern, see Filter rule syntax.
        #[serde(rename = "Pattern", skip_serializing_if = "Option::is_none")]
        pub pattern: Option<Value<String>>,
    }

    /// An object that contains the filters for an event source.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct FilterCriteria {
        /// A list of filters.
        #[serde(rename = "Filters", skip_serializing_if = "Option::is_none")]
        pub filters: Option<Vec<Filter>>,
    }

    /// The function's Amazon CloudWatch Logs configuration settings.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct LoggingConfig {
        /// Set this property to filter the system logs for your function that Lambda sends to CloudWatch. Lambda only sends system logs at the selected level of detail and lower, where ``DEBUG`` is the highest level and ``WARN`` is the lowest.
        #[serde(rename = "SystemLogLevel", skip_serializing_if = "Option::is_none")]
        pub system_log_level: Option<Value<String>>,
    }

    /// The metrics configuration for your event source. Use this configuration object to define which metrics you want your event source mapping to produce.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct MetricsConfig {
        /// The metrics you want your event source mapping to produce, including ``EventCount``, ``ErrorCount``, ``KafkaMetrics``. + ``EventCount`` to receive metrics related to the number of events processed by your event source mapping. + ``ErrorCount`` (Amazon MSK and self-managed Apache Kafka) to receive metrics related to the number of errors in your event source mapping processing. + ``KafkaMetrics`` (Amazon ...
        #[serde(rename = "Metrics", skip_serializing_if = "Option::is_none")]
        pub metrics: Option<Vec<Value<String>>>,
    }

    /// A destination for events that failed processing. For more information, see Adding a destination.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct OnFailure {
        /// The Amazon Resource Name (ARN) of the destination resource. To retain records of failed invocations from Kinesis, DynamoDB, self-managed Apache Kafka, or Amazon MSK, you can configure an Amazon SNS topic, Amazon SQS queue, Amazon S3 bucket, or Kafka topic as the destination. Amazon SNS destinations have a message size limit of 256 KB. If the combined size of the function request and response payload ...
        #[serde(rename = "Destination", skip_serializing_if = "Option::is_none")]
        pub destination: Option<Value<String>>,
    }

    /// The provisioned mode configuration for the event source. Use Provisioned Mode to customize the minimum and maximum number of event pollers for your event source.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ProvisionedPollerConfig {
        /// The maximum number of event pollers this event source can scale up to. For Amazon SQS event source mappings, the accepted range is between 2 and 10,000, with a default of 200. For Amazon MSK and self-managed Apache Kafka event source mappings, the accepted range is between 1 and 2,000, with a default of 200.
        #[serde(rename = "MaximumPollers", skip_serializing_if = "Option::is_none")]
        pub maximum_pollers: Option<Value<i64>>,
        /// The minimum number of event pollers this event source can scale down to. For Amazon SQS events source mappings, default is 2, and minimum 2 required. For Amazon MSK and self-managed Apache Kafka event source mappings, default is 1.
        #[serde(rename = "MinimumPollers", skip_serializing_if = "Option::is_none")]
        pub minimum_pollers: Option<Value<i64>>,
        /// (Amazon MSK and self-managed Apache Kafka) The name of the provisioned poller group. Use this option to group multiple ESMs within the event source's VPC to share Event Poller Unit (EPU) capacity. You can use this option to optimize Provisioned mode costs for your ESMs. You can group up to 100 ESMs per poller group and aggregate maximum pollers across all ESMs in a group cannot exceed 2000.
        #[serde(rename = "PollerGroupName", skip_serializing_if = "Option::is_none")]
        pub poller_group_name: Option<Value<String>>,
    }

    /// (Amazon SQS only) The scaling configuration for the event source. To remove the configuration, pass an empty value.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ScalingConfig {
        /// Limits the number of concurrent instances that the SQS event source can invoke.
        #[serde(rename = "MaximumConcurrency", skip_serializing_if = "Option::is_none")]
        pub maximum_concurrency: Option<Value<i64>>,
    }

    /// Specific access configuration settings that tell Lambda how to authenticate with your schema registry. If you're working with an GLU schema registry, don't provide authentication details in this object. Instead, ensure that your execution role has the required permissions for Lambda to access your cluster. If you're working with a Confluent schema registry, choose the authentication method in the ``Type`` ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct SchemaRegistryAccessConfig {
        /// The type of authentication Lambda uses to access your schema registry.
        #[serde(rename = "Type", skip_serializing_if = "Option::is_none")]
        pub r#type: Option<Value<String>>,
        /// The URI of the secret (Secrets Manager secret ARN) to authenticate with your schema registry.
        #[serde(rename = "URI", skip_serializing_if = "Option::is_none")]
        pub uri: Option<Value<String>>,
    }

    /// Specific configuration settings for a Kafka schema registry.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct SchemaRegistryConfig {
        /// An array of access configuration objects that tell Lambda how to authenticate with your schema registry.
        #[serde(rename = "AccessConfigs", skip_serializing_if = "Option::is_none")]
        pub access_configs: Option<Vec<SchemaRegistryAccessConfig>>,
        /// The record format that Lambda delivers to your function after schema validation. + Choose ``JSON`` to have Lambda deliver the record to your function as a standard JSON object. + Choose ``SOURCE`` to have Lambda deliver the record to your function in its original source format. Lambda removes all schema metadata, such as the schema ID, before sending the record to your function.
        #[serde(rename = "EventRecordFormat", skip_serializing_if = "Option::is_none")]
        pub event_record_format: Option<Value<String>>,
        /// The URI for your schema registry. The correct URI format depends on the type of schema registry you're using. + For GLU schema registries, use the ARN of the registry. + For Confluent schema registries, use the URL of the registry.
        #[serde(rename = "SchemaRegistryURI", skip_serializing_if = "Option::is_none")]
        pub schema_registry_uri: Option<Value<String>>,
        /// An array of schema validation configuration objects, which tell Lambda the message attributes you want to validate and filter using your schema registry.
        #[serde(
            rename = "SchemaValidationConfigs",
            skip_serializing_if = "Option::is_none"
        )]
        pub schema_validation_configs: Option<Vec<SchemaValidationConfig>>,
    }

    /// Specific schema validation configuration settings that tell Lambda the message attributes you want to validate and filter using your schema registry.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct SchemaValidationConfig {
        /// The attributes you want your schema registry to validate and filter for. If you selected ``JSON`` as the ``EventRecordFormat``, Lambda also deserializes the selected message attributes.
        #[serde(rename = "Attribute", skip_serializing_if = "Option::is_none")]
        pub attribute: Option<Value<String>>,
    }

    /// The self-managed Apache Kafka cluster for your event source.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct SelfManagedEventSource {
        /// The list of bootstrap servers for your Kafka brokers in the following format: ``"KafkaBootstrapServers": \["abc.xyz.com:xxxx","abc2.xyz.com:xxxx"\]``.
        #[serde(rename = "Endpoints", skip_serializing_if = "Option::is_none")]
        pub endpoints: Option<Endpoints>,
    }

    /// Specific configuration settings for a self-managed Apache Kafka event source.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct SelfManagedKafkaEventSourceConfig {
        /// The identifier for the Kafka consumer group to join. The consumer group ID must be unique among all your Kafka event sources. After creating a Kafka event source mapping with the consumer group ID specified, you cannot update this value. For more information, see Customizable consumer group ID.
        #[serde(rename = "ConsumerGroupId", skip_serializing_if = "Option::is_none")]
        pub consumer_group_id: Option<Value<String>>,
        /// The mode that determines how Lambda reads from a Kafka topic. Use Stream for ordered processing or Queue for higher throughput when ordering is not required.
        #[serde(rename = "ConsumptionMode", skip_serializing_if = "Option::is_none")]
        pub consumption_mode: Option<Value<String>>,
        /// Specific configuration settings for a Kafka schema registry.
        #[serde(
            rename = "SchemaRegistryConfig",
            skip_serializing_if = "Option::is_none"
        )]
        pub schema_registry_config: Option<SchemaRegistryConfig>,
    }

    /// An array of the authentication protocol, VPC components, or virtual host to secure and define your event source.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct SourceAccessConfiguration {
        /// The type of authentication protocol, VPC components, or virtual host for your event source. For example: ``"Type":"SASL_SCRAM_512_AUTH"``. + ``BASIC_AUTH`` – (Amazon MQ) The ASMlong secret that stores your broker credentials. + ``BASIC_AUTH`` – (Self-managed Apache Kafka) The Secrets Manager ARN of your secret key used for SASL/PLAIN authentication of your Apache Kafka brokers. + ``VPC_SUBNET`` ...
        #[serde(rename = "Type", skip_serializing_if = "Option::is_none")]
        pub r#type: Option<Value<String>>,
        /// The value for your chosen configuration in ``Type``. For example: ``"URI": "arn:aws:secretsmanager:us-east-1:01234567890:secret:MyBrokerSecretName"``.
        #[serde(rename = "URI", skip_serializing_if = "Option::is_none")]
        pub uri: Option<Value<String>>,
    }
}
pub use event_source_mapping::EventSourceMapping;
