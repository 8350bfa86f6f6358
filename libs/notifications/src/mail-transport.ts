import { Logger, OnModuleDestroy } from '@nestjs/common';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer, { Transporter } from 'nodemailer';
import { AppConfig } from '@iae/core';
import { composeMailMessage, MailSender, mailSender } from './mail-message';
import { RenderedEmail } from './mail-templates';
import { smtpSettings, SmtpPool } from './smtp-client';

export interface OutgoingEmail extends RenderedEmail {
  to: string;
  /** Stable per message, so a resend after a crash can be recognised as the same e-mail. */
  messageId: string;
}

/** Where e-mails go: an SMTP server, or `.eml` files when none is configured. */
export abstract class MailTransport {
  abstract send(email: OutgoingEmail): Promise<{ providerMessageId: string }>;
}

/** The e-mail as nodemailer's composer takes it. */
export function nodemailerMessage(from: string, email: OutgoingEmail) {
  return {
    from,
    to: email.to,
    subject: email.subject,
    text: email.text,
    html: email.html,
    messageId: email.messageId,
    headers: { 'Auto-Submitted': 'auto-generated', 'Content-Language': 'fr' },
  };
}

/** The message written by our composer, or by nodemailer's for what ours does not write. */
function mailOptions(config: AppConfig, sender: MailSender | null, email: OutgoingEmail) {
  return (sender && composeMailMessage(sender, email, new Date())) ?? nodemailerMessage(config.mail.from, email);
}

/** As many SMTP sessions as the worker sends messages at once: each one carries many messages. */
export const SMTP_CONNECTIONS = 4;

/**
 * The SMTP URL with a pool of connections, unless the operator chose otherwise in its query
 * (`?pool=false`, `&maxConnections=`): one connection per message costs a TCP and SMTP handshake each.
 */
export function pooledSmtpUrl(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  if (!url.searchParams.has('pool')) url.searchParams.set('pool', 'true');
  if (!url.searchParams.has('maxConnections')) url.searchParams.set('maxConnections', String(SMTP_CONNECTIONS));
  return url.toString();
}

export class SmtpMailTransport extends MailTransport implements OnModuleDestroy {
  private nodemailerTransport?: Transporter;
  private readonly sender: MailSender | null;
  /** Our pipelining client, unless SMTP_URL asks for what only nodemailer does. */
  private readonly pool: SmtpPool | null;

  constructor(private readonly config: AppConfig) {
    super();
    this.sender = mailSender(config.mail.from);
    const settings = smtpSettings(pooledSmtpUrl(config.mail.smtpUrl as string));
    this.pool = settings && new SmtpPool(settings);
  }

  async send(email: OutgoingEmail): Promise<{ providerMessageId: string }> {
    const message = this.sender && composeMailMessage(this.sender, email, new Date());
    if (message && this.pool) await this.pool.send({ from: message.envelope.from, to: email.to }, message.raw);
    else await this.nodemailer().sendMail(message ?? nodemailerMessage(this.config.mail.from, email));
    return { providerMessageId: email.messageId };
  }

  private nodemailer(): Transporter {
    this.nodemailerTransport ??= nodemailer.createTransport(pooledSmtpUrl(this.config.mail.smtpUrl as string));
    return this.nodemailerTransport;
  }

  onModuleDestroy(): void {
    this.pool?.close();
    this.nodemailerTransport?.close();
  }
}

/** Development without SMTP: each message becomes a file you can open in a mail client. */
export class FileMailTransport extends MailTransport {
  private readonly transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  private readonly logger = new Logger('FileMailTransport');
  private readonly sender: MailSender | null;

  constructor(private readonly config: AppConfig) {
    super();
    this.sender = mailSender(config.mail.from);
  }

  async send(email: OutgoingEmail): Promise<{ providerMessageId: string }> {
    const info = await this.transporter.sendMail(mailOptions(this.config, this.sender, email));
    await mkdir(this.config.mail.dir, { recursive: true });
    const file = join(this.config.mail.dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${email.messageId.replace(/[<>@]/g, '_')}.eml`);
    await writeFile(file, info.message as Buffer);
    this.logger.log({ file }, 'E-mail written to disk (no SMTP_URL configured)');
    return { providerMessageId: email.messageId };
  }
}

export const mailTransportProvider = {
  provide: MailTransport,
  inject: [AppConfig],
  useFactory: (config: AppConfig): MailTransport => (config.mail.smtpUrl ? new SmtpMailTransport(config) : new FileMailTransport(config)),
};
