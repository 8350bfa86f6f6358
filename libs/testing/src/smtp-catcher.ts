import { ParsedMail, simpleParser } from 'mailparser';
import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface CaughtMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  messageId: string;
  raw: ParsedMail;
}

/**
 * A real SMTP server on a free local port: the product sends to it over the network
 * like to any mail server, and tests read what arrived.
 */
export class SmtpCatcher {
  readonly messages: CaughtMail[] = [];
  private readonly waiters: Array<{ predicate: (m: CaughtMail) => boolean; resolve: (m: CaughtMail) => void }> = [];
  /** Milliseconds to wait before accepting each message (to keep sends in flight). */
  delayMs = 0;
  /** When set, the next messages are refused with this error (to exercise retries). */
  failNext = 0;
  /** SMTP sessions opened so far (a pooled sender reuses a few for many messages). */
  connections = 0;
  private server?: SMTPServer;

  async start(): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onConnect: (_session, callback) => {
        this.connections++;
        callback();
      },
      onData: (stream, _session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        const received = async () => {
          if (this.failNext > 0) {
            this.failNext--;
            const error = new Error('451 Temporary failure, try again later') as Error & { responseCode: number };
            error.responseCode = 451;
            return callback(error);
          }
          if (this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs));
          const parsed = await simpleParser(Buffer.concat(chunks));
          const mail: CaughtMail = {
            to: (Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : []).flatMap((a) => a.value.map((v) => v.address ?? '')),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            messageId: parsed.messageId ?? '',
            raw: parsed,
          };
          this.messages.push(mail);
          for (const waiter of [...this.waiters]) {
            if (waiter.predicate(mail)) {
              this.waiters.splice(this.waiters.indexOf(waiter), 1);
              waiter.resolve(mail);
            }
          }
          callback();
        };
        stream.on('end', () => void received().catch((error: Error) => callback(error)));
      },
    });
    // A sender killed mid-message resets its connection: that is the test's doing, not a failure of the catcher.
    this.server.on('error', () => undefined);
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  get url(): string {
    const { port } = this.server!.server.address() as AddressInfo;
    return `smtp://127.0.0.1:${port}`;
  }

  /**
   * Resolves with the first message (already received or to come) that matches; rejects a message that links people
   * to the API, which answers them 401 in a browser.
   */
  waitFor(predicate: (m: CaughtMail) => boolean, timeoutMs = 10_000): Promise<CaughtMail> {
    const found = this.messages.find(predicate);
    if (found) return linksToPages(found);
    return new Promise((resolve, reject) => {
      const waiter = {
        predicate,
        resolve: (m: CaughtMail) => {
          clearTimeout(timer);
          linksToPages(m).then(resolve, reject);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(new Error(`No e-mail matched within ${timeoutMs} ms; received: ${this.messages.map((m) => `${m.to} «${m.subject}»`).join(', ') || 'none'}`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  waitForMailTo(address: string, subjectPart?: string, timeoutMs?: number): Promise<CaughtMail> {
    return this.waitFor((m) => m.to.includes(address.toLowerCase()) && (!subjectPart || m.subject.includes(subjectPart)), timeoutMs);
  }

  async waitForCount(count: number, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.messages.length < count) {
      if (Date.now() > deadline) throw new Error(`Expected ${count} e-mails, received ${this.messages.length}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

function linksToPages(mail: CaughtMail): Promise<CaughtMail> {
  const toApi = `${mail.text}\n${mail.html}`.match(/https?:\/\/[^\s"'<>]+\/api\/[^\s"'<>]*/);
  if (toApi) return Promise.reject(new Error(`«${mail.subject}» links to the API (${toApi[0]}): link to the web page people open instead`));
  return Promise.resolve(mail);
}

/** The first link of a message's text part that starts with `prefix`. */
export function linkIn(mail: CaughtMail, prefix: string): string {
  const match = mail.text.match(new RegExp(`${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\S+`));
  if (!match) throw new Error(`No link starting with ${prefix} in «${mail.subject}»:\n${mail.text}`);
  return match[0];
}

/**
 * The one-time token of a message's link: e-mails carry it in the fragment of one of the application's
 * pages (`…/page#jeton=TOKEN`); with `pageUrl`, the link must lead to that page.
 */
export function tokenIn(mail: CaughtMail, pageUrl?: string): string {
  const link = pageUrl ? linkIn(mail, `${pageUrl}#jeton=`) : mail.text.match(/#jeton=[A-Za-z0-9_%-]+/)?.[0];
  if (!link) throw new Error(`No link with a token in «${mail.subject}»:\n${mail.text}`);
  return decodeURIComponent(link.split('#jeton=')[1]!);
}
