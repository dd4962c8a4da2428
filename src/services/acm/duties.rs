//! What the template shows, resource type by resource type, for each duty
//! the configuration of this service discharges: the evidence the
//! responsibility report reads, and what stays with the customer.

use crate::duty::{Duty, Evidence, Expect, Locate, ResourceDuties, Rule};

/// What a certificate shows.
pub(crate) const CERTIFICATE_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::CertificateManager::Certificate",
    service: "AWS Certificate Manager",
    aws: &[
        "issuing the certificate and protecting its private key",
        "renewing a DNS-validated certificate before it expires",
    ],
    evidence: &[
        Evidence {
            duty: Duty::EncryptionInTransit,
            what: "validated through DNS, so it renews without anyone acting",
            locate: Locate::Own("/Properties/ValidationMethod"),
            expect: Expect::Equals("\"DNS\""),
            rule: Some("ACM_CERTIFICATE_DNS_VALIDATED"),
            control: None,
        },
        Evidence {
            duty: Duty::EncryptionInTransit,
            what: "certificate transparency logging on",
            locate: Locate::Own("/Properties/CertificateTransparencyLoggingPreference"),
            expect: Expect::Equals("\"ENABLED\""),
            rule: Some("ACM_CERTIFICATE_TRANSPARENCY_LOGGING"),
            control: None,
        },
    ],
    residual: &[(
        Duty::EncryptionInTransit,
        "keep the validation records in the hosted zone for as long as the certificate renews",
    )],
};

/// The Guard rules in this service's `rules.guard`: what each checks and
/// the option that asks for less (with a waiver).
pub(crate) const RULES: &[Rule] = &[
    Rule {
        name: "ACM_CERTIFICATE_DNS_VALIDATED",
        checks: "certificate validated through DNS",
        waived_by: "none: always DNS",
        equivalents: &[],
    },
    Rule {
        name: "ACM_CERTIFICATE_TRANSPARENCY_LOGGING",
        checks: "certificate transparency logging on",
        waived_by: "none: always on",
        equivalents: &[],
    },
];
