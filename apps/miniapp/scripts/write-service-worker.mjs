// After `taro build --type h5`: writes <output>/sw.js from service-worker/sw.js with the list of the
// build's hashed scripts and stylesheets to keep on the device, and a version that changes with them.
// Usage: node scripts/write-service-worker.mjs [folder] (default: KGH_OUTPUT_ROOT, else dist/h5)
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const app = fileURLToPath(new URL('..', import.meta.url))
const HASHED = /\.[0-9a-f]{8}\.(js|css)$/
// Only a provider's redeem page loads the QR decoder (half a megabyte), and it needs the network anyway.
const NOT_KEPT = /^qr-decoder\./

/** The build's hashed files as the browser asks for them: '/js/app.1a2b3c4d.js', … */
export function precacheList(outputDir) {
  return ['js', 'css'].flatMap((folder) =>
    readdirSync(join(outputDir, folder))
      .filter((name) => HASHED.test(name) && !NOT_KEPT.test(name))
      .sort()
      .map((name) => `/${folder}/${name}`),
  )
}

export function serviceWorkerSource(files) {
  const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12)
  const template = readFileSync(join(app, 'service-worker/sw.js'), 'utf8')
  return `const VERSION = ${JSON.stringify(version)}\nconst PRECACHE = ${JSON.stringify(files)}\n${template}`
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outputDir = resolve(process.argv[2] ?? process.env.KGH_OUTPUT_ROOT ?? join(app, 'dist/h5'))
  const files = precacheList(outputDir)
  writeFileSync(join(outputDir, 'sw.js'), serviceWorkerSource(files))
  console.log(`sw.js: ${files.length} files kept on the device`)
}
