//! Deploying the generated files with the AWS CLI: `cargo xtask deploy`.
//!
//! The manifest (`generated/manifest.json`) lists the stacks in deploy
//! order. For each stack meant for the region being deployed to, the plan
//! uploads its code assets to the asset bucket under their content-hashed
//! keys, deploys its template through a change set
//! (`aws cloudformation deploy`, which does nothing when nothing changed),
//! and turns termination protection on. The first stack that fails stops
//! the run; the stacks before it stay as they were deployed.
//!
//! ```
//! use stackward::deploy::{plan, Options};
//!
//! let manifest = serde_json::json!({"version": 1, "stacks": [
//!     {"name": "Network", "template": "Network.template.json", "regions": ["eu-west-1"],
//!      "depends_on": [], "assets": []}
//! ]});
//! let options = Options { region: "eu-west-1".into(), ..Options::default() };
//! let steps = plan(&manifest, &options, |_| Ok(1_000)).unwrap();
//! assert_eq!(steps.len(), 2); // deploy, then termination protection
//! assert_eq!(steps[0].args[..2], ["cloudformation".to_owned(), "deploy".to_owned()]);
//! ```

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::Value as Json;

use crate::error::{Error, Result};

/// The largest template `aws cloudformation deploy` sends in its request;
/// a larger one is uploaded to S3 first (CloudFormation reads up to 1 MB
/// from there).
pub const MAX_INLINE_TEMPLATE_BYTES: u64 = 51_200;

/// Where and how to deploy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// The folder of generated files (`generated`).
    pub dir: PathBuf,
    /// The AWS region to deploy to; stacks pinned to other regions are
    /// skipped.
    pub region: String,
    /// The bucket code assets (and templates too large to send inline) are
    /// uploaded to; needed only when a stack has some.
    pub asset_bucket: Option<String>,
    /// Values of the stacks' own parameters, as (stack, `Key=Value`).
    pub parameters: Vec<(String, String)>,
    /// The AWS CLI to run: by default `$AWS_CLI` when set, otherwise `aws`
    /// on the `PATH`.
    pub aws_cli: PathBuf,
}

impl Options {
    /// Adds a parameter value written `Stack:Key=Value`; anything else is an
    /// error saying how to write it.
    pub fn parameter(&mut self, given: &str) -> Result<&mut Self> {
        let parsed = given.split_once(':').filter(|(stack, rest)| {
            !stack.is_empty() && rest.split_once('=').is_some_and(|(k, _)| !k.is_empty())
        });
        let (stack, value) = parsed.ok_or_else(|| {
            Error::invalid(
                "(app)",
                "parameter",
                given,
                "write a stack parameter as Stack:Key=Value",
            )
        })?;
        self.parameters.push((stack.to_owned(), value.to_owned()));
        Ok(self)
    }
}

impl Default for Options {
    fn default() -> Self {
        Options {
            dir: PathBuf::from("generated"),
            region: String::new(),
            asset_bucket: None,
            parameters: Vec::new(),
            aws_cli: std::env::var_os("AWS_CLI")
                .map_or_else(|| PathBuf::from("aws"), PathBuf::from),
        }
    }
}

/// What a step does, for the summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// `aws s3 cp` of one code asset.
    Upload,
    /// `aws cloudformation deploy` of one stack.
    Deploy,
    /// `aws cloudformation update-termination-protection`.
    Protect,
    /// `aws cloudformation create-stack-set` (or, when it exists,
    /// `update-stack-set`, waiting for the operation).
    StackSet,
    /// `aws cloudformation create-stack-instances` for the set's units and
    /// regions (existing instances are kept), waiting for the operation.
    StackInstances,
}

/// One AWS CLI call of the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// The stack the call is for.
    pub stack: String,
    /// What the call does.
    pub action: Action,
    /// The arguments after `aws`.
    pub args: Vec<String>,
    /// For a StackSet: the arguments that update it when it exists
    /// already (`args` create it).
    pub if_exists: Option<Vec<String>>,
}

