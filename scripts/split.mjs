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
  // The splitter moves the constant data only the split points use (texts of the
  // results, their tables) into their modules, which write it into the shared memory
  // when they arrive, and blanks it in the main module. It finds what the main module
  // uses by symbol, which misses data referred to by section (string constants LLVM
  // merges: once, text the first screen reads was blanked). So every address the main
  // module can reach is worked out again from the linked code itself: each constant its
  // code holds (i32.const, both halves of an i64.const, the offset of each load and
  // store) and each 4-byte word of its data that falls inside the memory image, followed
  // through the data it points at. Each such address is widened to the objects the
  // linker placed over it (its symbol table, with sizes: merged strings overlap). A
  // moved piece of data that any of them covers stays in the main module, whole, and
  // its split point's module no longer writes it.
  const mainFile = join(work, 'split', 'main.wasm');
  const needed = new Set(parts.flatMap((p) => p.deps));
  const named = parts
    .filter((part) => part.file.startsWith('module_') || needed.has(part.loader))
    .map((part) => ({ ...part, file: join(work, 'split', part.file) }));
  const kept = keepReachable(
    readFileSync(mainFile),
    readFileSync(join(work, 'bg', 'main_bg.wasm')),
    dataSymbols(linked),
    named.map((part) => readFileSync(part.file)),
  );
  writeFileSync(mainFile, kept.main);
  const mainWasm = optimise(mainFile);
  // The split points' modules ("later", after the module named in `lazy_loader!`), and
  // the chunks of code they share that some module relies on.
  for (const [i, part] of named.entries()) {
    writeFileSync(part.file, kept.parts[i]);
    part.bytes = optimise(part.file);
    const stem = /^__wasm_split_load_([a-z]+)_[0-9a-f]{32}_/.exec(part.loader)?.[1] ?? 'shared';
    part.name = `${stem}-${hash(part.bytes)}.wasm`;
  }
  console.log(`split: ${kept.moved} bytes of constant data move to the later parts; ${kept.restored} of the splitter's stay in the first`);

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

/** The main module with every piece of data it can reach, and the parts with only the
 * pieces it cannot: see the comment where it is called. A part's data segments are the
 * pieces the splitter moved, at their addresses; `whole` is the module before the split,
 * whose constants fill the small gaps between a part's pieces so that they are written
 * as a few segments rather than thousands (rewriting constants with the same bytes). */
