// Written by `cargo xtask codegen` from CloudFormation's resource provider
// schemas; do not edit by hand.

//! L1 structs of the listed `AWS::ElasticLoadBalancingV2::*` types.

/// `AWS::ElasticLoadBalancingV2::LoadBalancer`: the resource and its property types.
pub mod load_balancer {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// Specifies an Application Load Balancer, a Network Load Balancer, or a Gateway Load Balancer.
    ///
    /// CloudFormation type `AWS::ElasticLoadBalancingV2::LoadBalancer`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct LoadBalancer {
        /// Indicates whether to enable stabilization when creating or updating an LCU reservation. This ensures that the final stack status reflects the status of the LCU reservation. The default is ``false``.
        #[serde(
            rename = "EnableCapacityReservationProvisionStabilize",
            skip_serializing_if = "Option::is_none"
        )]
        pub enable_capacity_reservation_provision_stabilize: Option<Value<bool>>,
        /// \[Network Load Balancers with UDP listeners\] Indicates whether to use an IPv6 prefix from each subnet for source NAT. The IP address type must be ``dualstack``. The default value is ``off``.
        #[serde(
            rename = "EnablePrefixForIpv6SourceNat",
            skip_serializing_if = "Option::is_none"
        )]
        pub enable_prefix_for_ipv6_source_nat: Option<Value<String>>,
        /// Indicates whether to evaluate inbound security group rules for traffic sent to a Network Load Balancer through privatelink. The default is ``on``. You can't configure this property on a Network Load Balancer unless you associated a security group with the load balancer when you created it.
        #[serde(
            rename = "EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic",
            skip_serializing_if = "Option::is_none"
        )]
        pub enforce_security_group_inbound_rules_on_private_link_traffic: Option<Value<String>>,
        /// The IP address type. Internal load balancers must use ``ipv4``. \[Application Load Balancers\] The possible values are ``ipv4`` (IPv4 addresses), ``dualstack`` (IPv4 and IPv6 addresses), and ``dualstack-without-public-ipv4`` (public IPv6 addresses and private IPv4 and IPv6 addresses). Application Load Balancer authentication supports IPv4 addresses only when connecting to an Identity Provider (IdP) ...
        #[serde(rename = "IpAddressType", skip_serializing_if = "Option::is_none")]
        pub ip_address_type: Option<Value<String>>,
        /// The ID of the IPv4 IPAM pool.
        #[serde(rename = "Ipv4IpamPoolId", skip_serializing_if = "Option::is_none")]
        pub ipv4_ipam_pool_id: Option<Value<String>>,
        /// The load balancer attributes. Attributes that you do not modify retain their current values.
        #[serde(
            rename = "LoadBalancerAttributes",
            skip_serializing_if = "Option::is_none"
        )]
        pub load_balancer_attributes: Option<Vec<crate::cfn::Tag>>,
        /// The minimum capacity for a load balancer.
        #[serde(
            rename = "MinimumLoadBalancerCapacity",
            skip_serializing_if = "Option::is_none"
        )]
        pub minimum_load_balancer_capacity: Option<MinimumLoadBalancerCapacity>,
        /// The name of the load balancer. This name must be unique per region per account, can have a maximum of 32 characters, must contain only alphanumeric characters or hyphens, must not begin or end with a hyphen, and must not begin with "internal-". If you don't specify a name, AWS CloudFormation generates a unique physical ID for the load balancer. If you specify a name, you cannot perform updates that ...
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "Name", skip_serializing_if = "Option::is_none")]
        pub name: Option<Value<String>>,
        /// The nodes of an Internet-facing load balancer have public IP addresses. The DNS name of an Internet-facing load balancer is publicly resolvable to the public IP addresses of the nodes. Therefore, Internet-facing load balancers can route requests from clients over the internet. The nodes of an internal load balancer have only private IP addresses. The DNS name of an internal load balancer is publicly ...
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "Scheme", skip_serializing_if = "Option::is_none")]
        pub scheme: Option<Value<String>>,
        /// \[Application Load Balancers and Network Load Balancers\] The IDs of the security groups for the load balancer.
        #[serde(rename = "SecurityGroups", skip_serializing_if = "Option::is_none")]
        pub security_groups: Option<Vec<Value<String>>>,
        /// The IDs of the subnets. You can specify only one subnet per Availability Zone. You must specify either subnets or subnet mappings, but not both. \[Application Load Balancers\] You must specify subnets from at least two Availability Zones. You can't specify Elastic IP addresses for your subnets. \[Application Load Balancers on Outposts\] You must specify one Outpost subnet. \[Application Load Balancers ...
        #[serde(rename = "SubnetMappings", skip_serializing_if = "Option::is_none")]
        pub subnet_mappings: Option<Vec<SubnetMapping>>,
        /// The IDs of the subnets. You can specify only one subnet per Availability Zone. You must specify either subnets or subnet mappings, but not both. To specify an Elastic IP address, specify subnet mappings instead of subnets. \[Application Load Balancers\] You must specify subnets from at least two Availability Zones. \[Application Load Balancers on Outposts\] You must specify one Outpost subnet. \[Application ...
        #[serde(rename = "Subnets", skip_serializing_if = "Option::is_none")]
        pub subnets: Option<Vec<Value<String>>>,
        /// The tags to assign to the load balancer.
        #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<crate::cfn::Tag>>,
        /// The type of load balancer. The default is ``application``.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "Type", skip_serializing_if = "Option::is_none")]
        pub r#type: Option<Value<String>>,
    }

    impl CfnResource for LoadBalancer {
        const TYPE: &'static str = "AWS::ElasticLoadBalancingV2::LoadBalancer";
        const TAGGING: Tagging = Tagging::List;
    }

    /// The minimum capacity for a load balancer.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct MinimumLoadBalancerCapacity {
        /// The number of capacity units.
        ///
        /// Required.
        #[serde(rename = "CapacityUnits")]
        pub capacity_units: Value<i64>,
    }

    /// Specifies a subnet for a load balancer.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct SubnetMapping {
        /// \[Network Load Balancers\] The allocation ID of the Elastic IP address for an internet-facing load balancer.
        #[serde(rename = "AllocationId", skip_serializing_if = "Option::is_none")]
        pub allocation_id: Option<Value<String>>,
        /// \[Network Load Balancers\] The IPv6 address.
        #[serde(rename = "IPv6Address", skip_serializing_if = "Option::is_none")]
        pub i_pv6_address: Option<Value<String>>,
        /// \[Network Load Balancers\] The private IPv4 address for an internal load balancer.
        #[serde(rename = "PrivateIPv4Address", skip_serializing_if = "Option::is_none")]
        pub private_i_pv4_address: Option<Value<String>>,
        /// \[Network Load Balancers with UDP listeners\] The IPv6 prefix to use for source NAT. Specify an IPv6 prefix (/80 netmask) from the subnet CIDR block or ``auto_assigned`` to use an IPv6 prefix selected at random from the subnet CIDR block.
        #[serde(
            rename = "SourceNatIpv6Prefix",
            skip_serializing_if = "Option::is_none"
        )]
        pub source_nat_ipv6_prefix: Option<Value<String>>,
        /// The ID of the subnet.
        ///
        /// Required.
        #[serde(rename = "SubnetId")]
        pub subnet_id: Value<String>,
    }
}
pub use load_balancer::LoadBalancer;

