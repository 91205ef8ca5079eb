// Column alignment as the real tools do it. kubectl and argocd write tab-separated cells through
// Go's text/tabwriter (kubectl get: min width 6, padding 3; kubectl describe and argocd: padding 2),
// whose rule is subtle: a column is aligned only over a block of consecutive lines that have a
// cell in it, and a line's last cell is never padded. Flux prints with olekukonko/tablewriter:
// every cell padded to its column's width and followed by a tab. Trailing blanks are trimmed,
// since a terminal shows none.

export interface TabwriterOptions {
  minWidth: number;
  padding: number;
}

export const KUBECTL_GET: TabwriterOptions = { minWidth: 6, padding: 3 };
export const TWO_SPACES: TabwriterOptions = { minWidth: 0, padding: 2 };

type Line = string[];

function formatBlock(lines: readonly Line[], widths: number[], from: number, to: number, options: TabwriterOptions, out: string[][]): void {
  const column = widths.length;
  let start = from;
  for (let index = from; index < to; index++) {
    if (column >= lines[index].length - 1) continue;
    // A block of lines with a cell in this column begins here: lines before it are done.
    emit(lines, widths, start, index, out);
    let width = options.minWidth;
    let end = index;
    for (; end < to && column < lines[end].length - 1; end++) width = Math.max(width, lines[end][column].length + options.padding);
    formatBlock(lines, [...widths, width], index, end, options, out);
    start = end;
    index = end - 1;
  }
  emit(lines, widths, start, to, out);
}

function emit(lines: readonly Line[], widths: readonly number[], from: number, to: number, out: string[][]): void {
  for (let index = from; index < to; index++) {
    out[index] = lines[index].map((cell, column) => (column < widths.length && column < lines[index].length - 1 ? cell.padEnd(widths[column]) : cell));
  }
}

/**
 * Rows of cells aligned like Go's tabwriter; a row's last cell is its unaligned tail.
 * @example tabwrite([["NAME", "READY"], ["web", "1/1"]], KUBECTL_GET) // "NAME   READY\nweb    1/1"
 */
export function tabwrite(rows: readonly Line[], options: TabwriterOptions): string {
  const out: string[][] = rows.map((row) => [...row]);
  formatBlock(rows, [], 0, rows.length, options, out);
  return out.map((cells) => cells.join("").trimEnd()).join("\n");
}

/**
 * A Flux table: upper-case headers, each cell padded to its column and followed by a tab,
 * the tabs expanded to 8-column stops as a terminal shows them.
 * @example fluxTable(["Name", "Ready"], [["apps", "True"]]) // "NAME\tREADY" with the tab expanded
 */
export function fluxTable(header: readonly string[], rows: readonly Line[]): string {
  const all = [header.map((cell) => cell.toUpperCase()), ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((row) => (row[column] ?? "").length)));
  return all
    .map((row) => {
      let text = "";
      row.forEach((cell, column) => {
        text += cell.padEnd(widths[column]);
        if (column < row.length - 1) text += " ".repeat(8 - (text.length % 8));
      });
      return text.trimEnd();
    })
    .join("\n");
}
