// RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. UTF-8, BOM or not.

export interface CsvRecord {
  /** The file line the record starts on, 1-based (the header is line 1). */
  line: number;
  fields: string[];
}

/** Every record, the header included; blank lines are skipped. Throws on a quote left open. */
export function parseCsv(text: string): CsvRecord[] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  const endRecord = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== '') records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i];
    if (char === '\n') line += 1;
    if (quoted) {
      if (char !== '"') field += char;
      else if (source[i + 1] === '"') {
        field += '"';
        i += 1;
      } else quoted = false;
    } else if (char === '"' && field === '') {
      quoted = true;
    } else if (char === ',') {
      fields.push(field);
      field = '';
    } else if (char === '\n') {
      endRecord();
      recordLine = line;
    } else if (!(char === '\r' && source[i + 1] === '\n')) {
      field += char;
    }
  }
  if (quoted) throw new CsvSyntaxError(recordLine, '引号未闭合');
  endRecord();
  return records;
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** CSV text with CRLF line ends and a BOM, which is what Excel needs to read UTF-8. */
export function toCsv(rows: (string | number | null)[][]): string {
  const cell = (value: string | number | null) => {
    const text = value === null ? '' : String(value);
    return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return '\ufeff' + rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
