//! A bare Tauri 2 window showing one static page; prints `first-paint <unix ms>` when the page
//! says it was painted (the startup benchmark's yardstick).

use std::io::Write;

#[tauri::command]
fn painted(at: u64) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "first-paint {at}");
    let _ = out.flush();
}

fn main() {
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![painted])
        .run(tauri::generate_context!())
        .expect("the bare window runs");
}
