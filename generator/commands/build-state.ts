/**
 * What `generate` remembers between runs (`.topgen-cache/state.json`, git-ignored), so that a run redoes only what its
 * inputs changed: each input's size, mtime and content hash; each API's inputs, spec file, diagnostics and names (all
 * the entry files need); the size and mtime of every file it wrote. Anything it cannot vouch for sends the run down
 * the full path: another generator, config, patch or runtime (the fingerprint), an input added or removed, a changed
 * input that belongs to no API, a spec or generated file edited, added or deleted by hand.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { formatDiagnostic, hasErrors, sortDiagnostics, summarizeDiagnostics, type Diagnostic } from '../diagnostics.js';
import { OUTPUT_KEPT_DIRS } from '../write/write-output.js';
import type { ApiSummary, CategoryModel } from '../model/types.js';
import type { TopgenConfig } from './config.js';
import type { CommandContext } from './context.js';
import { toPosix } from './files.js';

const STATE_FILE = 'state.json';
const VERSION = 1;

export interface FileStamp {
  size: number;
  mtimeMs: number;
}

export interface InputStamp extends FileStamp {
  hash: string;
}

export interface ApiState {
  /** Inputs (paths as `generate` lists them) the API's spec was parsed and merged from. */
  sources: string[];
  /** Spec file, relative to the specs folder. */
  specPath: string;
  /** Everything said about this API: parse (of its inputs), merge, check, model. */
  diagnostics: Diagnostic[];
  /** Its names in the package; absent when the API was left out (errors, or not included). */
  summary?: ApiSummary;
  categoryName: string;
}

export interface BuildState {
  version: number;
  fingerprint: string;
  inputs: Record<string, InputStamp>;
  apis: Record<string, ApiState>;
  /** Diagnostics of no API: inputs that gave no spec, patch files. */
  global: Diagnostic[];
  /** Every file under the specs folder and the package that `generate` owns, by path relative to the cwd. */
  outputs: Record<string, FileStamp>;
  specCount: number;
}

export interface ScannedInput extends FileStamp {
  path: string;
  abs: string;
}

/** The hash of all that shapes output besides the inputs: generator, runtime and template sources, patches, config, prettier. */
export async function fingerprintOf(config: TopgenConfig, cwd: string, toolRoot: string): Promise<string> {
  const hash = createHash('sha256').update(`${VERSION}\0${JSON.stringify(config)}\0`);
  const dirs = [join(toolRoot, 'generator'), join(toolRoot, 'runtime/src'), join(toolRoot, 'templates'), resolve(cwd, config.patches)];
  for (const dir of dirs) {
    for (const file of walkSync(dir)) hash.update(file).update('\0').update(readFileSync(`${dir}/${file}`)).update('\0');
  }
  hash.update(readFileSync(join(toolRoot, '.prettierrc.json'))).update(readFileSync(join(toolRoot, 'node_modules/prettier/package.json')));
  return hash.digest('hex');
}

export async function loadState(cacheDir: string): Promise<BuildState | undefined> {
  try {
    const state = JSON.parse(await readFile(join(cacheDir, STATE_FILE), 'utf8')) as BuildState;
    return state.version === VERSION ? state : undefined;
  } catch {
    return undefined;
  }
}

export async function saveState(cacheDir: string, state: BuildState): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  await writeFile(join(cacheDir, STATE_FILE), JSON.stringify(state));
}

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('base64url');
}

/** Every input file with its stamp, in `collectInputs`' order and naming. */
export async function scanInputs(pages: readonly string[], cwd: string): Promise<ScannedInput[]> {
  const out: ScannedInput[] = [];
  for (const p of pages) {
    const abs = resolve(cwd, p);
    const rel = toPosix(relative(cwd, abs));
    const info = statSync(abs);
    if (!info.isDirectory()) {
      out.push({ path: rel, abs, size: info.size, mtimeMs: info.mtimeMs });
      continue;
    }
    // Thousands of files: synchronous walks and stats cost far less than one await each.
    for (const sub of walkSync(abs)) {
      const s = statSync(`${abs}/${sub}`);
      out.push({ path: rel === '' ? sub : `${rel}/${sub}`, abs: `${abs}/${sub}`, size: s.size, mtimeMs: s.mtimeMs });
    }
  }
  return out;
}

/** Files under `dir` as sorted `/`-separated relative paths, skipping dot entries and `node_modules` (as `listFiles`). */
export function walkSync(dir: string, skipTop: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  const walk = (abs: string, rel: string) => {
    const entries = readdirSync(abs, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules' || (rel === '' && skipTop.has(e.name))) continue;
      const path = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) walk(`${abs}/${e.name}`, path);
      else if (e.isFile()) out.push(path);
    }
  };
  try {
    walk(dir, '');
  } catch {
    // A missing folder has no files.
  }
  return out;
}

/** Stamps of the given files under each folder, keyed by path relative to `cwd`. */
export async function stampTree(dirs: readonly { dir: string; files: Iterable<string> }[], cwd: string): Promise<Record<string, FileStamp>> {
  const out: Record<string, FileStamp> = {};
  for (const { dir, files } of dirs) {
    const rel = toPosix(relative(cwd, dir));
    for (const file of files) {
      const s = statSync(`${dir}/${file}`, { throwIfNoEntry: false });
      if (s) out[rel === '' ? file : `${rel}/${file}`] = { size: s.size, mtimeMs: s.mtimeMs };
    }
  }
  return out;
}

