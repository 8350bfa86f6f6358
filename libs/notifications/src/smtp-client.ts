import net from 'node:net';
import os from 'node:os';
import tls from 'node:tls';
import { Slots } from './statement-batch';

/** What the worker's SMTP client needs from `SMTP_URL`. */
export interface SmtpSettings {
  host: string;
  port: number;
  /** `smtps:`: TLS from the first byte. */
  secure: boolean;
  auth?: { user: string; pass: string };
  /** Sessions open at once. */
  maxConnections: number;
  /** Messages a session carries before another is opened: providers limit what one session may send. */
  maxMessages: number;
  /** Refuse to go on in clear text when the server offers no STARTTLS. */
  requireTLS: boolean;
  /** Never ask for STARTTLS. */
  ignoreTLS: boolean;
  rejectUnauthorized: boolean;
  /** The name said in EHLO. */
  name: string;
  /** Silence, in ms, after which an awaited reply is given up (the connection with it) and an idle session closed. */
  socketTimeout: number;
}

// The keys of SMTP_URL's query this client reads, with nodemailer's meaning; any other sends through nodemailer.
const KNOWN_KEYS = new Set(['pool', 'maxConnections', 'maxMessages', 'requireTLS', 'ignoreTLS', 'tls.rejectUnauthorized', 'name', 'socketTimeout']);

function heloName(): string {
  const host = os.hostname();
  // A name that is not fully qualified is refused by some servers; nodemailer says the address literal then.
  if (/^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)) return `[${host}]`;
  return host.includes('.') ? host : '[127.0.0.1]';
}

/**
 * `SMTP_URL` as this client reads it (as nodemailer reads the same keys), or null when it asks for something only
 * nodemailer does (another option, or no pool): the transport then sends through nodemailer.
 */
export function smtpSettings(smtpUrl: string): SmtpSettings | null {
  const url = new URL(smtpUrl);
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') return null;
  const query = url.searchParams;
  for (const key of query.keys()) if (!KNOWN_KEYS.has(key)) return null;
  // As nodemailer reads them: `true`, or a number other than 0.
  const flag = (key: string, otherwise: boolean) => {
    const value = query.get(key);
    return value === null ? otherwise : value === 'true' || (value.trim() !== '' && !Number.isNaN(Number(value)) && Number(value) !== 0);
  };
  if (!flag('pool', true)) return null;
  const count = (key: string, otherwise: number) => {
    const value = Number(query.get(key) ?? otherwise);
    return Number.isInteger(value) && value > 0 ? value : otherwise;
  };
  const secure = url.protocol === 'smtps:';
  return {
    host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: Number(url.port) || (secure ? 465 : 587),
    secure,
    auth: url.username || url.password ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    maxConnections: count('maxConnections', 5),
    maxMessages: count('maxMessages', 100),
    requireTLS: flag('requireTLS', false),
    ignoreTLS: flag('ignoreTLS', false),
    rejectUnauthorized: flag('tls.rejectUnauthorized', true),
    name: query.get('name')?.replace(/[\r\n]+/g, '') || heloName(),
    // Silence awaited for one reply, shorter than nodemailer's 10 minutes: a dead server is given up well within the
    // send lease (2 minutes). A server answering each command just in time can still outlast it (then a second worker may
    // send the message too, as after a crash).
    socketTimeout: count('socketTimeout', 60_000),
  };
}

type Stage = 'connection' | 'greeting' | 'EHLO' | 'STARTTLS' | 'AUTH' | 'MAIL FROM' | 'RCPT TO' | 'DATA' | 'message';

/** A refusal or a failure of the SMTP dialogue. `responseCode` as nodemailer's errors carry it (4xx: try again later). */
export class SmtpError extends Error {
  constructor(
    readonly stage: Stage,
    message: string,
    readonly responseCode?: number,
    /** The message may have reached the server: true once its bytes were written. */
    readonly messageSent = false,
  ) {
    super(message);
  }
}

interface Reply {
  code: number;
  /** The reply's text, every line; addresses blanked (the error is recorded and may be logged). */
  text: string;
  lines: string[];
}