/// `AWS::ElasticLoadBalancingV2::Listener`: the resource and its property types.
pub mod listener {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// Specifies a listener for an Application Load Balancer, Network Load Balancer, or Gateway Load Balancer.
    ///
    /// CloudFormation type `AWS::ElasticLoadBalancingV2::Listener`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Listener {
        /// \[TLS listener\] The name of the Application-Layer Protocol Negotiation (ALPN) policy.
        #[serde(rename = "AlpnPolicy", skip_serializing_if = "Option::is_none")]
        pub alpn_policy: Option<Vec<Value<String>>>,
        /// The default SSL server certificate for a secure listener. You must provide exactly one certificate if the listener protocol is HTTPS or TLS. For an HTTPS listener, update requires some interruptions. For a TLS listener, update requires no interruption. To create a certificate list for a secure listener, use AWS::ElasticLoadBalancingV2::ListenerCertificate.
        #[serde(rename = "Certificates", skip_serializing_if = "Option::is_none")]
        pub certificates: Option<Vec<Certificate>>,
        /// The actions for the default rule. You cannot define a condition for a default rule. To create additional rules for an Application Load Balancer, use AWS::ElasticLoadBalancingV2::ListenerRule.
        ///
        /// Required.
        #[serde(rename = "DefaultActions")]
        pub default_actions: Vec<Action>,
        /// The listener attributes. Attributes that you do not modify retain their current values.
        #[serde(rename = "ListenerAttributes", skip_serializing_if = "Option::is_none")]
        pub listener_attributes: Option<Vec<crate::cfn::Tag>>,
        /// The Amazon Resource Name (ARN) of the load balancer.
        ///
        /// Required.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "LoadBalancerArn")]
        pub load_balancer_arn: Value<String>,
        /// The mutual authentication configuration information.
        #[serde(
            rename = "MutualAuthentication",
            skip_serializing_if = "Option::is_none"
        )]
        pub mutual_authentication: Option<MutualAuthentication>,
        /// The port on which the load balancer is listening. You can't specify a port for a Gateway Load Balancer.
        #[serde(rename = "Port", skip_serializing_if = "Option::is_none")]
        pub port: Option<Value<i64>>,
        /// The protocol for connections from clients to the load balancer. For Application Load Balancers, the supported protocols are HTTP and HTTPS. For Network Load Balancers, the supported protocols are TCP, TLS, UDP, TCP_UDP, QUIC, and TCP_QUIC. You can’t specify the UDP, TCP_UDP, QUIC, or TCP_QUIC protocol if dual-stack mode is enabled. You can't specify a protocol for a Gateway Load Balancer.
        #[serde(rename = "Protocol", skip_serializing_if = "Option::is_none")]
        pub protocol: Option<Value<String>>,
        /// \[HTTPS and TLS listeners\] The security policy that defines which protocols and ciphers are supported. For more information, see Security policies in the *Application Load Balancers Guide* and Security policies in the *Network Load Balancers Guide*. \[HTTPS listeners\] Updating the security policy can result in interruptions if the load balancer is handling a high volume of traffic. To decrease the ...
        #[serde(rename = "SslPolicy", skip_serializing_if = "Option::is_none")]
        pub ssl_policy: Option<Value<String>>,
        /// The `Tags` property.
        #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<crate::cfn::Tag>>,
    }

    impl CfnResource for Listener {
        const TYPE: &'static str = "AWS::ElasticLoadBalancingV2::Listener";
        const TAGGING: Tagging = Tagging::List;
    }

    /// Specifies an action for a listener rule.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Action {
        /// \[HTTPS listeners\] Information for using Amazon Cognito to authenticate users. Specify only when ``Type`` is ``authenticate-cognito``.
        #[serde(
            rename = "AuthenticateCognitoConfig",
            skip_serializing_if = "Option::is_none"
        )]
        pub authenticate_cognito_config: Option<AuthenticateCognitoConfig>,
        /// \[HTTPS listeners\] Information about an identity provider that is compliant with OpenID Connect (OIDC). Specify only when ``Type`` is ``authenticate-oidc``.
        #[serde(
            rename = "AuthenticateOidcConfig",
            skip_serializing_if = "Option::is_none"
        )]
        pub authenticate_oidc_config: Option<AuthenticateOidcConfig>,
        /// \[Application Load Balancer\] Information for creating an action that returns a custom HTTP response. Specify only when ``Type`` is ``fixed-response``.
        #[serde(
            rename = "FixedResponseConfig",
            skip_serializing_if = "Option::is_none"
        )]
        pub fixed_response_config: Option<FixedResponseConfig>,
        /// Information for creating an action that distributes requests among multiple target groups. Specify only when ``Type`` is ``forward``. If you specify both ``ForwardConfig`` and ``TargetGroupArn``, you can specify only one target group using ``ForwardConfig`` and it must be the same target group specified in ``TargetGroupArn``.
        #[serde(rename = "ForwardConfig", skip_serializing_if = "Option::is_none")]
        pub forward_config: Option<ForwardConfig>,
        /// \[HTTPS listeners\] Information for validating JWT access tokens in client requests. Specify only when ``Type`` is ``jwt-validation``.
        #[serde(
            rename = "JwtValidationConfig",
            skip_serializing_if = "Option::is_none"
        )]
        pub jwt_validation_config: Option<JwtValidationConfig>,
        /// The order for the action. This value is required for rules with multiple actions. The action with the lowest value for order is performed first.
        #[serde(rename = "Order", skip_serializing_if = "Option::is_none")]
        pub order: Option<Value<i64>>,
        /// \[Application Load Balancer\] Information for creating a redirect action. Specify only when ``Type`` is ``redirect``.
        #[serde(rename = "RedirectConfig", skip_serializing_if = "Option::is_none")]
        pub redirect_config: Option<RedirectConfig>,
        /// The Amazon Resource Name (ARN) of the target group. Specify only when ``Type`` is ``forward`` and you want to route to a single target group. To route to multiple target groups, you must use ``ForwardConfig`` instead.
        #[serde(rename = "TargetGroupArn", skip_serializing_if = "Option::is_none")]
        pub target_group_arn: Option<Value<String>>,
        /// The type of action.
        ///
        /// Required.
        #[serde(rename = "Type")]
        pub r#type: Value<String>,
    }

    /// Specifies information required when integrating with Amazon Cognito to authenticate users.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct AuthenticateCognitoConfig {
        /// The query parameters (up to 10) to include in the redirect request to the authorization endpoint.
        #[serde(
            rename = "AuthenticationRequestExtraParams",
            skip_serializing_if = "Option::is_none"
        )]
        pub authentication_request_extra_params: Option<BTreeMap<String, Value<String>>>,
        /// The behavior if the user is not authenticated. The following are possible values: + deny`` - Return an HTTP 401 Unauthorized error. + allow`` - Allow the request to be forwarded to the target. + authenticate`` - Redirect the request to the IdP authorization endpoint. This is the default value.
        #[serde(
            rename = "OnUnauthenticatedRequest",
            skip_serializing_if = "Option::is_none"
        )]
        pub on_unauthenticated_request: Option<Value<String>>,
        /// The set of user claims to be requested from the IdP. The default is ``openid``. To verify which scope values your IdP supports and how to separate multiple values, see the documentation for your IdP.
        #[serde(rename = "Scope", skip_serializing_if = "Option::is_none")]
        pub scope: Option<Value<String>>,
        /// The name of the cookie used to maintain session information. The default is AWSELBAuthSessionCookie.
        #[serde(rename = "SessionCookieName", skip_serializing_if = "Option::is_none")]
        pub session_cookie_name: Option<Value<String>>,
        /// The maximum duration of the authentication session, in seconds. The default is 604800 seconds (7 days).
        #[serde(rename = "SessionTimeout", skip_serializing_if = "Option::is_none")]
        pub session_timeout: Option<Value<String>>,
        /// The Amazon Resource Name (ARN) of the Amazon Cognito user pool.
        ///
        /// Required.
        #[serde(rename = "UserPoolArn")]
        pub user_pool_arn: Value<String>,
        /// The ID of the Amazon Cognito user pool client.
        ///
        /// Required.
        #[serde(rename = "UserPoolClientId")]
        pub user_pool_client_id: Value<String>,
        /// The domain prefix or fully-qualified domain name of the Amazon Cognito user pool.
        ///
        /// Required.
        #[serde(rename = "UserPoolDomain")]
        pub user_pool_domain: Value<String>,
    }

    /// Specifies information required using an identity provide (IdP) that is compliant with OpenID Connect (OIDC) to authenticate users.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct AuthenticateOidcConfig {
        /// The query parameters (up to 10) to include in the redirect request to the authorization endpoint.
        #[serde(
            rename = "AuthenticationRequestExtraParams",
            skip_serializing_if = "Option::is_none"
        )]
        pub authentication_request_extra_params: Option<BTreeMap<String, Value<String>>>,
        /// The authorization endpoint of the IdP. This must be a full URL, including the HTTPS protocol, the domain, and the path.
        ///
        /// Required.
        #[serde(rename = "AuthorizationEndpoint")]
        pub authorization_endpoint: Value<String>,
        /// The OAuth 2.0 client identifier.
        ///
        /// Required.
        #[serde(rename = "ClientId")]
        pub client_id: Value<String>,
        /// The OAuth 2.0 client secret. This parameter is required if you are creating a rule. If you are modifying a rule, you can omit this parameter if you set ``UseExistingClientSecret`` to true.
        #[serde(rename = "ClientSecret", skip_serializing_if = "Option::is_none")]
        pub client_secret: Option<Value<String>>,
        /// The OIDC issuer identifier of the IdP. This must be a full URL, including the HTTPS protocol, the domain, and the path.
        ///
        /// Required.
        #[serde(rename = "Issuer")]
        pub issuer: Value<String>,
        /// The behavior if the user is not authenticated. The following are possible values: + deny`` - Return an HTTP 401 Unauthorized error. + allow`` - Allow the request to be forwarded to the target. + authenticate`` - Redirect the request to the IdP authorization endpoint. This is the default value.
        #[serde(
            rename = "OnUnauthenticatedRequest",
            skip_serializing_if = "Option::is_none"
        )]
        pub on_unauthenticated_request: Option<Value<String>>,
        /// The set of user claims to be requested from the IdP. The default is ``openid``. To verify which scope values your IdP supports and how to separate multiple values, see the documentation for your IdP.
        #[serde(rename = "Scope", skip_serializing_if = "Option::is_none")]
        pub scope: Option<Value<String>>,
        /// The name of the cookie used to maintain session information. The default is AWSELBAuthSessionCookie.
        #[serde(rename = "SessionCookieName", skip_serializing_if = "Option::is_none")]
        pub session_cookie_name: Option<Value<String>>,
        /// The maximum duration of the authentication session, in seconds. The default is 604800 seconds (7 days).
        #[serde(rename = "SessionTimeout", skip_serializing_if = "Option::is_none")]
        pub session_timeout: Option<Value<String>>,
        /// The token endpoint of the IdP. This must be a full URL, including the HTTPS protocol, the domain, and the path.
        ///
        /// Required.
        #[serde(rename = "TokenEndpoint")]
        pub token_endpoint: Value<String>,
        /// Indicates whether to use the existing client secret when modifying a rule. If you are creating a rule, you can omit this parameter or set it to false.
        #[serde(
            rename = "UseExistingClientSecret",
            skip_serializing_if = "Option::is_none"
        )]
        pub use_existing_client_secret: Option<Value<bool>>,
        /// The user info endpoint of the IdP. This must be a full URL, including the HTTPS protocol, the domain, and the path.
        ///
        /// Required.
        #[serde(rename = "UserInfoEndpoint")]
        pub user_info_endpoint: Value<String>,
    }

    /// Specifies an SSL server certificate to use as the default certificate for a secure listener.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Certificate {
        /// The Amazon Resource Name (ARN) of the certificate.
        #[serde(rename = "CertificateArn", skip_serializing_if = "Option::is_none")]
        pub certificate_arn: Option<Value<String>>,
    }

    /// Specifies information required when returning a custom HTTP response.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct FixedResponseConfig {
        /// The content type. Valid Values: text/plain | text/css | text/html | application/javascript | application/json
        #[serde(rename = "ContentType", skip_serializing_if = "Option::is_none")]
        pub content_type: Option<Value<String>>,
        /// The message.
        #[serde(rename = "MessageBody", skip_serializing_if = "Option::is_none")]
        pub message_body: Option<Value<String>>,
        /// The HTTP response code (2XX, 4XX, or 5XX).
        ///
        /// Required.
        #[serde(rename = "StatusCode")]
        pub status_code: Value<String>,
    }

    /// Information for creating an action that distributes requests among multiple target groups. Specify only when ``Type`` is ``forward``. If you specify both ``ForwardConfig`` and ``TargetGroupArn``, you can specify only one target group using ``ForwardConfig`` and it must be the same target group specified in ``TargetGroupArn``.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ForwardConfig {
        /// Information about the target group stickiness for a rule.
        #[serde(
            rename = "TargetGroupStickinessConfig",
            skip_serializing_if = "Option::is_none"
        )]
        pub target_group_stickiness_config: Option<TargetGroupStickinessConfig>,
        /// Information about how traffic will be distributed between multiple target groups in a forward rule.
        #[serde(rename = "TargetGroups", skip_serializing_if = "Option::is_none")]
        pub target_groups: Option<Vec<TargetGroupTuple>>,
    }

    /// Information about an additional claim to validate.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct JwtValidationActionAdditionalClaim {
        /// The format of the claim value.
        ///
        /// Required.
        #[serde(rename = "Format")]
        pub format: Value<String>,
        /// The name of the claim. You can't specify ``exp``, ``iss``, ``nbf``, or ``iat`` because we validate them by default.
        ///
        /// Required.
        #[serde(rename = "Name")]
        pub name: Value<String>,
        /// The claim value. The maximum size of the list is 10. Each value can be up to 256 characters in length. If the format is ``space-separated-values``, the values can't include spaces.
        ///
        /// Required.
        #[serde(rename = "Values")]
        pub values: Vec<Value<String>>,
    }

    /// The `JwtValidationConfig` property type of `AWS::ElasticLoadBalancingV2::Listener`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct JwtValidationConfig {
        /// The `AdditionalClaims` property.
        #[serde(rename = "AdditionalClaims", skip_serializing_if = "Option::is_none")]
        pub additional_claims: Option<Vec<JwtValidationActionAdditionalClaim>>,
        /// The `Issuer` property.
        ///
        /// Required.
        #[serde(rename = "Issuer")]
        pub issuer: Value<String>,
        /// The `JwksEndpoint` property.
        ///
        /// Required.
        #[serde(rename = "JwksEndpoint")]
        pub jwks_endpoint: Value<String>,
    }

    /// The mutual authentication configuration information.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct MutualAuthentication {
        /// Indicates whether trust store CA certificate names are advertised.
        #[serde(
            rename = "AdvertiseTrustStoreCaNames",
            skip_serializing_if = "Option::is_none"
        )]
        pub advertise_trust_store_ca_names: Option<Value<String>>,
        /// Indicates whether expired client certificates are ignored.
        #[serde(
            rename = "IgnoreClientCertificateExpiry",
            skip_serializing_if = "Option::is_none"
        )]
        pub ignore_client_certificate_expiry: Option<Value<bool>>,
        /// The client certificate handling method. Options are ``off``, ``passthrough`` or ``verify``. The default value on initial resource creation is ``off``. After mutual authentication is turned on, you must explicitly set the ``Mode`` to ``off`` to turn it off; removing the property from your template will not turn it off.
        #[serde(rename = "Mode", skip_serializing_if = "Option::is_none")]
        pub mode: Option<Value<String>>,
        /// The Amazon Resource Name (ARN) of the trust store.
        #[serde(rename = "TrustStoreArn", skip_serializing_if = "Option::is_none")]
        pub trust_store_arn: Option<Value<String>>,
    }

    /// Information about a redirect action. A URI consists of the following components: (link) You must modify at least one of the following components to avoid a redirect loop: protocol, hostname, port, or path. Any components that you do not modify retain their original values. You can reuse URI components using the following reserved keywords: + #{protocol} + #{host} + #{port} + #{path} (the leading "/" ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct RedirectConfig {
        /// The hostname. This component is not percent-encoded. The hostname can contain #{host}.
        #[serde(rename = "Host", skip_serializing_if = "Option::is_none")]
        pub host: Option<Value<String>>,
        /// The absolute path, starting with the leading "/". This component is not percent-encoded. The path can contain #{host}, #{path}, and #{port}.
        #[serde(rename = "Path", skip_serializing_if = "Option::is_none")]
        pub path: Option<Value<String>>,
        /// The port. You can specify a value from 1 to 65535 or #{port}.
        #[serde(rename = "Port", skip_serializing_if = "Option::is_none")]
        pub port: Option<Value<String>>,
        /// The protocol. You can specify HTTP, HTTPS, or #{protocol}. You can redirect HTTP to HTTP, HTTP to HTTPS, and HTTPS to HTTPS. You can't redirect HTTPS to HTTP.
        #[serde(rename = "Protocol", skip_serializing_if = "Option::is_none")]
        pub protocol: Option<Value<String>>,
        /// The query parameters, URL-encoded when necessary, but not percent-encoded. Do not include the leading "?", as it is automatically added. You can specify any of the reserved keywords.
        #[serde(rename = "Query", skip_serializing_if = "Option::is_none")]
        pub query: Option<Value<String>>,
        /// The HTTP redirect code. The redirect is either permanent (HTTP 301) or temporary (HTTP 302).
        ///
        /// Required.
        #[serde(rename = "StatusCode")]
        pub status_code: Value<String>,
    }

    /// Information about the target group stickiness for a rule.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct TargetGroupStickinessConfig {
        /// \[Application Load Balancers\] The time period, in seconds, during which requests from a client should be routed to the same target group. The range is 1-604800 seconds (7 days). You must specify this value when enabling target group stickiness.
        #[serde(rename = "DurationSeconds", skip_serializing_if = "Option::is_none")]
        pub duration_seconds: Option<Value<i64>>,
        /// Indicates whether target group stickiness is enabled.
        #[serde(rename = "Enabled", skip_serializing_if = "Option::is_none")]
        pub enabled: Option<Value<bool>>,
    }

    /// Information about how traffic will be distributed between multiple target groups in a forward rule.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct TargetGroupTuple {
        /// The Amazon Resource Name (ARN) of the target group.
        #[serde(rename = "TargetGroupArn", skip_serializing_if = "Option::is_none")]
        pub target_group_arn: Option<Value<String>>,
        /// The weight. The range is 0 to 999.
        #[serde(rename = "Weight", skip_serializing_if = "Option::is_none")]
        pub weight: Option<Value<i64>>,
    }
}
pub use listener::Listener;

