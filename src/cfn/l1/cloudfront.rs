// Written by `cargo xtask codegen` from CloudFormation's resource provider
// schemas; do not edit by hand.

//! L1 structs of the listed `AWS::CloudFront::*` types.

/// `AWS::CloudFront::Distribution`: the resource and its property types.
pub mod distribution {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// A distribution tells CloudFront where you want content to be delivered from, and the details about how to track and manage content delivery.
    ///
    /// CloudFormation type `AWS::CloudFront::Distribution`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Distribution {
        /// The distribution's configuration.
        ///
        /// Required.
        #[serde(rename = "DistributionConfig")]
        pub distribution_config: DistributionConfig,
        /// A complex type that contains zero or more ``Tag`` elements.
        #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<crate::cfn::Tag>>,
    }

    impl CfnResource for Distribution {
        const TYPE: &'static str = "AWS::CloudFront::Distribution";
        const TAGGING: Tagging = Tagging::List;
    }

    /// A complex type that describes how CloudFront processes requests. You must create at least as many cache behaviors (including the default cache behavior) as you have origins if you want CloudFront to serve objects from all of the origins. Each cache behavior specifies the one origin from which you want CloudFront to get objects. If you have two origins and only the default cache behavior, the default ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct CacheBehavior {
        /// A complex type that controls which HTTP methods CloudFront processes and forwards to your Amazon S3 bucket or your custom origin. There are three choices: + CloudFront forwards only ``GET`` and ``HEAD`` requests. + CloudFront forwards only ``GET``, ``HEAD``, and ``OPTIONS`` requests. + CloudFront forwards ``GET, HEAD, OPTIONS, PUT, PATCH, POST``, and ``DELETE`` requests. If you pick the third choice, ...
        #[serde(rename = "AllowedMethods", skip_serializing_if = "Option::is_none")]
        pub allowed_methods: Option<Vec<Value<String>>>,
        /// The unique identifier of the cache policy that is attached to this cache behavior. For more information, see Creating cache policies or Using the managed cache policies in the *Amazon CloudFront Developer Guide*. A ``CacheBehavior`` must include either a ``CachePolicyId`` or ``ForwardedValues``. We recommend that you use a ``CachePolicyId``.
        #[serde(rename = "CachePolicyId", skip_serializing_if = "Option::is_none")]
        pub cache_policy_id: Option<Value<String>>,
        /// A complex type that controls whether CloudFront caches the response to requests using the specified HTTP methods. There are two choices: + CloudFront caches responses to ``GET`` and ``HEAD`` requests. + CloudFront caches responses to ``GET``, ``HEAD``, and ``OPTIONS`` requests. If you pick the second choice for your Amazon S3 Origin, you may need to forward Access-Control-Request-Method, Access-Control-Request-Headers, ...
        #[serde(rename = "CachedMethods", skip_serializing_if = "Option::is_none")]
        pub cached_methods: Option<Vec<Value<String>>>,
        /// Whether you want CloudFront to automatically compress certain files for this cache behavior. If so, specify true; if not, specify false. For more information, see Serving Compressed Files in the *Amazon CloudFront Developer Guide*.
        #[serde(rename = "Compress", skip_serializing_if = "Option::is_none")]
        pub compress: Option<Value<bool>>,
        /// This field only supports standard distributions. You can't specify this field for multi-tenant distributions. For more information, see Unsupported features for SaaS Manager for Amazon CloudFront in the *Amazon CloudFront Developer Guide*. This field is deprecated. We recommend that you use the ``DefaultTTL`` field in a cache policy instead of this field. For more information, see Creating cache policies ...
        #[serde(rename = "DefaultTTL", skip_serializing_if = "Option::is_none")]
        pub default_ttl: Option<Value<f64>>,
        /// The value of ``ID`` for the field-level encryption configuration that you want CloudFront to use for encrypting specific fields of data for this cache behavior.
        #[serde(
            rename = "FieldLevelEncryptionId",
            skip_serializing_if = "Option::is_none"
        )]
        pub field_level_encryption_id: Option<Value<String>>,
        /// This field is deprecated. We recommend that you use a cache policy or an origin request policy instead of this field. For more information, see Working with policies in the *Amazon CloudFront Developer Guide*. If you want to include values in the cache key, use a cache policy. For more information, see Creating cache policies or Using the managed cache policies in the *Amazon CloudFront Developer Guide*. ...
        #[serde(rename = "ForwardedValues", skip_serializing_if = "Option::is_none")]
        pub forwarded_values: Option<ForwardedValues>,
        /// A list of CloudFront functions that are associated with this cache behavior. CloudFront functions must be published to the ``LIVE`` stage to associate them with a cache behavior.
        #[serde(
            rename = "FunctionAssociations",
            skip_serializing_if = "Option::is_none"
        )]
        pub function_associations: Option<Vec<FunctionAssociation>>,
        /// The gRPC configuration for your cache behavior.
        #[serde(rename = "GrpcConfig", skip_serializing_if = "Option::is_none")]
        pub grpc_config: Option<GrpcConfig>,
        /// A complex type that contains zero or more Lambda@Edge function associations for a cache behavior.
        #[serde(
            rename = "LambdaFunctionAssociations",
            skip_serializing_if = "Option::is_none"
        )]
        pub lambda_function_associations: Option<Vec<LambdaFunctionAssociation>>,
        /// This field only supports standard distributions. You can't specify this field for multi-tenant distributions. For more information, see Unsupported features for SaaS Manager for Amazon CloudFront in the *Amazon CloudFront Developer Guide*. This field is deprecated. We recommend that you use the ``MaxTTL`` field in a cache policy instead of this field. For more information, see Creating cache policies ...
        #[serde(rename = "MaxTTL", skip_serializing_if = "Option::is_none")]
        pub max_ttl: Option<Value<f64>>,
        /// This field only supports standard distributions. You can't specify this field for multi-tenant distributions. For more information, see Unsupported features for SaaS Manager for Amazon CloudFront in the *Amazon CloudFront Developer Guide*. This field is deprecated. We recommend that you use the ``MinTTL`` field in a cache policy instead of this field. For more information, see Creating cache policies ...
        #[serde(rename = "MinTTL", skip_serializing_if = "Option::is_none")]
        pub min_ttl: Option<Value<f64>>,
        /// The unique identifier of the origin request policy that is attached to this cache behavior. For more information, see Creating origin request policies or Using the managed origin request policies in the *Amazon CloudFront Developer Guide*.
        #[serde(
            rename = "OriginRequestPolicyId",
            skip_serializing_if = "Option::is_none"
        )]
        pub origin_request_policy_id: Option<Value<String>>,
        /// The pattern (for example, ``images/*.jpg``) that specifies which requests to apply the behavior to. When CloudFront receives a viewer request, the requested path is compared with path patterns in the order in which cache behaviors are listed in the distribution. You can optionally include a slash (``/``) at the beginning of the path pattern. For example, ``/images/*.jpg``. CloudFront behavior is the ...
        ///
        /// Required.
        #[serde(rename = "PathPattern")]
        pub path_pattern: Value<String>,
        /// The Amazon Resource Name (ARN) of the real-time log configuration that is attached to this cache behavior. For more information, see Real-time logs in the *Amazon CloudFront Developer Guide*.
        #[serde(
            rename = "RealtimeLogConfigArn",
            skip_serializing_if = "Option::is_none"
        )]
        pub realtime_log_config_arn: Option<Value<String>>,
        /// The identifier for a response headers policy.
        #[serde(
            rename = "ResponseHeadersPolicyId",
            skip_serializing_if = "Option::is_none"
        )]
        pub response_headers_policy_id: Option<Value<String>>,
        /// This field only supports standard distributions. You can't specify this field for multi-tenant distributions. For more information, see Unsupported features for SaaS Manager for Amazon CloudFront in the *Amazon CloudFront Developer Guide*. Indicates whether you want to distribute media files in the Microsoft Smooth Streaming format using the origin that is associated with this cache behavior. If so, ...
        #[serde(rename = "SmoothStreaming", skip_serializing_if = "Option::is_none")]
        pub smooth_streaming: Option<Value<bool>>,
        /// The value of ``ID`` for the origin that you want CloudFront to route requests to when they match this cache behavior.
        ///
        /// Required.
        #[serde(rename = "TargetOriginId")]
        pub target_origin_id: Value<String>,
        /// A list of key groups that CloudFront can use to validate signed URLs or signed cookies. When a cache behavior contains trusted key groups, CloudFront requires signed URLs or signed cookies for all requests that match the cache behavior. The URLs or cookies must be signed with a private key whose corresponding public key is in the key group. The signed URL or cookie contains information about which ...
        #[serde(rename = "TrustedKeyGroups", skip_serializing_if = "Option::is_none")]
        pub trusted_key_groups: Option<Vec<Value<String>>>,
        /// We recommend using ``TrustedKeyGroups`` instead of ``TrustedSigners``. This field only supports standard distributions. You can't specify this field for multi-tenant distributions. For more information, see Unsupported features for SaaS Manager for Amazon CloudFront in the *Amazon CloudFront Developer Guide*. A list of AWS-account IDs whose public keys CloudFront can use to validate signed URLs or ...
        #[serde(rename = "TrustedSigners", skip_serializing_if = "Option::is_none")]
        pub trusted_signers: Option<Vec<Value<String>>>,
        /// The protocol that viewers can use to access the files in the origin specified by ``TargetOriginId`` when a request matches the path pattern in ``PathPattern``. You can specify the following options: + ``allow-all``: Viewers can use HTTP or HTTPS. + ``redirect-to-https``: If a viewer submits an HTTP request, CloudFront returns an HTTP status code of 301 (Moved Permanently) to the viewer along with the ...
        ///
        /// Required.
        #[serde(rename = "ViewerProtocolPolicy")]
        pub viewer_protocol_policy: Value<String>,
    }

    /// A complex type that specifies the HTTP header name from which CloudFront extracts cache tags from origin responses. When you add ``CacheTagConfig`` to a distribution, CloudFront reads the specified header from origin responses, parses the comma-separated tag values, and stores them with the cached object. You can then invalidate cached objects by tag using the ``CreateInvalidation`` API.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct CacheTagConfig {
        /// The name of the HTTP header that your origin includes in responses. CloudFront uses this header to extract cache tags. The header value must contain comma-separated tag values (for example, ``product:electronics, category:tv, brand:example``).
        ///
        /// Required.
        #[serde(rename = "HeaderName")]
        pub header_name: Value<String>,
    }

    /// A connection function association.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ConnectionFunctionAssociation {
        /// The association's ID.
        ///
        /// Required.
        #[serde(rename = "Id")]
        pub id: Value<String>,
    }

    /// This field is deprecated. We recommend that you use a cache policy or an origin request policy instead of this field. If you want to include cookies in the cache key, use a cache policy. For more information, see Creating cache policies in the *Amazon CloudFront Developer Guide*. If you want to send cookies to the origin but not include them in the cache key, use an origin request policy. For more ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Cookies {
        /// This field is deprecated. We recommend that you use a cache policy or an origin request policy instead of this field. If you want to include cookies in the cache key, use a cache policy. For more information, see Creating cache policies in the *Amazon CloudFront Developer Guide*. If you want to send cookies to the origin but not include them in the cache key, use origin request policy. For more information, ...
        ///
        /// Required.
        #[serde(rename = "Forward")]
        pub forward: Value<String>,
        /// This field is deprecated. We recommend that you use a cache policy or an origin request policy instead of this field. If you want to include cookies in the cache key, use a cache policy. For more information, see Creating cache policies in the *Amazon CloudFront Developer Guide*. If you want to send cookies to the origin but not include them in the cache key, use an origin request policy. For more ...
        #[serde(rename = "WhitelistedNames", skip_serializing_if = "Option::is_none")]
        pub whitelisted_names: Option<Vec<Value<String>>>,
    }

    /// A complex type that controls: + Whether CloudFront replaces HTTP status codes in the 4xx and 5xx range with custom error messages before returning the response to the viewer. + How long CloudFront caches HTTP status codes in the 4xx and 5xx range. For more information about custom error pages, see Customizing Error Responses in the *Amazon CloudFront Developer Guide*.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct CustomErrorResponse {
        /// The minimum amount of time, in seconds, that you want CloudFront to cache the HTTP status code specified in ``ErrorCode``. When this time period has elapsed, CloudFront queries your origin to see whether the problem that caused the error has been resolved and the requested object is now available. For more information, see Customizing Error Responses in the *Amazon CloudFront Developer Guide*.
        #[serde(rename = "ErrorCachingMinTTL", skip_serializing_if = "Option::is_none")]
        pub error_caching_min_ttl: Option<Value<f64>>,
        /// The HTTP status code for which you want to specify a custom error page and/or a caching duration.
        ///
        /// Required.
        #[serde(rename = "ErrorCode")]
        pub error_code: Value<i64>,
        /// The HTTP status code that you want CloudFront to return to the viewer along with the custom error page. There are a variety of reasons that you might want CloudFront to return a status code different from the status code that your origin returned to CloudFront, for example: + Some Internet devices (some firewalls and corporate proxies, for example) intercept HTTP 4xx and 5xx and prevent the response ...
        #[serde(rename = "ResponseCode", skip_serializing_if = "Option::is_none")]
        pub response_code: Option<Value<i64>>,
        /// The path to the custom error page that you want CloudFront to return to a viewer when your origin returns the HTTP status code specified by ``ErrorCode``, for example, ``/4xx-errors/403-forbidden.html``. If you want to store your objects and your custom error pages in different locations, your distribution must include a cache behavior for which the following is true: + The value of ``PathPattern`` ...
        #[serde(rename = "ResponsePagePath", skip_serializing_if = "Option::is_none")]
        pub response_page_path: Option<Value<String>>,
    }

    /// A custom origin. A custom origin is any origin that is *not* an Amazon S3 bucket, with one exception. An Amazon S3 bucket that is configured with static website hosting*is* a custom origin.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct CustomOriginConfig {
        /// The HTTP port that CloudFront uses to connect to the origin. Specify the HTTP port that the origin listens on.
        #[serde(rename = "HTTPPort", skip_serializing_if = "Option::is_none")]
        pub http_port: Option<Value<i64>>,
        /// The HTTPS port that CloudFront uses to connect to the origin. Specify the HTTPS port that the origin listens on.
        #[serde(rename = "HTTPSPort", skip_serializing_if = "Option::is_none")]
        pub https_port: Option<Value<i64>>,
        /// Specifies which IP protocol CloudFront uses when connecting to your origin. If your origin uses both IPv4 and IPv6 protocols, you can choose ``dualstack`` to help optimize reliability.
        #[serde(rename = "IpAddressType", skip_serializing_if = "Option::is_none")]
        pub ip_address_type: Option<Value<String>>,
        /// Specifies how long, in seconds, CloudFront persists its connection to the origin. The minimum timeout is 1 second, the maximum is 300 seconds, and the default (if you don't specify otherwise) is 5 seconds. For more information, see Keep-alive timeout (custom origins only) in the *Amazon CloudFront Developer Guide*.
        #[serde(
            rename = "OriginKeepaliveTimeout",
            skip_serializing_if = "Option::is_none"
        )]
        pub origin_keepalive_timeout: Option<Value<i64>>,
        /// Configures mutual TLS authentication between CloudFront and your origin server.
        #[serde(rename = "OriginMtlsConfig", skip_serializing_if = "Option::is_none")]
        pub origin_mtls_config: Option<OriginMtlsConfig>,
        /// Specifies the protocol (HTTP or HTTPS) that CloudFront uses to connect to the origin. Valid values are: + ``http-only`` – CloudFront always uses HTTP to connect to the origin. + ``match-viewer`` – CloudFront connects to the origin using the same protocol that the viewer used to connect to CloudFront. + ``https-only`` – CloudFront always uses HTTPS to connect to the origin.
        ///
        /// Required.
        #[serde(rename = "OriginProtocolPolicy")]
        pub origin_protocol_policy: Value<String>,
        /// Specifies how long, in seconds, CloudFront waits for a response from the origin. This is also known as the *origin response timeout*. The minimum timeout is 1 second, the maximum is 120 seconds, and the default (if you don't specify otherwise) is 30 seconds. For more information, see Response timeout in the *Amazon CloudFront Developer Guide*.
        #[serde(rename = "OriginReadTimeout", skip_serializing_if = "Option::is_none")]
        pub origin_read_timeout: Option<Value<i64>>,
        /// Specifies the minimum SSL/TLS protocol that CloudFront uses when connecting to your origin over HTTPS. Valid values include ``SSLv3``, ``TLSv1``, ``TLSv1.1``, and ``TLSv1.2``. For more information, see Minimum Origin SSL Protocol in the *Amazon CloudFront Developer Guide*.
        #[serde(rename = "OriginSSLProtocols", skip_serializing_if = "Option::is_none")]
        pub origin_ssl_protocols: Option<Vec<Value<String>>>,
    }

    /// A complex type that describes the default cache behavior if you don't specify a ``CacheBehavior`` element or if request URLs don't match any of the values of ``PathPattern`` in ``CacheBehavior`` elements. You must create exactly one default cache behavior. If your minimum TTL is greater than 0, CloudFront will cache content for at least the duration specified in the cache policy's minimum TTL, even ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct DefaultCacheBehavior {
        /// A complex type that controls which HTTP methods CloudFront processes and forwards to your Amazon S3 bucket or your custom origin. There are three choices: + CloudFront forwards only ``GET`` and ``HEAD`` requests. + CloudFront forwards only ``GET``, ``HEAD``, and ``OPTIONS`` requests. + CloudFront forwards ``GET, HEAD, OPTIONS, PUT, PATCH, POST``, and ``DELETE`` requests. If you pick the third choice, ...
        #[serde(rename = "AllowedMethods", skip_serializing_if = "Option::is_none")]
        pub allowed_methods: Option<Vec<Value<String>>>,
        /// The unique identifier of the cache policy that is attached to the default cache behavior. For more information, see Creating cache policies or Using the managed cache policies in the *Amazon CloudFront Developer Guide*. A ``DefaultCacheBehavior`` must include either a ``CachePolicyId`` or ``ForwardedValues``. We recommend that you use a ``CachePolicyId``.
        #[serde(rename = "CachePolicyId", skip_serializing_if = "Option::is_none")]
        pub cache_policy_id: Option<Value<String>>,
        /// A complex type that controls whether CloudFront caches the response to requests using the specified HTTP methods. There are two choices: + CloudFront caches responses to ``GET`` and ``HEAD`` requests. + CloudFront caches responses to ``GET``, ``HEAD``, and ``OPTIONS`` requests. If you pick the second choice for your Amazon S3 Origin, you may need to forward Access-Control-Request-Method, Access-Control-Request-Headers, ...
        #[serde(rename = "CachedMethods", skip_serializing_if = "Option::is_none")]
        pub cached_methods: Option<Vec<Value<String>>>,
        /// Whether you want CloudFront to automatically compress certain files for this cache behavior. If so, specify ``true``; if not, specify ``false``. For more information, see Serving Compressed Files in the *Amazon CloudFront Developer Guide*.
        #[serde(rename = "Compress", skip_serializing_if = "Option::is_none")]
        pub compress: Option<Value<bool>>,
        /// This field only supports standard distributions. You can't specify this field for multi-tenant distributions. For more information, see Unsupported features for SaaS Manager for Amazon CloudFront in the *Amazon CloudFront Developer Guide*. This field is deprecated. We recommend that you use the ``DefaultTTL`` field in a cache policy instead of this field. For more information, see Creating cache policies ...
        #[serde(rename = "DefaultTTL", skip_serializing_if = "Option::is_none")]
        pub default_ttl: Option<Value<f64>>,
        /// The value of ``ID`` for the field-level encryption configuration that you want CloudFront to use for encrypting specific fields of data for the default cache behavior.
        #[serde(
            rename = "FieldLevelEncryptionId",
            skip_serializing_if = "Option::is_none"
        )]
        pub field_level_encryption_id: Option<Value<String>>,
        /// This field is deprecated. We recommend that you use a cache policy or an origin request policy instead of this field. For more information, see Working with policies in the *Amazon CloudFront Developer Guide*. If you want to include values in the cache key, use a cache policy. For more information, see Creating cache policies or Using the managed cache policies in the *Amazon CloudFront Developer Guide*. ...
        #[serde(rename = "ForwardedValues", skip_serializing_if = "Option::is_none")]
        pub forwarded_values: Option<ForwardedValues>,
        /// A list of CloudFront functions that are associated with this cache behavior. Your functions must be published to the ``LIVE`` stage to associate them with a cache behavior.
        #[serde(
            rename = "FunctionAssociations",
            skip_serializing_if = "Option::is_none"
        )]
        pub function_associations: Option<Vec<FunctionAssociation>>,
        /// The gRPC configuration for your cache behavior.
        #[serde(rename = "GrpcConfig", skip_serializing_if = "Option::is_none")]
        pub grpc_config: Option<GrpcConfig>,
        /// A complex type that contains zero or more Lambda@Edge function associations for a cache behavior.
        #[serde(
            rename = "LambdaFunctionAssociations",
            skip_serializing_if = "Option::is_none"
        )]
        pub lambda_function_associations: Option<Vec<LambdaFunctionAssociation>>,
        /// This field only supports standard distributions. You can't specify this field for multi-tenant distributions. For more information, see Unsupported features for SaaS Manager for Amazon CloudFront in the *Amazon CloudFront Developer Guide*. This field is deprecated. We recommend that you use the ``MaxTTL`` field in a cache policy instead of this field. For more information, see Creating cache policies ...
        #[serde(rename = "MaxTTL", skip_serializing_if = "Option::is_none")]
        pub max_ttl: Option<Value<f64>>,
        /// This field only supports standard distributions. You can't specify this field for multi-tenant distributions. For more information, see Unsupported features for SaaS Manager for Amazon CloudFront in the *Amazon CloudFront Developer Guide*. This field is deprecated. We recommend that you use the ``MinTTL`` field in a cache policy instead of this field. For more information, see Creating cache policies ...
        #[serde(rename = "MinTTL", skip_serializing_if = "Option::is_none")]
        pub min_ttl: Option<Value<f64>>,
        /// The unique identifier of the origin request policy that is attached to the default cache behavior. For more information, see Creating origin request policies or Using the managed origin request policies in the *Amazon CloudFront Developer Guide*.
        #[serde(
            rename = "OriginRequestPolicyId",
            skip_serializing_if = "Option::is_none"
        )]
        pub origin_request_policy_id: Option<Value<String>>,
        /// The Amazon Resource Name (ARN) of the real-time log configuration that is attached to this cache behavior. For more information, see Real-time logs in the *Amazon CloudFront Developer Guide*.
        #[serde(
            rename = "RealtimeLogConfigArn",
            skip_serializing_if = "Option::is_none"
        )]
        pub realtime_log_config_arn: Option<Value<String>>,
        /// The identifier for a response headers policy.
        #[serde(
            rename = "ResponseHeadersPolicyId",
            skip_serializing_if = "Option::is_none"
        )]
        pub response_headers_policy_id: Option<Value<String>>,
        /// This field only supports standard distributions. You can't specify this field for multi-tenant distributions. For more information, see Unsupported features for SaaS Manager for Amazon CloudFront in the *Amazon CloudFront Developer Guide*. Indicates whether you want to distribute media files in the Microsoft Smooth Streaming format using the origin that is associated with this cache behavior. If so, ...
        #[serde(rename = "SmoothStreaming", skip_serializing_if = "Option::is_none")]
        pub smooth_streaming: Option<Value<bool>>,
        /// The value of ``ID`` for the origin that you want CloudFront to route requests to when they use the default cache behavior.
        ///
        /// Required.
        #[serde(rename = "TargetOriginId")]
        pub target_origin_id: Value<String>,
        /// A list of key groups that CloudFront can use to validate signed URLs or signed cookies. When a cache behavior contains trusted key groups, CloudFront requires signed URLs or signed cookies for all requests that match the cache behavior. The URLs or cookies must be signed with a private key whose corresponding public key is in the key group. The signed URL or cookie contains information about which ...
        #[serde(rename = "TrustedKeyGroups", skip_serializing_if = "Option::is_none")]
        pub trusted_key_groups: Option<Vec<Value<String>>>,
        /// We recommend using ``TrustedKeyGroups`` instead of ``TrustedSigners``. This field only supports standard distributions. You can't specify this field for multi-tenant distributions. For more information, see Unsupported features for SaaS Manager for Amazon CloudFront in the *Amazon CloudFront Developer Guide*. A list of AWS-account IDs whose public keys CloudFront can use to validate signed URLs or ...
        #[serde(rename = "TrustedSigners", skip_serializing_if = "Option::is_none")]
        pub trusted_signers: Option<Vec<Value<String>>>,
        /// The protocol that viewers can use to access the files in the origin specified by ``TargetOriginId`` when a request matches the path pattern in ``PathPattern``. You can specify the following options: + ``allow-all``: Viewers can use HTTP or HTTPS. + ``redirect-to-https``: If a viewer submits an HTTP request, CloudFront returns an HTTP status code of 301 (Moved Permanently) to the viewer along with the ...
        ///
        /// Required.
        #[serde(rename = "ViewerProtocolPolicy")]
        pub viewer_protocol_policy: Value<String>,
    }

    /// A distribution configuration.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct DistributionConfig {
        /// This field only supports standard distributions. You can't specify this field for multi-tenant distributions. For more information, see Unsupported features for SaaS Manager for Amazon CloudFront in the *Amazon CloudFront Developer Guide*. A complex type that contains information about CNAMEs (alternate domain names), if any, for this distribution.
        #[serde(rename = "Aliases", skip_serializing_if = "Option::is_none")]
        pub aliases: Option<Vec<Value<String>>>,
        /// To use this field for a multi-tenant distribution, use a connection group instead. For more information, see ConnectionGroup. ID of the Anycast static IP list that is associated with the distribution.
        #[serde(rename = "AnycastIpListId", skip_serializing_if = "Option::is_none")]
        pub anycast_ip_list_id: Option<Value<String>>,
        /// An alias for the CF distribution's domain name. This property is legacy. We recommend that you use Aliases instead.
        #[serde(rename = "CNAMEs", skip_serializing_if = "Option::is_none")]
        pub cnam_es: Option<Vec<Value<String>>>,
        /// A complex type that contains zero or more ``CacheBehavior`` elements.
        #[serde(rename = "CacheBehaviors", skip_serializing_if = "Option::is_none")]
        pub cache_behaviors: Option<Vec<CacheBehavior>>,
        /// Configuration for cache tag extraction from origin responses. When specified, CloudFront reads the header named in ``HeaderName`` from origin responses and stores the comma-separated values as cache tags on the object. Distributions without ``CacheTagConfig`` do not extract tags. When ``CacheTagConfig`` is removed from a distribution via ``UpdateDistribution``, CloudFront stops extracting tags from ...
        #[serde(rename = "CacheTagConfig", skip_serializing_if = "Option::is_none")]
        pub cache_tag_config: Option<CacheTagConfig>,
        /// A comment to describe the distribution. The comment cannot be longer than 128 characters.
        #[serde(rename = "Comment", skip_serializing_if = "Option::is_none")]
        pub comment: Option<Value<String>>,
        /// The distribution's connection function association.
        #[serde(
            rename = "ConnectionFunctionAssociation",
            skip_serializing_if = "Option::is_none"
        )]
        pub connection_function_association: Option<ConnectionFunctionAssociation>,
        /// This field specifies whether the connection mode is through a standard distribution (direct) or a multi-tenant distribution with distribution tenants (tenant-only).
        #[serde(rename = "ConnectionMode", skip_serializing_if = "Option::is_none")]
        pub connection_mode: Option<Value<String>>,
        /// This field only supports standard distributions. You can't specify this field for multi-tenant distributions. For more information, see Unsupported features for SaaS Manager for Amazon CloudFront in the *Amazon CloudFront Developer Guide*. The identifier of a continuous deployment policy. For more information, see ``CreateContinuousDeploymentPolicy``.
        #[serde(
            rename = "ContinuousDeploymentPolicyId",
            skip_serializing_if = "Option::is_none"
        )]
        pub continuous_deployment_policy_id: Option<Value<String>>,
        /// A complex type that controls the following: + Whether CloudFront replaces HTTP status codes in the 4xx and 5xx range with custom error messages before returning the response to the viewer. + How long CloudFront caches HTTP status codes in the 4xx and 5xx range. For more information about custom error pages, see Customizing Error Responses in the *Amazon CloudFront Developer Guide*.
        #[serde(
            rename = "CustomErrorResponses",
            skip_serializing_if = "Option::is_none"
        )]
        pub custom_error_responses: Option<Vec<CustomErrorResponse>>,
        /// The user-defined HTTP server that serves as the origin for content that CF distributes. This property is legacy. We recommend that you use Origin instead.
        #[serde(rename = "CustomOrigin", skip_serializing_if = "Option::is_none")]
        pub custom_origin: Option<LegacyCustomOrigin>,
        /// A complex type that describes the default cache behavior if you don't specify a ``CacheBehavior`` element or if files don't match any of the values of ``PathPattern`` in ``CacheBehavior`` elements. You must create exactly one default cache behavior.
        ///
        /// Required.
        #[serde(rename = "DefaultCacheBehavior")]
        pub default_cache_behavior: DefaultCacheBehavior,
        /// When a viewer requests the root URL for your distribution, the default root object is the object that you want CloudFront to request from your origin. For example, if your root URL is (link) you can specify CloudFront to return the ``index.html`` file as the default root object. You can specify a default root object so that viewers see a specific file or object, instead of another object in your distribution ...
        #[serde(rename = "DefaultRootObject", skip_serializing_if = "Option::is_none")]
        pub default_root_object: Option<Value<String>>,
        /// From this field, you can enable or disable the selected distribution.
        ///
        /// Required.
        #[serde(rename = "Enabled")]
        pub enabled: Value<bool>,
        /// (Optional) Specify the HTTP version(s) that you want viewers to use to communicate with CF. The default value for new distributions is ``http1.1``. For viewers and CF to use HTTP/2, viewers must support TLSv1.2 or later, and must support Server Name Indication (SNI). For viewers and CF to use HTTP/3, viewers must support TLSv1.3 and Server Name Indication (SNI). CF supports HTTP/3 connection migration ...
        #[serde(rename = "HttpVersion", skip_serializing_if = "Option::is_none")]
        pub http_version: Option<Value<String>>,
        /// To use this field for a multi-tenant distribution, use a connection group instead. For more information, see ConnectionGroup. If you want CloudFront to respond to IPv6 DNS requests with an IPv6 address for your distribution, specify ``true``. If you specify ``false``, CloudFront responds to IPv6 DNS requests with the DNS response code ``NOERROR`` and with no IP addresses. This allows viewers to submit ...
        #[serde(rename = "IPV6Enabled", skip_serializing_if = "Option::is_none")]
        pub ipv6_enabled: Option<Value<bool>>,
        /// A complex type that controls whether access logs are written for the distribution. For more information about logging, see Access Logs in the *Amazon CloudFront Developer Guide*.
        #[serde(rename = "Logging", skip_serializing_if = "Option::is_none")]
        pub logging: Option<Logging>,
        /// A complex type that contains information about origin groups for this distribution. Specify a value for either the ``Origins`` or ``OriginGroups`` property.
        #[serde(rename = "OriginGroups", skip_serializing_if = "Option::is_none")]
        pub origin_groups: Option<OriginGroups>,
        /// A complex type that contains information about origins for this distribution. Specify a value for either the ``Origins`` or ``OriginGroups`` property.
        #[serde(rename = "Origins", skip_serializing_if = "Option::is_none")]
        pub origins: Option<Vec<Origin>>,
        /// This field only supports standard distributions. You can't specify this field for multi-tenant distributions. For more information, see Unsupported features for SaaS Manager for Amazon CloudFront in the *Amazon CloudFront Developer Guide*. The price class that corresponds with the maximum price that you want to pay for CloudFront service. If you specify ``PriceClass_All``, CloudFront responds to requests ...
        #[serde(rename = "PriceClass", skip_serializing_if = "Option::is_none")]
        pub price_class: Option<Value<String>>,
        /// A complex type that identifies ways in which you want to restrict distribution of your content.
        #[serde(rename = "Restrictions", skip_serializing_if = "Option::is_none")]
        pub restrictions: Option<Restrictions>,
        /// The origin as an S3 bucket. This property is legacy. We recommend that you use Origin instead.
        #[serde(rename = "S3Origin", skip_serializing_if = "Option::is_none")]
        pub s3_origin: Option<LegacyS3Origin>,
        /// This field only supports standard distributions. You can't specify this field for multi-tenant distributions. For more information, see Unsupported features for SaaS Manager for Amazon CloudFront in the *Amazon CloudFront Developer Guide*. A Boolean that indicates whether this is a staging distribution. When this value is ``true``, this is a staging distribution. When this value is ``false``, this ...
        #[serde(rename = "Staging", skip_serializing_if = "Option::is_none")]
        pub staging: Option<Value<bool>>,
        /// This field only supports multi-tenant distributions. You can't specify this field for standard distributions. For more information, see Unsupported features for SaaS Manager for Amazon CloudFront in the *Amazon CloudFront Developer Guide*. A distribution tenant configuration.
        #[serde(rename = "TenantConfig", skip_serializing_if = "Option::is_none")]
        pub tenant_config: Option<Json>,
        /// A complex type that determines the distribution's SSL/TLS configuration for communicating with viewers.
        #[serde(rename = "ViewerCertificate", skip_serializing_if = "Option::is_none")]
        pub viewer_certificate: Option<ViewerCertificate>,
        /// The distribution's viewer mTLS configuration.
        #[serde(rename = "ViewerMtlsConfig", skip_serializing_if = "Option::is_none")]
        pub viewer_mtls_config: Option<ViewerMtlsConfig>,
        /// Multi-tenant distributions only support WAF V2 web ACLs. A unique identifier that specifies the WAF web ACL, if any, to associate with this distribution. To specify a web ACL created using the latest version of WAF, use the ACL ARN, for example ``arn:aws:wafv2:us-east-1:123456789012:global/webacl/ExampleWebACL/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111``. To specify a web ACL created using WAF Classic, use ...
        #[serde(rename = "WebACLId", skip_serializing_if = "Option::is_none")]
        pub web_acl_id: Option<Value<String>>,
    }

    /// This field only supports standard distributions. You can't specify this field for multi-tenant distributions. For more information, see Unsupported features for SaaS Manager for Amazon CloudFront in the *Amazon CloudFront Developer Guide*. This field is deprecated. We recommend that you use a cache policy or an origin request policy instead of this field. If you want to include values in the cache ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ForwardedValues {
        /// This field is deprecated. We recommend that you use a cache policy or an origin request policy instead of this field. If you want to include cookies in the cache key, use a cache policy. For more information, see Creating cache policies in the *Amazon CloudFront Developer Guide*. If you want to send cookies to the origin but not include them in the cache key, use an origin request policy. For more ...
        #[serde(rename = "Cookies", skip_serializing_if = "Option::is_none")]
        pub cookies: Option<Cookies>,
        /// This field is deprecated. We recommend that you use a cache policy or an origin request policy instead of this field. If you want to include headers in the cache key, use a cache policy. For more information, see Creating cache policies in the *Amazon CloudFront Developer Guide*. If you want to send headers to the origin but not include them in the cache key, use an origin request policy. For more ...
        #[serde(rename = "Headers", skip_serializing_if = "Option::is_none")]
        pub headers: Option<Vec<Value<String>>>,
        /// This field is deprecated. We recommend that you use a cache policy or an origin request policy instead of this field. If you want to include query strings in the cache key, use a cache policy. For more information, see Creating cache policies in the *Amazon CloudFront Developer Guide*. If you want to send query strings to the origin but not include them in the cache key, use an origin request policy. ...
        ///
        /// Required.
        #[serde(rename = "QueryString")]
        pub query_string: Value<bool>,
        /// This field is deprecated. We recommend that you use a cache policy or an origin request policy instead of this field. If you want to include query strings in the cache key, use a cache policy. For more information, see Creating cache policies in the *Amazon CloudFront Developer Guide*. If you want to send query strings to the origin but not include them in the cache key, use an origin request policy. ...
        #[serde(
            rename = "QueryStringCacheKeys",
            skip_serializing_if = "Option::is_none"
        )]
        pub query_string_cache_keys: Option<Vec<Value<String>>>,
    }

    /// A CloudFront function that is associated with a cache behavior in a CloudFront distribution.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct FunctionAssociation {
        /// The event type of the function, either ``viewer-request`` or ``viewer-response``. You cannot use origin-facing event types (``origin-request`` and ``origin-response``) with a CloudFront function.
        #[serde(rename = "EventType", skip_serializing_if = "Option::is_none")]
        pub event_type: Option<Value<String>>,
        /// The Amazon Resource Name (ARN) of the function.
        #[serde(rename = "FunctionARN", skip_serializing_if = "Option::is_none")]
        pub function_arn: Option<Value<String>>,
    }

    /// A complex type that controls the countries in which your content is distributed. CF determines the location of your users using ``MaxMind`` GeoIP databases. To disable geo restriction, remove the Restrictions property from your stack template.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct GeoRestriction {
        /// A complex type that contains a ``Location`` element for each country in which you want CloudFront either to distribute your content (``whitelist``) or not distribute your content (``blacklist``). The ``Location`` element is a two-letter, uppercase country code for a country that you want to include in your ``blacklist`` or ``whitelist``. Include one ``Location`` element for each country. CloudFront ...
        #[serde(rename = "Locations", skip_serializing_if = "Option::is_none")]
        pub locations: Option<Vec<Value<String>>>,
        /// The method that you want to use to restrict distribution of your content by country: + ``none``: No geo restriction is enabled, meaning access to content is not restricted by client geo location. + ``blacklist``: The ``Location`` elements specify the countries in which you don't want CloudFront to distribute your content. + ``whitelist``: The ``Location`` elements specify the countries in which you ...
        ///
        /// Required.
        #[serde(rename = "RestrictionType")]
        pub restriction_type: Value<String>,
    }

    /// Amazon CloudFront supports gRPC, an open-source remote procedure call (RPC) framework built on HTTP/2. gRPC offers bi-directional streaming and binary protocol that buffers payloads, making it suitable for applications that require low latency communications. To enable your distribution to handle gRPC requests, you must include HTTP/2 as one of the supported ``HTTP`` versions and allow ``HTTP`` methods, ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct GrpcConfig {
        /// Enables your CloudFront distribution to receive gRPC requests and to proxy them directly to your origins.
        ///
        /// Required.
        #[serde(rename = "Enabled")]
        pub enabled: Value<bool>,
    }

    /// A complex type that contains a Lambda@Edge function association.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct LambdaFunctionAssociation {
        /// Specifies the event type that triggers a Lambda@Edge function invocation. You can specify the following values: + ``viewer-request``: The function executes when CloudFront receives a request from a viewer and before it checks to see whether the requested object is in the edge cache. + ``origin-request``: The function executes only when CloudFront sends a request to your origin. When the requested object ...
        #[serde(rename = "EventType", skip_serializing_if = "Option::is_none")]
        pub event_type: Option<Value<String>>,
        /// A flag that allows a Lambda@Edge function to have read access to the body content. For more information, see Accessing the Request Body by Choosing the Include Body Option in the Amazon CloudFront Developer Guide.
        #[serde(rename = "IncludeBody", skip_serializing_if = "Option::is_none")]
        pub include_body: Option<Value<bool>>,
        /// The ARN of the Lambda@Edge function. You must specify the ARN of a function version; you can't specify an alias or $LATEST.
        #[serde(rename = "LambdaFunctionARN", skip_serializing_if = "Option::is_none")]
        pub lambda_function_arn: Option<Value<String>>,
    }

    /// A custom origin. A custom origin is any origin that is *not* an S3 bucket, with one exception. An S3 bucket that is configured with static website hosting*is* a custom origin. This property is legacy. We recommend that you use Origin instead.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct LegacyCustomOrigin {
        /// The domain name assigned to your CF distribution.
        ///
        /// Required.
        #[serde(rename = "DNSName")]
        pub dns_name: Value<String>,
        /// The HTTP port that CF uses to connect to the origin. Specify the HTTP port that the origin listens on.
        #[serde(rename = "HTTPPort", skip_serializing_if = "Option::is_none")]
        pub http_port: Option<Value<i64>>,
        /// The HTTPS port that CF uses to connect to the origin. Specify the HTTPS port that the origin listens on.
        #[serde(rename = "HTTPSPort", skip_serializing_if = "Option::is_none")]
        pub https_port: Option<Value<i64>>,
        /// Specifies the protocol (HTTP or HTTPS) that CF uses to connect to the origin.
        ///
        /// Required.
        #[serde(rename = "OriginProtocolPolicy")]
        pub origin_protocol_policy: Value<String>,
        /// The minimum SSL/TLS protocol version that CF uses when communicating with your origin server over HTTPs. For more information, see Minimum Origin SSL Protocol in the *Developer Guide*.
        ///
        /// Required.
        #[serde(rename = "OriginSSLProtocols")]
        pub origin_ssl_protocols: Vec<Value<String>>,
    }

    /// The origin as an S3 bucket. This property is legacy. We recommend that you use Origin instead.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct LegacyS3Origin {
        /// The domain name assigned to your CF distribution.
        ///
        /// Required.
        #[serde(rename = "DNSName")]
        pub dns_name: Value<String>,
        /// The CF origin access identity to associate with the distribution. Use an origin access identity to configure the distribution so that end users can only access objects in an S3 through CF. This property is legacy. We recommend that you use OriginAccessControl instead.
        #[serde(
            rename = "OriginAccessIdentity",
            skip_serializing_if = "Option::is_none"
        )]
        pub origin_access_identity: Option<Value<String>>,
    }

    /// A complex type that specifies whether access logs are written for the distribution. If you already enabled standard logging (legacy) and you want to enable standard logging (v2) to send your access logs to Amazon S3, we recommend that you specify a *different* Amazon S3 bucket or use a *separate path* in the same bucket (for example, use a log prefix or partitioning). This helps you keep track of which ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Logging {
        /// The Amazon S3 bucket to store the access logs in, for example, ``amzn-s3-demo-bucket.s3.amazonaws.com``.
        #[serde(rename = "Bucket", skip_serializing_if = "Option::is_none")]
        pub bucket: Option<Value<String>>,
        /// Specifies whether you want CloudFront to include cookies in access logs, specify ``true`` for ``IncludeCookies``. If you choose to include cookies in logs, CloudFront logs all cookies regardless of how you configure the cache behaviors for this distribution. If you don't want to include cookies when you create a distribution or if you want to disable include cookies for an existing distribution, specify ...
        #[serde(rename = "IncludeCookies", skip_serializing_if = "Option::is_none")]
        pub include_cookies: Option<Value<bool>>,
        /// An optional string that you want CloudFront to prefix to the access log ``filenames`` for this distribution, for example, ``myprefix/``. If you want to enable logging, but you don't want to specify a prefix, you still must include an empty ``Prefix`` element in the ``Logging`` element.
        #[serde(rename = "Prefix", skip_serializing_if = "Option::is_none")]
        pub prefix: Option<Value<String>>,
    }

    /// An origin. An origin is the location where content is stored, and from which CloudFront gets content to serve to viewers. To specify an origin: + Use ``S3OriginConfig`` to specify an Amazon S3 bucket that is not configured with static website hosting. + Use ``VpcOriginConfig`` to specify a VPC origin. + Use ``CustomOriginConfig`` to specify all other kinds of origins, including: + An Amazon S3 bucket ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Origin {
        /// The number of times that CloudFront attempts to connect to the origin. The minimum number is 1, the maximum is 3, and the default (if you don't specify otherwise) is 3. For a custom origin (including an Amazon S3 bucket that's configured with static website hosting), this value also specifies the number of times that CloudFront attempts to get a response from the origin, in the case of an Origin Response ...
        #[serde(rename = "ConnectionAttempts", skip_serializing_if = "Option::is_none")]
        pub connection_attempts: Option<Value<i64>>,
        /// The number of seconds that CloudFront waits when trying to establish a connection to the origin. The minimum timeout is 1 second, the maximum is 10 seconds, and the default (if you don't specify otherwise) is 10 seconds. For more information, see Origin Connection Timeout in the *Amazon CloudFront Developer Guide*.
        #[serde(rename = "ConnectionTimeout", skip_serializing_if = "Option::is_none")]
        pub connection_timeout: Option<Value<i64>>,
        /// Use this type to specify an origin that is not an Amazon S3 bucket, with one exception. If the Amazon S3 bucket is configured with static website hosting, use this type. If the Amazon S3 bucket is not configured with static website hosting, use the ``S3OriginConfig`` type instead.
        #[serde(rename = "CustomOriginConfig", skip_serializing_if = "Option::is_none")]
        pub custom_origin_config: Option<CustomOriginConfig>,
        /// The domain name for the origin. For more information, see Origin Domain Name in the *Amazon CloudFront Developer Guide*.
        ///
        /// Required.
        #[serde(rename = "DomainName")]
        pub domain_name: Value<String>,
        /// A unique identifier for the origin. This value must be unique within the distribution. Use this value to specify the ``TargetOriginId`` in a ``CacheBehavior`` or ``DefaultCacheBehavior``.
        ///
        /// Required.
        #[serde(rename = "Id")]
        pub id: Value<String>,
        /// The unique identifier of an origin access control for this origin. For more information, see Restricting access to an Amazon S3 origin in the *Amazon CloudFront Developer Guide*.
        #[serde(
            rename = "OriginAccessControlId",
            skip_serializing_if = "Option::is_none"
        )]
        pub origin_access_control_id: Option<Value<String>>,
        /// A list of HTTP header names and values that CloudFront adds to the requests that it sends to the origin. For more information, see Adding Custom Headers to Origin Requests in the *Amazon CloudFront Developer Guide*.
        #[serde(
            rename = "OriginCustomHeaders",
            skip_serializing_if = "Option::is_none"
        )]
        pub origin_custom_headers: Option<Vec<OriginCustomHeader>>,
        /// An optional path that CloudFront appends to the origin domain name when CloudFront requests content from the origin. For more information, see Origin Path in the *Amazon CloudFront Developer Guide*.
        #[serde(rename = "OriginPath", skip_serializing_if = "Option::is_none")]
        pub origin_path: Option<Value<String>>,
        /// CloudFront Origin Shield. Using Origin Shield can help reduce the load on your origin. For more information, see Using Origin Shield in the *Amazon CloudFront Developer Guide*.
        #[serde(rename = "OriginShield", skip_serializing_if = "Option::is_none")]
        pub origin_shield: Option<OriginShield>,
        /// The time (in seconds) that a request from CloudFront to the origin can stay open and wait for a response. If the complete response isn't received from the origin by this time, CloudFront ends the connection. The value for ``ResponseCompletionTimeout`` must be equal to or greater than the value for ``OriginReadTimeout``. If you don't set a value for ``ResponseCompletionTimeout``, CloudFront doesn't ...
        #[serde(
            rename = "ResponseCompletionTimeout",
            skip_serializing_if = "Option::is_none"
        )]
        pub response_completion_timeout: Option<Value<i64>>,
        /// Use this type to specify an origin that is an Amazon S3 bucket that is not configured with static website hosting. To specify any other type of origin, including an Amazon S3 bucket that is configured with static website hosting, use the ``CustomOriginConfig`` type instead.
        #[serde(rename = "S3OriginConfig", skip_serializing_if = "Option::is_none")]
        pub s3_origin_config: Option<S3OriginConfig>,
        /// The VPC origin configuration.
        #[serde(rename = "VpcOriginConfig", skip_serializing_if = "Option::is_none")]
        pub vpc_origin_config: Option<VpcOriginConfig>,
    }

    /// A complex type that contains ``HeaderName`` and ``HeaderValue`` elements, if any, for this distribution.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct OriginCustomHeader {
        /// The name of a header that you want CloudFront to send to your origin. For more information, see Adding Custom Headers to Origin Requests in the *Amazon CloudFront Developer Guide*.
        ///
        /// Required.
        #[serde(rename = "HeaderName")]
        pub header_name: Value<String>,
        /// The value for the header that you specified in the ``HeaderName`` field.
        ///
        /// Required.
        #[serde(rename = "HeaderValue")]
        pub header_value: Value<String>,
    }

    /// An origin group includes two origins (a primary origin and a secondary origin to failover to) and a failover criteria that you specify. You create an origin group to support origin failover in CloudFront. When you create or update a distribution, you can specify the origin group instead of a single origin, and CloudFront will failover from the primary origin to the secondary origin under the failover ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct OriginGroup {
        /// A complex type that contains information about the failover criteria for an origin group.
        ///
        /// Required.
        #[serde(rename = "FailoverCriteria")]
        pub failover_criteria: OriginGroupFailoverCriteria,
        /// The origin group's ID.
        ///
        /// Required.
        #[serde(rename = "Id")]
        pub id: Value<String>,
        /// A complex type that contains information about the origins in an origin group.
        ///
        /// Required.
        #[serde(rename = "Members")]
        pub members: OriginGroupMembers,
        /// The selection criteria for the origin group. For more information, see Create an origin group in the *Amazon CloudFront Developer Guide*.
        #[serde(rename = "SelectionCriteria", skip_serializing_if = "Option::is_none")]
        pub selection_criteria: Option<Value<String>>,
    }

    /// A complex data type that includes information about the failover criteria for an origin group, including the status codes for which CloudFront will failover from the primary origin to the second origin.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct OriginGroupFailoverCriteria {
        /// The status codes that, when returned from the primary origin, will trigger CloudFront to failover to the second origin.
        ///
        /// Required.
        #[serde(rename = "StatusCodes")]
        pub status_codes: StatusCodes,
    }

    /// An origin in an origin group.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct OriginGroupMember {
        /// The ID for an origin in an origin group.
        ///
        /// Required.
        #[serde(rename = "OriginId")]
        pub origin_id: Value<String>,
    }

    /// A complex data type for the origins included in an origin group.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct OriginGroupMembers {
        /// Items (origins) in an origin group.
        ///
        /// Required.
        #[serde(rename = "Items")]
        pub items: Vec<OriginGroupMember>,
        /// The number of origins in an origin group.
        ///
        /// Required.
        #[serde(rename = "Quantity")]
        pub quantity: Value<i64>,
    }

    /// A complex data type for the origin groups specified for a distribution.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct OriginGroups {
        /// The items (origin groups) in a distribution.
        #[serde(rename = "Items", skip_serializing_if = "Option::is_none")]
        pub items: Option<Vec<OriginGroup>>,
        /// The number of origin groups.
        ///
        /// Required.
        #[serde(rename = "Quantity")]
        pub quantity: Value<i64>,
    }

    /// Configures mutual TLS authentication between CloudFront and your origin server.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct OriginMtlsConfig {
        /// The Amazon Resource Name (ARN) of the client certificate stored in AWS Certificate Manager (ACM) that CloudFront uses to authenticate with your origin using Mutual TLS.
        ///
        /// Required.
        #[serde(rename = "ClientCertificateArn")]
        pub client_certificate_arn: Value<String>,
    }

    /// CloudFront Origin Shield. Using Origin Shield can help reduce the load on your origin. For more information, see Using Origin Shield in the *Amazon CloudFront Developer Guide*.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct OriginShield {
        /// A flag that specifies whether Origin Shield is enabled. When it's enabled, CloudFront routes all requests through Origin Shield, which can help protect your origin. When it's disabled, CloudFront might send requests directly to your origin from multiple edge locations or regional edge caches.
        #[serde(rename = "Enabled", skip_serializing_if = "Option::is_none")]
        pub enabled: Option<Value<bool>>,
        /// The AWS-Region for Origin Shield. Specify the AWS-Region that has the lowest latency to your origin. To specify a region, use the region code, not the region name. For example, specify the US East (Ohio) region as ``us-east-2``. When you enable CloudFront Origin Shield, you must specify the AWS-Region for Origin Shield. For the list of AWS-Regions that you can specify, and for help choosing the best ...
        #[serde(rename = "OriginShieldRegion", skip_serializing_if = "Option::is_none")]
        pub origin_shield_region: Option<Value<String>>,
    }

    /// A list of parameter values to add to the resource. A parameter is specified as a key-value pair. A valid parameter value must exist for any parameter that is marked as required in the multi-tenant distribution.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ParameterDefinition {
        /// The value that you assigned to the parameter.
        ///
        /// Required.
        #[serde(rename = "Definition")]
        pub definition: Json,
        /// The name of the parameter.
        ///
        /// Required.
        #[serde(rename = "Name")]
        pub name: Value<String>,
    }

    /// A complex type that identifies ways in which you want to restrict distribution of your content.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Restrictions {
        /// A complex type that controls the countries in which your content is distributed. CF determines the location of your users using ``MaxMind`` GeoIP databases. To disable geo restriction, remove the Restrictions property from your stack template.
        ///
        /// Required.
        #[serde(rename = "GeoRestriction")]
        pub geo_restriction: GeoRestriction,
    }

    /// A complex type that contains information about the Amazon S3 origin. If the origin is a custom origin or an S3 bucket that is configured as a website endpoint, use the ``CustomOriginConfig`` element instead.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct S3OriginConfig {
        /// If you're using origin access control (OAC) instead of origin access identity, specify an empty ``OriginAccessIdentity`` element. For more information, see Restricting access to an in the *Amazon CloudFront Developer Guide*. The CloudFront origin access identity to associate with the origin. Use an origin access identity to configure the origin so that viewers can *only* access objects in an Amazon ...
        #[serde(
            rename = "OriginAccessIdentity",
            skip_serializing_if = "Option::is_none"
        )]
        pub origin_access_identity: Option<Value<String>>,
        /// Specifies how long, in seconds, CloudFront waits for a response from the origin. This is also known as the *origin response timeout*. The minimum timeout is 1 second, the maximum is 120 seconds, and the default (if you don't specify otherwise) is 30 seconds. For more information, see Response timeout in the *Amazon CloudFront Developer Guide*.
        #[serde(rename = "OriginReadTimeout", skip_serializing_if = "Option::is_none")]
        pub origin_read_timeout: Option<Value<i64>>,
    }

    /// A complex data type for the status codes that you specify that, when returned by a primary origin, trigger CloudFront to failover to a second origin.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct StatusCodes {
        /// The items (status codes) for an origin group.
        ///
        /// Required.
        #[serde(rename = "Items")]
        pub items: Vec<Value<i64>>,
        /// The number of status codes.
        ///
        /// Required.
        #[serde(rename = "Quantity")]
        pub quantity: Value<i64>,
    }

    /// A trust store configuration.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct TrustStoreConfig {
        /// The configuration to use to advertise trust store CA names.
        #[serde(
            rename = "AdvertiseTrustStoreCaNames",
            skip_serializing_if = "Option::is_none"
        )]
        pub advertise_trust_store_ca_names: Option<Value<bool>>,
        /// The configuration to use to ignore certificate expiration.
        #[serde(
            rename = "IgnoreCertificateExpiry",
            skip_serializing_if = "Option::is_none"
        )]
        pub ignore_certificate_expiry: Option<Value<bool>>,
        /// The trust store ID.
        ///
        /// Required.
        #[serde(rename = "TrustStoreId")]
        pub trust_store_id: Value<String>,
    }

    /// A complex type that determines the distribution's SSL/TLS configuration for communicating with viewers. If the distribution doesn't use ``Aliases`` (also known as alternate domain names or CNAMEs)—that is, if the distribution uses the CloudFront domain name such as ``d111111abcdef8.cloudfront.net``—set ``CloudFrontDefaultCertificate`` to ``true`` and leave all other fields empty. If the distribution ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ViewerCertificate {
        /// In CloudFormation, this field name is ``AcmCertificateArn``. Note the different capitalization. If the distribution uses ``Aliases`` (alternate domain names or CNAMEs) and the SSL/TLS certificate is stored in (ACM), provide the Amazon Resource Name (ARN) of the ACM certificate. CloudFront only supports ACM certificates in the US East (N. Virginia) Region (``us-east-1``). If you specify an ACM certificate ...
        #[serde(rename = "AcmCertificateArn", skip_serializing_if = "Option::is_none")]
        pub acm_certificate_arn: Option<Value<String>>,
        /// If the distribution uses the CloudFront domain name such as ``d111111abcdef8.cloudfront.net``, set this field to ``true``. If the distribution uses ``Aliases`` (alternate domain names or CNAMEs), omit this field and specify values for the following fields: + ``AcmCertificateArn`` or ``IamCertificateId`` (specify a value for one, not both) + ``MinimumProtocolVersion`` + ``SslSupportMethod``
        #[serde(
            rename = "CloudFrontDefaultCertificate",
            skip_serializing_if = "Option::is_none"
        )]
        pub cloud_front_default_certificate: Option<Value<bool>>,
        /// This field only supports standard distributions. You can't specify this field for multi-tenant distributions. For more information, see Unsupported features for SaaS Manager for Amazon CloudFront in the *Amazon CloudFront Developer Guide*. In CloudFormation, this field name is ``IamCertificateId``. Note the different capitalization. If the distribution uses ``Aliases`` (alternate domain names or CNAMEs) ...
        #[serde(rename = "IamCertificateId", skip_serializing_if = "Option::is_none")]
        pub iam_certificate_id: Option<Value<String>>,
        /// If the distribution uses ``Aliases`` (alternate domain names or CNAMEs), specify the security policy that you want CloudFront to use for HTTPS connections with viewers. The security policy determines two settings: + The minimum SSL/TLS protocol that CloudFront can use to communicate with viewers. + The ciphers that CloudFront can use to encrypt the content that it returns to viewers. For more information, ...
        #[serde(
            rename = "MinimumProtocolVersion",
            skip_serializing_if = "Option::is_none"
        )]
        pub minimum_protocol_version: Option<Value<String>>,
        /// In CloudFormation, this field name is ``SslSupportMethod``. Note the different capitalization. If the distribution uses ``Aliases`` (alternate domain names or CNAMEs), specify which viewers the distribution accepts HTTPS connections from. + ``sni-only`` – The distribution accepts HTTPS connections from only viewers that support server name indication (SNI). This is recommended. Most browsers and ...
        #[serde(rename = "SslSupportMethod", skip_serializing_if = "Option::is_none")]
        pub ssl_support_method: Option<Value<String>>,
    }

    /// A viewer mTLS configuration.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ViewerMtlsConfig {
        /// The viewer mTLS mode.
        #[serde(rename = "Mode", skip_serializing_if = "Option::is_none")]
        pub mode: Option<Value<String>>,
        /// The trust store configuration associated with the viewer mTLS configuration.
        #[serde(rename = "TrustStoreConfig", skip_serializing_if = "Option::is_none")]
        pub trust_store_config: Option<TrustStoreConfig>,
    }

    /// An Amazon CloudFront VPC origin configuration.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct VpcOriginConfig {
        /// Specifies how long, in seconds, CloudFront persists its connection to the origin. The minimum timeout is 1 second, the maximum is 300 seconds, and the default (if you don't specify otherwise) is 5 seconds. For more information, see Keep-alive timeout (custom origins only) in the *Amazon CloudFront Developer Guide*.
        #[serde(
            rename = "OriginKeepaliveTimeout",
            skip_serializing_if = "Option::is_none"
        )]
        pub origin_keepalive_timeout: Option<Value<i64>>,
        /// Specifies how long, in seconds, CloudFront waits for a response from the origin. This is also known as the *origin response timeout*. The minimum timeout is 1 second, the maximum is 120 seconds, and the default (if you don't specify otherwise) is 30 seconds. For more information, see Response timeout in the *Amazon CloudFront Developer Guide*.
        #[serde(rename = "OriginReadTimeout", skip_serializing_if = "Option::is_none")]
        pub origin_read_timeout: Option<Value<i64>>,
        /// The account ID of the AWS-account that owns the VPC origin.
        #[serde(rename = "OwnerAccountId", skip_serializing_if = "Option::is_none")]
        pub owner_account_id: Option<Value<String>>,
        /// The VPC origin ID.
        ///
        /// Required.
        #[serde(rename = "VpcOriginId")]
        pub vpc_origin_id: Value<String>,
    }
}
pub use distribution::Distribution;

