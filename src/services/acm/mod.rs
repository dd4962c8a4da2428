//! AWS Certificate Manager: `acm::Certificate`, a public TLS certificate
//! validated through DNS and renewed by AWS.
//!
#![doc = include_str!("defaults.md")]

pub(crate) mod duties;

use typed_builder::TypedBuilder;

use crate::cfn::l1::certificatemanager as l1;
use crate::error::Error;
use crate::template::{Construct, Handle, LogicalId, Resource, Stack, Value};

/// A certificate for listeners and distributions: one this stack requests,
/// or one issued elsewhere, by ARN.
#[derive(Debug, Clone, PartialEq)]
pub struct CertificateRef {
    arn: Value<String>,
}

impl CertificateRef {
    /// A certificate issued or imported outside this stack (its ARN, or a
    /// parameter's `Ref`).
    pub fn from_arn(arn: impl Into<Value<String>>) -> CertificateRef {
        CertificateRef { arn: arn.into() }
    }

    /// The certificate's ARN.
    pub fn arn(&self) -> Value<String> {
        self.arn.clone()
    }
}

/// A public certificate that AWS Certificate Manager issues, validates
/// through DNS records in a Route 53 hosted zone, and renews before it
/// expires.
///
/// DNS validation (renewal needs no one to click an e-mail), certificate
/// transparency logging on (mis-issuance is visible), RSA 2048 keys unless
/// asked for ECDSA P-256.
///
/// ```
/// use stackward::prelude::*;
///
/// let mut stack = Stack::new("Edge").unwrap();
/// let cert = stack.add(
///     acm::Certificate::builder()
///         .id("site")
///         .domain("app.example.com")
///         .hosted_zone_id("Z0123456789ABCDEFGHIJ")
///         .build(),
/// );
/// let t = stack.synth().unwrap();
/// let p = &t.json()["Resources"]["Site"]["Properties"];
/// assert_eq!(p["ValidationMethod"], "DNS");
/// assert_eq!(p["DomainValidationOptions"][0]["HostedZoneId"], "Z0123456789ABCDEFGHIJ");
/// # let _ = cert;
/// ```
#[derive(Debug, Clone, TypedBuilder)]
#[builder(doc)]
#[non_exhaustive]
pub struct Certificate {
    /// The user's id; the logical id is its PascalCase form.
    #[builder(setter(into))]
    pub id: String,
    /// The fully qualified domain name, such as `app.example.com`
    /// (`*.example.com` for a wildcard), or a parameter's `Ref`.
    #[builder(setter(into))]
    pub domain: Value<String>,
    /// Further names the certificate covers (at most 99).
    #[builder(default)]
    pub alternative_names: Vec<String>,
    /// The Route 53 hosted zone where ACM writes the validation records:
    /// its id, or a parameter's `Ref`.
    #[builder(setter(into))]
    pub hosted_zone_id: Value<String>,
    /// An ECDSA P-256 key instead of RSA 2048.
    #[builder(default)]
    pub ecdsa: bool,
}

impl Handle for CertificateHandle {
    fn id(&self) -> &LogicalId {
        &self.id
    }
}

/// The handle of a certificate this stack requests: a [`CertificateRef`]
/// to hand to listeners.
#[derive(Debug, Clone, PartialEq)]
pub struct CertificateHandle {
    id: LogicalId,
    certificate: CertificateRef,
}

impl std::ops::Deref for CertificateHandle {
    type Target = CertificateRef;
    fn deref(&self) -> &CertificateRef {
        &self.certificate
    }
}

/// Whether `name` is a domain name ACM accepts: 1-253 characters, labels
/// of 1-63 letters, digits and hyphens (not at either end), at least two
/// labels, an optional leading `*.` wildcard.
pub(crate) fn is_domain_name(name: &str) -> bool {
    let bare = name.strip_prefix("*.").unwrap_or(name);
    let labels: Vec<&str> = bare.split('.').collect();
    name.len() <= 253
        && labels.len() >= 2
        && labels.iter().all(|l| {
            (1..=63).contains(&l.len())
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
}

impl Certificate {
    fn validate(&self, id: &LogicalId) -> Vec<Error> {
        let mut errors = Vec::new();
        let literal = match &self.domain {
            Value::Literal(name) => Some(name),
            _ => None,
        };
        for name in literal.into_iter().chain(&self.alternative_names) {
            if !is_domain_name(name) {
                errors.push(Error::invalid(
                    id.as_str(),
                    "DomainName",
                    name,
                    "a domain name is at most 253 characters of labels (1-63 letters, digits and inner hyphens) joined by dots, with an optional leading *.",
                ));
            }
        }
        if self.alternative_names.len() > 99 {
            errors.push(Error::invalid(
                id.as_str(),
                "SubjectAlternativeNames",
                self.alternative_names.len(),
                "a certificate covers at most 100 names",
            ));
        }
        errors
    }
}

impl Construct for Certificate {
    type Handle = CertificateHandle;

    fn add_to(self, stack: &mut Stack) -> CertificateHandle {
        let id = stack.construct_id(&self.id, |id| self.validate(id));
        let names = std::iter::once(self.domain.clone())
            .chain(self.alternative_names.iter().map(|n| n.as_str().into()));
        let l1 = l1::Certificate {
            domain_name: self.domain.clone(),
            subject_alternative_names: (!self.alternative_names.is_empty()).then(|| {
                self.alternative_names
                    .iter()
                    .map(|n| n.as_str().into())
                    .collect()
            }),
            validation_method: Some("DNS".into()),
            domain_validation_options: Some(
                names
                    .map(|n| l1::certificate::DomainValidationOption {
                        domain_name: Some(n),
                        hosted_zone_id: Some(self.hosted_zone_id.clone()),
                        ..Default::default()
                    })
                    .collect(),
            ),
            certificate_transparency_logging_preference: Some("ENABLED".into()),
            key_algorithm: Some(
                if self.ecdsa {
                    "EC_prime256v1"
                } else {
                    "RSA_2048"
                }
                .into(),
            ),
            ..Default::default()
        };
        stack.add_resource(Resource::new(id.clone(), &l1));
        let certificate = CertificateRef {
            arn: crate::template::Intrinsic::reference(id.as_str()).into(),
        };
        CertificateHandle { id, certificate }
    }
}

/// This service's entry in [`crate::services::ALL`].
pub(crate) const SERVICE: crate::services::Service = crate::services::Service {
    name: "acm",
    guard: include_str!("rules.guard"),
    rules: duties::RULES,
    duties: &[&duties::CERTIFICATE_DUTIES],
    hand_written_l1: Vec::new,
    variants: &[],
    answered: &[],
};
