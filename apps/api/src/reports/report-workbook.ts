import { Workbook, Worksheet } from 'exceljs';
import type { MonthlyReportRowView, MonthlyReportView } from './dto/report-views.dto';
import { ColumnFormat, REPORT_COLUMNS, REPORT_NOTES } from './report-columns';

// The report as the towns hand it in: a title, a two-level header, the towns as rows and the total
// last, numbers as numbers (yuan with two decimals), the header frozen; then what each column counts.

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const NUMBER_FORMAT: Record<ColumnFormat, string> = { count: '0', yuan: '0.00', rate: '0.0%' };
const HEADER_ROWS = 4;
const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFDDEBF7' } };

const monthInWords = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5))}月`;

/** 新业态新就业群体建会入会和维权服务工作情况表-绍兴市柯桥区总工会-2026年11月.xlsx */
export function workbookFileName(report: MonthlyReportView): string {
  return `${report.title}-${report.union.name}-${monthInWords(report.month)}.xlsx`;
}

/**
 * An attachment named `fileName`, with an ASCII `fallback` for clients that do not read RFC 6266's
 * `filename*` (UTF-8, percent-encoded per RFC 8187: `'()*` are not attr-chars either).
 */
export function attachmentDisposition(fallback: string, fileName: string): string {
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

function cellValue(format: ColumnFormat, value: number | null): number | null {
  if (value === null) return null;
  return format === 'yuan' ? value / 100 : value;
}

export async function reportWorkbook(report: MonthlyReportView): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = '柯工惠';
  workbook.created = report.generatedAt;
  writeTable(workbook.addWorksheet('情况表'), report);
  writeDefinitions(workbook.addWorksheet('指标说明'));
  writeProgrammes(workbook.addWorksheet('福利项目'), report);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function writeTable(sheet: Worksheet, report: MonthlyReportView): void {
  const last = REPORT_COLUMNS.length + 1;
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: HEADER_ROWS }];
  sheet.mergeCells(1, 1, 1, last);
  Object.assign(sheet.getCell(1, 1), {
    value: `《${report.title}》 ${monthInWords(report.month)} ${report.union.name}`,
    font: { bold: true, size: 16 },
    alignment: { horizontal: 'center', vertical: 'middle' },
  });
  sheet.getRow(1).height = 30;
  sheet.mergeCells(2, 1, 2, last);
  sheet.getCell(2, 1).value = `填报单位：${report.union.name}    统计截至：${monthInWords(report.month)}末（北京时间）    金额单位：元`;

  // Row 3 names the groups, merged over their columns; row 4 the columns.
  sheet.mergeCells(3, 1, 4, 1);
  sheet.getCell(3, 1).value = '单位';
  let start = 0;
  REPORT_COLUMNS.forEach((column, i) => {
    sheet.getCell(4, i + 2).value = column.label;
    const next = REPORT_COLUMNS[i + 1];
    if (next?.group === column.group) return;
    if (i > start) sheet.mergeCells(3, start + 2, 3, i + 2);
    sheet.getCell(3, start + 2).value = column.group;
    start = i + 1;
  });
  for (const rowNumber of [3, 4]) {
    const row = sheet.getRow(rowNumber);
    row.height = rowNumber === 4 ? 48 : 22;
    for (let c = 1; c <= last; c += 1) {
      Object.assign(row.getCell(c), {
        font: { bold: true },
        alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
        border: BORDER,
        fill: HEADER_FILL,
      });
    }
  }

  const writeRow = (row: MonthlyReportRowView, rowNumber: number, total: boolean) => {
    const sheetRow = sheet.getRow(rowNumber);
    sheetRow.getCell(1).value = total ? '合计' : row.name;
    REPORT_COLUMNS.forEach((column, i) => {
      const cell = sheetRow.getCell(i + 2);
      cell.value = cellValue(column.format, column.value(row));
      cell.numFmt = NUMBER_FORMAT[column.format];
    });
    for (let c = 1; c <= last; c += 1) {
      sheetRow.getCell(c).border = BORDER;
      if (total) sheetRow.getCell(c).font = { bold: true };
    }
  };
  report.rows.forEach((row, i) => writeRow(row, HEADER_ROWS + 1 + i, false));
  writeRow(report.total, HEADER_ROWS + 1 + report.rows.length, true);

  sheet.getColumn(1).width = 22;
  // About two width units a Chinese character; labels wrap within the header's two lines.
  REPORT_COLUMNS.forEach((column, i) => (sheet.getColumn(i + 2).width = Math.min(16, Math.max(9, Math.ceil(column.label.length * 1.1) + 2))));
}

function writeDefinitions(sheet: Worksheet): void {
  sheet.columns = [
    { header: '分组', key: 'group', width: 20 },
    { header: '指标', key: 'label', width: 26 },
    { header: '说明', key: 'definition', width: 90 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const column of REPORT_COLUMNS) sheet.addRow({ group: column.group, label: column.label, definition: column.definition });
  sheet.addRow({});
  for (const note of REPORT_NOTES) sheet.addRow({ group: '口径', definition: note });
  sheet.eachRow((row) => (row.alignment = { vertical: 'top', wrapText: true }));
}

function writeProgrammes(sheet: Worksheet, report: MonthlyReportView): void {
  sheet.columns = [
    { header: '福利项目', key: 'name', width: 28 },
    { header: '预算（元）', key: 'budget', width: 14, style: { numFmt: '0.00' } },
    { header: '确认申领（本月）', key: 'confirmedMonth', width: 12 },
    { header: '确认申领（本年累计）', key: 'confirmedYear', width: 12 },
    { header: '核销（本月）', key: 'redeemedMonth', width: 12 },
    { header: '核销（本年累计）', key: 'redeemedYear', width: 12 },
    { header: '支出（元，本月）', key: 'spentMonth', width: 14, style: { numFmt: '0.00' } },
    { header: '支出（元，本年累计）', key: 'spentYear', width: 14, style: { numFmt: '0.00' } },
    { header: '项目累计支出（元）', key: 'spentToDate', width: 14, style: { numFmt: '0.00' } },
    { header: '预算使用率', key: 'used', width: 12, style: { numFmt: '0.0%' } },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: 1 }];
  report.programmes.forEach((programme, i) => {
    const figures = report.total.benefits.byProgramme[i];
    sheet.addRow({
      name: programme.name,
      budget: programme.budgetFen === null ? null : programme.budgetFen / 100,
      confirmedMonth: figures.confirmed.month,
      confirmedYear: figures.confirmed.yearToDate,
      redeemedMonth: figures.redeemed.month,
      redeemedYear: figures.redeemed.yearToDate,
      spentMonth: figures.spentFen.month / 100,
      spentYear: figures.spentFen.yearToDate / 100,
      spentToDate: programme.spentToDateFen / 100,
      used: programme.budgetFen ? programme.spentToDateFen / programme.budgetFen : null,
    });
  });
}
