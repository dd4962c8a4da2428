// Written by `cargo xtask codegen` from CloudFormation's resource provider
// schemas; do not edit by hand.

//! L1 structs of the listed `AWS::WAFv2::*` types.

/// `AWS::WAFv2::WebACL`: the resource and its property types.
pub mod web_acl {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// Contains the Rules that identify the requests that you want to allow, block, or count. In a WebACL, you also specify a default action (ALLOW or BLOCK), and the action for each Rule that you add to a WebACL, for example, block requests from specified IP addresses or block requests from specified referrers. You also associate the WebACL with a CloudFront distribution to identify the requests that you ...
    ///
    /// CloudFormation type `AWS::WAFv2::WebACL`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct WebAcl {
        /// Collection of application attributes.
        #[serde(rename = "ApplicationConfig", skip_serializing_if = "Option::is_none")]
        pub application_config: Option<ApplicationConfig>,
        /// AssociationConfig for body inspection
        #[serde(rename = "AssociationConfig", skip_serializing_if = "Option::is_none")]
        pub association_config: Option<AssociationConfig>,
        /// The `CaptchaConfig` property.
        #[serde(rename = "CaptchaConfig", skip_serializing_if = "Option::is_none")]
        pub captcha_config: Option<CaptchaConfig>,
        /// The `ChallengeConfig` property.
        #[serde(rename = "ChallengeConfig", skip_serializing_if = "Option::is_none")]
        pub challenge_config: Option<ChallengeConfig>,
        /// Custom response key and body map.
        #[serde(
            rename = "CustomResponseBodies",
            skip_serializing_if = "Option::is_none"
        )]
        pub custom_response_bodies: Option<Json>,
        /// Collection of dataProtects.
        #[serde(
            rename = "DataProtectionConfig",
            skip_serializing_if = "Option::is_none"
        )]
        pub data_protection_config: Option<DataProtectionConfig>,
        /// Default Action WebACL will take against ingress traffic when there is no matching Rule.
        ///
        /// Required.
        #[serde(rename = "DefaultAction")]
        pub default_action: DefaultAction,
        /// Description of the entity.
        #[serde(rename = "Description", skip_serializing_if = "Option::is_none")]
        pub description: Option<Value<String>>,
        /// Configures monetization for the web ACL or rule group.
        #[serde(rename = "MonetizationConfig", skip_serializing_if = "Option::is_none")]
        pub monetization_config: Option<MonetizationConfig>,
        /// Name of the WebACL.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "Name", skip_serializing_if = "Option::is_none")]
        pub name: Option<Value<String>>,
        /// Configures the options for on-source DDoS protection provided by supported resource type.
        #[serde(
            rename = "OnSourceDDoSProtectionConfig",
            skip_serializing_if = "Option::is_none"
        )]
        pub on_source_d_do_s_protection_config: Option<OnSourceDDoSProtectionConfig>,
        /// Collection of Rules.
        #[serde(rename = "Rules", skip_serializing_if = "Option::is_none")]
        pub rules: Option<Vec<Rule>>,
        /// Use CLOUDFRONT for CloudFront WebACL, use REGIONAL for Application Load Balancer and API Gateway.
        ///
        /// Required.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "Scope")]
        pub scope: Value<String>,
        /// The `Tags` property.
        #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<crate::cfn::Tag>>,
        /// List of domains to accept in web request tokens, in addition to the domain of the protected resource.
        #[serde(rename = "TokenDomains", skip_serializing_if = "Option::is_none")]
        pub token_domains: Option<Vec<Value<String>>>,
        /// Visibility Metric of the WebACL.
        ///
        /// Required.
        #[serde(rename = "VisibilityConfig")]
        pub visibility_config: VisibilityConfig,
    }

    impl CfnResource for WebAcl {
        const TYPE: &'static str = "AWS::WAFv2::WebACL";
        const TAGGING: Tagging = Tagging::List;
    }

    /// Configures how to use the Account creation fraud prevention managed rule group in the web ACL
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct AwsManagedRulesAcfpRuleSet {
        /// The `CreationPath` property.
        ///
        /// Required.
        #[serde(rename = "CreationPath")]
        pub creation_path: Value<String>,
        /// The `EnableRegexInPath` property.
        #[serde(rename = "EnableRegexInPath", skip_serializing_if = "Option::is_none")]
        pub enable_regex_in_path: Option<Value<bool>>,
        /// The `RegistrationPagePath` property.
        ///
        /// Required.
        #[serde(rename = "RegistrationPagePath")]
        pub registration_page_path: Value<String>,
        /// Configures the inspection of sign-up requests
        ///
        /// Required.
        #[serde(rename = "RequestInspection")]
        pub request_inspection: RequestInspectionAcfp,
        /// Configures the inspection of login responses
        #[serde(rename = "ResponseInspection", skip_serializing_if = "Option::is_none")]
        pub response_inspection: Option<ResponseInspection>,
    }

    /// Configures how to use the Account Takeover Prevention managed rule group in the web ACL
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct AwsManagedRulesAtpRuleSet {
        /// The `EnableRegexInPath` property.
        #[serde(rename = "EnableRegexInPath", skip_serializing_if = "Option::is_none")]
        pub enable_regex_in_path: Option<Value<bool>>,
        /// The `LoginPath` property.
        ///
        /// Required.
        #[serde(rename = "LoginPath")]
        pub login_path: Value<String>,
        /// Configures the inspection of login requests
        #[serde(rename = "RequestInspection", skip_serializing_if = "Option::is_none")]
        pub request_inspection: Option<RequestInspection>,
        /// Configures the inspection of login responses
        #[serde(rename = "ResponseInspection", skip_serializing_if = "Option::is_none")]
        pub response_inspection: Option<ResponseInspection>,
    }

    /// Configures how to use the AntiDDOS AWS managed rule group in the web ACL
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct AwsManagedRulesAntiDDoSRuleSet {
        /// Client side action config for AntiDDOS AMR.
        ///
        /// Required.
        #[serde(rename = "ClientSideActionConfig")]
        pub client_side_action_config: ClientSideActionConfig,
        /// The `SensitivityToBlock` property.
        #[serde(rename = "SensitivityToBlock", skip_serializing_if = "Option::is_none")]
        pub sensitivity_to_block: Option<Value<String>>,
    }

    /// Configures how to use the Bot Control managed rule group in the web ACL
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct AwsManagedRulesBotControlRuleSet {
        /// The `EnableMachineLearning` property.
        #[serde(
            rename = "EnableMachineLearning",
            skip_serializing_if = "Option::is_none"
        )]
        pub enable_machine_learning: Option<Value<bool>>,
        /// The `InspectionLevel` property.
        ///
        /// Required.
        #[serde(rename = "InspectionLevel")]
        pub inspection_level: Value<String>,
    }

    /// Allow traffic towards application.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct AllowAction {
        /// Custom request handling.
        #[serde(
            rename = "CustomRequestHandling",
            skip_serializing_if = "Option::is_none"
        )]
        pub custom_request_handling: Option<CustomRequestHandling>,
    }

    /// The `AndStatement` property type of `AWS::WAFv2::WebACL`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct AndStatement {
        /// The `Statements` property.
        ///
        /// Required.
        #[serde(rename = "Statements")]
        pub statements: Vec<Statement>,
    }

    /// Application details defined during the &webacl; creation process. Application attributes help WAF; give recommendations for protection packs.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ApplicationAttribute {
        /// Specifies the attribute name.
        ///
        /// Required.
        #[serde(rename = "Name")]
        pub name: Value<String>,
        /// Contains a list of values for that attribute
        ///
        /// Required.
        #[serde(rename = "Values")]
        pub values: Vec<Value<String>>,
    }

    /// Configures the ability for the WAF; console to store and retrieve application attributes during the webacl; creation process. Application attributes help WAF; give recommendations for protection packs.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ApplicationConfig {
        /// Contains the attribute name and a list of values for that attribute.
        ///
        /// Required.
        #[serde(rename = "Attributes")]
        pub attributes: Vec<ApplicationAttribute>,
    }

    /// The `AsnMatchStatement` property type of `AWS::WAFv2::WebACL`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct AsnMatchStatement {
        /// The `AsnList` property.
        #[serde(rename = "AsnList", skip_serializing_if = "Option::is_none")]
        pub asn_list: Option<Vec<Value<i64>>>,
        /// The `ForwardedIPConfig` property.
        #[serde(rename = "ForwardedIPConfig", skip_serializing_if = "Option::is_none")]
        pub forwarded_ip_config: Option<ForwardedIpConfiguration>,
    }

    /// AssociationConfig for body inspection
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct AssociationConfig {
        /// Map of AssociatedResourceType and RequestBodyAssociatedResourceTypeConfig
        #[serde(rename = "RequestBody", skip_serializing_if = "Option::is_none")]
        pub request_body: Option<Json>,
    }

    /// Block traffic towards application.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct BlockAction {
        /// Custom response.
        #[serde(rename = "CustomResponse", skip_serializing_if = "Option::is_none")]
        pub custom_response: Option<CustomResponse>,
    }

    /// The body of a web request. This immediately follows the request headers.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Body {
        /// Handling of requests containing oversize fields
        #[serde(rename = "OversizeHandling", skip_serializing_if = "Option::is_none")]
        pub oversize_handling: Option<Value<String>>,
    }

    /// Byte Match statement.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ByteMatchStatement {
        /// Field of the request to match.
        ///
        /// Required.
        #[serde(rename = "FieldToMatch")]
        pub field_to_match: FieldToMatch,
        /// Position of the evaluation in the FieldToMatch of request.
        ///
        /// Required.
        #[serde(rename = "PositionalConstraint")]
        pub positional_constraint: Value<String>,
        /// The `PreParseTextTransformations` property.
        #[serde(
            rename = "PreParseTextTransformations",
            skip_serializing_if = "Option::is_none"
        )]
        pub pre_parse_text_transformations: Option<Vec<PreParseTextTransformation>>,
        /// String that is searched to find a match.
        #[serde(rename = "SearchString", skip_serializing_if = "Option::is_none")]
        pub search_string: Option<Value<String>>,
        /// Base64 encoded string that is searched to find a match.
        #[serde(rename = "SearchStringBase64", skip_serializing_if = "Option::is_none")]
        pub search_string_base64: Option<Value<String>>,
        /// The `TextTransformations` property.
        ///
        /// Required.
        #[serde(rename = "TextTransformations")]
        pub text_transformations: Vec<TextTransformation>,
    }

    /// Checks valid token exists with request.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct CaptchaAction {
        /// Custom request handling.
        #[serde(
            rename = "CustomRequestHandling",
            skip_serializing_if = "Option::is_none"
        )]
        pub custom_request_handling: Option<CustomRequestHandling>,
    }

    /// The `CaptchaConfig` property type of `AWS::WAFv2::WebACL`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct CaptchaConfig {
        /// The `ImmunityTimeProperty` property.
        #[serde(
            rename = "ImmunityTimeProperty",
            skip_serializing_if = "Option::is_none"
        )]
        pub immunity_time_property: Option<ImmunityTimeProperty>,
    }

    /// Checks that the request has a valid token with an unexpired challenge timestamp and, if not, returns a browser challenge to the client.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ChallengeAction {
        /// Custom request handling.
        #[serde(
            rename = "CustomRequestHandling",
            skip_serializing_if = "Option::is_none"
        )]
        pub custom_request_handling: Option<CustomRequestHandling>,
    }

    /// The `ChallengeConfig` property type of `AWS::WAFv2::WebACL`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ChallengeConfig {
        /// The `ImmunityTimeProperty` property.
        #[serde(
            rename = "ImmunityTimeProperty",
            skip_serializing_if = "Option::is_none"
        )]
        pub immunity_time_property: Option<ImmunityTimeProperty>,
    }

    /// Client side action config for AntiDDOS AMR.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ClientSideAction {
        /// The `ExemptUriRegularExpressions` property.
        #[serde(
            rename = "ExemptUriRegularExpressions",
            skip_serializing_if = "Option::is_none"
        )]
        pub exempt_uri_regular_expressions: Option<Vec<Regex>>,
        /// The `Sensitivity` property.
        #[serde(rename = "Sensitivity", skip_serializing_if = "Option::is_none")]
        pub sensitivity: Option<Value<String>>,
        /// The `UsageOfAction` property.
        ///
        /// Required.
        #[serde(rename = "UsageOfAction")]
        pub usage_of_action: Value<String>,
    }

    /// Client side action config for AntiDDOS AMR.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ClientSideActionConfig {
        /// Client side action config for AntiDDOS AMR.
        ///
        /// Required.
        #[serde(rename = "Challenge")]
        pub challenge: ClientSideAction,
    }

    /// The pattern to look for in the request cookies.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct CookieMatchPattern {
        /// The `All` property.
        #[serde(rename = "All", skip_serializing_if = "Option::is_none")]
        pub all: Option<Json>,
        /// The `ExcludedCookies` property.
        #[serde(rename = "ExcludedCookies", skip_serializing_if = "Option::is_none")]
        pub excluded_cookies: Option<Vec<Value<String>>>,
        /// The `IncludedCookies` property.
        #[serde(rename = "IncludedCookies", skip_serializing_if = "Option::is_none")]
        pub included_cookies: Option<Vec<Value<String>>>,
    }

    /// Includes cookies of a web request.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Cookies {
        /// The pattern to look for in the request cookies.
        ///
        /// Required.
        #[serde(rename = "MatchPattern")]
        pub match_pattern: CookieMatchPattern,
        /// The parts of the request to match against using the MatchPattern.
        ///
        /// Required.
        #[serde(rename = "MatchScope")]
        pub match_scope: Value<String>,
        /// Handling of requests containing oversize fields
        ///
        /// Required.
        #[serde(rename = "OversizeHandling")]
        pub oversize_handling: Value<String>,
    }

    /// Allow traffic towards application.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct CountAction {
        /// Custom request handling.
        #[serde(
            rename = "CustomRequestHandling",
            skip_serializing_if = "Option::is_none"
        )]
        pub custom_request_handling: Option<CustomRequestHandling>,
    }

    /// Configures cryptocurrency payment settings.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct CryptoConfig {
        /// List of payment network configurations.
        ///
        /// Required.
        #[serde(rename = "PaymentNetworks")]
        pub payment_networks: Vec<PaymentNetwork>,
    }

    /// HTTP header.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct CustomHttpHeader {
        /// HTTP header name.
        ///
        /// Required.
        #[serde(rename = "Name")]
        pub name: Value<String>,
        /// HTTP header value.
        ///
        /// Required.
        #[serde(rename = "Value")]
        pub value: Value<String>,
    }

    /// Custom request handling.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct CustomRequestHandling {
        /// Collection of HTTP headers.
        ///
        /// Required.
        #[serde(rename = "InsertHeaders")]
        pub insert_headers: Vec<CustomHttpHeader>,
    }

    /// Custom response.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct CustomResponse {
        /// Custom response body key.
        #[serde(
            rename = "CustomResponseBodyKey",
            skip_serializing_if = "Option::is_none"
        )]
        pub custom_response_body_key: Option<Value<String>>,
        /// Custom response code.
        ///
        /// Required.
        #[serde(rename = "ResponseCode")]
        pub response_code: Value<i64>,
        /// Collection of HTTP headers.
        #[serde(rename = "ResponseHeaders", skip_serializing_if = "Option::is_none")]
        pub response_headers: Option<Vec<CustomHttpHeader>>,
    }

    /// Custom response body.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct CustomResponseBody {
        /// Response content.
        ///
        /// Required.
        #[serde(rename = "Content")]
        pub content: Value<String>,
        /// Valid values are TEXT_PLAIN, TEXT_HTML, and APPLICATION_JSON.
        ///
        /// Required.
        #[serde(rename = "ContentType")]
        pub content_type: Value<String>,
    }

    /// The `DataProtect` property type of `AWS::WAFv2::WebACL`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct DataProtect {
        /// The `Action` property.
        ///
        /// Required.
        #[serde(rename = "Action")]
        pub action: Value<String>,
        /// The `ExcludeRateBasedDetails` property.
        #[serde(
            rename = "ExcludeRateBasedDetails",
            skip_serializing_if = "Option::is_none"
        )]
        pub exclude_rate_based_details: Option<Value<bool>>,
        /// The `ExcludeRuleMatchDetails` property.
        #[serde(
            rename = "ExcludeRuleMatchDetails",
            skip_serializing_if = "Option::is_none"
        )]
        pub exclude_rule_match_details: Option<Value<bool>>,
        /// Field in log to protect.
        ///
        /// Required.
        #[serde(rename = "Field")]
        pub field: FieldToProtect,
    }

    /// The `DataProtectionConfig` property type of `AWS::WAFv2::WebACL`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct DataProtectionConfig {
        /// The `DataProtections` property.
        ///
        /// Required.
        #[serde(rename = "DataProtections")]
        pub data_protections: Vec<DataProtect>,
    }

    /// Default Action WebACL will take against ingress traffic when there is no matching Rule.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct DefaultAction {
        /// Allow traffic towards application.
        #[serde(rename = "Allow", skip_serializing_if = "Option::is_none")]
        pub allow: Option<AllowAction>,
        /// Block traffic towards application.
        #[serde(rename = "Block", skip_serializing_if = "Option::is_none")]
        pub block: Option<BlockAction>,
    }

    /// Excluded Rule in the RuleGroup or ManagedRuleGroup will not be evaluated.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ExcludedRule {
        /// Name of the WebACL.
        ///
        /// Required.
        #[serde(rename = "Name")]
        pub name: Value<String>,
    }

    /// The `FieldIdentifier` property type of `AWS::WAFv2::WebACL`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct FieldIdentifier {
        /// The `Identifier` property.
        ///
        /// Required.
        #[serde(rename = "Identifier")]
        pub identifier: Value<String>,
    }

    /// Field of the request to match.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct FieldToMatch {
        /// The `AllQueryArguments` property.
        #[serde(rename = "AllQueryArguments", skip_serializing_if = "Option::is_none")]
        pub all_query_arguments: Option<Json>,
        /// The body of a web request. This immediately follows the request headers.
        #[serde(rename = "Body", skip_serializing_if = "Option::is_none")]
        pub body: Option<Body>,
        /// Includes cookies of a web request.
        #[serde(rename = "Cookies", skip_serializing_if = "Option::is_none")]
        pub cookies: Option<Cookies>,
        /// The string containing the list of a web request's header names, ordered as they appear in the web request, separated by colons.
        #[serde(rename = "HeaderOrder", skip_serializing_if = "Option::is_none")]
        pub header_order: Option<HeaderOrder>,
        /// Includes headers of a web request.
        #[serde(rename = "Headers", skip_serializing_if = "Option::is_none")]
        pub headers: Option<Headers>,
        /// Includes the JA3 fingerprint of a web request.
        #[serde(rename = "JA3Fingerprint", skip_serializing_if = "Option::is_none")]
        pub ja3_fingerprint: Option<Ja3Fingerprint>,
        /// Includes the JA4 fingerprint of a web request.
        #[serde(rename = "JA4Fingerprint", skip_serializing_if = "Option::is_none")]
        pub ja4_fingerprint: Option<Ja4Fingerprint>,
        /// Inspect the request body as JSON. The request body immediately follows the request headers.
        #[serde(rename = "JsonBody", skip_serializing_if = "Option::is_none")]
        pub json_body: Option<JsonBody>,
        /// The `Method` property.
        #[serde(rename = "Method", skip_serializing_if = "Option::is_none")]
        pub method: Option<Json>,
        /// The `QueryString` property.
        #[serde(rename = "QueryString", skip_serializing_if = "Option::is_none")]
        pub query_string: Option<Json>,
        /// The `SingleHeader` property.
        #[serde(rename = "SingleHeader", skip_serializing_if = "Option::is_none")]
        pub single_header: Option<Json>,
        /// One query argument in a web request, identified by name, for example UserName or SalesRegion. The name can be up to 30 characters long and isn't case sensitive.
        #[serde(
            rename = "SingleQueryArgument",
            skip_serializing_if = "Option::is_none"
        )]
        pub single_query_argument: Option<Json>,
        /// The path component of the URI Fragment. This is the part of a web request that identifies a fragment uri, for example, /abcd#introduction
        #[serde(rename = "UriFragment", skip_serializing_if = "Option::is_none")]
        pub uri_fragment: Option<UriFragment>,
        /// The `UriPath` property.
        #[serde(rename = "UriPath", skip_serializing_if = "Option::is_none")]
        pub uri_path: Option<Json>,
    }

    /// Field in log to protect.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct FieldToProtect {
        /// List of field keys to protect
        #[serde(rename = "FieldKeys", skip_serializing_if = "Option::is_none")]
        pub field_keys: Option<Vec<Value<String>>>,
        /// Field type to protect
        ///
        /// Required.
        #[serde(rename = "FieldType")]
        pub field_type: Value<String>,
    }

    /// The `ForwardedIPConfiguration` property type of `AWS::WAFv2::WebACL`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ForwardedIpConfiguration {
        /// The `FallbackBehavior` property.
        ///
        /// Required.
        #[serde(rename = "FallbackBehavior")]
        pub fallback_behavior: Value<String>,
        /// The `HeaderName` property.
        ///
        /// Required.
        #[serde(rename = "HeaderName")]
        pub header_name: Value<String>,
    }

    /// The `GeoMatchStatement` property type of `AWS::WAFv2::WebACL`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct GeoMatchStatement {
        /// The `CountryCodes` property.
        #[serde(rename = "CountryCodes", skip_serializing_if = "Option::is_none")]
        pub country_codes: Option<Vec<Value<String>>>,
        /// The `ForwardedIPConfig` property.
        #[serde(rename = "ForwardedIPConfig", skip_serializing_if = "Option::is_none")]
        pub forwarded_ip_config: Option<ForwardedIpConfiguration>,
    }

    /// The pattern to look for in the request headers.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct HeaderMatchPattern {
        /// The `All` property.
        #[serde(rename = "All", skip_serializing_if = "Option::is_none")]
        pub all: Option<Json>,
        /// The `ExcludedHeaders` property.
        #[serde(rename = "ExcludedHeaders", skip_serializing_if = "Option::is_none")]
        pub excluded_headers: Option<Vec<Value<String>>>,
        /// The `IncludedHeaders` property.
        #[serde(rename = "IncludedHeaders", skip_serializing_if = "Option::is_none")]
        pub included_headers: Option<Vec<Value<String>>>,
    }

    /// The string containing the list of a web request's header names, ordered as they appear in the web request, separated by colons.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct HeaderOrder {
        /// Handling of requests containing oversize fields
        ///
        /// Required.
        #[serde(rename = "OversizeHandling")]
        pub oversize_handling: Value<String>,
    }

    /// Includes headers of a web request.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Headers {
        /// The pattern to look for in the request headers.
        ///
        /// Required.
        #[serde(rename = "MatchPattern")]
        pub match_pattern: HeaderMatchPattern,
        /// The parts of the request to match against using the MatchPattern.
        ///
        /// Required.
        #[serde(rename = "MatchScope")]
        pub match_scope: Value<String>,
        /// Handling of requests containing oversize fields
        ///
        /// Required.
        #[serde(rename = "OversizeHandling")]
        pub oversize_handling: Value<String>,
    }

    /// The `IPSetForwardedIPConfiguration` property type of `AWS::WAFv2::WebACL`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct IpSetForwardedIpConfiguration {
        /// The `FallbackBehavior` property.
        ///
        /// Required.
        #[serde(rename = "FallbackBehavior")]
        pub fallback_behavior: Value<String>,
        /// The `HeaderName` property.
        ///
        /// Required.
        #[serde(rename = "HeaderName")]
        pub header_name: Value<String>,
        /// The `Position` property.
        ///
        /// Required.
        #[serde(rename = "Position")]
        pub position: Value<String>,
    }

    /// The `IPSetReferenceStatement` property type of `AWS::WAFv2::WebACL`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct IpSetReferenceStatement {
        /// ARN of the WAF entity.
        ///
        /// Required.
        #[serde(rename = "Arn")]
        pub arn: Value<String>,
        /// The `IPSetForwardedIPConfig` property.
        #[serde(
            rename = "IPSetForwardedIPConfig",
            skip_serializing_if = "Option::is_none"
        )]
        pub ip_set_forwarded_ip_config: Option<IpSetForwardedIpConfiguration>,
    }

    /// The `ImmunityTimeProperty` property type of `AWS::WAFv2::WebACL`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ImmunityTimeProperty {
        /// The `ImmunityTime` property.
        ///
        /// Required.
        #[serde(rename = "ImmunityTime")]
        pub immunity_time: Value<i64>,
    }

    /// Includes the JA3 fingerprint of a web request.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Ja3Fingerprint {
        /// The `FallbackBehavior` property.
        ///
        /// Required.
        #[serde(rename = "FallbackBehavior")]
        pub fallback_behavior: Value<String>,
    }

    /// Includes the JA4 fingerprint of a web request.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Ja4Fingerprint {
        /// The `FallbackBehavior` property.
        ///
        /// Required.
        #[serde(rename = "FallbackBehavior")]
        pub fallback_behavior: Value<String>,
    }

    /// Inspect the request body as JSON. The request body immediately follows the request headers.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct JsonBody {
        /// The inspection behavior to fall back to if the JSON in the request body is invalid.
        #[serde(
            rename = "InvalidFallbackBehavior",
            skip_serializing_if = "Option::is_none"
        )]
        pub invalid_fallback_behavior: Option<Value<String>>,
        /// The pattern to look for in the JSON body.
        ///
        /// Required.
        #[serde(rename = "MatchPattern")]
        pub match_pattern: JsonMatchPattern,
        /// The parts of the JSON to match against using the MatchPattern.
        ///
        /// Required.
        #[serde(rename = "MatchScope")]
        pub match_scope: Value<String>,
        /// Handling of requests containing oversize fields
        #[serde(rename = "OversizeHandling", skip_serializing_if = "Option::is_none")]
        pub oversize_handling: Option<Value<String>>,
    }

    /// The pattern to look for in the JSON body.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct JsonMatchPattern {
        /// The `All` property.
        #[serde(rename = "All", skip_serializing_if = "Option::is_none")]
        pub all: Option<Json>,
        /// The `IncludedPaths` property.
        #[serde(rename = "IncludedPaths", skip_serializing_if = "Option::is_none")]
        pub included_paths: Option<Vec<Value<String>>>,
    }

    /// The `Label` property type of `AWS::WAFv2::WebACL`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Label {
        /// Name of the Label.
        ///
        /// Required.
        #[serde(rename = "Name")]
        pub name: Value<String>,
    }

    /// The `LabelMatchStatement` property type of `AWS::WAFv2::WebACL`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct LabelMatchStatement {
        /// The `Key` property.
        ///
        /// Required.
        #[serde(rename = "Key")]
        pub key: Value<String>,
        /// The `Scope` property.
        ///
        /// Required.
        #[serde(rename = "Scope")]
        pub scope: Value<String>,
    }

    /// ManagedRuleGroupConfig.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ManagedRuleGroupConfig {
        /// Configures how to use the Account creation fraud prevention managed rule group in the web ACL
        #[serde(
            rename = "AWSManagedRulesACFPRuleSet",
            skip_serializing_if = "Option::is_none"
        )]
        pub aws_managed_rules_acfp_rule_set: Option<AwsManagedRulesAcfpRuleSet>,
        /// Configures how to use the Account Takeover Prevention managed rule group in the web ACL
        #[serde(
            rename = "AWSManagedRulesATPRuleSet",
            skip_serializing_if = "Option::is_none"
        )]
        pub aws_managed_rules_atp_rule_set: Option<AwsManagedRulesAtpRuleSet>,
        /// Configures how to use the AntiDDOS AWS managed rule group in the web ACL
        #[serde(
            rename = "AWSManagedRulesAntiDDoSRuleSet",
            skip_serializing_if = "Option::is_none"
        )]
        pub aws_managed_rules_anti_d_do_s_rule_set: Option<AwsManagedRulesAntiDDoSRuleSet>,
        /// Configures how to use the Bot Control managed rule group in the web ACL
        #[serde(
            rename = "AWSManagedRulesBotControlRuleSet",
            skip_serializing_if = "Option::is_none"
        )]
        pub aws_managed_rules_bot_control_rule_set: Option<AwsManagedRulesBotControlRuleSet>,
        /// The `LoginPath` property.
        #[serde(rename = "LoginPath", skip_serializing_if = "Option::is_none")]
        pub login_path: Option<Value<String>>,
        /// The `PasswordField` property.
        #[serde(rename = "PasswordField", skip_serializing_if = "Option::is_none")]
        pub password_field: Option<FieldIdentifier>,
        /// The `PayloadType` property.
        #[serde(rename = "PayloadType", skip_serializing_if = "Option::is_none")]
        pub payload_type: Option<Value<String>>,
        /// The `UsernameField` property.
        #[serde(rename = "UsernameField", skip_serializing_if = "Option::is_none")]
        pub username_field: Option<FieldIdentifier>,
    }

    /// The `ManagedRuleGroupStatement` property type of `AWS::WAFv2::WebACL`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ManagedRuleGroupStatement {
        /// The `ExcludedRules` property.
        #[serde(rename = "ExcludedRules", skip_serializing_if = "Option::is_none")]
        pub excluded_rules: Option<Vec<ExcludedRule>>,
        /// Collection of ManagedRuleGroupConfig.
        #[serde(
            rename = "ManagedRuleGroupConfigs",
            skip_serializing_if = "Option::is_none"
        )]
        pub managed_rule_group_configs: Option<Vec<ManagedRuleGroupConfig>>,
        /// Name of the WebACL.
        ///
        /// Required.
        #[serde(rename = "Name")]
        pub name: Value<String>,
        /// Action overrides for rules in the rule group.
        #[serde(
            rename = "RuleActionOverrides",
            skip_serializing_if = "Option::is_none"
        )]
        pub rule_action_overrides: Option<Vec<RuleActionOverride>>,
        /// First level statement that contains conditions, such as ByteMatch, SizeConstraint, etc
        #[serde(rename = "ScopeDownStatement", skip_serializing_if = "Option::is_none")]
        pub scope_down_statement: Option<Box<Statement>>,
        /// The `VendorName` property.
        ///
        /// Required.
        #[serde(rename = "VendorName")]
        pub vendor_name: Value<String>,
        /// The `Version` property.
        #[serde(rename = "Version", skip_serializing_if = "Option::is_none")]
        pub version: Option<Value<String>>,
    }

    /// Configures monetization for the web ACL or rule group.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct MonetizationConfig {
        /// Configures cryptocurrency payment settings.
        #[serde(rename = "CryptoConfig", skip_serializing_if = "Option::is_none")]
        pub crypto_config: Option<CryptoConfig>,
        /// The currency mode for monetization. Use REAL for production payments and TEST for testing with testnet currencies.
        #[serde(rename = "CurrencyMode", skip_serializing_if = "Option::is_none")]
        pub currency_mode: Option<Value<String>>,
    }

    /// Monetize action for rules.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct MonetizeAction {
        /// The price multiplier for the monetize action.
        #[serde(rename = "PriceMultiplier", skip_serializing_if = "Option::is_none")]
        pub price_multiplier: Option<Value<String>>,
    }

    /// The `NotStatement` property type of `AWS::WAFv2::WebACL`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct NotStatement {
        /// First level statement that contains conditions, such as ByteMatch, SizeConstraint, etc
        ///
        /// Required.
        #[serde(rename = "Statement")]
        pub statement: Box<Statement>,
    }

    /// Configures the options for on-source DDoS protection provided by supported resource type.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct OnSourceDDoSProtectionConfig {
        /// The `ALBLowReputationMode` property.
        ///
        /// Required.
        #[serde(rename = "ALBLowReputationMode")]
        pub alb_low_reputation_mode: Value<String>,
    }

    /// The `OrStatement` property type of `AWS::WAFv2::WebACL`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct OrStatement {
        /// The `Statements` property.
        ///
        /// Required.
        #[serde(rename = "Statements")]
        pub statements: Vec<Statement>,
    }

    /// Override a RuleGroup or ManagedRuleGroup behavior. This can only be applied to Rule that has RuleGroupReferenceStatement or ManagedRuleGroupReferenceStatement.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct OverrideAction {
        /// The `Count` property.
        #[serde(rename = "Count", skip_serializing_if = "Option::is_none")]
        pub count: Option<Json>,
        /// The `None` property.
        #[serde(rename = "None", skip_serializing_if = "Option::is_none")]
        pub none: Option<Json>,
    }

    /// Configuration for a single payment network.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct PaymentNetwork {
        /// The blockchain chain to use.
        ///
        /// Required.
        #[serde(rename = "Chain")]
        pub chain: Value<String>,
        /// List of price configurations.
        ///
        /// Required.
        #[serde(rename = "Prices")]
        pub prices: Vec<Price>,
        /// The wallet address for receiving payments.
        ///
        /// Required.
        #[serde(rename = "WalletAddress")]
        pub wallet_address: Value<String>,
    }

    /// Text Transformation applied before parsing the query string.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct PreParseTextTransformation {
        /// Priority of PreParseTextTransformation being applied.
        ///
        /// Required.
        #[serde(rename = "Priority")]
        pub priority: Value<i64>,
        /// Type of pre-parse text transformation.
        ///
        /// Required.
        #[serde(rename = "Type")]
        pub r#type: Value<String>,
    }

    /// A price configuration.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Price {
        /// The price amount.
        ///
        /// Required.
        #[serde(rename = "Amount")]
        pub amount: Value<String>,
        /// The cryptocurrency to use for payment.
        ///
        /// Required.
        #[serde(rename = "Currency")]
        pub currency: Value<String>,
    }

    /// The `RateBasedStatement` property type of `AWS::WAFv2::WebACL`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct RateBasedStatement {
        /// The `AggregateKeyType` property.
        ///
        /// Required.
        #[serde(rename = "AggregateKeyType")]
        pub aggregate_key_type: Value<String>,
        /// Specifies the aggregate keys to use in a rate-base rule.
        #[serde(rename = "CustomKeys", skip_serializing_if = "Option::is_none")]
        pub custom_keys: Option<Vec<RateBasedStatementCustomKey>>,
        /// The `EvaluationWindowSec` property.
        #[serde(
            rename = "EvaluationWindowSec",
            skip_serializing_if = "Option::is_none"
        )]
        pub evaluation_window_sec: Option<Value<i64>>,
        /// The `ForwardedIPConfig` property.
        #[serde(rename = "ForwardedIPConfig", skip_serializing_if = "Option::is_none")]
        pub forwarded_ip_config: Option<ForwardedIpConfiguration>,
        /// The `Limit` property.
        ///
        /// Required.
        #[serde(rename = "Limit")]
        pub limit: Value<i64>,
        /// First level statement that contains conditions, such as ByteMatch, SizeConstraint, etc
        #[serde(rename = "ScopeDownStatement", skip_serializing_if = "Option::is_none")]
        pub scope_down_statement: Option<Box<Statement>>,
    }

    /// Specifies a single custom aggregate key for a rate-base rule.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct RateBasedStatementCustomKey {
        /// Specifies the request's ASN as an aggregate key for a rate-based rule.
        #[serde(rename = "ASN", skip_serializing_if = "Option::is_none")]
        pub asn: Option<Json>,
        /// Specifies a cookie as an aggregate key for a rate-based rule.
        #[serde(rename = "Cookie", skip_serializing_if = "Option::is_none")]
        pub cookie: Option<RateLimitCookie>,
        /// The `ForwardedIP` property.
        #[serde(rename = "ForwardedIP", skip_serializing_if = "Option::is_none")]
        pub forwarded_ip: Option<Json>,
        /// The `HTTPMethod` property.
        #[serde(rename = "HTTPMethod", skip_serializing_if = "Option::is_none")]
        pub http_method: Option<Json>,
        /// Specifies a header as an aggregate key for a rate-based rule.
        #[serde(rename = "Header", skip_serializing_if = "Option::is_none")]
        pub header: Option<RateLimitHeader>,
        /// The `IP` property.
        #[serde(rename = "IP", skip_serializing_if = "Option::is_none")]
        pub ip: Option<Json>,
        /// Specifies the request's JA3 fingerprint as an aggregate key for a rate-based rule.
        #[serde(rename = "JA3Fingerprint", skip_serializing_if = "Option::is_none")]
        pub ja3_fingerprint: Option<RateLimitJa3Fingerprint>,
        /// Specifies the request's JA4 fingerprint as an aggregate key for a rate-based rule.
        #[serde(rename = "JA4Fingerprint", skip_serializing_if = "Option::is_none")]
        pub ja4_fingerprint: Option<RateLimitJa4Fingerprint>,
        /// Specifies a label namespace to use as an aggregate key for a rate-based rule.
        #[serde(rename = "LabelNamespace", skip_serializing_if = "Option::is_none")]
        pub label_namespace: Option<RateLimitLabelNamespace>,
        /// Specifies a query argument in the request as an aggregate key for a rate-based rule.
        #[serde(rename = "QueryArgument", skip_serializing_if = "Option::is_none")]
        pub query_argument: Option<RateLimitQueryArgument>,
        /// Specifies the request's query string as an aggregate key for a rate-based rule.
        #[serde(rename = "QueryString", skip_serializing_if = "Option::is_none")]
        pub query_string: Option<RateLimitQueryString>,
        /// Specifies the request's URI Path as an aggregate key for a rate-based rule.
        #[serde(rename = "UriPath", skip_serializing_if = "Option::is_none")]
        pub uri_path: Option<RateLimitUriPath>,
    }

    /// Specifies a cookie as an aggregate key for a rate-based rule.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct RateLimitCookie {
        /// The name of the cookie to use.
        ///
        /// Required.
        #[serde(rename = "Name")]
        pub name: Value<String>,
        /// The `TextTransformations` property.
        ///
        /// Required.
        #[serde(rename = "TextTransformations")]
        pub text_transformations: Vec<TextTransformation>,
    }

    /// Specifies a header as an aggregate key for a rate-based rule.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct RateLimitHeader {
        /// The name of the header to use.
        ///
        /// Required.
        #[serde(rename = "Name")]
        pub name: Value<String>,
        /// The `TextTransformations` property.
        ///
        /// Required.
        #[serde(rename = "TextTransformations")]
        pub text_transformations: Vec<TextTransformation>,
    }

    /// Specifies the request's JA3 fingerprint as an aggregate key for a rate-based rule.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct RateLimitJa3Fingerprint {
        /// The `FallbackBehavior` property.
        ///
        /// Required.
        #[serde(rename = "FallbackBehavior")]
        pub fallback_behavior: Value<String>,
    }

    /// Specifies the request's JA4 fingerprint as an aggregate key for a rate-based rule.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct RateLimitJa4Fingerprint {
        /// The `FallbackBehavior` property.
        ///
        /// Required.
        #[serde(rename = "FallbackBehavior")]
        pub fallback_behavior: Value<String>,
    }

    /// Specifies a label namespace to use as an aggregate key for a rate-based rule.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct RateLimitLabelNamespace {
        /// The namespace to use for aggregation.
        ///
        /// Required.
        #[serde(rename = "Namespace")]
        pub namespace: Value<String>,
    }

    /// Specifies a query argument in the request as an aggregate key for a rate-based rule.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct RateLimitQueryArgument {
        /// The name of the query argument to use.
        ///
        /// Required.
        #[serde(rename = "Name")]
        pub name: Value<String>,
        /// The `TextTransformations` property.
        ///
        /// Required.
        #[serde(rename = "TextTransformations")]
        pub text_transformations: Vec<TextTransformation>,
    }

    /// Specifies the request's query string as an aggregate key for a rate-based rule.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct RateLimitQueryString {
        /// The `TextTransformations` property.
        ///
        /// Required.
        #[serde(rename = "TextTransformations")]
        pub text_transformations: Vec<TextTransformation>,
    }

    /// Specifies the request's URI Path as an aggregate key for a rate-based rule.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct RateLimitUriPath {
        /// The `TextTransformations` property.
        ///
        /// Required.
        #[serde(rename = "TextTransformations")]
        pub text_transformations: Vec<TextTransformation>,
    }

    /// Regex
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Regex {
        /// The `RegexString` property.
        #[serde(rename = "RegexString", skip_serializing_if = "Option::is_none")]
        pub regex_string: Option<Value<String>>,
    }

    /// The `RegexMatchStatement` property type of `AWS::WAFv2::WebACL`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct RegexMatchStatement {
        /// Field of the request to match.
        ///
        /// Required.
        #[serde(rename = "FieldToMatch")]
        pub field_to_match: FieldToMatch,
        /// The `PreParseTextTransformations` property.
        #[serde(
            rename = "PreParseTextTransformations",
            skip_serializing_if = "Option::is_none"
        )]
        pub pre_parse_text_transformations: Option<Vec<PreParseTextTransformation>>,
        /// The `RegexString` property.
        ///
        /// Required.
        #[serde(rename = "RegexString")]
        pub regex_string: Value<String>,
        /// The `TextTransformations` property.
        ///
        /// Required.
        #[serde(rename = "TextTransformations")]
        pub text_transformations: Vec<TextTransformation>,
    }

    /// The `RegexPatternSetReferenceStatement` property type of `AWS::WAFv2::WebACL`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct RegexPatternSetReferenceStatement {
        /// ARN of the WAF entity.
        ///
        /// Required.
        #[serde(rename = "Arn")]
        pub arn: Value<String>,
        /// Field of the request to match.
        ///
        /// Required.
        #[serde(rename = "FieldToMatch")]
        pub field_to_match: FieldToMatch,
        /// The `PreParseTextTransformations` property.
        #[serde(
            rename = "PreParseTextTransformations",
            skip_serializing_if = "Option::is_none"
        )]
        pub pre_parse_text_transformations: Option<Vec<PreParseTextTransformation>>,
        /// The `TextTransformations` property.
        ///
        /// Required.
        #[serde(rename = "TextTransformations")]
        pub text_transformations: Vec<TextTransformation>,
    }

    /// Configures the inspection size in the request body.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct RequestBodyAssociatedResourceTypeConfig {
        /// The `DefaultSizeInspectionLimit` property.
        ///
        /// Required.
        #[serde(rename = "DefaultSizeInspectionLimit")]
        pub default_size_inspection_limit: Value<String>,
    }

    /// Configures the inspection of login requests
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct RequestInspection {
        /// The `PasswordField` property.
        ///
        /// Required.
        #[serde(rename = "PasswordField")]
        pub password_field: FieldIdentifier,
        /// The `PayloadType` property.
        ///
        /// Required.
        #[serde(rename = "PayloadType")]
        pub payload_type: Value<String>,
        /// The `UsernameField` property.
        ///
        /// Required.
        #[serde(rename = "UsernameField")]
        pub username_field: FieldIdentifier,
    }

    /// Configures the inspection of sign-up requests
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct RequestInspectionAcfp {
        /// The `AddressFields` property.
        #[serde(rename = "AddressFields", skip_serializing_if = "Option::is_none")]
        pub address_fields: Option<Vec<FieldIdentifier>>,
        /// The `EmailField` property.
        #[serde(rename = "EmailField", skip_serializing_if = "Option::is_none")]
        pub email_field: Option<FieldIdentifier>,
        /// The `PasswordField` property.
        #[serde(rename = "PasswordField", skip_serializing_if = "Option::is_none")]
        pub password_field: Option<FieldIdentifier>,
        /// The `PayloadType` property.
        ///
        /// Required.
        #[serde(rename = "PayloadType")]
        pub payload_type: Value<String>,
        /// The `PhoneNumberFields` property.
        #[serde(rename = "PhoneNumberFields", skip_serializing_if = "Option::is_none")]
        pub phone_number_fields: Option<Vec<FieldIdentifier>>,
        /// The `UsernameField` property.
        #[serde(rename = "UsernameField", skip_serializing_if = "Option::is_none")]
        pub username_field: Option<FieldIdentifier>,
    }

    /// Configures the inspection of login responses
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ResponseInspection {
        /// Response body contents that indicate success or failure of a login request
        #[serde(rename = "BodyContains", skip_serializing_if = "Option::is_none")]
        pub body_contains: Option<ResponseInspectionBodyContains>,
        /// Response headers that indicate success or failure of a login request
        #[serde(rename = "Header", skip_serializing_if = "Option::is_none")]
        pub header: Option<ResponseInspectionHeader>,
        /// Response JSON that indicate success or failure of a login request
        #[serde(rename = "Json", skip_serializing_if = "Option::is_none")]
        pub json: Option<ResponseInspectionJson>,
        /// Response status codes that indicate success or failure of a login request
        #[serde(rename = "StatusCode", skip_serializing_if = "Option::is_none")]
        pub status_code: Option<ResponseInspectionStatusCode>,
    }

    /// Response body contents that indicate success or failure of a login request
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ResponseInspectionBodyContains {
        /// The `FailureStrings` property.
        ///
        /// Required.
        #[serde(rename = "FailureStrings")]
        pub failure_strings: Vec<Value<String>>,
        /// The `SuccessStrings` property.
        ///
        /// Required.
        #[serde(rename = "SuccessStrings")]
        pub success_strings: Vec<Value<String>>,
    }

    /// Response headers that indicate success or failure of a login request
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ResponseInspectionHeader {
        /// The `FailureValues` property.
        ///
        /// Required.
        #[serde(rename = "FailureValues")]
        pub failure_values: Vec<Value<String>>,
        /// The `Name` property.
        ///
        /// Required.
        #[serde(rename = "Name")]
        pub name: Value<String>,
        /// The `SuccessValues` property.
        ///
        /// Required.
        #[serde(rename = "SuccessValues")]
        pub success_values: Vec<Value<String>>,
    }

    /// Response JSON that indicate success or failure of a login request
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ResponseInspectionJson {
        /// The `FailureValues` property.
        ///
        /// Required.
        #[serde(rename = "FailureValues")]
        pub failure_values: Vec<Value<String>>,
        /// The `Identifier` property.
        ///
        /// Required.
        #[serde(rename = "Identifier")]
        pub identifier: Value<String>,
        /// The `SuccessValues` property.
        ///
        /// Required.
        #[serde(rename = "SuccessValues")]
        pub success_values: Vec<Value<String>>,
    }

    /// Response status codes that indicate success or failure of a login request
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ResponseInspectionStatusCode {
        /// The `FailureCodes` property.
        ///
        /// Required.
        #[serde(rename = "FailureCodes")]
        pub failure_codes: Vec<Value<i64>>,
        /// The `SuccessCodes` property.
        ///
        /// Required.
        #[serde(rename = "SuccessCodes")]
        pub success_codes: Vec<Value<i64>>,
    }

    /// Rule of WebACL that contains condition and action.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Rule {
        /// Action taken when Rule matches its condition.
        #[serde(rename = "Action", skip_serializing_if = "Option::is_none")]
        pub action: Option<RuleAction>,
        /// The `CaptchaConfig` property.
        #[serde(rename = "CaptchaConfig", skip_serializing_if = "Option::is_none")]
        pub captcha_config: Option<CaptchaConfig>,
        /// The `ChallengeConfig` property.
        #[serde(rename = "ChallengeConfig", skip_serializing_if = "Option::is_none")]
        pub challenge_config: Option<ChallengeConfig>,
        /// Name of the WebACL.
        ///
        /// Required.
        #[serde(rename = "Name")]
        pub name: Value<String>,
        /// Override a RuleGroup or ManagedRuleGroup behavior. This can only be applied to Rule that has RuleGroupReferenceStatement or ManagedRuleGroupReferenceStatement.
        #[serde(rename = "OverrideAction", skip_serializing_if = "Option::is_none")]
        pub override_action: Option<OverrideAction>,
        /// Priority of the Rule, Rules get evaluated from lower to higher priority.
        ///
        /// Required.
        #[serde(rename = "Priority")]
        pub priority: Value<i64>,
        /// Collection of Rule Labels.
        #[serde(rename = "RuleLabels", skip_serializing_if = "Option::is_none")]
        pub rule_labels: Option<Vec<Label>>,
        /// First level statement that contains conditions, such as ByteMatch, SizeConstraint, etc
        ///
        /// Required.
        #[serde(rename = "Statement")]
        pub statement: Statement,
        /// Visibility Metric of the WebACL.
        ///
        /// Required.
        #[serde(rename = "VisibilityConfig")]
        pub visibility_config: VisibilityConfig,
    }

    /// Action taken when Rule matches its condition.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct RuleAction {
        /// Allow traffic towards application.
        #[serde(rename = "Allow", skip_serializing_if = "Option::is_none")]
        pub allow: Option<AllowAction>,
        /// Block traffic towards application.
        #[serde(rename = "Block", skip_serializing_if = "Option::is_none")]
        pub block: Option<BlockAction>,
        /// Checks valid token exists with request.
        #[serde(rename = "Captcha", skip_serializing_if = "Option::is_none")]
        pub captcha: Option<CaptchaAction>,
        /// Checks that the request has a valid token with an unexpired challenge timestamp and, if not, returns a browser challenge to the client.
        #[serde(rename = "Challenge", skip_serializing_if = "Option::is_none")]
        pub challenge: Option<ChallengeAction>,
        /// Allow traffic towards application.
        #[serde(rename = "Count", skip_serializing_if = "Option::is_none")]
        pub count: Option<CountAction>,
        /// Monetize action for rules.
        #[serde(rename = "Monetize", skip_serializing_if = "Option::is_none")]
        pub monetize: Option<MonetizeAction>,
    }

    /// Action override for rules in the rule group.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct RuleActionOverride {
        /// Action taken when Rule matches its condition.
        ///
        /// Required.
        #[serde(rename = "ActionToUse")]
        pub action_to_use: RuleAction,
        /// Name of the WebACL.
        ///
        /// Required.
        #[serde(rename = "Name")]
        pub name: Value<String>,
    }

    /// The `RuleGroupReferenceStatement` property type of `AWS::WAFv2::WebACL`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct RuleGroupReferenceStatement {
        /// ARN of the WAF entity.
        ///
        /// Required.
        #[serde(rename = "Arn")]
        pub arn: Value<String>,
        /// The `ExcludedRules` property.
        #[serde(rename = "ExcludedRules", skip_serializing_if = "Option::is_none")]
        pub excluded_rules: Option<Vec<ExcludedRule>>,
        /// Action overrides for rules in the rule group.
        #[serde(
            rename = "RuleActionOverrides",
            skip_serializing_if = "Option::is_none"
        )]
        pub rule_action_overrides: Option<Vec<RuleActionOverride>>,
    }

    /// The `SingleHeader` property type of `AWS::WAFv2::WebACL`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct SingleHeader {
        /// The `Name` property.
        #[serde(rename = "Name", skip_serializing_if = "Option::is_none")]
        pub name: Option<Value<String>>,
    }

    /// The `SingleQueryArgument` property type of `AWS::WAFv2::WebACL`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct SingleQueryArgument {
        /// The `Name` property.
        #[serde(rename = "Name", skip_serializing_if = "Option::is_none")]
        pub name: Option<Value<String>>,
    }

    /// Size Constraint statement.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct SizeConstraintStatement {
        /// The `ComparisonOperator` property.
        ///
        /// Required.
        #[serde(rename = "ComparisonOperator")]
        pub comparison_operator: Value<String>,
        /// Field of the request to match.
        ///
        /// Required.
        #[serde(rename = "FieldToMatch")]
        pub field_to_match: FieldToMatch,
        /// The `PreParseTextTransformations` property.
        #[serde(
            rename = "PreParseTextTransformations",
            skip_serializing_if = "Option::is_none"
        )]
        pub pre_parse_text_transformations: Option<Vec<PreParseTextTransformation>>,
        /// The `Size` property.
        ///
        /// Required.
        #[serde(rename = "Size")]
        pub size: Value<f64>,
        /// The `TextTransformations` property.
        ///
        /// Required.
        #[serde(rename = "TextTransformations")]
        pub text_transformations: Vec<TextTransformation>,
    }

    /// Sqli Match Statement.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct SqliMatchStatement {
        /// Field of the request to match.
        ///
        /// Required.
        #[serde(rename = "FieldToMatch")]
        pub field_to_match: FieldToMatch,
        /// The `PreParseTextTransformations` property.
        #[serde(
            rename = "PreParseTextTransformations",
            skip_serializing_if = "Option::is_none"
        )]
        pub pre_parse_text_transformations: Option<Vec<PreParseTextTransformation>>,
        /// Sensitivity Level current only used for sqli match statements.
        #[serde(rename = "SensitivityLevel", skip_serializing_if = "Option::is_none")]
        pub sensitivity_level: Option<Value<String>>,
        /// The `TextTransformations` property.
        ///
        /// Required.
        #[serde(rename = "TextTransformations")]
        pub text_transformations: Vec<TextTransformation>,
    }

    /// First level statement that contains conditions, such as ByteMatch, SizeConstraint, etc
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Statement {
        /// The `AndStatement` property.
        #[serde(rename = "AndStatement", skip_serializing_if = "Option::is_none")]
        pub and_statement: Option<AndStatement>,
        /// The `AsnMatchStatement` property.
        #[serde(rename = "AsnMatchStatement", skip_serializing_if = "Option::is_none")]
        pub asn_match_statement: Option<AsnMatchStatement>,
        /// Byte Match statement.
        #[serde(rename = "ByteMatchStatement", skip_serializing_if = "Option::is_none")]
        pub byte_match_statement: Option<ByteMatchStatement>,
        /// The `GeoMatchStatement` property.
        #[serde(rename = "GeoMatchStatement", skip_serializing_if = "Option::is_none")]
        pub geo_match_statement: Option<GeoMatchStatement>,
        /// The `IPSetReferenceStatement` property.
        #[serde(
            rename = "IPSetReferenceStatement",
            skip_serializing_if = "Option::is_none"
        )]
        pub ip_set_reference_statement: Option<IpSetReferenceStatement>,
        /// The `LabelMatchStatement` property.
        #[serde(
            rename = "LabelMatchStatement",
            skip_serializing_if = "Option::is_none"
        )]
        pub label_match_statement: Option<LabelMatchStatement>,
        /// The `ManagedRuleGroupStatement` property.
        #[serde(
            rename = "ManagedRuleGroupStatement",
            skip_serializing_if = "Option::is_none"
        )]
        pub managed_rule_group_statement: Option<Box<ManagedRuleGroupStatement>>,
        /// The `NotStatement` property.
        #[serde(rename = "NotStatement", skip_serializing_if = "Option::is_none")]
        pub not_statement: Option<Box<NotStatement>>,
        /// The `OrStatement` property.
        #[serde(rename = "OrStatement", skip_serializing_if = "Option::is_none")]
        pub or_statement: Option<OrStatement>,
        /// The `RateBasedStatement` property.
        #[serde(rename = "RateBasedStatement", skip_serializing_if = "Option::is_none")]
        pub rate_based_statement: Option<Box<RateBasedStatement>>,
        /// The `RegexMatchStatement` property.
        #[serde(
            rename = "RegexMatchStatement",
            skip_serializing_if = "Option::is_none"
        )]
        pub regex_match_statement: Option<RegexMatchStatement>,
        /// The `RegexPatternSetReferenceStatement` property.
        #[serde(
            rename = "RegexPatternSetReferenceStatement",
            skip_serializing_if = "Option::is_none"
        )]
        pub regex_pattern_set_reference_statement: Option<RegexPatternSetReferenceStatement>,
        /// The `RuleGroupReferenceStatement` property.
        #[serde(
            rename = "RuleGroupReferenceStatement",
            skip_serializing_if = "Option::is_none"
        )]
        pub rule_group_reference_statement: Option<RuleGroupReferenceStatement>,
        /// Size Constraint statement.
        #[serde(
            rename = "SizeConstraintStatement",
            skip_serializing_if = "Option::is_none"
        )]
        pub size_constraint_statement: Option<SizeConstraintStatement>,
        /// Sqli Match Statement.
        #[serde(rename = "SqliMatchStatement", skip_serializing_if = "Option::is_none")]
        pub sqli_match_statement: Option<SqliMatchStatement>,
        /// Xss Match Statement.
        #[serde(rename = "XssMatchStatement", skip_serializing_if = "Option::is_none")]
        pub xss_match_statement: Option<XssMatchStatement>,
    }

    /// Text Transformation on the Search String before match.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct TextTransformation {
        /// Priority of Rule being evaluated.
        ///
        /// Required.
        #[serde(rename = "Priority")]
        pub priority: Value<i64>,
        /// Type of text transformation.
        ///
        /// Required.
        #[serde(rename = "Type")]
        pub r#type: Value<String>,
    }

    /// The path component of the URI Fragment. This is the part of a web request that identifies a fragment uri, for example, /abcd#introduction
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct UriFragment {
        /// The `FallbackBehavior` property.
        #[serde(rename = "FallbackBehavior", skip_serializing_if = "Option::is_none")]
        pub fallback_behavior: Option<Value<String>>,
    }

    /// Visibility Metric of the WebACL.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct VisibilityConfig {
        /// The `CloudWatchMetricsEnabled` property.
        ///
        /// Required.
        #[serde(rename = "CloudWatchMetricsEnabled")]
        pub cloud_watch_metrics_enabled: Value<bool>,
        /// The `MetricName` property.
        ///
        /// Required.
        #[serde(rename = "MetricName")]
        pub metric_name: Value<String>,
        /// The `SampledRequestsEnabled` property.
        ///
        /// Required.
        #[serde(rename = "SampledRequestsEnabled")]
        pub sampled_requests_enabled: Value<bool>,
    }

    /// Xss Match Statement.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct XssMatchStatement {
        /// Field of the request to match.
        ///
        /// Required.
        #[serde(rename = "FieldToMatch")]
        pub field_to_match: FieldToMatch,
        /// The `PreParseTextTransformations` property.
        #[serde(
            rename = "PreParseTextTransformations",
            skip_serializing_if = "Option::is_none"
        )]
        pub pre_parse_text_transformations: Option<Vec<PreParseTextTransformation>>,
        /// The `TextTransformations` property.
        ///
        /// Required.
        #[serde(rename = "TextTransformations")]
        pub text_transformations: Vec<TextTransformation>,
    }
}
pub use web_acl::WebAcl;

