// Written by `cargo xtask codegen` from CloudFormation's resource provider
// schemas; do not edit by hand.

//! L1 structs of the listed `AWS::RDS::*` types.

/// `AWS::RDS::DBInstance`: the resource and its property types.
pub mod db_instance {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// The ``AWS::RDS::DBInstance`` resource creates an Amazon DB instance. The new DB instance can be an RDS DB instance, or it can be a DB instance in an Aurora DB cluster. For more information about creating an RDS DB instance, see Creating an Amazon RDS DB instance in the *Amazon RDS User Guide*. For more information about creating a DB instance in an Aurora DB cluster, see Creating an Amazon Aurora DB ...
    ///
    /// CloudFormation type `AWS::RDS::DBInstance`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct DbInstance {
        /// The additional storage volumes associated with the DB instance. RDS supports additional storage volumes for RDS for Oracle and RDS for SQL Server.
        #[serde(
            rename = "AdditionalStorageVolumes",
            skip_serializing_if = "Option::is_none"
        )]
        pub additional_storage_volumes: Option<Vec<AdditionalStorageVolume>>,
        /// The amount of storage in gibibytes (GiB) to be initially allocated for the database instance. If any value is set in the ``Iops`` parameter, ``AllocatedStorage`` must be at least 100 GiB, which corresponds to the minimum Iops value of 1,000. If you increase the ``Iops`` value (in 1,000 IOPS increments), then you must also increase the ``AllocatedStorage`` value (in 100-GiB increments). *Amazon Aurora* ...
        #[serde(rename = "AllocatedStorage", skip_serializing_if = "Option::is_none")]
        pub allocated_storage: Option<Value<String>>,
        /// A value that indicates whether major version upgrades are allowed. Changing this parameter doesn't result in an outage and the change is asynchronously applied as soon as possible. Constraints: Major version upgrades must be allowed when specifying a value for the ``EngineVersion`` parameter that is a different major version than the DB instance's current version.
        #[serde(
            rename = "AllowMajorVersionUpgrade",
            skip_serializing_if = "Option::is_none"
        )]
        pub allow_major_version_upgrade: Option<Value<bool>>,
        /// Specifies whether changes to the DB instance and any pending modifications are applied immediately, regardless of the ``PreferredMaintenanceWindow`` setting. If set to ``false``, changes are applied during the next maintenance window. Until RDS applies the changes, the DB instance remains in a drift state. As a result, the configuration doesn't fully reflect the requested modifications and temporarily ...
        #[serde(rename = "ApplyImmediately", skip_serializing_if = "Option::is_none")]
        pub apply_immediately: Option<Value<bool>>,
        /// The IAMlong (IAM) roles associated with the DB instance. *Amazon Aurora* Not applicable. The associated roles are managed by the DB cluster.
        #[serde(rename = "AssociatedRoles", skip_serializing_if = "Option::is_none")]
        pub associated_roles: Option<Vec<DbInstanceRole>>,
        /// A value that indicates whether minor engine upgrades are applied automatically to the DB instance during the maintenance window. By default, minor engine upgrades are applied automatically.
        #[serde(
            rename = "AutoMinorVersionUpgrade",
            skip_serializing_if = "Option::is_none"
        )]
        pub auto_minor_version_upgrade: Option<Value<bool>>,
        /// The AWS KMS key identifier for encryption of the replicated automated backups. The KMS key ID is the Amazon Resource Name (ARN) for the KMS encryption key in the destination AWS-Region, for example, ``arn:aws:kms:us-east-1:123456789012:key/AKIAIOSFODNN7EXAMPLE``.
        #[serde(
            rename = "AutomaticBackupReplicationKmsKeyId",
            skip_serializing_if = "Option::is_none"
        )]
        pub automatic_backup_replication_kms_key_id: Option<Value<String>>,
        /// The AWS-Region associated with the automated backup.
        #[serde(
            rename = "AutomaticBackupReplicationRegion",
            skip_serializing_if = "Option::is_none"
        )]
        pub automatic_backup_replication_region: Option<Value<String>>,
        /// The retention period for automated backups in a different AWS Region. Use this parameter to set a unique retention period that only applies to cross-Region automated backups. To enable automated backups in a different Region, specify a positive value for the ``AutomaticBackupReplicationRegion`` parameter. If not specified, this parameter defaults to the value of the ``BackupRetentionPeriod`` parameter. ...
        #[serde(
            rename = "AutomaticBackupReplicationRetentionPeriod",
            skip_serializing_if = "Option::is_none"
        )]
        pub automatic_backup_replication_retention_period: Option<Value<i64>>,
        /// The Availability Zone (AZ) where the database will be created. For information on AWS-Regions and Availability Zones, see Regions and Availability Zones. For Amazon Aurora, each Aurora DB cluster hosts copies of its storage in three separate Availability Zones. Specify one of these Availability Zones. Aurora automatically chooses an appropriate Availability Zone if you don't specify one. Default: A ...
        #[serde(rename = "AvailabilityZone", skip_serializing_if = "Option::is_none")]
        pub availability_zone: Option<Value<String>>,
        /// The number of days for which automated backups are retained. Setting this parameter to a positive number enables backups. Setting this parameter to 0 disables automated backups. *Amazon Aurora* Not applicable. The retention period for automated backups is managed by the DB cluster. Default: 1 Constraints: + Must be a value from 0 to 35 + Can't be set to 0 if the DB instance is a source to read replicas
        #[serde(
            rename = "BackupRetentionPeriod",
            skip_serializing_if = "Option::is_none"
        )]
        pub backup_retention_period: Option<Value<i64>>,
        /// The location for storing automated backups and manual snapshots. Valid Values: + ``local`` (Dedicated Local Zone) + ``outposts`` (AWS Outposts) + ``region`` (AWS-Region) Default: ``region`` For more information, see Working with Amazon RDS on Outposts in the *Amazon RDS User Guide*.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "BackupTarget", skip_serializing_if = "Option::is_none")]
        pub backup_target: Option<Value<String>>,
        /// The identifier of the CA certificate for this DB instance. For more information, see Using SSL/TLS to encrypt a connection to a DB instance in the *Amazon RDS User Guide* and Using SSL/TLS to encrypt a connection to a DB cluster in the *Amazon Aurora User Guide*.
        #[serde(
            rename = "CACertificateIdentifier",
            skip_serializing_if = "Option::is_none"
        )]
        pub ca_certificate_identifier: Option<Value<String>>,
        /// Specifies whether the DB instance is restarted when you rotate your SSL/TLS certificate. By default, the DB instance is restarted when you rotate your SSL/TLS certificate. The certificate is not updated until the DB instance is restarted. Set this parameter only if you are *not* using SSL/TLS to connect to the DB instance. If you are using SSL/TLS to connect to the DB instance, follow the appropriate ...
        #[serde(
            rename = "CertificateRotationRestart",
            skip_serializing_if = "Option::is_none"
        )]
        pub certificate_rotation_restart: Option<Value<bool>>,
        /// For supported engines, indicates that the DB instance should be associated with the specified character set. *Amazon Aurora* Not applicable. The character set is managed by the DB cluster. For more information, see AWS::RDS::DBCluster.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "CharacterSetName", skip_serializing_if = "Option::is_none")]
        pub character_set_name: Option<Value<String>>,
        /// Specifies whether to copy tags from the DB instance to snapshots of the DB instance. By default, tags are not copied. This setting doesn't apply to Amazon Aurora DB instances. Copying tags to snapshots is managed by the DB cluster. Setting this value for an Aurora DB instance has no effect on the DB cluster setting.
        #[serde(rename = "CopyTagsToSnapshot", skip_serializing_if = "Option::is_none")]
        pub copy_tags_to_snapshot: Option<Value<bool>>,
        /// The instance profile associated with the underlying Amazon EC2 instance of an RDS Custom DB instance. This setting is required for RDS Custom. Constraints: + The profile must exist in your account. + The profile must have an IAM role that Amazon EC2 has permissions to assume. + The instance profile name and the associated IAM role name must start with the prefix ``AWSRDSCustom``. For the list of permissions ...
        ///
        /// Changing it replaces the resource.
        #[serde(
            rename = "CustomIAMInstanceProfile",
            skip_serializing_if = "Option::is_none"
        )]
        pub custom_iam_instance_profile: Option<Value<String>>,
        /// The identifier of the DB cluster that this DB instance will belong to. This setting doesn't apply to RDS Custom DB instances.
        ///
        /// Changing it replaces the resource.
        #[serde(
            rename = "DBClusterIdentifier",
            skip_serializing_if = "Option::is_none"
        )]
        pub db_cluster_identifier: Option<Value<String>>,
        /// The identifier for the Multi-AZ DB cluster snapshot to restore from. For more information on Multi-AZ DB clusters, see Multi-AZ DB cluster deployments in the *Amazon RDS User Guide*. Constraints: + Must match the identifier of an existing Multi-AZ DB cluster snapshot. + Can't be specified when ``DBSnapshotIdentifier`` is specified. + Must be specified when ``DBSnapshotIdentifier`` isn't specified. ...
        #[serde(
            rename = "DBClusterSnapshotIdentifier",
            skip_serializing_if = "Option::is_none"
        )]
        pub db_cluster_snapshot_identifier: Option<Value<String>>,
        /// The compute and memory capacity of the DB instance, for example ``db.m5.large``. Not all DB instance classes are available in all AWS-Regions, or for all database engines. For the full list of DB instance classes, and availability for your engine, see DB instance classes in the *Amazon RDS User Guide* or Aurora DB instance classes in the *Amazon Aurora User Guide*.
        #[serde(rename = "DBInstanceClass", skip_serializing_if = "Option::is_none")]
        pub db_instance_class: Option<Value<String>>,
        /// A name for the DB instance. If you specify a name, AWS CloudFormation converts it to lowercase. If you don't specify a name, AWS CloudFormation generates a unique physical ID and uses that ID for the DB instance. For more information, see Name Type. For information about constraints that apply to DB instance identifiers, see Naming constraints in Amazon RDS in the *Amazon RDS User Guide*. If you specify ...
        ///
        /// Changing it replaces the resource.
        #[serde(
            rename = "DBInstanceIdentifier",
            skip_serializing_if = "Option::is_none"
        )]
        pub db_instance_identifier: Option<Value<String>>,
        /// The meaning of this parameter differs according to the database engine you use. If you specify the ``DBSnapshotIdentifier`` property, this property only applies to RDS for Oracle. *Amazon Aurora* Not applicable. The database name is managed by the DB cluster. *Db2* The name of the database to create when the DB instance is created. If this parameter isn't specified, no database is created in the DB ...
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "DBName", skip_serializing_if = "Option::is_none")]
        pub db_name: Option<Value<String>>,
        /// The name of an existing DB parameter group or a reference to an AWS::RDS::DBParameterGroup resource created in the template. To list all of the available DB parameter group names, use the following command: ``aws rds describe-db-parameter-groups --query "DBParameterGroups\[\].DBParameterGroupName" --output text`` If any of the data members of the referenced parameter group are changed during an update, ...
        #[serde(
            rename = "DBParameterGroupName",
            skip_serializing_if = "Option::is_none"
        )]
        pub db_parameter_group_name: Option<Value<String>>,
        /// A list of the DB security groups to assign to the DB instance. The list can include both the name of existing DB security groups or references to AWS::RDS::DBSecurityGroup resources created in the template. If you set DBSecurityGroups, you must not set VPCSecurityGroups, and vice versa. Also, note that the DBSecurityGroups property exists only for backwards compatibility with older regions and is no ...
        #[serde(rename = "DBSecurityGroups", skip_serializing_if = "Option::is_none")]
        pub db_security_groups: Option<Vec<Value<String>>>,
        /// The name or Amazon Resource Name (ARN) of the DB snapshot that's used to restore the DB instance. If you're restoring from a shared manual DB snapshot, you must specify the ARN of the snapshot. By specifying this property, you can create a DB instance from the specified DB snapshot. If the ``DBSnapshotIdentifier`` property is an empty string or the ``AWS::RDS::DBInstance`` declaration has no ``DBSnapshotIdentifier`` ...
        #[serde(
            rename = "DBSnapshotIdentifier",
            skip_serializing_if = "Option::is_none"
        )]
        pub db_snapshot_identifier: Option<Value<String>>,
        /// A DB subnet group to associate with the DB instance. If you update this value, the new subnet group must be a subnet group in a new VPC. If you don't specify a DB subnet group, RDS uses the default DB subnet group if one exists. If a default DB subnet group does not exist, and you don't specify a ``DBSubnetGroupName``, the DB instance fails to launch. For more information about using Amazon RDS in ...
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "DBSubnetGroupName", skip_serializing_if = "Option::is_none")]
        pub db_subnet_group_name: Option<Value<String>>,
        /// The Oracle system identifier (SID), which is the name of the Oracle database instance that manages your database files. In this context, the term "Oracle database instance" refers exclusively to the system global area (SGA) and Oracle background processes. If you don't specify a SID, the value defaults to ``RDSCDB``. The Oracle SID is also the name of your CDB.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "DBSystemId", skip_serializing_if = "Option::is_none")]
        pub db_system_id: Option<Value<String>>,
        /// The mode of Database Insights to enable for the DB instance. Aurora DB instances inherit this value from the DB cluster, so you can't change this value.
        #[serde(
            rename = "DatabaseInsightsMode",
            skip_serializing_if = "Option::is_none"
        )]
        pub database_insights_mode: Option<Value<String>>,
        /// Indicates whether the DB instance has a dedicated log volume (DLV) enabled.
        #[serde(rename = "DedicatedLogVolume", skip_serializing_if = "Option::is_none")]
        pub dedicated_log_volume: Option<Value<bool>>,
        /// A value that indicates whether to remove automated backups immediately after the DB instance is deleted. This parameter isn't case-sensitive. The default is to remove automated backups immediately after the DB instance is deleted. *Amazon Aurora* Not applicable. When you delete a DB cluster, all automated backups for that DB cluster are deleted and can't be recovered. Manual DB cluster snapshots of ...
        #[serde(
            rename = "DeleteAutomatedBackups",
            skip_serializing_if = "Option::is_none"
        )]
        pub delete_automated_backups: Option<Value<bool>>,
        /// Specifies whether the DB instance has deletion protection enabled. The database can't be deleted when deletion protection is enabled. By default, deletion protection isn't enabled. For more information, see Deleting a DB Instance. This setting doesn't apply to Amazon Aurora DB instances. You can enable or disable deletion protection for the DB cluster. For more information, see ``CreateDBCluster``. ...
        #[serde(rename = "DeletionProtection", skip_serializing_if = "Option::is_none")]
        pub deletion_protection: Option<Value<bool>>,
        /// The Active Directory directory ID to create the DB instance in. Currently, only Db2, MySQL, Microsoft SQL Server, Oracle, and PostgreSQL DB instances can be created in an Active Directory Domain. For more information, see Kerberos Authentication in the *Amazon RDS User Guide*.
        #[serde(rename = "Domain", skip_serializing_if = "Option::is_none")]
        pub domain: Option<Value<String>>,
        /// The ARN for the Secrets Manager secret with the credentials for the user joining the domain. Example: ``arn:aws:secretsmanager:region:account-number:secret:myselfmanagedADtestsecret-123456``
        #[serde(
            rename = "DomainAuthSecretArn",
            skip_serializing_if = "Option::is_none"
        )]
        pub domain_auth_secret_arn: Option<Value<String>>,
        /// The IPv4 DNS IP addresses of your primary and secondary Active Directory domain controllers. Constraints: + Two IP addresses must be provided. If there isn't a secondary domain controller, use the IP address of the primary domain controller for both entries in the list. Example: ``123.124.125.126,234.235.236.237``
        #[serde(rename = "DomainDnsIps", skip_serializing_if = "Option::is_none")]
        pub domain_dns_ips: Option<Vec<Value<String>>>,
        /// The fully qualified domain name (FQDN) of an Active Directory domain. Constraints: + Can't be longer than 64 characters. Example: ``mymanagedADtest.mymanagedAD.mydomain``
        #[serde(rename = "DomainFqdn", skip_serializing_if = "Option::is_none")]
        pub domain_fqdn: Option<Value<String>>,
        /// The name of the IAM role to use when making API calls to the Directory Service. This setting doesn't apply to the following DB instances: + Amazon Aurora (The domain is managed by the DB cluster.) + RDS Custom
        #[serde(rename = "DomainIAMRoleName", skip_serializing_if = "Option::is_none")]
        pub domain_iam_role_name: Option<Value<String>>,
        /// The Active Directory organizational unit for your DB instance to join. Constraints: + Must be in the distinguished name format. + Can't be longer than 64 characters. Example: ``OU=mymanagedADtestOU,DC=mymanagedADtest,DC=mymanagedAD,DC=mydomain``
        #[serde(rename = "DomainOu", skip_serializing_if = "Option::is_none")]
        pub domain_ou: Option<Value<String>>,
        /// The list of log types that need to be enabled for exporting to CloudWatch Logs. The values in the list depend on the DB engine being used. For more information, see Publishing Database Logs to Amazon CloudWatch Logs in the *Amazon Relational Database Service User Guide*. *Amazon Aurora* Not applicable. CloudWatch Logs exports are managed by the DB cluster. *Db2* Valid values: ``diag.log``, ``notify.log`` ...
        #[serde(
            rename = "EnableCloudwatchLogsExports",
            skip_serializing_if = "Option::is_none"
        )]
        pub enable_cloudwatch_logs_exports: Option<Vec<Value<String>>>,
        /// A value that indicates whether to enable mapping of AWS Identity and Access Management (IAM) accounts to database accounts. By default, mapping is disabled. This property is supported for RDS for MariaDB, RDS for MySQL, and RDS for PostgreSQL. For more information, see IAM Database Authentication for MariaDB, MySQL, and PostgreSQL in the *Amazon RDS User Guide.* *Amazon Aurora* Not applicable. Mapping ...
        #[serde(
            rename = "EnableIAMDatabaseAuthentication",
            skip_serializing_if = "Option::is_none"
        )]
        pub enable_iam_database_authentication: Option<Value<bool>>,
        /// Specifies whether to enable Performance Insights for the DB instance. For more information, see Using Amazon Performance Insights in the *Amazon RDS User Guide*. This setting doesn't apply to RDS Custom DB instances.
        #[serde(
            rename = "EnablePerformanceInsights",
            skip_serializing_if = "Option::is_none"
        )]
        pub enable_performance_insights: Option<Value<bool>>,
        /// The name of the database engine to use for this DB instance. Not every database engine is available in every AWS Region. This property is required when creating a DB instance. You can convert an Oracle database from the non-CDB architecture to the container database (CDB) architecture by updating the ``Engine`` value in your templates from ``oracle-ee`` to ``oracle-ee-cdb`` or from ``oracle-se2`` to ...
        #[serde(rename = "Engine", skip_serializing_if = "Option::is_none")]
        pub engine: Option<Value<String>>,
        /// The lifecycle type for this DB instance. By default, this value is set to ``open-source-rds-extended-support``, which enrolls your DB instance into Amazon RDS Extended Support. At the end of standard support, you can avoid charges for Extended Support by setting the value to ``open-source-rds-extended-support-disabled``. In this case, creating the DB instance will fail if the DB major version is past ...
        #[serde(
            rename = "EngineLifecycleSupport",
            skip_serializing_if = "Option::is_none"
        )]
        pub engine_lifecycle_support: Option<Value<String>>,
        /// The version number of the database engine to use. For a list of valid engine versions, use the ``DescribeDBEngineVersions`` action. The following are the database engines and links to information about the major and minor versions that are available with Amazon RDS. Not every database engine is available for every AWS Region. *Amazon Aurora* Not applicable. The version number of the database engine ...
        #[serde(rename = "EngineVersion", skip_serializing_if = "Option::is_none")]
        pub engine_version: Option<Value<String>>,
        /// The number of I/O operations per second (IOPS) that the database provisions. The value must be equal to or greater than 1000. If you specify this property, you must follow the range of allowed ratios of your requested IOPS rate to the amount of storage that you allocate (IOPS to allocated storage). For example, you can provision an Oracle database instance with 1000 IOPS and 200 GiB of storage (a ratio ...
        #[serde(rename = "Iops", skip_serializing_if = "Option::is_none")]
        pub iops: Option<Value<i64>>,
        /// The ARN of the AWS KMS key that's used to encrypt the DB instance, such as ``arn:aws:kms:us-east-1:012345678910:key/abcd1234-a123-456a-a12b-a123b4cd56ef``. If you enable the StorageEncrypted property but don't specify this property, AWS CloudFormation uses the default KMS key. If you specify this property, you must set the StorageEncrypted property to true. If you specify the ``SourceDBInstanceIdentifier`` ...
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "KmsKeyId", skip_serializing_if = "Option::is_none")]
        pub kms_key_id: Option<Value<String>>,
        /// License model information for this DB instance. Valid Values: + Aurora MySQL - ``general-public-license`` + Aurora PostgreSQL - ``postgresql-license`` + RDS for Db2 - ``bring-your-own-license``. For more information about RDS for Db2 licensing, see in the *Amazon RDS User Guide.* + RDS for MariaDB - ``general-public-license`` + RDS for Microsoft SQL Server - ``license-included`` or ``bring-your-own-media`` ...
        #[serde(rename = "LicenseModel", skip_serializing_if = "Option::is_none")]
        pub license_model: Option<Value<String>>,
        /// Specifies whether to manage the master user password with AWS Secrets Manager. For more information, see Password management with Secrets Manager in the *Amazon RDS User Guide.* Constraints: + Can't manage the master user password with AWS Secrets Manager if ``MasterUserPassword`` is specified.
        #[serde(
            rename = "ManageMasterUserPassword",
            skip_serializing_if = "Option::is_none"
        )]
        pub manage_master_user_password: Option<Value<bool>>,
        /// Specifies the authentication type for the master user. With IAM master user authentication, you can configure the master DB user with IAM database authentication when you create a DB instance. You can specify one of the following values: + ``password`` - Use standard database authentication with a password. + ``iam-db-auth`` - Use IAM database authentication for the master user. This option is only ...
        #[serde(
            rename = "MasterUserAuthenticationType",
            skip_serializing_if = "Option::is_none"
        )]
        pub master_user_authentication_type: Option<Value<String>>,
        /// The password for the master user. The password can include any printable ASCII character except "/", """, or "@". *Amazon Aurora* Not applicable. The password for the master user is managed by the DB cluster. *RDS for Db2* Must contain from 8 to 255 characters. *RDS for MariaDB* Constraints: Must contain from 8 to 41 characters. *RDS for Microsoft SQL Server* Constraints: Must contain from 8 to 128 ...
        #[serde(rename = "MasterUserPassword", skip_serializing_if = "Option::is_none")]
        pub master_user_password: Option<Value<String>>,
        /// The secret managed by RDS in AWS Secrets Manager for the master user password. For more information, see Password management with Secrets Manager in the *Amazon RDS User Guide.*
        #[serde(rename = "MasterUserSecret", skip_serializing_if = "Option::is_none")]
        pub master_user_secret: Option<MasterUserSecret>,
        /// The master user name for the DB instance. If you specify the ``SourceDBInstanceIdentifier`` or ``DBSnapshotIdentifier`` property, don't specify this property. The value is inherited from the source DB instance or snapshot. When migrating a self-managed Db2 database, we recommend that you use the same master username as your self-managed Db2 instance name. *Amazon Aurora* Not applicable. The name for ...
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "MasterUsername", skip_serializing_if = "Option::is_none")]
        pub master_username: Option<Value<String>>,
        /// The upper limit in gibibytes (GiB) to which Amazon RDS can automatically scale the storage of the DB instance. For more information about this setting, including limitations that apply to it, see Managing capacity automatically with Amazon RDS storage autoscaling in the *Amazon RDS User Guide*. This setting doesn't apply to the following DB instances: + Amazon Aurora (Storage is managed by the DB cluster.) ...
        #[serde(
            rename = "MaxAllocatedStorage",
            skip_serializing_if = "Option::is_none"
        )]
        pub max_allocated_storage: Option<Value<i64>>,
        /// The interval, in seconds, between points when Enhanced Monitoring metrics are collected for the DB instance. To disable collection of Enhanced Monitoring metrics, specify ``0``. If ``MonitoringRoleArn`` is specified, then you must set ``MonitoringInterval`` to a value other than ``0``. This setting doesn't apply to RDS Custom DB instances. Valid Values: ``0 | 1 | 5 | 10 | 15 | 30 | 60`` Default: ``0``
        #[serde(rename = "MonitoringInterval", skip_serializing_if = "Option::is_none")]
        pub monitoring_interval: Option<Value<i64>>,
        /// The ARN for the IAM role that permits RDS to send enhanced monitoring metrics to Amazon CloudWatch Logs. For example, ``arn:aws:iam:123456789012:role/emaccess``. For information on creating a monitoring role, see Setting Up and Enabling Enhanced Monitoring in the *Amazon RDS User Guide*. If ``MonitoringInterval`` is set to a value other than ``0``, then you must supply a ``MonitoringRoleArn`` value. ...
        #[serde(rename = "MonitoringRoleArn", skip_serializing_if = "Option::is_none")]
        pub monitoring_role_arn: Option<Value<String>>,
        /// Specifies whether the DB instance is a Multi-AZ deployment. You can't set the ``AvailabilityZone`` parameter if the DB instance is a Multi-AZ deployment. This setting doesn't apply to Amazon Aurora because the DB instance Availability Zones (AZs) are managed by the DB cluster.
        #[serde(rename = "MultiAZ", skip_serializing_if = "Option::is_none")]
        pub multi_az: Option<Value<bool>>,
        /// The name of the NCHAR character set for the Oracle DB instance. This setting doesn't apply to RDS Custom DB instances.
        ///
        /// Changing it replaces the resource.
        #[serde(
            rename = "NcharCharacterSetName",
            skip_serializing_if = "Option::is_none"
        )]
        pub nchar_character_set_name: Option<Value<String>>,
        /// The network type of the DB instance. Valid values: + ``IPV4`` + ``DUAL`` The network type is determined by the ``DBSubnetGroup`` specified for the DB instance. A ``DBSubnetGroup`` can support only the IPv4 protocol or the IPv4 and IPv6 protocols (``DUAL``). For more information, see Working with a DB instance in a VPC in the *Amazon RDS User Guide.*
        #[serde(rename = "NetworkType", skip_serializing_if = "Option::is_none")]
        pub network_type: Option<Value<String>>,
        /// Indicates that the DB instance should be associated with the specified option group. Permanent options, such as the TDE option for Oracle Advanced Security TDE, can't be removed from an option group. Also, that option group can't be removed from a DB instance once it is associated with a DB instance.
        #[serde(rename = "OptionGroupName", skip_serializing_if = "Option::is_none")]
        pub option_group_name: Option<Value<String>>,
        /// The AWS KMS key identifier for encryption of Performance Insights data. The KMS key identifier is the key ARN, key ID, alias ARN, or alias name for the KMS key. If you do not specify a value for ``PerformanceInsightsKMSKeyId``, then Amazon RDS uses your default KMS key. There is a default KMS key for your AWS account. Your AWS account has a different default KMS key for each AWS Region. *Update behavior:* ...
        #[serde(
            rename = "PerformanceInsightsKMSKeyId",
            skip_serializing_if = "Option::is_none"
        )]
        pub performance_insights_kms_key_id: Option<Value<String>>,
        /// The number of days to retain Performance Insights data. When creating a DB instance without enabling Performance Insights, you can't specify the parameter ``PerformanceInsightsRetentionPeriod``. This setting doesn't apply to RDS Custom DB instances. Valid Values: + ``7`` + *month* * 31, where *month* is a number of months from 1-23. Examples: ``93`` (3 months * 31), ``341`` (11 months * 31), ``589`` ...
        #[serde(
            rename = "PerformanceInsightsRetentionPeriod",
            skip_serializing_if = "Option::is_none"
        )]
        pub performance_insights_retention_period: Option<Value<i64>>,
        /// The port number on which the database accepts connections. This setting doesn't apply to Aurora DB instances. The port number is managed by the cluster. Valid Values: ``1150-65535`` Default: + RDS for Db2 - ``50000`` + RDS for MariaDB - ``3306`` + RDS for Microsoft SQL Server - ``1433`` + RDS for MySQL - ``3306`` + RDS for Oracle - ``1521`` + RDS for PostgreSQL - ``5432`` Constraints: + For RDS for ...
        #[serde(rename = "Port", skip_serializing_if = "Option::is_none")]
        pub port: Option<Value<String>>,
        /// The daily time range during which automated backups are created if automated backups are enabled, using the ``BackupRetentionPeriod`` parameter. For more information, see Backup Window in the *Amazon RDS User Guide.* Constraints: + Must be in the format ``hh24:mi-hh24:mi``. + Must be in Universal Coordinated Time (UTC). + Must not conflict with the preferred maintenance window. + Must be at least 30 ...
        #[serde(
            rename = "PreferredBackupWindow",
            skip_serializing_if = "Option::is_none"
        )]
        pub preferred_backup_window: Option<Value<String>>,
        /// The weekly time range during which system maintenance can occur, in Universal Coordinated Time (UTC). Format: ``ddd:hh24:mi-ddd:hh24:mi`` The default is a 30-minute window selected at random from an 8-hour block of time for each AWS Region, occurring on a random day of the week. To see the time blocks available, see Maintaining a DB instance in the *Amazon RDS User Guide.* This property applies when ...
        #[serde(
            rename = "PreferredMaintenanceWindow",
            skip_serializing_if = "Option::is_none"
        )]
        pub preferred_maintenance_window: Option<Value<String>>,
        /// The number of CPU cores and the number of threads per core for the DB instance class of the DB instance. This setting doesn't apply to Amazon Aurora or RDS Custom DB instances.
        #[serde(rename = "ProcessorFeatures", skip_serializing_if = "Option::is_none")]
        pub processor_features: Option<Vec<ProcessorFeature>>,
        /// The order of priority in which an Aurora Replica is promoted to the primary instance after a failure of the existing primary instance. For more information, see Fault Tolerance for an Aurora DB Cluster in the *Amazon Aurora User Guide*. This setting doesn't apply to RDS Custom DB instances. Default: ``1`` Valid Values: ``0 - 15``
        #[serde(rename = "PromotionTier", skip_serializing_if = "Option::is_none")]
        pub promotion_tier: Option<Value<i64>>,
        /// Indicates whether the DB instance is an internet-facing instance. If you specify true, AWS CloudFormation creates an instance with a publicly resolvable DNS name, which resolves to a public IP address. If you specify false, AWS CloudFormation creates an internal instance with a DNS name that resolves to a private IP address. The default behavior value depends on your VPC setup and the database subnet ...
        #[serde(rename = "PubliclyAccessible", skip_serializing_if = "Option::is_none")]
        pub publicly_accessible: Option<Value<bool>>,
        /// The open mode of an Oracle read replica. For more information, see Working with Oracle Read Replicas for Amazon RDS in the *Amazon RDS User Guide*. This setting is only supported in RDS for Oracle. Default: ``open-read-only`` Valid Values: ``open-read-only`` or ``mounted``
        #[serde(rename = "ReplicaMode", skip_serializing_if = "Option::is_none")]
        pub replica_mode: Option<Value<String>>,
        /// The date and time to restore from. This parameter applies to point-in-time recovery. For more information, see Restoring a DB instance to a specified time in the in the *Amazon RDS User Guide*. Constraints: + Must be a time in Universal Coordinated Time (UTC) format. + Must be before the latest restorable time for the DB instance. + Can't be specified if the ``UseLatestRestorableTime`` parameter is ...
        #[serde(rename = "RestoreTime", skip_serializing_if = "Option::is_none")]
        pub restore_time: Option<Value<String>>,
        /// The identifier of the Multi-AZ DB cluster that will act as the source for the read replica. Each DB cluster can have up to 15 read replicas. Constraints: + Must be the identifier of an existing Multi-AZ DB cluster. + Can't be specified if the ``SourceDBInstanceIdentifier`` parameter is also specified. + The specified DB cluster must have automatic backups enabled, that is, its backup retention period ...
        #[serde(
            rename = "SourceDBClusterIdentifier",
            skip_serializing_if = "Option::is_none"
        )]
        pub source_db_cluster_identifier: Option<Value<String>>,
        /// The Amazon Resource Name (ARN) of the replicated automated backups from which to restore, for example, ``arn:aws:rds:us-east-1:123456789012:auto-backup:ab-L2IJCEXJP7XQ7HOJ4SIEXAMPLE``. This setting doesn't apply to RDS Custom.
        #[serde(
            rename = "SourceDBInstanceAutomatedBackupsArn",
            skip_serializing_if = "Option::is_none"
        )]
        pub source_db_instance_automated_backups_arn: Option<Value<String>>,
        /// If you want to create a read replica DB instance, specify the ID of the source DB instance. Each DB instance can have a limited number of read replicas. For more information, see Working with Read Replicas in the *Amazon RDS User Guide*. For information about constraints that apply to DB instance identifiers, see Naming constraints in Amazon RDS in the *Amazon RDS User Guide*. The ``SourceDBInstanceIdentifier`` ...
        #[serde(
            rename = "SourceDBInstanceIdentifier",
            skip_serializing_if = "Option::is_none"
        )]
        pub source_db_instance_identifier: Option<Value<String>>,
        /// The resource ID of the source DB instance from which to restore.
        #[serde(
            rename = "SourceDbiResourceId",
            skip_serializing_if = "Option::is_none"
        )]
        pub source_dbi_resource_id: Option<Value<String>>,
        /// The ID of the region that contains the source DB instance for the read replica.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "SourceRegion", skip_serializing_if = "Option::is_none")]
        pub source_region: Option<Value<String>>,
        /// A value that indicates whether the DB instance is encrypted. By default, it isn't encrypted. If you specify the ``KmsKeyId`` property, then you must enable encryption. If you specify the ``SourceDBInstanceIdentifier`` or ``SourceDbiResourceId`` property, don't specify this property. The value is inherited from the source DB instance, and if the DB instance is encrypted, the specified ``KmsKeyId`` property ...
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "StorageEncrypted", skip_serializing_if = "Option::is_none")]
        pub storage_encrypted: Option<Value<bool>>,
        /// Specifies the storage throughput value, in mebibyte per second (MiBps), for the DB instance. This setting applies only to the ``gp3`` storage type. This setting doesn't apply to RDS Custom or Amazon Aurora.
        #[serde(rename = "StorageThroughput", skip_serializing_if = "Option::is_none")]
        pub storage_throughput: Option<Value<i64>>,
        /// The storage type to associate with the DB instance. If you specify ``io1``, ``io2``, or ``gp3``, you must also include a value for the ``Iops`` parameter. This setting doesn't apply to Amazon Aurora DB instances. Storage is managed by the DB cluster. Valid Values: ``gp2 | gp3 | io1 | io2 | standard`` Default: ``io1``, if the ``Iops`` parameter is specified. Otherwise, ``gp3``.
        #[serde(rename = "StorageType", skip_serializing_if = "Option::is_none")]
        pub storage_type: Option<Value<String>>,
        /// Tags to assign to the DB instance.
        #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<crate::cfn::Tag>>,
        /// The `TdeCredentialArn` property.
        #[serde(rename = "TdeCredentialArn", skip_serializing_if = "Option::is_none")]
        pub tde_credential_arn: Option<Value<String>>,
        /// The `TdeCredentialPassword` property.
        #[serde(
            rename = "TdeCredentialPassword",
            skip_serializing_if = "Option::is_none"
        )]
        pub tde_credential_password: Option<Value<String>>,
        /// The time zone of the DB instance. The time zone parameter is currently supported only by RDS for Db2 and RDS for SQL Server.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "Timezone", skip_serializing_if = "Option::is_none")]
        pub timezone: Option<Value<String>>,
        /// Specifies whether the DB instance class of the DB instance uses its default processor features. This setting doesn't apply to RDS Custom DB instances.
        #[serde(
            rename = "UseDefaultProcessorFeatures",
            skip_serializing_if = "Option::is_none"
        )]
        pub use_default_processor_features: Option<Value<bool>>,
        /// Specifies whether the DB instance is restored from the latest backup time. By default, the DB instance isn't restored from the latest backup time. This parameter applies to point-in-time recovery. For more information, see Restoring a DB instance to a specified time in the in the *Amazon RDS User Guide*. Constraints: + Can't be specified if the ``RestoreTime`` parameter is provided.
        #[serde(
            rename = "UseLatestRestorableTime",
            skip_serializing_if = "Option::is_none"
        )]
        pub use_latest_restorable_time: Option<Value<bool>>,
        /// A list of the VPC security group IDs to assign to the DB instance. The list can include both the physical IDs of existing VPC security groups and references to AWS::EC2::SecurityGroup resources created in the template. If you plan to update the resource, don't specify VPC security groups in a shared VPC. If you set ``VPCSecurityGroups``, you must not set DBSecurityGroups, and vice versa. You can migrate ...
        #[serde(rename = "VPCSecurityGroups", skip_serializing_if = "Option::is_none")]
        pub vpc_security_groups: Option<Vec<Value<String>>>,
    }

    impl CfnResource for DbInstance {
        const TYPE: &'static str = "AWS::RDS::DBInstance";
        const TAGGING: Tagging = Tagging::List;
    }

    /// Contains details about an additional storage volume for a DB instance. RDS support additional storage volumes for RDS for Oracle and RDS for SQL Server.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct AdditionalStorageVolume {
        /// The amount of storage allocated for the additional storage volume, in gibibytes (GiB). The minimum is 20 GiB. The maximum is 65,536 GiB (64 TiB).
        #[serde(rename = "AllocatedStorage", skip_serializing_if = "Option::is_none")]
        pub allocated_storage: Option<Value<String>>,
        /// The number of I/O operations per second (IOPS) provisioned for the additional storage volume.
        #[serde(rename = "Iops", skip_serializing_if = "Option::is_none")]
        pub iops: Option<Value<i64>>,
        /// The upper limit in gibibytes (GiB) to which RDS can automatically scale the storage of the additional storage volume.
        #[serde(
            rename = "MaxAllocatedStorage",
            skip_serializing_if = "Option::is_none"
        )]
        pub max_allocated_storage: Option<Value<i64>>,
        /// The `StorageOperationPercentProgress` property.
        #[serde(
            rename = "StorageOperationPercentProgress",
            skip_serializing_if = "Option::is_none"
        )]
        pub storage_operation_percent_progress: Option<Value<i64>>,
        /// The `StorageOperationStatus` property.
        #[serde(
            rename = "StorageOperationStatus",
            skip_serializing_if = "Option::is_none"
        )]
        pub storage_operation_status: Option<Value<String>>,
        /// The storage throughput value for the additional storage volume, in mebibytes per second (MiBps). This setting applies only to the General Purpose SSD (``gp3``) storage type.
        #[serde(rename = "StorageThroughput", skip_serializing_if = "Option::is_none")]
        pub storage_throughput: Option<Value<i64>>,
        /// The storage type for the additional storage volume. Valid Values: ``GP3 | IO2``
        #[serde(rename = "StorageType", skip_serializing_if = "Option::is_none")]
        pub storage_type: Option<Value<String>>,
        /// The name of the additional storage volume. Valid Values: ``RDSDBDATA2 | RDSDBDATA3 | RDSDBDATA4``
        #[serde(rename = "VolumeName", skip_serializing_if = "Option::is_none")]
        pub volume_name: Option<Value<String>>,
    }

    /// The details of the DB instance’s server certificate. For more information, see Using SSL/TLS to encrypt a connection to a DB instance in the *Amazon RDS User Guide* and Using SSL/TLS to encrypt a connection to a DB cluster in the *Amazon Aurora User Guide*.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct CertificateDetails {
        /// The CA identifier of the CA certificate used for the DB instance's server certificate.
        #[serde(rename = "CAIdentifier", skip_serializing_if = "Option::is_none")]
        pub ca_identifier: Option<Value<String>>,
        /// The expiration date of the DB instance’s server certificate.
        #[serde(rename = "ValidTill", skip_serializing_if = "Option::is_none")]
        pub valid_till: Option<Value<String>>,
    }

    /// Information about an AWS Identity and Access Management (IAM) role that is associated with a DB instance.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct DbInstanceRole {
        /// The name of the feature associated with the AWS Identity and Access Management (IAM) role. IAM roles that are associated with a DB instance grant permission for the DB instance to access other AWS services on your behalf. For the list of supported feature names, see the ``SupportedFeatureNames`` description in DBEngineVersion in the *Amazon RDS API Reference*.
        ///
        /// Required.
        #[serde(rename = "FeatureName")]
        pub feature_name: Value<String>,
        /// The Amazon Resource Name (ARN) of the IAM role that is associated with the DB instance.
        ///
        /// Required.
        #[serde(rename = "RoleArn")]
        pub role_arn: Value<String>,
    }

    /// Provides a list of status information for a DB instance.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct DbInstanceStatusInfo {
        /// Details of the error if there is an error for the instance. If the instance isn't in an error state, this value is blank.
        #[serde(rename = "Message", skip_serializing_if = "Option::is_none")]
        pub message: Option<Value<String>>,
        /// Indicates whether the instance is operating normally (TRUE) or is in an error state (FALSE).
        #[serde(rename = "Normal", skip_serializing_if = "Option::is_none")]
        pub normal: Option<Value<bool>>,
        /// The status of the DB instance. For a StatusType of read replica, the values can be replicating, replication stop point set, replication stop point reached, error, stopped, or terminated.
        #[serde(rename = "Status", skip_serializing_if = "Option::is_none")]
        pub status: Option<Value<String>>,
        /// This value is currently "read replication."
        #[serde(rename = "StatusType", skip_serializing_if = "Option::is_none")]
        pub status_type: Option<Value<String>>,
    }

    /// This data type represents the information you need to connect to an Amazon RDS DB instance. This data type is used as a response element in the following actions: + ``CreateDBInstance`` + ``DescribeDBInstances`` + ``DeleteDBInstance`` For the data structure that represents Amazon Aurora DB cluster endpoints, see ``DBClusterEndpoint``.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Endpoint {
        /// Specifies the DNS address of the DB instance.
        #[serde(rename = "Address", skip_serializing_if = "Option::is_none")]
        pub address: Option<Value<String>>,
        /// Specifies the ID that Amazon Route 53 assigns when you create a hosted zone.
        #[serde(rename = "HostedZoneId", skip_serializing_if = "Option::is_none")]
        pub hosted_zone_id: Option<Value<String>>,
        /// Specifies the port that the database engine is listening on.
        #[serde(rename = "Port", skip_serializing_if = "Option::is_none")]
        pub port: Option<Value<String>>,
    }

    /// The ``MasterUserSecret`` return value specifies the secret managed by RDS in AWS Secrets Manager for the master user password. For more information, see Password management with Secrets Manager in the *Amazon RDS User Guide* and Password management with Secrets Manager in the *Amazon Aurora User Guide.*
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct MasterUserSecret {
        /// The AWS KMS key identifier that is used to encrypt the secret.
        #[serde(rename = "KmsKeyId", skip_serializing_if = "Option::is_none")]
        pub kms_key_id: Option<Value<String>>,
        /// The Amazon Resource Name (ARN) of the secret. This parameter is a return value that you can retrieve using the ``Fn::GetAtt`` intrinsic function. For more information, see Return values.
        #[serde(rename = "SecretArn", skip_serializing_if = "Option::is_none")]
        pub secret_arn: Option<Value<String>>,
    }

    /// The ``ProcessorFeature`` property type specifies the processor features of a DB instance class.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ProcessorFeature {
        /// The name of the processor feature. Valid names are ``coreCount`` and ``threadsPerCore``.
        #[serde(rename = "Name", skip_serializing_if = "Option::is_none")]
        pub name: Option<Value<String>>,
        /// The value of a processor feature.
        #[serde(rename = "Value", skip_serializing_if = "Option::is_none")]
        pub value: Option<Value<String>>,
    }
}
pub use db_instance::DbInstance;

