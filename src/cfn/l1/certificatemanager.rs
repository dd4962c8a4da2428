// Written by `cargo xtask codegen` from CloudFormation's resource provider
// schemas; do not edit by hand.

//! L1 structs of the listed `AWS::CertificateManager::*` types.

/// `AWS::CertificateManager::Certificate`: the resource and its property types.
pub mod certificate {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// Resource Type definition for AWS::CertificateManager::Certificate
    ///
    /// CloudFormation type `AWS::CertificateManager::Certificate`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Certificate {
        /// The Amazon Resource Name (ARN) of the private certificate authority (CA) that will be used to issue the certificate.
        ///
        /// Changing it replaces the resource.
        #[serde(
            rename = "CertificateAuthorityArn",
            skip_serializing_if = "Option::is_none"
        )]
        pub certificate_authority_arn: Option<Value<String>>,
        /// Specifies whether the certificate can be exported. ENABLED allows the certificate to be exported, DISABLED prevents export.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "CertificateExport", skip_serializing_if = "Option::is_none")]
        pub certificate_export: Option<Value<String>>,
        /// You can opt out of certificate transparency logging by specifying the DISABLED option. Opt in by specifying ENABLED.
        #[serde(
            rename = "CertificateTransparencyLoggingPreference",
            skip_serializing_if = "Option::is_none"
        )]
        pub certificate_transparency_logging_preference: Option<Value<String>>,
        /// The fully qualified domain name (FQDN), such as www.example.com, with which you want to secure an ACM certificate
        ///
        /// Required.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "DomainName")]
        pub domain_name: Value<String>,
        /// Domain information that domain name registrars use to verify your identity.
        ///
        /// Changing it replaces the resource.
        #[serde(
            rename = "DomainValidationOptions",
            skip_serializing_if = "Option::is_none"
        )]
        pub domain_validation_options: Option<Vec<DomainValidationOption>>,
        /// The `Id` property.
        #[serde(rename = "Id", skip_serializing_if = "Option::is_none")]
        pub id: Option<Json>,
        /// Specifies the algorithm of the public and private key pair that your certificate uses to encrypt data.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "KeyAlgorithm", skip_serializing_if = "Option::is_none")]
        pub key_algorithm: Option<Value<String>>,
        /// Additional FQDNs to be included in the Subject Alternative Name extension of the ACM certificate.
        ///
        /// Changing it replaces the resource.
        #[serde(
            rename = "SubjectAlternativeNames",
            skip_serializing_if = "Option::is_none"
        )]
        pub subject_alternative_names: Option<Vec<Value<String>>>,
        /// Key-value pairs that can identify the certificate.
        #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<crate::cfn::Tag>>,
        /// The method you want to use to validate that you own or control the domain associated with a public certificate. Valid values are DNS, EMAIL or HTTP
        #[serde(rename = "ValidationMethod", skip_serializing_if = "Option::is_none")]
        pub validation_method: Option<Value<String>>,
    }

    impl CfnResource for Certificate {
        const TYPE: &'static str = "AWS::CertificateManager::Certificate";
        const TAGGING: Tagging = Tagging::List;
    }

    /// The `DomainValidationOption` property type of `AWS::CertificateManager::Certificate`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct DomainValidationOption {
        /// The `DomainName` property.
        #[serde(rename = "DomainName", skip_serializing_if = "Option::is_none")]
        pub domain_name: Option<Value<String>>,
        /// The `HostedZoneId` property.
        #[serde(rename = "HostedZoneId", skip_serializing_if = "Option::is_none")]
        pub hosted_zone_id: Option<Value<String>>,
        /// The `ValidationDomain` property.
        #[serde(rename = "ValidationDomain", skip_serializing_if = "Option::is_none")]
        pub validation_domain: Option<Value<String>>,
    }
}
pub use certificate::Certificate;