const ENVELOPE_UNSAFE = /[\s<>]/;
// Server replies quote the envelope's addresses: personal data, kept out of errors.
const blankAddresses = (text: string) => text.replace(/<?[^\s<>@]+@[^\s<>]+>?/g, '<…>');

/**
 * One SMTP session: EHLO, STARTTLS and AUTH once, then many messages. With PIPELINING (RFC 2920) a message costs two
 * writes and two waits (MAIL, RCPT and DATA together, then the message), where nodemailer waits for each command.
 */
class SmtpSession {
  messages = 0;
  closed = false;
  private socket!: net.Socket;
  private buffered = '';
  private lines: string[] = [];
  private readonly waiting: Array<{ resolve: (reply: Reply) => void; reject: (error: Error) => void }> = [];
  private extensions = new Set<string>();
  private authMethods: string[] = [];

  constructor(private readonly settings: SmtpSettings) {}

  async open(): Promise<void> {
    const { host, port, secure, rejectUnauthorized } = this.settings;
    const socket = secure ? tls.connect({ host, port, servername: net.isIP(host) ? undefined : host, rejectUnauthorized }) : net.connect({ host, port });
    this.attach(socket);
    await this.expect('greeting', this.reply(), 220);
    await this.hello();
    if (!secure && !this.settings.ignoreTLS && (this.extensions.has('STARTTLS') || this.settings.requireTLS)) {
      await this.command('STARTTLS', 'STARTTLS', 220);
      await this.startTls();
      await this.hello();
    }
    if (this.settings.requireTLS && !(this.socket instanceof tls.TLSSocket)) throw new SmtpError('STARTTLS', 'The SMTP server offers no TLS (requireTLS)');
    if (this.settings.auth && this.authMethods.length > 0) await this.login(this.settings.auth);
  }

  /** Sends one message; the session stays usable after a refusal. */
  async send(from: string, to: string, raw: Buffer): Promise<void> {
    if (this.closed) throw new SmtpError('connection', 'The SMTP session is closed');
    if (ENVELOPE_UNSAFE.test(from) || ENVELOPE_UNSAFE.test(to)) throw new SmtpError('RCPT TO', 'An envelope address holds a space or an angle bracket');
    const body = dataBlock(raw);
    if (this.extensions.has('PIPELINING')) {
      const replies = [this.reply(), this.reply(), this.reply()];
      this.socket.write(`MAIL FROM:<${from}>\r\nRCPT TO:<${to}>\r\nDATA\r\n`);
      const [mail, rcpt, data] = await Promise.all(replies);
      if (mail.code !== 250) return this.refused('MAIL FROM', mail, data);
      if (rcpt.code !== 250 && rcpt.code !== 251) return this.refused('RCPT TO', rcpt, data);
      if (data.code !== 354) return this.refused('DATA', data, data);
    } else {
      for (const [stage, line, ...codes] of [
        ['MAIL FROM', `MAIL FROM:<${from}>`, 250],
        ['RCPT TO', `RCPT TO:<${to}>`, 250, 251],
        ['DATA', 'DATA', 354],
      ] as Array<[Stage, string, ...number[]]>) {
        const reply = await this.ask(line);
        if (!codes.includes(reply.code)) return this.refused(stage, reply, reply);
      }
    }
    const accepted = this.reply();
    this.socket.write(body);
    const reply = await accepted.catch((error: Error) => {
      throw new SmtpError('message', error.message, (error as SmtpError).responseCode, true);
    });
    this.messages++;
    if (reply.code !== 250) throw new SmtpError('message', `The SMTP server refused the message: ${reply.text}`, reply.code, true);
  }

  destroy(): void {
    this.closed = true;
    this.socket.destroy();
  }

