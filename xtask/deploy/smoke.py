"""Deploys every generated template to the local emulator and checks, with
describe calls, that the deployed resources carry stackward's security
settings; then deletes each stack and checks that retained resources stay.

Usage: smoke.py ENDPOINT TEMPLATE... (in deploy order)

Code assets are uploaded first, as the deploy workflow does: each stack's
assets (from manifest.json beside the templates) go to a bucket in the
emulator, after a zip integrity check, and the stack gets the bucket as its
AssetBucket parameter; each function's deployed code hash must equal its
asset's.

Prints one row per resource and exits non-zero on any failed check. Resource
types the emulator does not create are listed as such, never skipped silently.
"""

import base64
import hashlib
import json
import os
import sys
import time
import zipfile

import boto3
from botocore.exceptions import ClientError

ENDPOINT = sys.argv[1]
CHECKS = {}
# The template being deployed, for checks that follow a reference.
TEMPLATE = {}

# What moto 5.2.5's CloudFormation handlers apply, read from its source: for
# an S3 bucket only BucketEncryption (without BucketKeyEnabled) and Tags.
# Other checks still run; a mismatch there is reported as not applied by the
# emulator, not as a pass.
# For EC2 it applies a VPC's block, subnets (block, VPC, public-IP setting),
# flow logs, security group ingress, launch template metadata options, and an
# instance's type, image, profile and volume encryption; it ignores an
# instance's network interface (subnet, public IP), monitoring and EBS
# optimisation, and a security group's declared egress (it keeps EC2's
# default), and does not create SSM associations. For RDS it applies
# encryption, its key, public access, Multi-AZ, backups, port and parameter
# group, not IAM authentication, deletion protection or log exports; for
# Lambda the runtime, concurrency and subnets, not the environment key,
# tracing, dead-letter queue or log group; for SQS the key. An Aurora
# cluster (through the emulator's correction) holds its encryption, key,
# secret, backups, port, IAM authentication, deletion protection and log
# exports; its instances are created but not made its members. For Elastic
# Load Balancing it applies a load balancer's scheme (and, through the
# emulator's correction, its attributes), a listener's protocol, TLS policy
# and redirect, a target group's protocol and health check; for Auto
# Scaling a group's sizes, health check type, target groups and instance
# types. For SQS a queue's key, redrive policy, retention and visibility
# timeout; for SNS a topic's key; for DynamoDB (through the emulator's
# correction) a table's key, point-in-time recovery, deletion protection and
# billing mode; through the emulator's models, an HTTP API's default
# endpoint setting, its routes' authorization and its stage's access log and
# throttling, a secret's key and generated value, and an alarm's actions.
# Not created at all: topic, queue and secret policies, subscriptions,
# rotation schedules, API domains and mappings.
EMULATOR_APPLIES = {
    "AWS::Logs::LogGroup": {"encryption key", "retention", "tags"},
    "AWS::S3::Bucket": {"encryption", "encryption key", "tags"},
    "AWS::KMS::Key": {"enabled", "customer managed", "rotation", "grants limited", "tags"},
    "AWS::EC2::VPC": {"block", "flow logs"},
    "AWS::EC2::Subnet": {"block", "in its VPC", "no public IP on launch"},
    "AWS::EC2::SecurityGroup": {"ingress"},
    "AWS::EC2::LaunchTemplate": {"IMDSv2 required", "hop limit"},
    "AWS::EC2::Instance": {"instance type", "image", "instance profile", "no key pair", "volumes encrypted"},
    "AWS::IAM::Role": {"trusted service"},
    "AWS::RDS::DBInstance": {"storage encrypted", "encryption key", "not public", "managed master secret",
                             "multi-AZ", "backup retention", "port", "TLS parameter group"},
    "AWS::RDS::DBCluster": {"storage encrypted", "encryption key", "managed master secret", "backup retention",
                            "port", "IAM authentication", "deletion protection", "log exports"},
    "AWS::Lambda::Function": {"runtime", "reserved concurrency", "in the VPC's subnets", "code is the asset"},
    "AWS::SQS::Queue": {"encrypted with the key", "dead-letter queue", "retention", "visibility timeout"},
    "AWS::DynamoDB::Table": {"encrypted with the key", "point-in-time recovery", "deletion protection",
                             "on demand"},
    "AWS::SNS::Topic": {"encrypted with the key"},
    "AWS::ApiGatewayV2::Api": {"default endpoint off"},
    "AWS::ApiGatewayV2::Route": {"authorization type", "authorizer"},
    "AWS::ApiGatewayV2::Stage": {"access log", "throttling"},
    "AWS::SecretsManager::Secret": {"encrypted with the key", "value generated"},
    "AWS::CloudWatch::Alarm": {"notifies the topic", "actions enabled"},
    "AWS::ElasticLoadBalancingV2::LoadBalancer": {"scheme", "access logs", "deletion protection",
                                                  "invalid headers dropped", "desync mitigation"},
    "AWS::ElasticLoadBalancingV2::Listener": {"protocol", "TLS policy"},
    "AWS::ElasticLoadBalancingV2::TargetGroup": {"protocol", "health check path"},
    "AWS::WAFv2::WebACL": {"rules", "allows by default"},
    "AWS::AutoScaling::AutoScalingGroup": {"minimum size", "maximum size", "health check type",
                                           "target groups"},
}


def check(resource_type):
    def register(fn):
        CHECKS[resource_type] = fn
        return fn
    return register


def client(service, region):
    return boto3.client(
        service,
        endpoint_url=ENDPOINT,
        region_name=region,
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )


