// Written by `cargo xtask codegen` from CloudFormation's resource provider
// schemas; do not edit by hand.

//! L1 structs of the listed `AWS::ApiGatewayV2::*` types.

/// `AWS::ApiGatewayV2::Api`: the resource and its property types.
pub mod api {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// The ``AWS::ApiGatewayV2::Api`` resource creates an API. WebSocket APIs and HTTP APIs are supported. For more information about WebSocket APIs, see About WebSocket APIs in API Gateway in the *API Gateway Developer Guide*. For more information about HTTP APIs, see HTTP APIs in the *API Gateway Developer Guide.*
    ///
    /// CloudFormation type `AWS::ApiGatewayV2::Api`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Api {
        /// An API key selection expression. Supported only for WebSocket APIs. See API Key Selection Expressions.
        #[serde(
            rename = "ApiKeySelectionExpression",
            skip_serializing_if = "Option::is_none"
        )]
        pub api_key_selection_expression: Option<Value<String>>,
        /// Specifies how to interpret the base path of the API during import. Valid values are ``ignore``, ``prepend``, and ``split``. The default value is ``ignore``. To learn more, see Set the OpenAPI basePath Property. Supported only for HTTP APIs.
        #[serde(rename = "BasePath", skip_serializing_if = "Option::is_none")]
        pub base_path: Option<Value<String>>,
        /// The `Body` property.
        #[serde(rename = "Body", skip_serializing_if = "Option::is_none")]
        pub body: Option<Json>,
        /// The S3 location of an OpenAPI definition. Supported only for HTTP APIs. To import an HTTP API, you must specify a ``Body`` or ``BodyS3Location``. If you specify a ``Body`` or ``BodyS3Location``, don't specify CloudFormation resources such as ``AWS::ApiGatewayV2::Authorizer`` or ``AWS::ApiGatewayV2::Route``. API Gateway doesn't support the combination of OpenAPI and CloudFormation resources.
        #[serde(rename = "BodyS3Location", skip_serializing_if = "Option::is_none")]
        pub body_s3_location: Option<BodyS3Location>,
        /// A CORS configuration. Supported only for HTTP APIs. See Configuring CORS for more information.
        #[serde(rename = "CorsConfiguration", skip_serializing_if = "Option::is_none")]
        pub cors_configuration: Option<Cors>,
        /// This property is part of quick create. It specifies the credentials required for the integration, if any. For a Lambda integration, three options are available. To specify an IAM Role for API Gateway to assume, use the role's Amazon Resource Name (ARN). To require that the caller's identity be passed through from the request, specify ``arn:aws:iam::*:user/*``. To use resource-based permissions on supported ...
        #[serde(rename = "CredentialsArn", skip_serializing_if = "Option::is_none")]
        pub credentials_arn: Option<Value<String>>,
        /// The description of the API.
        #[serde(rename = "Description", skip_serializing_if = "Option::is_none")]
        pub description: Option<Value<String>>,
        /// Specifies whether clients can invoke your API by using the default ``execute-api`` endpoint. By default, clients can invoke your API with the default (link) endpoint. To require that clients use a custom domain name to invoke your API, disable the default endpoint.
        #[serde(
            rename = "DisableExecuteApiEndpoint",
            skip_serializing_if = "Option::is_none"
        )]
        pub disable_execute_api_endpoint: Option<Value<bool>>,
        /// Avoid validating models when creating a deployment. Supported only for WebSocket APIs.
        #[serde(
            rename = "DisableSchemaValidation",
            skip_serializing_if = "Option::is_none"
        )]
        pub disable_schema_validation: Option<Value<bool>>,
        /// Specifies whether to rollback the API creation when a warning is encountered. By default, API creation continues if a warning is encountered.
        #[serde(rename = "FailOnWarnings", skip_serializing_if = "Option::is_none")]
        pub fail_on_warnings: Option<Value<bool>>,
        /// The IP address types that can invoke the API. Use ``ipv4`` to allow only IPv4 addresses to invoke your API, or use ``dualstack`` to allow both IPv4 and IPv6 addresses to invoke your API. Don’t use IP address type for an HTTP API based on an OpenAPI specification. Instead, specify the IP address type in the OpenAPI specification.
        #[serde(rename = "IpAddressType", skip_serializing_if = "Option::is_none")]
        pub ip_address_type: Option<Value<String>>,
        /// The name of the API. Required unless you specify an OpenAPI definition for ``Body`` or ``S3BodyLocation``.
        #[serde(rename = "Name", skip_serializing_if = "Option::is_none")]
        pub name: Option<Value<String>>,
        /// The API protocol. Valid values are ``WEBSOCKET`` or ``HTTP``. Required unless you specify an OpenAPI definition for ``Body`` or ``S3BodyLocation``.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "ProtocolType", skip_serializing_if = "Option::is_none")]
        pub protocol_type: Option<Value<String>>,
        /// This property is part of quick create. If you don't specify a ``routeKey``, a default route of ``$default`` is created. The ``$default`` route acts as a catch-all for any request made to your API, for a particular stage. The ``$default`` route key can't be modified. You can add routes after creating the API, and you can update the route keys of additional routes. Supported only for HTTP APIs.
        #[serde(rename = "RouteKey", skip_serializing_if = "Option::is_none")]
        pub route_key: Option<Value<String>>,
        /// The route selection expression for the API. For HTTP APIs, the ``routeSelectionExpression`` must be ``${request.method} ${request.path}``. If not provided, this will be the default for HTTP APIs. This property is required for WebSocket APIs.
        #[serde(
            rename = "RouteSelectionExpression",
            skip_serializing_if = "Option::is_none"
        )]
        pub route_selection_expression: Option<Value<String>>,
        /// The `Tags` property.
        #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
        pub tags: Option<BTreeMap<String, Value<String>>>,
        /// This property is part of quick create. Quick create produces an API with an integration, a default catch-all route, and a default stage which is configured to automatically deploy changes. For HTTP integrations, specify a fully qualified URL. For Lambda integrations, specify a function ARN. The type of the integration will be HTTP_PROXY or AWS_PROXY, respectively. Supported only for HTTP APIs.
        #[serde(rename = "Target", skip_serializing_if = "Option::is_none")]
        pub target: Option<Value<String>>,
        /// A version identifier for the API.
        #[serde(rename = "Version", skip_serializing_if = "Option::is_none")]
        pub version: Option<Value<String>>,
    }

    impl CfnResource for Api {
        const TYPE: &'static str = "AWS::ApiGatewayV2::Api";
        const TAGGING: Tagging = Tagging::Map;
    }

    /// The ``BodyS3Location`` property specifies an S3 location from which to import an OpenAPI definition. Supported only for HTTP APIs.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct BodyS3Location {
        /// The S3 bucket that contains the OpenAPI definition to import. Required if you specify a ``BodyS3Location`` for an API.
        #[serde(rename = "Bucket", skip_serializing_if = "Option::is_none")]
        pub bucket: Option<Value<String>>,
        /// The Etag of the S3 object.
        #[serde(rename = "Etag", skip_serializing_if = "Option::is_none")]
        pub etag: Option<Value<String>>,
        /// The key of the S3 object. Required if you specify a ``BodyS3Location`` for an API.
        #[serde(rename = "Key", skip_serializing_if = "Option::is_none")]
        pub key: Option<Value<String>>,
        /// The version of the S3 object.
        #[serde(rename = "Version", skip_serializing_if = "Option::is_none")]
        pub version: Option<Value<String>>,
    }

    /// The ``Cors`` property specifies a CORS configuration for an API. Supported only for HTTP APIs. See Configuring CORS for more information.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Cors {
        /// Specifies whether credentials are included in the CORS request. Supported only for HTTP APIs.
        #[serde(rename = "AllowCredentials", skip_serializing_if = "Option::is_none")]
        pub allow_credentials: Option<Value<bool>>,
        /// Represents a collection of allowed headers. Supported only for HTTP APIs.
        #[serde(rename = "AllowHeaders", skip_serializing_if = "Option::is_none")]
        pub allow_headers: Option<Vec<Value<String>>>,
        /// Represents a collection of allowed HTTP methods. Supported only for HTTP APIs.
        #[serde(rename = "AllowMethods", skip_serializing_if = "Option::is_none")]
        pub allow_methods: Option<Vec<Value<String>>>,
        /// Represents a collection of allowed origins. Supported only for HTTP APIs.
        #[serde(rename = "AllowOrigins", skip_serializing_if = "Option::is_none")]
        pub allow_origins: Option<Vec<Value<String>>>,
        /// Represents a collection of exposed headers. Supported only for HTTP APIs.
        #[serde(rename = "ExposeHeaders", skip_serializing_if = "Option::is_none")]
        pub expose_headers: Option<Vec<Value<String>>>,
        /// The number of seconds that the browser should cache preflight request results. Supported only for HTTP APIs.
        #[serde(rename = "MaxAge", skip_serializing_if = "Option::is_none")]
        pub max_age: Option<Value<i64>>,
    }
}
pub use api::Api;

