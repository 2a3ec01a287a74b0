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

/** One bad cell or row of an import; the import's error details are a list of these. */
export type CsvProblem = { line: number; field: string; message: string };

/**
 * The data rows of an import file, each cell trimmed and named by its column; or every problem of
 * the file's shape: a quote left open, a header other than `columns` (or `exportColumns`, an export
 * edited and imported again, whose trailing columns are ignored), no rows (`what` names the records),
 * a row of the wrong width, a cell that cannot be stored as text. Rows with such problems are left out.
 */
export function readCsvTable<Column extends string>(
  text: string,
  columns: readonly Column[],
  exportColumns: readonly string[],
  what: string,
): { rows: { line: number; cell: Record<Column, string> }[]; problems: CsvProblem[] } {
  let records;
  try {
    records = parseCsv(text);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    return { rows: [], problems: [{ line: error.line, field: '', message: error.message }] };
  }
  const [header, ...data] = records;
  const names = header?.fields.map((name) => name.trim());
  const matches = (expected: readonly string[]) => names?.length === expected.length && expected.every((name, i) => names[i] === name);
  if (!names || !(matches(columns) || matches(exportColumns)))
    return { rows: [], problems: [{ line: 1, field: 'header', message: `表头应为 ${columns.join(',')}` }] };
  if (data.length === 0) return { rows: [], problems: [{ line: 2, field: '', message: `文件中没有${what}数据` }] };
  const rows: { line: number; cell: Record<Column, string> }[] = [];
  const problems: CsvProblem[] = [];
  for (const { line, fields } of data) {
    if (fields.length !== names.length) {
      problems.push({ line, field: '', message: `应有 ${names.length} 列，实有 ${fields.length} 列` });
      continue;
    }
    const unreadable = columns.flatMap((name, i) => {
      const problem = cellTextProblem(fields[i]);
      return problem ? [{ line, field: name, message: problem }] : [];
    });
    if (unreadable.length > 0) problems.push(...unreadable);
    else rows.push({ line, cell: Object.fromEntries(columns.map((name, i) => [name, fields[i].trim()])) as Record<Column, string> });
  }
  return { rows, problems };
}
