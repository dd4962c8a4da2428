//! The account's half: a baseline stack with the audit trail, AWS Config,
//! GuardDuty, Security Hub, IAM Access Analyzer and the CIS monitoring
//! alarms, meant for every account of an organization.
//!
//! `cargo run --example landing` prints the template;
//! `cargo xtask synth` writes it to `generated/Landing-Baseline.template.json`.

use stackward::prelude::*;
use stackward::template::StackSet;

/// The baseline stack.
pub fn stack() -> Result<Stack, Error> {
    let mut stack = Stack::new("Landing-Baseline")?;
    stack
        .description("Account baseline: audit trail, configuration history, threat detection, findings and alarms")
        .allowed_regions(["eu-west-1", "eu-central-1"])
        .tag("project", "landing-zone")
        // Every account of the workloads unit, in both regions it uses.
        .deploy_as_stack_set(StackSet::new(["ou-ab12-34cd56ef"], ["eu-west-1", "eu-central-1"]));
    stack.add(
        baseline::Account::builder()
            .id("account")
            .alert_emails(vec!["security@example.com".into()])
            .build(),
    );
    Ok(stack)
}

fn main() -> Result<(), Error> {
    print!("{}", stack()?.synth()?.text());
    Ok(())
}
