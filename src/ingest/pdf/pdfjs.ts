import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export { loadPdfjs } from '../../util/pdfjs.js';

/**
 * Data folders inside pdfjs-dist, as plain paths with a trailing slash (pdfjs's Node readers use fs).
 * Without the CMaps, Chinese text in non-embedded fonts (UniGB-UCS2-H) silently vanishes.
 */
function dataDirs() {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const dir = (name: string) => join(root, name) + '/';
  return { cMapUrl: dir('cmaps'), standardFontDataUrl: dir('standard_fonts'), wasmUrl: dir('wasm'), iccUrl: dir('iccs') };
}

/**
 * getDocument parameters for reading text and lines in Node, without fonts or eval. With
 * `images: false` pdfjs drops every image instead of decoding it (the slowest part of most pages);
 * the image pass asks for them only on pages that may be scans.
 */
export function documentParams(bytes: Uint8Array, { images = true }: { images?: boolean } = {}) {
  return {
    maxImageSize: images ? -1 : 1,
    // pdfjs transfers the buffer to its worker; a copy keeps the caller's bytes intact.
    data: new Uint8Array(bytes),
    ...dataDirs(),
    cMapPacked: true,
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    stopAtErrors: false,
    verbosity: 0,
  };
}
