//! A fake of the provider's public API (the paths of `provider-api.md` "Core endpoints"), bound to
//! 127.0.0.1 only, over a seeded state, with switchable faults and a per-token rate limit that
//! counts like the real one (60 in any 60 s, 429 beyond). Tests start it in-process:
//! `let (addr, handle) = FakeProvider::start().await;`.

use std::net::SocketAddr;

/// The demo token the fake accepts (printed by `cargo run -p comptoir-fake-provider`).
pub const DEMO_TOKEN: &str = "fake-demo-token-0123456789";

/// How to seed and run the fake.
#[derive(Debug, Clone)]
pub struct FakeConfig {
    /// Seed 10,000 products instead of a handful.
    pub many_products: bool,
    /// Port to bind on 127.0.0.1 (0: any free port).
    pub port: u16,
}

impl Default for FakeConfig {
    fn default() -> Self {
        FakeConfig {
            many_products: false,
            port: 0,
        }
    }
}

/// Control of a running fake: faults, state inspection, shutdown.
#[derive(Clone)]
pub struct FakeHandle {}

pub struct FakeProvider;

impl FakeProvider {
    /// Start with the default seed on a free port of 127.0.0.1.
    pub async fn start() -> (SocketAddr, FakeHandle) {
        FakeProvider::start_with(FakeConfig::default()).await
    }

    pub async fn start_with(config: FakeConfig) -> (SocketAddr, FakeHandle) {
        let _ = config;
        todo!()
    }
}
