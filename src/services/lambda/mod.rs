//! `lambda::Function`: a function with its own encrypted log group, a role
//! that may only write there (plus what grants add), encrypted environment,
//! tracing, reserved concurrency and an encrypted dead-letter queue.
//!
#![doc = include_str!("defaults.md")]

mod actions;
pub(crate) mod duties;
mod event_source;

use std::collections::BTreeMap;

use typed_builder::TypedBuilder;

use crate::cfn::l1::lambda as l1;
use crate::ec2::{Peer, Port, Rule, SecurityGroup, SecurityGroupRef};
use crate::error::Error;
use crate::iam::{Effect, Grantee, ManagedPolicy, Role, RoleRef, Statement};
use crate::kms::KeyRef;
use crate::logs::{LogGroup, Retention};
use crate::s3::BucketRef;
use crate::sqs::Action as SqsAction;
use crate::template::{Construct, Handle, Intrinsic, LogicalId, Resource, Stack, Value};
use crate::vpc::{Tier, VpcRef};
use crate::waiver::Waiver;

/// AWS Lambda actions for grants and hand-written statements.
pub use actions::LambdaAction as Action;
pub use event_source::{EventSource, StartingPosition};

/// The largest inline source CloudFormation takes, in bytes.
pub const MAX_INLINE_CODE: usize = 4096;

/// Runtimes AWS supports and has not announced deprecation for, as
/// CloudFormation spells them.
pub const RUNTIMES: [&str; 13] = [
    "python3.11",
    "python3.12",
    "python3.13",
    "python3.14",
    "python3.15",
    "nodejs22.x",
    "nodejs24.x",
    "java17",
    "java21",
    "dotnet8",
    "ruby3.3",
    "ruby3.4",
    "provided.al2023",
];

/// A supported runtime.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Runtime {
    /// Python 3.11.
    Python311,
    /// Python 3.12.
    Python312,
    /// Python 3.13.
    Python313,
    /// Python 3.14.
    Python314,
    /// Python 3.15.
    Python315,
    /// Node.js 22.
    Nodejs22,
    /// Node.js 24.
    Nodejs24,
    /// Java 17.
    Java17,
    /// Java 21.
    Java21,
    /// .NET 8.
    Dotnet8,
    /// Ruby 3.3.
    Ruby33,
    /// Ruby 3.4.
    Ruby34,
    /// A custom runtime on Amazon Linux 2023.
    ProvidedAl2023,
}

impl Runtime {
    fn name(self) -> &'static str {
        RUNTIMES[self as usize]
    }

    fn takes_inline_code(self) -> bool {
        matches!(
            self,
            Runtime::Python311
                | Runtime::Python312
                | Runtime::Python313
                | Runtime::Python314
                | Runtime::Python315
                | Runtime::Nodejs22
                | Runtime::Nodejs24
        )
    }
}

/// Where the function's code is.
#[derive(Debug, Clone, PartialEq)]
pub enum Code {
    /// Source in the template (Python and Node.js, at most 4096 bytes).
    Inline(String),
    /// A zip object in a bucket of this stack.
    Bucket {
        /// The bucket.
        bucket: BucketRef,
        /// The object key.
        key: String,
    },
    /// A folder zipped by synth (see [`crate::asset`]): the template takes
    /// the bucket and key as parameters and `generated/manifest.json` says
    /// what to upload where. A relative path is read from the current
    /// directory, the workspace root under `cargo xtask`.
    Asset(std::path::PathBuf),
    /// A zip object anywhere, by bucket name and key.
    S3 {
        /// The bucket's name.
        bucket: Value<String>,
        /// The object key.
        key: Value<String>,
    },
}

/// The instruction set the function runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Architecture {
    /// Graviton (cheaper per millisecond).
    #[default]
    Arm64,
    /// x86-64.
    X86_64,
}

