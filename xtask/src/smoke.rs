//! Deploy smoke test: every generated template is created in a local
//! CloudFormation emulator (moto's server, pinned, installed into
//! `target/moto`), checked with describe calls, and deleted, checking that
//! retained resources stay. The emulator listens on 127.0.0.1 on a free port
//! and stops by itself after a bounded lifetime.

use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::{root, run, status};

/// The emulator version the templates are deployed to.
const MOTO_VERSION: &str = "5.2.5";
/// The emulator stops by itself after this long, whatever happens here.
const LIFETIME: Duration = Duration::from_secs(600);

/// Installs the pinned emulator (once); returns the virtualenv's python.
fn install() -> Result<PathBuf, String> {
    let venv = root().join("target").join("moto");
    let python = venv.join("bin").join("python");
    let installed = Command::new(&python)
        .args(["-c", "import moto, boto3; print(moto.__version__)"])
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == MOTO_VERSION);
    if !installed {
        crate::venv_install(&venv, &format!("moto[server]=={MOTO_VERSION}"))?;
    }
    Ok(python)
}

/// The running emulator; killed when dropped, on every path out.
pub struct Emulator {
    child: Child,
    /// The emulator's virtualenv python, which has boto3.
    pub python: PathBuf,
    /// `http://127.0.0.1:<port>`.
    pub endpoint: String,
}

impl Drop for Emulator {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> Result<u16, String> {
    let listener = TcpListener::bind("127.0.0.1:0").map_err(|e| format!("no free port: {e}"))?;
    listener
        .local_addr()
        .map(|a| a.port())
        .map_err(|e| e.to_string())
}

impl Emulator {
    /// Installs (once) and starts the emulator on a free port, waiting
    /// until it listens.
    pub fn start() -> Result<Emulator, String> {
        let python = install()?;
        let port = free_port()?;
        let child = Command::new(&python)
            .arg(scripts().join("emulator.py"))
            .arg(port.to_string())
            .arg(LIFETIME.as_secs().to_string())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("starting the emulator: {e}"))?;
        let emulator = Emulator {
            child,
            python,
            endpoint: format!("http://127.0.0.1:{port}"),
        };
        let started = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            if started.elapsed() > Duration::from_secs(60) {
                return Err(format!(
                    "the emulator did not listen on 127.0.0.1:{port} within 60 s"
                ));
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        Ok(emulator)
    }
}

fn scripts() -> PathBuf {
    root().join("xtask").join("deploy")
}

/// `cargo xtask smoke`: the smoke test over every template in `generated/`.
pub fn smoke(templates: &[PathBuf]) -> Result<(), String> {
    let emulator = Emulator::start()?;
    status(
        "Deploying",
        &format!(
            "{} templates to moto {MOTO_VERSION} at {}",
            templates.len(),
            emulator.endpoint
        ),
    );
    run(Command::new(&emulator.python)
        .arg(scripts().join("smoke.py"))
        .arg(&emulator.endpoint)
        .args(templates))?;
    status(
        "Deployed",
        &format!(
            "{} templates: what was read back, only created or not created is counted above",
            templates.len()
        ),
    );
    Ok(())
}
