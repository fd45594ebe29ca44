/**
 * (d) One indicator over time for a place (or a province), with its province and the national figure as context:
 * the question a local government asks of its data ("are we worse than our neighbours?"). The y axis starts at
 * zero so gaps between lines are not exaggerated. Lines are told apart by colour, weight and dash, and named in an
 * HTML legend that reflows on phones rather than in labels squeezed into the plot.
 */
import type { IndicatorValue } from "../pipeline/artefact.ts";
import { formatList, formatNumber, formatPercent } from "../i18n/format.ts";
import { comparisonSvg, type ComparisonDrawing } from "./indicator-comparison-svg.ts";
import { t, type Lang } from "../i18n/index.ts";
import { INK_MUTED, swatch } from "./palette.ts";
import type { Cell, ChartOptions, ChartResult } from "./types.ts";

export interface Area {
  /** "ID" for national, a province code ("53") or a place code ("53.71"). */
  code: string;
  label: string;
}

export interface IndicatorComparisonOptions extends ChartOptions {
  seriesId: string;
  /** Name of the series as shown, e.g. "Prevalensi stunting balita". */
  seriesName: string;
  /** The place or province the page is about. */
  focus: Area;
  /** Its province, when the focus is a kab/kota. */
  province?: Area;
  /** Overrides the default title ("… compared with province and national"), e.g. for a province, which has only the
   * national line to compare with. Also names the SVG. */
  title?: string;
}

interface Line {
  area: Area;
  role: "focus" | "province" | "national";
  stroke: string;
  dash: string;
  width: number;
}

const STYLE: Record<Line["role"], Omit<Line, "area" | "role">> = {
  focus: { stroke: "#0b57a4", dash: "none", width: 3 },
  province: { stroke: "#6a3d9a", dash: "6,3", width: 2 },
  national: { stroke: "#595959", dash: "2,2", width: 2 },
};

/** Units the pipeline writes for percentages (the artefact says "percent"; "%" accepted too). */
const PERCENT_UNITS = new Set(["percent", "%"]);

/** Percentages read as "21,6 %" / "21.6%"; other units as a number followed by the unit. */
export function formatValue(lang: Lang, value: number, unit: string): string {
  if (PERCENT_UNITS.has(unit)) return formatPercent(lang, value);
  return unit === "" ? formatNumber(lang, value) : `${formatNumber(lang, value)} ${unit}`;
}