/// `AWS::RDS::DBParameterGroup`: the resource and its property types.
pub mod db_parameter_group {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// The ``AWS::RDS::DBParameterGroup`` resource creates a custom parameter group for an RDS database family. This type can be declared in a template and referenced in the ``DBParameterGroupName`` property of an ``AWS::RDS::DBInstance`` resource. For information about configuring parameters for Amazon RDS DB instances, see Working with parameter groups in the *Amazon RDS User Guide*. For information about ...
    ///
    /// CloudFormation type `AWS::RDS::DBParameterGroup`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct DbParameterGroup {
        /// The name of the DB parameter group. Constraints: + Must be 1 to 255 letters, numbers, or hyphens. + First character must be a letter + Can't end with a hyphen or contain two consecutive hyphens If you don't specify a value for ``DBParameterGroupName`` property, a name is automatically created for the DB parameter group. This value is stored as a lowercase string.
        ///
        /// Changing it replaces the resource.
        #[serde(
            rename = "DBParameterGroupName",
            skip_serializing_if = "Option::is_none"
        )]
        pub db_parameter_group_name: Option<Value<String>>,
        /// Provides the customer-specified description for this DB parameter group.
        ///
        /// Required.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "Description")]
        pub description: Value<String>,
        /// The DB parameter group family name. A DB parameter group can be associated with one and only one DB parameter group family, and can be applied only to a DB instance running a database engine and engine version compatible with that DB parameter group family. To list all of the available parameter group families for a DB engine, use the following command: ``aws rds describe-db-engine-versions --query ...
        ///
        /// Required.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "Family")]
        pub family: Value<String>,
        /// The `Parameters` property.
        #[serde(rename = "Parameters", skip_serializing_if = "Option::is_none")]
        pub parameters: Option<Json>,
        /// Tags to assign to the DB parameter group.
        #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<crate::cfn::Tag>>,
    }

    impl CfnResource for DbParameterGroup {
        const TYPE: &'static str = "AWS::RDS::DBParameterGroup";
        const TAGGING: Tagging = Tagging::List;
    }
}
pub use db_parameter_group::DbParameterGroup;

