import { CsvSyntaxError, parseCsv, toCsv } from './csv';

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
    const rows = [['name', 'note'], ['驿站, 一号', 'say "hi"'], ['plain', null]];
    const text = toCsv(rows);
    expect(text.startsWith('\ufeffname,note\r\n"驿站, 一号","say ""hi"""\r\n')).toBe(true);
    expect(parseCsv(text).map((r) => r.fields)).toEqual([['name', 'note'], ['驿站, 一号', 'say "hi"'], ['plain', '']]);
  });
});
