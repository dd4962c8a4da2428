//! # stackward
//!
//! AWS infrastructure as typed Rust code that comes out secure by default.
//!
//! AWS secures the cloud; its customers secure what they put in it. The
//! builders here (`kms::Key`, `s3::Bucket`, ...) default to the customer's
//! half done: encryption with customer-managed keys, private buckets, TLS
//! only, versioning, access logs, data retained on delete. Anything less has
//! to be asked for with a [`Waiver`] that carries a reason and the rules it
//! suppresses; it shows in the template's `Metadata`.
//!
//! ```
//! use stackward::prelude::*;
//!
//! let mut stack = Stack::new("DataLake").unwrap();
//! stack.description("Raw data landing zone").allowed_regions(["eu-west-1"]);
//! let key = stack.add(kms::Key::builder().id("data").alias("alias/data-lake").build());
//! let raw = stack.add(s3::Bucket::builder().id("raw").encryption(key).build());
//! let template = stack.synth().unwrap();
//! assert!(template.text().contains("\"SSEAlgorithm\": \"aws:kms\""));
//! # let _ = raw;
//! ```
//!
//! `Stack::synth` expands constructs into CloudFormation resources, checks
//! every reference, CloudFormation's limits and stackward's Guard rules, and
//! returns a [`template::Template`] whose bytes are the same on every run.
#![deny(missing_docs)]

pub mod app;
pub mod asset;
pub mod audit;
pub mod cfn;
pub mod check;
#[cfg(feature = "cli")]
pub mod cli;
pub mod deploy;
pub mod diff;
pub mod duty;
mod error;
mod parallel;
mod removal;
pub mod report;
pub mod sarif;
pub mod services;
mod status;
pub mod template;
mod waiver;

pub use app::App;
pub use services::{
    acm, apigateway, autoscaling, backup, baseline, cloudfront, cloudwatch, dynamodb, ec2, elb,
    iam, kms, lambda, logs, rds, route53, s3, secretsmanager, sns, sqs, vpc, wafv2,
};

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
pub use error::{Error, Result};
pub use removal::Removal;
pub use waiver::Waiver;

/// The names most stacks need.
pub mod prelude {
    pub use crate::template::{Handle, Intrinsic, Output, Parameter, Pseudo, Stack, Value};
    pub use crate::{
        acm, apigateway, autoscaling, backup, baseline, cloudfront, cloudwatch, dynamodb, ec2, elb,
        iam, kms, lambda, logs, rds, route53, s3, secretsmanager, sns, sqs, vpc, wafv2, App, Error,
        Removal, Waiver,
    };
}