/// What a run did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Deployed {
    /// Stacks whose change set was executed.
    pub changed: Vec<String>,
    /// Stacks CloudFormation found nothing to change in.
    pub unchanged: Vec<String>,
    /// Stacks pinned to other regions, not deployed.
    pub skipped: Vec<String>,
    /// Stacks deployed as StackSets (created or updated, with instances).
    pub stack_sets: Vec<String>,
    /// Code assets uploaded.
    pub uploaded: usize,
}

fn manifest_problem(what: impl Into<String>) -> Error {
    Error::Unreadable {
        name: crate::app::MANIFEST.into(),
        reason: what.into(),
    }
}

fn text<'a>(value: &'a Json, field: &str, stack: &str) -> Result<&'a str> {
    value[field]
        .as_str()
        .ok_or_else(|| manifest_problem(format!("stack {stack:?} has no text field {field:?}")))
}

fn list<'a>(value: &'a Json, field: &str, stack: &str) -> Result<&'a [Json]> {
    value[field]
        .as_array()
        .map(Vec::as_slice)
        .ok_or_else(|| manifest_problem(format!("stack {stack:?} has no list field {field:?}")))
}

/// The AWS CLI calls that deploy the manifest's stacks, in order.
/// `template_size` gives a template file's size in bytes (the file's name
/// relative to the generated folder).
pub fn plan(
    manifest: &Json,
    options: &Options,
    template_size: impl Fn(&str) -> Result<u64>,
) -> Result<Vec<Step>> {
    let stacks = manifest["stacks"]
        .as_array()
        .ok_or_else(|| manifest_problem("has no \"stacks\" list"))?;
    let file = |name: &str| options.dir.join(name).display().to_string();
    let region = ["--region".to_owned(), options.region.clone()];
    let names: Vec<&str> = stacks.iter().filter_map(|s| s["name"].as_str()).collect();
    if let Some((stack, _)) = options
        .parameters
        .iter()
        .find(|(s, _)| !names.contains(&s.as_str()))
    {
        return Err(Error::invalid(
            stack,
            "parameter",
            stack,
            format!(
                "the manifest has no such stack; its stacks are {}",
                names.join(", ")
            ),
        ));
    }
    let mut steps = Vec::new();
    for entry in stacks {
        let name = entry["name"]
            .as_str()
            .ok_or_else(|| manifest_problem("a stack has no name"))?;
        let regions = list(entry, "regions", name)?;
        let elsewhere =
            !regions.is_empty() && !regions.iter().any(|r| r.as_str() == Some(&options.region));
        if elsewhere && entry["stack_set"].is_null() {
            continue;
        }
        let template = text(entry, "template", name)?;
        let assets = list(entry, "assets", name)?;
        let size = template_size(template)?;
        if !entry["stack_set"].is_null() {
            steps.extend(stack_set_steps(
                name,
                &entry["stack_set"],
                &file(template),
                size,
                assets,
                options,
            )?);
            continue;
        }
        let bucket = |why: String| {
            options.asset_bucket.clone().ok_or_else(|| {
                Error::invalid(
                    name,
                    "asset bucket",
                    "(none)",
                    format!("{why}: give the bucket (`--asset-bucket` or ASSET_BUCKET)"),
                )
            })
        };
        let mut parameters: Vec<String> = options
            .parameters
            .iter()
            .filter(|(stack, _)| stack == name)
            .map(|(_, value)| value.clone())
            .collect();
        for asset in assets {
            let bucket = bucket(format!(
                "its code asset {} must be uploaded",
                text(asset, "file", name)?
            ))?;
            steps.push(Step {
                stack: name.to_owned(),
                action: Action::Upload,
                args: [
                    "s3",
                    "cp",
                    &file(text(asset, "file", name)?),
                    &format!("s3://{bucket}/{}", text(asset, "key", name)?),
                    "--only-show-errors",
                ]
                .map(str::to_owned)
                .into_iter()
                .chain(region.clone())
                .collect(),
                if_exists: None,
            });
            let parameter = format!("{}={bucket}", text(asset, "bucket_parameter", name)?);
            if !parameters.contains(&parameter) {
                parameters.push(parameter);
            }
        }
        let mut args: Vec<String> = [
            "cloudformation",
            "deploy",
            "--stack-name",
            name,
            "--template-file",
            &file(template),
            "--capabilities",
            "CAPABILITY_IAM",
            "CAPABILITY_NAMED_IAM",
            "--no-fail-on-empty-changeset",
        ]
        .map(str::to_owned)
        .into();
        if size > MAX_INLINE_TEMPLATE_BYTES {
            let bucket = bucket(format!(
                "its template is {size} bytes, over the {MAX_INLINE_TEMPLATE_BYTES} a request can carry, so it goes through S3"
            ))?;
            args.extend([
                "--s3-bucket".into(),
                bucket,
                "--s3-prefix".into(),
                "templates".into(),
            ]);
        }
        if !parameters.is_empty() {
            args.push("--parameter-overrides".into());
            args.extend(parameters);
        }
        args.extend(region.clone());
        steps.push(Step {
            stack: name.to_owned(),
            action: Action::Deploy,
            args,
            if_exists: None,
        });
        steps.push(Step {
            stack: name.to_owned(),
            action: Action::Protect,
            args: [
                "cloudformation",
                "update-termination-protection",
                "--enable-termination-protection",
                "--stack-name",
                name,
            ]
            .map(str::to_owned)
            .into_iter()
            .chain(region.clone())
            .collect(),
            if_exists: None,
        });
    }
    Ok(steps)
}

