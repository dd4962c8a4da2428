//! `App`: the stacks of a project, synthesized together and written to (or
//! checked against) a folder such as `generated/`, with the references
//! between them turned into exports and imports and a deploy manifest.

mod exports;

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use serde_json::Value as Json;

use crate::template::{Stack, Template};

/// What [`App::write`] did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Written {
    /// Every file the app produces, in name order.
    pub files: Vec<PathBuf>,
    /// The files written because they were new or different.
    pub changed: Vec<PathBuf>,
    /// Generated files removed because no stack produces them any more.
    pub removed: Vec<PathBuf>,
    /// Resources no stackward rule checks, as `Stack: Id (Type)`.
    pub unchecked: Vec<String>,
}

/// The stacks of a project.
///
/// ```
/// use stackward::prelude::*;
///
/// let mut app = App::new();
/// let mut stack = Stack::new("Logs").unwrap();
/// stack.add(s3::Bucket::builder().id("archive").build());
/// app.add(stack);
/// let templates = app.synth().unwrap();
/// assert_eq!(templates[0].file_name(), "Logs.template.json");
/// ```
#[derive(Debug, Default)]
pub struct App {
    stacks: Vec<Stack>,
    yaml: bool,
    outside: BTreeSet<String>,
}

/// The suffix of every template file `App::write` produces.
pub const TEMPLATE_SUFFIX: &str = ".template.json";
/// The suffixes of the responsibility reports written beside each template.
pub const REPORT_SUFFIXES: [&str; 2] = [".report.md", ".report.json"];
/// The suffix of the YAML copy of each template, when asked for.
pub const YAML_SUFFIX: &str = ".template.yaml";
/// The deploy manifest: every stack in deploy order, with its assets.
pub const MANIFEST: &str = "manifest.json";
/// Every stack's findings (waivers) as SARIF 2.1.0.
pub const FINDINGS: &str = "findings.sarif";
/// The folder of code assets under the output folder.
pub const ASSETS: &str = "assets";

impl App {
    /// An app with no stacks.
    pub fn new() -> Self {
        App::default()
    }

    /// Adds a stack.
    pub fn add(&mut self, stack: Stack) -> &mut Self {
        self.stacks.push(stack);
        self
    }

    /// Also writes each template as YAML (`<stack>.template.yaml`, the same
    /// content as the JSON file).
    pub fn yaml(&mut self, on: bool) -> &mut Self {
        self.yaml = on;
        self
    }

