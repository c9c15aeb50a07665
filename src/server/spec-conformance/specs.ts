/**
 * The vendors' published OpenAPI files (specs/README.md), loaded as openapi-backend instances
 * that match and validate the requests the sample backend receives and the answers it sends.
 */
import { fileURLToPath } from 'node:url';
import formats from 'ajv-formats';
import { OpenAPIBackend, type Document } from 'openapi-backend';
import { dereference } from 'openapi-backend/refparser.js';

/** A vendor the viewer reads. */
export type SpecVendor = 'twilio' | 'telnyx' | 'moveworks';

const FILES: Record<SpecVendor, string> = {
  twilio: 'twilio_assistants_v1.json',
  telnyx: 'spec3.ai-conversations.subset.yaml',
  moveworks: 'moveworks-beta-conversations-api-openapi.yaml',
};

/**
 * Where the sample backend serves each vendor: the path that stands for the spec's server URL
 * (`https://assistants.twilio.com`, `https://api.telnyx.com/v2`, `https://api.moveworks.ai/rest/v1beta1`).
 */
export const API_ROOTS: Record<SpecVendor, string> = {
  twilio: '/twilio',
  telnyx: '/telnyx/v2',
  moveworks: '/moveworks/rest/v1beta1',
};

/** The formats the three specs use; without them Ajv would skip those checks. */
const FORMATS = ['date-time', 'uri', 'uuid'] as const;

function isDocument(value: unknown): value is Document {
  return typeof value === 'object' && value !== null && 'openapi' in value && 'paths' in value;
}

/** Path of a file under the repository's `specs/`. */
export function specPath(vendor: SpecVendor): string {
  return fileURLToPath(new URL(`../../../specs/${FILES[vendor]}`, import.meta.url));
}

/**
 * Loads `vendor`'s spec, validating with every error reported (`allErrors`, so a tolerated
 * difference cannot hide another one) and with the formats checked.
 * The document is dereferenced and copied first: openapi-backend replaces any sub-schema seen
 * twice with a `$ref` to the first, which breaks a `oneOf` shared by two properties
 * (openapistack/openapi-backend#727); a copy shares nothing.
 * @throws Error when the file is missing or is not a valid OpenAPI document.
 */
export async function loadSpec(vendor: SpecVendor): Promise<OpenAPIBackend> {
  const definition: unknown = JSON.parse(JSON.stringify(await dereference(specPath(vendor))));
  if (!isDocument(definition)) throw new Error(`${FILES[vendor]} is not an OpenAPI document`);
  const api = new OpenAPIBackend({
    definition,
    apiRoot: API_ROOTS[vendor],
    // Quick: compile validators on first use, and skip the document check, which knows only
    // OpenAPI 3.0 and refuses the 3.1 files (`type: [string, 'null']`).
    quick: true,
    ajvOpts: { allErrors: true },
    customizeAjv: (ajv) => {
      for (const name of FORMATS) ajv.addFormat(name, formats.get(name));
      return ajv;
    },
  });
  return api.init();
}