/// `AWS::RDS::DBSubnetGroup`: the resource and its property types.
pub mod db_subnet_group {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// The ``AWS::RDS::DBSubnetGroup`` resource creates a database subnet group. Subnet groups must contain at least two subnets in two different Availability Zones in the same region. For more information, see Working with DB subnet groups in the *Amazon RDS User Guide*.
    ///
    /// CloudFormation type `AWS::RDS::DBSubnetGroup`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct DbSubnetGroup {
        /// The description for the DB subnet group.
        ///
        /// Required.
        #[serde(rename = "DBSubnetGroupDescription")]
        pub db_subnet_group_description: Value<String>,
        /// The name for the DB subnet group. This value is stored as a lowercase string. Constraints: + Must contain no more than 255 letters, numbers, periods, underscores, spaces, or hyphens. + Must not be default. + First character must be a letter. Example: ``mydbsubnetgroup``
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "DBSubnetGroupName", skip_serializing_if = "Option::is_none")]
        pub db_subnet_group_name: Option<Value<String>>,
        /// The EC2 Subnet IDs for the DB subnet group.
        ///
        /// Required.
        #[serde(rename = "SubnetIds")]
        pub subnet_ids: Vec<Value<String>>,
        /// Tags to assign to the DB subnet group.
        #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<crate::cfn::Tag>>,
    }

    impl CfnResource for DbSubnetGroup {
        const TYPE: &'static str = "AWS::RDS::DBSubnetGroup";
        const TAGGING: Tagging = Tagging::List;
    }
}
pub use db_subnet_group::DbSubnetGroup;