    /// Declares exports made outside this App (by stacks deployed some other
    /// way) that its stacks import by name with `Fn::ImportValue`; an
    /// import of any other name no stack of the App exports is an error.
    ///
    /// ```
    /// use stackward::prelude::*;
    /// use stackward::template::Intrinsic;
    ///
    /// let mut stack = Stack::new("Service").unwrap();
    /// stack.add_output(
    ///     Output::builder()
    ///         .id("shared-vpc")
    ///         .value(Intrinsic::import_value("Shared:VpcId"))
    ///         .build(),
    /// );
    /// let mut app = App::new();
    /// app.add(stack);
    /// assert!(app.synth().unwrap_err().to_string().contains("imports \"Shared:VpcId\""));
    /// app.imports_from_outside(["Shared:VpcId"]);
    /// assert!(app.synth().is_ok());
    /// ```
    pub fn imports_from_outside<I, S>(&mut self, names: I) -> &mut Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.outside.extend(names.into_iter().map(Into::into));
        self
    }

    /// The stacks, in the order added.
    pub fn stacks(&self) -> &[Stack] {
        &self.stacks
    }

    /// Synthesizes every stack. A handle from one stack used in another
    /// becomes an export of the producer (`Producer:LogicalId[:Attribute]`)
    /// and `Fn::ImportValue` in the consumer. Fails with every problem of
    /// every stack, a duplicate stack name, a name several stacks define, or
    /// a cycle of imports.
    ///
    /// ```
    /// use stackward::prelude::*;
    ///
    /// let mut network = Stack::new("Network").unwrap();
    /// let net = network.add(vpc::Vpc::builder().id("net").cidr("10.0.0.0/16".parse().unwrap()).build());
    /// let mut service = Stack::new("Service").unwrap();
    /// service.add(ec2::SecurityGroup::builder().id("app").vpc(&net).build());
    /// let mut app = App::new();
    /// app.add(service).add(network);
    /// let templates = app.synth().unwrap();
    /// let sg = &templates[0].json()["Resources"]["App"]["Properties"];
    /// assert_eq!(sg["VpcId"]["Fn::ImportValue"], "Network:Net");
    /// assert_eq!(templates[1].json()["Outputs"]["ExportNet"]["Export"]["Name"], "Network:Net");
    /// assert_eq!(app.manifest().unwrap()["stacks"][0]["name"], "Network");
    /// ```
    pub fn synth(&self) -> Result<Vec<Template>> {
        Ok(self.build()?.0)
    }

    /// The deploy manifest: every stack in an order that deploys producers
    /// before the stacks that import from them.
    pub fn manifest(&self) -> Result<Json> {
        Ok(self.build()?.1)
    }

    fn build(&self) -> Result<(Vec<Template>, Json)> {
        let mut names = BTreeSet::new();
        let mut problems = Vec::new();
        for stack in &self.stacks {
            if !names.insert(stack.name()) {
                problems.push(Error::invalid(
                    stack.name(),
                    "StackName",
                    stack.name(),
                    "two stacks of the app have this name",
                ));
            }
        }
        if !problems.is_empty() {
            return Err(combine(problems));
        }
        let names: Vec<&str> = self.stacks.iter().map(Stack::name).collect();
        let (mut jsons, own): (Vec<Json>, Vec<Vec<Error>>) =
            self.stacks.iter().map(Stack::expand).unzip();
        let (depends, link_problems) = exports::link(&names, &mut jsons);
        problems.extend(link_problems);
        problems.extend(exports::unresolved_imports(&names, &jsons, &self.outside));
        // Each stack is checked on its own, the stacks on parallel workers.
        let expanded: Vec<(&str, Json, Vec<Error>)> = names
            .iter()
            .zip(jsons)
            .zip(own)
            .map(|((name, json), own)| (*name, json, own))
            .collect();
        let finished = crate::parallel::map(expanded, |(name, json, own)| {
            crate::template::finish(name, json, own)
        });
        let mut templates = Vec::new();
        for outcome in finished {
            match outcome {
                Ok(t) => templates.push(t),
                Err(e) => problems.push(e),
            }
        }
        if !problems.is_empty() {
            return Err(combine(problems));
        }
        let stacks: Vec<exports::Entry> = self
            .stacks
            .iter()
            .map(|s| exports::Entry {
                name: s.name().to_owned(),
                regions: s.regions().to_vec(),
                assets: s.assets().iter().map(asset_entry).collect(),
                stack_set: s.stack_set().cloned(),
            })
            .collect();
        Ok((templates, exports::manifest(&stacks, &depends)))
    }

    /// Every file `write` produces, by path under the output folder: each
    /// stack's template (and its YAML copy when asked for), its
    /// responsibility report as Markdown and JSON, the deploy manifest, the
    /// findings as SARIF and the zipped code assets.
    pub fn files(&self) -> Result<Vec<(String, Vec<u8>)>> {
        Ok(self.contents()?.0)
    }

    /// The files, and the resources no stackward rule checks (`Stack: Id
    /// (Type)`).
    fn contents(&self) -> Result<(Files, Vec<String>)> {
        let (templates, manifest) = self.build()?;
        let mut files = Vec::new();
        if templates.is_empty() {
            return Ok((files, Vec::new()));
        }
        files.push((MANIFEST.to_owned(), to_bytes(&manifest)));
        let stacks: Vec<(&str, &Json)> = templates
            .iter()
            .map(|t| (t.stack_name(), t.json()))
            .collect();
        let account = crate::report::account_level(&stacks);
        let reports: Vec<_> = templates
            .iter()
            .map(|t| t.report().with_account(account.clone()))
            .collect();
        let unchecked = reports
            .iter()
            .flat_map(|r| {
                r.unchecked
                    .iter()
                    .map(move |u| format!("{}: {} ({})", r.stack, u.id, u.type_name))
            })
            .collect();
        let artifacts: Vec<crate::sarif::Artifact> = templates
            .iter()
            .zip(&reports)
            .map(|(t, report)| crate::sarif::Artifact {
                uri: t.file_name(),
                text: t.text(),
                failures: &[],
                report,
            })
            .collect();
        files.push((
            FINDINGS.to_owned(),
            to_bytes(&crate::sarif::log(&artifacts)),
        ));
        for (t, report) in templates.iter().zip(&reports) {
            let name = t.stack_name();
            files.push((
                format!("{name}{}", REPORT_SUFFIXES[0]),
                report.to_markdown().into_bytes(),
            ));
            files.push((
                format!("{name}{}", REPORT_SUFFIXES[1]),
                report.to_json_text().into_bytes(),
            ));
            files.push((t.file_name(), t.text().as_bytes().to_vec()));
            if self.yaml {
                files.push((t.yaml_file_name(), t.yaml().into_bytes()));
            }
        }
        for stack in &self.stacks {
            for (_, asset) in stack.assets() {
                files.push((asset.key(), asset.bytes.clone()));
            }
        }
        files.sort();
        // Functions built from the same folder share one content-named zip.
        files.dedup_by(|a, b| a.0 == b.0);
        Ok((files, unchecked))
    }

    /// Synthesizes every stack and writes its files (see [`App::files`]) into
    /// `dir`, removing generated files no stack produces any more.
    ///
    /// Nothing is written unless every stack synthesizes, and each file is
    /// replaced atomically (written beside, then renamed), so a failure
    /// leaves the previous files as they were. Files whose content is
    /// already right are left untouched.
    pub fn write(&self, dir: &Path) -> Result<Written> {
        let (files, unchecked) = self.contents()?;
        fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        let mut written = Written {
            unchecked,
            ..Written::default()
        };
        for (name, bytes) in &files {
            let path = dir.join(name);
            if fs::read(&path).ok().as_ref() != Some(bytes) {
                if let Some(parent) = path.parent() {
                    fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
                }
                let tmp = path.with_file_name(format!(
                    ".{}.tmp",
                    path.file_name().unwrap_or_default().to_string_lossy()
                ));
                fs::write(&tmp, bytes).map_err(|e| Error::io(&tmp, e))?;
                fs::rename(&tmp, &path).map_err(|e| Error::io(&path, e))?;
                written.changed.push(path.clone());
            }
            written.files.push(path);
        }
        for stale in stale_files(dir, &files)? {
            fs::remove_file(&stale).map_err(|e| Error::io(&stale, e))?;
            written.removed.push(stale);
        }
        Ok(written)
    }

    /// Checks that `dir` holds exactly what `write` would write; fails with
    /// [`Error::Stale`] naming every differing, missing or extra file.
    pub fn check(&self, dir: &Path) -> Result<()> {
        let files = self.files()?;
        let mut stale = Vec::new();
        for (name, bytes) in &files {
            let path = dir.join(name);
            match fs::read(&path) {
                Ok(found) if found == *bytes => {}
                Ok(_) => stale.push(format!("{} (differs)", path.display())),
                Err(_) => stale.push(format!("{} (missing)", path.display())),
            }
        }
        for extra in stale_files(dir, &files)? {
            stale.push(format!("{} (no stack produces it)", extra.display()));
        }
        if stale.is_empty() {
            Ok(())
        } else {
            Err(Error::Stale(stale))
        }
    }
}

