// The size check against folders laid out like a built mini-program, one just under and one just over.
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { test } from 'node:test'
import { MAIN_LIMIT, measure, report } from './check-package-size.mjs'

const APP_JSON = JSON.stringify({ subPackages: [{ root: 'pages/station/', pages: ['index'] }] })

/** A built mini-program with `pages/station` as its subpackage and files of the given sizes. */
function aBuild(files) {
  const dir = mkdtempSync(join(tmpdir(), 'weapp-'))
  writeFileSync(join(dir, 'app.json'), APP_JSON)
  for (const [path, bytes] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), Buffer.alloc(bytes))
  }
  return dir
}

test('counts a subpackage root as its own, and pages/stations (a tab) as the main package', () => {
  const dir = aBuild({ 'app.js': 100, 'pages/stations/index.js': 20, 'pages/station/index.js': 30, 'pages/station/index.wxss': 5 })
  const { main, subpackages } = measure(dir)
  assert.equal(main.bytes, APP_JSON.length + 100 + 20)
  assert.deepEqual(subpackages, [{ root: 'pages/station', bytes: 35, files: 2 }])
})

test('passes a main package at the limit and fails one a byte above it', () => {
  assert.equal(report(aBuild({ 'app.js': MAIN_LIMIT - APP_JSON.length })), true)
  assert.equal(report(aBuild({ 'app.js': MAIN_LIMIT - APP_JSON.length + 1, 'pages/station/index.js': MAIN_LIMIT })), false)
})
