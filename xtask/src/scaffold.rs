//! `cargo xtask new <dir>`: a ready repository of the team's own, written
//! from `templates/user-repo`, with stackward taken from this checkout (by
//! path) or from a git URL.

use std::path::{Path, PathBuf};

use crate::status;

/// Where the new repository takes stackward from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A checkout on this machine.
    Path(PathBuf),
    /// A git repository, at a revision when one is given.
    Git { url: String, rev: Option<String> },
}

impl Source {
    /// The value of `stackward` in the workspace's `[workspace.dependencies]`.
    fn dependency(&self) -> String {
        let quoted = |s: &str| serde_json::Value::from(s).to_string();
        match self {
            Source::Path(path) => format!("{{ path = {} }}", quoted(&path.display().to_string())),
            Source::Git { url, rev: None } => format!("{{ git = {} }}", quoted(url)),
            Source::Git {
                url,
                rev: Some(rev),
            } => {
                format!("{{ git = {}, rev = {} }}", quoted(url), quoted(rev))
            }
        }
    }
}

/// The line of the template's `Cargo.toml` that names stackward's source.
const DEPENDENCY_LINE: &str = "stackward = { version = \"0.1\" }";

/// Copies the template into `dir` (which must be new or empty), leaving
/// out build output, and points its stackward dependency at `source`.
/// Returns the files written.
pub fn scaffold(template: &Path, dir: &Path, source: &Source) -> Result<usize, String> {
    if std::fs::read_dir(dir).is_ok_and(|mut entries| entries.next().is_some()) {
        return Err(format!(
            "{} is not empty: give a new folder for the repository",
            dir.display()
        ));
    }
    let mut written = 0;
    copy(template, dir, &mut written)?;
    let manifest = dir.join("Cargo.toml");
    let text =
        std::fs::read_to_string(&manifest).map_err(|e| format!("{}: {e}", manifest.display()))?;
    if !text.contains(DEPENDENCY_LINE) {
        return Err(format!(
            "{}: no line `{DEPENDENCY_LINE}` to point at stackward",
            manifest.display()
        ));
    }
    let wired = text.replace(
        DEPENDENCY_LINE,
        &format!("stackward = {}", source.dependency()),
    );
    std::fs::write(&manifest, wired).map_err(|e| format!("{}: {e}", manifest.display()))?;
    Ok(written)
}

fn copy(from: &Path, to: &Path, written: &mut usize) -> Result<(), String> {
    std::fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    let entries = std::fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("{}: {e}", from.display()))?;
        let (path, name) = (entry.path(), entry.file_name());
        if name == "target" {
            continue;
        }
        if path.is_dir() {
            copy(&path, &to.join(&name), written)?;
        } else {
            std::fs::copy(&path, to.join(&name)).map_err(|e| format!("{}: {e}", path.display()))?;
            *written += 1;
        }
    }
    Ok(())
}

/// `cargo xtask new <dir> [--git URL [--rev REV]]`.
pub fn new(dir: &Path, git: Option<&str>, rev: Option<&str>) -> Result<(), String> {
    let source = match git {
        Some(url) => Source::Git {
            url: url.to_owned(),
            rev: rev.map(str::to_owned),
        },
        None if rev.is_some() => return Err("--rev needs --git".into()),
        None => Source::Path(crate::root()),
    };
    let written = scaffold(&crate::user_template::folder(), dir, &source)?;
    status(
        "Created",
        &format!(
            "{} ({written} files), stackward = {}",
            dir.display(),
            source.dependency()
        ),
    );
    status(
        "Next",
        &format!(
            "cd {} && git init && cargo xtask synth   (the first build takes a few minutes)",
            dir.display()
        ),
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_repository_names_its_stackward_and_nothing_of_the_build() {
        let dir = std::env::temp_dir().join(format!("stackward-new-test-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let source = Source::Git {
            url: "https://example.com/stackward.git".into(),
            rev: Some("abc123".into()),
        };
        scaffold(&crate::user_template::folder(), &dir, &source).unwrap();
        let manifest = std::fs::read_to_string(dir.join("Cargo.toml")).unwrap();
        assert!(
            manifest.contains(
                "stackward = { git = \"https://example.com/stackward.git\", rev = \"abc123\" }"
            ),
            "{manifest}"
        );
        assert!(dir.join(".gitignore").is_file() && dir.join(".cargo/config.toml").is_file());
        assert!(!dir.join("target").exists());
        let again = scaffold(&crate::user_template::folder(), &dir, &source).unwrap_err();
        assert!(again.contains("is not empty"), "{again}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_path_with_quotes_is_written_as_a_toml_string() {
        let dep = Source::Path(PathBuf::from("/a \"b\"\\c")).dependency();
        assert_eq!(dep, r#"{ path = "/a \"b\"\\c" }"#);
    }
}
