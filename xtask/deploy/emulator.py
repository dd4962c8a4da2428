"""Starts moto's server on 127.0.0.1 for stackward's deploy smoke test.

Usage: emulator.py PORT LIFETIME_SECONDS

The server stops by itself after LIFETIME_SECONDS. Twenty-one defects of moto
5.2.5's CloudFormation handlers are corrected before it starts, so that
templates are deployed exactly as written:
- UpdateTerminationProtection is not implemented, so the deploy script's
  last call for each stack fails; it sets the stack's protection, which
  DescribeStacks then reports and DeleteStack honours;
- a stack deployed through a change set neither sees other stacks' exports
  (its `Fn::ImportValue` fails) nor gets its own outputs and exports
  (CreateStack does both), so the second of two dependent stacks deployed
  with `aws cloudformation deploy` fails; the exports are handed to it
  before ExecuteChangeSet, its outputs read and exports published after;
- CreateChangeSet for an unchanged stack fails with UpdateStack's "No
  updates are to be performed" where CloudFormation creates a FAILED change
  set that "didn't contain changes" (which `aws cloudformation deploy
  --no-fail-on-empty-changeset` accepts), and counts parameters the CLI
  passes as `UsePreviousValue` as a change; both are answered as
  CloudFormation does;
- a `TemplateURL` in path style on the emulator's own address (where the
  AWS CLI uploads a template over 51,200 bytes) is read as if the address's
  first label were a bucket; the bucket is read from the path, as for
  `localhost`;
- AWS::KMS::Key passes the CloudFormation `Tags` (`Key`/`Value`) to its KMS
  model, which expects `TagKey`/`TagValue`, and fails the whole stack;
- AWS::KMS::Key stores the `KeyPolicy` object as is, where its KMS model
  expects the policy as JSON text, so DescribeKey and GetKeyPolicy fail;
- AWS::Logs::LogGroup hands `KmsKeyId` to a model that reads `kmsKeyId`, so
  the group's key is silently dropped;
- AWS::EC2::Subnet ignores `MapPublicIpOnLaunch` and turns it on for the
  first subnet it sees in a zone, where EC2 leaves it off unless asked; and
  it raises NotImplementedError for `Fn::GetAtt` `AvailabilityZone`, so an
  Auto Scaling group naming its subnets' zones fails with a 500;
- AWS::EC2::Instance refuses a block device without `VolumeSize`, which EC2
  takes from the image; the emulator's images have no size, so 8 GiB (the
  Amazon Linux 2023 image's) is filled in;
- AWS::RDS::DBInstance passes the parameter group object a `Ref` resolves
  to where its model expects the group's name, and fails with a 500; it
  drops `ManageMasterUserPassword` (so no secret is created) and answers
  neither `Fn::GetAtt` `DbiResourceId` nor `MasterUserSecret.SecretArn`,
  which its model holds; and it fails on an Aurora cluster's instance,
  which names no engine version (the cluster's is filled in).
- AWS::ElasticLoadBalancingV2::LoadBalancer drops `LoadBalancerAttributes`
  (access logs, deletion protection, header and desync handling), which its
  model holds and answers; they are applied after creation;
- AWS::RDS::DBCluster has no CloudFormation model, so the cluster is not
  created and a `Fn::GetAtt` of it fails the stack; it is created through
  moto's RDS backend, which holds the cluster and answers its attributes;
- AWS::CloudFront::Distribution has no CloudFormation model (and moto's
  CloudFront backend takes the API's XML-shaped configuration), so a
  `Fn::GetAtt` of it fails the stack; a stand-in answers `Id` and
  `DomainName` so the rest of the stack deploys, and the smoke test reports
  the distribution as a stand-in, not as checked;
- AWS::EC2::SecurityGroupIngress refuses a rule whose source is a managed
  prefix list (`SourcePrefixListId`), which its EC2 model takes; such a
  rule is authorized through the EC2 backend;
- AWS::WAFv2::WebACL has no CloudFormation model, so a `Fn::GetAtt` of its
  ARN fails the stack; the web ACL is created through moto's WAFv2
  backend, which holds its rules and answers its ARN and id;
- AWS::CertificateManager::Certificate has no CloudFormation model, so a
  listener's certificate `Ref` is empty and moto's listener fails with a
  500; the certificate is requested from moto's ACM backend instead;
- AWS::ApiGatewayV2::Api, Authorizer, Integration, Route and Stage have no
  CloudFormation model, so a `Fn::GetAtt` of an API's endpoint fails the
  stack with a 500; they are created through moto's API Gateway v2
  backend, which holds routes' authorization and stages' access logs and
  throttling;
- AWS::SecretsManager::Secret has no CloudFormation model; the secret is
  created through moto's Secrets Manager backend with its key and a value
  generated here as `GenerateSecretString` asks (length, excluded
  characters, JSON template);
- AWS::CloudWatch::Alarm has no CloudFormation model; the alarm is put
  through moto's CloudWatch backend with its metric and actions;
- AWS::DynamoDB::Table hands its model `SSESpecification` in
  CloudFormation's shape (`SSEEnabled`) where the model reads the API's
  (`Enabled`), so the table's key is not reported, and it drops
  `PointInTimeRecoverySpecification`; both are applied as the API takes
  them.
"""
import json

