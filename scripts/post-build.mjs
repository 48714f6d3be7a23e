// Trunk post-build hook: Trunk runs the hooks of one stage at the same time, so the steps
// that rewrite index.html run from here, one after the other.
await import('./split.mjs');
await import('./wasm-integrity.mjs');
await import('./languages.mjs');
await import('./external-loader.mjs');
await import('./one-stylesheet.mjs');
await import('./minify.mjs');
await import('./prerender.mjs');
await import('./service-worker.mjs');
await import('./precompress.mjs');
