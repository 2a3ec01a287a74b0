// Lighthouse (mobile preset: simulated throttling, moto g power) on the built H5 mini-app, two ways, in one run:
//   1. served by the built API, as in production (its compression and cache headers, the API behind it);
//   2. the baseline: the same built files from a plain Node static server, no compression, `max-age=0`
//      (how the app was served before), which passes /api/* through to the same API so both pages get data.
// Home and the stations list, performance / accessibility / best practices, the median of BENCH_RUNS runs each,
// and for the API the audits that still fail, with the elements they name, for whoever owns the page.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium, HEADLESS_FLAGS } from '../../e2e/support/find-chromium.mjs';
import { startApi, withBenchDatabase } from '../claims/server.js';

const require = createRequire(import.meta.url);
const apiDir = dirname(require.resolve('@kgh/api/package.json'));
const H5_DIR = resolve(process.env.H5_DIR ?? join(apiDir, '../miniapp/dist/h5'));
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const REPORT_DIR = process.env.LIGHTHOUSE_REPORT_DIR; // keep every run's JSON report there when set
const PAGES = [
  { name: 'home', hash: '#/pages/index/index' },
  // Asks for the position on load; headless Chromium denies it, and the page must still show its list.
  { name: 'stations', hash: '#/pages/stations/index' },
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const TARGET = 95;

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** The baseline: files as they are, `cache-control: max-age=0`, no compression; /api and /health go to the API. */
function startBaselineServer(apiBase) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (path.startsWith('/api/') || path === '/health') {
      const body = ['GET', 'HEAD'].includes(request.method)
        ? undefined
        : await new Promise((done) => {
            const chunks = [];
            request.on('data', (chunk) => chunks.push(chunk)).on('end', () => done(Buffer.concat(chunks)));
          });
      const headers = { ...request.headers, 'accept-encoding': 'identity' };
      delete headers.host;
      delete headers.connection;
      const answer = await fetch(`${apiBase}${request.url}`, { method: request.method, headers, body });
      const passed = Object.fromEntries(
        [...answer.headers].filter(([name]) => !['content-encoding', 'content-length', 'transfer-encoding', 'connection'].includes(name)),
      );
      response.writeHead(answer.status, passed).end(Buffer.from(await answer.arrayBuffer()));
      return;
    }
    const file = normalize(join(H5_DIR, path === '/' ? 'index.html' : path));
    if (!file.startsWith(H5_DIR + sep) || !existsSync(file)) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'cache-control': 'max-age=0' }).end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ base: `http://127.0.0.1:${server.address().port}`, stop: () => server.close() })));
}

/** The built API on the embedded database (a fresh DATA_DIR), as `pnpm start` runs it; its demo data fills the pages. */
async function withEmbeddedApi(work) {
  const dataDir = mkdtempSync(join(tmpdir(), 'kgh-bench-lighthouse-'));
  const api = await startApi(undefined, { DATABASE_URL: undefined, DATA_DIR: dataDir, MIGRATE_ON_START: 'true', SEED_DEMO_DATA: 'true', H5_DIR });
  try {
    await work(api);
  } finally {
    api.stop();
  }
}

/** With DATABASE_URL: a fresh database on that server, migrated and seeded with the demo, dropped afterwards. */
async function withApi(work) {
  if (!process.env.DATABASE_URL) return withEmbeddedApi(work);
  const { migrate, seed } = require(join(apiDir, 'dist/database/open-database.js'));
  return withBenchDatabase(async (url) => {
    await migrate(url);
    await seed(url, { demo: true });
    const api = await startApi(url, { H5_DIR });
    try {
      await work(api);
    } finally {
      api.stop();
    }
  });
}

const median = (values) => {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.floor(sorted.length / 2)];
};

/** The figures of one Lighthouse result. */
function figures(lhr) {
  const audit = (id) => lhr.audits[id]?.numericValue;
  return {
    ...Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? NaN) * 100)])),
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    bytes: audit('total-byte-weight'),
    requests: lhr.audits['network-requests']?.details?.items?.length,
  };
}

/** Audits of the three categories that did not pass, with up to 5 elements or URLs each. */
function failingAudits(lhr) {
  const failing = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category].auditRefs) {
      const audit = lhr.audits[ref.id];
      if (audit.score === null || audit.score >= 0.9 || ['notApplicable', 'manual', 'informative'].includes(audit.scoreDisplayMode)) continue;
      if (category === 'performance' && ref.weight === 0 && audit.details?.type !== 'opportunity') continue;
      const items = audit.details?.items ?? [];
      const where = items.slice(0, 5).map((item) => {
        const node = item.node ?? item.subItems?.items?.[0]?.relatedNode;
        if (node)
          return `${node.selector ?? ''} ${node.snippet ?? ''} ${node.explanation ? `— ${node.explanation.split('\n').slice(-1)[0].trim()}` : ''}`.trim();
        return [item.description, item.url ?? item.source?.url ?? item.sourceLocation?.url].filter(Boolean).join(' ') || JSON.stringify(item).slice(0, 160);
      });
      failing.push({ category, id: ref.id, weight: ref.weight, score: audit.score, value: audit.displayValue ?? '', items: items.length, where });
    }
  }
  return failing;
}

