/**
 * CSV reading shared by the importers: papaparse in step mode, so every record keeps where it starts in the file
 * (character offset and 1-based line, which differ when a quoted field spans lines), for messages a person can act on.
 */
import Papa from 'papaparse';

/** One record of a CSV file: its fields by column name, and where it is in the file. */
export interface CsvRecord {
  /** 1-based line the record starts on (the header is line 1). */
  line: number;
  /** Offset of the record's first character in the text (UTF-16 code units). */
  start: number;
  /** Offset just past the record (exclusive, line break excluded). */
  end: number;
  /** Fields by column name; a column the record lacks is absent. */
  fields: Record<string, string>;
  /** How many fields the record has (to tell a short or long row from the header's width). */
  width: number;
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
  /** Problems papaparse found (unclosed quotes …), each at a record's line. */
  problems: { line: number; reason: string }[];
}

/** Parses CSV text with a header row. A leading byte-order mark is dropped; blank lines are skipped. */
export function readCsv(text: string): CsvTable {
  // Offsets stay offsets into `text`: a dropped byte-order mark shifts them by one.
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const body = text.slice(bom);
  let header: string[] | null = null;
  const records: CsvRecord[] = [];
  const problems: CsvTable['problems'] = [];
  let start = 0;
  let line = 1;
  let counted = 0; // offset up to which line breaks have been counted into `line`
  Papa.parse<string[]>(body, {
    delimiter: ',',
    skipEmptyLines: 'greedy',
    step: (result) => {
      const cursor = result.meta.cursor;
      // Blank lines skipped by papaparse lie between the previous cursor and this record: step over them.
      while (start < cursor && (body[start] === '\n' || body[start] === '\r')) start++;
      for (let i = counted; i < start; i++) if (body.charCodeAt(i) === 10) line++;
      counted = start;
      let end = cursor;
      while (end > start && (body[end - 1] === '\n' || body[end - 1] === '\r')) end--;
      for (const e of result.errors) problems.push({ line, reason: e.message });
      const values = result.data;
      if (header === null) header = values.map((h) => h.trim());
      else {
        const fields: Record<string, string> = {};
        header.forEach((name, i) => {
          const v = values[i];
          if (v !== undefined) fields[name] = v;
        });
        records.push({ line, start: start + bom, end: end + bom, fields, width: values.length });
      }
      start = cursor;
    },
  });
  return { header: header ?? [], records, problems };
}
