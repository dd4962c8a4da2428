//! The one error type of stackward.

use std::fmt;

/// Everything that can go wrong while describing or synthesizing a stack.
///
/// Each variant names the resource (by its logical id), the property and the
/// rule that was broken, so a message can be acted on without reading code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// A property value breaks a rule of CloudFormation or of the service.
    #[error("{resource}.{property} = {value:?}: {rule}")]
    InvalidValue {
        /// Logical id of the resource (or the stack name for stack settings).
        resource: String,
        /// CloudFormation property name.
        property: String,
        /// The offending value as written by the user.
        value: String,
        /// The rule it breaks.
        rule: String,
    },
    /// A user-given id does not make a valid CloudFormation logical id.
    #[error("logical id {id:?}: {rule}")]
    InvalidLogicalId {
        /// The id as the user wrote it.
        id: String,
        /// The rule it breaks.
        rule: String,
    },
    /// Two things in one stack got the same logical id.
    #[error("logical id {id:?} is used twice in stack {stack}, by {}", by.join(" and by "))]
    DuplicateLogicalId {
        /// Stack name.
        stack: String,
        /// The id used twice.
        id: String,
        /// What claimed it, in the user's words: the ids given to
        /// constructs (`"data"`, `"Data"`), or a construct's own resource
        /// (`"the Policy of data"`).
        by: Vec<String>,
    },
    /// A `Ref`, `Fn::GetAtt`, `Fn::Sub` or condition name points at nothing.
    #[error("{resource}: {path} refers to {target:?}, which is not defined in the stack")]
    UnresolvedReference {
        /// Logical id of the resource, output or condition that holds the reference.
        resource: String,
        /// JSON pointer of the reference inside the template.
        path: String,
        /// The missing logical id.
        target: String,
    },
    /// The template is over one of CloudFormation's limits.
    #[error("stack {stack}: {limit} is {actual}, over CloudFormation's limit of {max}")]
    LimitExceeded {
        /// Stack name.
        stack: String,
        /// Which limit.
        limit: &'static str,
        /// What the template has.
        actual: usize,
        /// What CloudFormation allows.
        max: usize,
    },
    /// An `Fn::ImportValue` names an export no stack of the App makes and
    /// the App was not told is made outside it.
    #[error("{stack}: {path} imports {name:?}, which no stack of the App exports")]
    UnresolvedImport {
        /// The importing stack.
        stack: String,
        /// JSON pointer of the import inside its template.
        path: String,
        /// The export name.
        name: String,
    },
    /// A Guard rule failed for a resource and no waiver names the rule.
    #[error("{resource}: rule {rule} failed{}: {message}", at(property))]
    RuleFailed {
        /// Logical id of the failing resource.
        resource: String,
        /// Where below the resource the rule found what it rejects
        /// (`Properties/DisableApiTermination`); empty when the rule judges
        /// the resource as a whole.
        property: String,
        /// Guard rule name (the id a `Waiver` would name).
        rule: String,
        /// What the rule asks for.
        message: String,
    },
    /// A waiver was built without a reason or without rule ids.
    #[error("waiver: {0}")]
    InvalidWaiver(String),
    /// The Guard engine could not evaluate the rules (a bug in a rule file).
    #[error("guard engine: {0}")]
    Guard(String),
    /// Reading or writing a file failed.
    #[error("{path}: {message}")]
    Io {
        /// The file or folder.
        path: String,
        /// The operating system's message.
        message: String,
    },
    /// Input that is not a CloudFormation template at all (audit).
    #[error("{name}: {reason}")]
    Unreadable {
        /// The input's name.
        name: String,
        /// Why it cannot be read as a template.
        reason: String,
    },
    /// `cargo xtask synth --check` found files that differ from the code.
    #[error("generated files are stale: {}; run `cargo xtask synth`", .0.join(", "))]
    Stale(Vec<String>),
    /// Stacks of an app import from each other in a cycle, so none can be
    /// deployed first.
    #[error("stacks import from each other in a cycle: {0}")]
    StackCycle(String),
    /// Deploying a stack with the AWS CLI failed; the stacks before it
    /// stay deployed.
    #[error("stack {stack}: {message}")]
    Deploy {
        /// The stack that failed.
        stack: String,
        /// What failed, in the AWS CLI's last words where it printed any.
        message: String,
        /// The stacks this run deployed (or found unchanged) before it.
        deployed: Vec<String>,
    },
    /// Synthesis found several problems; all of them are listed.
    #[error("stack {stack}: {} problem(s)\n{}", .problems.len(), Problems(.problems))]
    Synth {
        /// Stack name.
        stack: String,
        /// Every problem found, in the order found.
        problems: Vec<Error>,
    },
}

impl Error {
    pub(crate) fn invalid(
        resource: impl Into<String>,
        property: impl Into<String>,
        value: impl fmt::Display,
        rule: impl Into<String>,
    ) -> Self {
        Error::InvalidValue {
            resource: resource.into(),
            property: property.into(),
            value: value.to_string(),
            rule: rule.into(),
        }
    }

    pub(crate) fn io(path: &std::path::Path, err: std::io::Error) -> Self {
        Error::Io {
            path: path.display().to_string(),
            message: err.to_string(),
        }
    }

    /// What to do about this error, when there is more to say than its
    /// message.
    pub fn hint(&self) -> Option<String> {
        Some(match self {
            Error::RuleFailed { rule, .. } => format!(
                "change the setting so the rule passes, or give the construct a Waiver naming {rule} with a reason"
            ),
            Error::UnresolvedReference { .. } => "add the resource to this stack, or pass the handle of a stack of the same App".into(),
            Error::UnresolvedImport { name, .. } => format!(
                "pass the producer's handle between the stacks (stackward exports it), or, if a stack outside this App exports {name:?}, declare it with App::imports_from_outside"
            ),
            Error::LimitExceeded { .. } => "split the stack: move resources into another stack of the App and pass handles between them".into(),
            Error::DuplicateLogicalId { .. } => "give one of them another id".into(),
            Error::Stale(_) => "run `cargo xtask synth` and commit generated/".into(),
            Error::StackCycle(_) => "move what both stacks use into a stack that both import from".into(),
            Error::Deploy { stack, deployed, .. } => {
                let before = if deployed.is_empty() {
                    "no stack before it was deployed in this run".to_owned()
                } else {
                    format!("the stacks before it ({}) are deployed and left in place", deployed.join(", "))
                };
                format!("{before}; see why with `aws cloudformation describe-stack-events --stack-name {stack}`, fix it and run the deploy again")
            }
            Error::InvalidWaiver(_) => "a Waiver needs a reason and at least one rule id".into(),
            Error::Unreadable { .. } => "give audit a CloudFormation template: JSON or YAML, a mapping with a Resources section, each key once".into(),
            _ => return None,
        })
    }

    /// The individual problems: the list for [`Error::Synth`], itself otherwise.
    pub fn problems(&self) -> &[Error] {
        match self {
            Error::Synth { problems, .. } => problems,
            other => std::slice::from_ref(other),
        }
    }
}

struct Problems<'a>(&'a [Error]);

impl fmt::Display for Problems<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "  - {p}")?;
        }
        Ok(())
    }
}

/// Result with stackward's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// ` at <path>` for a rule failure that names where, else nothing.
fn at(property: &str) -> String {
    if property.is_empty() {
        String::new()
    } else {
        format!(" at {property}")
    }
}