// Lighthouse now and then loses the trace of a load (NO_NAVSTART) and asks to be run again: it is, up to twice.
const RETRIED_ERRORS = new Set(['NO_NAVSTART', 'NO_FCP']);
const ATTEMPTS = 3;

async function lighthouseRun(chrome, url) {
  for (let attempt = 1; ; attempt += 1) {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    if (!result?.lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
    const error = result.lhr.runtimeError;
    if (!error) return result;
    if (!RETRIED_ERRORS.has(error.code) || attempt === ATTEMPTS) throw new Error(`Lighthouse failed on ${url}: ${error.code} ${error.message}`);
    console.log(`Lighthouse lost the trace on ${url} (${error.code}); running it again`);
  }
}

async function audit(chrome, url, label) {
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) {
    const result = await lighthouseRun(chrome, url);
    if (REPORT_DIR) {
      mkdirSync(REPORT_DIR, { recursive: true });
      writeFileSync(join(REPORT_DIR, `${label.replace(/\W+/g, '-')}-${i + 1}.json`), result.report);
    }
    runs.push(result.lhr);
  }
  const each = runs.map(figures);
  const summary = Object.fromEntries(Object.keys(each[0]).map((key) => [key, median(each.map((run) => run[key]))]));
  return { summary, runs: each, lhrs: runs };
}

const ms = (value) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en') : '—');
const kb = (value) => (Number.isFinite(value) ? `${(value / 1024).toFixed(0)} KB` : '—');

async function main() {
  if (!existsSync(join(H5_DIR, 'index.html'))) throw new Error(`no built H5 app in ${H5_DIR}: pnpm --filter @kgh/miniapp build:h5 (or set H5_DIR)`);
  // CHROME_PATH, else the browser tests' Chromium (CHROMIUM_PATH, /usr/bin/chromium…, else @sparticuz/chromium), with their flags.
  const chromePath = process.env.CHROME_PATH ?? (await findChromium()).executablePath;
  await withApi(async (api) => {
    const baseline = await startBaselineServer(api.base);
    const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: HEADLESS_FLAGS, logLevel: 'silent' });
    try {
      const script = readFileSync(join(H5_DIR, 'index.html'), 'utf8')
        .match(/src="([^"]+\.js)"/g)
        ?.pop()
        ?.slice(5, -1);
      const probe = script && (await fetch(`${api.base}${script}`, { headers: { 'accept-encoding': 'br, gzip' } }));
      const served = probe
        ? `API serves ${script} with content-encoding: ${probe.headers.get('content-encoding') ?? 'none'}, cache-control: ${probe.headers.get('cache-control') ?? 'none'}`
        : 'no script found in index.html';
      console.log(`${served}\nChromium ${chromePath}; ${RUNS} runs per page and server, median shown\n`);
      const rows = {};
      const results = [];
      for (const page of PAGES) {
        for (const [server, base] of [
          ['API', api.base],
          ['baseline', baseline.base],
        ]) {
          const label = `${page.name} · ${server}`;
          const result = await audit(chrome, `${base}/${page.hash}`, label);
          results.push({ page, server, ...result });
          const s = result.summary;
          rows[label] = {
            perf: s.performance,
            a11y: s.accessibility,
            'best pr.': s['best-practices'],
            'FCP ms': ms(s.fcp),
            'LCP ms': ms(s.lcp),
            'TBT ms': ms(s.tbt),
            CLS: Number.isFinite(s.cls) ? s.cls.toFixed(3) : '—',
            transferred: kb(s.bytes),
            requests: s.requests,
            'perf runs': result.runs.map((run) => run.performance).join('/'),
          };
        }
      }
      console.table(rows);
      const benchmarkIndex = results[0].lhrs[0].environment?.benchmarkIndex;
      console.log(
        `Lighthouse ${results[0].lhrs[0].lighthouseVersion}, ${results[0].lhrs[0].environment?.hostUserAgent?.match(/Chrome\/[\d.]+/)?.[0]}, benchmarkIndex ${benchmarkIndex}`,
      );
      for (const { page, server, summary, lhrs } of results.filter((result) => result.server === 'API')) {
        const below = CATEGORIES.filter((id) => !(summary[id] >= TARGET));
        console.log(`\n${page.name} (${server}): ${below.length === 0 ? `all three ≥ ${TARGET}` : `below ${TARGET}: ${below.join(', ')}`}`);
        // Every audit that failed in any run, with the run it failed in first, and how often.
        const seen = new Map();
        for (const lhr of lhrs)
          for (const failing of failingAudits(lhr)) seen.set(failing.id, { ...(seen.get(failing.id) ?? failing), runs: (seen.get(failing.id)?.runs ?? 0) + 1 });
        for (const failing of seen.values()) {
          console.log(
            `  [${failing.category}] ${failing.id} (weight ${failing.weight}, score ${failing.score}, failed in ${failing.runs}/${lhrs.length} runs) ${failing.value}`,
          );
          for (const where of failing.where) console.log(`      ${where.replace(/\s+/g, ' ').slice(0, 220)}`);
          if (failing.items > failing.where.length) console.log(`      … ${failing.items - failing.where.length} more`);
        }
      }
    } finally {
      await chrome.kill();
      baseline.stop();
    }
  });
}

await main();