/// `AWS::ApiGatewayV2::ApiMapping`: the resource and its property types.
pub mod api_mapping {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// The ``AWS::ApiGatewayV2::ApiMapping`` resource contains an API mapping. An API mapping relates a path of your custom domain name to a stage of your API. A custom domain name can have multiple API mappings, but the paths can't overlap. A custom domain can map only to APIs of the same protocol type. For more information, see CreateApiMapping in the *Amazon API Gateway V2 API Reference*.
    ///
    /// CloudFormation type `AWS::ApiGatewayV2::ApiMapping`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ApiMapping {
        /// The API identifier.
        ///
        /// Required.
        #[serde(rename = "ApiId")]
        pub api_id: Value<String>,
        /// The API mapping key.
        #[serde(rename = "ApiMappingKey", skip_serializing_if = "Option::is_none")]
        pub api_mapping_key: Option<Value<String>>,
        /// The domain name.
        ///
        /// Required.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "DomainName")]
        pub domain_name: Value<String>,
        /// The API stage.
        ///
        /// Required.
        #[serde(rename = "Stage")]
        pub stage: Value<String>,
    }

    impl CfnResource for ApiMapping {
        const TYPE: &'static str = "AWS::ApiGatewayV2::ApiMapping";
        const TAGGING: Tagging = Tagging::None;
    }
}
pub use api_mapping::ApiMapping;

