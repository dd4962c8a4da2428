//! Every network, compute, data and serverless Guard rule fires when the
//! default it enforces is taken out of a generated template, names the
//! resource, and is quiet again once that resource carries a waiver naming
//! the rule.

use serde_json::{json, Value as Json};
use stackward::check;

fn generated(stack: &str) -> Json {
    let path = format!(
        "{}/generated/{stack}.template.json",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn web_tier() -> Json {
    generated("WebTier")
}

/// A change to the template: set the value at a pointer, or remove it.
enum Change {
    Set(&'static str, Json),
    Remove(&'static str),
}

fn apply(t: &mut Json, change: &Change) {
    let (pointer, value) = match change {
        Change::Set(p, v) => (*p, Some(v.clone())),
        Change::Remove(p) => (*p, None),
    };
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    let parent = t.pointer_mut(parent).unwrap_or_else(|| panic!("{pointer}"));
    match (parent, value) {
        (Json::Object(m), Some(v)) => {
            m.insert(key.to_owned(), v);
        }
        (Json::Object(m), None) => {
            assert!(m.remove(key).is_some(), "{pointer}");
        }
        (Json::Array(a), Some(v)) => a[key.parse::<usize>().unwrap()] = v,
        _ => panic!("{pointer}"),
    }
}

struct Case {
    stack: &'static str,
    rule: &'static str,
    change: Change,
    /// The resource the failure names (`None`: the rule names none).
    fails_on: Option<&'static str>,
    /// The resource whose waiver silences the rule.
    waive_on: &'static str,
}

fn case(
    rule: &'static str,
    change: Change,
    fails_on: Option<&'static str>,
    waive_on: &'static str,
) -> Case {
    Case {
        stack: "WebTier",
        rule,
        change,
        fails_on,
        waive_on,
    }
}

fn cases() -> Vec<Case> {
    use Change::{Remove, Set};
    let ingress = "/Resources/AppSecurityGroupFromCidr10x20x0x0x16Tcp443/Properties";
    vec![
        case(
            "SUBNET_AUTO_ASSIGN_PUBLIC_IP_DISABLED",
            Set("/Resources/NetworkPublicSubnet1/Properties/MapPublicIpOnLaunch", json!(true)),
            Some("NetworkPublicSubnet1"),
            "NetworkPublicSubnet1",
        ),
        case(
            "VPC_FLOW_LOGS_ENABLED",
            Set("/Resources/NetworkFlowLog/Properties/TrafficType", json!("REJECT")),
            Some("NetworkFlowLog"),
            "NetworkFlowLog",
        ),
        case(
            "VPC_FLOW_LOGS_ENABLED",
            Remove("/Resources/NetworkFlowLog"),
            Some("Network"),
            "Network",
        ),
        case(
            "SG_NO_INGRESS_FROM_ANYWHERE",
            Set(
                "/Resources/AppSecurityGroup/Properties/SecurityGroupIngress",
                json!([{ "IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "CidrIp": "0.0.0.0/0" }]),
            ),
            Some("AppSecurityGroup"),
            "AppSecurityGroup",
        ),
        case(
            "SG_NO_INGRESS_FROM_ANYWHERE",
            Set(
                "/Resources/AppSecurityGroupFromCidr10x20x0x0x16Tcp443/Properties/CidrIp",
                json!("0.0.0.0/0"),
            ),
            Some("AppSecurityGroupFromCidr10x20x0x0x16Tcp443"),
            "AppSecurityGroupFromCidr10x20x0x0x16Tcp443",
        ),
        case(
            "SG_ADMIN_PORTS_CLOSED",
            Set(
                ingress,
                json!({ "GroupId": "sg-1", "IpProtocol": "tcp", "FromPort": 20, "ToPort": 30, "CidrIp": "10.20.0.0/16" }),
            ),
            Some("AppSecurityGroupFromCidr10x20x0x0x16Tcp443"),
            "AppSecurityGroupFromCidr10x20x0x0x16Tcp443",
        ),
        case(
            "SG_ADMIN_PORTS_CLOSED",
            Set(
                "/Resources/NetworkEndpointsSecurityGroup/Properties/SecurityGroupIngress/0",
                json!({ "IpProtocol": "tcp", "FromPort": 3389, "ToPort": 3389, "CidrIp": "10.20.0.0/16" }),
            ),
            Some("NetworkEndpointsSecurityGroup"),
            "NetworkEndpointsSecurityGroup",
        ),
        case(
            "SG_DATABASE_PORTS_FROM_GROUPS_ONLY",
            Set(
                ingress,
                json!({ "GroupId": "sg-1", "IpProtocol": "tcp", "FromPort": 5432, "ToPort": 5432, "CidrIp": "10.20.0.0/16" }),
            ),
            Some("AppSecurityGroupFromCidr10x20x0x0x16Tcp443"),
            "AppSecurityGroupFromCidr10x20x0x0x16Tcp443",
        ),
        case(
            "SG_EGRESS_RESTRICTED",
            Set("/Resources/AppSecurityGroup/Properties/SecurityGroupEgress/0/IpProtocol", json!("-1")),
            Some("AppSecurityGroup"),
            "AppSecurityGroup",
        ),
        case(
            "SG_EGRESS_RESTRICTED",
            Remove("/Resources/AppSecurityGroup/Properties/SecurityGroupEgress"),
            Some("AppSecurityGroup"),
            "AppSecurityGroup",
        ),
        case(
            "EC2_IMDSV2_CHECK",
            Set(
                "/Resources/AppLaunchTemplate/Properties/LaunchTemplateData/MetadataOptions/HttpTokens",
                json!("optional"),
            ),
            Some("AppLaunchTemplate"),
            "AppLaunchTemplate",
        ),
        case(
            "EC2_IMDSV2_CHECK",
            Remove("/Resources/App/Properties/LaunchTemplate"),
            Some("App"),
            "App",
        ),
        case(
            "EC2_TOKEN_HOP_LIMIT_CHECK",
            Set(
                "/Resources/AppLaunchTemplate/Properties/LaunchTemplateData/MetadataOptions/HttpPutResponseHopLimit",
                json!(2),
            ),
            Some("AppLaunchTemplate"),
            "AppLaunchTemplate",
        ),
        case(
            "EC2_INSTANCE_NO_PUBLIC_IP",
            Set("/Resources/App/Properties/NetworkInterfaces/0/AssociatePublicIpAddress", json!(true)),
            Some("App"),
            "App",
        ),
        case(
            "EC2_INSTANCE_DETAILED_MONITORING_ENABLED",
            Set("/Resources/App/Properties/Monitoring", json!(false)),
            Some("App"),
            "App",
        ),
        case(
            "EBS_OPTIMIZED_INSTANCE",
            Set("/Resources/App/Properties/EbsOptimized", json!(false)),
            Some("App"),
            "App",
        ),
        case(
            "EC2_TERMINATION_PROTECTED",
            Set("/Resources/App/Properties/DisableApiTermination", json!(false)),
            Some("App"),
            "App",
        ),
        case(
            "EC2_TERMINATION_PROTECTED",
            Remove("/Resources/App/Properties/DisableApiTermination"),
            Some("App"),
            "App",
        ),
        case(
            "ENCRYPTED_VOLUMES",
            Set("/Resources/App/Properties/BlockDeviceMappings/1/Ebs/Encrypted", json!(false)),
            Some("App"),
            "App",
        ),
        case(
            "ENCRYPTED_VOLUMES",
            Remove("/Resources/App/Properties/BlockDeviceMappings/0/Ebs/KmsKeyId"),
            Some("App"),
            "App",
        ),
        case(
            "EBS_DATA_VOLUMES_RETAINED",
            Set("/Resources/App/Properties/BlockDeviceMappings/1/Ebs/DeleteOnTermination", json!(true)),
            Some("App"),
            "App",
        ),
        case(
            "EC2_INSTANCE_PROFILE_ATTACHED",
            Remove("/Resources/App/Properties/IamInstanceProfile"),
            Some("App"),
            "App",
        ),
        case(
            "EC2_NO_KEY_PAIR",
            Set("/Resources/App/Properties/KeyName", json!("ops")),
            Some("App"),
            "App",
        ),
        case(
            "EC2_NITRO_ENCRYPTION_IN_TRANSIT",
            Set("/Resources/App/Properties/InstanceType", json!("t3.micro")),
            Some("App"),
            "App",
        ),
        case(
            "EC2_PATCHING_AUTOMATED",
            Set("/Resources/AppPatching/Properties/Name", json!("AWS-RunShellScript")),
            Some("App"),
            "App",
        ),
        case(
            "IAM_ROLE_TRUSTS_ONE_SERVICE",
            Set(
                "/Resources/AppRole/Properties/AssumeRolePolicyDocument/Statement/0/Principal",
                json!({ "AWS": "arn:aws:iam::111122223333:root" }),
            ),
            Some("AppRole"),
            "AppRole",
        ),
    ]
}

/// A case on another generated stack.
fn on(stack: &'static str, c: Case) -> Case {
    Case { stack, ..c }
}

fn data_cases() -> Vec<Case> {
    use Change::{Remove, Set};
    let db = |rule, pointer, value: Json| {
        on(
            "ThreeTier",
            case(rule, Set(pointer, value), Some("Orders"), "Orders"),
        )
    };
    let worker = |rule, change| {
        on(
            "ThreeTier",
            case(rule, change, Some("ReportWorker"), "ReportWorker"),
        )
    };
    let other = |stack, rule, change, id| on(stack, case(rule, change, Some(id), id));
    vec![
        db("RDS_STORAGE_ENCRYPTED", "/Resources/Orders/Properties/StorageEncrypted", json!(false)),
        db("RDS_INSTANCE_PUBLIC_ACCESS_CHECK", "/Resources/Orders/Properties/PubliclyAccessible", json!(true)),
        db("RDS_MANAGED_MASTER_PASSWORD", "/Resources/Orders/Properties/MasterUserPassword", json!("hunter2")),
        db("RDS_INSTANCE_IAM_AUTHENTICATION_ENABLED", "/Resources/Orders/Properties/EnableIAMDatabaseAuthentication", json!(false)),
        db("DB_INSTANCE_BACKUP_ENABLED", "/Resources/Orders/Properties/BackupRetentionPeriod", json!(1)),
        db("RDS_INSTANCE_DELETION_PROTECTION_ENABLED", "/Resources/Orders/Properties/DeletionProtection", json!(false)),
        db("RDS_SNAPSHOT_ON_DELETE", "/Resources/Orders/DeletionPolicy", json!("Delete")),
        db("RDS_MULTI_AZ_SUPPORT", "/Resources/Orders/Properties/MultiAZ", json!(false)),
        db("RDS_AUTOMATIC_MINOR_VERSION_UPGRADE_ENABLED", "/Resources/Orders/Properties/AutoMinorVersionUpgrade", json!(false)),
        db("RDS_LOGGING_ENABLED", "/Resources/Orders/Properties/EnableCloudwatchLogsExports", json!([])),
        db("RDS_NON_DEFAULT_PORT", "/Resources/Orders/Properties/Port", json!("5432")),
        other(
            "ThreeTier",
            "RDS_TLS_REQUIRED",
            Set("/Resources/OrdersParameters/Properties/Parameters", json!({ "rds.force_ssl": "0" })),
            "OrdersParameters",
        ),
        worker("LAMBDA_SUPPORTED_RUNTIME", Set("/Resources/ReportWorker/Properties/Runtime", json!("python3.8"))),
        worker("LAMBDA_ENVIRONMENT_ENCRYPTED", Remove("/Resources/ReportWorker/Properties/KmsKeyArn")),
        worker("LAMBDA_OWN_LOG_GROUP", Remove("/Resources/ReportWorker/Properties/LoggingConfig")),
        worker("LAMBDA_TRACING_ENABLED", Set("/Resources/ReportWorker/Properties/TracingConfig/Mode", json!("PassThrough"))),
        worker("LAMBDA_CONCURRENCY_CHECK", Remove("/Resources/ReportWorker/Properties/ReservedConcurrentExecutions")),
        worker("LAMBDA_DLQ_CHECK", Remove("/Resources/ReportWorker/Properties/DeadLetterConfig")),
        worker("LAMBDA_INSIDE_VPC", Remove("/Resources/ReportWorker/Properties/VpcConfig")),
        other(
            "ThreeTier",
            "SQS_QUEUE_ENCRYPTED_KMS",
            Remove("/Resources/ReportWorkerDeadLetters/Properties/KmsMasterKeyId"),
            "ReportWorkerDeadLetters",
        ),
        other(
            "ThreeTier",
            "IAM_POLICY_NO_WILDCARDS",
            Set("/Resources/ReportWorkerRole/Properties/Policies/0/PolicyDocument/Statement/0/Action", json!(["s3:*"])),
            "ReportWorkerRole",
        ),
        other(
            "ThreeTier",
            "IAM_POLICY_NO_WILDCARDS",
            Set("/Resources/ReportWorkerRole/Properties/Policies/0/PolicyDocument/Statement/0/Resource", json!(["*"])),
            "ReportWorkerRole",
        ),
        other(
            "Serverless",
            "LAMBDA_FUNCTION_PUBLIC_ACCESS_PROHIBITED",
            Set("/Resources/IngestUrl/Properties/AuthType", json!("NONE")),
            "IngestUrl",
        ),
    ]
}

fn edge_cases() -> Vec<Case> {
    use Change::{Remove, Set};
    let cdn = |rule, change| on("WebAppEdge", case(rule, change, Some("Cdn"), "Cdn"));
    vec![
        cdn(
            "CLOUDFRONT_VIEWER_HTTPS",
            Set("/Resources/Cdn/Properties/DistributionConfig/DefaultCacheBehavior/ViewerProtocolPolicy", json!("allow-all")),
        ),
        cdn(
            "CLOUDFRONT_VIEWER_TLS",
            Set("/Resources/Cdn/Properties/DistributionConfig/ViewerCertificate/MinimumProtocolVersion", json!("TLSv1")),
        ),
        cdn(
            "CLOUDFRONT_ORIGIN_HTTPS",
            Set(
                "/Resources/Cdn/Properties/DistributionConfig/Origins/0/CustomOriginConfig/OriginProtocolPolicy",
                json!("match-viewer"),
            ),
        ),
        cdn(
            "CLOUDFRONT_ORIGIN_ACCESS_CONTROL",
            Set(
                "/Resources/Cdn/Properties/DistributionConfig/Origins",
                json!([{ "Id": "origin1", "DomainName": "b.s3.eu-west-1.amazonaws.com", "S3OriginConfig": {} }]),
            ),
        ),
        cdn("CLOUDFRONT_ACCESSLOGS_ENABLED", Remove("/Resources/Cdn/Properties/DistributionConfig/Logging")),
        cdn("CLOUDFRONT_WAF_ENABLED", Remove("/Resources/Cdn/Properties/DistributionConfig/WebACLId")),
        cdn(
            "CLOUDFRONT_SECURITY_HEADERS",
            Remove("/Resources/Cdn/Properties/DistributionConfig/DefaultCacheBehavior/ResponseHeadersPolicyId"),
        ),
        // The example waives failover on the distribution: without the
        // waiver the rule fires.
        cdn("CLOUDFRONT_ORIGIN_FAILOVER", Remove("/Resources/Cdn/Metadata")),
        cdn("CLOUDFRONT_DEFAULT_ROOT_OBJECT", Remove("/Resources/Cdn/Properties/DistributionConfig/DefaultRootObject")),
    ]
}

fn web_app_cases() -> Vec<Case> {
    use Change::{Remove, Set};
    let on_app = |rule, change, id| on("WebApp", case(rule, change, Some(id), id));
    let attribute = |i: usize, value: &str| {
        Set(
            match i {
                0 => "/Resources/Entry/Properties/LoadBalancerAttributes/0/Value",
                3 => "/Resources/Entry/Properties/LoadBalancerAttributes/3/Value",
                4 => "/Resources/Entry/Properties/LoadBalancerAttributes/4/Value",
                _ => "/Resources/Entry/Properties/LoadBalancerAttributes/5/Value",
            },
            json!(value),
        )
    };
    vec![
        on_app("ELB_LOGGING_ENABLED", attribute(0, "false"), "Entry"),
        on_app("ELB_DELETION_PROTECTION_ENABLED", attribute(3, "false"), "Entry"),
        on_app("ELB_DROP_INVALID_HEADERS", attribute(4, "false"), "Entry"),
        on_app("ELB_DESYNC_MITIGATION_STRICTEST", attribute(5, "monitor"), "Entry"),
        on_app(
            "ELB_TLS_POLICY_CURRENT",
            Set("/Resources/EntryHttps/Properties/SslPolicy", json!("ELBSecurityPolicy-2016-08")),
            "EntryHttps",
        ),
        on_app(
            "ELB_TLS_HTTPS_LISTENERS_ONLY",
            Set(
                "/Resources/EntryHttp/Properties/DefaultActions",
                json!([{ "Type": "forward", "TargetGroupArn": { "Ref": "EntryWeb8443" } }]),
            ),
            "EntryHttp",
        ),
        on_app(
            "ELB_TARGETS_HTTPS",
            Set("/Resources/EntryWeb8443/Properties/Protocol", json!("HTTP")),
            "EntryWeb8443",
        ),
        on_app("ELB_WAF_ENABLED", Remove("/Resources/EntryWebAcl"), "Entry"),
        // A front door (an internet-facing load balancer's ingress from
        // anywhere, marked) that opens another port than 80 or 443.
        on_app(
            "SG_NO_INGRESS_FROM_ANYWHERE",
            Set(
                "/Resources/EntrySecurityGroupFromPrefixListTcp443",
                json!({
                    "Type": "AWS::EC2::SecurityGroupIngress",
                    "Metadata": { "InternetFacingLoadBalancer": "Entry" },
                    "Properties": {
                        "GroupId": { "Fn::GetAtt": ["EntrySecurityGroup", "GroupId"] },
                        "IpProtocol": "tcp", "FromPort": 8443, "ToPort": 443, "CidrIp": "0.0.0.0/0"
                    }
                }),
            ),
            "EntrySecurityGroupFromPrefixListTcp443",
        ),
        on_app("WAFV2_WEBACL_NOT_EMPTY", Set("/Resources/Firewall/Properties/Rules", json!([])), "Firewall"),
        on_app("WAFV2_LOGGING_ENABLED", Remove("/Resources/FirewallLogging"), "Firewall"),
        on_app(
            "ACM_CERTIFICATE_DNS_VALIDATED",
            Set("/Resources/Certificate/Properties/ValidationMethod", json!("EMAIL")),
            "Certificate",
        ),
        on_app(
            "ACM_CERTIFICATE_TRANSPARENCY_LOGGING",
            Set("/Resources/Certificate/Properties/CertificateTransparencyLoggingPreference", json!("DISABLED")),
            "Certificate",
        ),
        on_app(
            "AUTOSCALING_LAUNCH_TEMPLATE",
            Set("/Resources/Web/Properties/LaunchConfigurationName", json!("legacy")),
            "Web",
        ),
        on_app(
            "AUTOSCALING_MULTIPLE_AZ",
            Set("/Resources/Web/Properties/VPCZoneIdentifier", json!([{ "Ref": "NetworkPrivateSubnet1" }])),
            "Web",
        ),
        on_app(
            "AUTOSCALING_MULTIPLE_INSTANCE_TYPES",
            Set(
                "/Resources/Web/Properties/MixedInstancesPolicy/LaunchTemplate/Overrides",
                json!([{ "InstanceType": "m7g.large" }]),
            ),
            "Web",
        ),
        on_app(
            "AUTOSCALING_GROUP_ELB_HEALTHCHECK_REQUIRED",
            Set("/Resources/Web/Properties/HealthCheckType", json!("EC2")),
            "Web",
        ),
        on_app(
            "EC2_NITRO_ENCRYPTION_IN_TRANSIT",
            Set(
                "/Resources/Web/Properties/MixedInstancesPolicy/LaunchTemplate/Overrides/1/InstanceType",
                json!("m6g.large"),
            ),
            "Web",
        ),
        on_app("EC2_PATCHING_AUTOMATED", Remove("/Resources/WebPatching"), "Web"),
        on_app(
            "EC2_INSTANCE_NO_PUBLIC_IP",
            Set(
                "/Resources/WebLaunchTemplate/Properties/LaunchTemplateData/NetworkInterfaces/0/AssociatePublicIpAddress",
                json!(true),
            ),
            "WebLaunchTemplate",
        ),
        on_app(
            "ENCRYPTED_VOLUMES",
            Remove("/Resources/WebLaunchTemplate/Properties/LaunchTemplateData/BlockDeviceMappings/0/Ebs/KmsKeyId"),
            "WebLaunchTemplate",
        ),
        on_app(
            "EC2_NO_KEY_PAIR",
            Set("/Resources/WebLaunchTemplate/Properties/LaunchTemplateData/KeyName", json!("ops")),
            "WebLaunchTemplate",
        ),
        on_app("RDS_CLUSTER_STORAGE_ENCRYPTED", Set("/Resources/Database/Properties/StorageEncrypted", json!(false)), "Database"),
        on_app("RDS_CLUSTER_STORAGE_ENCRYPTED", Remove("/Resources/Database/Properties/KmsKeyId"), "Database"),
        on_app(
            "RDS_CLUSTER_MEMBER_INSIGHTS_ENCRYPTED",
            Remove("/Resources/DatabaseInstance2/Properties/PerformanceInsightsKMSKeyId"),
            "DatabaseInstance2",
        ),
        on_app(
            "RDS_CLUSTER_MANAGED_MASTER_PASSWORD",
            Set("/Resources/Database/Properties/MasterUserPassword", json!("hunter2")),
            "Database",
        ),
        on_app(
            "RDS_CLUSTER_IAM_AUTHENTICATION_ENABLED",
            Set("/Resources/Database/Properties/EnableIAMDatabaseAuthentication", json!(false)),
            "Database",
        ),
        on_app("RDS_CLUSTER_BACKUP_ENABLED", Set("/Resources/Database/Properties/BackupRetentionPeriod", json!(1)), "Database"),
        on_app(
            "RDS_CLUSTER_DELETION_PROTECTION_ENABLED",
            Set("/Resources/Database/Properties/DeletionProtection", json!(false)),
            "Database",
        ),
        on_app("RDS_CLUSTER_SNAPSHOT_ON_DELETE", Set("/Resources/Database/DeletionPolicy", json!("Delete")), "Database"),
        on_app(
            "RDS_CLUSTER_LOGGING_ENABLED",
            Set("/Resources/Database/Properties/EnableCloudwatchLogsExports", json!([])),
            "Database",
        ),
        on_app("RDS_CLUSTER_NON_DEFAULT_PORT", Set("/Resources/Database/Properties/Port", json!(5432)), "Database"),
        on_app("RDS_CLUSTER_MULTI_AZ_ENABLED", Remove("/Resources/DatabaseInstance2"), "Database"),
        on_app(
            "RDS_CLUSTER_TLS_REQUIRED",
            Set("/Resources/DatabaseParameters/Properties/Parameters", json!({ "rds.force_ssl": "0" })),
            "DatabaseParameters",
        ),
        on_app(
            "RDS_INSTANCE_PUBLIC_ACCESS_CHECK",
            Set("/Resources/DatabaseInstance1/Properties/PubliclyAccessible", json!(true)),
            "DatabaseInstance1",
        ),
        on_app(
            "RDS_AUTOMATIC_MINOR_VERSION_UPGRADE_ENABLED",
            Set("/Resources/DatabaseInstance1/Properties/AutoMinorVersionUpgrade", json!(false)),
            "DatabaseInstance1",
        ),
        on_app(
            "ROUTE53_ALIAS_NOT_ADDRESS",
            Remove("/Resources/OriginRecord/Properties/AliasTarget"),
            "OriginRecord",
        ),
        on_app(
            "EC2_INSTANCE_DETAILED_MONITORING_ENABLED",
            Set("/Resources/WebLaunchTemplate/Properties/LaunchTemplateData/Monitoring/Enabled", json!(false)),
            "WebLaunchTemplate",
        ),
    ]
}

#[test]
fn the_generated_web_tier_passes_every_rule() {
    let report = check::stackward_rules(&web_tier()).unwrap();
    assert_eq!(report.failures, []);
    for rule in [
        "SUBNET_AUTO_ASSIGN_PUBLIC_IP_DISABLED",
        "VPC_FLOW_LOGS_ENABLED",
        "SG_NO_INGRESS_FROM_ANYWHERE",
        "EC2_IMDSV2_CHECK",
        "EC2_PATCHING_AUTOMATED",
        "IAM_ROLE_TRUSTS_ONE_SERVICE",
    ] {
        assert!(report.compliant.contains(rule), "{rule} did not run");
    }
}

#[test]
fn each_rule_fires_without_its_default_and_yields_to_a_waiver() {
    for c in cases()
        .into_iter()
        .chain(data_cases())
        .chain(web_app_cases())
        .chain(edge_cases())
    {
        let mut t = generated(c.stack);
        apply(&mut t, &c.change);
        let report = check::stackward_rules(&t).unwrap();
        let failed: Vec<_> = report
            .failures
            .iter()
            .filter(|f| f.rule == c.rule)
            .collect();
        assert!(
            !failed.is_empty(),
            "{} did not fire: {:?}",
            c.rule,
            report.failures
        );
        assert!(
            failed.iter().all(|f| f.resource.as_deref() == c.fails_on),
            "{}: {failed:?}",
            c.rule
        );
        // Nothing else breaks with this one change.
        assert!(
            report.failures.iter().all(|f| f.rule == c.rule),
            "{}: {:?}",
            c.rule,
            report.failures
        );

        let metadata = &mut t["Resources"][c.waive_on]["Metadata"];
        *metadata = json!({ "guard": { "SuppressedRules": [c.rule] } });
        let report = check::stackward_rules(&t).unwrap();
        assert!(
            report.failures.iter().all(|f| f.rule != c.rule),
            "{} still fails with a waiver on {}: {:?}",
            c.rule,
            c.waive_on,
            report.failures
        );
        // The waiver is applied by the engine wrapper, so the finding is
        // still seen, as waived, on the resource that carries the waiver.
        assert!(
            report
                .waived
                .iter()
                .any(|f| f.rule == c.rule && f.resource.as_deref() == Some(c.waive_on)),
            "{} is not reported as waived on {}: {:?}",
            c.rule,
            c.waive_on,
            report.waived
        );
    }
}

/// A value written as `{"Ref": ...}` reaches the rules as written: the
/// per-rule-file pruning keeps intrinsics whole, so a parameter standing
/// for a CIDR or a subnet list is neither read as "anywhere" nor lost.
#[test]
fn values_given_by_ref_reach_the_rules() {
    let template = json!({
        "Parameters": {
            "AllowedCidr": { "Type": "String" },
            "Subnets": { "Type": "List<AWS::EC2::Subnet::Id>" }
        },
        "Resources": {
            "Web": {
                "Type": "AWS::EC2::SecurityGroup",
                "Properties": {
                    "GroupDescription": "web",
                    "SecurityGroupIngress": [{
                        "IpProtocol": "tcp", "FromPort": 443, "ToPort": 443,
                        "CidrIp": { "Ref": "AllowedCidr" }
                    }],
                    "SecurityGroupEgress": [{
                        "IpProtocol": "tcp", "FromPort": 443, "ToPort": 443,
                        "CidrIp": "10.0.0.0/16"
                    }]
                }
            },
            "Fn": {
                "Type": "AWS::Lambda::Function",
                "Properties": {
                    "VpcConfig": {
                        "SubnetIds": { "Ref": "Subnets" },
                        "SecurityGroupIds": [{ "Fn::GetAtt": ["Web", "GroupId"] }]
                    }
                }
            }
        }
    });
    let report = check::stackward_rules(&template).unwrap();
    for rule in ["SG_NO_INGRESS_FROM_ANYWHERE", "LAMBDA_INSIDE_VPC"] {
        assert!(
            report.failures.iter().all(|f| f.rule != rule),
            "{rule}: {:?}",
            report.failures
        );
    }
}

/// A waiver is a list of rule names; `SuppressedRules` given as a plain
/// string waives nothing, so the failure still shows instead of vanishing
/// unrecorded.
#[test]
fn suppressed_rules_as_a_string_waive_nothing() {
    let mut t = web_tier();
    t["Resources"]["NetworkPublicSubnet1"]["Properties"]["MapPublicIpOnLaunch"] = json!(true);
    t["Resources"]["NetworkPublicSubnet1"]["Metadata"] =
        json!({ "guard": { "SuppressedRules": "SUBNET_AUTO_ASSIGN_PUBLIC_IP_DISABLED" } });
    let report = check::stackward_rules(&t).unwrap();
    assert!(report.waived.is_empty(), "{:?}", report.waived);
    assert!(report
        .failures
        .iter()
        .any(|f| f.rule == "SUBNET_AUTO_ASSIGN_PUBLIC_IP_DISABLED"
            && f.resource.as_deref() == Some("NetworkPublicSubnet1")));
}

/// Ids with multi-byte characters, characters YAML reads as line breaks,
/// or more than 1024 characters, in a template whose findings outgrow the
/// engine's fast path: no panic, no engine error, and the same findings as
/// each resource checked alone (issue 21's reproducers).
#[test]
fn hostile_ids_get_the_same_findings_as_each_resource_alone() {
    let ids = [
        format!("\u{85}{}", "\u{20ac}".repeat(28)),
        "\u{20ac}".repeat(2000),
        "A".repeat(2000),
    ];
    for id in ids {
        let resources: serde_json::Map<String, Json> = (0..40)
            .map(|i| (format!("{id}{i}"), json!({ "Type": "AWS::S3::Bucket" })))
            .collect();
        let pairs = |failures: Vec<check::Finding>| -> Vec<(String, Option<String>)> {
            let mut pairs: Vec<_> = failures.into_iter().map(|f| (f.rule, f.resource)).collect();
            pairs.sort();
            pairs.dedup();
            pairs
        };
        let findings = check::stackward_rules(&json!({ "Resources": resources.clone() }))
            .unwrap()
            .failures;
        // An engine message quotes the path of its own resource, never
        // another's.
        for f in &findings {
            if let Some(at) = f.message.find("/Resources/") {
                let quoted = &f.message[at + "/Resources/".len()..];
                let id = f.resource.as_deref().unwrap();
                assert!(
                    quoted.starts_with(&format!("{id}[")) || quoted.starts_with(&format!("{id}/")),
                    "{}: {} quotes another resource",
                    f.rule,
                    id.len()
                );
            }
        }
        let together = pairs(findings);
        let alone = pairs(
            resources
                .iter()
                .flat_map(|(k, v)| {
                    let one = json!({ "Resources": { k.clone(): v.clone() } });
                    check::stackward_rules(&one).unwrap().failures
                })
                .collect(),
        );
        assert!(together.len() > 300, "{}", together.len());
        assert!(
            together == alone,
            "{} findings together, {} alone",
            together.len(),
            alone.len()
        );
    }
}

/// Ingress chosen by a condition is judged on both branches: the whole
/// list in `Fn::If`, one rule in `Fn::If` (or `AWS::NoValue`), a range in
/// `Fn::If`, inline and stand-alone; safe branches pass (issue 21's miss).
#[test]
fn ingress_chosen_by_a_condition_is_judged_on_both_branches() {
    let any = json!({ "IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "CidrIp": "0.0.0.0/0" });
    let ok = json!({ "IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "CidrIp": "10.0.0.0/8" });
    let group = |ingress: Json| {
        json!({ "Type": "AWS::EC2::SecurityGroup", "Properties": {
            "GroupDescription": "g", "VpcId": "vpc-1", "SecurityGroupIngress": ingress,
            "SecurityGroupEgress": [{ "IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "CidrIp": "10.0.0.0/8" }]
        } })
    };
    let cases = [
        (
            "ListIf",
            group(json!({ "Fn::If": ["Open", [any.clone()], [ok.clone()]] })),
            true,
        ),
        (
            "RuleIf",
            group(json!([{ "Fn::If": ["Open", any.clone(), { "Ref": "AWS::NoValue" }] }])),
            true,
        ),
        (
            "RangeIf",
            group(
                json!([{ "IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "CidrIp": { "Fn::If": ["Open", "0.0.0.0/0", "10.0.0.0/8"] } }]),
            ),
            true,
        ),
        (
            "StandaloneIf",
            json!({ "Type": "AWS::EC2::SecurityGroupIngress", "Properties": { "GroupId": "sg-1", "IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "CidrIp": { "Fn::If": ["Open", "10.0.0.0/8", "0.0.0.0/0"] } } }),
            true,
        ),
        (
            "SafeListIf",
            group(json!({ "Fn::If": ["Open", [ok.clone()], [ok.clone()]] })),
            false,
        ),
        (
            "SafeRangeIf",
            group(
                json!([{ "IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "CidrIp": { "Fn::If": ["Open", "10.1.0.0/16", { "Ref": "Cidr" }] } }]),
            ),
            false,
        ),
    ];
    for (id, resource, caught) in cases {
        let report = check::stackward_rules(&json!({ "Resources": { id: resource } })).unwrap();
        let found: Vec<_> = report
            .failures
            .iter()
            .map(|f| (f.rule.as_str(), f.resource.as_deref()))
            .collect();
        let expected = if caught {
            vec![("SG_NO_INGRESS_FROM_ANYWHERE", Some(id))]
        } else {
            vec![]
        };
        assert_eq!(found, expected, "{id}");
    }
}

/// Values CloudFormation takes as strings read as it reads them: ports of
/// digits, `"true"` and `"false"` for booleans (also in a policy's
/// conditions). A correct template written that way passes; an open port
/// written that way is still caught (issue 21's false positives).
#[test]
fn strings_for_numbers_and_booleans_read_as_cloudformation_reads_them() {
    let mut t = generated("ThreeTier");
    let policy = "/Resources/ReportsPolicy/Properties/PolicyDocument/Statement";
    let statements = t.pointer_mut(policy).unwrap().as_array_mut().unwrap();
    for s in statements.iter_mut() {
        if s["Condition"]["Bool"]["aws:SecureTransport"] == false {
            s["Condition"]["Bool"]["aws:SecureTransport"] = json!("false");
        }
    }
    t["Resources"]["Orders"]["Properties"]["StorageEncrypted"] = json!("true");
    t["Resources"]["Orders"]["Properties"]["MultiAZ"] = json!("true");
    t["Resources"]["Orders"]["Properties"]["BackupRetentionPeriod"] = json!("35");
    let report = check::stackward_rules(&t).unwrap();
    assert_eq!(report.failures, []);

    let ingress = |from: &str, to: &str| {
        json!({ "Resources": { "In": { "Type": "AWS::EC2::SecurityGroupIngress", "Properties": {
            "GroupId": "sg-1", "IpProtocol": "tcp", "FromPort": from, "ToPort": to, "CidrIp": "10.0.0.0/8"
        } } } })
    };
    let failed = |t: &Json| -> Vec<String> {
        check::stackward_rules(t)
            .unwrap()
            .failures
            .into_iter()
            .map(|f| f.rule)
            .collect()
    };
    assert_eq!(failed(&ingress("443", "443")), Vec::<String>::new());
    assert_eq!(failed(&ingress("22", "22")), ["SG_ADMIN_PORTS_CLOSED"]);
    assert_eq!(
        failed(&ingress("5432", "5432")),
        ["SG_DATABASE_PORTS_FROM_GROUPS_ONLY"]
    );
}

/// A function without `LoggingConfig` logs to `/aws/lambda/<name>`: a log
/// group the template declares under that name (literally, or by `Fn::Sub`
/// or `Fn::Join` over the function's `Ref`) is its own log group; a group
/// named for another function is not (issue 21's false positive).
#[test]
fn a_declared_default_log_group_is_the_functions_own() {
    let failing = |t: &Json| -> Vec<String> {
        check::stackward_rules(t)
            .unwrap()
            .failures
            .into_iter()
            .map(|f| format!("{} {}", f.rule, f.resource.unwrap_or_default()))
            .collect()
    };
    let mut base = generated("ThreeTier");
    base["Resources"]["ReportWorker"]["Properties"]
        .as_object_mut()
        .unwrap()
        .remove("LoggingConfig");
    base["Resources"]["ReportWorker"]["Properties"]["FunctionName"] = json!("report-worker");
    assert_eq!(failing(&base), ["LAMBDA_OWN_LOG_GROUP ReportWorker"]);
    let group = |name: Json| {
        let mut g = base["Resources"]["ReportWorkerLogs"].clone();
        g["Properties"]["LogGroupName"] = name;
        g
    };
    for (name, own) in [
        (json!("/aws/lambda/report-worker"), true),
        (json!({ "Fn::Sub": "/aws/lambda/${ReportWorker}" }), true),
        (
            json!({ "Fn::Join": ["", ["/aws/lambda/", { "Ref": "ReportWorker" }]] }),
            true,
        ),
        (json!("/aws/lambda/another-function"), false),
    ] {
        let mut t = base.clone();
        t["Resources"]["DefaultLogs"] = group(name.clone());
        let expected: Vec<String> = if own {
            vec![]
        } else {
            vec!["LAMBDA_OWN_LOG_GROUP ReportWorker".into()]
        };
        assert_eq!(failing(&t), expected, "{name}");
    }
}

/// Every finding names the resource it is about: over a template with one
/// bare resource of each type the examples use (every default missing),
/// no rule fails without naming one (issue 21: SARIF results with no
/// resource pointed at no line).
#[test]
fn every_finding_names_a_resource() {
    let mut types = std::collections::BTreeSet::new();
    for stack in [
        "WebTier",
        "ThreeTier",
        "ServerlessApi",
        "WebApp",
        "WebAppEdge",
        "DataLake",
    ] {
        for r in generated(stack)["Resources"].as_object().unwrap().values() {
            types.insert(r["Type"].as_str().unwrap().to_owned());
        }
    }
    let resources: serde_json::Map<String, Json> = types
        .iter()
        .enumerate()
        .map(|(i, t)| (format!("R{i}"), json!({ "Type": t, "Properties": {} })))
        .collect();
    let report = check::stackward_rules(&json!({ "Resources": resources })).unwrap();
    assert!(report.failures.len() > 50, "{}", report.failures.len());
    let nameless: Vec<&str> = report
        .failures
        .iter()
        .filter(|f| f.resource.is_none())
        .map(|f| f.rule.as_str())
        .collect();
    assert_eq!(nameless, Vec::<&str>::new());
}