/** `draw` turns the chart's geometry into SVG; the tests pass the Plot specification it reproduces. */
export function indicatorComparison(
  values: readonly IndicatorValue[],
  options: IndicatorComparisonOptions,
  draw: (drawing: ComparisonDrawing) => string = comparisonSvg,
): ChartResult {
  const { lang, seriesId, seriesName, focus, province, width = 480 } = options;
  const chartTitle = options.title ?? t(lang, "indicatorComparison.title", { series: seriesName, focus: focus.label });
  const national: Area = { code: "ID", label: t(lang, "indicatorComparison.national") };
  const lines: Line[] = [
    { area: focus, role: "focus" as const, ...STYLE.focus },
    ...(province === undefined ? [] : [{ area: province, role: "province" as const, ...STYLE.province }]),
    ...(focus.code === "ID" ? [] : [{ area: national, role: "national" as const, ...STYLE.national }]),
  ];
  const series = values.filter((v) => v.seriesId === seriesId);
  const unit = series[0]?.unit ?? "";
  const pointsOf = (line: Line) =>
    series.filter((v) => v.areaCode === line.area.code).sort((a, b) => a.year - b.year || a.value - b.value);
  const points = lines.flatMap((line) => pointsOf(line).map((v) => ({ ...v, line })));
  const years = [...new Set(points.map((p) => p.year))].sort((a, b) => a - b);
  const first = years[0] ?? 0;
  const last = years[years.length - 1] ?? 0;
  const fmt = (v: number) => formatValue(lang, v, unit);
  const yMax = Math.max(0, ...points.map((p) => p.value)) * 1.12 || 1;
  const disagree = t(lang, "predikat.conflict");
  const at = (line: Line, year: number) => pointsOf(line).filter((v) => v.year === year);
  /** The value(s) of an area in a year as text: where sources disagree, every value and the word for it. */
  const say = (line: Line, year: number): string | null => {
    const found = at(line, year);
    if (found.length === 0) return null;
    const text = found.map((v) => fmt(v.value)).join(" / ");
    return found.some((v) => v.conflict) ? `${text} (${disagree.toLowerCase()})` : text;
  };
  const single = (line: Line, year: number) => {
    const found = at(line, year);
    return found.length === 1 && !found[0]!.conflict ? found[0]! : undefined;
  };

  const svg = draw({
    width,
    yMax,
    xDomain: first === last ? [first - 1, last + 1] : [first, last],
    years,
    ariaLabel: chartTitle,
    tickLabel: (v) => formatNumber(lang, v),
    lines: lines.map((line) => {
      const data = points.filter((p) => p.line === line);
      const title = (p: IndicatorValue) =>
        `${line.area.label} ${p.year}: ${fmt(p.value)}${p.conflict ? ` (${disagree})` : ""}`;
      const agreed = data.filter((p) => !p.conflict);
      return {
        ...line,
        // Conflicting values are drawn (hollow) but not joined: the line would have to pick one of them.
        agreed: agreed.map((p) => ({ year: p.year, value: p.value, title: title(p) })),
        conflicts: data.filter((p) => p.conflict).map((p) => ({ year: p.year, value: p.value, title: title(p) })),
        // Only the focus line gets a value label: context lines often end close together and labels would collide.
        endLabel:
          line.role === "focus"
            ? agreed.slice(-1).map((p) => ({ year: p.year, value: p.value, text: fmt(p.value) }))
            : [],
      };
    }),
  });

  const focusLine = lines[0]!;
  const focusYears = [...new Set(pointsOf(focusLine).map((v) => v.year))];
  const latestYear = focusYears[focusYears.length - 1];
  const parts: string[] = [];
  if (latestYear !== undefined) {
    parts.push(
      t(lang, "indicatorComparison.desc", {
        series: seriesName,
        area: focus.label,
        year: String(latestYear),
        value: say(focusLine, latestYear) ?? "",
      }),
    );
    const context = lines.slice(1).flatMap((line) => {
      const text = say(line, latestYear);
      return text === null ? [] : [`${line.area.label} ${text}`];
    });
    if (context.length > 0) parts.push(t(lang, "indicatorComparison.descContext", { list: formatList(lang, context) }));
    const from = single(focusLine, focusYears[0]!);
    const to = single(focusLine, latestYear);
    if (from !== undefined && to !== undefined && from.year !== to.year) {
      parts.push(
        t(lang, "indicatorComparison.descChange", {
          area: focus.label,
          from: fmt(from.value),
          fromYear: String(from.year),
          to: fmt(to.value),
          toYear: String(to.year),
        }),
      );
    }
  }

  const rows: Cell[][] = years.map((year) => [
    String(year),
    ...lines.map((line): Cell => {
      const text = say(line, year);
      const one = single(line, year);
      return text === null ? "–" : one === undefined ? text : { text, sort: one.value };
    }),
  ]);
  const legend = lines.map((line) => ({ label: line.area.label, swatch: swatch(line.stroke, "line", line.dash) }));
  if (points.some((p) => p.conflict)) legend.push({ label: disagree, swatch: swatch(INK_MUTED, "hollow-circle") });

  return {
    svg,
    title: chartTitle,
    subtitle: t(lang, "indicatorComparison.subtitle", {
      unit: PERCENT_UNITS.has(unit) ? "%" : unit === "" ? "–" : unit,
    }),
    description: parts.join(" "),
    legend,
    table: {
      columns: [
        { key: "year", label: t(lang, "col.year") },
        ...lines.map((line) => ({ key: line.area.code, label: line.area.label, numeric: true })),
      ],
      rows,
    },
  };
}
