/**
 * Parquet through hyparquet-writer's row streaming (`parquetWriteRows`): rows are pulled
 * from the store one row group at a time and written to the file before the next group is
 * read, so memory holds one group however many events there are. Columns: FLAT_COLUMNS.
 */
import type { StreamedEventRow } from '../store/store.js';
import { FLAT_COLUMNS, type FlatValue } from './rows.js';

/** Rows per row group: one group's columns are all the writer holds. */
export const DEFAULT_ROW_GROUP_SIZE = 10_000;

async function* records(rows: AsyncIterable<StreamedEventRow>, count: { n: number }) {
  for await (const row of rows) {
    const record: Record<string, FlatValue> = {};
    for (const column of FLAT_COLUMNS) record[column.name] = column.value(row);
    count.n++;
    yield record;
  }
}

/** Writes the rows to a Parquet file (replacing it); returns how many were written. */
export async function writeParquet(
  rows: AsyncIterable<StreamedEventRow>,
  file: string,
  rowGroupSize = DEFAULT_ROW_GROUP_SIZE,
): Promise<number> {
  const count = { n: 0 };
  // Loaded here, not at start-up: only `dyad export --format parquet` needs it (~50 ms to import).
  const { fileWriter, parquetWriteRows } = await import('hyparquet-writer');
  await parquetWriteRows({
    writer: fileWriter(file),
    rows: records(rows, count),
    columns: FLAT_COLUMNS.map((c) => ({ name: c.name, type: c.type, nullable: true })),
    rowGroupSize,
    createdBy: 'dyad',
  });
  return count.n;
}
