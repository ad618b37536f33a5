//! The screenshots of this session, kept as captured (originals) until exported or dropped:
//! edits are rendered from them, so every edit stays undoable.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use comptoir_core::{Error, ErrorCode, Result};
use image::RgbaImage;
use serde::Serialize;
use ts_rs::TS;

use crate::edit::Op;

/// Most screenshots kept at once (about 4 MB each at 1280×800); the oldest goes first.
pub const MAX_SHOTS: usize = 24;

/// A capture as the UI knows it: its id, size, and the pre-redactions found on it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Shot {
    pub id: u32,
    pub width: u32,
    pub height: u32,
    pub pre_redactions: Vec<Op>,
}

#[derive(Default)]
pub struct ShotStore {
    inner: Mutex<(u32, BTreeMap<u32, Arc<RgbaImage>>)>,
}

impl ShotStore {
    fn lock(&self) -> std::sync::MutexGuard<'_, (u32, BTreeMap<u32, Arc<RgbaImage>>)> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Keeps `image` and returns its shot.
    pub fn insert(&self, image: RgbaImage, pre_redactions: Vec<Op>) -> Shot {
        let mut g = self.lock();
        g.0 += 1;
        let id = g.0;
        let shot = Shot {
            id,
            width: image.width(),
            height: image.height(),
            pre_redactions,
        };
        g.1.insert(id, Arc::new(image));
        while g.1.len() > MAX_SHOTS {
            g.1.pop_first();
        }
        shot
    }

    pub fn get(&self, id: u32) -> Result<Arc<RgbaImage>> {
        self.lock().1.get(&id).cloned().ok_or_else(|| {
            Error::new(
                ErrorCode::NotFound,
                format!("screenshot {id} is no longer kept; capture it again"),
            )
            .with_field("shot")
        })
    }

    pub fn remove(&self, id: u32) {
        self.lock().1.remove(&id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_oldest_shots_go_first() {
        let store = ShotStore::default();
        let ids: Vec<u32> = (0..MAX_SHOTS + 2)
            .map(|_| store.insert(RgbaImage::new(2, 2), vec![]).id)
            .collect();
        assert!(store.get(ids[0]).is_err());
        assert!(store.get(ids[1]).is_err());
        assert!(store.get(ids[2]).is_ok());
        store.remove(ids[2]);
        assert_eq!(
            store.get(ids[2]).unwrap_err().field.as_deref(),
            Some("shot")
        );
    }
}