/// `AWS::ElasticLoadBalancingV2::ListenerRule`: the resource and its property types.
pub mod listener_rule {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// Specifies a listener rule. The listener must be associated with an Application Load Balancer. Each rule consists of a priority, one or more actions, and one or more conditions. For more information, see Quotas for your Application Load Balancers in the *User Guide for Application Load Balancers*.
    ///
    /// CloudFormation type `AWS::ElasticLoadBalancingV2::ListenerRule`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ListenerRule {
        /// The actions. The rule must include exactly one of the following types of actions: ``forward``, ``fixed-response``, or ``redirect``, and it must be the last action to be performed. If the rule is for an HTTPS listener, it can also optionally include an authentication action.
        ///
        /// Required.
        #[serde(rename = "Actions")]
        pub actions: Vec<Action>,
        /// The conditions. The rule can optionally include up to one of each of the following conditions: ``http-request-method``, ``host-header``, ``path-pattern``, and ``source-ip``. A rule can also optionally include one or more of each of the following conditions: ``http-header`` and ``query-string``.
        ///
        /// Required.
        #[serde(rename = "Conditions")]
        pub conditions: Vec<RuleCondition>,
        /// The Amazon Resource Name (ARN) of the listener.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "ListenerArn", skip_serializing_if = "Option::is_none")]
        pub listener_arn: Option<Value<String>>,
        /// The rule priority. A listener can't have multiple rules with the same priority. If you try to reorder rules by updating their priorities, do not specify a new priority if an existing rule already uses this priority, as this can cause an error. If you need to reuse a priority with a different rule, you must remove it as a priority first, and then specify it in a subsequent update.
        ///
        /// Required.
        #[serde(rename = "Priority")]
        pub priority: Value<i64>,
        /// The `Tags` property.
        #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<crate::cfn::Tag>>,
        /// The `Transforms` property.
        #[serde(rename = "Transforms", skip_serializing_if = "Option::is_none")]
        pub transforms: Option<Vec<Transform>>,
    }

    impl CfnResource for ListenerRule {
        const TYPE: &'static str = "AWS::ElasticLoadBalancingV2::ListenerRule";
        const TAGGING: Tagging = Tagging::List;
    }

    /// Specifies an action for a listener rule.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Action {
        /// \[HTTPS listeners\] Information for using Amazon Cognito to authenticate users. Specify only when ``Type`` is ``authenticate-cognito``.
        #[serde(
            rename = "AuthenticateCognitoConfig",
            skip_serializing_if = "Option::is_none"
        )]
        pub authenticate_cognito_config: Option<AuthenticateCognitoConfig>,
        /// \[HTTPS listeners\] Information about an identity provider that is compliant with OpenID Connect (OIDC). Specify only when ``Type`` is ``authenticate-oidc``.
        #[serde(
            rename = "AuthenticateOidcConfig",
            skip_serializing_if = "Option::is_none"
        )]
        pub authenticate_oidc_config: Option<AuthenticateOidcConfig>,
        /// \[Application Load Balancer\] Information for creating an action that returns a custom HTTP response. Specify only when ``Type`` is ``fixed-response``.
        #[serde(
            rename = "FixedResponseConfig",
            skip_serializing_if = "Option::is_none"
        )]
        pub fixed_response_config: Option<FixedResponseConfig>,
        /// Information for creating an action that distributes requests among multiple target groups. Specify only when ``Type`` is ``forward``. If you specify both ``ForwardConfig`` and ``TargetGroupArn``, you can specify only one target group using ``ForwardConfig`` and it must be the same target group specified in ``TargetGroupArn``.
        #[serde(rename = "ForwardConfig", skip_serializing_if = "Option::is_none")]
        pub forward_config: Option<ForwardConfig>,
        /// \[HTTPS listeners\] Information for validating JWT access tokens in client requests. Specify only when ``Type`` is ``jwt-validation``.
        #[serde(
            rename = "JwtValidationConfig",
            skip_serializing_if = "Option::is_none"
        )]
        pub jwt_validation_config: Option<JwtValidationConfig>,
        /// The order for the action. This value is required for rules with multiple actions. The action with the lowest value for order is performed first.
        #[serde(rename = "Order", skip_serializing_if = "Option::is_none")]
        pub order: Option<Value<i64>>,
        /// \[Application Load Balancer\] Information for creating a redirect action. Specify only when ``Type`` is ``redirect``.
        #[serde(rename = "RedirectConfig", skip_serializing_if = "Option::is_none")]
        pub redirect_config: Option<RedirectConfig>,
        /// The Amazon Resource Name (ARN) of the target group. Specify only when ``Type`` is ``forward`` and you want to route to a single target group. To route to multiple target groups, you must use ``ForwardConfig`` instead.
        #[serde(rename = "TargetGroupArn", skip_serializing_if = "Option::is_none")]
        pub target_group_arn: Option<Value<String>>,
        /// The type of action.
        ///
        /// Required.
        #[serde(rename = "Type")]
        pub r#type: Value<String>,
    }

    /// Specifies information required when integrating with Amazon Cognito to authenticate users.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct AuthenticateCognitoConfig {
        /// The query parameters (up to 10) to include in the redirect request to the authorization endpoint.
        #[serde(
            rename = "AuthenticationRequestExtraParams",
            skip_serializing_if = "Option::is_none"
        )]
        pub authentication_request_extra_params: Option<BTreeMap<String, Value<String>>>,
        /// The behavior if the user is not authenticated. The following are possible values: + deny`` - Return an HTTP 401 Unauthorized error. + allow`` - Allow the request to be forwarded to the target. + authenticate`` - Redirect the request to the IdP authorization endpoint. This is the default value.
        #[serde(
            rename = "OnUnauthenticatedRequest",
            skip_serializing_if = "Option::is_none"
        )]
        pub on_unauthenticated_request: Option<Value<String>>,
        /// The set of user claims to be requested from the IdP. The default is ``openid``. To verify which scope values your IdP supports and how to separate multiple values, see the documentation for your IdP.
        #[serde(rename = "Scope", skip_serializing_if = "Option::is_none")]
        pub scope: Option<Value<String>>,
        /// The name of the cookie used to maintain session information. The default is AWSELBAuthSessionCookie.
        #[serde(rename = "SessionCookieName", skip_serializing_if = "Option::is_none")]
        pub session_cookie_name: Option<Value<String>>,
        /// The maximum duration of the authentication session, in seconds. The default is 604800 seconds (7 days).
        #[serde(rename = "SessionTimeout", skip_serializing_if = "Option::is_none")]
        pub session_timeout: Option<Value<i64>>,
        /// The Amazon Resource Name (ARN) of the Amazon Cognito user pool.
        ///
        /// Required.
        #[serde(rename = "UserPoolArn")]
        pub user_pool_arn: Value<String>,
        /// The ID of the Amazon Cognito user pool client.
        ///
        /// Required.
        #[serde(rename = "UserPoolClientId")]
        pub user_pool_client_id: Value<String>,
        /// The domain prefix or fully-qualified domain name of the Amazon Cognito user pool.
        ///
        /// Required.
        #[serde(rename = "UserPoolDomain")]
        pub user_pool_domain: Value<String>,
    }

    /// Specifies information required using an identity provide (IdP) that is compliant with OpenID Connect (OIDC) to authenticate users.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct AuthenticateOidcConfig {
        /// The query parameters (up to 10) to include in the redirect request to the authorization endpoint.
        #[serde(
            rename = "AuthenticationRequestExtraParams",
            skip_serializing_if = "Option::is_none"
        )]
        pub authentication_request_extra_params: Option<BTreeMap<String, Value<String>>>,
        /// The authorization endpoint of the IdP. This must be a full URL, including the HTTPS protocol, the domain, and the path.
        ///
        /// Required.
        #[serde(rename = "AuthorizationEndpoint")]
        pub authorization_endpoint: Value<String>,
        /// The OAuth 2.0 client identifier.
        ///
        /// Required.
        #[serde(rename = "ClientId")]
        pub client_id: Value<String>,
        /// The OAuth 2.0 client secret. This parameter is required if you are creating a rule. If you are modifying a rule, you can omit this parameter if you set ``UseExistingClientSecret`` to true.
        #[serde(rename = "ClientSecret", skip_serializing_if = "Option::is_none")]
        pub client_secret: Option<Value<String>>,
        /// The OIDC issuer identifier of the IdP. This must be a full URL, including the HTTPS protocol, the domain, and the path.
        ///
        /// Required.
        #[serde(rename = "Issuer")]
        pub issuer: Value<String>,
        /// The behavior if the user is not authenticated. The following are possible values: + deny`` - Return an HTTP 401 Unauthorized error. + allow`` - Allow the request to be forwarded to the target. + authenticate`` - Redirect the request to the IdP authorization endpoint. This is the default value.
        #[serde(
            rename = "OnUnauthenticatedRequest",
            skip_serializing_if = "Option::is_none"
        )]
        pub on_unauthenticated_request: Option<Value<String>>,
        /// The set of user claims to be requested from the IdP. The default is ``openid``. To verify which scope values your IdP supports and how to separate multiple values, see the documentation for your IdP.
        #[serde(rename = "Scope", skip_serializing_if = "Option::is_none")]
        pub scope: Option<Value<String>>,
        /// The name of the cookie used to maintain session information. The default is AWSELBAuthSessionCookie.
        #[serde(rename = "SessionCookieName", skip_serializing_if = "Option::is_none")]
        pub session_cookie_name: Option<Value<String>>,
        /// The maximum duration of the authentication session, in seconds. The default is 604800 seconds (7 days).
        #[serde(rename = "SessionTimeout", skip_serializing_if = "Option::is_none")]
        pub session_timeout: Option<Value<i64>>,
        /// The token endpoint of the IdP. This must be a full URL, including the HTTPS protocol, the domain, and the path.
        ///
        /// Required.
        #[serde(rename = "TokenEndpoint")]
        pub token_endpoint: Value<String>,
        /// Indicates whether to use the existing client secret when modifying a rule. If you are creating a rule, you can omit this parameter or set it to false.
        #[serde(
            rename = "UseExistingClientSecret",
            skip_serializing_if = "Option::is_none"
        )]
        pub use_existing_client_secret: Option<Value<bool>>,
        /// The user info endpoint of the IdP. This must be a full URL, including the HTTPS protocol, the domain, and the path.
        ///
        /// Required.
        #[serde(rename = "UserInfoEndpoint")]
        pub user_info_endpoint: Value<String>,
    }

    /// Specifies information required when returning a custom HTTP response.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct FixedResponseConfig {
        /// The content type. Valid Values: text/plain | text/css | text/html | application/javascript | application/json
        #[serde(rename = "ContentType", skip_serializing_if = "Option::is_none")]
        pub content_type: Option<Value<String>>,
        /// The message.
        #[serde(rename = "MessageBody", skip_serializing_if = "Option::is_none")]
        pub message_body: Option<Value<String>>,
        /// The HTTP response code (2XX, 4XX, or 5XX).
        ///
        /// Required.
        #[serde(rename = "StatusCode")]
        pub status_code: Value<String>,
    }

    /// Information for creating an action that distributes requests among multiple target groups. Specify only when ``Type`` is ``forward``. If you specify both ``ForwardConfig`` and ``TargetGroupArn``, you can specify only one target group using ``ForwardConfig`` and it must be the same target group specified in ``TargetGroupArn``.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ForwardConfig {
        /// Information about the target group stickiness for a rule.
        #[serde(
            rename = "TargetGroupStickinessConfig",
            skip_serializing_if = "Option::is_none"
        )]
        pub target_group_stickiness_config: Option<TargetGroupStickinessConfig>,
        /// Information about how traffic will be distributed between multiple target groups in a forward rule.
        #[serde(rename = "TargetGroups", skip_serializing_if = "Option::is_none")]
        pub target_groups: Option<Vec<TargetGroupTuple>>,
    }

    /// Information about a host header condition.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct HostHeaderConfig {
        /// The `RegexValues` property.
        #[serde(rename = "RegexValues", skip_serializing_if = "Option::is_none")]
        pub regex_values: Option<Vec<Value<String>>>,
        /// The host names. The maximum length of each string is 128 characters. The comparison is case insensitive. The following wildcard characters are supported: * (matches 0 or more characters) and ? (matches exactly 1 character). You must include at least one "." character. You can include only alphabetical characters after the final "." character. If you specify multiple strings, the condition is satisfied ...
        #[serde(rename = "Values", skip_serializing_if = "Option::is_none")]
        pub values: Option<Vec<Value<String>>>,
    }

    /// Information about an HTTP header condition. There is a set of standard HTTP header fields. You can also define custom HTTP header fields.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct HttpHeaderConfig {
        /// The name of the HTTP header field. The maximum size is 40 characters. The header name is case insensitive. The allowed characters are specified by RFC 7230. Wildcards are not supported.
        #[serde(rename = "HttpHeaderName", skip_serializing_if = "Option::is_none")]
        pub http_header_name: Option<Value<String>>,
        /// The `RegexValues` property.
        #[serde(rename = "RegexValues", skip_serializing_if = "Option::is_none")]
        pub regex_values: Option<Vec<Value<String>>>,
        /// The strings to compare against the value of the HTTP header. The maximum length of each string is 128 characters. The comparison strings are case insensitive. The following wildcard characters are supported: * (matches 0 or more characters) and ? (matches exactly 1 character). If the same header appears multiple times in the request, we search them in order until a match is found. If you specify multiple ...
        #[serde(rename = "Values", skip_serializing_if = "Option::is_none")]
        pub values: Option<Vec<Value<String>>>,
    }

    /// Information about an HTTP method condition. HTTP defines a set of request methods, also referred to as HTTP verbs. For more information, see the HTTP Method Registry. You can also define custom HTTP methods.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct HttpRequestMethodConfig {
        /// The name of the request method. The maximum length is 40 characters. The allowed characters are A-Z, hyphen (-), and underscore (_). The comparison is case sensitive. Wildcards are not supported; therefore, the method name must be an exact match. If you specify multiple strings, the condition is satisfied if one of the strings matches the HTTP request method. We recommend that you route GET and HEAD ...
        #[serde(rename = "Values", skip_serializing_if = "Option::is_none")]
        pub values: Option<Vec<Value<String>>>,
    }

    /// Information about an additional claim to validate.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct JwtValidationActionAdditionalClaim {
        /// The format of the claim value.
        ///
        /// Required.
        #[serde(rename = "Format")]
        pub format: Value<String>,
        /// The name of the claim. You can't specify ``exp``, ``iss``, ``nbf``, or ``iat`` because we validate them by default.
        ///
        /// Required.
        #[serde(rename = "Name")]
        pub name: Value<String>,
        /// The claim value. The maximum size of the list is 10. Each value can be up to 256 characters in length. If the format is ``space-separated-values``, the values can't include spaces.
        ///
        /// Required.
        #[serde(rename = "Values")]
        pub values: Vec<Value<String>>,
    }

    /// The `JwtValidationConfig` property type of `AWS::ElasticLoadBalancingV2::ListenerRule`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct JwtValidationConfig {
        /// The `AdditionalClaims` property.
        #[serde(rename = "AdditionalClaims", skip_serializing_if = "Option::is_none")]
        pub additional_claims: Option<Vec<JwtValidationActionAdditionalClaim>>,
        /// The `Issuer` property.
        ///
        /// Required.
        #[serde(rename = "Issuer")]
        pub issuer: Value<String>,
        /// The `JwksEndpoint` property.
        ///
        /// Required.
        #[serde(rename = "JwksEndpoint")]
        pub jwks_endpoint: Value<String>,
    }

    /// Information about a path pattern condition.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct PathPatternConfig {
        /// The `RegexValues` property.
        #[serde(rename = "RegexValues", skip_serializing_if = "Option::is_none")]
        pub regex_values: Option<Vec<Value<String>>>,
        /// The path patterns to compare against the request URL. The maximum size of each string is 128 characters. The comparison is case sensitive. The following wildcard characters are supported: * (matches 0 or more characters) and ? (matches exactly 1 character). If you specify multiple strings, the condition is satisfied if one of them matches the request URL. The path pattern is compared only to the path ...
        #[serde(rename = "Values", skip_serializing_if = "Option::is_none")]
        pub values: Option<Vec<Value<String>>>,
    }

    /// Information about a query string condition. The query string component of a URI starts after the first '?' character and is terminated by either a '#' character or the end of the URI. A typical query string contains key/value pairs separated by '&' characters. The allowed characters are specified by RFC 3986. Any character can be percentage encoded.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct QueryStringConfig {
        /// The key/value pairs or values to find in the query string. The maximum length of each string is 128 characters. The comparison is case insensitive. The following wildcard characters are supported: * (matches 0 or more characters) and ? (matches exactly 1 character). To search for a literal '*' or '?' character in a query string, you must escape these characters in ``Values`` using a '' character. If ...
        #[serde(rename = "Values", skip_serializing_if = "Option::is_none")]
        pub values: Option<Vec<crate::cfn::Tag>>,
    }

    /// Information about a redirect action. A URI consists of the following components: (link) You must modify at least one of the following components to avoid a redirect loop: protocol, hostname, port, or path. Any components that you do not modify retain their original values. You can reuse URI components using the following reserved keywords: + #{protocol} + #{host} + #{port} + #{path} (the leading "/" ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct RedirectConfig {
        /// The hostname. This component is not percent-encoded. The hostname can contain #{host}.
        #[serde(rename = "Host", skip_serializing_if = "Option::is_none")]
        pub host: Option<Value<String>>,
        /// The absolute path, starting with the leading "/". This component is not percent-encoded. The path can contain #{host}, #{path}, and #{port}.
        #[serde(rename = "Path", skip_serializing_if = "Option::is_none")]
        pub path: Option<Value<String>>,
        /// The port. You can specify a value from 1 to 65535 or #{port}.
        #[serde(rename = "Port", skip_serializing_if = "Option::is_none")]
        pub port: Option<Value<String>>,
        /// The protocol. You can specify HTTP, HTTPS, or #{protocol}. You can redirect HTTP to HTTP, HTTP to HTTPS, and HTTPS to HTTPS. You can't redirect HTTPS to HTTP.
        #[serde(rename = "Protocol", skip_serializing_if = "Option::is_none")]
        pub protocol: Option<Value<String>>,
        /// The query parameters, URL-encoded when necessary, but not percent-encoded. Do not include the leading "?", as it is automatically added. You can specify any of the reserved keywords.
        #[serde(rename = "Query", skip_serializing_if = "Option::is_none")]
        pub query: Option<Value<String>>,
        /// The HTTP redirect code. The redirect is either permanent (HTTP 301) or temporary (HTTP 302).
        ///
        /// Required.
        #[serde(rename = "StatusCode")]
        pub status_code: Value<String>,
    }

    /// Information about a rewrite transform. This transform matches a pattern and replaces it with the specified string.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct RewriteConfig {
        /// The regular expression to match in the input string. The maximum length of the string is 1,024 characters.
        ///
        /// Required.
        #[serde(rename = "Regex")]
        pub regex: Value<String>,
        /// The replacement string to use when rewriting the matched input. The maximum length of the string is 1,024 characters. You can specify capture groups in the regular expression (for example, $1 and $2).
        ///
        /// Required.
        #[serde(rename = "Replace")]
        pub replace: Value<String>,
    }

    /// The `RewriteConfigObject` property type of `AWS::ElasticLoadBalancingV2::ListenerRule`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct RewriteConfigObject {
        /// The `Rewrites` property.
        ///
        /// Required.
        #[serde(rename = "Rewrites")]
        pub rewrites: Vec<RewriteConfig>,
    }

    /// Specifies a condition for a listener rule.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct RuleCondition {
        /// The name of the field. The possible values are: + ``http-header`` – \[ALB\] Matches on an HTTP header field. + ``http-request-method`` – \[ALB\] Matches on the HTTP request method. + ``host-header`` – \[ALB\] Matches on the host header. + ``path-pattern`` – \[ALB\] Matches on the URL path of the request. + ``query-string`` – \[ALB\] Matches on a query string parameter. + ``source-ip`` – ...
        #[serde(rename = "Field", skip_serializing_if = "Option::is_none")]
        pub field: Option<Value<String>>,
        /// Information for a host header condition. Specify only when ``Field`` is ``host-header``.
        #[serde(rename = "HostHeaderConfig", skip_serializing_if = "Option::is_none")]
        pub host_header_config: Option<HostHeaderConfig>,
        /// Information for an HTTP header condition. Specify only when ``Field`` is ``http-header``.
        #[serde(rename = "HttpHeaderConfig", skip_serializing_if = "Option::is_none")]
        pub http_header_config: Option<HttpHeaderConfig>,
        /// Information for an HTTP method condition. Specify only when ``Field`` is ``http-request-method``.
        #[serde(
            rename = "HttpRequestMethodConfig",
            skip_serializing_if = "Option::is_none"
        )]
        pub http_request_method_config: Option<HttpRequestMethodConfig>,
        /// Information for a path pattern condition. Specify only when ``Field`` is ``path-pattern``.
        #[serde(rename = "PathPatternConfig", skip_serializing_if = "Option::is_none")]
        pub path_pattern_config: Option<PathPatternConfig>,
        /// Information for a query string condition. Specify only when ``Field`` is ``query-string``.
        #[serde(rename = "QueryStringConfig", skip_serializing_if = "Option::is_none")]
        pub query_string_config: Option<QueryStringConfig>,
        /// The regular expressions to match against the condition field. The maximum length of each string is 128 characters. Specify only when ``Field`` is ``http-header``, ``host-header``, or ``path-pattern``.
        #[serde(rename = "RegexValues", skip_serializing_if = "Option::is_none")]
        pub regex_values: Option<Vec<Value<String>>>,
        /// Information for a source IP condition. Specify only when ``Field`` is ``source-ip``.
        #[serde(rename = "SourceIpConfig", skip_serializing_if = "Option::is_none")]
        pub source_ip_config: Option<SourceIpConfig>,
        /// The condition value. Specify only when ``Field`` is ``host-header`` or ``path-pattern``. Alternatively, to specify multiple host names or multiple path patterns, use ``HostHeaderConfig`` or ``PathPatternConfig``. If ``Field`` is ``host-header`` and you're not using ``HostHeaderConfig``, you can specify a single host name (for example, my.example.com). A host name is case insensitive, can be up to 128 ...
        #[serde(rename = "Values", skip_serializing_if = "Option::is_none")]
        pub values: Option<Vec<Value<String>>>,
    }

    /// Information about a source IP condition. You can use this condition to route based on the IP address of the source that connects to the load balancer. If a client is behind a proxy, this is the IP address of the proxy not the IP address of the client. For Application Load Balancers, use ``Values`` to specify CIDR ranges. For Network Load Balancers, use ``IpAddressType`` to match on the IP address type ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct SourceIpConfig {
        /// The `IpAddressType` property.
        #[serde(rename = "IpAddressType", skip_serializing_if = "Option::is_none")]
        pub ip_address_type: Option<Value<String>>,
        /// The source IP addresses, in CIDR format. You can use both IPv4 and IPv6 addresses. Wildcards are not supported. If you specify multiple addresses, the condition is satisfied if the source IP address of the request matches one of the CIDR blocks. This condition is not satisfied by the addresses in the X-Forwarded-For header.
        #[serde(rename = "Values", skip_serializing_if = "Option::is_none")]
        pub values: Option<Vec<Value<String>>>,
    }

    /// Information about the target group stickiness for a rule.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct TargetGroupStickinessConfig {
        /// \[Application Load Balancers\] The time period, in seconds, during which requests from a client should be routed to the same target group. The range is 1-604800 seconds (7 days). You must specify this value when enabling target group stickiness.
        #[serde(rename = "DurationSeconds", skip_serializing_if = "Option::is_none")]
        pub duration_seconds: Option<Value<i64>>,
        /// Indicates whether target group stickiness is enabled.
        #[serde(rename = "Enabled", skip_serializing_if = "Option::is_none")]
        pub enabled: Option<Value<bool>>,
    }

    /// Information about how traffic will be distributed between multiple target groups in a forward rule.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct TargetGroupTuple {
        /// The Amazon Resource Name (ARN) of the target group.
        #[serde(rename = "TargetGroupArn", skip_serializing_if = "Option::is_none")]
        pub target_group_arn: Option<Value<String>>,
        /// The weight. The range is 0 to 999.
        #[serde(rename = "Weight", skip_serializing_if = "Option::is_none")]
        pub weight: Option<Value<i64>>,
    }

    /// The `Transform` property type of `AWS::ElasticLoadBalancingV2::ListenerRule`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Transform {
        /// The `HostHeaderRewriteConfig` property.
        #[serde(
            rename = "HostHeaderRewriteConfig",
            skip_serializing_if = "Option::is_none"
        )]
        pub host_header_rewrite_config: Option<RewriteConfigObject>,
        /// The `Type` property.
        ///
        /// Required.
        #[serde(rename = "Type")]
        pub r#type: Value<String>,
        /// The `UrlRewriteConfig` property.
        #[serde(rename = "UrlRewriteConfig", skip_serializing_if = "Option::is_none")]
        pub url_rewrite_config: Option<RewriteConfigObject>,
    }
}
pub use listener_rule::ListenerRule;

