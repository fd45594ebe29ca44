/**
 * Types for the part of the Frictionless reference library (npm `datapackage` 1.1.10, plain JavaScript without
 * types) that scripts/gates/frictionless.ts uses.
 */
declare module "datapackage" {
  interface Schema {
    primaryKey: string[];
    foreignKeys: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  }
  interface Resource {
    name: string;
    tabular: boolean;
    descriptor: { path?: string };
    schema: Schema | null;
    read(options: { cast?: boolean; relations?: boolean; keyed?: boolean }): Promise<unknown[]>;
  }
  export class Package {
    static load(descriptor: string, options: { basePath: string; strict: boolean }): Promise<Package>;
    valid: boolean;
    errors: Error[];
    descriptor: { profile?: unknown };
    resources: Resource[];
  }
}
