// Fails when the committed OpenAPI document or its types differ from what the built API produces.
const { execFileSync } = require('node:child_process');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const files = ['openapi.json', 'src/schema.d.ts'].map((file) => join(__dirname, '..', file));
const before = files.map((file) => readFileSync(file, 'utf8'));
execFileSync('pnpm', ['run', 'generate'], { cwd: join(__dirname, '..'), stdio: 'inherit' });
const stale = files.filter((file, i) => readFileSync(file, 'utf8') !== before[i]);
if (stale.length > 0) {
  console.error(`Stale API contract: ${stale.join(', ')} changed. Commit the regenerated files.`);
  process.exit(1);
}
console.log('1 passed, 0 failed: the committed OpenAPI document and types match the API');
