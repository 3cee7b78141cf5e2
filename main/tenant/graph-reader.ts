// The checked way to read Microsoft Graph: every body must be JSON (an HTML sign-in or proxy page is a clear error
// naming the endpoint), every list must carry an array "value" and each item the fields its kind needs (else the item
// is skipped and counted), single objects are shape-checked (and unwrapped when Graph's documented examples wrap them
// in "value"), and @odata.nextLink is followed only on the configured Graph origin, with a page cap and loop detection.
import { ResponseType, type Client } from '@microsoft/microsoft-graph-client';
import type { GraphRead } from '../../simulator/import/graph-shapes';
import type { ImportWarnings } from '../../simulator/import/import-warnings';
import { describeGraphFailure, ImportCancelledError, ImportFailedError } from './import-errors';

/** Pages one collection may span: 50,000 devices at 999 per page need 51; a loop or a runaway server stops here. */
export const MAX_PAGES_PER_COLLECTION = 2_000;
const BODY_PREVIEW = 60;

type Json = Record<string, unknown>;

export function isJsonObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Why an item cannot be kept (a required field missing or not a string), or null. */
export function itemProblem(item: unknown, required: readonly string[]): string | null {
  if (!isJsonObject(item))
    return `not an object (${item === null ? 'null' : Array.isArray(item) ? 'a list' : typeof item})`;
  for (const field of required) {
    const value = item[field];
    if (typeof value !== 'string' || value.trim() === '') {
      return value === undefined ? `no "${field}"` : `"${field}" is not a non-empty string`;
    }
  }
  return null;
}

export interface ReaderOptions {
  client: Client;
  /** Scheme, host and port every request and next link must use, e.g. https://graph.microsoft.com. */
  graphOrigin: string;
  signal: AbortSignal;
  warnings: ImportWarnings;
  maxPages?: number;
}

export class GraphReader {
  constructor(private readonly options: ReaderOptions) {}

  checkCancelled(): void {
    if (this.options.signal.aborted) throw new ImportCancelledError();
  }

  private endpointOf(read: GraphRead): string {
    return `GET /${read.version}${read.path.split('?')[0]}`;
  }

  private malformed(read: GraphRead, message: string): ImportFailedError {
    const endpoint = this.endpointOf(read);
    return new ImportFailedError(`Microsoft Graph answered ${endpoint} ${message}`, 'malformed', endpoint, null, {
      detail: message,
    });
  }

