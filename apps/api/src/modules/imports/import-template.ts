// The downloadable import template (A1.1, A1.2): same columns, notes and allowed values as the
// validator, with dropdowns so most mistakes are caught while the clerk is still typing.
import type { Stream } from 'node:stream';
import ExcelJS from 'exceljs';
import { GRID_FORCED, IMPORT_COLUMNS, isColumnRequired, type ColumnKey, type ImportColumn, type ImportMode } from './import-columns.ts';

export interface ImportTemplateOptions {
  mode: ImportMode;
  /** The downloading user's communities, offered as the 所在社区 dropdown; may be thousands. */
  communities?: { code: string; name: string }[];
}

/** Rows below the header that carry dropdowns; later rows still import, just without them. */
export const TEMPLATE_VALIDATED_ROWS = 10_000;
/**
 * Excel refuses an inline list (formula1 "a,b,c") over 255 characters, and some versions count
 * bytes in the legacy code page; counting CJK twice keeps within both.
 */
const INLINE_LIST_LIMIT = 255;
const listLength = (s: string) => s.length + (s.match(/[^\x00-\xff]/g)?.length ?? 0);
const TEXT_KINDS = new Set(['id', 'phone', 'date']);

type SheetWithValidations = ExcelJS.Worksheet & {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
};

/** Columns offered in a mode: grid conversion fixes 人员类别 and 来源渠道, so it does not ask for them. */
export function templateColumns(mode: ImportMode): ImportColumn<ColumnKey>[] {
  return IMPORT_COLUMNS.filter((c) => mode === 'normal' || GRID_FORCED[c.key] === undefined);
}

export function communityChoice(c: { code: string; name: string }): string {
  return `${c.name}（${c.code}）`;
}

function columnLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

function width(c: ImportColumn): number {
  if (c.kind === 'id') return 22;
  if (c.kind === 'community') return 30;
  if (c.kind === 'multiEnum') return 26;
  return Math.max(10, c.header.length * 2 + 4);
}

function allowedText(c: ImportColumn, communities: number | undefined): string {
  if (c.enumValues) return c.enumValues.join('、');
  if (c.kind === 'boolean') return '是、否';
  if (c.kind === 'community') return communities ? `您管辖的 ${communities} 个社区，见下拉列表` : '您管辖范围内的社区';
  return '';
}