def expect(results, name, read, wanted, applies=None):
    """Compares what a describe call reads with what the template asked for.

    A setting the emulator does not apply or report (its describe call
    answers NoSuch..., NotImplemented or an internal error) is recorded as
    such: neither passed nor failed.
    """
    try:
        actual = read()
    except ClientError as e:
        code = e.response.get("Error", {}).get("Code", "")
        if code.startswith("NoSuch") or code.endswith("NotFoundError") or code in ("NotImplemented", "500", "InternalError"):
            results.append((name, None, f"not reported by the emulator ({code})"))
            return
        raise
    if actual != wanted and applies is not None and name not in applies:
        results.append((name, None, f"not applied by the emulator (read {actual!r})"))
        return
    results.append((name, actual == wanted, "" if actual == wanted else f"{actual!r}, wanted {wanted!r}"))


def stack_tags(props):
    return {t["Key"]: t["Value"] for t in props.get("Tags", [])}


@check("AWS::S3::Bucket")
def check_bucket(region, physical_id, props, physical):
    s3 = client("s3", region)
    results = []
    applies = EMULATOR_APPLIES["AWS::S3::Bucket"]
    expect_ = lambda name, read, wanted: expect(results, name, read, wanted, applies)  # noqa: E731
    sse = props["BucketEncryption"]["ServerSideEncryptionConfiguration"][0]

    def encryption():
        return s3.get_bucket_encryption(Bucket=physical_id)["ServerSideEncryptionConfiguration"]["Rules"][0]

    expect_("encryption", lambda: encryption()["ApplyServerSideEncryptionByDefault"]["SSEAlgorithm"],
            sse["ServerSideEncryptionByDefault"]["SSEAlgorithm"])
    key_ref = sse["ServerSideEncryptionByDefault"].get("KMSMasterKeyID", {}).get("Fn::GetAtt", [None])[0]
    if key_ref:
        # The reference resolved to the key the same stack created.
        key_arn = client("kms", region).describe_key(KeyId=physical[key_ref])["KeyMetadata"]["Arn"]
        expect_("encryption key", lambda: encryption()["ApplyServerSideEncryptionByDefault"].get("KMSMasterKeyID"), key_arn)
    if props.get("Tags"):
        expect_("tags",
                lambda: {t["Key"]: t["Value"] for t in s3.get_bucket_tagging(Bucket=physical_id)["TagSet"]},
                stack_tags(props))
    expect_("bucket key", lambda: encryption().get("BucketKeyEnabled", False), sse["BucketKeyEnabled"])
    expect_("public access block",
           lambda: s3.get_public_access_block(Bucket=physical_id)["PublicAccessBlockConfiguration"],
           props["PublicAccessBlockConfiguration"])
    expect_("versioning", lambda: s3.get_bucket_versioning(Bucket=physical_id).get("Status"),
           props["VersioningConfiguration"]["Status"])
    expect_("ACLs disabled",
           lambda: s3.get_bucket_ownership_controls(Bucket=physical_id)["OwnershipControls"]["Rules"][0]["ObjectOwnership"],
           "BucketOwnerEnforced")

    def tls_only():
        policy = json.loads(s3.get_bucket_policy(Bucket=physical_id)["Policy"])
        return any(
            s.get("Effect") == "Deny" and s.get("Condition", {}).get("Bool", {}).get("aws:SecureTransport") == "false"
            for s in policy["Statement"]
        )

    expect_("TLS-only policy", tls_only, True)
    expect_("access logs", lambda: s3.get_bucket_logging(Bucket=physical_id).get("LoggingEnabled") is not None,
           "LoggingConfiguration" in props)
    if props.get("ObjectLockEnabled"):
        expect_("object lock",
               lambda: s3.get_object_lock_configuration(Bucket=physical_id)["ObjectLockConfiguration"].get("ObjectLockEnabled"),
               "Enabled")
    return results


@check("AWS::KMS::Key")
def check_key(region, physical_id, props, physical):
    kms = client("kms", region)
    results = []
    if props.get("Tags"):
        expect(results, "tags",
               lambda: {t["TagKey"]: t["TagValue"] for t in kms.list_resource_tags(KeyId=physical_id)["Tags"]},
               stack_tags(props))
    expect(results, "enabled", lambda: kms.describe_key(KeyId=physical_id)["KeyMetadata"]["Enabled"], True)
    expect(results, "customer managed", lambda: kms.describe_key(KeyId=physical_id)["KeyMetadata"]["KeyManager"], "CUSTOMER")
    expect(results, "rotation", lambda: kms.get_key_rotation_status(KeyId=physical_id)["KeyRotationEnabled"], True)

    def denies_grants():
        policy = json.loads(kms.get_key_policy(KeyId=physical_id, PolicyName="default")["Policy"])
        return any(s.get("Effect") == "Deny" and "kms:CreateGrant" in s.get("Action", []) for s in policy["Statement"])

    expect(results, "grants limited", denies_grants, True)
    return results


@check("AWS::Logs::LogGroup")
def check_log_group(region, physical_id, props, physical):
    logs = client("logs", region)
    results = []
    applies = EMULATOR_APPLIES["AWS::Logs::LogGroup"]

    def group():
        found = logs.describe_log_groups(logGroupNamePrefix=physical_id)["logGroups"]
        return next(g for g in found if g["logGroupName"] == physical_id)

    key_ref = props.get("KmsKeyId", {}).get("Fn::GetAtt", [None])[0]
    if key_ref:
        key_arn = client("kms", region).describe_key(KeyId=physical[key_ref])["KeyMetadata"]["Arn"]
        expect(results, "encryption key", lambda: group().get("kmsKeyId"), key_arn, applies)
    expect(results, "retention", lambda: group().get("retentionInDays"), props["RetentionInDays"], applies)
    return results


def ref(value):
    """The logical id a {"Ref": ...} or {"Fn::GetAtt": [...]} names."""
    if isinstance(value, dict):
        return value.get("Ref") or value.get("Fn::GetAtt", [None])[0]
    return None


