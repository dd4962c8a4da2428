//! `cargo xtask docs [--check]`: the tables written from each service's
//! rules and evidence (`src/services/<service>/duties.rs`), so each fact is
//! kept in one place:
//!
//! - the README's table of rules (between its two markers), and
//! - each service's `defaults.md`, the table of defaults its module
//!   documentation includes.
//!
//! `--check` fails when a file differs from what would be written.

use std::path::PathBuf;

use stackward::duty::{Equivalent, Rule};
use stackward::services::{Service, ALL};

const BEGIN: &str = "<!-- rules: written by `cargo xtask docs` from src/services/*/duties.rs -->";
const END: &str = "<!-- end of rules -->";

/// Writes (or with `check`, compares) every generated table.
pub fn docs(check: bool) -> Result<(), String> {
    let mut stale = Vec::new();
    for (path, text) in files()? {
        let current = std::fs::read_to_string(&path).unwrap_or_default();
        if current == text {
            continue;
        }
        if check {
            stale.push(path.display().to_string());
        } else {
            std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
            crate::status("Wrote", &path.display().to_string());
        }
    }
    if !stale.is_empty() {
        return Err(format!(
            "stale, run `cargo xtask docs`: {}",
            stale.join(", ")
        ));
    }
    crate::status(
        if check { "Checked" } else { "Generated" },
        "README rule table and each service's defaults.md",
    );
    Ok(())
}

/// Every generated file with the text it must hold.
fn files() -> Result<Vec<(PathBuf, String)>, String> {
    let root = crate::root();
    let readme_path = root.join("README.md");
    let readme = std::fs::read_to_string(&readme_path)
        .map_err(|e| format!("{}: {e}", readme_path.display()))?;
    let (Some(begin), Some(end)) = (readme.find(BEGIN), readme.find(END)) else {
        return Err(format!("README.md lacks the markers {BEGIN} and {END}"));
    };
    let readme = format!(
        "{}{BEGIN}\n{}{}",
        &readme[..begin],
        rule_table(),
        &readme[end..]
    );
    let mut files = vec![(readme_path, readme)];
    for service in ALL {
        let path = root
            .join("src/services")
            .join(service.name)
            .join("defaults.md");
        files.push((path, defaults(service)));
    }
    Ok(files)
}

/// The AWS Control Tower controls the evidence naming `rule` cites.
fn controls(rule: &str) -> Vec<&'static str> {
    let mut out: Vec<&str> = Vec::new();
    for table in stackward::services::all_tables() {
        for e in table.evidence.iter().filter(|e| e.rule == Some(rule)) {
            if let Some(c) = e.control.filter(|c| !out.contains(c)) {
                out.push(c);
            }
        }
    }
    out
}

/// A rule's equivalents as the table shows them: each judge's id once (a
/// compliance-pack rule by its name, for the three packs).
fn equivalents(equivalents: &[Equivalent]) -> String {
    let shown: Vec<String> = equivalents
        .iter()
        .map(|e| match e {
            Equivalent::Checkov(id) | Equivalent::CfnNag(id) => format!("`{id}`"),
            Equivalent::AwsSolutions(suffix) => format!("`AwsSolutions-{suffix}`"),
            Equivalent::Compliance(name) => format!("`{name}` (compliance packs)"),
        })
        .collect();
    if shown.is_empty() {
        " ".to_owned()
    } else {
        format!(" {} ", shown.join(", "))
    }
}

fn rule_row(rule: &Rule, with_controls: bool) -> String {
    let others = equivalents(rule.equivalents);
    if with_controls {
        let controls = controls(rule.name).join(", ");
        let controls = if controls.is_empty() {
            " ".to_owned()
        } else {
            format!(" {controls} ")
        };
        format!(
            "| `{}` |{controls}|{others}| {} | {} |\n",
            rule.name, rule.checks, rule.waived_by
        )
    } else {
        format!(
            "| `{}` |{others}| {} | {} |\n",
            rule.name, rule.checks, rule.waived_by
        )
    }
}

/// The README's table: every rule of every service.
fn rule_table() -> String {
    let mut out = String::from(
        "| rule | Control Tower | the same check in checkov, cdk-nag, cfn_nag | checks | the option that needs the waiver |\n|---|---|---|---|---|\n",
    );
    for service in ALL {
        for rule in service.rules {
            out.push_str(&rule_row(rule, true));
        }
    }
    out
}

/// One service's defaults: each piece of evidence its resources show, with
/// the duty and the rule, then what each rule checks and how to waive it.
fn defaults(service: &Service) -> String {
    let mut out = String::from(
        "What the template shows by default, resource type by resource type, each\n\
         next to the duty it discharges and the Guard rule that enforces it\n\
         (written by `cargo xtask docs` from this service's `duties.rs`):\n\n\
         | resource type | default | duty | rule |\n|---|---|---|---|\n",
    );
    let tables = service.duties.iter().map(|t| (*t, String::new())).chain(
        service
            .variants
            .iter()
            .map(|v| (v.duties, format!(" ({})", v.label))),
    );
    for (table, label) in tables {
        for e in table.evidence {
            out.push_str(&format!(
                "| `{}`{label} | {} | {} | {} |\n",
                table.type_name,
                e.what,
                e.duty.title(),
                e.rule.map(|r| format!("`{r}`")).unwrap_or_default()
            ));
        }
    }
    if !service.rules.is_empty() {
        out.push_str("\n| rule | the same check in checkov, cdk-nag, cfn_nag | checks | the option that needs the waiver |\n|---|---|---|---|\n");
        for rule in service.rules {
            out.push_str(&rule_row(rule, false));
        }
    }
    if !service.answered.is_empty() {
        out.push_str(
            "\nOther judges' checks this service's constructs answer by design, waived on \
             the resource with this reason (the report lists them):\n\n\
             | checks | reason |\n|---|---|\n",
        );
        for a in service.answered {
            out.push_str(&format!("|{}| {} |\n", equivalents(a.findings), a.reason));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    /// The README and every service's `defaults.md` are what `cargo xtask
    /// docs` writes.
    #[test]
    fn generated_docs_are_current() {
        super::docs(true).unwrap();
    }
}
