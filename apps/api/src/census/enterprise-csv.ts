// The census CSV staff import and export: one row an enterprise, a header row, Chinese names or codes.
import { FORMATION_MODES, INDUSTRIES, TOWNS, UNION_STATUSES } from '@kgh/shared';
import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { CsvProblem, readCsvTable, toCsv } from '../common/csv';
import { CreateEnterpriseDto } from './census.dto';
import type { Enterprise } from './enterprise.entity';

export const IMPORT_COLUMNS = [
  'name',
  'credit_code',
  'industry',
  'town',
  'address',
  'workers',
  'new_form_workers',
  'brands',
  'contact_name',
  'contact_phone',
  'union_status',
] as const;
/** An export can be edited and imported again: the trailing columns are then ignored. */
export const EXPORT_COLUMNS = [...IMPORT_COLUMNS, 'formation_mode', 'union', 'id', 'updated_at'] as const;

const COLUMN_OF_PROPERTY: Record<string, string> = {
  creditCode: 'credit_code',
  townCode: 'town',
  newFormWorkers: 'new_form_workers',
  contactName: 'contact_name',
  contactPhone: 'contact_phone',
  unionStatus: 'union_status',
};
const LIST_SEPARATOR = /[|、]/;
const INTEGER = /^\d+$/;

const codeOf = (list: readonly { code: string; name: string }[], value: string) => list.find((item) => item.name === value)?.code ?? value;
const nameOf = (list: readonly { code: string; name: string }[], code: string | null) =>
  code === null ? null : (list.find((item) => item.code === code)?.name ?? code);

/** Every enterprise in the file, or every problem in it; a file with a problem yields no enterprise. */
export function readEnterpriseCsv(text: string): { enterprises: { line: number; enterprise: CreateEnterpriseDto }[]; problems: CsvProblem[] } {
  const { rows, problems } = readCsvTable(text, IMPORT_COLUMNS, EXPORT_COLUMNS, '企业');
  const enterprises: { line: number; enterprise: CreateEnterpriseDto }[] = [];
  const firstLineOf = new Map<string, number>();
  for (const { line, cell } of rows) {
    const plain = {
      name: cell.name,
      creditCode: cell.credit_code,
      industry: codeOf(INDUSTRIES, cell.industry),
      townCode: codeOf(TOWNS, cell.town),
      address: cell.address,
      workers: INTEGER.test(cell.workers) ? Number(cell.workers) : cell.workers,
      newFormWorkers: INTEGER.test(cell.new_form_workers) ? Number(cell.new_form_workers) : cell.new_form_workers,
      brands: cell.brands ? cell.brands.split(LIST_SEPARATOR).map((brand) => brand.trim()) : [],
      contactName: cell.contact_name || undefined,
      contactPhone: cell.contact_phone || undefined,
      unionStatus: cell.union_status ? codeOf(UNION_STATUSES, cell.union_status) : undefined,
    };
    const enterprise = plainToInstance(CreateEnterpriseDto, plain);
    const rowProblems = validateSync(enterprise, { stopAtFirstError: true }).map((error: ValidationError) => ({
      line,
      field: COLUMN_OF_PROPERTY[error.property] ?? error.property,
      message: Object.values(error.constraints ?? {})[0] ?? '内容不正确',
    }));
    if (rowProblems.every((problem) => problem.field !== 'credit_code')) {
      const duplicateOf = firstLineOf.get(enterprise.creditCode);
      if (duplicateOf !== undefined) rowProblems.push({ line, field: 'credit_code', message: `与第 ${duplicateOf} 行的统一社会信用代码重复` });
      else firstLineOf.set(enterprise.creditCode, line);
    }
    problems.push(...rowProblems);
    if (rowProblems.length === 0) enterprises.push({ line, enterprise });
  }
  return problems.length > 0 ? { enterprises: [], problems } : { enterprises, problems };
}

/** The export: Chinese names for industry, town, status and mode. */
export function writeEnterpriseCsv(enterprises: (Enterprise & { unionName: string | null })[]): string {
  return toCsv([
    [...EXPORT_COLUMNS],
    ...enterprises.map((e) => [
      e.name,
      e.creditCode,
      nameOf(INDUSTRIES, e.industry),
      nameOf(TOWNS, e.townCode),
      e.address,
      e.workers,
      e.newFormWorkers,
      e.brands.join('|'),
      e.contactName,
      e.contactPhone,
      nameOf(UNION_STATUSES, e.unionStatus),
      nameOf(FORMATION_MODES, e.formationMode),
      e.unionName,
      e.id,
      e.updatedAt.toISOString(),
    ]),
  ]);
}
