import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import type { Dataset } from './dataset.ts';
import { moveworksRecordSchema, telnyxRecordSchema, twilioRecordSchema } from './record-schemas.ts';

/**
 * Reads a dataset folder: `DIR/twilio/*.json`, `DIR/telnyx/*.json`, `DIR/moveworks/*.json`,
 * each file one record (dataset.ts: TwilioRecord, TelnyxRecord, MoveworksRecord). Files are read
 * in name order; other files are ignored; a missing vendor folder means no records.
 * @throws Error naming `dir` when it is not a folder (a mistyped `--data` must not serve nothing);
 *   Error naming the file when it is not JSON or not the record shape (first few issues
 *   with their JSON paths), or when a folder cannot be read for another reason than ENOENT.
 */
export async function loadDatasetDir(dir: string): Promise<Dataset> {
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new Error(`Sample data folder ${dir} does not exist`);
  const [twilio, telnyx, moveworks] = await Promise.all([
    loadVendor(join(dir, 'twilio'), twilioRecordSchema),
    loadVendor(join(dir, 'telnyx'), telnyxRecordSchema),
    loadVendor(join(dir, 'moveworks'), moveworksRecordSchema),
  ]);
  return { twilio, telnyx, moveworks };
}

async function loadVendor<T>(folder: string, schema: z.ZodType<T>): Promise<T[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    if (error instanceof Error && Reflect.get(error, 'code') === 'ENOENT') return [];
    throw error;
  }
  const files = names.filter((name) => name.endsWith('.json')).sort();
  return Promise.all(files.map((name) => loadRecord(join(folder, name), schema)));
}

async function loadRecord<T>(file: string, schema: z.ZodType<T>): Promise<T> {
  const text = await readFile(file, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Sample data file ${file} is not valid JSON: ${reason}`, { cause: error });
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    const issues = result.error.issues.slice(0, 5).map((issue) => {
      const path = issue.path.map(String).join('.') || '(root)';
      return `${path}: ${issue.message}`;
    });
    throw new Error(`Sample data file ${file} is not a valid record: ${issues.join('; ')}`);
  }
  return result.data;
}
