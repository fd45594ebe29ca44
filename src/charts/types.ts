/**
 * What every chart function returns. A chart is a pure function of data and options (as in Observable Plot): the
 * SVG and its text alternatives are computed from the same rows, so the description and the table can never
 * disagree with the picture.
 */
import type { Lang } from "../i18n/index.ts";

/** A table cell: text as shown (already formatted for the locale), optionally a sort key and a link. */
export type Cell = string | { text: string; sort?: string | number; href?: string };

export interface TableColumn {
  key: string;
  label: string;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
}

export interface ChartTable {
  columns: TableColumn[];
  /** One array per row, in column order. The first cell is the row header (`<th scope="row">`). */
  rows: Cell[][];
}

export interface LegendItem {
  label: string;
  /** A tiny standalone `<svg>` drawn with the chart's own colours (decorative: the label carries the meaning). */
  swatch: string;
}

export interface ChartResult {
  svg: string;
  title: string;
  subtitle: string;
  /** Text alternative computed from the data: what a sighted reader would take away from the chart. */
  description: string;
  table: ChartTable;
  legend: LegendItem[];
  /** The chart needs at least 40rem (640 px) to stay legible; narrower screens scroll it sideways (ChartFigure). */
  wide?: boolean;
}

export interface ChartOptions {
  lang: Lang;
  /** Width of the SVG coordinate system in px (it scales down to the container). */
  width?: number;
  /** Unique per page; prefixes ids inside the SVG. */
  idPrefix?: string;
}

export function cellText(cell: Cell): string {
  return typeof cell === "string" ? cell : cell.text;
}
