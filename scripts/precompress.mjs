// Writes `file.br` (brotli, quality 11) and `file.gz` (gzip, level 9) beside every file of a
// built web app that compresses (wasm, js, css, html, svg, json, ftl), when smaller than the
// file: the server sends them as they are (crates/server/src/web.rs), nothing is compressed
// per request. Usage: node scripts/precompress.mjs DIR
import { readdirSync, readFileSync, writeFileSync, unlinkSync } from 'node:fs';
import { join, extname } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/precompress.mjs DIR');
  process.exit(2);
}
const TEXT = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json', '.ftl', '.txt', '.xml']);
const COMPRESSIBLE = new Set([...TEXT, '.wasm']);

function* files(d) {
  for (const entry of readdirSync(d, { withFileTypes: true })) {
    const path = join(d, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

let count = 0, raw = 0, br = 0;
for (const path of files(dir)) {
  const ext = extname(path);
  if (ext === '.br' || ext === '.gz' || !COMPRESSIBLE.has(ext)) continue;
  const bytes = readFileSync(path);
  const brotli = brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_MODE]: TEXT.has(ext) ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
  const gzip = gzipSync(bytes, { level: 9 });
  for (const [suffix, out] of [['.br', brotli], ['.gz', gzip]]) {
    const target = path + suffix;
    if (out.length < bytes.length) writeFileSync(target, out);
    else {
      try { unlinkSync(target); } catch { /* none */ }
    }
  }
  count += 1;
  raw += bytes.length;
  br += Math.min(brotli.length, bytes.length);
}
console.log(`precompressed ${count} files: ${raw} bytes, ${br} as brotli`);