def physical_of(value, physical, region):
    """The physical id a reference resolves to: a resource of this stack, or
    another stack's export."""
    if isinstance(value, dict) and "Fn::ImportValue" in value:
        exports = client("cloudformation", region).list_exports()["Exports"]
        return next(e["Value"] for e in exports if e["Name"] == value["Fn::ImportValue"])
    return physical[ref(value)]


@check("AWS::EC2::VPC")
def check_vpc(region, physical_id, props, physical):
    ec2 = client("ec2", region)
    results = []
    applies = EMULATOR_APPLIES["AWS::EC2::VPC"]
    expect(results, "block", lambda: ec2.describe_vpcs(VpcIds=[physical_id])["Vpcs"][0]["CidrBlock"],
           props["CidrBlock"], applies)

    def flow_log():
        logs = ec2.describe_flow_logs(Filters=[{"Name": "resource-id", "Values": [physical_id]}])["FlowLogs"]
        return {k: logs[0].get(k) for k in ("TrafficType", "LogDestinationType")} if logs else None

    expect(results, "flow logs", flow_log, {"TrafficType": "ALL", "LogDestinationType": "cloud-watch-logs"}, applies)
    return results


@check("AWS::EC2::Subnet")
def check_subnet(region, physical_id, props, physical):
    ec2 = client("ec2", region)
    results = []
    applies = EMULATOR_APPLIES["AWS::EC2::Subnet"]
    subnet = lambda: ec2.describe_subnets(SubnetIds=[physical_id])["Subnets"][0]  # noqa: E731
    expect(results, "block", lambda: subnet()["CidrBlock"], props["CidrBlock"], applies)
    expect(results, "in its VPC", lambda: subnet()["VpcId"], physical[ref(props["VpcId"])], applies)
    expect(results, "no public IP on launch", lambda: subnet()["MapPublicIpOnLaunch"],
           props["MapPublicIpOnLaunch"], applies)
    return results


def permissions(rules):
    """Security group rules as comparable tuples, from a template or EC2."""
    out = set()
    for r in rules:
        if "IpRanges" in r:
            for c in r["IpRanges"]:
                out.add((r["IpProtocol"], r.get("FromPort", -1), r.get("ToPort", -1), c["CidrIp"]))
        elif "CidrIp" in r:
            out.add((r["IpProtocol"], r.get("FromPort", -1), r.get("ToPort", -1), r["CidrIp"]))
    return out


@check("AWS::EC2::SecurityGroup")
def check_security_group(region, physical_id, props, physical):
    ec2 = client("ec2", region)
    results = []
    applies = EMULATOR_APPLIES["AWS::EC2::SecurityGroup"]
    group = lambda: ec2.describe_security_groups(GroupIds=[physical_id])["SecurityGroups"][0]  # noqa: E731
    declared = permissions(props.get("SecurityGroupIngress", []))
    expect(results, "ingress", lambda: declared <= permissions(group()["IpPermissions"]), True, applies)
    expect(results, "egress", lambda: permissions(group()["IpPermissionsEgress"]),
           permissions(props["SecurityGroupEgress"]), applies)
    return results


@check("AWS::EC2::LaunchTemplate")
def check_launch_template(region, physical_id, props, physical):
    ec2 = client("ec2", region)
    results = []
    applies = EMULATOR_APPLIES["AWS::EC2::LaunchTemplate"]
    wanted = props["LaunchTemplateData"]["MetadataOptions"]

    def options():
        versions = ec2.describe_launch_template_versions(LaunchTemplateId=physical_id)["LaunchTemplateVersions"]
        return versions[0]["LaunchTemplateData"]["MetadataOptions"]

    expect(results, "IMDSv2 required", lambda: options()["HttpTokens"], wanted["HttpTokens"], applies)
    expect(results, "hop limit", lambda: options()["HttpPutResponseHopLimit"], wanted["HttpPutResponseHopLimit"], applies)
    return results


@check("AWS::ElasticLoadBalancingV2::LoadBalancer")
def check_load_balancer(region, physical_id, props, physical):
    elb = client("elbv2", region)
    results = []
    applies = EMULATOR_APPLIES["AWS::ElasticLoadBalancingV2::LoadBalancer"]
    wanted = {a["Key"]: a["Value"] for a in props["LoadBalancerAttributes"] if isinstance(a["Value"], str)}

    def attribute(key):
        read = elb.describe_load_balancer_attributes(LoadBalancerArn=physical_id)["Attributes"]
        return {a["Key"]: a["Value"] for a in read}.get(key)

    balancer = lambda: elb.describe_load_balancers(LoadBalancerArns=[physical_id])["LoadBalancers"][0]  # noqa: E731
    expect(results, "scheme", lambda: balancer()["Scheme"], props["Scheme"], applies)
    for name, key in [
        ("access logs", "access_logs.s3.enabled"),
        ("deletion protection", "deletion_protection.enabled"),
        ("invalid headers dropped", "routing.http.drop_invalid_header_fields.enabled"),
        ("desync mitigation", "routing.http.desync_mitigation_mode"),
    ]:
        expect(results, name, lambda key=key: attribute(key), wanted[key], applies)
    return results


@check("AWS::ElasticLoadBalancingV2::Listener")
def check_listener(region, physical_id, props, physical):
    elb = client("elbv2", region)
    results = []
    applies = EMULATOR_APPLIES["AWS::ElasticLoadBalancingV2::Listener"]
    listener = lambda: elb.describe_listeners(ListenerArns=[physical_id])["Listeners"][0]  # noqa: E731
    expect(results, "protocol", lambda: listener()["Protocol"], props["Protocol"], applies)
    if "SslPolicy" in props:
        expect(results, "TLS policy", lambda: listener()["SslPolicy"], props["SslPolicy"], applies)
    else:
        expect(results, "redirects to HTTPS", lambda: listener()["DefaultActions"][0]["RedirectConfig"]["Protocol"],
               "HTTPS", applies)
    return results