/// `AWS::ApiGatewayV2::Authorizer`: the resource and its property types.
pub mod authorizer {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// The ``AWS::ApiGatewayV2::Authorizer`` resource creates an authorizer for a WebSocket API or an HTTP API. To learn more, see Controlling and managing access to a WebSocket API in API Gateway and Controlling and managing access to an HTTP API in API Gateway in the *API Gateway Developer Guide*.
    ///
    /// CloudFormation type `AWS::ApiGatewayV2::Authorizer`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Authorizer {
        /// The API identifier.
        ///
        /// Required.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "ApiId")]
        pub api_id: Value<String>,
        /// Specifies the required credentials as an IAM role for API Gateway to invoke the authorizer. To specify an IAM role for API Gateway to assume, use the role's Amazon Resource Name (ARN). To use resource-based permissions on the Lambda function, specify null. Supported only for ``REQUEST`` authorizers.
        #[serde(
            rename = "AuthorizerCredentialsArn",
            skip_serializing_if = "Option::is_none"
        )]
        pub authorizer_credentials_arn: Option<Value<String>>,
        /// Specifies the format of the payload sent to an HTTP API Lambda authorizer. Required for HTTP API Lambda authorizers. Supported values are ``1.0`` and ``2.0``. To learn more, see Working with Lambda authorizers for HTTP APIs.
        #[serde(
            rename = "AuthorizerPayloadFormatVersion",
            skip_serializing_if = "Option::is_none"
        )]
        pub authorizer_payload_format_version: Option<Value<String>>,
        /// The time to live (TTL) for cached authorizer results, in seconds. If it equals 0, authorization caching is disabled. If it is greater than 0, API Gateway caches authorizer responses. The maximum value is 3600, or 1 hour. Supported only for HTTP API Lambda authorizers.
        #[serde(
            rename = "AuthorizerResultTtlInSeconds",
            skip_serializing_if = "Option::is_none"
        )]
        pub authorizer_result_ttl_in_seconds: Option<Value<i64>>,
        /// The authorizer type. Specify ``REQUEST`` for a Lambda function using incoming request parameters. Specify ``JWT`` to use JSON Web Tokens (supported only for HTTP APIs).
        ///
        /// Required.
        #[serde(rename = "AuthorizerType")]
        pub authorizer_type: Value<String>,
        /// The authorizer's Uniform Resource Identifier (URI). For ``REQUEST`` authorizers, this must be a well-formed Lambda function URI, for example, ``arn:aws:apigateway:us-west-2:lambda:path/2015-03-31/functions/arn:aws:lambda:us-west-2:{account_id}:function:{lambda_function_name}/invocations``. In general, the URI has this form: ``arn:aws:apigateway:{region}:lambda:path/{service_api}``, where *{region}* ...
        #[serde(rename = "AuthorizerUri", skip_serializing_if = "Option::is_none")]
        pub authorizer_uri: Option<Value<String>>,
        /// Specifies whether a Lambda authorizer returns a response in a simple format. By default, a Lambda authorizer must return an IAM policy. If enabled, the Lambda authorizer can return a boolean value instead of an IAM policy. Supported only for HTTP APIs. To learn more, see Working with Lambda authorizers for HTTP APIs.
        #[serde(
            rename = "EnableSimpleResponses",
            skip_serializing_if = "Option::is_none"
        )]
        pub enable_simple_responses: Option<Value<bool>>,
        /// The identity source for which authorization is requested. For a ``REQUEST`` authorizer, this is optional. The value is a set of one or more mapping expressions of the specified request parameters. The identity source can be headers, query string parameters, stage variables, and context parameters. For example, if an Auth header and a Name query string parameter are defined as identity sources, this ...
        #[serde(rename = "IdentitySource", skip_serializing_if = "Option::is_none")]
        pub identity_source: Option<Vec<Value<String>>>,
        /// This parameter is not used.
        #[serde(
            rename = "IdentityValidationExpression",
            skip_serializing_if = "Option::is_none"
        )]
        pub identity_validation_expression: Option<Value<String>>,
        /// The ``JWTConfiguration`` property specifies the configuration of a JWT authorizer. Required for the ``JWT`` authorizer type. Supported only for HTTP APIs.
        #[serde(rename = "JwtConfiguration", skip_serializing_if = "Option::is_none")]
        pub jwt_configuration: Option<JwtConfiguration>,
        /// The name of the authorizer.
        ///
        /// Required.
        #[serde(rename = "Name")]
        pub name: Value<String>,
    }

    impl CfnResource for Authorizer {
        const TYPE: &'static str = "AWS::ApiGatewayV2::Authorizer";
        const TAGGING: Tagging = Tagging::None;
    }

    /// The ``JWTConfiguration`` property specifies the configuration of a JWT authorizer. Required for the ``JWT`` authorizer type. Supported only for HTTP APIs.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct JwtConfiguration {
        /// A list of the intended recipients of the JWT. A valid JWT must provide an ``aud`` that matches at least one entry in this list. See RFC 7519. Required for the ``JWT`` authorizer type. Supported only for HTTP APIs.
        #[serde(rename = "Audience", skip_serializing_if = "Option::is_none")]
        pub audience: Option<Vec<Value<String>>>,
        /// The base domain of the identity provider that issues JSON Web Tokens. For example, an Amazon Cognito user pool has the following format: (link) Required for the ``JWT`` authorizer type. Supported only for HTTP APIs.
        #[serde(rename = "Issuer", skip_serializing_if = "Option::is_none")]
        pub issuer: Option<Value<String>>,
    }
}
pub use authorizer::Authorizer;

