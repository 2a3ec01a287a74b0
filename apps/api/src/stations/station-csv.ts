// The stations CSV staff import and export: one row a station, a header row, Chinese names or codes.
import { AMENITIES, STATION_KINDS, TOWNS } from '@kgh/shared';
import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { CsvProblem, readCsvTable, toCsv } from '../common/csv';
import { formatOpeningHours, parseOpeningHoursText } from './opening-hours';
import type { Station } from './station.entity';
import { CreateStationDto } from './stations.dto';

export const IMPORT_COLUMNS = ['name', 'kind', 'town', 'address', 'lat', 'lng', 'phone', 'host', 'amenities', 'hours'] as const;
/** An export can be edited and imported again: the trailing columns are then ignored. */
export const EXPORT_COLUMNS = [...IMPORT_COLUMNS, 'id', 'active', 'last_verified_at'] as const;

export type { CsvProblem };

const COLUMN_OF_PROPERTY: Record<string, string> = { townCode: 'town', hostOrg: 'host', openingHours: 'hours' };
const LIST_SEPARATOR = /[|、]/;
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

// Staff type what they see: the Chinese name; the code works too.
const codeOf = (list: readonly { code: string; name: string }[], value: string) => list.find((item) => item.name === value)?.code ?? value;
const nameOf = (list: readonly { code: string; name: string }[], code: string) => list.find((item) => item.code === code)?.name ?? code;

/** Every station in the file, or every problem in it; a file with a problem yields no station. */
export function readStationCsv(text: string): { stations: { line: number; station: CreateStationDto }[]; problems: CsvProblem[] } {
  const { rows, problems } = readCsvTable(text, IMPORT_COLUMNS, EXPORT_COLUMNS, '驿站');
  const stations: { line: number; station: CreateStationDto }[] = [];
  const firstLineOf = new Map<string, number>();
  for (const { line, cell } of rows) {
    const hours = parseOpeningHoursText(cell.hours);
    const plain = {
      name: cell.name,
      kind: codeOf(STATION_KINDS, cell.kind),
      townCode: codeOf(TOWNS, cell.town),
      address: cell.address,
      lat: DECIMAL.test(cell.lat) ? Number(cell.lat) : cell.lat,
      lng: DECIMAL.test(cell.lng) ? Number(cell.lng) : cell.lng,
      phone: cell.phone || undefined,
      hostOrg: cell.host || undefined,
      amenities: cell.amenities ? cell.amenities.split(LIST_SEPARATOR).map((a) => codeOf(AMENITIES, a.trim())) : [],
      openingHours: 'hours' in hours ? hours.hours : {},
    };
    const station = plainToInstance(CreateStationDto, plain);
    const rowProblems = validateSync(station, { stopAtFirstError: true })
      .filter((error) => !('problem' in hours && error.property === 'openingHours'))
      .map((error: ValidationError) => ({
        line,
        field: COLUMN_OF_PROPERTY[error.property] ?? error.property,
        message: Object.values(error.constraints ?? {})[0] ?? '内容不正确',
      }));
    if ('problem' in hours) rowProblems.push({ line, field: 'hours', message: hours.problem });
    const key = `${station.name}\u0000${station.address}`;
    const duplicateOf = firstLineOf.get(key);
    if (duplicateOf !== undefined) rowProblems.push({ line, field: 'name', message: `与第 ${duplicateOf} 行的驿站重复（名称和地址相同）` });
    else firstLineOf.set(key, line);
    problems.push(...rowProblems);
    if (rowProblems.length === 0) stations.push({ line, station });
  }
  return problems.length > 0 ? { stations: [], problems } : { stations, problems };
}

/** The export: Chinese names for kind, town and amenities, the hours as text. */
export function writeStationCsv(stations: Station[]): string {
  return toCsv([
    [...EXPORT_COLUMNS],
    ...stations.map((s) => [
      s.name,
      nameOf(STATION_KINDS, s.kind),
      nameOf(TOWNS, s.townCode),
      s.address,
      s.lat,
      s.lng,
      s.phone,
      s.hostOrg,
      s.amenities.map((a) => nameOf(AMENITIES, a)).join('|'),
      formatOpeningHours(s.openingHours),
      s.id,
      String(s.active),
      s.lastVerifiedAt?.toISOString() ?? null,
    ]),
  ]);
}