/// Files by path under the output folder, with their bytes.
type Files = Vec<(String, Vec<u8>)>;

/// Generated files in `dir` (and its assets folder) that are not among
/// `files`.
fn stale_files(dir: &Path, files: &[(String, Vec<u8>)]) -> Result<Vec<PathBuf>> {
    let wanted: BTreeSet<&str> = files.iter().map(|(name, _)| name.as_str()).collect();
    let mut stale = Vec::new();
    for (folder, prefix) in [(dir.to_path_buf(), ""), (dir.join(ASSETS), "assets/")] {
        let entries = match fs::read_dir(&folder) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(Error::io(&folder, e)),
        };
        for entry in entries {
            let entry = entry.map_err(|e| Error::io(&folder, e))?;
            let name = format!("{prefix}{}", entry.file_name().to_string_lossy());
            let generated = if prefix.is_empty() {
                name == MANIFEST
                    || name == FINDINGS
                    || [TEMPLATE_SUFFIX, YAML_SUFFIX]
                        .into_iter()
                        .chain(REPORT_SUFFIXES)
                        .any(|suffix| name.ends_with(suffix))
            } else {
                name.ends_with(".zip")
            };
            if generated && !wanted.contains(name.as_str()) {
                stale.push(entry.path());
            }
        }
    }
    stale.sort();
    Ok(stale)
}

/// A code asset as the deploy manifest lists it.
fn asset_entry((resource, asset): &(crate::template::LogicalId, crate::asset::Asset)) -> Json {
    serde_json::json!({
        "resource": resource.as_str(),
        "source": asset.source.to_string_lossy().replace('\\', "/"),
        "file": asset.key(),
        "key": asset.key(),
        "sha256": asset.sha256,
        "bucket_parameter": crate::template::ASSET_BUCKET_PARAMETER,
        "key_parameter": format!("{resource}AssetKey"),
    })
}

fn to_bytes(json: &Json) -> Vec<u8> {
    crate::template::to_text(json).into_bytes()
}

fn combine(mut problems: Vec<Error>) -> Error {
    if problems.len() == 1 {
        problems.remove(0)
    } else {
        Error::Synth {
            stack: "(app)".into(),
            problems,
        }
    }
}
