// National standard code tables used on the worker archive (rules.md §8).
// `label` is what the app stores and shows; codes are for exchange with other
// systems (A17.4 一次采集、多方利用), so they follow the standards exactly.

export interface CodeEntry {
  readonly code: string;
  readonly label: string;
  readonly en: string;
  /** Full official name where the app shows a short form. */
  readonly fullName?: string;
}

type NonEmpty<T> = readonly [T, ...T[]];

/** The labels of a table as a literal tuple, ready for z.enum(). */
export type LabelsOf<T extends NonEmpty<CodeEntry>> = { readonly [K in keyof T]: T[K] extends { label: infer L } ? L : never };

export function labelsOf<const T extends NonEmpty<CodeEntry>>(table: T): LabelsOf<T> {
  return table.map((e) => e.label) as unknown as LabelsOf<T>;
}

/** Code for a label (or official full name); undefined if absent. */
export function codeOf(table: readonly CodeEntry[], label: string): string | undefined {
  const s = label.trim();
  return table.find((e) => e.label === s || e.fullName === s)?.code;
}

export function labelOf(table: readonly CodeEntry[], code: string): string | undefined {
  return table.find((e) => e.code === code.trim())?.label;
}

export function enOf(table: readonly CodeEntry[], label: string): string | undefined {
  return table.find((e) => e.label === label || e.fullName === label)?.en;
}

// ---- GB/T 2261.1-2003 人的性别代码 ----

export const GENDERS = [
  { code: '0', label: '未知的性别', en: 'Unknown' },
  { code: '1', label: '男', en: 'Male' },
  { code: '2', label: '女', en: 'Female' },
  { code: '9', label: '未说明的性别', en: 'Not stated' },
] as const satisfies NonEmpty<CodeEntry>;

/** Workers always have an ID number, which fixes the gender to one of these. */
export const WORKER_GENDERS = ['男', '女'] as const;
export type WorkerGender = (typeof WORKER_GENDERS)[number];

// ---- GB/T 3304-1991 中国各民族名称的罗马字母拼写和代码 (standard order) ----

export const ETHNIC_GROUPS = [
  { code: '01', label: '汉族', en: 'Han' },
  { code: '02', label: '蒙古族', en: 'Mongol' },
  { code: '03', label: '回族', en: 'Hui' },
  { code: '04', label: '藏族', en: 'Tibetan' },
  { code: '05', label: '维吾尔族', en: 'Uyghur' },
  { code: '06', label: '苗族', en: 'Miao' },
  { code: '07', label: '彝族', en: 'Yi' },
  { code: '08', label: '壮族', en: 'Zhuang' },
  { code: '09', label: '布依族', en: 'Bouyei' },
  { code: '10', label: '朝鲜族', en: 'Korean' },
  { code: '11', label: '满族', en: 'Manchu' },
  { code: '12', label: '侗族', en: 'Dong' },
  { code: '13', label: '瑶族', en: 'Yao' },
  { code: '14', label: '白族', en: 'Bai' },
  { code: '15', label: '土家族', en: 'Tujia' },
  { code: '16', label: '哈尼族', en: 'Hani' },
  { code: '17', label: '哈萨克族', en: 'Kazakh' },
  { code: '18', label: '傣族', en: 'Dai' },
  { code: '19', label: '黎族', en: 'Li' },
  { code: '20', label: '傈僳族', en: 'Lisu' },
  { code: '21', label: '佤族', en: 'Va' },
  { code: '22', label: '畲族', en: 'She' },
  { code: '23', label: '高山族', en: 'Gaoshan' },
  { code: '24', label: '拉祜族', en: 'Lahu' },
  { code: '25', label: '水族', en: 'Shui' },
  { code: '26', label: '东乡族', en: 'Dongxiang' },
  { code: '27', label: '纳西族', en: 'Naxi' },
  { code: '28', label: '景颇族', en: 'Jingpo' },
  { code: '29', label: '柯尔克孜族', en: 'Kyrgyz' },
  { code: '30', label: '土族', en: 'Tu' },
  { code: '31', label: '达斡尔族', en: 'Daur' },
  { code: '32', label: '仫佬族', en: 'Mulao' },
  { code: '33', label: '羌族', en: 'Qiang' },
  { code: '34', label: '布朗族', en: 'Blang' },
  { code: '35', label: '撒拉族', en: 'Salar' },
  { code: '36', label: '毛南族', en: 'Maonan' },
  { code: '37', label: '仡佬族', en: 'Gelao' },
  { code: '38', label: '锡伯族', en: 'Xibe' },
  { code: '39', label: '阿昌族', en: 'Achang' },
  { code: '40', label: '普米族', en: 'Pumi' },
  { code: '41', label: '塔吉克族', en: 'Tajik' },
  { code: '42', label: '怒族', en: 'Nu' },
  { code: '43', label: '乌孜别克族', en: 'Uzbek' },
  { code: '44', label: '俄罗斯族', en: 'Russian' },
  { code: '45', label: '鄂温克族', en: 'Evenki' },
  { code: '46', label: '德昂族', en: 'Deang' },
  { code: '47', label: '保安族', en: 'Bonan' },
  { code: '48', label: '裕固族', en: 'Yugur' },
  { code: '49', label: '京族', en: 'Gin' },
  { code: '50', label: '塔塔尔族', en: 'Tatar' },
  { code: '51', label: '独龙族', en: 'Derung' },
  { code: '52', label: '鄂伦春族', en: 'Oroqen' },
  { code: '53', label: '赫哲族', en: 'Hezhen' },
  { code: '54', label: '门巴族', en: 'Monba' },
  { code: '55', label: '珞巴族', en: 'Lhoba' },
  { code: '56', label: '基诺族', en: 'Jino' },
  { code: '97', label: '其他', en: 'Other' },
  { code: '98', label: '外国血统中国籍人士', en: 'Chinese citizen of foreign origin' },
] as const satisfies NonEmpty<CodeEntry>;

