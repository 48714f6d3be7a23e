// Post-build step, the first (see post-build.mjs): split the release wasm so that a first
// visit loads only the welcome screen and the questionnaire. The screens after the
// questionnaire (`src/ui/later.rs`: results, report, requests for proposals, with the
// engine's costing and search and the file writers they alone use) become a module of
// their own that the app fetches once its first screen runs.
//
// Trunk runs wasm-bindgen and wasm-opt knowing nothing of the split, so this step redoes
// them from the linker's output (kept with its relocations, see scripts/setup.sh):
// wasm-bindgen keeping the linker's exports and names (the splitter matches functions
// by name), wasm-split-cli (Dioxus' splitter) cutting
// at the `wasm_split` loader, wasm-opt on each part. Then Trunk's glue and wasm are
// replaced by the split ones, named by their hashes, and the loader that wasm-split-cli
// writes is replaced by one that fetches each part relative to itself (any sub-path),
// with its integrity hash, and reports a part that does not arrive instead of waiting
// for ever (the app then offers to try again).
//
// A debug build (no split point compiled in) is left as Trunk made it.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { links } from './html-links.mjs';

const dir = process.env.TRUNK_STAGING_DIR ?? 'dist';
const indexFile = join(dir, 'index.html');
let html = readFileSync(indexFile, 'utf8');

const fail = (message) => {
  console.error(`split: ${message}`);
  process.exit(1);
};
const run = (command, args) => {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 });
  } catch (error) {
    fail(`${command} ${args.join(' ')} failed:\n${error.stdout ?? ''}${error.stderr ?? error.message}`);
  }
};
const hash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);
const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

// The linker's output Trunk built from, in Cargo's target directory.
const metadata = JSON.parse(run('cargo', ['metadata', '--format-version', '1', '--no-deps', '--offline']));
const profile = process.env.TRUNK_PROFILE === 'release' ? 'release' : 'debug';
const original = join(metadata.target_directory, 'wasm32-unknown-unknown', profile, 'shorewise.wasm');
const linked = readFileSync(original);
if (!linked.includes(Buffer.from('__wasm_split_load_'))) {
  if (profile === 'release') fail(`${original} has no split point (src/ui/later.rs)`);
  process.exit(0);
}
if (!hasSection(linked, 'reloc.CODE')) {
  fail(`${original} was linked without relocations: build through scripts/setup.sh, which passes -Clink-args=--emit-relocs`);
}

// Trunk's glue and wasm, as index.html names them.
const modulePreload = links(html).find((l) => l.attrs.rel === 'modulepreload' && /^\.\/shorewise-[0-9a-f]+\.js$/.test(l.attrs.href ?? ''));
const wasmPreload = links(html).find((l) => l.attrs.rel === 'preload' && /^\.\/shorewise-[0-9a-f]+_bg\.wasm$/.test(l.attrs.href ?? ''));
if (!modulePreload?.attrs.integrity || !wasmPreload?.attrs.integrity) fail('index.html has no preloads of the glue and the wasm with integrity hashes');
const trunkGlue = modulePreload.attrs.href.slice(2);
const trunkWasm = wasmPreload.attrs.href.slice(2);

