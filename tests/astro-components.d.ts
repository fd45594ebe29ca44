// Plain `tsc` cannot read .astro files (`astro check` can, and resolves them to the real component, so this
// wildcard never applies there); it lets `tsc --noEmit` type-check the tests that render a component in a container.
declare module "*.astro" {
  const Component: import("astro/runtime/server/index.js").AstroComponentFactory;
  export default Component;
}