/// A Lambda function.
///
/// ```
/// use stackward::prelude::*;
/// use stackward::lambda::{Code, Function, Runtime};
///
/// let mut stack = Stack::new("Api").unwrap();
/// let f = stack.add(
///     Function::builder()
///         .id("resize")
///         .runtime(Runtime::Python315)
///         .handler("index.handler")
///         .code(Code::Inline("def handler(event, context):\n    return event\n".into()))
///         .outside_vpc(Waiver::new("calls only AWS APIs", ["LAMBDA_INSIDE_VPC", "CT.LAMBDA.PR.3"]).unwrap())
///         .build(),
/// );
/// let t = stack.synth().unwrap();
/// let p = &t.json()["Resources"][f.id().as_str()]["Properties"];
/// assert_eq!(p["TracingConfig"]["Mode"], "Active");
/// assert_eq!(p["LoggingConfig"]["LogGroup"]["Ref"], "ResizeLogs");
/// ```
#[derive(Debug, Clone, TypedBuilder)]
#[builder(doc)]
#[non_exhaustive]
pub struct Function {
    /// The user's id; the logical id is its PascalCase form.
    #[builder(setter(into))]
    pub id: String,
    /// The runtime.
    pub runtime: Runtime,
    /// `file.function` (or the class and method for Java and .NET).
    #[builder(setter(into))]
    pub handler: String,
    /// The code.
    pub code: Code,
    /// The function's name; CloudFormation generates one when unset.
    #[builder(default, setter(into, strip_option))]
    pub name: Option<String>,
    /// What the function does.
    #[builder(default, setter(into, strip_option))]
    pub description: Option<String>,
    /// The instruction set.
    #[builder(default)]
    pub architecture: Architecture,
    /// Memory in MB, 128-10240.
    #[builder(default = 256)]
    pub memory_mb: u32,
    /// Timeout in seconds, 1-900.
    #[builder(default = 30)]
    pub timeout_s: u32,
    /// Concurrent executions reserved for (and capping) the function.
    #[builder(default = 10)]
    pub reserved_concurrency: u32,
    /// Environment variables; a literal whose name says it is a secret is refused.
    #[builder(default)]
    pub environment: Vec<(String, Value<String>)>,
    /// The key for the environment, logs and dead-letter queue.
    #[builder(default, setter(strip_option))]
    pub key: Option<KeyRef>,
    /// How long the function's logs are kept.
    #[builder(default)]
    pub log_retention: Retention,
    /// The VPC; the function goes in its private (else isolated) tier.
    #[builder(default, setter(transform = |vpc: &VpcRef| Some(vpc.clone())))]
    pub vpc: Option<VpcRef>,
    /// No VPC: only with a waiver of `LAMBDA_INSIDE_VPC`.
    #[builder(default, setter(strip_option))]
    pub outside_vpc: Option<Waiver>,
    /// A function URL.
    #[builder(default, setter(strip_option))]
    pub url: Option<FunctionUrl>,
    /// Statements the role holds besides logging and the dead-letter queue.
    #[builder(default)]
    pub statements: Vec<Statement>,
}

/// A function URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FunctionUrl {
    /// Callers sign with IAM credentials (`AuthType: AWS_IAM`).
    Iam,
    /// Anyone on the internet may call it (`AuthType: NONE`).
    Public(Waiver),
}

/// A handle to a function in a stack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FunctionRef {
    id: LogicalId,
    role: RoleRef,
    security_group: Option<SecurityGroupRef>,
    timeout_s: u32,
    dead_letters: crate::sqs::QueueRef,
}

impl Handle for FunctionRef {
    fn id(&self) -> &LogicalId {
        &self.id
    }
}

impl FunctionRef {
    /// The function's ARN.
    pub fn arn(&self) -> Value<String> {
        self.get_att("Arn")
    }

    /// The function's name (`Ref`).
    pub fn name(&self) -> Value<String> {
        self.reference()
    }

    /// The execution role.
    pub fn role(&self) -> &RoleRef {
        &self.role
    }

