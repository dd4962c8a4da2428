//! SARIF validation: the findings stackward writes (`generated/findings.sarif`,
//! and an audit's `--sarif` output over an insecure template) must validate
//! against the SARIF 2.1.0 schema. The schema comes from the npm package
//! `@microsoft/jest-sarif` (pinned), the validator from PyPI's `jsonschema`
//! (pinned), both installed into `target/`.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value as Json;

use crate::{generated, root, run, status, venv_install};

const SCHEMA_PACKAGE: &str = "@microsoft/jest-sarif";
const SCHEMA_VERSION: &str = "1.0.0-beta.0";
const JSONSCHEMA: &str = "jsonschema==4.23.0";

/// A template with failing rules, so the audit's log holds error results.
const INSECURE: &str = r#"
Resources:
  Uploads:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: PublicRead
  Db:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.t4g.micro
      AllocatedStorage: "20"
      PubliclyAccessible: true
"#;

/// `cargo xtask sarif`.
pub fn check() -> Result<(), String> {
    let schema = crate::npm_package(SCHEMA_PACKAGE, SCHEMA_VERSION, "sarif-schema")?
        .join("lib")
        .join("schemas")
        .join("sarif-2.1.0-rtm.5.json");
    let python = validator()?;

    let audit = stackward::audit::audit("Insecure", INSECURE).map_err(|e| e.to_string())?;
    let log = audit.to_sarif("legacy/insecure.yaml", INSECURE);
    let errors = results(&log, "error");
    if errors < 2 {
        return Err(format!(
            "the audit's SARIF log has {errors} error results; expected the failing rules"
        ));
    }
    let audit_file = root()
        .join("target")
        .join("sarif-schema")
        .join("audit.sarif");
    let text = serde_json::to_string_pretty(&log).map_err(|e| e.to_string())?;
    std::fs::write(&audit_file, text).map_err(|e| format!("{}: {e}", audit_file.display()))?;

    let generated = generated().join(stackward::app::FINDINGS);
    let generated_log = crate::read_json(&generated)?;
    let suppressed = results(&generated_log, "warning");
    for file in [&audit_file, &generated] {
        validate(&python, &schema, file)?;
    }
    status(
        "Validated",
        &format!(
            "SARIF 2.1.0: the audit's log ({errors} errors) and generated/findings.sarif ({suppressed} waivers, suppressed)"
        ),
    );
    Ok(())
}

fn results(log: &Json, level: &str) -> usize {
    log["runs"][0]["results"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|r| r["level"] == level)
        .count()
}

/// The pinned validator's Python, installed once into `target/jsonschema`.
fn validator() -> Result<PathBuf, String> {
    let venv = root().join("target").join("jsonschema");
    let python = venv.join("bin").join("python");
    let version = JSONSCHEMA.split("==").nth(1).unwrap_or_default();
    let installed = Command::new(&python)
        .args([
            "-c",
            "import importlib.metadata as m; print(m.version('jsonschema'))",
        ])
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == version);
    if !installed {
        venv_install(&venv, JSONSCHEMA)?;
    }
    Ok(python)
}

fn validate(python: &Path, schema: &Path, file: &Path) -> Result<(), String> {
    let script = "import json, sys, jsonschema\n\
        schema = json.load(open(sys.argv[1]))\n\
        log = json.load(open(sys.argv[2]))\n\
        v = jsonschema.validators.validator_for(schema)(schema)\n\
        errors = sorted(v.iter_errors(log), key=lambda e: list(e.absolute_path))\n\
        for e in errors: print(sys.argv[2], '/'.join(map(str, e.absolute_path)), e.message)\n\
        sys.exit(1 if errors else 0)";
    run(Command::new(python)
        .arg("-c")
        .arg(script)
        .arg(schema)
        .arg(file))
    .map_err(|e| {
        format!(
            "{} does not validate against the SARIF 2.1.0 schema: {e}",
            file.display()
        )
    })
}
