// RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. UTF-8, BOM or not.
// The files are opened in Excel, so text that Excel would run as a formula is written with a
// leading single quote (OWASP "CSV injection"), and read back without it.
import { FORBIDDEN_CHARACTERS } from './request-text';

export interface CsvRecord {
  /** The file line the record starts on, 1-based (the header is line 1). */
  line: number;
  fields: string[];
}

/** Why a cell cannot be stored as text (PostgreSQL refuses NUL), in words for staff; null when it can. */
export function cellTextProblem(text: string): string | null {
  return FORBIDDEN_CHARACTERS.test(text) ? '含有不可见的控制字符或无效字符，请删除后再导入' : null;
}

// Excel runs a cell starting with one of = + - @ tab CR as a formula. Quotes already in front of one
// get one more, so that reading strips exactly the quote writing added and every text round-trips.
const FORMULA_START = /^'*[=+\-@\t\r]/;
const PROTECTED_FORMULA_START = /^'+[=+\-@\t\r]/;
const protectFormula = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);
const unprotectFormula = (text: string) => (PROTECTED_FORMULA_START.test(text) ? text.slice(1) : text);

/** Every record, the header included, without the quotes toCsv puts before formulas; blank lines are skipped. Throws on a quote left open. */
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
    if (fields.length > 1 || fields[0] !== '') records.push({ line: recordLine, fields: fields.map(unprotectFormula) });
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

/** CSV text with CRLF line ends and a BOM, which is what Excel needs to read UTF-8. Numbers are written as they are. */
export function toCsv(rows: (string | number | null)[][]): string {
  const cell = (value: string | number | null) => {
    const text = value === null ? '' : typeof value === 'number' ? String(value) : protectFormula(value);
    return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return '\ufeff' + rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