/// `AWS::ApiGatewayV2::DomainName`: the resource and its property types.
pub mod domain_name {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// The ``AWS::ApiGatewayV2::DomainName`` resource specifies a custom domain name for your API in Amazon API Gateway (API Gateway). You can use a custom domain name to provide a URL that's more intuitive and easier to recall. For more information about using custom domain names, see Set up Custom Domain Name for an API in API Gateway in the *API Gateway Developer Guide*.
    ///
    /// CloudFormation type `AWS::ApiGatewayV2::DomainName`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct DomainName {
        /// The custom domain name for your API in Amazon API Gateway. Uppercase letters and the underscore (``_``) character are not supported.
        ///
        /// Required.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "DomainName")]
        pub domain_name: Value<String>,
        /// The domain name configurations.
        #[serde(
            rename = "DomainNameConfigurations",
            skip_serializing_if = "Option::is_none"
        )]
        pub domain_name_configurations: Option<Vec<DomainNameConfiguration>>,
        /// The mutual TLS authentication configuration for a custom domain name.
        #[serde(
            rename = "MutualTlsAuthentication",
            skip_serializing_if = "Option::is_none"
        )]
        pub mutual_tls_authentication: Option<MutualTlsAuthentication>,
        /// The routing mode API Gateway uses to route traffic to your APIs.
        #[serde(rename = "RoutingMode", skip_serializing_if = "Option::is_none")]
        pub routing_mode: Option<Value<String>>,
        /// The `Tags` property.
        #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
        pub tags: Option<BTreeMap<String, Value<String>>>,
    }

    impl CfnResource for DomainName {
        const TYPE: &'static str = "AWS::ApiGatewayV2::DomainName";
        const TAGGING: Tagging = Tagging::Map;
    }

    /// The ``DomainNameConfiguration`` property type specifies the configuration for an API's domain name. ``DomainNameConfiguration`` is a property of the AWS::ApiGatewayV2::DomainName resource.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct DomainNameConfiguration {
        /// An AWS-managed certificate that will be used by the edge-optimized endpoint for this domain name. AWS Certificate Manager is the only supported source.
        #[serde(rename = "CertificateArn", skip_serializing_if = "Option::is_none")]
        pub certificate_arn: Option<Value<String>>,
        /// The user-friendly name of the certificate that will be used by the edge-optimized endpoint for this domain name.
        #[serde(rename = "CertificateName", skip_serializing_if = "Option::is_none")]
        pub certificate_name: Option<Value<String>>,
        /// The endpoint type.
        #[serde(rename = "EndpointType", skip_serializing_if = "Option::is_none")]
        pub endpoint_type: Option<Value<String>>,
        /// The IP address types that can invoke the domain name. Use ``ipv4`` to allow only IPv4 addresses to invoke your domain name, or use ``dualstack`` to allow both IPv4 and IPv6 addresses to invoke your domain name.
        #[serde(rename = "IpAddressType", skip_serializing_if = "Option::is_none")]
        pub ip_address_type: Option<Value<String>>,
        /// The Amazon resource name (ARN) for the public certificate issued by ACMlong. This ARN is used to validate custom domain ownership. It's required only if you configure mutual TLS and use either an ACM-imported or a private CA certificate ARN as the regionalCertificateArn.
        #[serde(
            rename = "OwnershipVerificationCertificateArn",
            skip_serializing_if = "Option::is_none"
        )]
        pub ownership_verification_certificate_arn: Option<Value<String>>,
        /// The Transport Layer Security (TLS) version of the security policy for this domain name. The valid values are ``TLS_1_0`` and ``TLS_1_2``.
        #[serde(rename = "SecurityPolicy", skip_serializing_if = "Option::is_none")]
        pub security_policy: Option<Value<String>>,
    }

    /// If specified, API Gateway performs two-way authentication between the client and the server. Clients must present a trusted certificate to access your API.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct MutualTlsAuthentication {
        /// An Amazon S3 URL that specifies the truststore for mutual TLS authentication, for example, (link) The truststore can contain certificates from public or private certificate authorities. To update the truststore, upload a new version to S3, and then update your custom domain name to use the new version. To update the truststore, you must have permissions to access the S3 object.
        #[serde(rename = "TruststoreUri", skip_serializing_if = "Option::is_none")]
        pub truststore_uri: Option<Value<String>>,
        /// The version of the S3 object that contains your truststore. To specify a version, you must have versioning enabled for the S3 bucket.
        #[serde(rename = "TruststoreVersion", skip_serializing_if = "Option::is_none")]
        pub truststore_version: Option<Value<String>>,
    }
}
pub use domain_name::DomainName;