/// The calls that create (or update) a service-managed StackSet and its
/// instances in the units and regions the manifest names.
fn stack_set_steps(
    name: &str,
    set: &Json,
    template_file: &str,
    size: u64,
    assets: &[Json],
    options: &Options,
) -> Result<Vec<Step>> {
    let problem = |rule: &str| Error::invalid(name, "stack_set", set, rule);
    if !assets.is_empty() {
        return Err(problem("a StackSet's stack cannot take code assets: each account and region would need the bucket"));
    }
    // A template over what a request carries goes through the bucket, as
    // `aws cloudformation deploy --s3-bucket` does for a stack.
    let mut upload = None;
    let template = if size > MAX_INLINE_TEMPLATE_BYTES {
        let bucket = options.asset_bucket.as_deref().ok_or_else(|| {
            Error::invalid(
                name,
                "asset bucket",
                "(none)",
                format!("its template is {size} bytes, over the {MAX_INLINE_TEMPLATE_BYTES} a request can carry, so it goes through S3: give the bucket (`--asset-bucket` or ASSET_BUCKET)"),
            )
        })?;
        let key = format!("templates/{name}.template.json");
        upload = Some(Step {
            stack: name.to_owned(),
            action: Action::Upload,
            args: owned(&[
                "s3",
                "cp",
                template_file,
                &format!("s3://{bucket}/{key}"),
                "--only-show-errors",
                "--region",
                &options.region,
            ]),
            if_exists: None,
        });
        (
            "--template-url",
            format!("https://{bucket}.s3.{}.amazonaws.com/{key}", options.region),
        )
    } else {
        ("--template-body", format!("file://{template_file}"))
    };
    let strings = |field: &str| -> Result<Vec<String>> {
        set[field]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(str::to_owned))
                    .collect()
            })
            .filter(|v: &Vec<String>| !v.is_empty())
            .ok_or_else(|| problem(&format!("has no {field}")))
    };
    let (units, regions) = (strings("organizational_units")?, strings("regions")?);
    let preferences = format!(
        "MaxConcurrentPercentage={},FailureTolerancePercentage={}",
        set["max_concurrent_percentage"].as_u64().unwrap_or(25),
        set["failure_tolerance_percentage"].as_u64().unwrap_or(0)
    );
    let common = owned(&[
        "--stack-set-name",
        name,
        template.0,
        &template.1,
        "--capabilities",
        "CAPABILITY_IAM",
        "CAPABILITY_NAMED_IAM",
    ]);
    let tail = owned(&["--region", &options.region]);
    let create = [
        owned(&["cloudformation", "create-stack-set"]),
        common.clone(),
        owned(&[
            "--permission-model",
            "SERVICE_MANAGED",
            "--auto-deployment",
            "Enabled=true,RetainStacksOnAccountRemoval=true",
        ]),
        tail.clone(),
    ]
    .concat();
    let update = [
        owned(&["cloudformation", "update-stack-set"]),
        common,
        owned(&["--operation-preferences", &preferences]),
        tail.clone(),
    ]
    .concat();
    let mut instances = owned(&[
        "cloudformation",
        "create-stack-instances",
        "--stack-set-name",
        name,
    ]);
    instances.push("--deployment-targets".into());
    instances.push(format!("OrganizationalUnitIds={}", units.join(",")));
    instances.push("--regions".into());
    instances.extend(regions);
    instances.extend(owned(&["--operation-preferences", &preferences]));
    instances.extend(tail);
    Ok(upload
        .into_iter()
        .chain([
            Step {
                stack: name.to_owned(),
                action: Action::StackSet,
                args: create,
                if_exists: Some(update),
            },
            Step {
                stack: name.to_owned(),
                action: Action::StackInstances,
                args: instances,
                if_exists: None,
            },
        ])
        .collect())
}

