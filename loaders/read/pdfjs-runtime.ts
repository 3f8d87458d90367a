/**
 * Loads pdf.js (pdfjs-dist legacy build, ESM) once per thread from this CommonJS code base.
 *
 * tsc rewrites `import()` to `require()` under `module: commonjs`, and `require` cannot load
 * pdf.js, so the import is hidden in a Function body that tsc does not see. Under Jest that
 * Function runs in a VM sandbox without an ESM loader; there the import goes through Node's
 * own loader instead (vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER, Node >= 20.12), which
 * prints one "experimental feature" warning. Compiled code never takes that path.
 */
import { pathToFileURL } from 'node:url';
import * as vm from 'node:vm';
import type * as PdfJs from 'pdfjs-dist/legacy/build/pdf.mjs';

export type PdfJsModule = typeof PdfJs;

const PDFJS_MAIN = 'pdfjs-dist/legacy/build/pdf.mjs';
/** Loaded up front: it registers `globalThis.pdfjsWorker`, so pdf.js runs its worker in-thread. */
const PDFJS_WORKER = 'pdfjs-dist/legacy/build/pdf.worker.mjs';

let loaded: Promise<PdfJsModule> | null = null;

/** The pdf.js module, loaded on first use. */
export function loadPdfJs(): Promise<PdfJsModule> {
  loaded ??= importPdfJs().catch((error: unknown) => {
    loaded = null;
    throw error;
  });
  return loaded;
}

async function importPdfJs(): Promise<PdfJsModule> {
  const natives = saveNatives();
  const pdfjs = (await importModule(fileUrl(PDFJS_MAIN))) as PdfJsModule;
  await importModule(fileUrl(PDFJS_WORKER));
  restoreNatives(natives);
  return pdfjs;
}

function fileUrl(specifier: string): string {
  return pathToFileURL(require.resolve(specifier)).href;
}

// A real import(), see above.
const nativeImport = new Function('specifier', 'return import(specifier)') as (
  specifier: string,
) => Promise<unknown>;

async function importModule(url: string): Promise<unknown> {
  try {
    return await nativeImport(url);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (typeof code !== 'string' || !code.startsWith('ERR_VM_DYNAMIC_IMPORT')) throw error;
    return sandboxImport()(url);
  }
}

let sandboxImporter: ((specifier: string) => Promise<unknown>) | null = null;

function sandboxImport(): (specifier: string) => Promise<unknown> {
  sandboxImporter ??= vm.runInThisContext('(specifier) => import(specifier)', {
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  }) as (specifier: string) => Promise<unknown>;
  return sandboxImporter;
}

/**
 * The legacy build's core-js polyfills replace some built-ins process-wide even where Node's
 * own are fine: Array.prototype.push (a spec fix for arrays longer than 2^32) becomes a JS
 * function, which alone cost about 15% of extraction time, and JSON.parse/stringify are
 * wrapped. pdf.js does not rely on those edge cases, so the natives go back in place.
 */
const RESTORED: ReadonlyArray<readonly [object, string]> = [
  [Array.prototype, 'push'],
  [JSON, 'parse'],
  [JSON, 'stringify'],
];

function saveNatives(): PropertyDescriptor[] {
  return RESTORED.map(([owner, key]) => Object.getOwnPropertyDescriptor(owner, key) ?? {});
}

function restoreNatives(saved: PropertyDescriptor[]): void {
  RESTORED.forEach(([owner, key], i) => {
    const original = saved[i].value as unknown;
    const current = Object.getOwnPropertyDescriptor(owner, key)?.value as unknown;
    if (typeof original === 'function' && current !== original && isNative(original)) {
      Object.defineProperty(owner, key, saved[i]);
    }
  });
}

function isNative(fn: unknown): boolean {
  return /\{\s*\[native code\]\s*\}$/.test(Function.prototype.toString.call(fn));
}