/// `AWS::ApiGatewayV2::Integration`: the resource and its property types.
pub mod integration {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// Resource Type definition for AWS::ApiGatewayV2::Integration
    ///
    /// CloudFormation type `AWS::ApiGatewayV2::Integration`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Integration {
        /// The API identifier.
        ///
        /// Required.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "ApiId")]
        pub api_id: Value<String>,
        /// The ID of the VPC link for a private integration. Supported only for HTTP APIs.
        #[serde(rename = "ConnectionId", skip_serializing_if = "Option::is_none")]
        pub connection_id: Option<Value<String>>,
        /// The type of the network connection to the integration endpoint. Specify INTERNET for connections through the public routable internet or VPC_LINK for private connections between API Gateway and resources in a VPC. The default value is INTERNET.
        #[serde(rename = "ConnectionType", skip_serializing_if = "Option::is_none")]
        pub connection_type: Option<Value<String>>,
        /// Supported only for WebSocket APIs. Specifies how to handle response payload content type conversions. Supported values are CONVERT_TO_BINARY and CONVERT_TO_TEXT.
        #[serde(
            rename = "ContentHandlingStrategy",
            skip_serializing_if = "Option::is_none"
        )]
        pub content_handling_strategy: Option<Value<String>>,
        /// Specifies the credentials required for the integration, if any. For AWS integrations, three options are available. To specify an IAM Role for API Gateway to assume, use the role's Amazon Resource Name (ARN). To require that the caller's identity be passed through from the request, specify the string arn:aws:iam::*:user/*. To use resource-based permissions on supported AWS services, don't specify this ...
        #[serde(rename = "CredentialsArn", skip_serializing_if = "Option::is_none")]
        pub credentials_arn: Option<Value<String>>,
        /// The description of the integration.
        #[serde(rename = "Description", skip_serializing_if = "Option::is_none")]
        pub description: Option<Value<String>>,
        /// Specifies the integration's HTTP method type.
        #[serde(rename = "IntegrationMethod", skip_serializing_if = "Option::is_none")]
        pub integration_method: Option<Value<String>>,
        /// Supported only for HTTP API AWS_PROXY integrations. Specifies the AWS service action to invoke.
        #[serde(rename = "IntegrationSubtype", skip_serializing_if = "Option::is_none")]
        pub integration_subtype: Option<Value<String>>,
        /// The integration type of an integration.
        ///
        /// Required.
        #[serde(rename = "IntegrationType")]
        pub integration_type: Value<String>,
        /// For a Lambda integration, specify the URI of a Lambda function. For an HTTP integration, specify a fully-qualified URL. For an HTTP API private integration, specify the ARN of an Application Load Balancer listener, Network Load Balancer listener, or AWS Cloud Map service.
        #[serde(rename = "IntegrationUri", skip_serializing_if = "Option::is_none")]
        pub integration_uri: Option<Value<String>>,
        /// Specifies the pass-through behavior for incoming requests based on the Content-Type header in the request, and the available mapping templates specified as the requestTemplates property on the Integration resource. There are three valid values: WHEN_NO_MATCH, WHEN_NO_TEMPLATES, and NEVER. Supported only for WebSocket APIs.
        #[serde(
            rename = "PassthroughBehavior",
            skip_serializing_if = "Option::is_none"
        )]
        pub passthrough_behavior: Option<Value<String>>,
        /// Specifies the format of the payload sent to an integration. Required for HTTP APIs. For HTTP APIs, supported values for Lambda proxy integrations are 1.0 and 2.0 For all other integrations, 1.0 is the only supported value.
        #[serde(
            rename = "PayloadFormatVersion",
            skip_serializing_if = "Option::is_none"
        )]
        pub payload_format_version: Option<Value<String>>,
        /// A key-value map specifying parameters.
        #[serde(rename = "RequestParameters", skip_serializing_if = "Option::is_none")]
        pub request_parameters: Option<BTreeMap<String, Value<String>>>,
        /// A map of Velocity templates that are applied on the request payload based on the value of the Content-Type header sent by the client.
        #[serde(rename = "RequestTemplates", skip_serializing_if = "Option::is_none")]
        pub request_templates: Option<BTreeMap<String, Value<String>>>,
        /// Parameters that transform the HTTP response from a backend integration before returning the response to clients. Supported only for HTTP APIs.
        #[serde(rename = "ResponseParameters", skip_serializing_if = "Option::is_none")]
        pub response_parameters: Option<Json>,
        /// The template selection expression for the integration. Supported only for WebSocket APIs.
        #[serde(
            rename = "TemplateSelectionExpression",
            skip_serializing_if = "Option::is_none"
        )]
        pub template_selection_expression: Option<Value<String>>,
        /// Custom timeout between 50 and 29000 milliseconds for WebSocket APIs and between 50 and 30000 milliseconds for HTTP APIs. The default timeout is 29 seconds for WebSocket APIs and 30 seconds for HTTP APIs.
        #[serde(rename = "TimeoutInMillis", skip_serializing_if = "Option::is_none")]
        pub timeout_in_millis: Option<Value<i64>>,
        /// The TLS configuration for a private integration. If you specify a TLS configuration, private integration traffic uses the HTTPS protocol. Supported only for HTTP APIs.
        #[serde(rename = "TlsConfig", skip_serializing_if = "Option::is_none")]
        pub tls_config: Option<TlsConfig>,
    }

    impl CfnResource for Integration {
        const TYPE: &'static str = "AWS::ApiGatewayV2::Integration";
        const TAGGING: Tagging = Tagging::None;
    }

    /// response parameter
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ResponseParameter {
        /// The `Destination` property.
        #[serde(rename = "Destination", skip_serializing_if = "Option::is_none")]
        pub destination: Option<Value<String>>,
        /// The `Source` property.
        #[serde(rename = "Source", skip_serializing_if = "Option::is_none")]
        pub source: Option<Value<String>>,
    }

    /// map of response parameter lists
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ResponseParameterMap {
        /// list of response parameters
        #[serde(rename = "ResponseParameters", skip_serializing_if = "Option::is_none")]
        pub response_parameters: Option<Vec<ResponseParameter>>,
    }

    /// The TlsConfig property specifies the TLS configuration for a private integration. Supported only for HTTP APIs.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct TlsConfig {
        /// The `ServerNameToVerify` property.
        #[serde(rename = "ServerNameToVerify", skip_serializing_if = "Option::is_none")]
        pub server_name_to_verify: Option<Value<String>>,
    }
}
pub use integration::Integration;