/// Waits for a StackSet operation (the `OperationId` a call printed) to
/// end; an error says how it ended when it did not succeed.
fn wait_for_operation(
    aws: &Path,
    name: &str,
    printed: &str,
    region: &str,
) -> std::result::Result<(), String> {
    let Some(id) = serde_json::from_str::<Json>(printed.trim())
        .ok()
        .and_then(|j| j["OperationId"].as_str().map(str::to_owned))
    else {
        return Ok(());
    };
    let args = owned(&[
        "cloudformation",
        "describe-stack-set-operation",
        "--stack-set-name",
        name,
        "--operation-id",
        &id,
        "--region",
        region,
        "--query",
        "StackSetOperation.Status",
        "--output",
        "text",
    ]);
    let started = std::time::Instant::now();
    loop {
        let (ok, status) = run_aws(aws, &args, false).map_err(|e| e.to_string())?;
        match status.trim() {
            "SUCCEEDED" => return Ok(()),
            "RUNNING" | "QUEUED" | "STOPPING" if ok => {}
            other => return Err(format!("StackSet operation {id} ended {other}")),
        }
        if started.elapsed() > std::time::Duration::from_secs(3600) {
            return Err(format!(
                "StackSet operation {id} still running after an hour"
            ));
        }
        std::thread::sleep(std::time::Duration::from_secs(5));
    }
}

/// Owned copies of AWS CLI arguments.
fn owned(args: &[&str]) -> Vec<String> {
    args.iter().map(|s| (*s).to_owned()).collect()
}

/// The stack names the manifest lists, in order.
fn stack_names(manifest: &Json) -> Vec<String> {
    manifest["stacks"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|s| s["name"].as_str().map(str::to_owned))
        .collect()
}

