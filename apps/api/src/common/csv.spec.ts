import { cellTextProblem, CsvSyntaxError, parseCsv, toCsv } from './csv';

describe('parseCsv', () => {
  it('reads records with their starting line, skipping blank lines', () => {
    expect(parseCsv('a,b\n1,2\n\n3,4\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
      { line: 4, fields: ['3', '4'] },
    ]);
  });

  it('drops a UTF-8 BOM and accepts CRLF', () => {
    expect(parseCsv('\ufeffname,town\r\n驿站,柯桥街道\r\n')).toEqual([
      { line: 1, fields: ['name', 'town'] },
      { line: 2, fields: ['驿站', '柯桥街道'] },
    ]);
  });

  it('keeps commas, doubled quotes and line breaks inside quotes, counting lines after them', () => {
    expect(parseCsv('"a, b","say ""hi""","two\nlines"\nnext,,\n')).toEqual([
      { line: 1, fields: ['a, b', 'say "hi"', 'two\nlines'] },
      { line: 3, fields: ['next', '', ''] },
    ]);
  });

  it('reports a quote left open with its line', () => {
    expect(() => parseCsv('a,b\n1,"2\n')).toThrow(CsvSyntaxError);
  });
});

describe('toCsv', () => {
  it('quotes only what needs it and round-trips through parseCsv', () => {
    const rows = [
      ['name', 'note'],
      ['驿站, 一号', 'say "hi"'],
      ['plain', null],
    ];
    const text = toCsv(rows);
    expect(text.startsWith('\ufeffname,note\r\n"驿站, 一号","say ""hi"""\r\n')).toBe(true);
    expect(parseCsv(text).map((r) => r.fields)).toEqual([
      ['name', 'note'],
      ['驿站, 一号', 'say "hi"'],
      ['plain', ''],
    ]);
  });
});

describe('formula cells', () => {
  it('writes text Excel would run as a formula behind a quote, and reads it back as it was', () => {
    const texts = ['=1+1', '+86 575', '-驿站', '@SUM(A1)', '\t=1', '\r=1', "'=1", "''+1", "'plain", '驿站-1', ''];
    const text = toCsv([texts]);
    expect(text).toBe(`\ufeff'=1+1,'+86 575,'-驿站,'@SUM(A1),'\t=1,"'\r=1",''=1,'''+1,'plain,驿站-1,\r\n`);
    expect(parseCsv(text)[0].fields).toEqual(texts);
  });

  it('leaves numbers as they are', () => {
    expect(toCsv([[-30.5, 120]])).toBe('\ufeff-30.5,120\r\n');
  });
});

describe('cellTextProblem', () => {
  it.each([
    ['NUL', 'a\u0000b'],
    ['a bell', '\u0007'],
    ['DEL', '\u007f'],
    ['a lone high surrogate', 'a\ud800'],
    ['a lone low surrogate', '\udc00b'],
  ])('refuses %s', (_name, text) => expect(cellTextProblem(text)).toEqual(expect.any(String)));

  it('takes tabs, line breaks, Chinese and characters outside the BMP', () => {
    expect(cellTextProblem('驿站\t一号\r\n二楼 😀')).toBeNull();
  });
});