/// `AWS::CloudFront::OriginAccessControl`: the resource and its property types.
pub mod origin_access_control {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// Creates a new origin access control in CloudFront. After you create an origin access control, you can add it to an origin in a CloudFront distribution so that CloudFront sends authenticated (signed) requests to the origin. This makes it possible to block public access to the origin, allowing viewers (users) to access the origin's content only through CloudFront. For more information about using a CloudFront ...
    ///
    /// CloudFormation type `AWS::CloudFront::OriginAccessControl`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct OriginAccessControl {
        /// The origin access control.
        ///
        /// Required.
        #[serde(rename = "OriginAccessControlConfig")]
        pub origin_access_control_config: OriginAccessControlConfig,
    }

    impl CfnResource for OriginAccessControl {
        const TYPE: &'static str = "AWS::CloudFront::OriginAccessControl";
        const TAGGING: Tagging = Tagging::None;
    }

    /// Creates a new origin access control in CloudFront. After you create an origin access control, you can add it to an origin in a CloudFront distribution so that CloudFront sends authenticated (signed) requests to the origin. This makes it possible to block public access to the origin, allowing viewers (users) to access the origin's content only through CloudFront. For more information about using a CloudFront ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct OriginAccessControlConfig {
        /// A description of the origin access control.
        #[serde(rename = "Description", skip_serializing_if = "Option::is_none")]
        pub description: Option<Value<String>>,
        /// A name to identify the origin access control. You can specify up to 64 characters.
        ///
        /// Required.
        #[serde(rename = "Name")]
        pub name: Value<String>,
        /// The type of origin that this origin access control is for.
        ///
        /// Required.
        #[serde(rename = "OriginAccessControlOriginType")]
        pub origin_access_control_origin_type: Value<String>,
        /// Specifies which requests CloudFront signs (adds authentication information to). Specify ``always`` for the most common use case. For more information, see origin access control advanced settings in the *Amazon CloudFront Developer Guide*. This field can have one of the following values: + ``always`` – CloudFront signs all origin requests, overwriting the ``Authorization`` header from the viewer request ...
        ///
        /// Required.
        #[serde(rename = "SigningBehavior")]
        pub signing_behavior: Value<String>,
        /// The signing protocol of the origin access control, which determines how CloudFront signs (authenticates) requests. The only valid value is ``sigv4``.
        ///
        /// Required.
        #[serde(rename = "SigningProtocol")]
        pub signing_protocol: Value<String>,
    }
}
pub use origin_access_control::OriginAccessControl;

