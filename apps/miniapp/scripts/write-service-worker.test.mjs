// The service worker's list of files to keep, from a folder laid out like Taro's H5 output.
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { precacheList, serviceWorkerSource } from './write-service-worker.mjs'

function anH5Build(names) {
  const dir = mkdtempSync(join(tmpdir(), 'h5-'))
  for (const folder of ['js', 'css']) mkdirSync(join(dir, folder))
  for (const name of names) writeFileSync(join(dir, name), '')
  return dir
}

test('keeps the hashed scripts and stylesheets, not licences, unhashed files or the QR decoder', () => {
  const dir = anH5Build([
    'js/app.1a2b3c4d.js',
    'js/280.0f0f0f0f.js',
    'js/app.1a2b3c4d.js.LICENSE.txt',
    'js/qr-decoder.2d16b1cd.js',
    'css/app.99aa88bb.css',
    'css/plain.css',
  ])
  assert.deepEqual(precacheList(dir), ['/js/280.0f0f0f0f.js', '/js/app.1a2b3c4d.js', '/css/app.99aa88bb.css'])
})

test('gives the worker a new version when a release changes the files, and the same one otherwise', () => {
  const version = (files) => /const VERSION = "(\w+)"/.exec(serviceWorkerSource(files))[1]
  assert.equal(version(['/js/app.1a2b3c4d.js']), version(['/js/app.1a2b3c4d.js']))
  assert.notEqual(version(['/js/app.1a2b3c4d.js']), version(['/js/app.5e6f7a8b.js']))
  assert.match(serviceWorkerSource(['/js/app.1a2b3c4d.js']), /const PRECACHE = \["\/js\/app\.1a2b3c4d\.js"\]/)
})
