// The console's first load (index.html's scripts and what they import at once) must stay under
// 500 KB gzipped; pages load per route. Reads Vite's manifest of the build just made.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const LIMIT_BYTES = 500 * 1024;
const dist = new URL('../dist/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', dist), 'utf8'));

/** The entry and every chunk it imports statically, each once. */
function firstLoad(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key].imports ?? []) firstLoad(imported, seen);
  return seen;
}

const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
const files = [...firstLoad(entry)].flatMap((key) => [manifest[key].file, ...(manifest[key].css ?? [])]);
const sizes = files.map((file) => ({ file, gzipped: gzipSync(readFileSync(new URL(file, dist))).length }));
const total = sizes.reduce((sum, { gzipped }) => sum + gzipped, 0);
for (const { file, gzipped } of sizes) console.log(`  ${(gzipped / 1024).toFixed(1).padStart(7)} KB  ${file}`);
console.log(`first load: ${(total / 1024).toFixed(1)} KB gzipped (limit ${LIMIT_BYTES / 1024} KB)`);
if (total > LIMIT_BYTES) {
  console.error('The console’s first load is over its budget: load the page that grew with React.lazy.');
  process.exit(1);
}