import sys
import threading
import os

from moto.ec2.models import instances as instance_models
from moto.ec2.models import ec2_backends
from moto.ec2.models import security_groups as group_models
from moto.elbv2 import models as elbv2_models
from moto.ec2.models import subnets as subnet_models
from moto.kms import models as kms_models
from moto.rds import models as rds_models
from moto.logs import models as logs_models
from moto.acm.models import acm_backends
from moto.core.common_models import CloudFormationModel
from moto.core.responses import ActionResult
from moto.cloudformation import models as cfn_models
from moto.cloudformation.exceptions import ValidationError
from moto.cloudformation import responses as cfn_responses
from moto.cloudformation.responses import CloudFormationResponse
from moto.server import ThreadedMotoServer
from moto.wafv2.models import wafv2_backends
from moto.apigatewayv2.models import apigatewayv2_backends
from moto.cloudwatch.models import cloudwatch_backends
from moto.secretsmanager.models import secretsmanager_backends
from moto.dynamodb.models import dynamodb_backends
from moto.dynamodb.models import table as dynamodb_table_models

_create = kms_models.Key.create_from_cloudformation_json.__func__


def _create_with_cfn_tags(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
    props = cloudformation_json.get("Properties", {})
    tags = props.get("Tags")
    if tags:
        props["Tags"] = [{"TagKey": t["Key"], "TagValue": t["Value"]} for t in tags]
    if isinstance(props.get("KeyPolicy"), dict):
        props["KeyPolicy"] = json.dumps(props["KeyPolicy"])
    return _create(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs)


kms_models.Key.create_from_cloudformation_json = classmethod(_create_with_cfn_tags)

_create_group = logs_models.LogGroup.create_from_cloudformation_json.__func__


def _create_group_with_key(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
    props = cloudformation_json.get("Properties", {})
    if "KmsKeyId" in props:
        props["kmsKeyId"] = props.pop("KmsKeyId")
    return _create_group(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs)


logs_models.LogGroup.create_from_cloudformation_json = classmethod(_create_group_with_key)

_create_subnet = subnet_models.Subnet.create_from_cloudformation_json.__func__


def _create_subnet_as_asked(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
    subnet = _create_subnet(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs)
    asked = cloudformation_json.get("Properties", {}).get("MapPublicIpOnLaunch", False)
    subnet.map_public_ip_on_launch = asked in (True, "true")
    return subnet


subnet_models.Subnet.create_from_cloudformation_json = classmethod(_create_subnet_as_asked)

_subnet_attribute = subnet_models.Subnet.get_cfn_attribute


def _subnet_attribute_with_zone(self, attribute_name):
    if attribute_name == "AvailabilityZone":
        return self.availability_zone
    return _subnet_attribute(self, attribute_name)


subnet_models.Subnet.get_cfn_attribute = _subnet_attribute_with_zone


_create_balancer = elbv2_models.FakeLoadBalancer.create_from_cloudformation_json.__func__


def _create_balancer_with_attributes(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
    balancer = _create_balancer(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs)
    attributes = cloudformation_json.get("Properties", {}).get("LoadBalancerAttributes", [])
    if attributes:
        backend = elbv2_models.elbv2_backends[account_id][region_name]
        backend.modify_load_balancer_attributes(balancer.arn, {a["Key"]: a["Value"] for a in attributes})
    return balancer


elbv2_models.FakeLoadBalancer.create_from_cloudformation_json = classmethod(_create_balancer_with_attributes)


def _boolean(value):
    return value in (True, "true", "True")


class _DBCluster(CloudFormationModel):
    """AWS::RDS::DBCluster, created through moto's RDS backend."""

    __module__ = "moto.rds.models"

    def __init__(self, cluster):
        self.cluster = cluster

    @staticmethod
    def cloudformation_type():
        return "AWS::RDS::DBCluster"

    @staticmethod
    def cloudformation_name_type():
        return "DBClusterIdentifier"

    @classmethod
    def has_cfn_attr(cls, attr):
        return attr in ("Endpoint.Address", "Endpoint.Port", "ReadEndpoint.Address", "DBClusterResourceId",
                        "DBClusterArn", "MasterUserSecret.SecretArn")

    @classmethod
    def create_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
        props = cloudformation_json.get("Properties", {})
        backend = rds_models.rds_backends[account_id][region_name]
        port = props.get("Port")
        cluster = backend.create_db_cluster({
            "db_cluster_identifier": props.get("DBClusterIdentifier") or resource_name.lower(),
            "engine": props["Engine"],
            "engine_version": props.get("EngineVersion"),
            "master_username": props.get("MasterUsername"),
            "manage_master_user_password": _boolean(props.get("ManageMasterUserPassword")),
            "master_user_secret_kms_key_id": props.get("MasterUserSecret", {}).get("KmsKeyId"),
            "storage_encrypted": _boolean(props.get("StorageEncrypted")),
            "kms_key_id": props.get("KmsKeyId"),
            "port": int(port) if port is not None else None,
            "backup_retention_period": int(props.get("BackupRetentionPeriod", 1)),
            "deletion_protection": _boolean(props.get("DeletionProtection")),
            "copy_tags_to_snapshot": _boolean(props.get("CopyTagsToSnapshot")),
            "database_name": props.get("DatabaseName"),
            "db_cluster_parameter_group_name": props.get("DBClusterParameterGroupName"),
            "db_subnet_group_name": props.get("DBSubnetGroupName"),
            "vpc_security_group_ids": props.get("VpcSecurityGroupIds"),
            "enable_cloudwatch_logs_exports": props.get("EnableCloudwatchLogsExports"),
            "enable_iam_database_authentication": _boolean(props.get("EnableIAMDatabaseAuthentication")),
            "serverless_v2_scaling_configuration": props.get("ServerlessV2ScalingConfiguration"),
            "backtrack_window": props.get("BacktrackWindow"),
        })
        return cls(cluster)

    @property
    def physical_resource_id(self):
        return self.cluster.db_cluster_identifier

    def get_cfn_attribute(self, attribute_name):
        if attribute_name == "Endpoint.Address":
            return self.cluster.endpoint
        if attribute_name == "Endpoint.Port":
            return self.cluster.port
        if attribute_name == "ReadEndpoint.Address":
            return self.cluster.reader_endpoint
        if attribute_name == "DBClusterResourceId":
            return self.cluster.db_cluster_resource_id
        if attribute_name == "DBClusterArn":
            return self.cluster.db_cluster_arn
        if attribute_name == "MasterUserSecret.SecretArn":
            return self.cluster.master_user_secret.secret_arn
        raise NotImplementedError(attribute_name)


class _Distribution(CloudFormationModel):
    """A stand-in for AWS::CloudFront::Distribution: an id and a domain name."""

    __module__ = "moto.cloudfront.models"

    def __init__(self, distribution_id):
        self.distribution_id = distribution_id

    @staticmethod
    def cloudformation_type():
        return "AWS::CloudFront::Distribution"

    @staticmethod
    def cloudformation_name_type():
        return ""

    @classmethod
    def has_cfn_attr(cls, attr):
        return attr in ("Id", "DomainName")

    @classmethod
    def create_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
        import random
        import string
        return cls("E" + "".join(random.choice(string.ascii_uppercase + string.digits) for _ in range(13)))

    @property
    def physical_resource_id(self):
        return self.distribution_id

    def get_cfn_attribute(self, attribute_name):
        if attribute_name == "Id":
            return self.distribution_id
        if attribute_name == "DomainName":
            return f"{self.distribution_id.lower()}.cloudfront.net"
        raise NotImplementedError(attribute_name)


_create_ingress = group_models.SecurityGroupIngress.create_from_cloudformation_json.__func__


def _create_ingress_from_prefix_list(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
    props = cloudformation_json.get("Properties", {})
    prefix_list = props.get("SourcePrefixListId")
    if not prefix_list:
        return _create_ingress(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs)
    backend = ec2_backends[account_id][region_name]
    group = backend.describe_security_groups(group_ids=[props["GroupId"]])[0]
    backend.authorize_security_group_ingress(
        group_name_or_id=group.id,
        ip_protocol=props["IpProtocol"],
        from_port=props.get("FromPort"),
        to_port=props.get("ToPort"),
        ip_ranges=[],
        prefix_list_ids=[{"PrefixListId": prefix_list, "Description": props.get("Description", "")}],
    )
    return cls(group, props)


group_models.SecurityGroupIngress.create_from_cloudformation_json = classmethod(_create_ingress_from_prefix_list)


class _WebACL(CloudFormationModel):
    """AWS::WAFv2::WebACL, created through moto's WAFv2 backend."""

    __module__ = "moto.wafv2.models"

    def __init__(self, acl):
        self.acl = acl

    @staticmethod
    def cloudformation_type():
        return "AWS::WAFv2::WebACL"

    @staticmethod
    def cloudformation_name_type():
        return "Name"

    @classmethod
    def has_cfn_attr(cls, attr):
        return attr in ("Arn", "Id")

    @classmethod
    def create_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
        props = cloudformation_json.get("Properties", {})
        acl = wafv2_backends[account_id][region_name].create_web_acl(
            name=props.get("Name") or resource_name,
            visibility_config=props["VisibilityConfig"],
            default_action=props["DefaultAction"],
            scope=props["Scope"],
            description=props.get("Description", ""),
            tags=props.get("Tags", []),
            rules=props.get("Rules", []),
            association_config=None,
            captcha_config=None,
            challenge_config=None,
            custom_response_bodies=None,
            token_domains=None,
        )
        return cls(acl)

    @property
    def physical_resource_id(self):
        return self.acl.arn

    def get_cfn_attribute(self, attribute_name):
        if attribute_name == "Arn":
            return self.acl.arn
        if attribute_name == "Id":
            return self.acl.id
        raise NotImplementedError(attribute_name)


class _Certificate(CloudFormationModel):
    """AWS::CertificateManager::Certificate, requested from moto's ACM."""

    # moto files every model under the service its module is named after.
    __module__ = "moto.acm.models"

    def __init__(self, arn):
        self.arn = arn

    @staticmethod
    def cloudformation_type():
        return "AWS::CertificateManager::Certificate"

    @staticmethod
    def cloudformation_name_type():
        return ""

    @classmethod
    def create_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
        props = cloudformation_json.get("Properties", {})
        arn = acm_backends[account_id][region_name].request_certificate(
            domain_name=props["DomainName"],
            idempotency_token=None,
            subject_alt_names=props.get("SubjectAlternativeNames") or [],
            tags=[],
        )
        return cls(arn)

    @property
    def physical_resource_id(self):
        return self.arn

def _lower_keys(value):
    """CloudFormation's PascalCase keys in the API's camelCase."""
    if isinstance(value, dict):
        return {k[:1].lower() + k[1:]: _lower_keys(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_lower_keys(v) for v in value]
    return value


class _ApiGatewayV2:
    """What every AWS::ApiGatewayV2::* model below shares (each subclasses
    CloudFormationModel itself: moto finds models among its direct
    subclasses)."""

    def __init__(self, physical_id, attributes=None):
        self.physical_id = physical_id
        self.attributes = attributes or {}

    @staticmethod
    def cloudformation_name_type():
        return ""

    @classmethod
    def has_cfn_attr(cls, attr):
        return attr in ("ApiEndpoint", "ApiId")

    @property
    def physical_resource_id(self):
        return self.physical_id

    def get_cfn_attribute(self, attribute_name):
        if attribute_name in self.attributes:
            return self.attributes[attribute_name]
        raise NotImplementedError(attribute_name)


class _HttpApi(_ApiGatewayV2, CloudFormationModel):
    __module__ = "moto.apigatewayv2.models"

    @staticmethod
    def cloudformation_type():
        return "AWS::ApiGatewayV2::Api"

    @classmethod
    def create_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
        props = cloudformation_json.get("Properties", {})
        api = apigatewayv2_backends[account_id][region_name].create_api(
            api_key_selection_expression=None,
            cors_configuration=_lower_keys(props.get("CorsConfiguration")),
            description=props.get("Description"),
            disable_schema_validation=None,
            disable_execute_api_endpoint=_boolean(props.get("DisableExecuteApiEndpoint", False)),
            name=props.get("Name", resource_name),
            protocol_type=props.get("ProtocolType", "HTTP"),
            route_selection_expression=None,
            tags=props.get("Tags") or {},
            version=None,
        )
        return cls(api.api_id, {"ApiEndpoint": api.api_endpoint, "ApiId": api.api_id})


class _ApiAuthorizer(_ApiGatewayV2, CloudFormationModel):
    __module__ = "moto.apigatewayv2.models"

    @staticmethod
    def cloudformation_type():
        return "AWS::ApiGatewayV2::Authorizer"

    @classmethod
    def create_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
        props = cloudformation_json.get("Properties", {})
        authorizer = apigatewayv2_backends[account_id][region_name].create_authorizer(
            api_id=props["ApiId"],
            auth_creds_arn=None,
            auth_payload_format_version=props.get("AuthorizerPayloadFormatVersion"),
            auth_result_ttl=props.get("AuthorizerResultTtlInSeconds"),
            authorizer_uri=props.get("AuthorizerUri"),
            authorizer_type=props["AuthorizerType"],
            enable_simple_response=props.get("EnableSimpleResponses"),
            identity_source=props.get("IdentitySource"),
            identity_validation_expr=None,
            jwt_config=_lower_keys(props.get("JwtConfiguration")),
            name=props["Name"],
        )
        return cls(authorizer.id)


class _ApiIntegration(_ApiGatewayV2, CloudFormationModel):
    __module__ = "moto.apigatewayv2.models"

    @staticmethod
    def cloudformation_type():
        return "AWS::ApiGatewayV2::Integration"

    @classmethod
    def create_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
        props = cloudformation_json.get("Properties", {})
        integration = apigatewayv2_backends[account_id][region_name].create_integration(
            api_id=props["ApiId"],
            connection_id=None,
            connection_type=None,
            content_handling_strategy=None,
            credentials_arn=None,
            description=None,
            integration_method=props.get("IntegrationMethod"),
            integration_subtype=None,
            integration_type=props["IntegrationType"],
            integration_uri=props.get("IntegrationUri"),
            passthrough_behavior=None,
            payload_format_version=props.get("PayloadFormatVersion"),
            request_parameters=None,
            request_templates=None,
            response_parameters=None,
            template_selection_expression=None,
            timeout_in_millis=None,
            tls_config=None,
        )
        return cls(integration.id)


class _ApiRoute(_ApiGatewayV2, CloudFormationModel):
    __module__ = "moto.apigatewayv2.models"

    @staticmethod
    def cloudformation_type():
        return "AWS::ApiGatewayV2::Route"

    @classmethod
    def create_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
        props = cloudformation_json.get("Properties", {})
        route = apigatewayv2_backends[account_id][region_name].create_route(
            api_id=props["ApiId"],
            api_key_required=False,
            authorization_scopes=props.get("AuthorizationScopes"),
            authorization_type=props.get("AuthorizationType"),
            authorizer_id=props.get("AuthorizerId"),
            model_selection_expression=None,
            operation_name=None,
            request_models=None,
            request_parameters=None,
            route_key=props["RouteKey"],
            route_response_selection_expression=None,
            target=props.get("Target"),
        )
        return cls(route.route_id)


class _ApiStage(_ApiGatewayV2, CloudFormationModel):
    __module__ = "moto.apigatewayv2.models"

    @staticmethod
    def cloudformation_type():
        return "AWS::ApiGatewayV2::Stage"

    @classmethod
    def create_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
        props = cloudformation_json.get("Properties", {})
        config = _lower_keys({k: v for k, v in props.items() if k != "ApiId"})
        stage = apigatewayv2_backends[account_id][region_name].create_stage(props["ApiId"], config)
        return cls(stage.name)


class _Secret(CloudFormationModel):
    """AWS::SecretsManager::Secret, created through moto's backend."""

    __module__ = "moto.secretsmanager.models"

    def __init__(self, arn):
        self.arn = arn

    @staticmethod
    def cloudformation_type():
        return "AWS::SecretsManager::Secret"

    @staticmethod
    def cloudformation_name_type():
        return "Name"

    @classmethod
    def create_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
        import secrets as random_source
        import string

        props = cloudformation_json.get("Properties", {})
        generate = props.get("GenerateSecretString", {})
        excluded = set(generate.get("ExcludeCharacters", ""))
        alphabet = string.ascii_letters + string.digits
        if not _boolean(generate.get("ExcludePunctuation", False)):
            alphabet += string.punctuation
        alphabet = "".join(c for c in alphabet if c not in excluded)
        value = "".join(random_source.choice(alphabet) for _ in range(int(generate.get("PasswordLength", 32))))
        if "SecretStringTemplate" in generate:
            document = json.loads(generate["SecretStringTemplate"])
            document[generate["GenerateStringKey"]] = value
            value = json.dumps(document)
        created = secretsmanager_backends[account_id][region_name].create_secret(
            name=props.get("Name") or resource_name,
            secret_string=props.get("SecretString", value),
            secret_binary=None,
            description=props.get("Description"),
            tags=props.get("Tags"),
            kms_key_id=props.get("KmsKeyId"),
            client_request_token=None,
            replica_regions=[],
            force_overwrite=False,
        )
        return cls(json.loads(created)["ARN"])

    @property
    def physical_resource_id(self):
        return self.arn


class _Alarm(CloudFormationModel):
    """AWS::CloudWatch::Alarm, put through moto's CloudWatch backend."""

    __module__ = "moto.cloudwatch.models"

    def __init__(self, name):
        self.name = name

    @staticmethod
    def cloudformation_type():
        return "AWS::CloudWatch::Alarm"

    @staticmethod
    def cloudformation_name_type():
        return "AlarmName"

    @classmethod
    def create_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
        props = cloudformation_json.get("Properties", {})
        name = props.get("AlarmName") or resource_name
        cloudwatch_backends[account_id][region_name].put_metric_alarm(
            name=name,
            namespace=props.get("Namespace"),
            metric_name=props.get("MetricName"),
            comparison_operator=props["ComparisonOperator"],
            evaluation_periods=int(props["EvaluationPeriods"]),
            period=int(props.get("Period", 300)),
            threshold=float(props["Threshold"]),
            statistic=props.get("Statistic"),
            description=props.get("AlarmDescription"),
            dimensions=[{"Name": d["Name"], "Value": d["Value"]} for d in props.get("Dimensions", [])],
            alarm_actions=props.get("AlarmActions", []),
            datapoints_to_alarm=props.get("DatapointsToAlarm"),
            ok_actions=props.get("OKActions", []),
            actions_enabled=_boolean(props.get("ActionsEnabled", True)),
            treat_missing_data=props.get("TreatMissingData"),
        )
        return cls(name)

    @property
    def physical_resource_id(self):
        return self.name


_create_table = dynamodb_table_models.Table.create_from_cloudformation_json.__func__


def _create_table_with_encryption_and_recovery(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
    props = cloudformation_json.get("Properties", {})
    sse = props.get("SSESpecification")
    if sse is not None:
        props["SSESpecification"] = {
            "Enabled": _boolean(sse.get("SSEEnabled", False)),
            "SSEType": sse.get("SSEType", "KMS"),
            **({"KMSMasterKeyId": sse["KMSMasterKeyId"]} if "KMSMasterKeyId" in sse else {}),
        }
    table = _create_table(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs)
    recovery = props.get("PointInTimeRecoverySpecification", {})
    if _boolean(recovery.get("PointInTimeRecoveryEnabled", False)):
        dynamodb_backends[account_id][region_name].update_continuous_backups(
            table.name, {"PointInTimeRecoveryEnabled": True})
    return table


dynamodb_table_models.Table.create_from_cloudformation_json = classmethod(_create_table_with_encryption_and_recovery)


_create_instance = instance_models.Instance.create_from_cloudformation_json.__func__


def _create_instance_with_image_size(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
    for mapping in cloudformation_json.get("Properties", {}).get("BlockDeviceMappings", []):
        ebs = mapping.get("Ebs", {})
        if "VolumeSize" not in ebs and "SnapshotId" not in ebs:
            ebs["VolumeSize"] = 8
    return _create_instance(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs)


instance_models.Instance.create_from_cloudformation_json = classmethod(_create_instance_with_image_size)

_create_db = rds_models.DBInstance.create_from_cloudformation_json.__func__


def _create_db_with_group_names(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
    props = cloudformation_json.get("Properties", {})
    for key in ("DBParameterGroupName", "OptionGroupName"):
        if hasattr(props.get(key), "name"):
            props[key] = props[key].name
    # An Aurora cluster's instance takes its engine version from the cluster.
    cluster_id = props.get("DBClusterIdentifier")
    if cluster_id and "EngineVersion" not in props:
        cluster = rds_models.rds_backends[account_id][region_name].clusters.get(cluster_id)
        if cluster is not None:
            props["EngineVersion"] = cluster.engine_version
    db = _create_db(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs)
    if props.get("ManageMasterUserPassword") in (True, "true"):
        db.manage_master_user_password = True
        key = props.get("MasterUserSecret", {}).get("KmsKeyId")
        db.master_user_secret = rds_models.MasterUserSecret(db, key)
    return db


_db_attributes = {
    "DbiResourceId": lambda db: db.dbi_resource_id,
    "MasterUserSecret.SecretArn": lambda db: db.master_user_secret.secret_arn,
}
_has_attr = rds_models.DBInstance.has_cfn_attr.__func__
_get_attr = rds_models.DBInstance.get_cfn_attribute


def _has_db_attr(cls, attr):
    return attr in _db_attributes or _has_attr(cls, attr)


def _get_db_attr(self, attr):
    if attr in _db_attributes:
        return _db_attributes[attr](self)
    return _get_attr(self, attr)


rds_models.DBInstance.has_cfn_attr = classmethod(_has_db_attr)
rds_models.DBInstance.get_cfn_attribute = _get_db_attr


rds_models.DBInstance.create_from_cloudformation_json = classmethod(_create_db_with_group_names)

def _update_termination_protection(self):
    stack = self.cloudformation_backend.describe_stacks(self._get_param("StackName"))[0]
    stack.enable_termination_protection = self._get_param("EnableTerminationProtection") in (True, "true")
    return ActionResult({"StackId": stack.stack_id})


CloudFormationResponse.update_termination_protection = _update_termination_protection
_get_stack_from_s3_url = cfn_responses.get_stack_from_s3_url


def _get_stack_from_emulator_url(template_url, account_id, partition):
    return _get_stack_from_s3_url(template_url.replace("//127.0.0.1:", "//localhost:", 1), account_id, partition)


cfn_responses.get_stack_from_s3_url = _get_stack_from_emulator_url
_delete_stack = cfn_models.CloudFormationBackend.delete_stack


def _delete_unprotected_stack(self, name_or_stack_id):
    for stack in self.stacks.values():
        if name_or_stack_id in (stack.name, stack.stack_id) and stack.enable_termination_protection:
            raise ValidationError(
                message=f"Stack [{stack.name}] cannot be deleted while TerminationProtection is enabled")
    return _delete_stack(self, name_or_stack_id)


cfn_models.CloudFormationBackend.delete_stack = _delete_unprotected_stack
_execute_change_set = cfn_models.CloudFormationBackend.execute_change_set


def _execute_change_set_with_exports(self, change_set_name, stack_name=None):
    change_set = self.describe_change_set(change_set_name)
    stack = self.stacks[change_set.stack_id]
    stack.cross_stack_resources = self.exports
    stack.resource_map.cross_stack_resources = self.exports
    _execute_change_set(self, change_set_name, stack_name)
    stack._parse_template()
    stack.output_map = stack._create_output_map()
    for export in stack.exports:
        self.exports[export.name] = export


cfn_models.CloudFormationBackend.execute_change_set = _execute_change_set_with_exports
_create_change_set_response = CloudFormationResponse.create_change_set


def _create_change_set_without_update_check(self):
    self._validate_different_update = lambda *args: None
    return _create_change_set_response(self)


CloudFormationResponse.create_change_set = _create_change_set_without_update_check
_create_change_set = cfn_models.CloudFormationBackend.create_change_set


def _create_change_set_seeing_no_change(self, stack_name, change_set_name, template, parameters, description,
                                        change_set_type, **kwargs):
    if change_set_type == "UPDATE":
        for stack in self.stacks.values():
            if stack.name == stack_name and stack.has_template(template):
                wanted = dict(stack.stack_parameters)
                wanted.update(parameters)
                if wanted == stack.stack_parameters:
                    parameters = stack.parameters
    return _create_change_set(self, stack_name, change_set_name, template, parameters, description,
                              change_set_type, **kwargs)


cfn_models.CloudFormationBackend.create_change_set = _create_change_set_seeing_no_change

port = int(sys.argv[1])
lifetime = float(sys.argv[2])
server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
server.start()
print(f"emulator listening on 127.0.0.1:{port} for {lifetime:.0f} s", flush=True)
stop = threading.Event()
stop.wait(lifetime)
server.stop()
os._exit(0)