/// `AWS::WAFv2::WebACLAssociation`: the resource and its property types.
pub mod web_acl_association {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// Associates WebACL to Application Load Balancer, CloudFront or API Gateway.
    ///
    /// CloudFormation type `AWS::WAFv2::WebACLAssociation`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct WebAclAssociation {
        /// The `ResourceArn` property.
        ///
        /// Required.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "ResourceArn")]
        pub resource_arn: Value<String>,
        /// The `WebACLArn` property.
        ///
        /// Required.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "WebACLArn")]
        pub web_acl_arn: Value<String>,
    }

    impl CfnResource for WebAclAssociation {
        const TYPE: &'static str = "AWS::WAFv2::WebACLAssociation";
        const TAGGING: Tagging = Tagging::None;
    }
}
pub use web_acl_association::WebAclAssociation;

/// `AWS::WAFv2::LoggingConfiguration`: the resource and its property types.
pub mod logging_configuration {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// A WAFv2 Logging Configuration Resource Provider
    ///
    /// CloudFormation type `AWS::WAFv2::LoggingConfiguration`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct LoggingConfiguration {
        /// The Amazon Resource Names (ARNs) of the logging destinations that you want to associate with the web ACL.
        ///
        /// Required.
        #[serde(rename = "LogDestinationConfigs")]
        pub log_destination_configs: Vec<Value<String>>,
        /// Filtering that specifies which web requests are kept in the logs and which are dropped. You can filter on the rule action and on the web request labels that were applied by matching rules during web ACL evaluation.
        #[serde(rename = "LoggingFilter", skip_serializing_if = "Option::is_none")]
        pub logging_filter: Option<Json>,
        /// The parts of the request that you want to keep out of the logs. For example, if you redact the HEADER field, the HEADER field in the firehose will be xxx.
        #[serde(rename = "RedactedFields", skip_serializing_if = "Option::is_none")]
        pub redacted_fields: Option<Vec<FieldToMatch>>,
        /// The Amazon Resource Name (ARN) of the web ACL that you want to associate with LogDestinationConfigs.
        ///
        /// Required.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "ResourceArn")]
        pub resource_arn: Value<String>,
    }

    impl CfnResource for LoggingConfiguration {
        const TYPE: &'static str = "AWS::WAFv2::LoggingConfiguration";
        const TAGGING: Tagging = Tagging::None;
    }

    /// The `Condition` property type of `AWS::WAFv2::LoggingConfiguration`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Condition {
        /// A single action condition.
        #[serde(rename = "ActionCondition", skip_serializing_if = "Option::is_none")]
        pub action_condition: Option<Json>,
        /// A single label name condition.
        #[serde(rename = "LabelNameCondition", skip_serializing_if = "Option::is_none")]
        pub label_name_condition: Option<Json>,
    }

    /// A key-value pair to associate with a resource.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct FieldToMatch {
        /// The `Method` property.
        #[serde(rename = "Method", skip_serializing_if = "Option::is_none")]
        pub method: Option<Json>,
        /// The `QueryString` property.
        #[serde(rename = "QueryString", skip_serializing_if = "Option::is_none")]
        pub query_string: Option<Json>,
        /// Inspect a single header. Provide the name of the header to inspect, for example, User-Agent or Referer. This setting isn't case sensitive.
        #[serde(rename = "SingleHeader", skip_serializing_if = "Option::is_none")]
        pub single_header: Option<Json>,
        /// The `UriPath` property.
        #[serde(rename = "UriPath", skip_serializing_if = "Option::is_none")]
        pub uri_path: Option<Json>,
    }

    /// The `Filter` property type of `AWS::WAFv2::LoggingConfiguration`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Filter {
        /// How to handle logs that satisfy the filter's conditions and requirement.
        ///
        /// Required.
        #[serde(rename = "Behavior")]
        pub behavior: Value<String>,
        /// Match conditions for the filter.
        ///
        /// Required.
        #[serde(rename = "Conditions")]
        pub conditions: Vec<Condition>,
        /// Logic to apply to the filtering conditions. You can specify that, in order to satisfy the filter, a log must match all conditions or must match at least one condition.
        ///
        /// Required.
        #[serde(rename = "Requirement")]
        pub requirement: Value<String>,
    }
}
pub use logging_configuration::LoggingConfiguration;