  /** QUIT, without waiting long for its answer. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.socket.end('QUIT\r\n');
    this.socket.setTimeout(5_000, () => this.socket.destroy());
  }

  private attach(socket: net.Socket): void {
    this.socket = socket;
    socket.setNoDelay(true);
    // Inactivity while a reply is awaited is a dead server; while idle, the session is closed politely.
    socket.setTimeout(this.settings.socketTimeout, () => {
      if (this.waiting.length > 0) this.fail(new SmtpError('connection', 'The SMTP server did not answer in time'));
      else this.close();
    });
    socket.on('data', (chunk: Buffer) => this.read(chunk));
    socket.on('error', (error: Error) => this.fail(new SmtpError('connection', `SMTP connection failed: ${error.message}`)));
    socket.on('close', () => this.fail(new SmtpError('connection', 'The SMTP server closed the connection')));
  }

  private read(chunk: Buffer): void {
    this.buffered += chunk.toString('latin1');
    let end: number;
    while ((end = this.buffered.indexOf('\n')) >= 0) {
      const line = this.buffered.slice(0, end).replace(/\r$/, '');
      this.buffered = this.buffered.slice(end + 1);
      this.lines.push(line);
      if (line.charAt(3) === '-') continue;
      const code = Number(line.slice(0, 3));
      const lines = this.lines;
      this.lines = [];
      const reply = { code, lines, text: blankAddresses(lines.join(' ')) };
      const waiter = this.waiting.shift();
      if (waiter) waiter.resolve(reply);
      // Unasked (421 before an idle timeout): the session is over.
      else this.close();
    }
    if (this.buffered.length > 64 * 1024) this.fail(new SmtpError('connection', 'The SMTP server sent a line too long'));
  }

  private fail(error: SmtpError): void {
    this.closed = true;
    for (const waiter of this.waiting.splice(0)) waiter.reject(error);
    this.socket.destroy();
  }

  private reply(): Promise<Reply> {
    if (this.closed) return Promise.reject(new SmtpError('connection', 'The SMTP session is closed'));
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  private async expect(stage: Stage, pending: Promise<Reply>, ...codes: number[]): Promise<Reply> {
    const reply = await pending;
    if (!codes.includes(reply.code)) throw new SmtpError(stage, `The SMTP server refused ${stage}: ${reply.text}`, reply.code);
    return reply;
  }

  /** Writes a command and answers its reply, whatever its code. */
  private ask(line: string): Promise<Reply> {
    const pending = this.reply();
    this.socket.write(`${line}\r\n`);
    return pending;
  }

  private command(stage: Stage, line: string, ...codes: number[]): Promise<Reply> {
    return this.expect(stage, this.ask(line), ...codes);
  }

  private async hello(): Promise<void> {
    const reply = await this.ask(`EHLO ${this.settings.name}`);
    if (reply.code !== 250) {
      // A server without ESMTP: HELO, and no extension.
      await this.command('EHLO', `HELO ${this.settings.name}`, 250);
      this.extensions = new Set();
      this.authMethods = [];
      return;
    }
    const keywords = reply.lines.slice(1).map((line) => line.slice(4).trim().toUpperCase());
    this.extensions = new Set(keywords.map((keyword) => keyword.split(/[\s=]/)[0]));
    this.authMethods = keywords.filter((keyword) => /^AUTH[\s=]/.test(keyword)).flatMap((keyword) => keyword.slice(5).split(/\s+/));
  }

  private startTls(): Promise<void> {
    const { host, rejectUnauthorized } = this.settings;
    const plain = this.socket;
    plain.removeAllListeners('data');
    plain.removeAllListeners('close');
    plain.removeAllListeners('error');
    plain.removeAllListeners('timeout');
    plain.setTimeout(0);
    // Nothing read in clear text may count after the upgrade (RFC 3207 §4.2): a line there was injected.
    if (this.buffered || this.lines.length > 0) {
      const injected = new SmtpError('STARTTLS', 'The SMTP server sent more than its answer to STARTTLS');
      this.fail(injected);
      return Promise.reject(injected);
    }
    return new Promise((resolve, reject) => {
      // Awaited like a reply: a silent, closed or failing handshake ends in fail(), never in a send that waits for ever.
      const handshake = { resolve: () => resolve(), reject };
      this.waiting.push(handshake);
      const secured = tls.connect({ socket: plain, servername: net.isIP(host) ? undefined : host, rejectUnauthorized }, () => {
        this.waiting.splice(this.waiting.indexOf(handshake), 1);
        resolve();
      });
      this.attach(secured);
    });
  }

