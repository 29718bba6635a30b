/**
 * Discord's own description of its HTTP API (OpenAPI 3.1, discord/discord-api-spec, MIT: see
 * openapi-LICENSE beside it), used by the stand-in to refuse what Discord would refuse: every JSON
 * body the bot sends (or a multipart upload's `payload_json`) is checked against the request schema
 * of its route, with Discord's limits (content 2,000, embed title 256, custom_id 100, 25 choices…).
 * The HTTP endpoint's responses are interaction callbacks and are checked the same way.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

interface Operation {
  requestBody?: { content?: Record<string, { schema?: unknown }> };
}

const spec = JSON.parse(readFileSync(new URL('./openapi.json', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, Operation>>;
  components: unknown;
};

const ajv = new Ajv2020({ strict: false, validateFormats: true });
// Discord's own formats; the rest as JSON Schema reads them.
ajv.addFormat('snowflake', /^(0|[1-9]\d{0,19})$/);
ajv.addFormat('nonce', /^.{0,25}$/s);
ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 });
ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
ajv.addFormat('double', { type: 'number', validate: () => true });
ajv.addFormat('uri', (s: string) => URL.canParse(s));
ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
ajv.addSchema({ components: spec.components }, 'discord');

const params = (template: string) => template.split('{').length - 1;

/** The path templates, most specific first ("@original" before "{message_id}"), as patterns. */
const routes = Object.keys(spec.paths)
  .map((template) => ({ template, pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`) }))
  .sort((a, b) => params(a.template) - params(b.template));

const compiled = new Map<string, ValidateFunction | undefined>();

function validatorFor(method: string, path: string): ValidateFunction | undefined {
  const route = routes.find((r) => r.pattern.test(path));
  if (!route) return undefined;
  const key = `${method} ${route.template}`;
  if (!compiled.has(key)) {
    const schema = spec.paths[route.template]![method.toLowerCase()]?.requestBody?.content?.['application/json']?.schema;
    // Local references point into the spec's components, registered above as "discord".
    compiled.set(key, schema === undefined ? undefined : ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"discord#/components/'))));
  }
  return compiled.get(key);
}

/** Why Discord would refuse `body` on `method path` (the path after /api/v10), or undefined when it fits. */
export function refusal(method: string, path: string, body: unknown): string | undefined {
  const validate = validatorFor(method, path);
  if (validate && !validate(body)) return ajv.errorsText(validate.errors, { dataVar: 'body', separator: '; ' });
  // What the description cannot say: a message's components each need their own custom_id.
  const ids = customIds(body);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  return twice === undefined ? undefined : `custom_id "${twice}" is used twice in one message`;
}

/** Every custom_id in a body, however deep. */
function customIds(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, v]) => (key === 'custom_id' && typeof v === 'string' ? [v] : customIds(v)));
}

/** Compile the validators of what the bot sends most, before any interaction's 3-second clock runs. */
export function prepareValidators(): void {
  for (const [method, path] of [['POST', '/interactions/1/token/callback'], ['PATCH', '/webhooks/1/token/messages/@original'], ['POST', '/channels/1/messages']] as const) {
    validatorFor(method, path);
  }
}

/** Why Discord would refuse `response` as the answer to an interaction, or undefined when it fits. */
export function callbackRefusal(response: unknown): string | undefined {
  return refusal('POST', '/interactions/1/token/callback', response);
}
