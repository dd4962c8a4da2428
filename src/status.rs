//! Progress and error lines on stderr, coloured as cargo colours them.

use std::io::IsTerminal;

fn colour() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

/// `text` in the ANSI colour `code` when stderr is a terminal and
/// `NO_COLOR` is unset.
pub(crate) fn paint(code: &str, text: &str) -> String {
    if colour() {
        format!("\x1b[{code}m{text}\x1b[0m")
    } else {
        text.to_owned()
    }
}

/// Prints a progress line as cargo does: a right-aligned green verb, then
/// what it did.
pub(crate) fn status(verb: &str, what: &str) {
    eprintln!("{} {what}", paint("1;32", &format!("{verb:>12}")));
}
