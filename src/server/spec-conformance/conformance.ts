/**
 * Checks one recorded exchange against a vendor's OpenAPI operation: the request's path, query
 * and headers, its credentials' scheme, and the answer's body for its status.
 */
import type { OpenAPIBackend, Operation, Request, ValidationResult } from 'openapi-backend';
import type { Exchange } from '../recording-relay.ts';

/** One error Ajv reports (the Ajv openapi-backend bundles, not the one eslint brings). */
type ErrorObject = NonNullable<ValidationResult['errors']>[number];

/** One way an exchange departs from the spec. */
export interface Problem {
  /** `GET /telnyx/v2/ai/conversations?… → 200`. */
  exchange: string;
  side: 'request' | 'response';
  operationId: string;
  status: number;
  /** JSON pointer into `{path, query, header}` (request) or into the body (response). */
  pointer: string;
  message: string;
  /** What sits at `pointer`. */
  value: unknown;
}

/** The value at a JSON pointer (RFC 6901) in `root`; undefined when the path leads nowhere. */
export function at(root: unknown, pointer: string): unknown {
  let current = root;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    current =
      typeof current === 'object' && current !== null ? Reflect.get(current, key) : undefined;
  }
  return current;
}

/** The query as the server reads it: one string per name, an array when a name repeats. */
function queryObject(url: string): Record<string, string | string[]> {
  const params = new URLSearchParams(url.split('?')[1] ?? '');
  const query: Record<string, string | string[]> = {};
  for (const name of new Set(params.keys())) {
    const values = params.getAll(name);
    query[name] = values.length === 1 ? (values[0] ?? '') : values;
  }
  return query;
}

function headerObject(exchange: Exchange): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(exchange.headers)) {
    if (typeof value === 'string') headers[name] = value;
  }
  return headers;
}

/** True when the Authorization header fits one of the operation's HTTP security schemes. */
function meetsSecurity(api: OpenAPIBackend, operation: Operation, auth: string | undefined) {
  const requirements = operation.security ?? [];
  if (requirements.length === 0) return true;
  const schemes: unknown = api.definition.components?.securitySchemes;
  return requirements.some((requirement) =>
    Object.keys(requirement).every((name) => {
      const scheme = at(schemes, `/${name}/scheme`);
      return typeof scheme === 'string' && new RegExp(`^${scheme}\\s`, 'i').test(auth ?? '');
    }),
  );
}

/**
 * Every way `exchange` departs from `api`'s spec, none when it conforms. The query goes to the
 * validator as an object: its own parser (qs) would read `page[number]` as `page.number`.
 */
export function checkExchange(api: OpenAPIBackend, exchange: Exchange): Problem[] {
  const { method, url, status, body } = exchange;
  const request: Request = {
    method,
    path: url.split('?')[0] ?? url,
    query: queryObject(url),
    headers: headerObject(exchange),
  };
  const name = `${method} ${url} → ${status}`;
  const problem = (side: Problem['side'], rest: Omit<Problem, 'exchange' | 'side' | 'status'>) => ({
    exchange: name,
    side,
    status,
    ...rest,
  });
  const operation = api.router.matchOperation(request);
  if (!operation) {
    return [
      problem('request', { operationId: '', pointer: '', message: 'no operation', value: url }),
    ];
  }
  const { operationId = '' } = operation;
  const problems: Problem[] = [];
  const parsed = api.router.parseRequest(request, operation);
  const params = { path: parsed.params, query: parsed.query, header: parsed.headers };
  for (const e of api.validator.validateRequest(request, operation).errors ?? []) {
    const pointer = pointerOf(e);
    const value = at(params, pointer);
    problems.push(problem('request', { operationId, pointer, message: e.message ?? '', value }));
  }
  if (!meetsSecurity(api, operation, request.headers.authorization?.toString())) {
    const value = request.headers.authorization;
    const message = 'credentials not in a scheme the spec names';
    problems.push(
      problem('request', { operationId, pointer: '/header/authorization', message, value }),
    );
  }
  problems.push(
    ...checkAnswer(api, operation, status, body).map((p) =>
      problem('response', { operationId, ...p }),
    ),
  );
  return problems;
}

type Found = Pick<Problem, 'pointer' | 'message' | 'value'>;

/** How the answer departs from the operation's documented answer for its status. */
function checkAnswer(
  api: OpenAPIBackend,
  operation: Operation,
  status: number,
  body: unknown,
): Found[] {
  const responses: unknown = operation.responses;
  const documented =
    at(responses, `/${status}`) ??
    at(responses, `/${Math.floor(status / 100)}XX`) ??
    at(responses, '/default');
  if (documented === undefined) {
    return [{ pointer: '', message: `the spec documents no ${status} answer`, value: body }];
  }
  if (at(documented, '/content/application~1json/schema') === undefined) {
    return [{ pointer: '', message: `the spec documents no body for ${status}`, value: body }];
  }
  const errors = api.validator.validateResponse(body, operation, status).errors ?? [];
  return errors.map((e) => {
    const pointer = pointerOf(e);
    return { pointer, message: e.message ?? e.keyword, value: at(body, pointer) };
  });
}

/** Where an Ajv error points; for a property the schema does not allow, that property. */
function pointerOf(error: ErrorObject): string {
  const extra: unknown = error.params.additionalProperty;
  if (error.keyword !== 'additionalProperties' || typeof extra !== 'string')
    return error.instancePath;
  return `${error.instancePath}/${extra.replaceAll('~', '~0').replaceAll('/', '~1')}`;
}