  private async login({ user, pass }: { user: string; pass: string }): Promise<void> {
    if (this.authMethods.includes('PLAIN')) {
      await this.command('AUTH', `AUTH PLAIN ${Buffer.from(`\0${user}\0${pass}`, 'utf8').toString('base64')}`, 235);
    } else if (this.authMethods.includes('LOGIN')) {
      await this.command('AUTH', 'AUTH LOGIN', 334);
      await this.command('AUTH', Buffer.from(user, 'utf8').toString('base64'), 334);
      await this.command('AUTH', Buffer.from(pass, 'utf8').toString('base64'), 235);
    } else {
      throw new SmtpError('AUTH', `The SMTP server offers no authentication this client speaks (${this.authMethods.join(', ')})`);
    }
  }

  /** A refused transaction: reset, so that the session carries the next message. */
  private async refused(stage: Stage, reply: Reply, data: Reply): Promise<never> {
    // A server that accepted DATA after all waits for a message: an empty one ends the transaction before RSET.
    if (data.code === 354) await this.command('message', '.', 250, 451, 452, 550, 554).catch(() => undefined);
    await this.command(stage, 'RSET', 250).catch(() => this.close());
    throw new SmtpError(stage, `The SMTP server refused ${stage}: ${reply.text}`, reply.code);
  }
}

/**
 * The message between DATA and its final dot (RFC 5321 §4.5.2): lines end with CRLF, a line that starts with a dot
 * gets another. Messages written by composeMailMessage already qualify and are sent as they are.
 */
export function dataBlock(raw: Buffer): Buffer {
  let text = raw.toString('latin1');
  if (/(?:^|[^\r])\n|\r(?!\n)|(?:^|\n)\./.test(text)) {
    text = text.replace(/\r\n|\r|\n/g, '\r\n').replace(/(^|\n)\./g, '$1..');
  }
  if (text.length > 0 && !text.endsWith('\r\n')) text += '\r\n';
  return Buffer.from(`${text}.\r\n`, 'latin1');
}

/**
 * SMTP sessions shared by the worker's sends: at most `maxConnections`, each carrying up to `maxMessages` messages.
 * A session the server closed while it was idle is found out on its next message, before any byte of it was
 * accepted: that message goes through a new session.
 */
export class SmtpPool {
  private readonly idle: SmtpSession[] = [];
  private readonly slots: Slots;
  private closing = false;

  constructor(private readonly settings: SmtpSettings) {
    this.slots = new Slots(settings.maxConnections);
  }

  async send(envelope: { from: string; to: string }, raw: Buffer): Promise<void> {
    await this.slots.take();
    try {
      for (let attempt = 1; ; attempt++) {
        // The retry opens a new session: another idle one may have been ended by the server as well.
        let session = attempt === 1 ? this.idle.pop() : undefined;
        while (session?.closed) session = this.idle.pop();
        const reused = session !== undefined;
        if (!session) session = await this.openSession();
        try {
          await session.send(envelope.from, envelope.to, raw);
          this.keep(session);
          return;
        } catch (error) {
          this.keep(session);
          const lost = !(error as SmtpError).messageSent && (session.closed || (error as SmtpError).responseCode === 421);
          if (!(reused && lost && attempt === 1)) throw error;
        }
      }
    } finally {
      this.slots.give();
    }
  }

  private async openSession(): Promise<SmtpSession> {
    const session = new SmtpSession(this.settings);
    try {
      await session.open();
      return session;
    } catch (error) {
      session.destroy();
      throw error;
    }
  }

  close(): void {
    this.closing = true;
    for (const session of this.idle.splice(0)) session.close();
  }

  private keep(session: SmtpSession): void {
    if (session.closed) return;
    if (this.closing || session.messages >= this.settings.maxMessages) session.close();
    else this.idle.push(session);
  }
}
