// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    // `comptoir invoices …`, `comptoir --help`: the command-line mode, without a window.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if comptoir_cli::is_cli(&args) {
        std::process::exit(comptoir_cli::main(args));
    }
    comptoir_app::run();
}