/// `AWS::ApiGatewayV2::Route`: the resource and its property types.
pub mod route {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// The ``AWS::ApiGatewayV2::Route`` resource creates a route for an API.
    ///
    /// CloudFormation type `AWS::ApiGatewayV2::Route`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Route {
        /// The API identifier.
        ///
        /// Required.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "ApiId")]
        pub api_id: Value<String>,
        /// Specifies whether an API key is required for the route. Supported only for WebSocket APIs.
        #[serde(rename = "ApiKeyRequired", skip_serializing_if = "Option::is_none")]
        pub api_key_required: Option<Value<bool>>,
        /// The authorization scopes supported by this route.
        #[serde(
            rename = "AuthorizationScopes",
            skip_serializing_if = "Option::is_none"
        )]
        pub authorization_scopes: Option<Vec<Value<String>>>,
        /// The authorization type for the route. For WebSocket APIs, valid values are ``NONE`` for open access, ``AWS_IAM`` for using AWS IAM permissions, and ``CUSTOM`` for using a Lambda authorizer. For HTTP APIs, valid values are ``NONE`` for open access, ``JWT`` for using JSON Web Tokens, ``AWS_IAM`` for using AWS IAM permissions, and ``CUSTOM`` for using a Lambda authorizer.
        #[serde(rename = "AuthorizationType", skip_serializing_if = "Option::is_none")]
        pub authorization_type: Option<Value<String>>,
        /// The identifier of the ``Authorizer`` resource to be associated with this route. The authorizer identifier is generated by API Gateway when you created the authorizer.
        #[serde(rename = "AuthorizerId", skip_serializing_if = "Option::is_none")]
        pub authorizer_id: Option<Value<String>>,
        /// The model selection expression for the route. Supported only for WebSocket APIs.
        #[serde(
            rename = "ModelSelectionExpression",
            skip_serializing_if = "Option::is_none"
        )]
        pub model_selection_expression: Option<Value<String>>,
        /// The operation name for the route.
        #[serde(rename = "OperationName", skip_serializing_if = "Option::is_none")]
        pub operation_name: Option<Value<String>>,
        /// The `RequestModels` property.
        #[serde(rename = "RequestModels", skip_serializing_if = "Option::is_none")]
        pub request_models: Option<Json>,
        /// The request parameters for the route. Supported only for WebSocket APIs.
        #[serde(rename = "RequestParameters", skip_serializing_if = "Option::is_none")]
        pub request_parameters: Option<Json>,
        /// The route key for the route. For HTTP APIs, the route key can be either ``$default``, or a combination of an HTTP method and resource path, for example, ``GET /pets``.
        ///
        /// Required.
        #[serde(rename = "RouteKey")]
        pub route_key: Value<String>,
        /// The route response selection expression for the route. Supported only for WebSocket APIs.
        #[serde(
            rename = "RouteResponseSelectionExpression",
            skip_serializing_if = "Option::is_none"
        )]
        pub route_response_selection_expression: Option<Value<String>>,
        /// The target for the route.
        #[serde(rename = "Target", skip_serializing_if = "Option::is_none")]
        pub target: Option<Value<String>>,
    }

    impl CfnResource for Route {
        const TYPE: &'static str = "AWS::ApiGatewayV2::Route";
        const TAGGING: Tagging = Tagging::None;
    }

    /// The `ParameterConstraints` property type of `AWS::ApiGatewayV2::Route`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ParameterConstraints {
        /// The `Required` property.
        ///
        /// Required.
        #[serde(rename = "Required")]
        pub required: Value<bool>,
    }
}
pub use route::Route;

