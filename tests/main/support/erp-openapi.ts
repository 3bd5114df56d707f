/** Validates answers of the ERP simulator against docs/erp-gateway-api.openapi.json (Ajv, JSON Schema 2020-12). */
import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

interface Operation {
  responses: Record<string, { $ref?: string; content?: { 'application/json': { schema: object } } }>;
}
const doc = JSON.parse(fs.readFileSync(path.resolve('docs/erp-gateway-api.openapi.json'), 'utf8')) as {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, object>; responses: Record<string, Operation['responses'][string]> };
};
const defs = JSON.parse(
  JSON.stringify({ $id: 'erp', $defs: doc.components.schemas }).replaceAll(
    '#/components/schemas/',
    '#/$defs/',
  ),
) as object;
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
ajv.addSchema(defs);

function schemaFor(template: string, method: string, status: number): object {
  const op = doc.paths[template]?.[method];
  if (!op) throw new Error(`${method} ${template} is not in the OpenAPI file`);
  let response = op.responses[String(status)];
  if (!response) throw new Error(`${method} ${template} does not declare ${status}`);
  if (response.$ref) response = doc.components.responses[response.$ref.split('/').pop() as string];
  const schema = response?.content?.['application/json'].schema;
  if (!schema) throw new Error(`${method} ${template} ${status} has no JSON body`);
  return JSON.parse(JSON.stringify(schema).replaceAll('#/components/schemas/', 'erp#/$defs/')) as object;
}

/** Errors of `body` against the declared answer (empty = conforms). */
export function openApiErrors(template: string, method: string, status: number, body: unknown): unknown[] {
  const validate = ajv.compile(schemaFor(template, method, status));
  return validate(body) ? [] : (validate.errors ?? []);
}

/** Errors of a request body against the operation's declared requestBody. */
export function requestBodyErrors(template: string, method: string, body: unknown): unknown[] {
  const op = doc.paths[template]?.[method] as
    { requestBody?: { content: { 'application/json': { schema: object } } } } | undefined;
  const schema = op?.requestBody?.content['application/json'].schema;
  if (!schema) throw new Error(`${method} ${template} has no request body`);
  const validate = ajv.compile(
    JSON.parse(JSON.stringify(schema).replaceAll('#/components/schemas/', 'erp#/$defs/')) as object,
  );
  return validate(body) ? [] : (validate.errors ?? []);
}