function keepReachable(main, whole, symbols, parts) {
  const mainSegments = dataSegments(main);
  const low = Math.min(...mainSegments.map((s) => s.offset));
  const high = Math.max(...mainSegments.map((s) => s.offset + s.length));
  const inImage = (a) => a >= low && a < high;
  // Every moved piece, sorted by address.
  const pieces = parts
    .flatMap((bytes, part) => dataSegments(bytes).map((s, index) => ({ ...s, bytes, part, index })))
    .filter((s) => s.length > 0)
    .sort((a, b) => a.offset - b.offset);
  const pieceAt = (address) => {
    let [lo, hi] = [0, pieces.length - 1];
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const p = pieces[mid];
      if (address < p.offset) hi = mid - 1;
      else if (address >= p.offset + p.length) lo = mid + 1;
      else return p;
    }
    return undefined;
  };
  // The address of the first piece at or after `address`, if any.
  const nextPieceFrom = (address) => {
    let [lo, hi] = [0, pieces.length - 1];
    let found;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (pieces[mid].offset >= address) {
        found = pieces[mid].offset;
        hi = mid - 1;
      } else lo = mid + 1;
    }
    return found;
  };
  const reached = [];
  const words = (bytes, start, length) => {
    for (let i = 0; i + 4 <= length; i++) {
      const word = bytes.readUInt32LE(start + i);
      if (inImage(word)) reached.push(word);
    }
  };
  const code = sections(main).find((s) => s.id === 10);
  if (!code) fail('the main module has no code');
  // Every byte is read as the start of an instruction: the spurious matches only keep
  // more data than needed. The globals' initial values are code too.
  const globals = sections(main).find((s) => s.id === 6);
  const ranges = [code, ...(globals ? [globals] : [])];
  for (const range of ranges) for (let at = range.body; at < range.end; at++) {
    const op = main[at];
    if (op === 0x41) {
      // An i32.const's value is the low half of the same number read as 64 bits.
      const [value] = sleb64(main, at + 1);
      if (inImage(value)) reached.push(value);
    } else if (op === 0x42) {
      // A pointer and a length (or two pointers) stored at once, as one 64-bit constant.
      for (const value of sleb64(main, at + 1)) if (inImage(value)) reached.push(value);
    } else if (op >= 0x28 && op <= 0x3e) {
      const [, offsetAt] = leb(main, at + 1);
      const [offset] = leb(main, offsetAt);
      if (inImage(offset)) reached.push(offset);
    }
  }
  for (const s of mainSegments) words(main, s.start, s.length);
  // What a reached address is part of: every object the linker placed over it (its
  // symbols, with their sizes). The linker merges NUL-terminated constants (format
  // templates) and shares their tails, so objects overlap, and an object the main module
  // reads may run on into a piece the splitter took as another's. An address no symbol
  // covers is followed to its string's NUL in the constants as linked.
  const objectsAt = (address) => {
    const out = [];
    // Symbols are sorted by address; those starting at or before it may cover it.
    let [lo, hi] = [0, symbols.length - 1];
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (symbols[mid].address <= address) lo = mid + 1;
      else hi = mid - 1;
    }
    for (let i = hi; i >= 0 && address - symbols[i].address < symbols.largest; i--) {
      const s = symbols[i];
      if (address < s.address + s.size) out.push(s);
    }
    return out;
  };
  const [constants] = dataSegments(whole);
  const image = whole.subarray(constants.start, constants.start + constants.length);
  const keep = new Set();
  const take = (piece) => {
    if (keep.has(piece)) return;
    keep.add(piece);
    words(piece.bytes, piece.start, piece.length);
  };
  const seen = new Set();
  while (reached.length > 0) {
    const address = reached.pop();
    if (seen.has(address)) continue;
    seen.add(address);
    const piece = pieceAt(address);
    if (piece) take(piece);
    // Every piece over the objects at the address, or else up to its string's NUL.
    const spans = objectsAt(address).map((o) => [o.address, o.address + o.size]);
    if (spans.length === 0) {
      const at = address - constants.offset;
      if (at < 0 || at >= image.length) continue;
      const end = image.indexOf(0, at);
      spans.push([address, constants.offset + (end < 0 ? image.length : end + 1)]);
    }
    for (const [from, to] of spans) {
      for (let next = from; next < to; ) {
        const more = pieceAt(next);
        if (more) {
          take(more);
          next = more.offset + more.length;
        } else {
          next = nextPieceFrom(next) ?? Infinity;
        }
      }
    }
  }
  const out = Buffer.from(main);
  let restored = 0;
  for (const piece of keep) {
    const home = mainSegments.find((s) => piece.offset >= s.offset && piece.offset + piece.length <= s.offset + s.length);
    if (!home) fail(`moved data at ${piece.offset} lies outside the main module's data`);
    piece.bytes.copy(out, home.start + (piece.offset - home.offset), piece.start, piece.start + piece.length);
    restored += piece.length;
  }
  const moved = pieces.reduce((sum, p) => sum + p.length, 0) - restored;
  // The constants (the first segment, never written to) as linked.
  const [mainConstants] = mainSegments;
  if (!constants || constants.offset !== mainConstants.offset || constants.length !== mainConstants.length) {
    fail('the split main module does not keep the data segments in place');
  }
  const isConstant = (p) => p.offset >= constants.offset && p.offset + p.length <= constants.offset + constants.length;
  const rewritten = parts.map((bytes, part) => {
    const mine = pieces.filter((p) => p.part === part && !keep.has(p));
    // Runs of constants less than GAP bytes apart become one segment.
    const GAP = 64;
    const runs = [];
    for (const p of mine) {
      const last = runs[runs.length - 1];
      if (last && isConstant(p) && last.constant && p.offset - last.end <= GAP) {
        last.end = Math.max(last.end, p.offset + p.length);
      } else {
        runs.push({ offset: p.offset, end: p.offset + p.length, constant: isConstant(p), piece: p });
      }
    }
    const segments = runs.map((r) => {
      const data = r.constant
        ? whole.subarray(constants.start + (r.offset - constants.offset), constants.start + (r.end - constants.offset))
        : r.piece.bytes.subarray(r.piece.start, r.piece.start + r.piece.length);
      return Buffer.concat([Buffer.from([0, 0x41, ...sleb(r.offset), 0x0b, ...uleb(data.length)]), data]);
    });
    return withData(bytes, segments);
  });
  return { main: out, parts: rewritten, moved, restored };
}

