// Import fixtures made by real spreadsheet software: `npm run fixtures:import` (needs Debian's
// libreoffice-calc). Each workbook is described here as an OpenDocument flat spreadsheet (.fods, kept
// beside the output as its source) and converted by LibreOffice headless into what counties upload:
// .xlsx ("Calc MS Excel 2007 XML") and CSV in GBK (as WPS and older Excel save it). The outputs are
// committed under apps/api/test/fixtures/import/, so the test suite needs no LibreOffice.
//
// Everything is deterministic: people are numbered, ID numbers are built with a valid check digit from
// 370902 (泰山区, the demo county) and sequence numbers in the 9xx range the demo data never uses.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeIdCheckDigit } from '@cwp/domain/id-number';

const OUT = fileURLToPath(new URL('../apps/api/test/fixtures/import/', import.meta.url));
const SOFFICE = process.env.SOFFICE ?? '/usr/bin/soffice';

type Cell =
  | string
  | null
  | { number: number }
  | { date: string }
  | { text: string; spanned?: number }
  | { blankStyled: true };

interface Sheet {
  name: string;
  /** 0-based indexes of columns hidden in the sheet. */
  hidden?: number[];
  rows: Cell[][];
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function cellXml(c: Cell): string {
  if (c === null) return '<table:table-cell/>';
  if (typeof c === 'string') return `<table:table-cell office:value-type="string"><text:p>${esc(c)}</text:p></table:table-cell>`;
  if ('number' in c) return `<table:table-cell office:value-type="float" office:value="${c.number}"><text:p>${c.number}</text:p></table:table-cell>`;
  if ('date' in c) return `<table:table-cell table:style-name="ce-date" office:value-type="date" office:date-value="${c.date}"><text:p>${c.date}</text:p></table:table-cell>`;
  if ('blankStyled' in c) return '<table:table-cell table:style-name="ce-yellow"/>';
  const span = c.spanned ?? 1;
  const head = `<table:table-cell office:value-type="string"${span > 1 ? ` table:number-columns-spanned="${span}"` : ''}><text:p>${esc(c.text)}</text:p></table:table-cell>`;
  return span > 1 ? `${head}<table:covered-table-cell table:number-columns-repeated="${span - 1}"/>` : head;
}

function fods(sheet: Sheet): string {
  const width = Math.max(...sheet.rows.map((r) => r.reduce((n, c) => n + (c && typeof c === 'object' && 'spanned' in c ? (c.spanned ?? 1) : 1), 0)));
  const hidden = new Set(sheet.hidden ?? []);
  const columns = Array.from({ length: width }, (_, i) => (hidden.has(i) ? '<table:table-column table:visibility="collapse"/>' : '<table:table-column/>')).join('');
  const rows = sheet.rows.map((r) => `<table:table-row>${r.map(cellXml).join('')}</table:table-row>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
<number:date-style style:name="N-date"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>
<style:style style:name="ce-date" style:family="table-cell" style:data-style-name="N-date"/>
<style:style style:name="ce-yellow" style:family="table-cell"><style:table-cell-properties fo:background-color="#ffff00"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet><table:table table:name="${esc(sheet.name)}">${columns}
${rows}
</table:table></office:spreadsheet></office:body></office:document>
`;
}

function idNumber(birth: string, seq: number, female: boolean): string {
  const s = (seq * 2 + (female ? 0 : 1)) % 1000;
  const first17 = `370902${birth.replace(/-/g, '')}${String(s).padStart(3, '0')}`;
  return first17 + computeIdCheckDigit(first17);
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高'];
const GIVEN = ['秀英', '桂芳', '建国', '海燕', '志强', '晓明', '丽娟', '文博', '雪梅', '俊杰', '婷婷', '国栋', '春燕', '子涵', '立新'];
const COMMUNITIES = ['370902001001', '370902001002', '370902001003', '370902002001', '370902002002'];

interface Person {
  name: string;
  id: string;
  birth: string;
  gender: '男' | '女';
  community: string;
}

function person(i: number): Person {
  const female = i % 3 !== 0;
  // Born 1970–1989: everyone is at least 16 at the 2012 work start the rows carry.
  const year = 1970 + (i % 20);
  const birth = `${year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  return {
    name: SURNAMES[i % SURNAMES.length]! + GIVEN[(i * 7) % GIVEN.length]!,
    id: idNumber(birth, 450 + (i % 50), female),
    birth,
    gender: female ? '女' : '男',
    community: COMMUNITIES[i % COMMUNITIES.length]!,
  };
}

const PLAIN_HEADER = ['姓名', '公民身份号码', '性别', '出生日期', '所在社区', '人员类别', '岗位类别', '学历', '政治面貌', '联系电话', '参加工作时间', '进入社区工作时间', '来源渠道'];

function plainRow(p: Person, i: number): Cell[] {
  return [p.name, p.id, p.gender, p.birth, p.community, '社区专职工作人员', '其他', i % 2 ? '大学本科' : '大学专科', i % 4 ? '群众' : '中共党员', `1390538${String(1000 + i).padStart(4, '0')}`, '2012-07-01', '2018-03-01', '统一招聘'];
}

/**
 * The messy register: a merged title row, header names with spaces and full-width brackets, a hidden
 * column, full-width digits, an ID typed as a number (scientific notation), a lower-case x, dates as real
 * date cells (Excel serials in .xlsx) and as 1985.03 / 1985年3月 / 1985-3-1 text, and styled blank rows.
 */
function messySheet(): { sheet: Sheet; expectations: Record<string, unknown> } {
  const header: Cell[] = ['序号', '姓 名', '公民身份号码 ', '性别', '出生年月', '所在社区（代码）', '人员类别', '岗位类别', '学历', '政治面貌', '联系电话（手机）', '参加工作时间', '进入社区工作时间', '来源渠道', '内部备注'];
  const base = (p: Person, i: number) => ({ p, i });
  const rows: Cell[][] = [[{ text: '泰山区岱庙街道社区工作者花名册（2026年）', spanned: header.length }], header];
  const people = Array.from({ length: 8 }, (_, i) => base(person(900 + i), i));
  const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  // A valid ID ending in X, typed in lower case.
  let xi = 0;
  let xPerson: Person;
  do xPerson = person(950 + xi++);
  while (!xPerson.id.endsWith('X'));
  people[3] = { p: xPerson, i: 3 };
  const [a, b, c, d, e, f, g, h] = people.map(({ p, i }) => ({ p, i }));
  const row = (n: number, v: { p: Person; i: number }, o: { id?: Cell; birth?: Cell; name?: string; phone?: Cell; work?: Cell; start?: Cell } = {}): Cell[] => [
    { number: n },
    o.name ?? v.p.name,
    o.id ?? v.p.id,
    v.p.gender,
    o.birth ?? v.p.birth,
    v.p.community,
    '社区专职工作人员',
    '其他',
    '大学本科',
    '群众',
    o.phone ?? `1390538${String(2000 + v.i).padStart(4, '0')}`,
    o.work ?? '2012-07-01',
    o.start ?? '2018-03-01',
    '统一招聘',
    '内部',
  ];
  rows.push(row(1, a!, { birth: { date: a!.p.birth }, work: { date: '2010-07-01' }, start: { date: '2016-05-01' } }));
  rows.push(row(2, b!, { birth: `${b!.p.birth.slice(0, 4)}.${b!.p.birth.slice(5, 7)}` }));
  rows.push(row(3, c!, { birth: `${c!.p.birth.slice(0, 4)}年${Number(c!.p.birth.slice(5, 7))}月`, name: `${c!.p.name[0]} ${c!.p.name.slice(1)}` }));
  rows.push(row(4, d!, { id: d!.p.id.toLowerCase(), birth: `${d!.p.birth.slice(0, 4)}-${Number(d!.p.birth.slice(5, 7))}-${Number(d!.p.birth.slice(8, 10))}` }));
  rows.push(row(5, e!, { id: fullWidth(e!.p.id), phone: fullWidth(`1390538${String(2000 + e!.i).padStart(4, '0')}`) }));
  rows.push(row(6, f!, { id: { number: Number(f!.p.id.replace(/x$/i, '')) } }));
  rows.push(row(7, g!, { start: '2011.09', work: '2010年7月' }));
  rows.push(row(8, h!));
  for (let i = 0; i < 3; i++) rows.push([null, { blankStyled: true }, { blankStyled: true }]);
  return {
    sheet: { name: '花名册', hidden: [14], rows },
    expectations: {
      file: 'messy.xlsx',
      dataRows: 8,
      toCreate: 7,
      rejected: [{ row: 8, column: '公民身份号码', reasonContains: '科学计数法' }],
      lowerCaseX: { row: 6, id: xPerson.id },
      names: { row5: c!.p.name },
      // Stored values the tests check: real date cells, text year-months, full-width digits.
      stored: [
        { id: a!.p.id, workStartDate: '2010-07-01', communityStartDate: '2016-05-01' },
        { id: g!.p.id, workStartDate: '2010-07-01', communityStartDate: '2011-09-01' },
        { id: e!.p.id, workStartDate: '2012-07-01', communityStartDate: '2018-03-01' },
      ],
    },
  };
}

/** 200 people, every 20th row broken in a different way: 5% bad rows. */
function fivePercentSheet(): { sheet: Sheet; expectations: Record<string, unknown> } {
  const rows: Cell[][] = [PLAIN_HEADER];
  const bad: { row: number; column: string }[] = [];
  for (let i = 0; i < 200; i++) {
    const p = person(1000 + i);
    const r = plainRow(p, i);
    const sheetRow = i + 2;
    if (i % 20 === 7) {
      switch ((i / 20) | 0) {
        case 0:
          r[1] = p.id.slice(0, 17) + (p.id.endsWith('1') ? '2' : '1');
          bad.push({ row: sheetRow, column: '公民身份号码' });
          break;
        case 1:
          r[3] = '1960-01-01';
          bad.push({ row: sheetRow, column: '出生日期' });
          break;
        case 2:
          r[4] = '370911001001';
          bad.push({ row: sheetRow, column: '所在社区' });
          break;
        case 3:
          r[5] = '临时工';
          bad.push({ row: sheetRow, column: '人员类别' });
          break;
        case 4:
          r[0] = '';
          bad.push({ row: sheetRow, column: '姓名' });
          break;
        case 5:
          r[9] = '1234';
          bad.push({ row: sheetRow, column: '联系电话' });
          break;
        case 6:
          r[11] = '2009-01-01';
          bad.push({ row: sheetRow, column: '进入社区工作时间' });
          break;
        case 7:
          r[2] = p.gender === '男' ? '女' : '男';
          bad.push({ row: sheetRow, column: '性别' });
          break;
        case 8:
          r[8] = '党员吗';
          bad.push({ row: sheetRow, column: '政治面貌' });
          break;
        default:
          // The same person as sheet row 3, typed twice.
          r.splice(0, r.length, ...(rows[2] as Cell[]));
          bad.push({ row: sheetRow, column: '公民身份号码' });
      }
    }
    rows.push(r);
  }
  return { sheet: { name: '人员信息', rows }, expectations: { file: 'five-percent-bad.xlsx', dataRows: 200, toCreate: 190, rejectedRows: bad } };
}

/** A plain register saved as CSV in GBK by LibreOffice. */
function gbkSheet(): { sheet: Sheet; expectations: Record<string, unknown> } {
  const rows: Cell[][] = [PLAIN_HEADER];
  const names: string[] = [];
  for (let i = 0; i < 30; i++) {
    const p = person(1300 + i);
    names.push(p.name);
    rows.push(plainRow(p, i));
  }
  return { sheet: { name: '人员信息', rows }, expectations: { file: 'gbk.csv', dataRows: 30, toCreate: 30, names } };
}

function convert(work: string, base: string, filter: string, ext: string): void {
  execFileSync(SOFFICE, ['--headless', '--norestore', `-env:UserInstallation=file://${work}/profile`, '--convert-to', `${ext}:${filter}`, '--outdir', join(work, 'out'), join(work, `${base}.fods`)], { stdio: 'pipe' });
  const produced = readdirSync(join(work, 'out')).find((f) => f.startsWith(`${base}.`));
  if (!produced) throw new Error(`LibreOffice produced nothing for ${base}`);
}

/** The CSV must be GBK: not valid UTF-8, and decoding as GBK must give the header text. */
function assertGbk(path: string): void {
  const bytes = readFileSync(path);
  let utf8 = true;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    utf8 = false;
  }
  if (utf8 || !new TextDecoder('gbk').decode(bytes).startsWith(PLAIN_HEADER.join(','))) throw new Error(`${path} is not a GBK CSV`);
}

function main(): void {
  const work = mkdtempSync(join(tmpdir(), 'cwp-fixtures-'));
  mkdirSync(OUT, { recursive: true });
  mkdirSync(join(work, 'out'));
  const made: Record<string, unknown>[] = [];
  try {
    const jobs: { base: string; build: () => { sheet: Sheet; expectations: Record<string, unknown> }; filter: string; ext: string; out: string }[] = [
      { base: 'messy', build: messySheet, filter: 'Calc MS Excel 2007 XML', ext: 'xlsx', out: 'messy.xlsx' },
      { base: 'five-percent-bad', build: fivePercentSheet, filter: 'Calc MS Excel 2007 XML', ext: 'xlsx', out: 'five-percent-bad.xlsx' },
      // Field separator 44 (,), text delimiter 34 ("), character set 85 (GBK / code page 936; LibreOffice
      // 7.4 does not accept the name). assertGbk below checks the result.
      { base: 'gbk', build: gbkSheet, filter: 'Text - txt - csv (StarCalc):44,34,85', ext: 'csv', out: 'gbk.csv' },
    ];
    for (const j of jobs) {
      const { sheet, expectations } = j.build();
      const source = fods(sheet);
      writeFileSync(join(work, `${j.base}.fods`), source);
      writeFileSync(join(OUT, `${j.base}.fods`), source);
      convert(work, j.base, j.filter, j.ext);
      renameSync(join(work, 'out', `${j.base}.${j.ext}`), join(OUT, j.out));
      made.push(expectations);
    }
    assertGbk(join(OUT, 'gbk.csv'));
    writeFileSync(join(OUT, 'expectations.json'), `${JSON.stringify(made, null, 2)}\n`);
    const version = execFileSync(SOFFICE, ['--version'], { encoding: 'utf8' }).trim();
    writeFileSync(join(OUT, 'README.md'), `# Import fixtures\n\nGenerated by \`npm run fixtures:import\` (scripts/make-import-fixtures.ts) with ${version}.\nEach \`.fods\` is the source LibreOffice converted; \`expectations.json\` is what the tests check. Do not edit the outputs by hand: change the script and regenerate.\n`);
    process.stdout.write(`fixtures written to ${OUT}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
