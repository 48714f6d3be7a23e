//! A process's id as a Yew list key: a catalog id is shared with the advice, so the
//! many rows and dots keyed by process (redrawn on every what-if) take no copy of it.

use crate::engine::model::ProcessId;
use yew::virtual_dom::Key;

impl From<&ProcessId> for Key {
    fn from(id: &ProcessId) -> Self {
        match id {
            ProcessId::Catalog(id) => Key::from(id.clone()),
            ProcessId::Custom(_) => Key::from(id.to_string()),
        }
    }
}