/// `AWS::ApiGatewayV2::Stage`: the resource and its property types.
pub mod stage {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// Resource Type definition for AWS::ApiGatewayV2::Stage
    ///
    /// CloudFormation type `AWS::ApiGatewayV2::Stage`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Stage {
        /// Settings for logging access in this stage.
        #[serde(rename = "AccessLogSettings", skip_serializing_if = "Option::is_none")]
        pub access_log_settings: Option<AccessLogSettings>,
        /// The API identifier.
        ///
        /// Required.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "ApiId")]
        pub api_id: Value<String>,
        /// Specifies whether updates to an API automatically trigger a new deployment. The default value is false.
        #[serde(rename = "AutoDeploy", skip_serializing_if = "Option::is_none")]
        pub auto_deploy: Option<Value<bool>>,
        /// The identifier of a client certificate for a Stage. Supported only for WebSocket APIs.
        #[serde(
            rename = "ClientCertificateId",
            skip_serializing_if = "Option::is_none"
        )]
        pub client_certificate_id: Option<Value<String>>,
        /// The default route settings for the stage.
        #[serde(
            rename = "DefaultRouteSettings",
            skip_serializing_if = "Option::is_none"
        )]
        pub default_route_settings: Option<RouteSettings>,
        /// The deployment identifier for the API stage. Can't be updated if autoDeploy is enabled.
        #[serde(rename = "DeploymentId", skip_serializing_if = "Option::is_none")]
        pub deployment_id: Option<Value<String>>,
        /// The description for the API stage.
        #[serde(rename = "Description", skip_serializing_if = "Option::is_none")]
        pub description: Option<Value<String>>,
        /// The `RouteSettings` property.
        #[serde(rename = "RouteSettings", skip_serializing_if = "Option::is_none")]
        pub route_settings: Option<Json>,
        /// The stage name. Stage names can contain only alphanumeric characters, hyphens, and underscores, or be $default. Maximum length is 128 characters.
        ///
        /// Required.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "StageName")]
        pub stage_name: Value<String>,
        /// The `StageVariables` property.
        #[serde(rename = "StageVariables", skip_serializing_if = "Option::is_none")]
        pub stage_variables: Option<Json>,
        /// The `Tags` property.
        #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
        pub tags: Option<BTreeMap<String, Value<String>>>,
    }

    impl CfnResource for Stage {
        const TYPE: &'static str = "AWS::ApiGatewayV2::Stage";
        const TAGGING: Tagging = Tagging::Map;
    }

    /// The `AccessLogSettings` property type of `AWS::ApiGatewayV2::Stage`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct AccessLogSettings {
        /// The `DestinationArn` property.
        #[serde(rename = "DestinationArn", skip_serializing_if = "Option::is_none")]
        pub destination_arn: Option<Value<String>>,
        /// The `Format` property.
        #[serde(rename = "Format", skip_serializing_if = "Option::is_none")]
        pub format: Option<Value<String>>,
    }

    /// The `RouteSettings` property type of `AWS::ApiGatewayV2::Stage`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct RouteSettings {
        /// The `DataTraceEnabled` property.
        #[serde(rename = "DataTraceEnabled", skip_serializing_if = "Option::is_none")]
        pub data_trace_enabled: Option<Value<bool>>,
        /// The `DetailedMetricsEnabled` property.
        #[serde(
            rename = "DetailedMetricsEnabled",
            skip_serializing_if = "Option::is_none"
        )]
        pub detailed_metrics_enabled: Option<Value<bool>>,
        /// The `LoggingLevel` property.
        #[serde(rename = "LoggingLevel", skip_serializing_if = "Option::is_none")]
        pub logging_level: Option<Value<String>>,
        /// The `ThrottlingBurstLimit` property.
        #[serde(
            rename = "ThrottlingBurstLimit",
            skip_serializing_if = "Option::is_none"
        )]
        pub throttling_burst_limit: Option<Value<i64>>,
        /// The `ThrottlingRateLimit` property.
        #[serde(
            rename = "ThrottlingRateLimit",
            skip_serializing_if = "Option::is_none"
        )]
        pub throttling_rate_limit: Option<Value<f64>>,
    }
}
pub use stage::Stage;