@check("AWS::ElasticLoadBalancingV2::TargetGroup")
def check_target_group(region, physical_id, props, physical):
    elb = client("elbv2", region)
    results = []
    applies = EMULATOR_APPLIES["AWS::ElasticLoadBalancingV2::TargetGroup"]
    group = lambda: elb.describe_target_groups(TargetGroupArns=[physical_id])["TargetGroups"][0]  # noqa: E731
    expect(results, "protocol", lambda: group()["Protocol"], props["Protocol"], applies)
    expect(results, "health check path", lambda: group()["HealthCheckPath"], props["HealthCheckPath"], applies)
    return results


@check("AWS::WAFv2::WebACL")
def check_web_acl(region, physical_id, props, physical):
    waf = client("wafv2", region)
    results = []
    applies = EMULATOR_APPLIES["AWS::WAFv2::WebACL"]
    name = physical_id.rsplit("/", 2)[-2]
    # The emulator lists a CLOUDFRONT web ACL under REGIONAL: ask under the
    # scope that lists it.
    scope = next(sc for sc in ("REGIONAL", "CLOUDFRONT")
                 if any(a["ARN"] == physical_id for a in waf.list_web_acls(Scope=sc)["WebACLs"]))
    acl = lambda: waf.get_web_acl(Name=name, Scope=scope, Id=physical_id.rsplit("/", 1)[-1])["WebACL"]  # noqa: E731
    expect(results, "rules", lambda: [r["Name"] for r in acl()["Rules"]], [r["Name"] for r in props["Rules"]], applies)
    expect(results, "allows by default", lambda: "Allow" in acl()["DefaultAction"], True, applies)
    return results


@check("AWS::CloudFront::Distribution")
def check_distribution(region, physical_id, props, physical):
    return [("distribution", None, "a stand-in of the emulator, which has no CloudFront model: nothing applied")]


@check("AWS::AutoScaling::AutoScalingGroup")
def check_auto_scaling_group(region, physical_id, props, physical):
    autoscaling = client("autoscaling", region)
    results = []
    applies = EMULATOR_APPLIES["AWS::AutoScaling::AutoScalingGroup"]
    group = lambda: autoscaling.describe_auto_scaling_groups(AutoScalingGroupNames=[physical_id])["AutoScalingGroups"][0]  # noqa: E731
    expect(results, "minimum size", lambda: group()["MinSize"], int(props["MinSize"]), applies)
    expect(results, "maximum size", lambda: group()["MaxSize"], int(props["MaxSize"]), applies)
    expect(results, "health check type", lambda: group()["HealthCheckType"], props.get("HealthCheckType", "EC2"), applies)
    expect(results, "target groups", lambda: len(group()["TargetGroupARNs"]), len(props.get("TargetGroupARNs", [])), applies)
    expect(results, "instance types", lambda: sorted(
        o["InstanceType"] for o in group()["MixedInstancesPolicy"]["LaunchTemplate"]["Overrides"]),
        sorted(o["InstanceType"] for o in props["MixedInstancesPolicy"]["LaunchTemplate"]["Overrides"]), applies)
    return results


@check("AWS::EC2::Instance")
def check_instance(region, physical_id, props, physical):
    ec2 = client("ec2", region)
    results = []
    applies = EMULATOR_APPLIES["AWS::EC2::Instance"]
    instance = lambda: ec2.describe_instances(InstanceIds=[physical_id])["Reservations"][0]["Instances"][0]  # noqa: E731
    nic = props["NetworkInterfaces"][0]
    expect(results, "instance type", lambda: instance()["InstanceType"], props["InstanceType"], applies)
    expect(results, "image", lambda: instance()["ImageId"].startswith("ami-"), True, applies)
    expect(results, "instance profile", lambda: "IamInstanceProfile" in instance(), True, applies)
    expect(results, "no key pair", lambda: instance().get("KeyName"), props.get("KeyName"), applies)
    expect(results, "private subnet", lambda: instance()["SubnetId"], physical_of(nic["SubnetId"], physical, region), applies)
    expect(results, "no public IP", lambda: "PublicIpAddress" in instance(), nic["AssociatePublicIpAddress"], applies)
    expect(results, "detailed monitoring", lambda: instance()["Monitoring"]["State"], "enabled", applies)
    expect(results, "EBS-optimised", lambda: instance()["EbsOptimized"], props["EbsOptimized"], applies)

    def volumes_encrypted():
        ids = [m["Ebs"]["VolumeId"] for m in instance()["BlockDeviceMappings"]]
        return all(v["Encrypted"] for v in ec2.describe_volumes(VolumeIds=ids)["Volumes"])

    expect(results, "volumes encrypted", volumes_encrypted, True, applies)
    return results


@check("AWS::IAM::Role")
def check_role(region, physical_id, props, physical):
    iam = client("iam", region)
    results = []
    applies = EMULATOR_APPLIES["AWS::IAM::Role"]

    def trusted():
        doc = iam.get_role(RoleName=physical_id)["Role"]["AssumeRolePolicyDocument"]
        doc = json.loads(doc) if isinstance(doc, str) else doc
        return [s["Principal"].get("Service") for s in doc["Statement"]]

    wanted = [s["Principal"].get("Service") for s in props["AssumeRolePolicyDocument"]["Statement"]]
    expect(results, "trusted service", trusted, wanted, applies)
    return results


