import { TestApp } from '@iae/testing';

/** The parts of the OpenAPI document the abuse suite reads to generate its requests. */
export interface SchemaObject {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  items?: SchemaObject;
  allOf?: SchemaObject[];
  oneOf?: SchemaObject[];
  maxLength?: number;
  minLength?: number;
  maximum?: number;
  minimum?: number;
}

export interface Parameter {
  in: 'path' | 'query' | 'header';
  name: string;
  required?: boolean;
  schema?: SchemaObject;
}

export interface Operation {
  /** `POST /api/candidates/{candidateId}/assignments`, as in test/support/routes.ts. */
  key: string;
  method: string;
  path: string;
  parameters: Parameter[];
  /** The JSON body's schema, resolved; null without a JSON body. */
  jsonBody: SchemaObject | null;
  /** True when the body is a multipart form (a file upload). */
  multipart: boolean;
  secured: boolean;
}

export interface ApiDocument {
  operations: Operation[];
  resolve(schema: SchemaObject | undefined): SchemaObject;
}

export async function loadApiDocument(t: TestApp): Promise<ApiDocument> {
  const doc = (await t.http.get('/api/docs-json').expect(200)).body as {
    paths: Record<
      string,
      Record<string, { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: SchemaObject }> }; security?: unknown[] }>
    >;
    components: { schemas: Record<string, SchemaObject> };
  };
  const resolve = (schema: SchemaObject | undefined): SchemaObject => {
    if (!schema) return {};
    if (schema.$ref) return resolve(doc.components.schemas[schema.$ref.split('/').pop() as string]);
    if (schema.allOf?.length === 1) return { ...resolve(schema.allOf[0]), nullable: schema.nullable };
    return schema;
  };
  const operations = Object.entries(doc.paths).flatMap(([path, byMethod]) =>
    Object.entries(byMethod).map(([method, operation]) => {
      const content = operation.requestBody?.content ?? {};
      return {
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        parameters: operation.parameters ?? [],
        jsonBody: content['application/json'] ? resolve(content['application/json'].schema) : null,
        multipart: !!content['multipart/form-data'],
        secured: !!operation.security?.length,
      };
    }),
  );
  return { operations, resolve };
}

/** Every property path of a body schema, nested objects included (`address.postalCode`). */
export function propertyPaths(schema: SchemaObject, resolve: ApiDocument['resolve'], prefix: string[] = [], depth = 0): string[][] {
  const paths: string[][] = [];
  for (const [name, raw] of Object.entries(schema.properties ?? {})) {
    const property = resolve(raw);
    paths.push([...prefix, name]);
    if (property.properties && depth < 3) paths.push(...propertyPaths(property, resolve, [...prefix, name], depth + 1));
  }
  return paths;
}

export function schemaAt(schema: SchemaObject, path: string[], resolve: ApiDocument['resolve']): SchemaObject {
  let current = schema;
  for (const name of path) current = resolve(current.properties?.[name]);
  return current;
}
