//! `App`: the stacks of a project, synthesized together and written to (or
//! checked against) a folder such as `generated/`.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::template::{Stack, Template};

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
}

/// The suffix of every template file `App::write` produces.
pub const TEMPLATE_SUFFIX: &str = ".template.json";
/// The suffixes of the responsibility reports written beside each template.
pub const REPORT_SUFFIXES: [&str; 2] = [".report.md", ".report.json"];

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

    /// The stacks, in the order added.
    pub fn stacks(&self) -> &[Stack] {
        &self.stacks
    }

    /// Synthesizes every stack. Fails with every problem of every stack, or
    /// with a duplicate stack name.
    pub fn synth(&self) -> Result<Vec<Template>> {
        let mut names = BTreeSet::new();
        let mut problems = Vec::new();
        let mut templates = Vec::new();
        for stack in &self.stacks {
            if !names.insert(stack.name()) {
                problems.push(Error::invalid(
                    stack.name(),
                    "StackName",
                    stack.name(),
                    "two stacks of the app have this name",
                ));
                continue;
            }
            match stack.synth() {
                Ok(t) => templates.push(t),
                Err(e) => problems.push(e),
            }
        }
        match problems.len() {
            0 => Ok(templates),
            1 => Err(problems.remove(0)),
            _ => Err(Error::Synth {
                stack: "(app)".into(),
                problems,
            }),
        }
    }

    /// Every file `write` produces, by name: each stack's template and its
    /// responsibility report as Markdown and JSON.
    pub fn files(&self) -> Result<Vec<(String, String)>> {
        let mut files = Vec::new();
        for t in self.synth()? {
            let report = t.report();
            files.push((
                format!("{}{}", t.stack_name(), REPORT_SUFFIXES[0]),
                report.to_markdown(),
            ));
            files.push((
                format!("{}{}", t.stack_name(), REPORT_SUFFIXES[1]),
                report.to_json_text(),
            ));
            files.push((t.file_name(), t.text().to_owned()));
        }
        files.sort();
        Ok(files)
    }

    /// Synthesizes every stack and writes its files (see [`App::files`]) into
    /// `dir`, removing generated files no stack produces any more.
    ///
    /// Nothing is written unless every stack synthesizes, and each file is
    /// replaced atomically (written beside, then renamed), so a failure
    /// leaves the previous files as they were.
    pub fn write(&self, dir: &Path) -> Result<Vec<PathBuf>> {
        let files = self.files()?;
        fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        let mut written = Vec::new();
        for (name, text) in &files {
            let path = dir.join(name);
            if fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
                let tmp = dir.join(format!(".{name}.tmp"));
                fs::write(&tmp, text).map_err(|e| Error::io(&tmp, e))?;
                fs::rename(&tmp, &path).map_err(|e| Error::io(&path, e))?;
            }
            written.push(path);
        }
        for stale in stale_files(dir, &files)? {
            fs::remove_file(&stale).map_err(|e| Error::io(&stale, e))?;
        }
        Ok(written)
    }

    /// Checks that `dir` holds exactly what `write` would write; fails with
    /// [`Error::Stale`] naming every differing, missing or extra file.
    pub fn check(&self, dir: &Path) -> Result<()> {
        let files = self.files()?;
        let mut stale = Vec::new();
        for (name, text) in &files {
            let path = dir.join(name);
            match fs::read_to_string(&path) {
                Ok(found) if found == *text => {}
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

/// Generated files in `dir` that are not among `files`.
fn stale_files(dir: &Path, files: &[(String, String)]) -> Result<Vec<PathBuf>> {
    let wanted: BTreeSet<&str> = files.iter().map(|(name, _)| name.as_str()).collect();
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(Error::io(dir, e)),
    };
    let mut stale = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(dir, e))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let generated = std::iter::once(TEMPLATE_SUFFIX)
            .chain(REPORT_SUFFIXES)
            .any(|suffix| name.ends_with(suffix));
        if generated && !wanted.contains(name.as_str()) {
            stale.push(entry.path());
        }
    }
    stale.sort();
    Ok(stale)
}
