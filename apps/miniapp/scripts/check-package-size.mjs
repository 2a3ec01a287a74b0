// Checks the built WeChat mini-program (dist/weapp) against its package limits: reads app.json, counts
// every file under a subpackage's root towards that subpackage and every other file towards the main
// package, prints a table, and exits 1 when the main package is above 1 MB (WeChat refuses 2 MB) or a
// subpackage above 2 MB (WeChat's limit for each).
// Usage: node scripts/check-package-size.mjs [folder]; the folder defaults to where `taro build` wrote
// (KGH_OUTPUT_ROOT, as config/index.ts reads it, else dist/weapp).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const KB = 1024
const MB = 1024 * KB
export const MAIN_LIMIT = 1 * MB
export const SUBPACKAGE_LIMIT = 2 * MB

/** Every file under `dir`, as [path relative to `root` with '/' separators, bytes]. */
function* files(root, dir = root) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* files(root, path)
    else if (entry.isFile()) yield [relative(root, path).split(sep).join('/'), statSync(path).size]
  }
}

/** `{ main: {bytes, files}, subpackages: [{root, bytes, files}] }` for a built mini-program folder. */
export function measure(distDir) {
  const appJson = join(distDir, 'app.json')
  if (!existsSync(appJson)) throw new Error(`${appJson} not found: build first (taro build --type weapp)`)
  const app = JSON.parse(readFileSync(appJson, 'utf8'))
  const declared = app.subPackages ?? app.subpackages ?? []
  const subpackages = declared.map(({ root }) => ({ root: root.replace(/^\/+|\/+$/g, ''), bytes: 0, files: 0 }))
  const main = { bytes: 0, files: 0 }
  for (const [path, bytes] of files(distDir)) {
    // 'pages/station/' must not swallow 'pages/stations/': compare whole path segments.
    const owner = subpackages.find(({ root }) => path.startsWith(`${root}/`)) ?? main
    owner.bytes += bytes
    owner.files += 1
  }
  return { main, subpackages }
}

const size = (bytes) => (bytes >= MB ? `${(bytes / MB).toFixed(2)} MB` : `${(bytes / KB).toFixed(1)} KB`)

export function report(distDir) {
  const { main, subpackages } = measure(distDir)
  const rows = [
    {
      package: 'main (tabs, app, shared chunks)',
      files: main.files,
      size: size(main.bytes),
      limit: size(MAIN_LIMIT),
      ok: main.bytes <= MAIN_LIMIT,
    },
    ...subpackages.map((sub) => ({
      package: sub.root,
      files: sub.files,
      size: size(sub.bytes),
      limit: size(SUBPACKAGE_LIMIT),
      ok: sub.bytes <= SUBPACKAGE_LIMIT,
    })),
  ]
  console.table(rows)
  const total = main.bytes + subpackages.reduce((sum, sub) => sum + sub.bytes, 0)
  console.log(`total ${size(total)} in ${rows.length} packages (${subpackages.length} subpackages)`)
  const failures = []
  if (main.bytes > MAIN_LIMIT) {
    failures.push(
      `the main package is ${size(main.bytes)}, above the project's limit of ${size(MAIN_LIMIT)} (WeChat refuses 2 MB): ` +
        'move pages or modules used only by non-tab pages into subpackages',
    )
  }
  for (const sub of subpackages.filter(({ bytes }) => bytes > SUBPACKAGE_LIMIT)) {
    failures.push(`subpackage ${sub.root} is ${size(sub.bytes)}, above WeChat's limit of ${size(SUBPACKAGE_LIMIT)} per subpackage`)
  }
  for (const failure of failures) console.error(`package size check failed: ${failure}`)
  if (failures.length === 0)
    console.log(`package sizes ok: main ${size(main.bytes)} ≤ ${size(MAIN_LIMIT)}, each subpackage ≤ ${size(SUBPACKAGE_LIMIT)}`)
  return failures.length === 0
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const built = process.env.KGH_OUTPUT_ROOT ?? join(fileURLToPath(new URL('..', import.meta.url)), 'dist/weapp')
  const distDir = resolve(process.argv[2] ?? built)
  try {
    process.exitCode = report(distDir) ? 0 : 1
  } catch (error) {
    console.error(`package size check failed: ${error.message}`)
    process.exitCode = 1
  }
}
