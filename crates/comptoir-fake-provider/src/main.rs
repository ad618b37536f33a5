//! `cargo run -p comptoir-fake-provider [-- --port N --many-products]`: serve the fake until Ctrl+C.

use comptoir_fake_provider::{FakeConfig, FakeProvider, DEMO_TOKEN};

#[tokio::main]
async fn main() {
    let mut config = FakeConfig::default();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--port" => {
                config.port = args
                    .next()
                    .and_then(|p| p.parse().ok())
                    .expect("--port needs a number");
            }
            "--many-products" => config.many_products = true,
            other => panic!("unknown argument {other}; use --port N and --many-products"),
        }
    }
    let (addr, _handle) = FakeProvider::start_with(config).await;
    println!("fake provider on http://{addr}");
    println!("demo token: {DEMO_TOKEN}");
    println!("point the app at it: COMPTOIR_PROVIDER_URL=http://{addr}");
    tokio::signal::ctrl_c().await.expect("ctrl-c");
}
