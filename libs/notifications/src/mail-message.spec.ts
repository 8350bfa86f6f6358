import { AddressObject, ParsedMail, simpleParser } from 'mailparser';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { AppConfig } from '@iae/core';
import { composeMailMessage, mailDate, mailSender } from './mail-message';
import { FileMailTransport, nodemailerMessage } from './mail-transport';

const FROM = 'Emplois de l’inclusion — IAE <ne-pas-repondre@emplois-iae.localhost>';
const EMAIL = {
  to: 'lea.martin@exemple.fr',
  subject: 'Votre candidature chez « Jardins de Cocagne — Saint-Étienne » a été acceptée : le PASS IAE n° 99999 0000001 est délivré',
  text: 'Bonjour Léa,\n\nVotre embauche commence le 1er février.\n\n.Une ligne qui commence par un point.\nhttps://emplois.exemple.fr/candidat\n',
  html: '<p>Bonjour Léa,</p><p>Votre embauche commence le <strong>1er février</strong>. Œuvre, « guillemets » et 😀.</p>',
  messageId: '<0b5e2a8e-8c1f-4c7e-9d7a-5d6f0c2b9a11@emplois.exemple.fr>',
};
const DATE = new Date('2026-12-07T09:05:03Z');

function address(value: AddressObject | AddressObject[] | undefined) {
  return (Array.isArray(value) ? value : value ? [value] : []).flatMap((a) => a.value.map((v) => ({ name: v.name, address: v.address })));
}

function essentials(mail: ParsedMail) {
  return {
    from: address(mail.from),
    to: address(mail.to),
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: mail.messageId,
    autoSubmitted: mail.headers.get('auto-submitted'),
    contentLanguage: mail.headers.get('content-language'),
  };
}

async function composedByNodemailer(email: typeof EMAIL): Promise<Buffer> {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true });
  return (await transport.sendMail(nodemailerMessage(FROM, email))).message as Buffer;
}

describe('composeMailMessage', () => {
  it('reads, in a mail client’s parser, as nodemailer’s message of the same e-mail', async () => {
    const composed = composeMailMessage(mailSender(FROM)!, EMAIL, DATE)!;
    const ours = await simpleParser(composed.raw);
    const theirs = await simpleParser(await composedByNodemailer(EMAIL));
    expect(essentials(ours)).toEqual(essentials(theirs));
    expect(essentials(ours)).toMatchObject({
      from: [{ name: 'Emplois de l’inclusion — IAE', address: 'ne-pas-repondre@emplois-iae.localhost' }],
      to: [{ name: '', address: 'lea.martin@exemple.fr' }],
      subject: EMAIL.subject,
      messageId: EMAIL.messageId,
      autoSubmitted: 'auto-generated',
      contentLanguage: 'fr',
    });
    expect(ours.date).toEqual(DATE);
    expect(composed.envelope).toEqual({ from: 'ne-pas-repondre@emplois-iae.localhost', to: ['lea.martin@exemple.fr'] });
  });

  it('writes 7-bit lines of at most 78 characters, ended by CRLF', () => {
    const raw = composeMailMessage(mailSender(FROM)!, EMAIL, DATE)!.raw.toString('latin1');
    expect([...raw].every((c) => c.charCodeAt(0) < 0x80)).toBe(true);
    expect(raw.endsWith('\r\n')).toBe(true);
    const lines = raw.slice(0, -2).split('\r\n');
    expect(lines.every((line) => !line.includes('\n') && !line.includes('\r'))).toBe(true);
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(78);
  });

  it('gives each message its own boundary', () => {
    const boundary = (raw: Buffer) => /boundary="([^"]+)"/.exec(raw.toString('latin1'))![1];
    const sender = mailSender(FROM)!;
    expect(boundary(composeMailMessage(sender, EMAIL, DATE)!.raw)).not.toBe(boundary(composeMailMessage(sender, EMAIL, DATE)!.raw));
  });

  it('keeps a subject that looks like an encoded word as it was typed', async () => {
    const email = { ...EMAIL, subject: 'Question sur =?UTF-8?B?SGVsbG8=?= et "guillemets"' };
    const parsed = await simpleParser(composeMailMessage(mailSender(FROM)!, email, DATE)!.raw);
    expect(parsed.subject).toBe(email.subject);
  });

  it('leaves to nodemailer a recipient whose address is not plain ASCII', () => {
    expect(composeMailMessage(mailSender(FROM)!, { ...EMAIL, to: 'léa@exemple.fr' }, DATE)).toBeNull();
    expect(composeMailMessage(mailSender(FROM)!, { ...EMAIL, to: 'lea@exemple.fr\r\nBcc: x@y.fr' }, DATE)).toBeNull();
  });
});

describe('mailSender', () => {
  it('reads a bare address, a quoted name and a name to encode', async () => {
    expect(mailSender('ne-pas-repondre@exemple.fr')).toEqual({ address: 'ne-pas-repondre@exemple.fr', header: 'From: ne-pas-repondre@exemple.fr' });
    expect(mailSender('"Emplois \\"IAE\\"" <a@exemple.fr>')!.header).toBe('From: "Emplois \\"IAE\\"" <a@exemple.fr>');
    const parsed = await simpleParser(composeMailMessage(mailSender('Équipe IAE <a@exemple.fr>')!, EMAIL, DATE)!.raw);
    expect(address(parsed.from)).toEqual([{ name: 'Équipe IAE', address: 'a@exemple.fr' }]);
  });

  it('declines what it cannot write, for nodemailer to compose', () => {
    expect(mailSender('pas une adresse')).toBeNull();
    expect(mailSender('Équipe <équipe@exemple.fr>')).toBeNull();
  });
});

describe('mailDate', () => {
  it('writes RFC 5322’s date in UTC', () => {
    expect(mailDate(DATE)).toBe('Mon, 07 Dec 2026 09:05:03 +0000');
    expect(mailDate(new Date('2027-02-28T23:59:59Z'))).toBe('Sun, 28 Feb 2027 23:59:59 +0000');
  });
});

describe('FileMailTransport', () => {
  it('writes the composed message, as a mail client reads it, where MAIL_DIR says', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'iae-mail-'));
    try {
      const transport = new FileMailTransport({ mail: { from: FROM, dir } } as AppConfig);
      expect(await transport.send(EMAIL)).toEqual({ providerMessageId: EMAIL.messageId });
      const [file] = await readdir(dir);
      const parsed = await simpleParser(await readFile(join(dir, file!)));
      expect(essentials(parsed)).toEqual(essentials(await simpleParser(await composedByNodemailer(EMAIL))));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