/** Writes the template workbook to a file path or a stream (the stream is ended). */
export async function writeImportTemplate(out: NodeJS.WritableStream | string, opts: ImportTemplateOptions): Promise<void> {
  const { mode, communities } = opts;
  const cols = templateColumns(mode);
  const wb = new ExcelJS.Workbook();
  wb.creator = '社区工作者队伍管理平台';

  const data = wb.addWorksheet('人员信息', { views: [{ state: 'frozen', ySplit: 1 }] }) as SheetWithValidations;
  const notes = wb.addWorksheet('填写说明');
  const options = wb.addWorksheet('选项', { state: 'hidden' });
  const communitySheet = communities?.length ? wb.addWorksheet('社区', { state: 'hidden' }) : undefined;

  data.columns = cols.map((c) => ({
    header: isColumnRequired(c.key, mode) ? `${c.header}*` : c.header,
    key: c.key,
    width: width(c),
    // Text format stops Excel from turning ID numbers into 3.70902E+17 and dates into serials.
    ...(TEXT_KINDS.has(c.kind) ? { style: { numFmt: '@' } } : {}),
  }));
  const header = data.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center' };
  cols.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } };
    if (isColumnRequired(c.key, mode)) cell.font = { bold: true, color: { argb: 'FFC00000' } };
    cell.note = c.note;
  });

  let optionCol = 0;
  cols.forEach((c, i) => {
    const range = `${columnLetter(i + 1)}2:${columnLetter(i + 1)}${TEMPLATE_VALIDATED_ROWS + 1}`;
    // The note sits on the header cell; an input prompt on every data cell would pop up while typing.
    const common = { allowBlank: true, showInputMessage: false };
    if (c.enumValues) {
      optionCol += 1;
      const letter = columnLetter(optionCol);
      options.getCell(`${letter}1`).value = c.header;
      c.enumValues.forEach((v, k) => (options.getCell(`${letter}${k + 2}`).value = v));
      const inline = `"${c.enumValues.join(',')}"`;
      const source = listLength(inline) <= INLINE_LIST_LIMIT ? inline : `'选项'!$${letter}$2:$${letter}$${c.enumValues.length + 1}`;
      data.dataValidations.add(range, {
        type: 'list',
        formulae: [source],
        ...common,
        // 职务 takes several values, which a dropdown cannot hold: offer the list, allow free text.
        showErrorMessage: c.kind !== 'multiEnum',
        errorStyle: 'stop',
        errorTitle: '不是可选值',
        error: '请从下拉列表中选择',
      });
    } else if (c.kind === 'boolean') {
      data.dataValidations.add(range, { type: 'list', formulae: ['"是,否"'], ...common, showErrorMessage: true, errorStyle: 'stop', error: '请选择“是”或“否”' });
    } else if (c.kind === 'community' && communitySheet && communities) {
      communitySheet.columns = [{ header: '社区代码', width: 16 }, { header: '社区名称', width: 24 }, { header: '填写值', width: 36 }];
      for (const com of communities) communitySheet.addRow([com.code, com.name, communityChoice(com)]);
      data.dataValidations.add(range, {
        type: 'list',
        formulae: [`'社区'!$C$2:$C$${communities.length + 1}`],
        ...common,
        // A typed 12-digit code or exact name is also accepted, so only warn.
        showErrorMessage: true,
        errorStyle: 'warning',
        errorTitle: '不在列表中',
        error: '该社区不在您管辖范围的列表中；直接填写 12 位社区代码或完整社区名称也可以，导入时会再核对',
      });
    }
  });

  notes.columns = [
    { header: '列名', width: 20 },
    { header: '是否必填', width: 10 },
    { header: '填写说明', width: 70 },
    { header: '示例', width: 26 },
    { header: '可选值', width: 60 },
  ];
  notes.getRow(1).font = { bold: true };
  notes.views = [{ state: 'frozen', ySplit: 1 }];
  for (const c of cols) {
    const row = notes.addRow([c.header, isColumnRequired(c.key, mode) ? '必填' : '选填', c.note, c.example, allowedText(c, communities?.length)]);
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  notes.addRow([]);
  for (const line of generalNotes(mode)) notes.addRow([line]).font = { color: { argb: 'FF555555' } };

  if (typeof out === 'string') await wb.xlsx.writeFile(out);
  else {
    await wb.xlsx.write(out as unknown as Stream);
    // ExcelJS leaves the stream open; an HTTP reply would otherwise never finish.
    out.end();
  }
}

function generalNotes(mode: ImportMode): string[] {
  const lines = [
    '填写要求：',
    '1. 在“人员信息”工作表中从第 2 行起每行填写一人；表头请勿修改，表头上方可以加标题行。',
    '2. 列名带 * 的为必填项。身份证号、电话和日期列已设为文本格式；从其他表格粘贴时请用“选择性粘贴 → 值”，以免身份证号变成科学计数法。',
    '3. 性别、出生日期可不填，系统按身份证号码确定；如填写须与身份证号码一致。',
    '4. 下拉选项见各列；职务可填多项，用顿号分隔。',
    `5. 下拉列表覆盖前 ${TEMPLATE_VALIDATED_ROWS} 行，超出部分照常导入和校验。`,
    '6. 导入后可下载“错误数据”文件：其中只含未通过的行，最后一列为错误原因，改正后可直接重新上传。',
  ];
  if (mode === 'gridConversion') {
    lines.push(
      '网格员转聘（A1.2）：本模板用于将原网格员转为社区专职工作人员。人员类别自动设为“社区专职工作人员”，来源渠道自动设为“网格员转聘”，岗位类别不填时按“其他”；',
      '“参加工作时间”“进入社区工作时间”请填写原网格员任职的起始时间，工作年限连续计算；“原经费来源部门”必填。',
    );
  }
  return lines;
}