/// `AWS::RDS::OptionGroup`: the resource and its property types.
pub mod option_group {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// The ``AWS::RDS::OptionGroup`` resource creates or updates an option group, to enable and configure features that are specific to a particular DB engine.
    ///
    /// CloudFormation type `AWS::RDS::OptionGroup`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct OptionGroup {
        /// Specifies the name of the engine that this option group should be associated with. Valid Values: + ``mariadb`` + ``mysql`` + ``oracle-ee`` + ``oracle-ee-cdb`` + ``oracle-se2`` + ``oracle-se2-cdb`` + ``postgres`` + ``sqlserver-ee`` + ``sqlserver-se`` + ``sqlserver-ex`` + ``sqlserver-web``
        ///
        /// Required.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "EngineName")]
        pub engine_name: Value<String>,
        /// Specifies the major version of the engine that this option group should be associated with.
        ///
        /// Required.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "MajorEngineVersion")]
        pub major_engine_version: Value<String>,
        /// A list of all available options for an option group.
        #[serde(
            rename = "OptionConfigurations",
            skip_serializing_if = "Option::is_none"
        )]
        pub option_configurations: Option<Vec<OptionConfiguration>>,
        /// The description of the option group.
        ///
        /// Required.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "OptionGroupDescription")]
        pub option_group_description: Value<String>,
        /// The name of the option group to be created. Constraints: + Must be 1 to 255 letters, numbers, or hyphens + First character must be a letter + Can't end with a hyphen or contain two consecutive hyphens Example: ``myoptiongroup`` If you don't specify a value for ``OptionGroupName`` property, a name is automatically created for the option group. This value is stored as a lowercase string.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "OptionGroupName", skip_serializing_if = "Option::is_none")]
        pub option_group_name: Option<Value<String>>,
        /// Tags to assign to the option group.
        #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<crate::cfn::Tag>>,
    }

    impl CfnResource for OptionGroup {
        const TYPE: &'static str = "AWS::RDS::OptionGroup";
        const TAGGING: Tagging = Tagging::List;
    }

    /// The ``OptionConfiguration`` property type specifies an individual option, and its settings, within an ``AWS::RDS::OptionGroup`` resource.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct OptionConfiguration {
        /// A list of DB security groups used for this option.
        #[serde(
            rename = "DBSecurityGroupMemberships",
            skip_serializing_if = "Option::is_none"
        )]
        pub db_security_group_memberships: Option<Vec<Value<String>>>,
        /// The configuration of options to include in a group.
        ///
        /// Required.
        #[serde(rename = "OptionName")]
        pub option_name: Value<String>,
        /// The option settings to include in an option group.
        #[serde(rename = "OptionSettings", skip_serializing_if = "Option::is_none")]
        pub option_settings: Option<Vec<OptionSetting>>,
        /// The version for the option.
        #[serde(rename = "OptionVersion", skip_serializing_if = "Option::is_none")]
        pub option_version: Option<Value<String>>,
        /// The optional port for the option.
        #[serde(rename = "Port", skip_serializing_if = "Option::is_none")]
        pub port: Option<Value<i64>>,
        /// A list of VPC security group names used for this option.
        #[serde(
            rename = "VpcSecurityGroupMemberships",
            skip_serializing_if = "Option::is_none"
        )]
        pub vpc_security_group_memberships: Option<Vec<Value<String>>>,
    }

    /// The ``OptionSetting`` property type specifies the value for an option within an ``OptionSetting`` property.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct OptionSetting {
        /// The name of the option that has settings that you can set.
        #[serde(rename = "Name", skip_serializing_if = "Option::is_none")]
        pub name: Option<Value<String>>,
        /// The current value of the option setting.
        #[serde(rename = "Value", skip_serializing_if = "Option::is_none")]
        pub value: Option<Value<String>>,
    }
}
pub use option_group::OptionGroup;