/** True when the same files exist with the same stamps. */
export function sameStamps(a: Readonly<Record<string, FileStamp>>, b: Readonly<Record<string, FileStamp>>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => b[k] !== undefined && b[k].size === a[k]?.size && b[k].mtimeMs === a[k]?.mtimeMs);
}

/** A model's APIs as the state keeps them. */
export function summaryOf(api: ApiSummary): ApiSummary {
  const { method, functionName, operationName, requestType, responseType, modulePath, category } = api;
  return { method, functionName, operationName, requestType, responseType, modulePath, category, structs: api.structs.map((s) => ({ name: s.name })) };
}

/** Sorted APIs and their categories, as `buildModel` groups them, from summaries. */
export function entryModelOf(apis: readonly ApiState[]): { apis: ApiSummary[]; categories: CategoryModel[] } {
  const list = apis.filter((a) => a.summary !== undefined).sort((a, b) => compare(a.summary!.method, b.summary!.method));
  const byPkg = new Map<string, CategoryModel>();
  for (const a of list) {
    const s = a.summary!;
    const entry = byPkg.get(s.category) ?? { pkg: s.category, name: a.categoryName, methods: [] };
    entry.methods.push(s.method);
    byPkg.set(s.category, entry);
  }
  return { apis: list.map((a) => a.summary!), categories: [...byPkg.values()].sort((a, b) => compare(a.pkg, b.pkg)) };
}

/** Every name an API takes in the package, by namespace, to find clashes with a rebuilt API. */
export function namesOf(api: ApiSummary): { values: string[]; types: string[]; files: string[] } {
  return {
    values: [api.functionName, api.operationName],
    types: [api.requestType, api.responseType, ...api.structs.map((s) => s.name)],
    files: [api.modulePath.toLowerCase()],
  };
}

/** What changed since the last run, found from stamps (a content hash only where size or mtime moved). */
export interface InputScan {
  scanned: ScannedInput[];
  /** The input stamps to remember, with the new ones. */
  inputs: Record<string, InputStamp>;
  /** Bytes read while looking. */
  read: Map<string, Buffer>;
  /** Inputs whose content changed. */
  changed: string[];
  /** Methods whose inputs changed. */
  affected: Set<string>;
  /** Input path → the method it made last run. */
  bySource: Map<string, string>;
}

/** Compares inputs and written files with the state: what changed, or why only a full run can tell. */
export async function scanForChanges(state: BuildState, config: TopgenConfig, cwd: string): Promise<InputScan | { reason: string }> {
  const scanned = await scanInputs(config.pages, cwd);
  if (scanned.length !== Object.keys(state.inputs).length || scanned.some((s) => state.inputs[s.path] === undefined)) return { reason: 'inputs were added or removed' };
  const inputs = { ...state.inputs };
  const read = new Map<string, Buffer>();
  const changed: string[] = [];
  for (const s of scanned) {
    const old = state.inputs[s.path]!;
    if (old.size === s.size && old.mtimeMs === s.mtimeMs) continue;
    const bytes = readFileSync(s.abs);
    read.set(s.path, bytes);
    inputs[s.path] = { size: s.size, mtimeMs: s.mtimeMs, hash: hashBytes(bytes) };
    if (inputs[s.path]!.hash !== old.hash) changed.push(s.path);
  }
  if (!sameStamps(state.outputs, await stampOutputs(resolve(cwd, config.specs), resolve(cwd, config.out), cwd))) return { reason: 'files under the specs or output folder changed on disk' };
  const bySource = new Map<string, string>();
  for (const [method, api] of Object.entries(state.apis)) for (const source of api.sources) bySource.set(source, method);
  const affected = new Set<string>();
  for (const path of changed) {
    const method = bySource.get(path);
    if (method === undefined) return { reason: `${path} changed and made no API last time` };
    affected.add(method);
  }
  return { scanned, inputs, read, changed, affected, bySource };
}

/** Stamps of the spec files `generate` owns and of every file of the package. */
export async function stampOutputs(specsDir: string, outDir: string, cwd: string): Promise<BuildState['outputs']> {
  const specFiles = walkSync(specsDir).filter((p) => !isNotSpecFile(p));
  return stampTree([{ dir: specsDir, files: specFiles }, { dir: outDir, files: walkSync(outDir, OUTPUT_KEPT_DIRS) }], cwd);
}

export function allDiagnostics(state: BuildState): Diagnostic[] {
  return [...state.global, ...Object.values(state.apis).flatMap((a) => a.diagnostics)];
}

export function reportDiagnostics(diagnostics: readonly Diagnostic[], specCount: number, ctx: CommandContext): number {
  for (const d of sortDiagnostics(diagnostics)) ctx.err(formatDiagnostic(d));
  ctx.out(summarizeDiagnostics(diagnostics, specCount, 'spec'));
  return hasErrors(diagnostics) ? 1 : 0;
}

/** Files under specs/ that generate does not own: the schema, patches kept there, anything not YAML. */
export function isNotSpecFile(path: string): boolean {
  return !path.endsWith('.yaml') || path.startsWith('patches/');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
