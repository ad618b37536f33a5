//! Printing a document through the system: CUPS `lp` on Linux and macOS, the shell's print
//! verb on Windows. Shared by the window (Print) and the command line (`invoices print`).

use std::ffi::OsString;
use std::fmt;
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrintSystem {
    /// CUPS `lp` (Linux, macOS).
    Unix,
    /// The shell's print verb through PowerShell.
    Windows,
}

impl PrintSystem {
    pub fn current() -> Self {
        if cfg!(windows) {
            PrintSystem::Windows
        } else {
            PrintSystem::Unix
        }
    }
}

/// A program, its arguments and extra environment: no shell, and the path never inside a string
/// that something parses as a command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrintCommand {
    pub program: OsString,
    pub args: Vec<OsString>,
    pub env: Vec<(OsString, OsString)>,
}

/// How to print `path` on `system`. On Windows the PowerShell script is a constant that reads
/// the path from an environment variable as a value: `powershell -Command` joins any further
/// arguments into the script text, so passing the path as an argument would not keep it out.
pub fn print_command(path: &Path, system: PrintSystem) -> PrintCommand {
    match system {
        PrintSystem::Windows => PrintCommand {
            program: "powershell".into(),
            args: [
                "-NoProfile",
                "-NonInteractive",
                "-Command",
                "Start-Process -FilePath $env:COMPTOIR_PRINT_FILE -Verb Print",
            ]
            .map(OsString::from)
            .to_vec(),
            env: vec![("COMPTOIR_PRINT_FILE".into(), path.as_os_str().to_owned())],
        },
        PrintSystem::Unix => {
            // A relative path starting with '-' would read as an option.
            let path = if path.to_string_lossy().starts_with('-') {
                Path::new(".").join(path)
            } else {
                path.to_path_buf()
            };
            PrintCommand {
                program: "lp".into(),
                args: vec![path.into_os_string()],
                env: Vec::new(),
            }
        }
    }
}

#[cfg(test)]
mod print_tests {
    use super::*;

    const NASTY: &str = "/home/o'brien/my docs; rm -rf ~/$(whoami)/INV-1.pdf";

    #[test]
    fn windows_keeps_the_path_out_of_the_powershell_script() {
        let cmd = print_command(Path::new(NASTY), PrintSystem::Windows);
        assert_eq!(cmd.program, "powershell");
        assert_eq!(
            cmd.args,
            [
                "-NoProfile",
                "-NonInteractive",
                "-Command",
                "Start-Process -FilePath $env:COMPTOIR_PRINT_FILE -Verb Print"
            ]
        );
        assert!(cmd
            .args
            .iter()
            .all(|a| !a.to_string_lossy().contains("brien")));
        assert_eq!(
            cmd.env,
            [(OsString::from("COMPTOIR_PRINT_FILE"), OsString::from(NASTY))]
        );
    }

    #[test]
    fn unix_passes_the_path_as_one_argument() {
        let cmd = print_command(Path::new(NASTY), PrintSystem::Unix);
        assert_eq!(cmd.program, "lp");
        assert_eq!(cmd.args, [OsString::from(NASTY)]);
        assert!(cmd.env.is_empty());
        let cmd = print_command(Path::new("-o evil.pdf"), PrintSystem::Unix);
        assert_eq!(cmd.args, [OsString::from("./-o evil.pdf")]);
    }
}

/// Why a document did not reach the printer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PrintFailure {
    /// The print program could not be started (no print system installed).
    NoSystem { program: String, detail: String },
    /// The print program ran and refused the document.
    Refused { program: String, detail: String },
}

impl fmt::Display for PrintFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PrintFailure::NoSystem { program, detail } => write!(
                f,
                "no print system found ({program}: {detail}); save the PDF and print it from a viewer"
            ),
            PrintFailure::Refused { program, detail } => {
                write!(f, "{program} refused the document: {detail}")
            }
        }
    }
}

/// Hands `path` to the system's print path; returns the program used.
pub fn print_file(path: &Path) -> Result<String, PrintFailure> {
    let cmd = print_command(path, PrintSystem::current());
    let program = cmd.program.to_string_lossy().into_owned();
    let out = std::process::Command::new(&cmd.program)
        .args(&cmd.args)
        .envs(cmd.env.iter().map(|(k, v)| (k, v)))
        .output()
        .map_err(|e| PrintFailure::NoSystem {
            program: program.clone(),
            detail: e.to_string(),
        })?;
    if !out.status.success() {
        return Err(PrintFailure::Refused {
            program,
            detail: String::from_utf8_lossy(&out.stderr).trim().to_owned(),
        });
    }
    Ok(program)
}