@check("AWS::RDS::DBInstance")
def check_db(region, physical_id, props, physical):
    rds = client("rds", region)
    results = []
    applies = EMULATOR_APPLIES["AWS::RDS::DBInstance"]
    db = lambda: rds.describe_db_instances(DBInstanceIdentifier=physical_id)["DBInstances"][0]  # noqa: E731
    if "DBClusterIdentifier" in props:
        # An Aurora cluster's instance: the cluster holds the rest.
        expect(results, "not public", lambda: db()["PubliclyAccessible"], False, applies)
        expect(results, "in its cluster", lambda: db().get("DBClusterIdentifier"),
               physical_of(props["DBClusterIdentifier"], physical, region), applies)
        return results
    key_arn = client("kms", region).describe_key(KeyId=physical[ref(props["KmsKeyId"])])["KeyMetadata"]["Arn"]
    expect(results, "storage encrypted", lambda: db()["StorageEncrypted"], True, applies)
    expect(results, "encryption key", lambda: db()["KmsKeyId"], key_arn, applies)
    expect(results, "not public", lambda: db()["PubliclyAccessible"], False, applies)
    expect(results, "managed master secret", lambda: "SecretArn" in db().get("MasterUserSecret", {}), True, applies)
    expect(results, "multi-AZ", lambda: db()["MultiAZ"], props["MultiAZ"], applies)
    expect(results, "backup retention", lambda: db()["BackupRetentionPeriod"], props["BackupRetentionPeriod"], applies)
    wanted_tls = TEMPLATE["Resources"][ref(props["DBParameterGroupName"])]["Properties"]["Parameters"]

    def tls():
        name = db()["DBParameterGroups"][0]["DBParameterGroupName"]
        params = rds.describe_db_parameters(DBParameterGroupName=name)["Parameters"]
        return {p["ParameterName"]: p.get("ParameterValue") for p in params if p["ParameterName"] in wanted_tls}

    expect(results, "TLS parameter group", tls, wanted_tls, applies)
    expect(results, "port", lambda: db()["Endpoint"]["Port"], int(props["Port"]), applies)
    expect(results, "IAM authentication", lambda: db()["IAMDatabaseAuthenticationEnabled"], True, applies)
    expect(results, "deletion protection", lambda: db()["DeletionProtection"], props["DeletionProtection"], applies)
    expect(results, "log exports", lambda: db().get("EnabledCloudwatchLogsExports"), props["EnableCloudwatchLogsExports"], applies)
    return results


@check("AWS::RDS::DBCluster")
def check_cluster(region, physical_id, props, physical):
    rds = client("rds", region)
    results = []
    applies = EMULATOR_APPLIES["AWS::RDS::DBCluster"]
    cluster = lambda: rds.describe_db_clusters(DBClusterIdentifier=physical_id)["DBClusters"][0]  # noqa: E731
    key_arn = client("kms", region).describe_key(KeyId=physical[ref(props["KmsKeyId"])])["KeyMetadata"]["Arn"]
    expect(results, "storage encrypted", lambda: cluster()["StorageEncrypted"], True, applies)
    expect(results, "encryption key", lambda: cluster()["KmsKeyId"], key_arn, applies)
    expect(results, "managed master secret", lambda: "SecretArn" in cluster().get("MasterUserSecret", {}), True, applies)
    expect(results, "backup retention", lambda: cluster()["BackupRetentionPeriod"], props["BackupRetentionPeriod"], applies)
    expect(results, "port", lambda: cluster()["Port"], int(props["Port"]), applies)
    expect(results, "IAM authentication", lambda: cluster()["IAMDatabaseAuthenticationEnabled"], True, applies)
    expect(results, "deletion protection", lambda: cluster()["DeletionProtection"], props["DeletionProtection"], applies)
    expect(results, "log exports", lambda: cluster().get("EnabledCloudwatchLogsExports"),
           props["EnableCloudwatchLogsExports"], applies)
    expect(results, "instances", lambda: len(cluster()["DBClusterMembers"]),
           sum(1 for r in TEMPLATE["Resources"].values()
               if r["Type"] == "AWS::RDS::DBInstance" and ref(r["Properties"].get("DBClusterIdentifier")) in physical
               and physical[ref(r["Properties"]["DBClusterIdentifier"])] == physical_id), applies)
    return results


@check("AWS::Lambda::Function")
def check_function(region, physical_id, props, physical):
    aws_lambda = client("lambda", region)
    results = []
    applies = EMULATOR_APPLIES["AWS::Lambda::Function"]
    config = lambda: aws_lambda.get_function_configuration(FunctionName=physical_id)  # noqa: E731
    key_arn = client("kms", region).describe_key(KeyId=physical[ref(props["KmsKeyArn"])])["KeyMetadata"]["Arn"]
    expect(results, "runtime", lambda: config()["Runtime"], props["Runtime"], applies)
    expect(results, "environment key", lambda: config().get("KMSKeyArn"), key_arn, applies)
    expect(results, "tracing", lambda: config()["TracingConfig"]["Mode"], "Active", applies)
    expect(results, "dead-letter queue", lambda: "TargetArn" in config().get("DeadLetterConfig", {}), True, applies)
    expect(results, "own log group", lambda: config().get("LoggingConfig", {}).get("LogGroup"),
           physical[ref(props["LoggingConfig"]["LogGroup"])], applies)
    expect(results, "reserved concurrency",
           lambda: aws_lambda.get_function_concurrency(FunctionName=physical_id).get("ReservedConcurrentExecutions"),
           props["ReservedConcurrentExecutions"], applies)
    asset = ASSETS.get(TEMPLATE_NAME[0], {}).get(physical_logical(physical, physical_id))
    if asset:
        with open(asset, "rb") as f:
            wanted = base64.b64encode(hashlib.sha256(f.read()).digest()).decode()
        expect(results, "code is the asset", lambda: config()["CodeSha256"], wanted, applies)
    if "VpcConfig" in props:
        expect(results, "in the VPC's subnets", lambda: sorted(config()["VpcConfig"]["SubnetIds"]),
               sorted(physical_of(s, physical, region) for s in props["VpcConfig"]["SubnetIds"]), applies)
    return results