// ---- GB/T 4762-1984 政治面貌代码 ----

export const POLITICAL_STATUSES = [
  { code: '01', label: '中共党员', fullName: '中国共产党党员', en: 'CPC member' },
  { code: '02', label: '中共预备党员', fullName: '中国共产党预备党员', en: 'CPC probationary member' },
  { code: '03', label: '共青团员', fullName: '中国共产主义青年团团员', en: 'Communist Youth League member' },
  { code: '04', label: '民革会员', fullName: '中国国民党革命委员会会员', en: 'RCCK member' },
  { code: '05', label: '民盟盟员', fullName: '中国民主同盟盟员', en: 'China Democratic League member' },
  { code: '06', label: '民建会员', fullName: '中国民主建国会会员', en: 'CNDCA member' },
  { code: '07', label: '民进会员', fullName: '中国民主促进会会员', en: 'CAPD member' },
  { code: '08', label: '农工党党员', fullName: '中国农工民主党党员', en: "Chinese Peasants' and Workers' Democratic Party member" },
  { code: '09', label: '致公党党员', fullName: '中国致公党党员', en: 'China Zhi Gong Party member' },
  { code: '10', label: '九三学社社员', fullName: '九三学社社员', en: 'Jiusan Society member' },
  { code: '11', label: '台盟盟员', fullName: '台湾民主自治同盟盟员', en: 'Taiwan Democratic Self-Government League member' },
  { code: '12', label: '无党派人士', fullName: '无党派民主人士', en: 'Non-party personage' },
  { code: '13', label: '群众', fullName: '群众', en: 'No political affiliation' },
] as const satisfies NonEmpty<CodeEntry>;

/** 中共党员 or 预备党员: both are counted as party members in structure statistics. */
export function isCpcMember(label: string): boolean {
  return label === '中共党员' || label === '中共预备党员';
}

// ---- GB/T 4658-2006 学历代码 (graduated-level entries only) ----
// The standard also has 结业/肄业 variants (x2/x3…); the archive records the
// highest completed level, so only the 毕业 codes are offered.

export const EDUCATION_LEVELS = [
  { code: '11', label: '博士研究生', en: 'Doctorate' },
  { code: '14', label: '硕士研究生', en: "Master's degree" },
  { code: '21', label: '大学本科', en: "Bachelor's degree" },
  { code: '31', label: '大学专科', en: 'Junior college' },
  { code: '41', label: '中等专科', en: 'Secondary specialised school' },
  { code: '44', label: '职业高中', en: 'Vocational high school' },
  { code: '47', label: '技工学校', en: 'Technical school' },
  { code: '61', label: '普通高中', en: 'General high school' },
  { code: '71', label: '初中', en: 'Junior middle school' },
  { code: '81', label: '小学', en: 'Primary school' },
  { code: '90', label: '其他', en: 'Other' },
] as const satisfies NonEmpty<CodeEntry>;

export type EducationLevel = (typeof EDUCATION_LEVELS)[number]['label'];

// Upper-secondary tracks (中专/职高/技校/高中) are the same level for ranking.
const EDUCATION_RANK: Readonly<Record<EducationLevel, number>> = {
  博士研究生: 7,
  硕士研究生: 6,
  大学本科: 5,
  大学专科: 4,
  中等专科: 3,
  职业高中: 3,
  技工学校: 3,
  普通高中: 3,
  初中: 2,
  小学: 1,
  其他: 0,
};

/** Higher = more education; 其他 and unknown labels rank 0. */
export function educationRank(label: string): number {
  return (EDUCATION_RANK as Readonly<Record<string, number>>)[label] ?? 0;
}

/** 大专以上 (大学专科 and above), the structure indicator of rules.md §8. */
export function isCollegeOrAbove(label: string): boolean {
  return educationRank(label) >= EDUCATION_RANK['大学专科'];
}

export const GENDER_LABELS = labelsOf(GENDERS);
export const ETHNIC_GROUP_LABELS = labelsOf(ETHNIC_GROUPS);
export const POLITICAL_STATUS_LABELS = labelsOf(POLITICAL_STATUSES);
export const EDUCATION_LEVEL_LABELS = labelsOf(EDUCATION_LEVELS);

export type EthnicGroup = (typeof ETHNIC_GROUP_LABELS)[number];
export type PoliticalStatus = (typeof POLITICAL_STATUS_LABELS)[number];
