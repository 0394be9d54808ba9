/**
 * ReportData: what a filled template is made from (shared by the writer and the command line's
 * `new --data file.json`). `parseReportData` validates the command line's JSON shape:
 *
 *   { "kind": "individual",
 *     "fields": { "hoTen": "…", "sinhNam": "1984", "chucVuDonVi": "…" },   // collective: { "tenTapThe": "…" }
 *     "summary": ["paragraph", "…"],
 *     "models": [{ "ten": "…", "donVi": "…", "moTa": "…", "loTrinh": "…", "ketQua": "…" }],
 *     "photo": "photo.jpg" }                                                 // path: resolved by the CLI
 */
import { DATA_COLUMNS, TEMPLATES, isTemplateKind, type DataColumnId, type ModelRow as CoreModelRow } from '../core/template';
import type { TemplateKind } from '../core/template';
import type { SendRecord } from '../core/snapshot';
import { textFieldIds } from '../ooxml/fields';

/** A row of the models table as data gives it: any column may be left out (written empty). */
export type ModelRow = Partial<CoreModelRow>;

/** The columns a row may name, in the template's order (the models table's one home). */
export const MODEL_ROW_KEYS: readonly DataColumnId[] = DATA_COLUMNS;

export interface ReportData {
  kind: TemplateKind;
  /** Text and year fields by field id. */
  fields?: Record<string, string>;
  /** Summary paragraphs. */
  summary?: string[];
  /** Rows of the models table (TT is numbered automatically). */
  models?: ModelRow[];
  /** The 4x6 photo (JPEG or PNG bytes). */
  photo?: { bytes: Uint8Array };
  /** Sends to record in the document's custom XML part, oldest first. */
  sendHistory?: SendRecord[];
  /** The quarter the report is written for ("2026-Q4"), recorded in the custom XML part. */
  period?: string;
}

export interface ParsedReportData {
  data: ReportData;
  /** Human-readable problems, Vietnamese first then English; empty when the JSON is fully valid. */
  problems: string[];
  /** The JSON's "photo" value: a path for the caller (the CLI) to read; never read here. */
  photoPath?: string;
}

const TOP_LEVEL_KEYS = ['kind', 'fields', 'summary', 'models', 'photo'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

export function parseReportData(json: unknown): ParsedReportData {
  const problems: string[] = [];
  if (!isRecord(json)) {
    problems.push(`Dữ liệu phải là một đối tượng JSON, nhận được ${describe(json)} (the data must be a JSON object).`);
    return { data: { kind: 'individual' }, problems };
  }

  let kind: TemplateKind = 'individual';
  if (isTemplateKind(json.kind)) kind = json.kind;
  else if (json.kind === undefined)
    problems.push('Thiếu "kind": "individual" hoặc "collective" (missing "kind"; "individual" is assumed).');
  else
    problems.push(
      `"kind" không hợp lệ: ${JSON.stringify(json.kind)}; phải là "individual" hoặc "collective" (invalid "kind"; "individual" is assumed).`,
    );
  const data: ReportData = { kind };

  for (const key of Object.keys(json)) {
    if (!TOP_LEVEL_KEYS.includes(key)) problems.push(`Khóa không xác định "${key}" (unknown key "${key}").`);
  }

  if (json.fields !== undefined) {
    if (!isRecord(json.fields)) {
      problems.push(`"fields" phải là một đối tượng (must be an object), nhận được ${describe(json.fields)}.`);
    } else {
      const allowed = textFieldIds(kind);
      const other: TemplateKind = kind === 'individual' ? 'collective' : 'individual';
      const otherIds = textFieldIds(other);
      const fields: Record<string, string> = {};
      for (const [id, value] of Object.entries(json.fields)) {
        if (!allowed.includes(id)) {
          problems.push(
            otherIds.includes(id)
              ? `Trường "${id}" thuộc mẫu ${TEMPLATES[other].title.vi.toLowerCase()}, không thuộc mẫu này (field "${id}" belongs to the ${other} template); các trường hợp lệ (valid fields): ${allowed.join(', ')}.`
              : `Trường không xác định "${id}" (unknown field "${id}"); các trường hợp lệ (valid fields): ${allowed.join(', ')}.`,
          );
        } else if (typeof value === 'string') fields[id] = value;
        else if (typeof value === 'number' && Number.isFinite(value)) fields[id] = String(value);
        else
          problems.push(`Trường "${id}" phải là chuỗi (field "${id}" must be a string), nhận được ${describe(value)}.`);
      }
      data.fields = fields;
    }
  }

  if (json.summary !== undefined) {
    if (typeof json.summary === 'string') data.summary = json.summary.split(/\r?\n\s*\r?\n/);
    else if (Array.isArray(json.summary)) {
      data.summary = [];
      json.summary.forEach((p, i) => {
        if (typeof p === 'string') data.summary!.push(p);
        else problems.push(`"summary[${i}]" phải là chuỗi (must be a string), nhận được ${describe(p)}.`);
      });
    } else
      problems.push(
        `"summary" phải là mảng các đoạn văn (must be an array of paragraphs), nhận được ${describe(json.summary)}.`,
      );
  }

  if (json.models !== undefined) {
    if (!Array.isArray(json.models)) {
      problems.push(`"models" phải là một mảng (must be an array), nhận được ${describe(json.models)}.`);
    } else {
      data.models = [];
      json.models.forEach((row, i) => {
        if (!isRecord(row)) {
          problems.push(`"models[${i}]" phải là một đối tượng (must be an object), nhận được ${describe(row)}.`);
          return;
        }
        const out: ModelRow = {};
        for (const [key, value] of Object.entries(row)) {
          if (key === 'tt') continue; // numbered automatically
          if (!(MODEL_ROW_KEYS as readonly string[]).includes(key)) {
            problems.push(
              `"models[${i}].${key}": cột không xác định (unknown column); các cột (columns): ${MODEL_ROW_KEYS.join(', ')}.`,
            );
          } else if (typeof value === 'string') out[key as keyof ModelRow] = value;
          else if (typeof value === 'number' && Number.isFinite(value)) out[key as keyof ModelRow] = String(value);
          else problems.push(`"models[${i}].${key}" phải là chuỗi (must be a string), nhận được ${describe(value)}.`);
        }
        data.models!.push(out);
      });
    }
  }

  let photoPath: string | undefined;
  if (json.photo !== undefined) {
    if (kind !== 'individual') problems.push('Mẫu tập thể không có ảnh (the collective template has no photo).');
    else if (typeof json.photo === 'string' && json.photo.trim() !== '') photoPath = json.photo;
    else
      problems.push(
        `"photo" phải là đường dẫn tệp ảnh (must be an image file path), nhận được ${describe(json.photo)}.`,
      );
  }

  return photoPath === undefined ? { data, problems } : { data, problems, photoPath };
}
