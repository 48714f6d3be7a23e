//! Offline use after the first visit: the service worker (`sw.js`, beside the page)
//! keeps the app's files. A new deployment installs a new worker beside the running one;
//! the app then offers a reload, and the new worker takes over only when the visitor
//! chooses it. A site that turns it off (`config.json`, `offline: false`) has any worker
//! of an earlier visit removed.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorker, ServiceWorkerRegistration, ServiceWorkerState};

/// Registers the service worker (or, with `enabled` false, removes an earlier one);
/// `on_update` is called once a new version is installed and waiting.
pub fn start(enabled: bool, on_update: impl Fn() + 'static) {
    let Some(container) = container() else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        if !enabled {
            if let Ok(list) = JsFuture::from(container.get_registrations()).await {
                for r in js_sys::Array::from(&list).iter() {
                    if let Ok(r) = r.dyn_into::<ServiceWorkerRegistration>() {
                        let _ = r.unregister();
                    }
                }
            }
            return;
        }
        let Ok(registration) = JsFuture::from(container.register("sw.js")).await else {
            return;
        };
        let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        let on_update = std::rc::Rc::new(on_update);
        // A version installed on an earlier visit may already be waiting.
        if registration.waiting().is_some() && container.controller().is_some() {
            on_update();
        }
        let found = {
            let registration = registration.clone();
            Closure::<dyn Fn()>::new(move || {
                let Some(worker) = registration.installing() else {
                    return;
                };
                let on_update = on_update.clone();
                let watched = worker.clone();
                let changed = Closure::<dyn Fn()>::new(move || {
                    // Installed while another version runs this page: an update.
                    let controlled = self::container().is_some_and(|c| c.controller().is_some());
                    if watched.state() == ServiceWorkerState::Installed && controlled {
                        on_update();
                    }
                });
                worker.set_onstatechange(Some(changed.as_ref().unchecked_ref()));
                changed.forget();
            })
        };
        registration.set_onupdatefound(Some(found.as_ref().unchecked_ref()));
        found.forget();
        // Look for a new deployment now, not only when the browser next does.
        if let Ok(update) = registration.update() {
            let _ = JsFuture::from(update).await;
        }
    });
}

/// Lets the waiting version take over, and reloads the page once it has.
pub fn take_over() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(container) = container() else {
        let _ = window.location().reload();
        return;
    };
    let reload = Closure::<dyn Fn()>::new(|| {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    });
    container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
    reload.forget();
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(ready) = container.ready() else {
            return;
        };
        let waiting: Option<ServiceWorker> = JsFuture::from(ready)
            .await
            .ok()
            .and_then(|r| r.dyn_into::<ServiceWorkerRegistration>().ok())
            .and_then(|r| r.waiting());
        match waiting {
            Some(worker) => {
                let _ = worker.post_message(&JsValue::from_str("take-over"));
            }
            // Nothing waiting after all: a plain reload loads what is there.
            None => {
                let _ = web_sys::window().map(|w| w.location().reload());
            }
        }
    });
}

/// The page's service worker container, where the browser offers one: not outside a
/// secure context, nor in Firefox's private windows.
fn container() -> Option<web_sys::ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker"))
        .ok()
        .filter(|c| !c.is_undefined() && !c.is_null())
        .map(|_| navigator.service_worker())
}
