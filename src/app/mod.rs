//! `App`: the stacks of a project, synthesized together and written to (or
//! checked against) a folder such as `generated/`, with the references
//! between them turned into exports and imports and a deploy manifest.

mod exports;

#[cfg(test)]
pub(crate) use exports::each_reference;

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

    /// Builds a stack for each item and adds them in the items' order, the
    /// items spread over the machine's cores: for stacks of one shape,
    /// such as a service's environments, the build takes about the time of
    /// adding them one by one divided by the number of cores. A handle
    /// from a stack built before (a VPC, a key) may be used in each;
    /// stacks built in the same call cannot use each other's handles.
    ///
    /// Fails with the error of the first item (in order) whose build
    /// failed, and then adds none of the stacks.
    ///
    /// ```
    /// use stackward::prelude::*;
    ///
    /// let mut app = App::new();
    /// app.add_each(["dev", "test", "prod"], |env| {
    ///     let mut stack = Stack::new(format!("Media-{env}"))?;
    ///     stack.tag("environment", env);
    ///     stack.add(s3::Bucket::builder().id("uploads").build());
    ///     Ok(stack)
    /// })?;
    /// let names: Vec<&str> = app.stacks().iter().map(Stack::name).collect();
    /// assert_eq!(names, ["Media-dev", "Media-test", "Media-prod"]);
    /// # Ok::<(), Error>(())
    /// ```
    pub fn add_each<T: Send>(
        &mut self,
        items: impl IntoIterator<Item = T>,
        build: impl Fn(T) -> Result<Stack> + Sync,
    ) -> Result<&mut Self> {
        let built = crate::parallel::map(items.into_iter().collect(), build);
        let stacks = built.into_iter().collect::<Result<Vec<Stack>>>()?;
        self.stacks.extend(stacks);
        Ok(self)
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
        let links = self.links()?;
        let outcomes = crate::parallel::map(self.stacks.iter().enumerate().collect(), |(i, s)| {
            let (json, own, unresolved) = self.expand(&links, i, s);
            (unresolved, crate::template::finish(s.name(), json, own))
        });
        let templates = gathered(&links, outcomes)?;
        Ok((templates, self.manifest_of(&links)))
    }

    /// How the stacks refer to each other; fails if two have one name.
    fn links(&self) -> Result<exports::Links> {
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
        Ok(exports::Links::of(&self.stacks))
    }

    /// Stack `i` expanded and linked, not yet checked, with the problems
    /// found while adding its constructs and its unresolved imports.
    fn expand(
        &self,
        links: &exports::Links,
        i: usize,
        stack: &Stack,
    ) -> (Json, Vec<Error>, Vec<Error>) {
        let (mut json, own) = stack.expand();
        links.apply(i, &mut json);
        let unresolved = links.unresolved_imports(i, &json, &self.outside);
        (json, own, unresolved)
    }

    /// The deploy manifest of linked stacks.
    fn manifest_of(&self, links: &exports::Links) -> Json {
        let entries: Vec<exports::Entry> = self
            .stacks
            .iter()
            .map(|s| exports::Entry {
                name: s.name().to_owned(),
                regions: s.regions().to_vec(),
                assets: s.assets().iter().map(asset_entry).collect(),
                stack_set: s.stack_set().cloned(),
            })
            .collect();
        exports::manifest(&entries, &links.depends)
    }

    /// The account-level duties and the stack of the App that shows each,
    /// from only the resources of the types that can show one, expanded
    /// and linked.
    fn account_level(&self, links: &exports::Links) -> Vec<crate::report::AccountLevel> {
        let types = crate::report::account_level_types();
        let partial: Vec<Json> = self
            .stacks
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let mut json = s.expand_of_types(&types);
                links.rewrite(i, &mut json);
                json
            })
            .collect();
        let stacks: Vec<(&str, &Json)> =
            self.stacks.iter().map(Stack::name).zip(&partial).collect();
        crate::report::account_level(&stacks)
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
        if templates.is_empty() {
            return Ok((Vec::new(), Vec::new()));
        }
        let stacks: Vec<(&str, &Json)> = templates
            .iter()
            .map(|t| (t.stack_name(), t.json()))
            .collect();
        let account = crate::report::account_level(&stacks);
        let mut files = Vec::new();
        let mut findings = crate::sarif::Entries::default();
        let mut unchecked = Vec::new();
        for t in &templates {
            let part = self.stack_files(t, account.clone());
            files.extend(part.files);
            findings.extend(part.findings);
            unchecked.extend(part.unchecked);
        }
        files.extend(self.app_files(&manifest, findings));
        files.sort();
        Ok((files, unchecked))
    }

    /// The name of a stack's record: everything its files depend on (the
    /// program, so this build of stackward; the stack's expanded template;
    /// the App's account-level evidence; the YAML choice) and the folder
    /// they are written to.
    fn record_key(
        &self,
        program: &str,
        name: &str,
        json: &Json,
        account: &str,
        place: &Path,
    ) -> String {
        crate::check::cache::key_of_json(
            &[
                "stack files",
                program,
                &place.to_string_lossy(),
                name,
                if self.yaml { "yaml" } else { "" },
                account,
            ],
            json,
        )
    }

    /// One checked stack's files: its reports, its template (and YAML
    /// copy); with its SARIF entries and its unchecked resources.
    fn stack_files(&self, t: &Template, account: Vec<crate::report::AccountLevel>) -> Part {
        let report = t.report().with_account(account);
        let name = t.stack_name();
        let unchecked = report
            .unchecked
            .iter()
            .map(|u| format!("{}: {} ({})", report.stack, u.id, u.type_name))
            .collect();
        let findings = crate::sarif::entries(&crate::sarif::Artifact {
            uri: t.file_name(),
            text: t.text(),
            failures: &[],
            report: &report,
        });
        let mut files = vec![
            (
                format!("{name}{}", REPORT_SUFFIXES[0]),
                report.to_markdown().into_bytes(),
            ),
            (
                format!("{name}{}", REPORT_SUFFIXES[1]),
                report.to_json_text().into_bytes(),
            ),
            (t.file_name(), t.text().as_bytes().to_vec()),
        ];
        if self.yaml {
            files.push((t.yaml_file_name(), t.yaml().into_bytes()));
        }
        Part {
            files,
            findings,
            unchecked,
        }
    }

    /// The files of the whole App: the deploy manifest, the findings of
    /// every stack and the code assets (one zip per content).
    fn app_files(&self, manifest: &Json, findings: crate::sarif::Entries) -> Files {
        let mut files = vec![
            (MANIFEST.to_owned(), to_bytes(manifest)),
            (
                FINDINGS.to_owned(),
                to_bytes(&crate::sarif::assemble(findings)),
            ),
        ];
        for stack in &self.stacks {
            for (_, asset) in stack.assets() {
                files.push((asset.key(), asset.bytes.clone()));
            }
        }
        files.sort();
        // Functions built from the same folder share one content-named zip.
        files.dedup_by(|a, b| a.0 == b.0);
        files
    }

    /// Synthesizes every stack and writes its files (see [`App::files`]) into
    /// `dir`, removing generated files no stack produces any more.
    ///
    /// Stack by stack: the references between stacks are read from the
    /// stacks themselves first; then each stack is expanded, linked,
    /// checked, and its files written into a staging folder inside `dir`
    /// and dropped, on parallel workers, so memory holds the App's stacks
    /// but only the templates and files in progress.
    /// Nothing in `dir` is replaced unless every stack synthesizes: then
    /// each staged file is renamed into place (atomically), so a failure
    /// leaves the previous files as they were. Files whose content is
    /// already right are left untouched.
    pub fn write(&self, dir: &Path) -> Result<Written> {
        let links = self.links()?;
        let existed = dir.is_dir();
        fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        let staging = dir.join(format!(".stackward-staging-{}", std::process::id()));
        let _ = fs::remove_dir_all(&staging);
        let outcome = self.stage(&links, dir, &staging);
        let outcome =
            outcome.and_then(|(staged, unchecked)| commit(dir, &staging, staged, unchecked));
        let _ = fs::remove_dir_all(&staging);
        if outcome.is_err() && !existed {
            // Only the folder this call made, and only while it is empty.
            let _ = fs::remove_dir(dir);
        }
        outcome
    }

    /// Checks every stack and writes the files that differ from `dir`'s
    /// into `staging`; every file's name, with whether it was staged.
    ///
    /// Each stack is expanded, linked, checked and rendered on a worker
    /// and dropped before the worker takes the next, so memory holds the
    /// App's constructs and only the stacks in progress.
    fn stage(
        &self,
        links: &exports::Links,
        dir: &Path,
        staging: &Path,
    ) -> Result<(Staged, Vec<String>)> {
        let account = self.account_level(links);
        let cache = crate::check::cache_folder();
        let shared = serde_json::to_string(&account).unwrap_or_default();
        let place = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
        let parts = crate::parallel::map(self.stacks.iter().enumerate().collect(), |(i, stack)| {
            let name = stack.name();
            let (json, own, unresolved) = self.expand(links, i, stack);
            // A stack whose inputs are those of a run whose files are still
            // in place, as written, is done: nothing of it is redone.
            let record =
                cache
                    .zip(program())
                    .filter(|_| own.is_empty())
                    .map(|(folder, program)| {
                        (
                            folder,
                            self.record_key(program, name, &json, &shared, &place),
                        )
                    });
            if let Some(kept) = record
                .as_ref()
                .and_then(|(folder, key)| Record::kept(folder, key, dir))
            {
                return (unresolved, Ok((kept.files, kept.findings, kept.unchecked)));
            }
            let staged = || {
                let t = crate::template::finish(name, json, own)?;
                let part = self.stack_files(&t, account.clone());
                drop(t);
                let staged = part
                    .files
                    .iter()
                    .map(|(file, bytes)| Ok((file.clone(), stage_file(dir, staging, file, bytes)?)))
                    .collect::<Result<Vec<_>>>()?;
                if let Some((folder, key)) = record {
                    Record::keep(folder, &key, &part);
                }
                Ok((staged, part.findings, part.unchecked))
            };
            (unresolved, staged())
        });
        let mut staged = Vec::new();
        let mut findings = crate::sarif::Entries::default();
        let mut unchecked = Vec::new();
        for (files, entries, missed) in gathered(links, parts)? {
            staged.extend(files);
            findings.extend(entries);
            unchecked.extend(missed);
        }
        if staged.is_empty() {
            return Ok((staged, unchecked));
        }
        for (name, bytes) in self.app_files(&self.manifest_of(links), findings) {
            staged.push((name.clone(), stage_file(dir, staging, &name, &bytes)?));
        }
        staged.sort();
        Ok((staged, unchecked))
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
        let names: Vec<&str> = files.iter().map(|(name, _)| name.as_str()).collect();
        for extra in stale_files(dir, &names)? {
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

/// The running program as built (its path, size and modification time):
/// any rebuild, of stackward or of the code that uses it, is another, so
/// a record never outlives the code that wrote it.
fn program() -> Option<&'static str> {
    static PROGRAM: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    PROGRAM
        .get_or_init(|| {
            let exe = std::env::current_exe().ok()?;
            let built = fs::metadata(&exe).ok()?;
            let at = built
                .modified()
                .ok()?
                .duration_since(std::time::UNIX_EPOCH)
                .ok()?;
            Some(format!(
                "{} {} {}",
                exe.display(),
                built.len(),
                at.as_nanos()
            ))
        })
        .as_deref()
}

/// What a write left of one stack in the cache: each file's name and a
/// digest of its content, the stack's SARIF entries and unchecked
/// resources. While every file still holds that content, the stack's next
/// run with the same inputs reads this instead of checking and rendering
/// the stack again.
struct Record {
    files: Staged,
    findings: crate::sarif::Entries,
    unchecked: Vec<String>,
}

impl Record {
    /// The record under `key`, if every file it lists is in `dir` with the
    /// content it was written with.
    fn kept(folder: &Path, key: &str, dir: &Path) -> Option<Record> {
        let kept = crate::check::cache::get_json(folder, key)?;
        let mut files = Vec::new();
        for file in kept["files"].as_array()? {
            let name = file["name"].as_str()?;
            if digest_file(&dir.join(name)) != file["digest"].as_str().map(str::to_owned) {
                return None;
            }
            files.push((name.to_owned(), false));
        }
        Some(Record {
            files,
            findings: crate::sarif::Entries::from_json(&kept["findings"])?,
            unchecked: serde_json::from_value(kept["unchecked"].clone()).ok()?,
        })
    }

    /// Keeps the record of a stack's files.
    fn keep(folder: &Path, key: &str, part: &Part) {
        let files: Vec<Json> = part
            .files
            .iter()
            .map(|(name, bytes)| serde_json::json!({ "name": name, "digest": digest(bytes) }))
            .collect();
        let record = serde_json::json!({
            "files": files,
            "findings": part.findings.to_json(),
            "unchecked": part.unchecked,
        });
        crate::check::cache::put_json(folder, key, &record);
    }
}

/// A fast digest of a file's content, with its length (the program that
/// wrote a record is the one that reads it: the record's key names it).
fn digest(bytes: &[u8]) -> String {
    use std::hash::Hasher;
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    hasher.write(bytes);
    format!("{}:{:016x}", bytes.len(), hasher.finish())
}

/// The [`digest`] of a file's content, read in pieces into one buffer (a
/// whole file read at once takes fresh memory, and its page faults, for
/// every file of every stack an unchanged run checks).
fn digest_file(path: &Path) -> Option<String> {
    use std::hash::Hasher;
    use std::io::Read;
    let mut file = fs::File::open(path).ok()?;
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    let mut piece = vec![0; 64 * 1024];
    let mut len = 0;
    loop {
        let n = file.read(&mut piece).ok()?;
        if n == 0 {
            break;
        }
        // The hasher reads a stream: pieces give the digest of the whole.
        hasher.write(&piece[..n]);
        len += n;
    }
    Some(format!("{len}:{:016x}", hasher.finish()))
}

/// Every file's name under the output folder, with whether it was staged
/// (its content is new).
type Staged = Vec<(String, bool)>;

/// One stack's files, SARIF entries and unchecked resources.
struct Part {
    files: Files,
    findings: crate::sarif::Entries,
    unchecked: Vec<String>,
}

/// Writes `bytes` as `staging/name` unless `dir/name` already holds them;
/// whether it did.
fn stage_file(dir: &Path, staging: &Path, name: &str, bytes: &[u8]) -> Result<bool> {
    let current = dir.join(name);
    let same = fs::metadata(&current).is_ok_and(|m| m.len() == bytes.len() as u64)
        && fs::read(&current).is_ok_and(|found| found == bytes);
    if same {
        return Ok(false);
    }
    let path = staging.join(name);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
    }
    fs::write(&path, bytes).map_err(|e| Error::io(&path, e))?;
    Ok(true)
}

