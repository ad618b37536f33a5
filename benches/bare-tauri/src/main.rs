//! A bare Tauri 2 window showing one static page; prints `first-paint <unix ms>` when the page
//! says it was painted (the startup benchmark's yardstick), with when the page's navigation began
//! (unix ms), and when its script ran and its first frame came (ms after navigation).

use std::io::Write;

#[tauri::command]
fn painted(at: u64, navigation: u64, ran: u64, frame: u64) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(
        out,
        "first-paint {at} navigation {navigation} script +{ran} frame +{frame}"
    );
    let _ = out.flush();
}

fn main() {
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![painted])
        .run(tauri::generate_context!())
        .expect("the bare window runs");
}