/** The data objects the linker placed (its `linking` section's symbol table): address
 * and size, sorted by address; `largest` is the largest size. */
function dataSymbols(linked) {
  const linking = sections(linked).find((s) => s.id === 0 && s.name === 'linking');
  if (!linking) fail('the linked wasm has no linking section (build through scripts/setup.sh)');
  const segments = dataSegments(linked);
  let [nameLength, at] = leb(linked, linking.body);
  at += nameLength;
  [, at] = leb(linked, at); // version
  const out = [];
  while (at < linking.end) {
    const type = linked[at++];
    let size;
    [size, at] = leb(linked, at);
    const end = at + size;
    if (type === 8) {
      let count;
      [count, at] = leb(linked, at);
      for (let i = 0; i < count; i++) {
        const kind = linked[at++];
        let flags;
        [flags, at] = leb(linked, at);
        const defined = (flags & 0x10) === 0;
        if (kind === 1) {
          let length;
          [length, at] = leb(linked, at);
          at += length;
          if (defined) {
            let segment, offset, bytes;
            [segment, at] = leb(linked, at);
            [offset, at] = leb(linked, at);
            [bytes, at] = leb(linked, at);
            if (bytes > 0) out.push({ address: segments[segment].offset + offset, size: bytes });
          }
        } else if (kind === 3) {
          [, at] = leb(linked, at);
        } else {
          [, at] = leb(linked, at);
          if (defined || flags & 0x40) {
            let length;
            [length, at] = leb(linked, at);
            at += length;
          }
        }
      }
    }
    at = end;
  }
  if (out.length === 0) fail('the linked wasm names no data objects');
  out.sort((a, b) => a.address - b.address);
  out.largest = Math.max(...out.map((s) => s.size));
  return out;
}

/** A module whose data section holds `segments` (encoded) instead of its own; the
 * parts have no data count section, so no instruction names a segment by number. */
function withData(bytes, segments) {
  if (sections(bytes).some((s) => s.id === 12)) fail('a split part has a data count section');
  const payload = Buffer.concat([Buffer.from(uleb(segments.length)), ...segments]);
  const section = Buffer.concat([Buffer.from([11, ...uleb(payload.length)]), payload]);
  const data = sections(bytes).find((s) => s.id === 11);
  if (data) return Buffer.concat([bytes.subarray(0, data.start), section, bytes.subarray(data.end)]);
  // Data comes after the code section.
  const code = sections(bytes).find((s) => s.id === 10);
  if (!code) fail('a split part has no code');
  return Buffer.concat([bytes.subarray(0, code.end), section, bytes.subarray(code.end)]);
}

/** `n` as signed LEB128 bytes. */
function sleb(n) {
  const out = [];
  for (;;) {
    const byte = n & 0x7f;
    n = Math.floor(n / 128);
    const done = (n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0);
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
}

/** A signed LEB128 number at `at`, as the two unsigned 32-bit halves of the 64-bit
 * value an i64.const holds (low, high). */
function sleb64(bytes, at) {
  let value = 0n;
  let shift = 0n;
  let byte;
  do {
    byte = bytes[at++];
    value |= BigInt(byte & 0x7f) << shift;
    shift += 7n;
  } while (byte & 0x80 && shift < 70n);
  if (shift < 64n && byte & 0x40) value |= -1n << shift;
  const bits = BigInt.asUintN(64, value);
  return [Number(bits & 0xffffffffn), Number(bits >> 32n)];
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
