/**
 * Plain-text tables for the terminal: a header row, a rule, and left-aligned columns
 * separated by two spaces. Cells are flattened to one line and cut to a column's
 * maximum width with an ellipsis.
 */

/** One column: its heading and the most characters a cell may take. */
export interface TableColumn {
  readonly header: string;
  readonly maxWidth?: number;
}

const chars = (s: string): number => [...s].length;

/** Flattens whitespace and cuts `text` to `max` characters, ending in `…` when cut. */
export function fitCell(text: string, max = Number.POSITIVE_INFINITY): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const points = [...flat];
  return points.length <= max
    ? flat
    : `${points
        .slice(0, Math.max(0, max - 1))
        .join('')
        .trimEnd()}…`;
}

const pad = (s: string, width: number): string => s + ' '.repeat(Math.max(0, width - chars(s)));

/** Formats rows as an aligned table; no trailing spaces on any line. */
export function formatTable(columns: readonly TableColumn[], rows: readonly (readonly string[])[]): string {
  const cells = rows.map((row) => columns.map((c, i) => fitCell(row[i] ?? '', c.maxWidth)));
  const widths = columns.map((c, i) => Math.max(chars(c.header), ...cells.map((r) => chars(r[i] ?? ''))));
  const line = (r: readonly string[]) =>
    r
      .map((cell, i) => pad(cell, widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.header)), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}