  /** One GET (a relative read or a checked next link), its body parsed as JSON or a clear error. */
  private async getJson(read: GraphRead, nextLink: string | null): Promise<unknown> {
    this.checkCancelled();
    let response: Response;
    try {
      const request = nextLink
        ? this.options.client.api(nextLink)
        : this.options.client.api(read.path).version(read.version);
      response = (await request.option('signal', this.options.signal).responseType(ResponseType.RAW).get()) as Response;
    } catch (error) {
      this.checkCancelled();
      throw describeGraphFailure(error, read);
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      this.checkCancelled();
      throw describeGraphFailure(error, read);
    }
    if (!response.ok) throw describeGraphFailure(graphError(response.status, text), read);
    const type = response.headers.get('content-type') ?? '';
    const preview = text.trim().slice(0, BODY_PREVIEW).replace(/\s+/g, ' ');
    if (!/json/i.test(type) && !/^[[{]/.test(text.trim())) {
      const html = /html/i.test(type) || /^<(!doctype|html)/i.test(text.trim());
      throw this.malformed(
        read,
        html
          ? `with an HTML page (HTTP ${response.status}, ${type || 'no content type'}), not JSON — a proxy, captive portal or sign-in page may be answering instead of Graph. It began: "${preview}"`
          : `with ${type || 'no content type'}, not JSON. It began: "${preview}"`,
      );
    }
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw this.malformed(read, `with a body that is not valid JSON (${(error as Error).message})`);
    }
  }

  /** A next link is followed only on the configured Graph origin; the token never leaves it. */
  private checkNextLink(read: GraphRead, link: unknown, seen: Set<string>, pages: number): string | null {
    if (link === undefined || link === null) return null;
    if (typeof link !== 'string') throw this.malformed(read, 'with an @odata.nextLink that is not a string');
    let url: URL;
    try {
      url = new URL(link);
    } catch {
      throw this.malformed(read, `with an @odata.nextLink that is not a URL: "${link.slice(0, BODY_PREVIEW)}"`);
    }
    if (url.origin !== new URL(this.options.graphOrigin).origin) {
      throw this.malformed(
        read,
        `with an @odata.nextLink to ${url.origin}, not the Graph host ${new URL(this.options.graphOrigin).origin}. ` +
          'It was not followed (the sign-in token is sent to the Graph host only), and the import stopped.',
      );
    }
    if (seen.has(link)) throw this.malformed(read, 'with an @odata.nextLink it had already sent (a paging loop)');
    if (pages >= (this.options.maxPages ?? MAX_PAGES_PER_COLLECTION)) {
      throw this.malformed(read, `with more than ${this.options.maxPages ?? MAX_PAGES_PER_COLLECTION} pages`);
    }
    seen.add(link);
    return link;
  }

  /** Every item of a collection; items without the required fields are skipped and counted under `source`. */
  async forEach(
    source: string,
    read: GraphRead,
    required: readonly string[],
    onItem: (item: Json) => void,
  ): Promise<{ count: number; skipped: number }> {
    const seen = new Set<string>();
    let next: string | null = null;
    let pages = 0;
    let count = 0;
    let skipped = 0;
    do {
      const body = await this.getJson(read, next);
      pages += 1;
      if (!isJsonObject(body)) throw this.malformed(read, 'with JSON that is not an object');
      if (!Array.isArray(body.value)) {
        throw this.malformed(
          read,
          `without a list: "value" is ${body.value === undefined ? 'missing' : JSON.stringify(body.value).slice(0, BODY_PREVIEW)}`,
        );
      }
      body.value.forEach((item, position) => {
        const problem = itemProblem(item, required);
        if (problem) {
          skipped += 1;
          this.options.warnings.add(
            source,
            'itemSkipped',
            `${this.endpointOf(read)} page ${pages}, item ${position + 1}: ${problem}`,
          );
          return;
        }
        onItem(item as Json);
        count += 1;
      });
      this.checkCancelled();
      next = this.checkNextLink(read, body['@odata.nextLink'], seen, pages);
    } while (next);
    return { count, skipped };
  }

  /**
   * One object. Graph's own examples sometimes wrap it in "value" (as an object, or a one-item list, as
   * GET /organization does); either is unwrapped. `required` names the string fields it must have.
   */
  async single(read: GraphRead, required: readonly string[]): Promise<Json> {
    const body = await this.getJson(read, null);
    if (!isJsonObject(body)) throw this.malformed(read, 'with JSON that is not an object');
    let item: unknown = body;
    const ownKeys = Object.keys(body).filter((key) => !key.startsWith('@odata.'));
    if (ownKeys.length === 1 && ownKeys[0] === 'value') {
      if (Array.isArray(body.value)) {
        if (body.value.length !== 1)
          throw this.malformed(read, `with ${body.value.length} objects where one was expected`);
        item = body.value[0];
      } else {
        item = body.value;
      }
    }
    const problem = itemProblem(item, required);
    if (problem) throw this.malformed(read, `with an object that cannot be used: ${problem}`);
    return item as Json;
  }
}

/** A Graph error answer as the SDK would have thrown it: statusCode and Graph's own message. */
function graphError(status: number, text: string): Error & { statusCode: number; code?: string } {
  let message = `HTTP ${status}`;
  let code: string | undefined;
  try {
    const parsed = JSON.parse(text) as { error?: { message?: unknown; code?: unknown } };
    if (typeof parsed.error?.message === 'string') message = parsed.error.message;
    if (typeof parsed.error?.code === 'string') code = parsed.error.code;
  } catch {
    if (/^\s*</.test(text)) message = `HTTP ${status} with an HTML page`;
  }
  return Object.assign(new Error(message), { name: 'GraphError', statusCode: status, code });
}