/// `AWS::ElasticLoadBalancingV2::TargetGroup`: the resource and its property types.
pub mod target_group {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// Resource Type definition for AWS::ElasticLoadBalancingV2::TargetGroup
    ///
    /// CloudFormation type `AWS::ElasticLoadBalancingV2::TargetGroup`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct TargetGroup {
        /// Indicates whether health checks are enabled. If the target type is lambda, health checks are disabled by default but can be enabled. If the target type is instance, ip, or alb, health checks are always enabled and cannot be disabled.
        #[serde(rename = "HealthCheckEnabled", skip_serializing_if = "Option::is_none")]
        pub health_check_enabled: Option<Value<bool>>,
        /// The approximate amount of time, in seconds, between health checks of an individual target.
        #[serde(
            rename = "HealthCheckIntervalSeconds",
            skip_serializing_if = "Option::is_none"
        )]
        pub health_check_interval_seconds: Option<Value<i64>>,
        /// \[HTTP/HTTPS health checks\] The destination for health checks on the targets. \[HTTP1 or HTTP2 protocol version\] The ping path. The default is /. \[GRPC protocol version\] The path of a custom health check method with the format /package.service/method. The default is /AWS.ALB/healthcheck.
        #[serde(rename = "HealthCheckPath", skip_serializing_if = "Option::is_none")]
        pub health_check_path: Option<Value<String>>,
        /// The port the load balancer uses when performing health checks on targets.
        #[serde(rename = "HealthCheckPort", skip_serializing_if = "Option::is_none")]
        pub health_check_port: Option<Value<String>>,
        /// The protocol the load balancer uses when performing health checks on targets.
        #[serde(
            rename = "HealthCheckProtocol",
            skip_serializing_if = "Option::is_none"
        )]
        pub health_check_protocol: Option<Value<String>>,
        /// The amount of time, in seconds, during which no response from a target means a failed health check.
        #[serde(
            rename = "HealthCheckTimeoutSeconds",
            skip_serializing_if = "Option::is_none"
        )]
        pub health_check_timeout_seconds: Option<Value<i64>>,
        /// The number of consecutive health checks successes required before considering an unhealthy target healthy.
        #[serde(
            rename = "HealthyThresholdCount",
            skip_serializing_if = "Option::is_none"
        )]
        pub healthy_threshold_count: Option<Value<i64>>,
        /// The type of IP address used for this target group. The possible values are ipv4 and ipv6.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "IpAddressType", skip_serializing_if = "Option::is_none")]
        pub ip_address_type: Option<Value<String>>,
        /// \[HTTP/HTTPS health checks\] The HTTP or gRPC codes to use when checking for a successful response from a target.
        #[serde(rename = "Matcher", skip_serializing_if = "Option::is_none")]
        pub matcher: Option<Matcher>,
        /// The name of the target group.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "Name", skip_serializing_if = "Option::is_none")]
        pub name: Option<Value<String>>,
        /// The port on which the targets receive traffic. This port is used unless you specify a port override when registering the target. If the target is a Lambda function, this parameter does not apply. If the protocol is GENEVE, the supported port is 6081.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "Port", skip_serializing_if = "Option::is_none")]
        pub port: Option<Value<i64>>,
        /// The protocol to use for routing traffic to the targets.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "Protocol", skip_serializing_if = "Option::is_none")]
        pub protocol: Option<Value<String>>,
        /// \[HTTP/HTTPS protocol\] The protocol version. The possible values are GRPC, HTTP1, and HTTP2.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "ProtocolVersion", skip_serializing_if = "Option::is_none")]
        pub protocol_version: Option<Value<String>>,
        /// The tags.
        #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<crate::cfn::Tag>>,
        /// The port that the target control agent uses to communicate the available capacity of targets to the load balancer.
        #[serde(rename = "TargetControlPort", skip_serializing_if = "Option::is_none")]
        pub target_control_port: Option<Value<i64>>,
        /// The attributes.
        #[serde(
            rename = "TargetGroupAttributes",
            skip_serializing_if = "Option::is_none"
        )]
        pub target_group_attributes: Option<Vec<crate::cfn::Tag>>,
        /// The type of target that you must specify when registering targets with this target group. You can't specify targets for a target group using more than one target type.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "TargetType", skip_serializing_if = "Option::is_none")]
        pub target_type: Option<Value<String>>,
        /// The targets.
        #[serde(rename = "Targets", skip_serializing_if = "Option::is_none")]
        pub targets: Option<Vec<TargetDescription>>,
        /// The number of consecutive health check failures required before considering a target unhealthy.
        #[serde(
            rename = "UnhealthyThresholdCount",
            skip_serializing_if = "Option::is_none"
        )]
        pub unhealthy_threshold_count: Option<Value<i64>>,
        /// The identifier of the virtual private cloud (VPC). If the target is a Lambda function, this parameter does not apply.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "VpcId", skip_serializing_if = "Option::is_none")]
        pub vpc_id: Option<Value<String>>,
    }

    impl CfnResource for TargetGroup {
        const TYPE: &'static str = "AWS::ElasticLoadBalancingV2::TargetGroup";
        const TAGGING: Tagging = Tagging::List;
    }

    /// The `Matcher` property type of `AWS::ElasticLoadBalancingV2::TargetGroup`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Matcher {
        /// You can specify values between 0 and 99. You can specify multiple values, or a range of values. The default value is 12.
        #[serde(rename = "GrpcCode", skip_serializing_if = "Option::is_none")]
        pub grpc_code: Option<Value<String>>,
        /// For Application Load Balancers, you can specify values between 200 and 499, and the default value is 200. You can specify multiple values or a range of values.
        #[serde(rename = "HttpCode", skip_serializing_if = "Option::is_none")]
        pub http_code: Option<Value<String>>,
    }

    /// The `TargetDescription` property type of `AWS::ElasticLoadBalancingV2::TargetGroup`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct TargetDescription {
        /// An Availability Zone or all. This determines whether the target receives traffic from the load balancer nodes in the specified Availability Zone or from all enabled Availability Zones for the load balancer.
        #[serde(rename = "AvailabilityZone", skip_serializing_if = "Option::is_none")]
        pub availability_zone: Option<Value<String>>,
        /// The ID of the target. If the target type of the target group is instance, specify an instance ID. If the target type is ip, specify an IP address. If the target type is lambda, specify the ARN of the Lambda function. If the target type is alb, specify the ARN of the Application Load Balancer target.
        ///
        /// Required.
        #[serde(rename = "Id")]
        pub id: Value<String>,
        /// The port on which the target is listening. If the target group protocol is GENEVE, the supported port is 6081. If the target type is alb, the targeted Application Load Balancer must have at least one listener whose port matches the target group port. Not used if the target is a Lambda function.
        #[serde(rename = "Port", skip_serializing_if = "Option::is_none")]
        pub port: Option<Value<i64>>,
        /// The Server ID used by targets when using QUIC or TCP_QUIC protocols.
        #[serde(rename = "QuicServerId", skip_serializing_if = "Option::is_none")]
        pub quic_server_id: Option<Value<String>>,
    }
}
pub use target_group::TargetGroup;