/// Moves every staged file into `dir` and removes generated files no stack
/// produces any more.
fn commit(dir: &Path, staging: &Path, files: Staged, unchecked: Vec<String>) -> Result<Written> {
    let mut written = Written {
        unchecked,
        ..Written::default()
    };
    for (name, staged) in &files {
        let path = dir.join(name);
        if *staged {
            if let Some(parent) = path.parent() {
                fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
            }
            fs::rename(staging.join(name), &path).map_err(|e| Error::io(&path, e))?;
            written.changed.push(path.clone());
        }
        written.files.push(path);
    }
    let names: Vec<&str> = files.iter().map(|(name, _)| name.as_str()).collect();
    for stale in stale_files(dir, &names)? {
        fs::remove_file(&stale).map_err(|e| Error::io(&stale, e))?;
        written.removed.push(stale);
    }
    Ok(written)
}

/// Generated files in `dir` (and its assets folder) that are not among
/// `files`.
fn stale_files(dir: &Path, files: &[&str]) -> Result<Vec<PathBuf>> {
    let wanted: BTreeSet<&str> = files.iter().copied().collect();
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

/// What every stack gave (each with its unresolved imports), or every
/// problem in the order they are reported: the links', each stack's
/// unresolved imports, then each stack's own.
fn gathered<T>(links: &exports::Links, parts: Vec<(Vec<Error>, Result<T>)>) -> Result<Vec<T>> {
    let (unresolved, outcomes): (Vec<Vec<Error>>, Vec<Result<T>>) = parts.into_iter().unzip();
    let mut problems = links.problems.clone();
    problems.extend(unresolved.into_iter().flatten());
    let mut done = Vec::new();
    for outcome in outcomes {
        match outcome {
            Ok(part) => done.push(part),
            Err(e) => problems.push(e),
        }
    }
    if problems.is_empty() {
        Ok(done)
    } else {
        Err(combine(problems))
    }
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

#[cfg(test)]
mod tests {
    /// A file larger than the piece it is read in, of a length that is
    /// not a multiple of it, digests as its bytes do.
    #[test]
    fn a_file_read_in_pieces_digests_as_its_bytes() {
        let bytes: Vec<u8> = (0..200_003u32).map(|n| (n * 7 % 251) as u8).collect();
        let path = std::env::temp_dir().join(format!("stackward-digest-{}", std::process::id()));
        std::fs::write(&path, &bytes).unwrap();
        let read = super::digest_file(&path);
        std::fs::remove_file(&path).unwrap();
        assert_eq!(read, Some(super::digest(&bytes)));
        assert_ne!(super::digest(&bytes), super::digest(&bytes[1..]));
    }
}