    /// Invocations that failed (`AWS/Lambda Errors`, summed).
    pub fn metric_errors(&self) -> crate::cloudwatch::Metric {
        self.metric("Errors")
    }

    /// Invocations refused for lack of concurrency (`AWS/Lambda
    /// Throttles`, summed).
    pub fn metric_throttles(&self) -> crate::cloudwatch::Metric {
        self.metric("Throttles")
    }

    fn metric(&self, name: &str) -> crate::cloudwatch::Metric {
        crate::cloudwatch::Metric::of(
            "AWS/Lambda",
            name,
            vec![("FunctionName", self.name())],
            crate::cloudwatch::Statistic::Sum,
        )
    }

    /// The function's dead-letter queue: failed asynchronous invocations,
    /// and stream records that kept failing, land there.
    pub fn dead_letters(&self) -> &crate::sqs::QueueRef {
        &self.dead_letters
    }

    /// The function's security group, when it is in a VPC.
    pub fn security_group(&self) -> Option<&SecurityGroupRef> {
        self.security_group.as_ref()
    }

    /// Lets `to` invoke this function (`lambda:InvokeFunction` on its ARN).
    pub fn grant_invoke(&self, stack: &mut Stack, to: &impl Grantee) {
        stack.grant(
            to,
            Statement::new(Effect::Allow, [Action::InvokeFunction]).resource(self.arn()),
        );
    }

    /// Lets an AWS service invoke this function on behalf of one of this
    /// account's resources (`source_arn`): a permission `id`, scoped to
    /// the source and the account.
    pub(crate) fn allow_invoke(
        &self,
        stack: &mut Stack,
        id: LogicalId,
        service: &str,
        source_arn: Value<String>,
    ) -> LogicalId {
        // Control Tower's check of this control reads a source given as a
        // string or a reference to a resource of the template, not a
        // `Fn::Sub` (an API's execute-api ARN) nor `Ref AWS::AccountId`.
        let shown = serde_json::to_value(&source_arn).is_ok_and(|arn| {
            arn.is_string() || arn.get("Ref").is_some() || arn.get("Fn::GetAtt").is_some()
        });
        let resource = stack.add_resource(Resource::new(
            id.clone(),
            &l1::Permission {
                action: Action::InvokeFunction.as_str().into(),
                function_name: self.arn(),
                principal: service.into(),
                source_account: Some(crate::template::Pseudo::AccountId.into()),
                source_arn: Some(source_arn),
                ..Default::default()
            },
        ));
        if !shown {
            resource.waive(
                Waiver::new(
                    "the source is scoped by Fn::Sub and the account by Ref AWS::AccountId, which this control's check does not resolve; LAMBDA_PERMISSION_SCOPED checks both",
                    ["CT.LAMBDA.PR.2"],
                )
                .expect("a constant waiver with a reason and a rule is valid"),
            );
        }
        id
    }

    /// The peer to use in `allow_from`: the function's security group.
    /// A function outside a VPC has none; the error names it.
    pub fn peer(&self, stack: &mut Stack) -> Option<Peer> {
        match &self.security_group {
            Some(g) => Some(Peer::Group(g.clone())),
            None => {
                stack.error(Error::invalid(
                    self.id.as_str(),
                    "VpcConfig",
                    "none",
                    "the function is not in a VPC: give it .vpc(&vpc) to connect it to other resources",
                ));
                None
            }
        }
    }
}

impl Grantee for FunctionRef {
    fn role(&self) -> &RoleRef {
        &self.role
    }
}