/// `AWS::RDS::DBCluster`: the resource and its property types.
pub mod db_cluster {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// The ``AWS::RDS::DBCluster`` resource creates an Amazon Aurora DB cluster or Multi-AZ DB cluster. For more information about creating an Aurora DB cluster, see Creating an Amazon Aurora DB cluster in the *Amazon Aurora User Guide*. For more information about creating a Multi-AZ DB cluster, see Creating a Multi-AZ DB cluster in the *Amazon RDS User Guide*. You can only create this resource in AWS Regions ...
    ///
    /// CloudFormation type `AWS::RDS::DBCluster`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct DbCluster {
        /// The amount of storage in gibibytes (GiB) to allocate to each DB instance in the Multi-AZ DB cluster. Valid for Cluster Type: Multi-AZ DB clusters only This setting is required to create a Multi-AZ DB cluster.
        #[serde(rename = "AllocatedStorage", skip_serializing_if = "Option::is_none")]
        pub allocated_storage: Option<Value<i64>>,
        /// Provides a list of the AWS Identity and Access Management (IAM) roles that are associated with the DB cluster. IAM roles that are associated with a DB cluster grant permission for the DB cluster to access other Amazon Web Services on your behalf. Valid for: Aurora DB clusters and Multi-AZ DB clusters
        #[serde(rename = "AssociatedRoles", skip_serializing_if = "Option::is_none")]
        pub associated_roles: Option<Vec<DbClusterRole>>,
        /// Specifies whether minor engine upgrades are applied automatically to the DB cluster during the maintenance window. By default, minor engine upgrades are applied automatically. Valid for Cluster Type: Aurora DB clusters and Multi-AZ DB cluster. For more information about automatic minor version upgrades, see Automatically upgrading the minor engine version.
        #[serde(
            rename = "AutoMinorVersionUpgrade",
            skip_serializing_if = "Option::is_none"
        )]
        pub auto_minor_version_upgrade: Option<Value<bool>>,
        /// A list of Availability Zones (AZs) where instances in the DB cluster can be created. For information on AWS Regions and Availability Zones, see Choosing the Regions and Availability Zones in the *Amazon Aurora User Guide*. Valid for: Aurora DB clusters only
        #[serde(rename = "AvailabilityZones", skip_serializing_if = "Option::is_none")]
        pub availability_zones: Option<Vec<Value<String>>>,
        /// The target backtrack window, in seconds. To disable backtracking, set this value to ``0``. Valid for Cluster Type: Aurora MySQL DB clusters only Default: ``0`` Constraints: + If specified, this value must be set to a number from 0 to 259,200 (72 hours).
        #[serde(rename = "BacktrackWindow", skip_serializing_if = "Option::is_none")]
        pub backtrack_window: Option<Value<i64>>,
        /// The number of days for which automated backups are retained. Default: 1 Constraints: + Must be a value from 1 to 35 Valid for: Aurora DB clusters and Multi-AZ DB clusters
        #[serde(
            rename = "BackupRetentionPeriod",
            skip_serializing_if = "Option::is_none"
        )]
        pub backup_retention_period: Option<Value<i64>>,
        /// Specifies the scalability mode of the Aurora DB cluster. When set to ``limitless``, the cluster operates as an Aurora Limitless Database, allowing you to create a DB shard group for horizontal scaling (sharding) capabilities. When set to ``standard`` (the default), the cluster uses normal DB instance creation. *Important:* Automated backup retention isn't supported with Aurora Limitless Database clusters. ...
        ///
        /// Changing it replaces the resource.
        #[serde(
            rename = "ClusterScalabilityType",
            skip_serializing_if = "Option::is_none"
        )]
        pub cluster_scalability_type: Option<Value<String>>,
        /// A value that indicates whether to copy all tags from the DB cluster to snapshots of the DB cluster. The default is not to copy them. Valid for: Aurora DB clusters and Multi-AZ DB clusters
        #[serde(rename = "CopyTagsToSnapshot", skip_serializing_if = "Option::is_none")]
        pub copy_tags_to_snapshot: Option<Value<bool>>,
        /// The DB cluster identifier. This parameter is stored as a lowercase string. Constraints: + Must contain from 1 to 63 letters, numbers, or hyphens. + First character must be a letter. + Can't end with a hyphen or contain two consecutive hyphens. Example: ``my-cluster1`` Valid for: Aurora DB clusters and Multi-AZ DB clusters
        ///
        /// Changing it replaces the resource.
        #[serde(
            rename = "DBClusterIdentifier",
            skip_serializing_if = "Option::is_none"
        )]
        pub db_cluster_identifier: Option<Value<String>>,
        /// The compute and memory capacity of each DB instance in the Multi-AZ DB cluster, for example ``db.m6gd.xlarge``. Not all DB instance classes are available in all AWS-Regions, or for all database engines. For the full list of DB instance classes and availability for your engine, see DB instance class in the *Amazon RDS User Guide*. This setting is required to create a Multi-AZ DB cluster. Valid for Cluster ...
        #[serde(
            rename = "DBClusterInstanceClass",
            skip_serializing_if = "Option::is_none"
        )]
        pub db_cluster_instance_class: Option<Value<String>>,
        /// The name of the DB cluster parameter group to associate with this DB cluster. If you apply a parameter group to an existing DB cluster, then its DB instances might need to reboot. This can result in an outage while the DB instances are rebooting. If you apply a change to parameter group associated with a stopped DB cluster, then the update stack waits until the DB cluster is started. To list all of ...
        #[serde(
            rename = "DBClusterParameterGroupName",
            skip_serializing_if = "Option::is_none"
        )]
        pub db_cluster_parameter_group_name: Option<Value<String>>,
        /// The name of the DB parameter group to apply to all instances of the DB cluster. When you apply a parameter group using the ``DBInstanceParameterGroupName`` parameter, the DB cluster isn't rebooted automatically. Also, parameter changes are applied immediately rather than during the next maintenance window. Valid for Cluster Type: Aurora DB clusters only Default: The existing name setting Constraints: ...
        #[serde(
            rename = "DBInstanceParameterGroupName",
            skip_serializing_if = "Option::is_none"
        )]
        pub db_instance_parameter_group_name: Option<Value<String>>,
        /// A DB subnet group that you want to associate with this DB cluster. If you are restoring a DB cluster to a point in time with ``RestoreType`` set to ``copy-on-write``, and don't specify a DB subnet group name, then the DB cluster is restored with a default DB subnet group. Valid for: Aurora DB clusters and Multi-AZ DB clusters
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "DBSubnetGroupName", skip_serializing_if = "Option::is_none")]
        pub db_subnet_group_name: Option<Value<String>>,
        /// Reserved for future use.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "DBSystemId", skip_serializing_if = "Option::is_none")]
        pub db_system_id: Option<Value<String>>,
        /// The mode of Database Insights to enable for the DB cluster. If you set this value to ``advanced``, you must also set the ``PerformanceInsightsEnabled`` parameter to ``true`` and the ``PerformanceInsightsRetentionPeriod`` parameter to 465. Valid for Cluster Type: Aurora DB clusters and Multi-AZ DB clusters
        #[serde(
            rename = "DatabaseInsightsMode",
            skip_serializing_if = "Option::is_none"
        )]
        pub database_insights_mode: Option<Value<String>>,
        /// The name of your database. If you don't provide a name, then Amazon RDS won't create a database in this DB cluster. For naming constraints, see Naming Constraints in the *Amazon Aurora User Guide*. Valid for: Aurora DB clusters and Multi-AZ DB clusters
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "DatabaseName", skip_serializing_if = "Option::is_none")]
        pub database_name: Option<Value<String>>,
        /// Specifies whether to remove automated backups immediately after the DB cluster is deleted. This parameter isn't case-sensitive. The default is to remove automated backups immediately after the DB cluster is deleted, unless the AWS Backup policy specifies a point-in-time restore rule.
        #[serde(
            rename = "DeleteAutomatedBackups",
            skip_serializing_if = "Option::is_none"
        )]
        pub delete_automated_backups: Option<Value<bool>>,
        /// A value that indicates whether the DB cluster has deletion protection enabled. The database can't be deleted when deletion protection is enabled. By default, deletion protection is disabled. Valid for: Aurora DB clusters and Multi-AZ DB clusters
        #[serde(rename = "DeletionProtection", skip_serializing_if = "Option::is_none")]
        pub deletion_protection: Option<Value<bool>>,
        /// Indicates the directory ID of the Active Directory to create the DB cluster. For Amazon Aurora DB clusters, Amazon RDS can use Kerberos authentication to authenticate users that connect to the DB cluster. For more information, see Kerberos authentication in the *Amazon Aurora User Guide*. Valid for: Aurora DB clusters only
        #[serde(rename = "Domain", skip_serializing_if = "Option::is_none")]
        pub domain: Option<Value<String>>,
        /// Specifies the name of the IAM role to use when making API calls to the Directory Service. Valid for: Aurora DB clusters only
        #[serde(rename = "DomainIAMRoleName", skip_serializing_if = "Option::is_none")]
        pub domain_iam_role_name: Option<Value<String>>,
        /// The list of log types that need to be enabled for exporting to CloudWatch Logs. The values in the list depend on the DB engine being used. For more information, see Publishing Database Logs to Amazon CloudWatch Logs in the *Amazon Aurora User Guide*. *Aurora MySQL* Valid values: ``audit``, ``error``, ``general``, ``slowquery`` *Aurora PostgreSQL* Valid values: ``postgresql`` Valid for: Aurora DB clusters ...
        #[serde(
            rename = "EnableCloudwatchLogsExports",
            skip_serializing_if = "Option::is_none"
        )]
        pub enable_cloudwatch_logs_exports: Option<Vec<Value<String>>>,
        /// Specifies whether to enable this DB cluster to forward write operations to the primary cluster of a global cluster (Aurora global database). By default, write operations are not allowed on Aurora DB clusters that are secondary clusters in an Aurora global database. You can set this value only on Aurora DB clusters that are members of an Aurora global database. With this parameter enabled, a secondary ...
        #[serde(
            rename = "EnableGlobalWriteForwarding",
            skip_serializing_if = "Option::is_none"
        )]
        pub enable_global_write_forwarding: Option<Value<bool>>,
        /// Specifies whether to enable the HTTP endpoint for the DB cluster. By default, the HTTP endpoint isn't enabled. When enabled, the HTTP endpoint provides a connectionless web service API (RDS Data API) for running SQL queries on the DB cluster. You can also query your database from inside the RDS console with the RDS query editor. For more information, see Using RDS Data API in the *Amazon Aurora User ...
        #[serde(rename = "EnableHttpEndpoint", skip_serializing_if = "Option::is_none")]
        pub enable_http_endpoint: Option<Value<bool>>,
        /// A value that indicates whether to enable mapping of AWS Identity and Access Management (IAM) accounts to database accounts. By default, mapping is disabled. For more information, see IAM Database Authentication in the *Amazon Aurora User Guide.* Valid for: Aurora DB clusters only
        #[serde(
            rename = "EnableIAMDatabaseAuthentication",
            skip_serializing_if = "Option::is_none"
        )]
        pub enable_iam_database_authentication: Option<Value<bool>>,
        /// Specifies whether read replicas can forward write operations to the writer DB instance in the DB cluster. By default, write operations aren't allowed on reader DB instances. Valid for: Aurora DB clusters only
        #[serde(
            rename = "EnableLocalWriteForwarding",
            skip_serializing_if = "Option::is_none"
        )]
        pub enable_local_write_forwarding: Option<Value<bool>>,
        /// The name of the database engine to be used for this DB cluster. Valid Values: + ``aurora-mysql`` + ``aurora-postgresql`` + ``mysql`` + ``postgres`` Valid for: Aurora DB clusters and Multi-AZ DB clusters
        #[serde(rename = "Engine", skip_serializing_if = "Option::is_none")]
        pub engine: Option<Value<String>>,
        /// The lifecycle type for this DB cluster. By default, this value is set to ``open-source-rds-extended-support``, which enrolls your DB cluster into Amazon RDS Extended Support. At the end of standard support, you can avoid charges for Extended Support by setting the value to ``open-source-rds-extended-support-disabled``. In this case, creating the DB cluster will fail if the DB major version is past ...
        #[serde(
            rename = "EngineLifecycleSupport",
            skip_serializing_if = "Option::is_none"
        )]
        pub engine_lifecycle_support: Option<Value<String>>,
        /// The DB engine mode of the DB cluster, either ``provisioned`` or ``serverless``. The ``serverless`` engine mode only applies for Aurora Serverless v1 DB clusters. Aurora Serverless v2 DB clusters use the ``provisioned`` engine mode. For information about limitations and requirements for Serverless DB clusters, see the following sections in the *Amazon Aurora User Guide*: + Limitations of Aurora Serverless ...
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "EngineMode", skip_serializing_if = "Option::is_none")]
        pub engine_mode: Option<Value<String>>,
        /// The version number of the database engine to use. Don't use this property if your DB cluster is a member of a global database cluster. Instead, specify the ``EngineVersion`` property on the AWS::RDS::GlobalCluster resource. Major version upgrades aren't supported for individual members of a global cluster. Use ``ModifyGlobalCluster`` to upgrade all members of the global cluster. To list all of the ...
        #[serde(rename = "EngineVersion", skip_serializing_if = "Option::is_none")]
        pub engine_version: Option<Value<String>>,
        /// If you are configuring an Aurora global database cluster and want your Aurora DB cluster to be a secondary member in the global database cluster, specify the global cluster ID of the global database cluster. To define the primary database cluster of the global cluster, use the AWS::RDS::GlobalCluster resource. If you aren't configuring a global database cluster, don't specify this property. To remove ...
        #[serde(
            rename = "GlobalClusterIdentifier",
            skip_serializing_if = "Option::is_none"
        )]
        pub global_cluster_identifier: Option<Value<String>>,
        /// The amount of Provisioned IOPS (input/output operations per second) to be initially allocated for each DB instance in the Multi-AZ DB cluster. For information about valid IOPS values, see Provisioned IOPS storage in the *Amazon RDS User Guide*. This setting is required to create a Multi-AZ DB cluster. Valid for Cluster Type: Multi-AZ DB clusters only Constraints: + Must be a multiple between .5 and ...
        #[serde(rename = "Iops", skip_serializing_if = "Option::is_none")]
        pub iops: Option<Value<i64>>,
        /// The Amazon Resource Name (ARN) of the AWS KMS key that is used to encrypt the database instances in the DB cluster, such as ``arn:aws:kms:us-east-1:012345678910:key/abcd1234-a123-456a-a12b-a123b4cd56ef``. If you enable the ``StorageEncrypted`` property but don't specify this property, the default KMS key is used. If you specify this property, you must set the ``StorageEncrypted`` property to ``true``. ...
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "KmsKeyId", skip_serializing_if = "Option::is_none")]
        pub kms_key_id: Option<Value<String>>,
        /// Specifies whether to manage the master user password with AWS Secrets Manager. For more information, see Password management with Secrets Manager in the *Amazon RDS User Guide* and Password management with Secrets Manager in the *Amazon Aurora User Guide.* Valid for Cluster Type: Aurora DB clusters and Multi-AZ DB clusters Constraints: + Can't manage the master user password with AWS Secrets Manager ...
        #[serde(
            rename = "ManageMasterUserPassword",
            skip_serializing_if = "Option::is_none"
        )]
        pub manage_master_user_password: Option<Value<bool>>,
        /// Specifies the authentication type for the master user. With IAM master user authentication, you can configure the master DB user with IAM database authentication when you create a DB cluster. You can specify one of the following values: + ``password`` - Use standard database authentication with a password. + ``iam-db-auth`` - Use IAM database authentication for the master user. Valid for Cluster Type: ...
        #[serde(
            rename = "MasterUserAuthenticationType",
            skip_serializing_if = "Option::is_none"
        )]
        pub master_user_authentication_type: Option<Value<String>>,
        /// The master password for the DB instance. If you specify the ``SourceDBClusterIdentifier``, ``SnapshotIdentifier``, or ``GlobalClusterIdentifier`` property, don't specify this property. The value is inherited from the source DB cluster, the snapshot, or the primary DB cluster for the global database cluster, respectively. Valid for: Aurora DB clusters and Multi-AZ DB clusters
        #[serde(rename = "MasterUserPassword", skip_serializing_if = "Option::is_none")]
        pub master_user_password: Option<Value<String>>,
        /// The secret managed by RDS in AWS Secrets Manager for the master user password. When you restore a DB cluster from a snapshot, Amazon RDS generates a new secret instead of reusing the secret specified in the ``SecretArn`` property. This ensures that the restored DB cluster is securely managed with a dedicated secret. To maintain consistent integration with your application, you might need to update ...
        #[serde(rename = "MasterUserSecret", skip_serializing_if = "Option::is_none")]
        pub master_user_secret: Option<MasterUserSecret>,
        /// The name of the master user for the DB cluster. If you specify the ``SourceDBClusterIdentifier``, ``SnapshotIdentifier``, or ``GlobalClusterIdentifier`` property, don't specify this property. The value is inherited from the source DB cluster, the snapshot, or the primary DB cluster for the global database cluster, respectively. Valid for: Aurora DB clusters and Multi-AZ DB clusters
        #[serde(rename = "MasterUsername", skip_serializing_if = "Option::is_none")]
        pub master_username: Option<Value<String>>,
        /// The interval, in seconds, between points when Enhanced Monitoring metrics are collected for the DB cluster. To turn off collecting Enhanced Monitoring metrics, specify ``0``. If ``MonitoringRoleArn`` is specified, also set ``MonitoringInterval`` to a value other than ``0``. Valid for Cluster Type: Aurora DB clusters and Multi-AZ DB clusters Valid Values: ``0 | 1 | 5 | 10 | 15 | 30 | 60`` Default: ``0``
        #[serde(rename = "MonitoringInterval", skip_serializing_if = "Option::is_none")]
        pub monitoring_interval: Option<Value<i64>>,
        /// The Amazon Resource Name (ARN) for the IAM role that permits RDS to send Enhanced Monitoring metrics to Amazon CloudWatch Logs. An example is ``arn:aws:iam:123456789012:role/emaccess``. For information on creating a monitoring role, see Setting up and enabling Enhanced Monitoring in the *Amazon RDS User Guide*. If ``MonitoringInterval`` is set to a value other than ``0``, supply a ``MonitoringRoleArn`` ...
        #[serde(rename = "MonitoringRoleArn", skip_serializing_if = "Option::is_none")]
        pub monitoring_role_arn: Option<Value<String>>,
        /// The network type of the DB cluster. Valid values: + ``IPV4`` + ``DUAL`` The network type is determined by the ``DBSubnetGroup`` specified for the DB cluster. A ``DBSubnetGroup`` can support only the IPv4 protocol or the IPv4 and IPv6 protocols (``DUAL``). For more information, see Working with a DB instance in a VPC in the *Amazon Aurora User Guide.* Valid for: Aurora DB clusters only
        #[serde(rename = "NetworkType", skip_serializing_if = "Option::is_none")]
        pub network_type: Option<Value<String>>,
        /// Specifies whether to turn on Performance Insights for the DB cluster. For more information, see Using Amazon Performance Insights in the *Amazon RDS User Guide*. Valid for Cluster Type: Aurora DB clusters and Multi-AZ DB clusters
        #[serde(
            rename = "PerformanceInsightsEnabled",
            skip_serializing_if = "Option::is_none"
        )]
        pub performance_insights_enabled: Option<Value<bool>>,
        /// The AWS KMS key identifier for encryption of Performance Insights data. The AWS KMS key identifier is the key ARN, key ID, alias ARN, or alias name for the KMS key. If you don't specify a value for ``PerformanceInsightsKMSKeyId``, then Amazon RDS uses your default KMS key. There is a default KMS key for your AWS-account. Your AWS-account has a different default KMS key for each AWS-Region. Valid for ...
        #[serde(
            rename = "PerformanceInsightsKmsKeyId",
            skip_serializing_if = "Option::is_none"
        )]
        pub performance_insights_kms_key_id: Option<Value<String>>,
        /// The number of days to retain Performance Insights data. When creating a DB cluster without enabling Performance Insights, you can't specify the parameter ``PerformanceInsightsRetentionPeriod``. Valid for Cluster Type: Aurora DB clusters and Multi-AZ DB clusters Valid Values: + ``7`` + *month* * 31, where *month* is a number of months from 1-23. Examples: ``93`` (3 months * 31), ``341`` (11 months * ...
        #[serde(
            rename = "PerformanceInsightsRetentionPeriod",
            skip_serializing_if = "Option::is_none"
        )]
        pub performance_insights_retention_period: Option<Value<i64>>,
        /// The port number on which the DB instances in the DB cluster accept connections. Default: + RDS for MySQL and Aurora MySQL - ``3306`` + RDS for PostgreSQL and Aurora PostgreSQL - ``5432`` The ``No interruption`` on update behavior only applies to DB clusters. If you are updating a DB instance, see Port for the AWS::RDS::DBInstance resource. Valid for: Aurora DB clusters and Multi-AZ DB clusters
        #[serde(rename = "Port", skip_serializing_if = "Option::is_none")]
        pub port: Option<Value<i64>>,
        /// The daily time range during which automated backups are created. For more information, see Backup Window in the *Amazon Aurora User Guide.* Constraints: + Must be in the format ``hh24:mi-hh24:mi``. + Must be in Universal Coordinated Time (UTC). + Must not conflict with the preferred maintenance window. + Must be at least 30 minutes. Valid for: Aurora DB clusters and Multi-AZ DB clusters
        #[serde(
            rename = "PreferredBackupWindow",
            skip_serializing_if = "Option::is_none"
        )]
        pub preferred_backup_window: Option<Value<String>>,
        /// The weekly time range during which system maintenance can occur, in Universal Coordinated Time (UTC). Format: ``ddd:hh24:mi-ddd:hh24:mi`` The default is a 30-minute window selected at random from an 8-hour block of time for each AWS Region, occurring on a random day of the week. To see the time blocks available, see Maintaining an Amazon Aurora DB cluster in the *Amazon Aurora User Guide.* Valid Days: ...
        #[serde(
            rename = "PreferredMaintenanceWindow",
            skip_serializing_if = "Option::is_none"
        )]
        pub preferred_maintenance_window: Option<Value<String>>,
        /// Specifies whether the DB cluster is publicly accessible. Valid for Cluster Type: Multi-AZ DB clusters only When the DB cluster is publicly accessible and you connect from outside of the DB cluster's virtual private cloud (VPC), its domain name system (DNS) endpoint resolves to the public IP address. When you connect from within the same VPC as the DB cluster, the endpoint resolves to the private IP ...
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "PubliclyAccessible", skip_serializing_if = "Option::is_none")]
        pub publicly_accessible: Option<Value<bool>>,
        /// The Amazon Resource Name (ARN) of the source DB instance or DB cluster if this DB cluster is created as a read replica. Valid for: Aurora DB clusters only
        #[serde(
            rename = "ReplicationSourceIdentifier",
            skip_serializing_if = "Option::is_none"
        )]
        pub replication_source_identifier: Option<Value<String>>,
        /// The date and time to restore the DB cluster to. Valid Values: Value must be a time in Universal Coordinated Time (UTC) format Constraints: + Must be before the latest restorable time for the DB instance + Must be specified if ``UseLatestRestorableTime`` parameter isn't provided + Can't be specified if the ``UseLatestRestorableTime`` parameter is enabled + Can't be specified if the ``RestoreType`` parameter ...
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "RestoreToTime", skip_serializing_if = "Option::is_none")]
        pub restore_to_time: Option<Value<String>>,
        /// The type of restore to be performed. You can specify one of the following values: + ``full-copy`` - The new DB cluster is restored as a full copy of the source DB cluster. + ``copy-on-write`` - The new DB cluster is restored as a clone of the source DB cluster. If you don't specify a ``RestoreType`` value, then the new DB cluster is restored as a full copy of the source DB cluster. Valid for: Aurora ...
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "RestoreType", skip_serializing_if = "Option::is_none")]
        pub restore_type: Option<Value<String>>,
        /// The scaling configuration of an Aurora Serverless v1 DB cluster. This property is only supported for Aurora Serverless v1. For Aurora Serverless v2, Use the ``ServerlessV2ScalingConfiguration`` property. Valid for: Aurora Serverless v1 DB clusters only
        #[serde(
            rename = "ScalingConfiguration",
            skip_serializing_if = "Option::is_none"
        )]
        pub scaling_configuration: Option<ScalingConfiguration>,
        /// The scaling configuration of an Aurora Serverless V2 DB cluster. This property is only supported for Aurora Serverless v2. For Aurora Serverless v1, Use the ``ScalingConfiguration`` property. Valid for: Aurora Serverless v2 DB clusters only
        #[serde(
            rename = "ServerlessV2ScalingConfiguration",
            skip_serializing_if = "Option::is_none"
        )]
        pub serverless_v2_scaling_configuration: Option<ServerlessV2ScalingConfiguration>,
        /// The identifier for the DB snapshot or DB cluster snapshot to restore from. You can use either the name or the Amazon Resource Name (ARN) to specify a DB cluster snapshot. However, you can use only the ARN to specify a DB snapshot. After you restore a DB cluster with a ``SnapshotIdentifier`` property, you must specify the same ``SnapshotIdentifier`` property for any future updates to the DB cluster. ...
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "SnapshotIdentifier", skip_serializing_if = "Option::is_none")]
        pub snapshot_identifier: Option<Value<String>>,
        /// When restoring a DB cluster to a point in time, the identifier of the source DB cluster from which to restore. Constraints: + Must match the identifier of an existing DBCluster. + Cannot be specified if ``SourceDbClusterResourceId`` is specified. You must specify either ``SourceDBClusterIdentifier`` or ``SourceDbClusterResourceId``, but not both. Valid for: Aurora DB clusters and Multi-AZ DB clusters
        ///
        /// Changing it replaces the resource.
        #[serde(
            rename = "SourceDBClusterIdentifier",
            skip_serializing_if = "Option::is_none"
        )]
        pub source_db_cluster_identifier: Option<Value<String>>,
        /// The resource ID of the source DB cluster from which to restore.
        ///
        /// Changing it replaces the resource.
        #[serde(
            rename = "SourceDbClusterResourceId",
            skip_serializing_if = "Option::is_none"
        )]
        pub source_db_cluster_resource_id: Option<Value<String>>,
        /// The AWS Region which contains the source DB cluster when replicating a DB cluster. For example, ``us-east-1``. Valid for: Aurora DB clusters only
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "SourceRegion", skip_serializing_if = "Option::is_none")]
        pub source_region: Option<Value<String>>,
        /// Indicates whether the DB cluster is encrypted. If you specify the ``KmsKeyId`` property, then you must enable encryption. If you specify the ``SourceDBClusterIdentifier`` property, don't specify this property. The value is inherited from the source DB cluster, and if the DB cluster is encrypted, the specified ``KmsKeyId`` property is used. If you specify the ``SnapshotIdentifier`` and the specified ...
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "StorageEncrypted", skip_serializing_if = "Option::is_none")]
        pub storage_encrypted: Option<Value<bool>>,
        /// The storage type to associate with the DB cluster. For information on storage types for Aurora DB clusters, see Storage configurations for Amazon Aurora DB clusters. For information on storage types for Multi-AZ DB clusters, see Settings for creating Multi-AZ DB clusters. This setting is required to create a Multi-AZ DB cluster. When specified for a Multi-AZ DB cluster, a value for the ``Iops`` parameter ...
        #[serde(rename = "StorageType", skip_serializing_if = "Option::is_none")]
        pub storage_type: Option<Value<String>>,
        /// Tags to assign to the DB cluster. Valid for Cluster Type: Aurora DB clusters and Multi-AZ DB clusters
        #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<crate::cfn::Tag>>,
        /// A value that indicates whether to restore the DB cluster to the latest restorable backup time. By default, the DB cluster is not restored to the latest restorable backup time. Valid for: Aurora DB clusters and Multi-AZ DB clusters
        ///
        /// Changing it replaces the resource.
        #[serde(
            rename = "UseLatestRestorableTime",
            skip_serializing_if = "Option::is_none"
        )]
        pub use_latest_restorable_time: Option<Value<bool>>,
        /// A list of EC2 VPC security groups to associate with this DB cluster. If you plan to update the resource, don't specify VPC security groups in a shared VPC. Valid for: Aurora DB clusters and Multi-AZ DB clusters
        #[serde(
            rename = "VpcSecurityGroupIds",
            skip_serializing_if = "Option::is_none"
        )]
        pub vpc_security_group_ids: Option<Vec<Value<String>>>,
    }

    impl CfnResource for DbCluster {
        const TYPE: &'static str = "AWS::RDS::DBCluster";
        const TAGGING: Tagging = Tagging::List;
    }

    /// Describes an AWS Identity and Access Management (IAM) role that is associated with a DB cluster.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct DbClusterRole {
        /// The name of the feature associated with the AWS Identity and Access Management (IAM) role. IAM roles that are associated with a DB cluster grant permission for the DB cluster to access other AWS services on your behalf. For the list of supported feature names, see the ``SupportedFeatureNames`` description in DBEngineVersion in the *Amazon RDS API Reference*.
        #[serde(rename = "FeatureName", skip_serializing_if = "Option::is_none")]
        pub feature_name: Option<Value<String>>,
        /// The Amazon Resource Name (ARN) of the IAM role that is associated with the DB cluster.
        ///
        /// Required.
        #[serde(rename = "RoleArn")]
        pub role_arn: Value<String>,
    }

    /// The ``Endpoint`` return value specifies the connection endpoint for the primary instance of the DB cluster.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Endpoint {
        /// Specifies the connection endpoint for the primary instance of the DB cluster.
        #[serde(rename = "Address", skip_serializing_if = "Option::is_none")]
        pub address: Option<Value<String>>,
        /// Specifies the port that the database engine is listening on.
        #[serde(rename = "Port", skip_serializing_if = "Option::is_none")]
        pub port: Option<Value<String>>,
    }

    /// The ``MasterUserSecret`` return value specifies the secret managed by RDS in AWS Secrets Manager for the master user password. For more information, see Password management with Secrets Manager in the *Amazon RDS User Guide* and Password management with Secrets Manager in the *Amazon Aurora User Guide.*
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct MasterUserSecret {
        /// The AWS KMS key identifier that is used to encrypt the secret.
        #[serde(rename = "KmsKeyId", skip_serializing_if = "Option::is_none")]
        pub kms_key_id: Option<Value<String>>,
        /// The Amazon Resource Name (ARN) of the secret. This parameter is a return value that you can retrieve using the ``Fn::GetAtt`` intrinsic function. For more information, see Return values.
        #[serde(rename = "SecretArn", skip_serializing_if = "Option::is_none")]
        pub secret_arn: Option<Value<String>>,
    }

    /// The ``ReadEndpoint`` return value specifies the reader endpoint for the DB cluster. The reader endpoint for a DB cluster load-balances connections across the Aurora Replicas that are available in a DB cluster. As clients request new connections to the reader endpoint, Aurora distributes the connection requests among the Aurora Replicas in the DB cluster. This functionality can help balance your read ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ReadEndpoint {
        /// The host address of the reader endpoint.
        #[serde(rename = "Address", skip_serializing_if = "Option::is_none")]
        pub address: Option<Value<String>>,
    }

    /// The ``ScalingConfiguration`` property type specifies the scaling configuration of an Aurora Serverless v1 DB cluster. For more information, see Using Amazon Aurora Serverless in the *Amazon Aurora User Guide*. This property is only supported for Aurora Serverless v1. For Aurora Serverless v2, Use the ``ServerlessV2ScalingConfiguration`` property. Valid for: Aurora Serverless v1 DB clusters only
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ScalingConfiguration {
        /// Indicates whether to allow or disallow automatic pause for an Aurora DB cluster in ``serverless`` DB engine mode. A DB cluster can be paused only when it's idle (it has no connections). If a DB cluster is paused for more than seven days, the DB cluster might be backed up with a snapshot. In this case, the DB cluster is restored when there is a request to connect to it.
        #[serde(rename = "AutoPause", skip_serializing_if = "Option::is_none")]
        pub auto_pause: Option<Value<bool>>,
        /// The maximum capacity for an Aurora DB cluster in ``serverless`` DB engine mode. For Aurora MySQL, valid capacity values are ``1``, ``2``, ``4``, ``8``, ``16``, ``32``, ``64``, ``128``, and ``256``. For Aurora PostgreSQL, valid capacity values are ``2``, ``4``, ``8``, ``16``, ``32``, ``64``, ``192``, and ``384``. The maximum capacity must be greater than or equal to the minimum capacity.
        #[serde(rename = "MaxCapacity", skip_serializing_if = "Option::is_none")]
        pub max_capacity: Option<Value<i64>>,
        /// The minimum capacity for an Aurora DB cluster in ``serverless`` DB engine mode. For Aurora MySQL, valid capacity values are ``1``, ``2``, ``4``, ``8``, ``16``, ``32``, ``64``, ``128``, and ``256``. For Aurora PostgreSQL, valid capacity values are ``2``, ``4``, ``8``, ``16``, ``32``, ``64``, ``192``, and ``384``. The minimum capacity must be less than or equal to the maximum capacity.
        #[serde(rename = "MinCapacity", skip_serializing_if = "Option::is_none")]
        pub min_capacity: Option<Value<i64>>,
        /// The amount of time, in seconds, that Aurora Serverless v1 tries to find a scaling point to perform seamless scaling before enforcing the timeout action. The default is 300. Specify a value between 60 and 600 seconds.
        #[serde(
            rename = "SecondsBeforeTimeout",
            skip_serializing_if = "Option::is_none"
        )]
        pub seconds_before_timeout: Option<Value<i64>>,
        /// The time, in seconds, before an Aurora DB cluster in ``serverless`` mode is paused. Specify a value between 300 and 86,400 seconds.
        #[serde(
            rename = "SecondsUntilAutoPause",
            skip_serializing_if = "Option::is_none"
        )]
        pub seconds_until_auto_pause: Option<Value<i64>>,
        /// The action to take when the timeout is reached, either ``ForceApplyCapacityChange`` or ``RollbackCapacityChange``. ``ForceApplyCapacityChange`` sets the capacity to the specified value as soon as possible. ``RollbackCapacityChange``, the default, ignores the capacity change if a scaling point isn't found in the timeout period. If you specify ``ForceApplyCapacityChange``, connections that prevent Aurora ...
        #[serde(rename = "TimeoutAction", skip_serializing_if = "Option::is_none")]
        pub timeout_action: Option<Value<String>>,
    }

    /// The ``ServerlessV2ScalingConfiguration`` property type specifies the scaling configuration of an Aurora Serverless V2 DB cluster. For more information, see Using Amazon Aurora Serverless v2 in the *Amazon Aurora User Guide*. If you have an Aurora cluster, you must set this attribute before you add a DB instance that uses the ``db.serverless`` DB instance class. For more information, see Clusters that ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ServerlessV2ScalingConfiguration {
        /// The maximum number of Aurora capacity units (ACUs) for a DB instance in an Aurora Serverless v2 cluster. You can specify ACU values in half-step increments, such as 40, 40.5, 41, and so on. The largest value that you can use is 128. The maximum capacity must be higher than 0.5 ACUs. For more information, see Choosing the maximum Aurora Serverless v2 capacity setting for a cluster in the *Amazon Aurora ...
        #[serde(rename = "MaxCapacity", skip_serializing_if = "Option::is_none")]
        pub max_capacity: Option<Value<f64>>,
        /// The minimum number of Aurora capacity units (ACUs) for a DB instance in an Aurora Serverless v2 cluster. You can specify ACU values in half-step increments, such as 8, 8.5, 9, and so on. For Aurora versions that support the Aurora Serverless v2 auto-pause feature, the smallest value that you can use is 0. For versions that don't support Aurora Serverless v2 auto-pause, the smallest value that you can ...
        #[serde(rename = "MinCapacity", skip_serializing_if = "Option::is_none")]
        pub min_capacity: Option<Value<f64>>,
        /// Specifies the number of seconds an Aurora Serverless v2 DB instance must be idle before Aurora attempts to automatically pause it. Specify a value between 300 seconds (five minutes) and 86,400 seconds (one day). The default is 300 seconds.
        #[serde(
            rename = "SecondsUntilAutoPause",
            skip_serializing_if = "Option::is_none"
        )]
        pub seconds_until_auto_pause: Option<Value<i64>>,
    }
}
pub use db_cluster::DbCluster;

