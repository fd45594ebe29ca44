/**
 * Preload (`node --import ./scripts/gates/shifted-clock.ts`) that moves this process's wall clock 3,653 days and
 * 7 hours ahead: `Date.now()`, `new Date()` and `Date()` all see the shifted time; durations measured with them
 * stay correct, so build tools keep working. The reproducibility gate runs its second build under it. Two builds
 * a minute apart would agree even if a page printed today's date; a build that believes it is ten years later
 * only agrees with the first one if nothing in the output comes from the clock.
 * Not covered: Intl.DateTimeFormat#format() called with no date reads the engine's clock directly (so would a
 * native addon); file modification times are never copied into the output (the zip writes fixed dates).
 */
const SHIFT_MS = (3653 * 24 + 7) * 3600 * 1000;
const RealDate = Date;
const now = () => RealDate.now() + SHIFT_MS;

globalThis.Date = new Proxy(RealDate, {
  // `new Date()` with no argument is "now"; with arguments it is a specific instant and must stay exactly that.
  construct: (target, args: unknown[], newTarget) =>
    Reflect.construct(target, args.length === 0 ? [now()] : args, newTarget),
  // `Date()` called as a function returns the current time as a string.
  apply: () => new RealDate(now()).toString(),
  get: (target, property, receiver) => (property === "now" ? now : Reflect.get(target, property, receiver)),
});