/// Whether a variable name says its value is a secret.
fn looks_secret(name: &str) -> bool {
    let upper = name.to_ascii_uppercase();
    let parts: Vec<&str> = upper.split('_').filter(|p| !p.is_empty()).collect();
    let secret_word = |p: &&str| {
        [
            "PASSWORD",
            "PASSWD",
            "PWD",
            "SECRET",
            "TOKEN",
            "KEY",
            "APIKEY",
            "CREDENTIAL",
            "CREDENTIALS",
            "PRIVATE",
        ]
        .contains(p)
    };
    // A name that ends in ARN, NAME or ID refers to a secret; it is not one.
    let reference = parts
        .last()
        .is_some_and(|p| ["ARN", "NAME", "ID"].contains(p));
    parts.iter().any(secret_word) && !reference
}

impl Function {
    fn validate(&self, id: &LogicalId) -> Vec<Error> {
        let mut errors = Vec::new();
        let mut err = |property: &str, value: &dyn std::fmt::Display, rule: &str| {
            errors.push(Error::invalid(id.as_str(), property, value, rule));
        };
        if !(128..=10_240).contains(&self.memory_mb) {
            err("MemorySize", &self.memory_mb, "must be 128-10240 MB");
        }
        if !(1..=900).contains(&self.timeout_s) {
            err("Timeout", &self.timeout_s, "must be 1-900 seconds");
        }
        if self.reserved_concurrency == 0 {
            err(
                "ReservedConcurrentExecutions",
                &0,
                "0 stops every invocation: reserve at least 1",
            );
        }
        let h = &self.handler;
        if h.is_empty() || h.len() > 128 || h.chars().any(char::is_whitespace) {
            err(
                "Handler",
                h,
                "must be 1-128 characters without spaces, such as index.handler",
            );
        }
        if let Some(name) = &self.name {
            let ok = (1..=64).contains(&name.len())
                && name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            if !ok {
                err(
                    "FunctionName",
                    name,
                    "must be 1-64 letters, digits, - and _",
                );
            }
        }
        match &self.code {
            Code::Inline(src) if !self.runtime.takes_inline_code() => err(
                "Code",
                &self.runtime.name(),
                "inline code is for Python and Node.js runtimes; use Code::Bucket",
            ),
            Code::Inline(src) if src.is_empty() || src.len() > MAX_INLINE_CODE => err(
                "Code",
                &format!("{} bytes", src.len()),
                "inline code is 1-4096 bytes; use Code::Bucket for more",
            ),
            Code::Asset(folder) if folder.as_os_str().is_empty() => {
                err("Code", &"(empty)", "an asset is a folder's path")
            }
            Code::Bucket { key, .. } if key.is_empty() || key.len() > 1024 => {
                err("Code", key, "an S3 object key is 1-1024 characters")
            }
            _ => {}
        }
        let mut seen: Vec<&str> = Vec::new();
        for (name, value) in &self.environment {
            let ok = name.starts_with(|c: char| c.is_ascii_alphabetic())
                && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
            if !ok {
                err(
                    "Environment",
                    name,
                    "a variable name is letters, digits and _, starting with a letter",
                );
            } else if name.to_ascii_uppercase().starts_with("AWS_") {
                err(
                    "Environment",
                    name,
                    "names starting with AWS_ are reserved by Lambda",
                );
            } else if seen.contains(&name.as_str()) {
                err("Environment", name, "the variable is set twice");
            } else if looks_secret(name) && value.literal().is_some() {
                err(
                    "Environment",
                    name,
                    "looks like a secret written into the template: keep it in Secrets Manager and pass the secret's ARN (a variable ending in _ARN)",
                );
            }
            seen.push(name);
        }
        if self.vpc.is_none() && self.outside_vpc.is_none() {
            err(
                "VpcConfig",
                &"none",
                "give .vpc(&vpc), or .outside_vpc(waiver) naming LAMBDA_INSIDE_VPC",
            );
        }
        if let Some(vpc) = &self.vpc {
            if vpc.subnets(Tier::Private).is_empty() && vpc.subnets(Tier::Isolated).is_empty() {
                err(
                    "VpcConfig",
                    vpc.id(),
                    "the VPC has no private or isolated subnets",
                );
            }
        }
        errors
    }
}

impl Construct for Function {
    type Handle = FunctionRef;