@check("AWS::SQS::Queue")
def check_queue(region, physical_id, props, physical):
    sqs = client("sqs", region)
    results = []
    applies = EMULATOR_APPLIES["AWS::SQS::Queue"]
    attributes = lambda: sqs.get_queue_attributes(QueueUrl=physical_id, AttributeNames=["All"])["Attributes"]  # noqa: E731
    expect(results, "encrypted with the key", lambda: "KmsMasterKeyId" in attributes(), True, applies)
    if "RedrivePolicy" in props:
        target = physical[ref(props["RedrivePolicy"]["deadLetterTargetArn"])]
        target_arn = sqs.get_queue_attributes(QueueUrl=target, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
        expect(results, "dead-letter queue",
               lambda: json.loads(attributes().get("RedrivePolicy", "{}")).get("deadLetterTargetArn"),
               target_arn, applies)
    expect(results, "retention", lambda: int(attributes()["MessageRetentionPeriod"]),
           props["MessageRetentionPeriod"], applies)
    expect(results, "visibility timeout", lambda: int(attributes()["VisibilityTimeout"]),
           props["VisibilityTimeout"], applies)
    return results


@check("AWS::DynamoDB::Table")
def check_table(region, physical_id, props, physical):
    dynamodb = client("dynamodb", region)
    results = []
    applies = EMULATOR_APPLIES["AWS::DynamoDB::Table"]
    table = lambda: dynamodb.describe_table(TableName=physical_id)["Table"]  # noqa: E731
    key_arn = client("kms", region).describe_key(
        KeyId=physical[ref(props["SSESpecification"]["KMSMasterKeyId"])])["KeyMetadata"]["Arn"]
    expect(results, "encrypted with the key", lambda: table().get("SSEDescription", {}).get("KMSMasterKeyArn"), key_arn, applies)
    expect(results, "point-in-time recovery",
           lambda: dynamodb.describe_continuous_backups(TableName=physical_id)["ContinuousBackupsDescription"]
           ["PointInTimeRecoveryDescription"]["PointInTimeRecoveryStatus"], "ENABLED", applies)
    expect(results, "deletion protection", lambda: table().get("DeletionProtectionEnabled"), True, applies)
    expect(results, "on demand", lambda: table()["BillingModeSummary"]["BillingMode"], props["BillingMode"], applies)
    return results


@check("AWS::SNS::Topic")
def check_topic(region, physical_id, props, physical):
    sns = client("sns", region)
    results = []
    key_arn = client("kms", region).describe_key(KeyId=physical[ref(props["KmsMasterKeyId"])])["KeyMetadata"]["Arn"]
    expect(results, "encrypted with the key",
           lambda: sns.get_topic_attributes(TopicArn=physical_id)["Attributes"].get("KmsMasterKeyId"),
           key_arn, EMULATOR_APPLIES["AWS::SNS::Topic"])
    return results


@check("AWS::ApiGatewayV2::Api")
def check_api(region, physical_id, props, physical):
    results = []
    api = lambda: client("apigatewayv2", region).get_api(ApiId=physical_id)  # noqa: E731
    expect(results, "default endpoint off", lambda: api().get("DisableExecuteApiEndpoint", False),
           props.get("DisableExecuteApiEndpoint", False), EMULATOR_APPLIES["AWS::ApiGatewayV2::Api"])
    return results


@check("AWS::ApiGatewayV2::Route")
def check_route(region, physical_id, props, physical):
    results = []
    applies = EMULATOR_APPLIES["AWS::ApiGatewayV2::Route"]
    route = lambda: client("apigatewayv2", region).get_route(  # noqa: E731
        ApiId=physical[ref(props["ApiId"])], RouteId=physical_id)
    expect(results, "authorization type", lambda: route()["AuthorizationType"], props["AuthorizationType"], applies)
    if "AuthorizerId" in props:
        expect(results, "authorizer", lambda: route()["AuthorizerId"], physical[ref(props["AuthorizerId"])], applies)
    return results


@check("AWS::ApiGatewayV2::Stage")
def check_stage(region, physical_id, props, physical):
    results = []
    applies = EMULATOR_APPLIES["AWS::ApiGatewayV2::Stage"]
    stage = lambda: client("apigatewayv2", region).get_stage(  # noqa: E731
        ApiId=physical[ref(props["ApiId"])], StageName=physical_id)
    logs = physical[ref(props["AccessLogSettings"]["DestinationArn"])]
    expect(results, "access log", lambda: stage()["AccessLogSettings"]["DestinationArn"].endswith(f":log-group:{logs}"),
           True, applies)
    limits = props["DefaultRouteSettings"]
    expect(results, "throttling",
           lambda: (stage()["DefaultRouteSettings"]["ThrottlingRateLimit"],
                    stage()["DefaultRouteSettings"]["ThrottlingBurstLimit"]),
           (limits["ThrottlingRateLimit"], limits["ThrottlingBurstLimit"]), applies)
    return results


@check("AWS::SecretsManager::Secret")
def check_secret(region, physical_id, props, physical):
    secrets = client("secretsmanager", region)
    results = []
    applies = EMULATOR_APPLIES["AWS::SecretsManager::Secret"]
    key_arn = client("kms", region).describe_key(KeyId=physical[ref(props["KmsKeyId"])])["KeyMetadata"]["Arn"]
    expect(results, "encrypted with the key", lambda: secrets.describe_secret(SecretId=physical_id).get("KmsKeyId"),
           key_arn, applies)
    generate = props["GenerateSecretString"]

    def generated():
        value = secrets.get_secret_value(SecretId=physical_id)["SecretString"]
        if "GenerateStringKey" in generate:
            value = json.loads(value)[generate["GenerateStringKey"]]
        excluded = set(generate.get("ExcludeCharacters", ""))
        return len(value) == generate["PasswordLength"] and not excluded & set(value)

    expect(results, "value generated", generated, True, applies)
    return results


@check("AWS::CloudWatch::Alarm")
def check_alarm(region, physical_id, props, physical):
    results = []
    applies = EMULATOR_APPLIES["AWS::CloudWatch::Alarm"]
    alarm = lambda: client("cloudwatch", region).describe_alarms(AlarmNames=[physical_id])["MetricAlarms"][0]  # noqa: E731
    topics = [physical[ref(a)] for a in props["AlarmActions"]]
    expect(results, "notifies the topic", lambda: alarm()["AlarmActions"], topics, applies)
    expect(results, "actions enabled", lambda: alarm()["ActionsEnabled"], True, applies)
    return results


def still_there(resource_type, region, physical_id):
    try:
        if resource_type == "AWS::S3::Bucket":
            client("s3", region).head_bucket(Bucket=physical_id)
            return True
        if resource_type == "AWS::Logs::LogGroup":
            found = client("logs", region).describe_log_groups(logGroupNamePrefix=physical_id)["logGroups"]
            return any(g["logGroupName"] == physical_id for g in found)
        if resource_type == "AWS::SQS::Queue":
            client("sqs", region).get_queue_attributes(QueueUrl=physical_id)
            return True
        if resource_type == "AWS::DynamoDB::Table":
            client("dynamodb", region).describe_table(TableName=physical_id)
            return True
        if resource_type == "AWS::SecretsManager::Secret":
            client("secretsmanager", region).describe_secret(SecretId=physical_id)
            return True
        if resource_type == "AWS::KMS::Key":
            state = client("kms", region).describe_key(KeyId=physical_id)["KeyMetadata"]["KeyState"]
            return state not in ("PendingDeletion", "Disabled")
    except ClientError:
        return False
    return None


# Stack name -> {logical id of the function: path of its asset zip}.
ASSETS = {}
# The name of the stack being checked.
TEMPLATE_NAME = [""]
ASSET_BUCKET = "stackward-smoke-assets"


def physical_logical(physical, physical_id):
    return next((k for k, v in physical.items() if v == physical_id), None)


def upload_assets(name, region, generated):
    """Uploads a stack's assets as the deploy workflow does; returns the
    stack's parameters."""
    manifest = json.load(open(os.path.join(generated, "manifest.json")))
    entry = next((s for s in manifest["stacks"] if s["name"] == name), {"assets": []})
    if not entry["assets"]:
        return []
    s3 = client("s3", region)
    try:
        s3.create_bucket(Bucket=ASSET_BUCKET, CreateBucketConfiguration={"LocationConstraint": region})
    except ClientError as e:
        if e.response["Error"]["Code"] not in ("BucketAlreadyOwnedByYou", "BucketAlreadyExists"):
            raise
    for asset in entry["assets"]:
        path = os.path.join(generated, asset["file"])
        with zipfile.ZipFile(path) as z:
            broken = z.testzip()
            if broken is not None:
                raise SystemExit(f"{path}: {broken} is corrupt")
        with open(path, "rb") as f:
            data = f.read()
        if hashlib.sha256(data).hexdigest() != asset["sha256"]:
            raise SystemExit(f"{path}: content does not match its sha256 in the manifest")
        s3.put_object(Bucket=ASSET_BUCKET, Key=asset["key"], Body=data)
        ASSETS.setdefault(name, {})[asset["resource"]] = path
    return [{"ParameterKey": entry["assets"][0]["bucket_parameter"], "ParameterValue": ASSET_BUCKET}]


def operator_parameters(name, region, template, given):
    """The values an operator passes for parameters without a default: a
    hosted zone created for the purpose for a Route 53 zone id, a managed
    prefix list for a prefix list id; any other such parameter is an error
    of the template."""
    values = []
    for key, p in template.get("Parameters", {}).items():
        if "Default" in p or key in given:
            continue
        if p.get("Type") == "AWS::Route53::HostedZone::Id":
            zone = client("route53", region).create_hosted_zone(Name="example.com", CallerReference=f"{name}-{key}")
            values.append({"ParameterKey": key, "ParameterValue": zone["HostedZone"]["Id"].rsplit("/", 1)[-1]})
        elif p.get("AllowedPattern", "").startswith("^pl-"):
            # A managed prefix list (CloudFront's origin-facing one, in AWS).
            created = client("ec2", region).create_managed_prefix_list(
                PrefixListName=f"{name}-{key}", MaxEntries=1, AddressFamily="IPv4",
                Entries=[{"Cidr": "192.0.2.0/24"}])
            values.append({"ParameterKey": key, "ParameterValue": created["PrefixList"]["PrefixListId"]})
        else:
            raise SystemExit(f"{name}: parameter {key} has no default and no test value")
    return values


def create(path):
    """Creates one stack and checks what it deployed; returns the rows, whether
    a check failed, and what the delete phase needs."""
    template = json.load(open(path))
    TEMPLATE.clear()
    TEMPLATE.update(template)
    name = path.rsplit("/", 1)[-1].removesuffix(".template.json")
    regions = template.get("Rules", {}).get("AllowedRegions", {}).get("Assertions", [{}])[0].get("Assert", {})
    region = regions.get("Fn::Contains", [["us-east-1"]])[0][0]
    cf = client("cloudformation", region)
    TEMPLATE_NAME[0] = name
    parameters = upload_assets(name, region, os.path.dirname(path))
    given = {p["ParameterKey"] for p in parameters}
    parameters += [p for p in operator_parameters(name, region, template, given)]
    cf.create_stack(StackName=name, TemplateBody=open(path).read(), Parameters=parameters)
    for _ in range(120):
        stack = cf.describe_stacks(StackName=name)["Stacks"][0]
        if not stack["StackStatus"].endswith("IN_PROGRESS"):
            break
        time.sleep(0.25)
    rows, failed = [], False
    if stack["StackStatus"] != "CREATE_COMPLETE":
        print(f"{name}: {stack['StackStatus']}: {stack.get('StackStatusReason')}")
        return [], True, None
    created = {
        r["LogicalResourceId"]: r.get("PhysicalResourceId")
        for r in cf.list_stack_resources(StackName=name)["StackResourceSummaries"]
        if r.get("LogicalResourceId")
    }
    physical = {}
    for logical_id, resource in template["Resources"].items():
        rtype = resource["Type"]
        if logical_id not in created:
            rows.append((name, logical_id, rtype, "not listed as created by the emulator (unsupported type)", ""))
            continue
        physical[logical_id] = created[logical_id]
        fn = CHECKS.get(rtype)
        if fn is None:
            rows.append((name, logical_id, rtype, "created; no describe check for this type", ""))
            continue
        results = fn(region, created[logical_id], resource.get("Properties", {}), created)
        bad = [f"{n}: {detail}" for n, ok, detail in results if ok is False]
        failed |= bool(bad)
        passed = [n for n, ok, _ in results if ok]
        unreported = [f"{n} ({detail})" for n, ok, detail in results if ok is None]
        summary = f"passed: {', '.join(passed)}"
        if unreported:
            summary += f"; unchecked: {', '.join(unreported)}"
        rows.append((name, logical_id, rtype, summary, "FAILED " + "; ".join(bad) if bad else "ok"))
    return rows, failed, (name, region, template, physical)


def delete(rows, deployed):
    """Deletes one stack and checks that retained resources stay and the
    others go; updates the stack's rows. Returns whether a check failed."""
    name, region, template, physical = deployed
    cf = client("cloudformation", region)
    try:
        cf.delete_stack(StackName=name)
    except ClientError as e:
        # moto 5.2.5 deletes a VPC before what is in it and refuses; the
        # retention checks cannot run for this stack.
        rows.append((name, "(stack)", "AWS::CloudFormation::Stack",
                     f"not deleted by the emulator ({e.response['Error']['Code']}): "
                     "retention after delete unchecked for this stack", ""))
        return False
    for _ in range(120):
        stacks = cf.describe_stacks()["Stacks"]
        if all(s["StackName"] != name or not s["StackStatus"].endswith("IN_PROGRESS") for s in stacks):
            break
        time.sleep(0.25)
    failed = False
    for i, (stack_name, logical_id, rtype, summary, verdict) in enumerate(rows):
        if stack_name != name or logical_id not in template["Resources"]:
            continue
        policy = template["Resources"][logical_id].get("DeletionPolicy", "Delete")
        if logical_id not in physical or rtype not in CHECKS:
            continue
        there = still_there(rtype, region, physical[logical_id])
        if there is None:
            # No lookup for this type: its retention is not claimed.
            continue
        kept = there if policy == "Retain" else not there
        after = f"after delete: {'retained' if there else 'gone'} ({policy})"
        if not kept:
            failed = True
            verdict = f"FAILED {after}; {verdict}"
        rows[i] = (stack_name, logical_id, rtype, f"{summary}; {after}", verdict)
    return failed


def main():
    """Creates every stack in the order given (the deploy manifest's), then
    deletes them in reverse, so that imports resolve and exports are free
    when their producer goes."""
    any_failed = False
    rows, deployed = [], []
    for path in sys.argv[2:]:
        stack_rows, failed, done = create(path)
        any_failed |= failed
        rows.extend(stack_rows)
        if done:
            deployed.append(done)
    for done in reversed(deployed):
        any_failed |= delete(rows, done)
    print("| stack | resource | type | emulator result | verdict |")
    print("|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print()
    totals = None
    for stack in dict.fromkeys(row[0] for row in rows):
        counts = tally([row for row in rows if row[0] == stack])
        print(f"{stack}: {describe(counts)}")
        totals = counts if totals is None else [a + b for a, b in zip(totals, counts)]
    if totals is not None:
        print(f"In all: {describe(totals)}")
    sys.exit(1 if any_failed else 0)


def tally(rows):
    """[resources, read back, settings checked, settings not applied or not
    reported, created only, not created] for one stack's rows."""
    counts = [0, 0, 0, 0, 0, 0]
    for _, logical_id, _, result, _ in rows:
        if logical_id == "(stack)":
            continue
        counts[0] += 1
        if result.startswith("passed:"):
            counts[1] += 1
            checked = result.split(";")[0].split(":", 1)[1]
            counts[2] += len([s for s in checked.split(",") if s.strip()])
            if "unchecked:" in result:
                unchecked = result.split("unchecked:", 1)[1].split("; after delete")[0]
                counts[3] += unchecked.count("(not applied by the emulator")
                counts[3] += unchecked.count("(not reported by the emulator")
        elif result.startswith("created; no describe check"):
            counts[4] += 1
        elif result.startswith("not listed as created"):
            counts[5] += 1
    return counts


def describe(c):
    return (f"{c[0]} resources: {c[1]} read back ({c[2]} settings checked, {c[3]} settings the emulator "
            f"does not apply or report), {c[4]} created without a check, {c[5]} of types the emulator does not create")


main()