/// Runs `aws` with `args`, echoing its output to stderr as it comes;
/// returns whether it succeeded and everything it printed.
fn run_aws(aws: &Path, args: &[String], echoed: bool) -> std::io::Result<(bool, String)> {
    let mut child = Command::new(aws)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    let echo = |from: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut kept = String::new();
            for line in BufReader::new(from).lines().map_while(|l| l.ok()) {
                if echoed && !line.trim().is_empty() {
                    eprintln!("             {line}");
                }
                kept.push_str(&line);
                kept.push('\n');
            }
            kept
        })
    };
    let out = child.stdout.take().map(|o| echo(Box::new(o)));
    let err = child.stderr.take().map(|e| echo(Box::new(e)));
    let status = child.wait()?;
    let mut printed = String::new();
    for handle in [out, err].into_iter().flatten() {
        printed.push_str(&handle.join().unwrap_or_default());
    }
    Ok((status.success(), printed))
}

/// Deploys the manifest's stacks in `options.dir` with the AWS CLI: the
/// [`plan`], run step by step, stopping at the first
/// failure with an [`Error::Deploy`] that names the stack.
pub fn deploy(options: &Options) -> Result<Deployed> {
    let manifest_path = options.dir.join(crate::app::MANIFEST);
    let manifest: Json = std::fs::read_to_string(&manifest_path)
        .map_err(|e| Error::io(&manifest_path, e))
        .and_then(|text| {
            serde_json::from_str(&text).map_err(|e| manifest_problem(format!("is not JSON: {e}")))
        })?;
    let steps = plan(&manifest, options, |template| {
        let path = options.dir.join(template);
        std::fs::metadata(&path)
            .map(|m| m.len())
            .map_err(|e| Error::io(&path, e))
    })?;
    let aws = &options.aws_cli;
    let mut done = Deployed::default();
    let deploying: Vec<&str> = steps
        .iter()
        .filter(|s| matches!(s.action, Action::Deploy | Action::StackSet))
        .map(|s| s.stack.as_str())
        .collect();
    done.skipped = stack_names(&manifest)
        .into_iter()
        .filter(|n| !deploying.contains(&n.as_str()))
        .collect();
    for step in &steps {
        let verb = match step.action {
            Action::Upload => "Uploading",
            Action::Deploy => "Deploying",
            Action::Protect => "Protecting",
            Action::StackSet | Action::StackInstances => "StackSet",
        };
        let exists = step.action == Action::StackSet && {
            let describe = owned(&[
                "cloudformation",
                "describe-stack-set",
                "--stack-set-name",
                &step.stack,
                "--region",
                &options.region,
            ]);
            run_aws(aws, &describe, false).is_ok_and(|(ok, _)| ok)
        };
        let args = match (&step.if_exists, exists) {
            (Some(update), true) => update,
            _ => &step.args,
        };
        crate::status::status(verb, &format!("{}: aws {}", step.stack, args.join(" ")));
        let failed = |message: String| Error::Deploy {
            stack: step.stack.clone(),
            message,
            deployed: done
                .changed
                .iter()
                .chain(&done.unchanged)
                .chain(&done.stack_sets)
                .filter(|s| **s != step.stack)
                .cloned()
                .collect(),
        };
        let (ok, printed) = run_aws(aws, args, step.action == Action::Deploy).map_err(|e| {
            failed(format!(
                "cannot run {} ({e}); install the AWS CLI or set AWS_CLI to its path",
                aws.display()
            ))
        })?;
        if !ok {
            let last = printed
                .lines()
                .rev()
                .find(|l| !l.trim().is_empty())
                .unwrap_or("(nothing printed)")
                .trim()
                .to_owned();
            return Err(failed(format!(
                "`aws {}` failed: {last}",
                args[..2].join(" ")
            )));
        }
        if matches!(step.action, Action::StackSet | Action::StackInstances) {
            wait_for_operation(aws, &step.stack, &printed, &options.region).map_err(failed)?;
        }
        match step.action {
            Action::Upload => done.uploaded += 1,
            Action::Deploy if printed.contains("No changes to deploy") => {
                done.unchanged.push(step.stack.clone())
            }
            Action::Deploy => done.changed.push(step.stack.clone()),
            Action::Protect | Action::StackSet => {}
            Action::StackInstances => done.stack_sets.push(step.stack.clone()),
        }
    }
    Ok(done)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn manifest() -> Json {
        json!({"version": 1, "stacks": [
            {"name": "Net", "template": "Net.template.json", "regions": ["eu-west-1"],
             "depends_on": [], "assets": []},
            {"name": "Api", "template": "Api.template.json", "regions": [],
             "depends_on": ["Net"], "assets": [
                {"resource": "Fn", "file": "assets/ab.zip", "key": "assets/ab.zip",
                 "bucket_parameter": "AssetBucket", "key_parameter": "FnAssetKey"},
                {"resource": "Other", "file": "assets/cd.zip", "key": "assets/cd.zip",
                 "bucket_parameter": "AssetBucket", "key_parameter": "OtherAssetKey"}]},
            {"name": "Us", "template": "Us.template.json", "regions": ["us-east-1"],
             "depends_on": [], "assets": []}
        ]})
    }

    fn options(bucket: Option<&str>) -> Options {
        Options {
            region: "eu-west-1".into(),
            asset_bucket: bucket.map(str::to_owned),
            ..Options::default()
        }
    }

    #[test]
    fn stacks_deploy_in_manifest_order_with_their_assets_first() {
        let steps = plan(&manifest(), &options(Some("assets-b")), |_| Ok(100)).unwrap();
        let order: Vec<(&str, Action)> =
            steps.iter().map(|s| (s.stack.as_str(), s.action)).collect();
        use Action::*;
        assert_eq!(
            order,
            [
                ("Net", Deploy),
                ("Net", Protect),
                ("Api", Upload),
                ("Api", Upload),
                ("Api", Deploy),
                ("Api", Protect)
            ],
            "the us-east-1 stack is skipped in eu-west-1"
        );
        assert_eq!(
            steps[2].args[..4],
            [
                "s3",
                "cp",
                "generated/assets/ab.zip",
                "s3://assets-b/assets/ab.zip"
            ]
        );
        let deploy = steps[4].args.join(" ");
        assert!(deploy.contains("--no-fail-on-empty-changeset"), "{deploy}");
        assert!(
            deploy.ends_with("--parameter-overrides AssetBucket=assets-b --region eu-west-1"),
            "one bucket parameter however many assets: {deploy}"
        );
        assert!(
            !deploy.contains("--s3-bucket"),
            "a small template goes inline"
        );
    }

    #[test]
    fn a_large_template_goes_through_the_bucket_and_a_missing_bucket_names_the_stack() {
        let steps = plan(&manifest(), &options(Some("b")), |t| {
            Ok(if t.starts_with("Net") { 60_000 } else { 100 })
        })
        .unwrap();
        assert!(steps[0]
            .args
            .join(" ")
            .contains("--s3-bucket b --s3-prefix templates"));
        let err = plan(&manifest(), &options(None), |_| Ok(100)).unwrap_err();
        assert!(
            matches!(&err, Error::InvalidValue { resource, rule, .. }
                if resource == "Api" && rule.contains("assets/ab.zip")),
            "{err}"
        );
        let err = plan(&manifest(), &options(None), |_| Ok(60_000)).unwrap_err();
        assert!(
            err.to_string().contains("Net") && err.to_string().contains("60000 bytes"),
            "{err}"
        );
    }

    #[test]
    fn stack_parameters_go_to_their_stack_and_a_misnamed_one_is_refused() {
        let mut with = options(Some("b"));
        with.parameter("Api:Zone=Z123").unwrap();
        let steps = plan(&manifest(), &with, |_| Ok(100)).unwrap();
        assert!(steps[4]
            .args
            .join(" ")
            .contains("--parameter-overrides Zone=Z123 AssetBucket=b"));
        assert!(!steps[0].args.join(" ").contains("Zone"), "not for Net");
        assert!(with.parameter("Api=Z").is_err() && with.parameter(":Zone=Z").is_err());
        with.parameter("Apx:Zone=Z").unwrap();
        let err = plan(&manifest(), &with, |_| Ok(100))
            .unwrap_err()
            .to_string();
        assert!(err.contains("Apx") && err.contains("Net, Api, Us"), "{err}");
    }

    #[test]
    fn a_stack_set_is_created_or_updated_with_instances_in_its_units_and_regions() {
        let manifest = json!({"version": 1, "stacks": [
            {"name": "Baseline", "template": "Baseline.template.json", "regions": ["eu-central-1"],
             "depends_on": [], "assets": [], "stack_set": {
                "organizational_units": ["ou-ab12-34cd56ef"], "regions": ["eu-west-1", "eu-central-1"],
                "max_concurrent_percentage": 50, "failure_tolerance_percentage": 10}}
        ]});
        let steps = plan(&manifest, &options(None), |_| Ok(100)).unwrap();
        assert_eq!(
            steps.len(),
            2,
            "administered from eu-west-1 whatever the stack's own regions"
        );
        let create = steps[0].args.join(" ");
        assert!(create.starts_with("cloudformation create-stack-set --stack-set-name Baseline --template-body file://generated/Baseline.template.json"), "{create}");
        assert!(create.contains("--permission-model SERVICE_MANAGED --auto-deployment Enabled=true,RetainStacksOnAccountRemoval=true"));
        let update = steps[0].if_exists.as_ref().unwrap().join(" ");
        assert!(
            update.starts_with("cloudformation update-stack-set")
                && !update.contains("--permission-model"),
            "{update}"
        );
        assert_eq!(
            steps[1].args.join(" "),
            "cloudformation create-stack-instances --stack-set-name Baseline --deployment-targets OrganizationalUnitIds=ou-ab12-34cd56ef --regions eu-west-1 eu-central-1 --operation-preferences MaxConcurrentPercentage=50,FailureTolerancePercentage=10 --region eu-west-1"
        );
        let err = plan(&manifest, &options(None), |_| Ok(60_000)).unwrap_err();
        assert!(err.to_string().contains("60000 bytes"), "{err}");
        let steps = plan(&manifest, &options(Some("b")), |_| Ok(60_000)).unwrap();
        assert_eq!(
            steps[0].args.join(" "),
            "s3 cp generated/Baseline.template.json s3://b/templates/Baseline.template.json --only-show-errors --region eu-west-1"
        );
        let create = steps[1].args.join(" ");
        assert!(
            create.contains("--template-url https://b.s3.eu-west-1.amazonaws.com/templates/Baseline.template.json")
                && !create.contains("--template-body"),
            "{create}"
        );
    }

    #[test]
    fn a_malformed_manifest_is_named() {
        let err = plan(&json!({"stacks": [{"name": "X"}]}), &options(None), |_| {
            Ok(1)
        })
        .unwrap_err();
        assert!(err.to_string().contains("\"regions\""), "{err}");
        assert!(plan(&json!({}), &options(None), |_| Ok(1)).is_err());
    }

    #[test]
    fn a_failing_call_stops_the_run_naming_the_stack() {
        let dir = std::env::temp_dir().join(format!("stackward-deploy-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        // `false` stands in for an AWS CLI whose every call fails.
        let failing = Options {
            dir: dir.clone(),
            aws_cli: "false".into(),
            ..options(Some("b"))
        };
        std::fs::write(dir.join("manifest.json"), manifest().to_string()).unwrap();
        for t in ["Net", "Api", "Us"] {
            std::fs::write(dir.join(format!("{t}.template.json")), "{}").unwrap();
        }
        let err = deploy(&failing).unwrap_err();
        let _ = std::fs::remove_dir_all(&dir);
        assert!(
            matches!(&err, Error::Deploy { stack, deployed, .. } if stack == "Net" && deployed.is_empty()),
            "{err:?}"
        );
        assert!(err
            .hint()
            .is_some_and(|h| h.contains("describe-stack-events")));
    }
}
