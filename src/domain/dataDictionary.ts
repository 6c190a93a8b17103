import type { Cell, Row, Table } from './export';
import { COLUMNS, type CodeGroup, type ExportLanguage } from './dataDictionaryColumns';
import { PERPETRATORS, PRECISIONS, QUALIFIERS, STATUSES, VICTIMS, WEAPONS } from './vocabulary';

/**
 * What ships with every export: column headers and coded values in the reader's language, and a data dictionary
 * (columns, codes, conventions) as Markdown. Pure. The labels of coded values come from the caller (the app's i18n
 * vocabulary), so each label is written in one place; the column texts below exist only for exported files.
 */

export type { CodeGroup, ExportLanguage };
export type CodeLabel = (group: CodeGroup, code: string) => string;

const CODES: Record<Exclude<CodeGroup, 'governorate'>, readonly string[]> = {
  kind: ['incident', 'tally'],
  perpetrator: PERPETRATORS,
  weapon: WEAPONS,
  victims: VICTIMS,
  precision: PRECISIONS,
  qualifier: QUALIFIERS,
  status: STATUSES,
};

const YES_NO: Readonly<Record<ExportLanguage, readonly [string, string]>> = {
  en: ['true', 'false'],
  ar: ['نعم', 'لا'],
};

/**
 * The table with headers and coded values in `language`. Codes, ids, dates and numbers stay as they are (Latin
 * digits), so a column still sorts and parses; the first row of an HXL table (tags) is kept as it is.
 */
export function localizeTable(
  table: Table,
  language: ExportLanguage,
  label: CodeLabel,
  opts: { hxl?: boolean } = {},
): Table {
  if (language === 'en') return table;
  const value = (key: string, v: Cell): Cell => {
    if (typeof v === 'boolean') return YES_NO[language][v ? 0 : 1];
    const codes = COLUMNS[key]?.codes;
    return codes !== undefined && typeof v === 'string' && v !== '' ? label(codes, v) : v;
  };
  const rows = table.rows.map((row, i): Row => {
    if (opts.hxl && i === 0) return row;
    return Object.fromEntries(table.columns.map(({ key }) => [key, value(key, row[key] ?? null)]));
  });
  return { columns: table.columns.map(({ key }) => ({ key, header: COLUMNS[key]?.header[language] ?? key })), rows };
}

const md = (s: string) =>
  s
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ');

const HEAD: Record<ExportLanguage, Record<string, string>> = {
  en: {
    title: 'Rasd: data dictionary',
    file: 'File',
    generated: 'Generated',
    selection: 'Selection',
    filter: 'Filter (the dashboard link that shows it)',
    none: 'none: everything',
    conventions: 'Conventions',
    columns: 'Columns',
    column: 'Column',
    key: 'Key',
    meaning: 'Meaning',
    codes: 'Codes',
    code: 'Code',
  },
  ar: {
    title: 'رصد: قاموس البيانات',
    file: 'الملف',
    generated: 'تاريخ التوليد',
    selection: 'التحديد',
    filter: 'المرشح (رابط اللوحة الذي يعرضه)',
    none: 'لا شيء: كل البيانات',
    conventions: 'الأعراف',
    columns: 'الأعمدة',
    column: 'العمود',
    key: 'المفتاح',
    meaning: 'المعنى',
    codes: 'الرموز',
    code: 'الرمز',
  },
};

const CONVENTIONS: Record<ExportLanguage, readonly string[]> = {
  en: [
    'Text is UTF-8; CSV files start with a byte-order mark so spreadsheets read Arabic.',
    'Dates are ISO 8601 (YYYY-MM-DD), Gregorian; numbers use Latin digits and a dot.',
    'An empty cell means not known or not stated, never zero.',
    'A count is a range min–max; an empty max means open-ended ("at least 14" is 14–empty).',
    "An incident's figures span its sources' current claims; a figure its own source later revised no longer counts.",
    'Tallies (aggregates over a period or area) overlap incidents: never add the two.',
    'Coded columns hold the codes below; with Arabic headers and values, they hold the Arabic label.',
  ],
  ar: [
    'النص بترميز UTF-8؛ تبدأ ملفات CSV بعلامة ترتيب البايت كي تقرأ جداول البيانات العربية.',
    'التواريخ بصيغة ISO 8601 ‏(YYYY-MM-DD) بالتقويم الميلادي؛ الأرقام بالأرقام اللاتينية والفاصلة العشرية نقطة.',
    'الخانة الفارغة تعني غير معروف أو غير مذكور، لا صفرًا.',
    'العدد مدى من الأدنى إلى الأعلى؛ الأعلى الفارغ يعني بلا حدّ («14 على الأقل» هو 14 إلى فارغ).',
    'أرقام الحادثة تمتد بين ادعاءات مصادرها السارية؛ الرقم الذي عدّله مصدره لاحقًا لا يُحسب.',
    'الحصائل (مجاميع على فترة أو منطقة) تتداخل مع الحوادث: لا تجمعهما أبدًا.',
    'الأعمدة المرمّزة تحمل الرموز أدناه؛ ومع العناوين والقيم العربية تحمل التسمية العربية.',
  ],
};

export interface DictionaryInput {
  language: ExportLanguage;
  /** Names of the files it describes. */
  files: readonly string[];
  /** The tables exported (their column keys are documented, in order, once each). */
  tables: readonly Table[];
  label: CodeLabel;
  generatedAt: string;
  /** e.g. "12 incidents, 1 tally", already in `language`. */
  selection: string;
  /** The dashboard link's query for this selection ("?from=…"), empty when nothing is filtered. */
  filterQuery: string;
}

/** The data dictionary as Markdown, in one language. */
export function dataDictionary(input: DictionaryInput): string {
  const { language, label } = input;
  const h = HEAD[language];
  const keys = [...new Set(input.tables.flatMap((tb) => tb.columns.map((c) => c.key)))];
  const lines = [
    `# ${h.title}`,
    '',
    `- ${h.file}: ${input.files.map((f) => `\`${f}\``).join(', ')}`,
    `- ${h.generated}: ${input.generatedAt}`,
    `- ${h.selection}: ${md(input.selection)}`,
    `- ${h.filter}: ${input.filterQuery === '' ? h.none : `\`${md(input.filterQuery)}\``}`,
    '',
    `## ${h.conventions}`,
    '',
    ...CONVENTIONS[language].map((c) => `- ${c}`),
    '',
    `## ${h.columns}`,
    '',
    `| ${h.column} | ${h.key} | ${h.meaning} |`,
    '|---|---|---|',
    ...keys.map((k) => {
      const c = COLUMNS[k];
      return `| ${md(c?.header[language] ?? k)} | \`${k}\` | ${md(c?.meaning[language] ?? '')} |`;
    }),
  ];
  const groups = [...new Set(keys.map((k) => COLUMNS[k]?.codes).filter((g) => g !== undefined && g !== 'governorate'))];
  if (groups.length > 0) lines.push('', `## ${h.codes}`);
  for (const g of groups as Array<Exclude<CodeGroup, 'governorate'>>) {
    lines.push('', `### \`${g}\``, '', `| ${h.code} | ${h.meaning} |`, '|---|---|');
    for (const code of CODES[g]) lines.push(`| \`${code}\` | ${md(label(g, code))} |`);
  }
  return `${lines.join('\n')}\n`;
}