const work = mkdtempSync(join(tmpdir(), 'shorewise-split-'));
try {
  run('wasm-bindgen', [original, '--out-dir', join(work, 'bg'), '--target', 'web', '--out-name', 'main', '--no-typescript', '--no-demangle', '--keep-lld-exports']);
  // The splitter logs every function it moves; kept only for a failure.
  run('wasm-split-cli', ['split', original, join(work, 'bg', 'main_bg.wasm'), join(work, 'split')]);
  const splitJs = readFileSync(join(work, 'split', '__wasm_split.js'), 'utf8');
  // One line per part: export const <loader> = makeLoad("/harness/split/<file>", [<deps>], …)
  const parts = [...splitJs.matchAll(/^export const (\w+) = makeLoad\("\/harness\/split\/([\w.-]+\.wasm)", \[([\w, ]*)\]/gm)].map((m) => ({
    loader: m[1],
    file: m[2],
    deps: m[3].split(',').map((d) => d.trim()).filter(Boolean),
  }));
  if (parts.length === 0) fail('wasm-split-cli wrote no parts');

  const optimise = (file) => {
    run('wasm-opt', [
      file, '-o', file, '-Oz', '--strip-debug', '--strip-producers',
      '--enable-reference-types', '--enable-bulk-memory', '--enable-nontrapping-float-to-int',
      '--enable-sign-ext', '--enable-multivalue', '--enable-mutable-globals',
    ]);
    return withoutCustomSections(readFileSync(file));
  };
  // The splitter blanks the constant data it takes for the split points' alone, but it
  // cannot see every reference to it: string constants that LLVM merges are referred to
  // by section, not by symbol, so text the first screen reads was blanked too (seen: the
  // file picker's selector, read before the later part had arrived). The main module
  // keeps all of its constant data, as linked, so the later part's copies of it (its
  // only data) are dropped.
  const mainFile = join(work, 'split', 'main.wasm');
  writeFileSync(mainFile, withConstantData(readFileSync(mainFile), readFileSync(join(work, 'bg', 'main_bg.wasm'))));
  const mainWasm = optimise(mainFile);
  // The split points' modules ("later", after the module named in `lazy_loader!`), and
  // the chunks of code they share that some module relies on.
  const needed = new Set(parts.flatMap((p) => p.deps));
  const named = parts
    .filter((part) => part.file.startsWith('module_') || needed.has(part.loader))
    .map((part) => {
      const file = join(work, 'split', part.file);
      writeFileSync(file, withoutData(readFileSync(file)));
      const bytes = optimise(file);
      const stem = /^__wasm_split_load_([a-z]+)_[0-9a-f]{32}_/.exec(part.loader)?.[1] ?? 'shared';
      return { ...part, bytes, name: `${stem}-${hash(bytes)}.wasm` };
    });

  // The split loader is named by the build (every part's bytes), the glue by its own
  // hash: the glue imports the loader, which imports the glue back.
  const build = createHash('sha256');
  build.update(mainWasm);
  for (const part of named) build.update(part.bytes);
  const loaderName = `split-${build.digest('hex').slice(0, 16)}.js`;
  let glue = readFileSync(join(work, 'bg', 'main.js'), 'utf8');
  // The import statements only: the imports object keeps the name the wasm imports by.
  const imported = /(from\s*)(["'])\.\/__wasm_split\.js\2/g;
  if (!imported.test(glue)) fail('the glue does not import ./__wasm_split.js');
  glue = glue.replace(imported, `$1"./${loaderName}"`);
  const glueName = `shorewise-${hash(glue)}.js`;
  const wasmName = `shorewise-${hash(mainWasm)}_bg.wasm`;
  const loader = splitLoader(glueName, named);

  for (const stale of [trunkGlue, trunkWasm]) unlinkSync(join(dir, stale));
  writeFileSync(join(dir, glueName), glue);
  writeFileSync(join(dir, wasmName), mainWasm);
  writeFileSync(join(dir, loaderName), loader);
  for (const part of named) writeFileSync(join(dir, part.name), part.bytes);

  html = html
    .replace(modulePreload.tag, `<link rel="modulepreload" href="./${glueName}" crossorigin="anonymous" integrity="${integrity(glue)}"><link rel="modulepreload" href="./${loaderName}" crossorigin="anonymous" integrity="${integrity(loader)}">`)
    .replace(wasmPreload.tag, wasmPreload.tag.replace(trunkWasm, wasmName).replace(wasmPreload.attrs.integrity, integrity(mainWasm)))
    .replaceAll(`./${trunkGlue}`, `./${glueName}`)
    .replaceAll(`./${trunkWasm}`, `./${wasmName}`);
  if (html.includes(trunkGlue) || html.includes(trunkWasm)) fail("index.html still names Trunk's glue or wasm");
  writeFileSync(indexFile, html);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`split: ${wasmName} ${kb(mainWasm.length)}; on demand: ${named.map((p) => `${p.name} ${kb(p.bytes.length)}`).join(', ')}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** The loader the glue imports: one function per part, which the wasm calls with a
 * callback (a table index) and its data; it fetches the part beside this file with its
 * integrity, instantiates it against the main module's exports and those of the parts
 * it relies on, and calls back with whether it arrived. Each part is fetched once; a
 * failure is reported to the app (which offers to try again) rather than thrown. */
function splitLoader(glueName, parts) {
  const lines = parts.map(
    (p) => `export const ${p.loader} = part(${JSON.stringify(p.name)}, ${JSON.stringify(integrity(p.bytes))}, [${p.deps.join(', ')}]);`,
  );
  return `import { initSync } from './${glueName}';
const fused = {};
function part(file, integrity, deps) {
  let arrived;
  const load = () => (arrived ??= (async () => {
    for (const dep of deps) if (!(await dep.load())) return false;
    try {
      const main = initSync();
      const response = await fetch(new URL(file, import.meta.url), { integrity });
      if (!response.ok) return false;
      const { instance } = await WebAssembly.instantiate(await response.arrayBuffer(), {
        env: { memory: main.memory },
        __wasm_split: { ...main, ...fused },
      });
      Object.assign(fused, instance.exports);
      return true;
    } catch {
      return false;
    }
  })());
  const call = (callback, data) => {
    load().then((ok) => {
      if (callback !== undefined) initSync().__indirect_function_table.get(callback)(data, ok);
    });
  };
  call.load = load;
  return call;
}
${lines.join('\n')}
`;
}

/** `split` with the first data segment (the constants, `.rodata`) of `whole`, which it
 * must match in place and length. */
function withConstantData(split, whole) {
  const [a] = dataSegments(split);
  const [b] = dataSegments(whole);
  if (!a || !b || a.offset !== b.offset || a.length !== b.length) fail('the split main module does not keep the data segments in place');
  const out = Buffer.from(split);
  whole.copy(out, a.start, b.start, b.start + b.length);
  return out;
}

/** A split part with every data segment emptied (kept, so that segment numbers hold). */
function withoutData(bytes) {
  const data = sections(bytes).find((s) => s.id === 11);
  if (!data) return bytes;
  const segments = dataSegments(bytes);
  const body = [Buffer.from(uleb(segments.length))];
  let from = leb(bytes, data.body)[1];
  for (const segment of segments) {
    // The segment's header up to its length, then a length of 0.
    body.push(bytes.subarray(from, segment.lengthAt), Buffer.from([0]));
    from = segment.start + segment.length;
  }
  const payload = Buffer.concat(body);
  return Buffer.concat([bytes.subarray(0, data.start), Buffer.from([11, ...uleb(payload.length)]), payload, bytes.subarray(data.end)]);
}

/** `n` as unsigned LEB128 bytes. */
function uleb(n) {
  const out = [];
  do {
    let byte = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) byte |= 0x80;
    out.push(byte);
  } while (n > 0);
  return out;
}

/** A module's data segments: where each starts in memory (active ones), and where its
 * bytes are in the file. */
function dataSegments(bytes) {
  const data = sections(bytes).find((s) => s.id === 11);
  if (!data) return [];
  let [count, at] = leb(bytes, data.body);
  const out = [];
  for (let i = 0; i < count; i++) {
    let flags;
    [flags, at] = leb(bytes, at);
    if (flags === 2) [, at] = leb(bytes, at);
    let offset = null;
    if (flags !== 1) {
      // i32.const <offset> end
      if (bytes[at] !== 0x41) fail('a data segment has an offset that is not a constant');
      [offset, at] = leb(bytes, at + 1);
      if (bytes[at++] !== 0x0b) fail('a data segment has an offset that is not a constant');
    }
    const lengthAt = at;
    let length;
    [length, at] = leb(bytes, at);
    out.push({ offset, lengthAt, start: at, length });
    at += length;
  }
  return out;
}

/** Whether a wasm module has a custom section of this name. */
function hasSection(bytes, name) {
  return sections(bytes).some((s) => s.id === 0 && s.name === name);
}

/** The module without its custom sections (names, producers, relocations). */
function withoutCustomSections(bytes) {
  const kept = [bytes.subarray(0, 8)];
  for (const s of sections(bytes)) if (s.id !== 0) kept.push(bytes.subarray(s.start, s.end));
  return Buffer.concat(kept);
}

/** A module's sections: id, name (custom sections), where it starts, its body and end. */
function sections(bytes) {
  const out = [];
  let at = 8;
  while (at < bytes.length) {
    const start = at;
    const id = bytes[at++];
    const [size, body] = leb(bytes, at);
    const end = body + size;
    let name;
    if (id === 0) {
      const [length, from] = leb(bytes, body);
      name = bytes.subarray(from, from + length).toString('utf8');
    }
    out.push({ id, name, start, body, end });
    at = end;
  }
  return out;
}

/** An unsigned LEB128 number at `at`, and where it ends. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}