/// `AWS::CloudFront::ResponseHeadersPolicy`: the resource and its property types.
pub mod response_headers_policy {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// A response headers policy. A response headers policy contains information about a set of HTTP response headers. After you create a response headers policy, you can use its ID to attach it to one or more cache behaviors in a CloudFront distribution. When it's attached to a cache behavior, the response headers policy affects the HTTP headers that CloudFront includes in HTTP responses to requests that ...
    ///
    /// CloudFormation type `AWS::CloudFront::ResponseHeadersPolicy`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ResponseHeadersPolicy {
        /// A response headers policy configuration.
        ///
        /// Required.
        #[serde(rename = "ResponseHeadersPolicyConfig")]
        pub response_headers_policy_config: ResponseHeadersPolicyConfig,
    }

    impl CfnResource for ResponseHeadersPolicy {
        const TYPE: &'static str = "AWS::CloudFront::ResponseHeadersPolicy";
        const TAGGING: Tagging = Tagging::None;
    }

    /// A list of HTTP header names that CloudFront includes as values for the ``Access-Control-Allow-Headers`` HTTP response header. For more information about the ``Access-Control-Allow-Headers`` HTTP response header, see Access-Control-Allow-Headers in the MDN Web Docs.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct AccessControlAllowHeaders {
        /// The list of HTTP header names. You can specify ``*`` to allow all headers.
        ///
        /// Required.
        #[serde(rename = "Items")]
        pub items: Vec<Value<String>>,
    }

    /// A list of HTTP methods that CloudFront includes as values for the ``Access-Control-Allow-Methods`` HTTP response header. For more information about the ``Access-Control-Allow-Methods`` HTTP response header, see Access-Control-Allow-Methods in the MDN Web Docs.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct AccessControlAllowMethods {
        /// The list of HTTP methods. Valid values are: + ``GET`` + ``DELETE`` + ``HEAD`` + ``OPTIONS`` + ``PATCH`` + ``POST`` + ``PUT`` + ``ALL`` ``ALL`` is a special value that includes all of the listed HTTP methods.
        ///
        /// Required.
        #[serde(rename = "Items")]
        pub items: Vec<Value<String>>,
    }

    /// A list of origins (domain names) that CloudFront can use as the value for the ``Access-Control-Allow-Origin`` HTTP response header. For more information about the ``Access-Control-Allow-Origin`` HTTP response header, see Access-Control-Allow-Origin in the MDN Web Docs.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct AccessControlAllowOrigins {
        /// The list of origins (domain names). You can specify ``*`` to allow all origins.
        ///
        /// Required.
        #[serde(rename = "Items")]
        pub items: Vec<Value<String>>,
    }

    /// A list of HTTP headers that CloudFront includes as values for the ``Access-Control-Expose-Headers`` HTTP response header. For more information about the ``Access-Control-Expose-Headers`` HTTP response header, see Access-Control-Expose-Headers in the MDN Web Docs.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct AccessControlExposeHeaders {
        /// The list of HTTP headers. You can specify ``*`` to expose all headers.
        ///
        /// Required.
        #[serde(rename = "Items")]
        pub items: Vec<Value<String>>,
    }

    /// The policy directives and their values that CloudFront includes as values for the ``Content-Security-Policy`` HTTP response header. For more information about the ``Content-Security-Policy`` HTTP response header, see Content-Security-Policy in the MDN Web Docs.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ContentSecurityPolicy {
        /// The policy directives and their values that CloudFront includes as values for the ``Content-Security-Policy`` HTTP response header. For more information about the ``Content-Security-Policy`` HTTP response header, see Content-Security-Policy in the MDN Web Docs.
        ///
        /// Required.
        #[serde(rename = "ContentSecurityPolicy")]
        pub content_security_policy: Value<String>,
        /// A Boolean that determines whether CloudFront overrides the ``Content-Security-Policy`` HTTP response header received from the origin with the one specified in this response headers policy.
        ///
        /// Required.
        #[serde(rename = "Override")]
        pub r#override: Value<bool>,
    }

    /// Determines whether CloudFront includes the ``X-Content-Type-Options`` HTTP response header with its value set to ``nosniff``. For more information about the ``X-Content-Type-Options`` HTTP response header, see X-Content-Type-Options in the MDN Web Docs.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ContentTypeOptions {
        /// A Boolean that determines whether CloudFront overrides the ``X-Content-Type-Options`` HTTP response header received from the origin with the one specified in this response headers policy.
        ///
        /// Required.
        #[serde(rename = "Override")]
        pub r#override: Value<bool>,
    }

    /// A configuration for a set of HTTP response headers that are used for cross-origin resource sharing (CORS). CloudFront adds these headers to HTTP responses that it sends for CORS requests that match a cache behavior associated with this response headers policy. For more information about CORS, see Cross-Origin Resource Sharing (CORS) in the MDN Web Docs.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct CorsConfig {
        /// A Boolean that CloudFront uses as the value for the ``Access-Control-Allow-Credentials`` HTTP response header. For more information about the ``Access-Control-Allow-Credentials`` HTTP response header, see Access-Control-Allow-Credentials in the MDN Web Docs.
        ///
        /// Required.
        #[serde(rename = "AccessControlAllowCredentials")]
        pub access_control_allow_credentials: Value<bool>,
        /// A list of HTTP header names that CloudFront includes as values for the ``Access-Control-Allow-Headers`` HTTP response header. For more information about the ``Access-Control-Allow-Headers`` HTTP response header, see Access-Control-Allow-Headers in the MDN Web Docs.
        ///
        /// Required.
        #[serde(rename = "AccessControlAllowHeaders")]
        pub access_control_allow_headers: AccessControlAllowHeaders,
        /// A list of HTTP methods that CloudFront includes as values for the ``Access-Control-Allow-Methods`` HTTP response header. For more information about the ``Access-Control-Allow-Methods`` HTTP response header, see Access-Control-Allow-Methods in the MDN Web Docs.
        ///
        /// Required.
        #[serde(rename = "AccessControlAllowMethods")]
        pub access_control_allow_methods: AccessControlAllowMethods,
        /// A list of origins (domain names) that CloudFront can use as the value for the ``Access-Control-Allow-Origin`` HTTP response header. For more information about the ``Access-Control-Allow-Origin`` HTTP response header, see Access-Control-Allow-Origin in the MDN Web Docs.
        ///
        /// Required.
        #[serde(rename = "AccessControlAllowOrigins")]
        pub access_control_allow_origins: AccessControlAllowOrigins,
        /// A list of HTTP headers that CloudFront includes as values for the ``Access-Control-Expose-Headers`` HTTP response header. For more information about the ``Access-Control-Expose-Headers`` HTTP response header, see Access-Control-Expose-Headers in the MDN Web Docs.
        #[serde(
            rename = "AccessControlExposeHeaders",
            skip_serializing_if = "Option::is_none"
        )]
        pub access_control_expose_headers: Option<AccessControlExposeHeaders>,
        /// A number that CloudFront uses as the value for the ``Access-Control-Max-Age`` HTTP response header. For more information about the ``Access-Control-Max-Age`` HTTP response header, see Access-Control-Max-Age in the MDN Web Docs.
        #[serde(
            rename = "AccessControlMaxAgeSec",
            skip_serializing_if = "Option::is_none"
        )]
        pub access_control_max_age_sec: Option<Value<i64>>,
        /// A Boolean that determines whether CloudFront overrides HTTP response headers received from the origin with the ones specified in this response headers policy.
        ///
        /// Required.
        #[serde(rename = "OriginOverride")]
        pub origin_override: Value<bool>,
    }

    /// An HTTP response header name and its value. CloudFront includes this header in HTTP responses that it sends for requests that match a cache behavior that's associated with this response headers policy.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct CustomHeader {
        /// The HTTP response header name.
        ///
        /// Required.
        #[serde(rename = "Header")]
        pub header: Value<String>,
        /// A Boolean that determines whether CloudFront overrides a response header with the same name received from the origin with the header specified here.
        ///
        /// Required.
        #[serde(rename = "Override")]
        pub r#override: Value<bool>,
        /// The value for the HTTP response header.
        ///
        /// Required.
        #[serde(rename = "Value")]
        pub value: Value<String>,
    }

    /// A list of HTTP response header names and their values. CloudFront includes these headers in HTTP responses that it sends for requests that match a cache behavior that's associated with this response headers policy.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct CustomHeadersConfig {
        /// The list of HTTP response headers and their values.
        ///
        /// Required.
        #[serde(rename = "Items")]
        pub items: Vec<CustomHeader>,
    }

    /// Determines whether CloudFront includes the ``X-Frame-Options`` HTTP response header and the header's value. For more information about the ``X-Frame-Options`` HTTP response header, see X-Frame-Options in the MDN Web Docs.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct FrameOptions {
        /// The value of the ``X-Frame-Options`` HTTP response header. Valid values are ``DENY`` and ``SAMEORIGIN``. For more information about these values, see X-Frame-Options in the MDN Web Docs.
        ///
        /// Required.
        #[serde(rename = "FrameOption")]
        pub frame_option: Value<String>,
        /// A Boolean that determines whether CloudFront overrides the ``X-Frame-Options`` HTTP response header received from the origin with the one specified in this response headers policy.
        ///
        /// Required.
        #[serde(rename = "Override")]
        pub r#override: Value<bool>,
    }

    /// Determines whether CloudFront includes the ``Referrer-Policy`` HTTP response header and the header's value. For more information about the ``Referrer-Policy`` HTTP response header, see Referrer-Policy in the MDN Web Docs.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ReferrerPolicy {
        /// A Boolean that determines whether CloudFront overrides the ``Referrer-Policy`` HTTP response header received from the origin with the one specified in this response headers policy.
        ///
        /// Required.
        #[serde(rename = "Override")]
        pub r#override: Value<bool>,
        /// Determines whether CloudFront includes the ``Referrer-Policy`` HTTP response header and the header's value. For more information about the ``Referrer-Policy`` HTTP response header, see Referrer-Policy in the MDN Web Docs.
        ///
        /// Required.
        #[serde(rename = "ReferrerPolicy")]
        pub referrer_policy: Value<String>,
    }

    /// The name of an HTTP header that CloudFront removes from HTTP responses to requests that match the cache behavior that this response headers policy is attached to.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct RemoveHeader {
        /// The HTTP header name.
        ///
        /// Required.
        #[serde(rename = "Header")]
        pub header: Value<String>,
    }

    /// A list of HTTP header names that CloudFront removes from HTTP responses to requests that match the cache behavior that this response headers policy is attached to.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct RemoveHeadersConfig {
        /// The list of HTTP header names.
        ///
        /// Required.
        #[serde(rename = "Items")]
        pub items: Vec<RemoveHeader>,
    }

    /// A response headers policy configuration. A response headers policy configuration contains metadata about the response headers policy, and configurations for sets of HTTP response headers.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ResponseHeadersPolicyConfig {
        /// A comment to describe the response headers policy. The comment cannot be longer than 128 characters.
        #[serde(rename = "Comment", skip_serializing_if = "Option::is_none")]
        pub comment: Option<Value<String>>,
        /// A configuration for a set of HTTP response headers that are used for cross-origin resource sharing (CORS).
        #[serde(rename = "CorsConfig", skip_serializing_if = "Option::is_none")]
        pub cors_config: Option<CorsConfig>,
        /// A configuration for a set of custom HTTP response headers.
        #[serde(
            rename = "CustomHeadersConfig",
            skip_serializing_if = "Option::is_none"
        )]
        pub custom_headers_config: Option<CustomHeadersConfig>,
        /// A name to identify the response headers policy. The name must be unique for response headers policies in this AWS-account.
        ///
        /// Required.
        #[serde(rename = "Name")]
        pub name: Value<String>,
        /// A configuration for a set of HTTP headers to remove from the HTTP response.
        #[serde(
            rename = "RemoveHeadersConfig",
            skip_serializing_if = "Option::is_none"
        )]
        pub remove_headers_config: Option<RemoveHeadersConfig>,
        /// A configuration for a set of security-related HTTP response headers.
        #[serde(
            rename = "SecurityHeadersConfig",
            skip_serializing_if = "Option::is_none"
        )]
        pub security_headers_config: Option<SecurityHeadersConfig>,
        /// A configuration for enabling the ``Server-Timing`` header in HTTP responses sent from CloudFront.
        #[serde(
            rename = "ServerTimingHeadersConfig",
            skip_serializing_if = "Option::is_none"
        )]
        pub server_timing_headers_config: Option<ServerTimingHeadersConfig>,
    }

    /// A configuration for a set of security-related HTTP response headers. CloudFront adds these headers to HTTP responses that it sends for requests that match a cache behavior associated with this response headers policy.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct SecurityHeadersConfig {
        /// The policy directives and their values that CloudFront includes as values for the ``Content-Security-Policy`` HTTP response header. For more information about the ``Content-Security-Policy`` HTTP response header, see Content-Security-Policy in the MDN Web Docs.
        #[serde(
            rename = "ContentSecurityPolicy",
            skip_serializing_if = "Option::is_none"
        )]
        pub content_security_policy: Option<ContentSecurityPolicy>,
        /// Determines whether CloudFront includes the ``X-Content-Type-Options`` HTTP response header with its value set to ``nosniff``. For more information about the ``X-Content-Type-Options`` HTTP response header, see X-Content-Type-Options in the MDN Web Docs.
        #[serde(rename = "ContentTypeOptions", skip_serializing_if = "Option::is_none")]
        pub content_type_options: Option<ContentTypeOptions>,
        /// Determines whether CloudFront includes the ``X-Frame-Options`` HTTP response header and the header's value. For more information about the ``X-Frame-Options`` HTTP response header, see X-Frame-Options in the MDN Web Docs.
        #[serde(rename = "FrameOptions", skip_serializing_if = "Option::is_none")]
        pub frame_options: Option<FrameOptions>,
        /// Determines whether CloudFront includes the ``Referrer-Policy`` HTTP response header and the header's value. For more information about the ``Referrer-Policy`` HTTP response header, see Referrer-Policy in the MDN Web Docs.
        #[serde(rename = "ReferrerPolicy", skip_serializing_if = "Option::is_none")]
        pub referrer_policy: Option<ReferrerPolicy>,
        /// Determines whether CloudFront includes the ``Strict-Transport-Security`` HTTP response header and the header's value. For more information about the ``Strict-Transport-Security`` HTTP response header, see Security headers in the *Amazon CloudFront Developer Guide* and Strict-Transport-Security in the MDN Web Docs.
        #[serde(
            rename = "StrictTransportSecurity",
            skip_serializing_if = "Option::is_none"
        )]
        pub strict_transport_security: Option<StrictTransportSecurity>,
        /// Determines whether CloudFront includes the ``X-XSS-Protection`` HTTP response header and the header's value. For more information about the ``X-XSS-Protection`` HTTP response header, see X-XSS-Protection in the MDN Web Docs.
        #[serde(rename = "XSSProtection", skip_serializing_if = "Option::is_none")]
        pub xss_protection: Option<XssProtection>,
    }

    /// A configuration for enabling the ``Server-Timing`` header in HTTP responses sent from CloudFront.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ServerTimingHeadersConfig {
        /// A Boolean that determines whether CloudFront adds the ``Server-Timing`` header to HTTP responses that it sends in response to requests that match a cache behavior that's associated with this response headers policy.
        ///
        /// Required.
        #[serde(rename = "Enabled")]
        pub enabled: Value<bool>,
        /// A number 0–100 (inclusive) that specifies the percentage of responses that you want CloudFront to add the ``Server-Timing`` header to. When you set the sampling rate to 100, CloudFront adds the ``Server-Timing`` header to the HTTP response for every request that matches the cache behavior that this response headers policy is attached to. When you set it to 50, CloudFront adds the header to 50% of ...
        #[serde(rename = "SamplingRate", skip_serializing_if = "Option::is_none")]
        pub sampling_rate: Option<Value<f64>>,
    }

    /// Determines whether CloudFront includes the ``Strict-Transport-Security`` HTTP response header and the header's value. For more information about the ``Strict-Transport-Security`` HTTP response header, see Strict-Transport-Security in the MDN Web Docs.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct StrictTransportSecurity {
        /// A number that CloudFront uses as the value for the ``max-age`` directive in the ``Strict-Transport-Security`` HTTP response header.
        ///
        /// Required.
        #[serde(rename = "AccessControlMaxAgeSec")]
        pub access_control_max_age_sec: Value<i64>,
        /// A Boolean that determines whether CloudFront includes the ``includeSubDomains`` directive in the ``Strict-Transport-Security`` HTTP response header.
        #[serde(rename = "IncludeSubdomains", skip_serializing_if = "Option::is_none")]
        pub include_subdomains: Option<Value<bool>>,
        /// A Boolean that determines whether CloudFront overrides the ``Strict-Transport-Security`` HTTP response header received from the origin with the one specified in this response headers policy.
        ///
        /// Required.
        #[serde(rename = "Override")]
        pub r#override: Value<bool>,
        /// A Boolean that determines whether CloudFront includes the ``preload`` directive in the ``Strict-Transport-Security`` HTTP response header.
        #[serde(rename = "Preload", skip_serializing_if = "Option::is_none")]
        pub preload: Option<Value<bool>>,
    }

    /// Determines whether CloudFront includes the ``X-XSS-Protection`` HTTP response header and the header's value. For more information about the ``X-XSS-Protection`` HTTP response header, see X-XSS-Protection in the MDN Web Docs.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct XssProtection {
        /// A Boolean that determines whether CloudFront includes the ``mode=block`` directive in the ``X-XSS-Protection`` header. For more information about this directive, see X-XSS-Protection in the MDN Web Docs.
        #[serde(rename = "ModeBlock", skip_serializing_if = "Option::is_none")]
        pub mode_block: Option<Value<bool>>,
        /// A Boolean that determines whether CloudFront overrides the ``X-XSS-Protection`` HTTP response header received from the origin with the one specified in this response headers policy.
        ///
        /// Required.
        #[serde(rename = "Override")]
        pub r#override: Value<bool>,
        /// A Boolean that determines the value of the ``X-XSS-Protection`` HTTP response header. When this setting is ``true``, the value of the ``X-XSS-Protection`` header is ``1``. When this setting is ``false``, the value of the ``X-XSS-Protection`` header is ``0``. For more information about these settings, see X-XSS-Protection in the MDN Web Docs.
        ///
        /// Required.
        #[serde(rename = "Protection")]
        pub protection: Value<bool>,
        /// A reporting URI, which CloudFront uses as the value of the ``report`` directive in the ``X-XSS-Protection`` header. You cannot specify a ``ReportUri`` when ``ModeBlock`` is ``true``. For more information about using a reporting URL, see X-XSS-Protection in the MDN Web Docs.
        #[serde(rename = "ReportUri", skip_serializing_if = "Option::is_none")]
        pub report_uri: Option<Value<String>>,
    }
}
pub use response_headers_policy::ResponseHeadersPolicy;
