// `import catalogue from "….ftl?fluent"`: a Fluent catalogue parsed at build time (vite.config.ts).
declare module "*.ftl?fluent" {
  const catalogue: import("@fluent/bundle").FluentResource["body"];
  export default catalogue;
}
