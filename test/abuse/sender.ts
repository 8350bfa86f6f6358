import { TEST_PASSWORD, TestApp } from '@iae/testing';
import { Call, Role, World } from '../support/routes';
import { SecretLedger, databaseLedger, expectLogFree } from './abuse-log';

/** One request of the abuse suite, as built from a valid call and spoilt (or not). */
export interface Exchange {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: unknown;
  upload?: Call['upload'];
  /** A body sent as is, with this content type (none when null). */
  raw?: { contentType: string | null; body: string };
  /** A multipart form of these parts, whatever the route expects. */
  multipart?: Array<{ field: string; fileName?: string; content: string | Buffer; contentType?: string }>;
}

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: string;
}

const BOUNDARY = 'abusesuiteboundary7d1f3a';

function multipart(parts: NonNullable<Exchange['multipart']>): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.field}"${part.fileName !== undefined ? `; filename="${part.fileName}"` : ''}`;
    const type = part.contentType ?? (part.fileName !== undefined ? 'application/octet-stream' : undefined);
    chunks.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: ${disposition}\r\n${type ? `Content-Type: ${type}\r\n` : ''}\r\n`));
    chunks.push(Buffer.isBuffer(part.content) ? part.content : Buffer.from(part.content));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return Buffer.concat(chunks);
}

/**
 * Sends the abuse suite's requests through Fastify's inject (the whole application, without a
 * socket: thousands of requests in seconds), as the given role, and keeps the ledger of every
 * secret and personal datum sent or received, to look for them in the server's log afterwards.
 */
export class Sender {
  readonly ledger = new SecretLedger();

  constructor(
    private readonly t: TestApp,
    worlds: World | World[],
  ) {
    this.ledger.add(TEST_PASSWORD);
    for (const world of ([] as World[]).concat(worlds)) this.addWorld(world);
  }

  addWorld(world: World): void {
    for (const caller of Object.values(world.callers)) {
      this.ledger.add(caller.user.email);
      this.ledger.add(caller.user.password);
      this.ledger.add(caller.token);
    }
  }

  authHeaders(world: World, role: Role): Record<string, string> {
    if (role === 'anonymous') return {};
    const caller = world.callers[role];
    return { authorization: `Bearer ${caller.token}`, ...(caller.organizationId ? { 'x-organization-id': caller.organizationId } : {}) };
  }

  async send(exchange: Exchange, role: Role, world?: World, options: { ledger?: boolean } = {}): Promise<Answer> {
    const record = options.ledger ?? true;
    const headers: Record<string, string> = { ...(world ? this.authHeaders(world, role) : {}), ...exchange.headers };
    let payload: string | Buffer | undefined;
    if (exchange.raw) {
      payload = exchange.raw.body;
      if (exchange.raw.contentType) headers['content-type'] = exchange.raw.contentType;
    } else if (exchange.multipart || exchange.upload) {
      const parts = exchange.multipart ?? [
        ...Object.entries(exchange.upload!.fields).map(([field, content]) => ({ field, content })),
        { field: exchange.upload!.field, fileName: exchange.upload!.fileName, content: exchange.upload!.content },
      ];
      payload = multipart(parts);
      headers['content-type'] = `multipart/form-data; boundary=${BOUNDARY}`;
    } else if (exchange.body !== undefined) {
      payload = JSON.stringify(exchange.body);
      headers['content-type'] = 'application/json';
      if (record) this.ledger.addFrom(exchange.body);
    }
    const query = new URL(exchange.url, 'http://x').searchParams;
    if (record) for (const name of ['q', 'nir', 'email', 'birthDate', 'token', 'reason']) for (const value of query.getAll(name)) this.ledger.add(value);
    const response = await this.t.app
      .getHttpAdapter()
      .getInstance()
      .inject({ method: exchange.method as 'GET', url: exchange.url, headers, payload });
    if (record && response.headers['content-type']?.toString().includes('json')) {
      try {
        this.ledger.addFrom(JSON.parse(response.body));
      } catch {
        // not JSON after all: problemIssue says so when it matters
      }
    }
    return { status: response.statusCode, headers: response.headers as Answer['headers'], body: response.body };
  }

  /** What is wrong with an error answer, or null: every 4xx and 5xx is a problem+json naming its type and status. */
  problemIssue(answer: Answer): string | null {
    if (answer.status < 400) return null;
    const type = String(answer.headers['content-type'] ?? '');
    if (!type.startsWith('application/problem+json')) return `not problem+json (${type || 'no content type'})`;
    try {
      const problem = JSON.parse(answer.body);
      if (typeof problem.type !== 'string' || !problem.type.startsWith('/api/problems/')) return 'no problem type';
      if (problem.status !== answer.status) return `status ${problem.status} in the body`;
      if (typeof problem.title !== 'string' || typeof problem.detail !== 'string') return 'no title or detail';
    } catch {
      return 'body is not JSON';
    }
    return null;
  }

  /**
   * Fails naming each secret sent, received (and, with `database`, stored) that is found in the log;
   * returns the figures of the check. The fuzzer leaves the database out: it holds the fuzzer's junk.
   */
  async expectLogFree(
    logFile: string,
    options: { database: boolean } = { database: true },
  ): Promise<{ secretsChecked: number; logLines: number; secretsFound: number }> {
    if (options.database) this.ledger.merge(await databaseLedger(this.t.dataSource));
    return expectLogFree(logFile, this.ledger);
  }
}