/// `AWS::RDS::DBClusterParameterGroup`: the resource and its property types.
pub mod db_cluster_parameter_group {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// The ``AWS::RDS::DBClusterParameterGroup`` resource creates a new Amazon RDS DB cluster parameter group. For information about configuring parameters for Amazon Aurora DB clusters, see Working with parameter groups in the *Amazon Aurora User Guide*. If you apply a parameter group to a DB cluster, then its DB instances might need to reboot. This can result in an outage while the DB instances are rebooting. ...
    ///
    /// CloudFormation type `AWS::RDS::DBClusterParameterGroup`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct DbClusterParameterGroup {
        /// The name of the DB cluster parameter group. Constraints: + Must not match the name of an existing DB cluster parameter group. This value is stored as a lowercase string.
        ///
        /// Changing it replaces the resource.
        #[serde(
            rename = "DBClusterParameterGroupName",
            skip_serializing_if = "Option::is_none"
        )]
        pub db_cluster_parameter_group_name: Option<Value<String>>,
        /// The description for the DB cluster parameter group.
        ///
        /// Required.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "Description")]
        pub description: Value<String>,
        /// The DB cluster parameter group family name. A DB cluster parameter group can be associated with one and only one DB cluster parameter group family, and can be applied only to a DB cluster running a database engine and engine version compatible with that DB cluster parameter group family. *Aurora MySQL* Example: ``aurora-mysql5.7``, ``aurora-mysql8.0`` *Aurora PostgreSQL* Example: ``aurora-postgresql14`` ...
        ///
        /// Required.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "Family")]
        pub family: Value<String>,
        /// The `Parameters` property.
        ///
        /// Required.
        #[serde(rename = "Parameters")]
        pub parameters: Json,
        /// Tags to assign to the DB cluster parameter group.
        #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<crate::cfn::Tag>>,
    }

    impl CfnResource for DbClusterParameterGroup {
        const TYPE: &'static str = "AWS::RDS::DBClusterParameterGroup";
        const TAGGING: Tagging = Tagging::List;
    }
}
pub use db_cluster_parameter_group::DbClusterParameterGroup;