    fn add_to(self, stack: &mut Stack) -> FunctionRef {
        let id = stack.construct_id(&self.id, |id| self.validate(id));
        let key = self.key.clone().unwrap_or_else(|| stack.default_key());

        let logs_id = stack.child_id(&id, "Logs");
        let logs = stack.add(
            LogGroup::builder()
                .id(logs_id.to_string())
                .key(key.clone())
                .retention(self.log_retention.clone())
                .build(),
        );

        let dlq_id = stack.child_id(&id, "DeadLetters");
        let dlq = crate::sqs::Queue::builder()
            .id(dlq_id.to_string())
            .key(key.clone())
            .retention_s(crate::sqs::MAX_RETENTION_S)
            .dead_letters(crate::sqs::DeadLetters::None(
                crate::sqs::is_dead_letter_queue(&id),
            ))
            .build()
            .add_under(stack, dlq_id);
        let dlq_arn = dlq.arn();

        let mut managed = vec![ManagedPolicy::aws("AWSXRayDaemonWriteAccess")];
        let network = self.vpc.as_ref().map(|vpc| {
            let tier = if vpc.subnets(Tier::Private).is_empty() {
                Tier::Isolated
            } else {
                Tier::Private
            };
            // Out to AWS APIs: through NAT from private subnets, to the
            // VPC's endpoints from isolated ones.
            let out = if tier == Tier::Private {
                Peer::any_ipv4()
            } else {
                Peer::Ipv4(vpc.cidr())
            };
            let sg_id = stack.child_id(&id, "SecurityGroup");
            let group = stack.add(
                SecurityGroup::builder()
                    .id(sg_id.to_string())
                    .vpc(vpc)
                    .description(format!("{id}: HTTPS out to AWS APIs"))
                    .egress(vec![
                        Rule::new(out, Port::tcp(443)).description("HTTPS to AWS APIs")
                    ])
                    .build(),
            );
            let subnets: Vec<Value<String>> =
                vpc.subnets(tier).iter().map(|s| s.subnet_id()).collect();
            (group, subnets)
        });
        if network.is_some() {
            managed.push(ManagedPolicy::aws(
                "service-role/AWSLambdaENIManagementAccess",
            ));
        }

        let mut statements = vec![
            Statement::new(
                Effect::Allow,
                [
                    crate::logs::Action::CreateLogStream,
                    crate::logs::Action::PutLogEvents,
                ],
            )
            .resource(logs.arn()),
            Statement::new(Effect::Allow, [SqsAction::SendMessage]).resource(dlq_arn.clone()),
            Statement::new(
                Effect::Allow,
                [
                    crate::kms::Action::Decrypt,
                    crate::kms::Action::GenerateDataKey,
                ],
            )
            .resource(key.arn()),
        ];
        statements.extend(self.statements.clone());
        let role_id = stack.child_id(&id, "Role");
        let role = stack.add(
            Role::builder()
                .id(role_id.to_string())
                .service("lambda.amazonaws.com")
                .source_account(true)
                .description(format!("{id}: execution role"))
                .managed_policies(managed)
                .statements(statements)
                .build(),
        );

        let code = match &self.code {
            Code::Inline(src) => l1::function::Code {
                zip_file: Some(src.as_str().into()),
                ..Default::default()
            },
            Code::Bucket {
                bucket,
                key: object,
            } => {
                bucket.grant_read(stack, &role);
                l1::function::Code {
                    s3_bucket: Some(bucket.name()),
                    s3_key: Some(object.as_str().into()),
                    ..Default::default()
                }
            }
            Code::Asset(folder) => {
                let (bucket, key) = stack.add_asset(&id, folder);
                l1::function::Code {
                    s3_bucket: Some(bucket),
                    s3_key: Some(key),
                    ..Default::default()
                }
            }
            Code::S3 {
                bucket,
                key: object,
            } => l1::function::Code {
                s3_bucket: Some(bucket.clone()),
                s3_key: Some(object.clone()),
                ..Default::default()
            },
        };
        let variables: BTreeMap<String, Value<String>> = self.environment.iter().cloned().collect();
        let architecture = match self.architecture {
            Architecture::Arm64 => "arm64",
            Architecture::X86_64 => "x86_64",
        };
        let l1 = l1::Function {
            function_name: self.name.clone().map(Value::Literal),
            description: self.description.clone().map(Value::Literal),
            runtime: Some(self.runtime.name().into()),
            handler: Some(self.handler.as_str().into()),
            architectures: Some(vec![architecture.into()]),
            code,
            role: role.arn(),
            memory_size: Some(Value::Literal(self.memory_mb.into())),
            timeout: Some(Value::Literal(self.timeout_s.into())),
            environment: (!variables.is_empty()).then(|| l1::function::Environment {
                // Strings and intrinsics: serializing cannot fail.
                variables: serde_json::to_value(&variables).ok(),
            }),
            kms_key_arn: Some(key.arn()),
            tracing_config: Some(l1::function::TracingConfig {
                mode: Some("Active".into()),
            }),
            reserved_concurrent_executions: Some(Value::Literal(self.reserved_concurrency.into())),
            dead_letter_config: Some(l1::function::DeadLetterConfig {
                target_arn: Some(dlq_arn),
            }),
            vpc_config: network
                .as_ref()
                .map(|(group, subnets)| l1::function::VpcConfig {
                    subnet_ids: Some(subnets.clone()),
                    security_group_ids: Some(vec![group.group_id()]),
                    ..Default::default()
                }),
            logging_config: Some(l1::function::LoggingConfig {
                log_group: Some(logs.name()),
                log_format: Some("JSON".into()),
                ..Default::default()
            }),
            ..Default::default()
        };
        let resource = stack.add_resource(Resource::new(id.clone(), &l1));
        if let Some(w) = &self.outside_vpc {
            resource.waive(w.clone());
        }

        if let Some(url) = &self.url {
            let url_id = stack.child_id(&id, "Url");
            let auth = match url {
                FunctionUrl::Iam => "AWS_IAM",
                FunctionUrl::Public(_) => "NONE",
            };
            let resource = stack.add_resource(Resource::new(
                url_id,
                &l1::Url {
                    target_function_arn: Intrinsic::get_att(id.as_str(), "Arn").into(),
                    auth_type: auth.into(),
                    ..Default::default()
                },
            ));
            if let FunctionUrl::Public(w) = url {
                resource.waive(w.clone());
                let permission = stack.child_id(&id, "PublicUrlPermission");
                let resource = stack.add_resource(Resource::new(
                    permission,
                    &l1::Permission {
                        action: Action::InvokeFunctionUrl.as_str().into(),
                        function_name: Intrinsic::get_att(id.as_str(), "Arn").into(),
                        principal: "*".into(),
                        function_url_auth_type: Some("NONE".into()),
                        ..Default::default()
                    },
                ));
                resource.waive(w.clone());
            }
        }
        FunctionRef {
            id,
            role,
            security_group: network.map(|(g, _)| g),
            timeout_s: self.timeout_s,
            dead_letters: dlq,
        }
    }
}

/// This service's entry in [`crate::services::ALL`].
pub(crate) const SERVICE: crate::services::Service = crate::services::Service {
    name: "lambda",
    guard: include_str!("rules.guard"),
    rules: duties::RULES,
    duties: &[
        &duties::FUNCTION_DUTIES,
        &duties::URL_DUTIES,
        &duties::PERMISSION_DUTIES,
        &duties::EVENT_SOURCE_DUTIES,
    ],
    hand_written_l1: Vec::new,
    variants: &[crate::services::Variant {
        label: "a mapping of a stream",
        when: "/Properties/StartingPosition",
        duties: &duties::STREAM_SOURCE_DUTIES,
    }],
    answered: &[],
};
