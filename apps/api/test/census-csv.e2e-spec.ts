import { creditCodeCheckCharacter, organisationCodeCheckCharacter } from '@kgh/shared';
import { signInStaff } from './support/sessions';
import { startTestApp, TestApp } from './support/test-app';

const HEADER = 'name,credit_code,industry,town,address,workers,new_form_workers,brands,contact_name,contact_phone,union_status';
const codeFor = (n: number) => {
  const orgBody = `P${String(n).padStart(7, '0')}`;
  const first17 = `91330603${orgBody}${organisationCodeCheckCharacter(orgBody)}`;
  return first17 + creditCodeCheckCharacter(first17);
};
const row = (n: number, overrides: Partial<Record<'name' | 'code' | 'town' | 'workers' | 'status', string>> = {}) =>
  [
    overrides.name ?? `导入测试企业${n}`,
    overrides.code ?? codeFor(n),
    '快递物流',
    overrides.town ?? '柯桥街道',
    `导入路${n}号`,
    overrides.workers ?? '20',
    '12',
    '中通快递|圆通速递',
    '李站长',
    '13905750000',
    overrides.status ?? '未建会',
  ].join(',');

describe('census CSV import and export', () => {
  let t: TestApp;
  let keqiaoStaff: string;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    keqiaoStaff = await signInStaff(t, 'keqiao-staff');
    admin = await signInStaff(t, 'district-admin');
  });
  afterAll(() => t.close());

  const upload = (body: string, token = keqiaoStaff, query = '') =>
    t.http().post(`/api/v1/admin/enterprises/import${query}`).set('authorization', token).set('content-type', 'text/csv; charset=utf-8').send(body);
  const count = async () => Number((await t.db.query('SELECT count(*) FROM enterprises'))[0].count);
  const historyCount = async () => Number((await t.db.query('SELECT count(*) FROM enterprise_status_changes'))[0].count);

  it('refuses a file with one bad credit code, naming it as such, and writes nothing', async () => {
    const [before, historyBefore] = [await count(), await historyCount()];
    const bad = codeFor(3).slice(0, 17) + (codeFor(3)[17] === '1' ? '2' : '1');
    const response = await upload([HEADER, row(1), row(2), row(3, { code: bad }), row(4)].join('\n'));
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      code: 'CSV_INVALID',
      details: [{ line: 4, field: 'credit_code', message: expect.stringContaining('统一社会信用代码校验位') }],
    });
    expect(await count()).toBe(before);
    expect(await historyCount()).toBe(historyBefore);
  });

  it.each([
    ['a wrong header', 'name,code\n某企业,123\n', [{ line: 1, field: 'header' }]],
    ['a forbidden letter in a credit code', `${HEADER}\n${row(11, { code: `${codeFor(11).slice(0, 17)}O` })}\n`, [{ line: 2, field: 'credit_code' }]],
    ['a short credit code', `${HEADER}\n${row(12, { code: '91330603' })}\n`, [{ line: 2, field: 'credit_code' }]],
    ['a count that is no number', `${HEADER}\n${row(13, { workers: '很多' })}\n`, [{ line: 2, field: 'workers' }]],
    ['more new-form workers than workers', `${HEADER}\n${row(14, { workers: '5' })}\n`, [{ line: 2, field: 'new_form_workers' }]],
    ['an unknown status', `${HEADER}\n${row(15, { status: '解散' })}\n`, [{ line: 2, field: 'union_status' }]],
    ['the same credit code twice', `${HEADER}\n${row(16)}\n${row(17, { code: codeFor(16) })}\n`, [{ line: 3, field: 'credit_code' }]],
    ['another town for town staff', `${HEADER}\n${row(18, { town: '华舍街道' })}\n`, [{ line: 2, field: 'town' }]],
    ['a quote left open', `${HEADER}\n"${row(19)}\n`, [{ line: 2, field: '' }]],
  ])('refuses %s with CSV_INVALID and writes nothing', async (_name, body, details) => {
    const before = await count();
    const response = await upload(body);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('CSV_INVALID');
    expect(response.body.details).toEqual(details.map((d) => ({ ...d, message: expect.any(String) })));
    expect(await count()).toBe(before);
  });

  it('checks on a dry run without writing, then imports every row with its timeline, and refuses it a second time', async () => {
    const body = '\ufeff' + [HEADER, row(21), row(22, { status: '已建会' }), row(23)].join('\r\n') + '\r\n';
    const before = await count();
    const dry = await upload(body, keqiaoStaff, '?dryRun=true');
    expect(dry.status).toBe(201);
    expect(dry.body).toEqual({ imported: 0, valid: 3 });
    expect(await count()).toBe(before);
    const real = await upload(body);
    expect(real.status).toBe(201);
    expect(real.body).toEqual({ imported: 3, valid: 3 });
    expect(await count()).toBe(before + 3);
    const [imported] = await t.db.query(
      `SELECT e.union_status, e.brands, (SELECT count(*)::int FROM enterprise_status_changes c WHERE c.enterprise_id = e.id) AS history,
              (SELECT count(*)::int FROM audit_entries a WHERE a.entity_id = e.id::text AND a.action = 'enterprise.import') AS audits
         FROM enterprises e WHERE e.credit_code = $1`,
      [codeFor(22)],
    );
    expect(imported).toEqual({ union_status: 'established', brands: ['中通快递', '圆通速递'], history: 1, audits: 1 });
    const again = await upload(body);
    expect(again.status).toBe(400);
    expect(again.body.details).toEqual([21, 22, 23].map((_, i) => ({ line: i + 2, field: 'credit_code', message: '该统一社会信用代码已登记' })));
  });

  it('exports formula-safe CSV with a BOM that imports back as it was', async () => {
    const created = await t
      .http()
      .post('/api/v1/admin/enterprises')
      .set('authorization', admin)
      .send({
        name: '=HYPERLINK("http://evil")',
        creditCode: codeFor(31),
        industry: 'other',
        townCode: 'keqiao',
        address: '+柯桥',
        workers: 3,
        newFormWorkers: 1,
      });
    expect(created.status).toBe(201);
    const exported = await t
      .http()
      .get('/api/v1/admin/enterprises/export')
      .set('authorization', keqiaoStaff)
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => done(null, text));
      });
    expect(exported.status).toBe(200);
    expect(exported.headers['content-type']).toContain('text/csv');
    const text = exported.body as string;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(text).toContain("'+柯桥");
    expect(text).not.toContain('华舍街道,');
    // The exported row imports back (after its enterprise is gone) with the same text.
    const line = text.split('\r\n').find((l) => l.includes(codeFor(31)))!;
    await t.db.query(`DELETE FROM enterprises WHERE credit_code = $1`, [codeFor(31)]);
    const header = text.split('\r\n')[0];
    const back = await upload(`${header}\n${line}\n`, admin);
    expect(back.status).toBe(201);
    const [row31] = await t.db.query(`SELECT name, address FROM enterprises WHERE credit_code = $1`, [codeFor(31)]);
    expect(row31).toEqual({ name: '=HYPERLINK("http://evil")', address: '+柯桥' });
  });

  it('answers a JSON body with 415 and imports nothing', async () => {
    const before = await count();
    const response = await t
      .http()
      .post('/api/v1/admin/enterprises/import')
      .set('authorization', keqiaoStaff)
      .set('content-type', 'application/json')
      .send(JSON.stringify({ csv: HEADER }));
    expect(response.status).toBe(415);
    expect(await count()).toBe(before);
  });
});
