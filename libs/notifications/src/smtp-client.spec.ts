import net, { AddressInfo } from 'node:net';
import { SMTPServer, SMTPServerOptions } from 'smtp-server';
import { composeMailMessage, mailSender } from './mail-message';
import { dataBlock, SmtpError, SmtpPool, smtpSettings } from './smtp-client';

interface Received {
  from: string;
  to: string[];
  data: string;
  secure: boolean;
  user?: string;
}

/** A real SMTP server on a free local port, recording what it accepted and every command it read. */
async function server(options: Partial<SMTPServerOptions> = {}) {
  const received: Received[] = [];
  let sessions = 0;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onConnect: (_session, callback) => {
      sessions++;
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          data: Buffer.concat(chunks).toString('latin1'),
          secure: session.secure,
          user: session.user as string | undefined,
        });
        callback();
      });
    },
    ...options,
  });
  smtp.on('error', () => undefined);
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const { port } = smtp.server.address() as AddressInfo;
  return {
    received,
    get sessions() {
      return sessions;
    },
    url: (query = '') => `smtp://127.0.0.1:${port}${query}`,
    port,
    /** The server ends every open session, as one does after its idle timeout. */
    dropSessions: () => {
      for (const connection of (smtp as unknown as { connections: Set<{ close(): void }> }).connections) connection.close();
    },
    stop: () => new Promise<void>((resolve) => smtp.close(() => resolve())),
  };
}

/** A server that speaks as `answer` says to each line it reads: for what a real server does not do on request. */
async function scriptedServer(answer: (line: string, socket: net.Socket) => void) {
  const ended: Promise<void>[] = [];
  const scripted = net.createServer((socket) => {
    ended.push(new Promise((resolve) => socket.on('close', () => resolve())));
    socket.write('220 scripted ESMTP\r\n');
    let buffered = '';
    socket.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('latin1');
      let end: number;
      while ((end = buffered.indexOf('\r\n')) >= 0) {
        const line = buffered.slice(0, end);
        buffered = buffered.slice(end + 2);
        answer(line, socket);
      }
    });
  });
  await new Promise<void>((resolve) => scripted.listen(0, '127.0.0.1', resolve));
  return {
    url: (query = '') => `smtp://127.0.0.1:${(scripted.address() as AddressInfo).port}${query}`,
    /** Resolves once every connection made so far is closed. */
    allClosed: () => Promise.all(ended),
    stop: () => new Promise<void>((resolve) => scripted.close(() => resolve())),
  };
}

function pool(url: string): SmtpPool {
  return new SmtpPool(smtpSettings(url)!);
}

const message = (i: number) => Buffer.from(`Subject: message ${i}\r\nTo: a${i}@exemple.fr\r\n\r\nBonjour ${i}\r\n`, 'latin1');

describe('smtpSettings', () => {
  it('reads SMTP_URL as nodemailer reads the same keys', () => {
    expect(smtpSettings('smtp://user%40x:p%C3%A4ss@mail.example.org:2525?pool=true&maxConnections=4&socketTimeout=5000&name=iae.example.org')).toEqual({
      host: 'mail.example.org',
      port: 2525,
      secure: false,
      auth: { user: 'user@x', pass: 'päss' },
      maxConnections: 4,
      maxMessages: 100,
      requireTLS: false,
      ignoreTLS: false,
      rejectUnauthorized: true,
      name: 'iae.example.org',
      socketTimeout: 5000,
    });
    expect(smtpSettings('smtps://mail.example.org')).toMatchObject({ port: 465, secure: true, auth: undefined });
    expect(smtpSettings('smtp://mail.example.org?requireTLS=true&tls.rejectUnauthorized=false')).toMatchObject({
      port: 587,
      requireTLS: true,
      rejectUnauthorized: false,
    });
  });

  it('leaves to nodemailer what it asks of nodemailer only', () => {
    expect(smtpSettings('smtp://mail.example.org?pool=false')).toBeNull();
    expect(smtpSettings('smtp://mail.example.org?pool=0')).toBeNull();
    expect(smtpSettings('smtp://mail.example.org?requireTLS=1&ignoreTLS=0')).toMatchObject({ requireTLS: true, ignoreTLS: false });
    expect(smtpSettings('smtp://mail.example.org?authMethod=CRAM-MD5')).toBeNull();
    expect(smtpSettings('smtp://mail.example.org?tls.ciphers=SSLv3')).toBeNull();
  });
});

describe('dataBlock', () => {
  it('sends a composed message as it is, with the final dot', () => {
    const composed = composeMailMessage(
      mailSender('Plateforme <ne-pas-repondre@exemple.fr>')!,
      { to: 'a@exemple.fr', subject: 'Réinitialisation', text: '.\n..', html: '<p>.</p>', messageId: '<1@x>' },
      new Date(0),
    )!;
    expect(dataBlock(composed.raw).toString('latin1')).toBe(`${composed.raw.toString('latin1')}.\r\n`);
  });

  it('ends lines with CRLF and doubles a dot that starts a line (RFC 5321 §4.5.2)', () => {
    expect(dataBlock(Buffer.from('.un\n..deux\r\ntrois\r.\nquatre')).toString()).toBe('..un\r\n...deux\r\ntrois\r\n..\r\nquatre\r\n.\r\n');
  });
});

describe('SmtpPool', () => {
  it('carries many messages over its few sessions, pipelined, every byte as written', async () => {
    const smtp = await server();
    const client = pool(smtp.url('?maxConnections=3'));
    try {
      await Promise.all(Array.from({ length: 30 }, (_, i) => client.send({ from: 'ne-pas-repondre@exemple.fr', to: `a${i}@exemple.fr` }, message(i))));
      expect(smtp.received).toHaveLength(30);
      expect(smtp.sessions).toBe(3);
      const seventh = smtp.received.find((r) => r.to[0] === 'a7@exemple.fr')!;
      expect(seventh).toMatchObject({ from: 'ne-pas-repondre@exemple.fr', to: ['a7@exemple.fr'], data: message(7).toString('latin1') });
    } finally {
      client.close();
      await smtp.stop();
    }
  });

  it('writes MAIL, RCPT and DATA together to a server that offers PIPELINING', async () => {
    // A scripted server that answers the three commands only once it has them all: a client that waits for each
    // answer before the next command never gets there.
    let commands = '';
    let body = '';
    const sent = Buffer.from('Subject: un\r\n\r\nBonjour\r\n');
    const scripted = await scriptedServer((line, socket) => {
      if (commands.endsWith('DATA\r\n')) {
        body += `${line}\r\n`;
        if (line === '.') socket.write('250 queued\r\n');
        return;
      }
      commands += `${line}\r\n`;
      if (line.startsWith('EHLO')) socket.write('250-scripted\r\n250 PIPELINING\r\n');
      if (line === 'DATA') socket.write('250 sender ok\r\n250 recipient ok\r\n354 go on\r\n');
    });
    const client = pool(scripted.url('?name=iae.test'));
    try {
      await client.send({ from: 'f@exemple.fr', to: 'a@exemple.fr' }, sent);
      expect(commands).toBe('EHLO iae.test\r\nMAIL FROM:<f@exemple.fr>\r\nRCPT TO:<a@exemple.fr>\r\nDATA\r\n');
      expect(body).toBe(`${sent.toString('latin1')}.\r\n`);
    } finally {
      client.close();
      await scripted.stop();
    }
  });

  it('speaks to a server without PIPELINING one command at a time, a refusal included', async () => {
    const smtp = await server({
      hidePIPELINING: true,
      onRcptTo: (address, _session, callback) =>
        callback(address.address.startsWith('inconnu') ? Object.assign(new Error('No such user'), { responseCode: 550 }) : undefined),
    } as Partial<SMTPServerOptions>);
    const client = pool(smtp.url('?maxConnections=1'));
    try {
      await expect(client.send({ from: 'f@exemple.fr', to: 'inconnu@exemple.fr' }, message(0))).rejects.toMatchObject({ stage: 'RCPT TO', responseCode: 550 });
      await client.send({ from: 'f@exemple.fr', to: 'a@exemple.fr' }, Buffer.from('Subject: x\r\n\r\n.point\r\n'));
      await client.send({ from: 'f@exemple.fr', to: 'b@exemple.fr' }, message(2));
      expect(smtp.received.map((r) => [r.to[0], r.data])).toEqual([
        ['a@exemple.fr', 'Subject: x\r\n\r\n.point\r\n'],
        ['b@exemple.fr', message(2).toString('latin1')],
      ]);
    } finally {
      client.close();
      await smtp.stop();
    }
  });

  it('reports a refused recipient without its address, and the session carries the next message', async () => {
    const smtp = await server({
      onRcptTo: (address, _session, callback) =>
        address.address.startsWith('inconnu')
          ? callback(Object.assign(new Error(`5.1.1 <${address.address}>: Recipient address rejected`), { responseCode: 550 }))
          : callback(),
    });
    const client = pool(smtp.url('?maxConnections=1'));
    try {
      const refusal = await client.send({ from: 'f@exemple.fr', to: 'inconnu.dupont@exemple.fr' }, message(1)).catch((error: SmtpError) => error);
      expect(refusal).toBeInstanceOf(SmtpError);
      expect(refusal).toMatchObject({ stage: 'RCPT TO', responseCode: 550, messageSent: false });
      expect((refusal as Error).message).toContain('Recipient address rejected');
      expect((refusal as Error).message).not.toContain('dupont');
      await client.send({ from: 'f@exemple.fr', to: 'a@exemple.fr' }, message(2));
      expect(smtp.received.map((r) => r.to)).toEqual([['a@exemple.fr']]);
      expect(smtp.sessions).toBe(1);
    } finally {
      client.close();
      await smtp.stop();
    }
  });

  it('reports a message refused after its data as sent to the server, with the server’s code', async () => {
    let refuse = true;
    const smtp = await server({
      onData(stream, _session, callback) {
        stream.resume();
        stream.on('end', () => {
          if (!refuse) return callback();
          refuse = false;
          callback(Object.assign(new Error('Temporary failure, try again later'), { responseCode: 451 }));
        });
      },
    });
    const client = pool(smtp.url('?maxConnections=1'));
    try {
      await expect(client.send({ from: 'f@exemple.fr', to: 'a@exemple.fr' }, message(1))).rejects.toMatchObject({
        stage: 'message',
        responseCode: 451,
        messageSent: true,
      });
      await client.send({ from: 'f@exemple.fr', to: 'a@exemple.fr' }, message(2));
      expect(smtp.sessions).toBe(1);
    } finally {
      client.close();
      await smtp.stop();
    }
  });

  it('sends through a new session when the server ended the idle one', async () => {
    const smtp = await server();
    const client = pool(smtp.url('?maxConnections=1'));
    try {
      await client.send({ from: 'f@exemple.fr', to: 'a@exemple.fr' }, message(1));
      smtp.dropSessions();
      await client.send({ from: 'f@exemple.fr', to: 'b@exemple.fr' }, message(2));
      expect(smtp.received.map((r) => r.to[0])).toEqual(['a@exemple.fr', 'b@exemple.fr']);
      expect(smtp.sessions).toBe(2);
    } finally {
      client.close();
      await smtp.stop();
    }
  });

  it('opens another session after maxMessages messages', async () => {
    const smtp = await server();
    const client = pool(smtp.url('?maxConnections=1&maxMessages=2'));
    try {
      for (let i = 0; i < 5; i++) await client.send({ from: 'f@exemple.fr', to: `a${i}@exemple.fr` }, message(i));
      expect(smtp.received).toHaveLength(5);
      expect(smtp.sessions).toBe(3);
    } finally {
      client.close();
      await smtp.stop();
    }
  });

  it('logs in with AUTH PLAIN, and reports refused credentials', async () => {
    const smtp = await server({
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true,
      authOptional: false,
      onAuth: (auth, _session, callback) =>
        auth.username === 'iae' && auth.password === 'sécret' ? callback(null, { user: 'iae' }) : callback(new Error('Invalid credentials')),
    });
    const good = pool(smtp.url('').replace('smtp://', 'smtp://iae:s%C3%A9cret@'));
    const bad = pool(smtp.url('').replace('smtp://', 'smtp://iae:wrong@'));
    try {
      await good.send({ from: 'f@exemple.fr', to: 'a@exemple.fr' }, message(1));
      expect(smtp.received[0].user).toBe('iae');
      await expect(bad.send({ from: 'f@exemple.fr', to: 'a@exemple.fr' }, message(2))).rejects.toMatchObject({ stage: 'AUTH', responseCode: 535 });
      expect(smtp.received).toHaveLength(1);
    } finally {
      good.close();
      bad.close();
      await smtp.stop();
    }
  });

  it('asks for STARTTLS when offered, and refuses clear text under requireTLS', async () => {
    const tlsServer = await server({ disabledCommands: ['AUTH'] });
    const clearServer = await server();
    const secured = pool(tlsServer.url('?tls.rejectUnauthorized=false'));
    const required = pool(clearServer.url('?requireTLS=true'));
    try {
      await secured.send({ from: 'f@exemple.fr', to: 'a@exemple.fr' }, message(1));
      expect(tlsServer.received[0].secure).toBe(true);
      await expect(required.send({ from: 'f@exemple.fr', to: 'a@exemple.fr' }, message(1))).rejects.toMatchObject({ stage: 'STARTTLS' });
      expect(clearServer.received).toHaveLength(0);
    } finally {
      secured.close();
      required.close();
      await Promise.all([tlsServer.stop(), clearServer.stop()]);
    }
  });

  it('checks the server’s certificate unless told not to', async () => {
    const tlsServer = await server({ disabledCommands: ['AUTH'] });
    const client = pool(tlsServer.url());
    try {
      await expect(client.send({ from: 'f@exemple.fr', to: 'a@exemple.fr' }, message(1))).rejects.toThrow(/certificate/);
      expect(tlsServer.received).toHaveLength(0);
    } finally {
      client.close();
      await tlsServer.stop();
    }
  });

  it('gives up a TLS handshake the server leaves unanswered', async () => {
    const stalled = await scriptedServer((line, socket) => {
      if (line.startsWith('EHLO')) socket.write('250-scripted\r\n250 STARTTLS\r\n');
      if (line === 'STARTTLS') socket.write('220 go ahead\r\n'); // and then never a byte of the handshake
    });
    const client = pool(stalled.url('?socketTimeout=100'));
    try {
      await expect(client.send({ from: 'f@exemple.fr', to: 'a@exemple.fr' }, message(1))).rejects.toMatchObject({
        stage: 'connection',
        message: 'The SMTP server did not answer in time',
      });
      await stalled.allClosed();
    } finally {
      client.close();
      await stalled.stop();
    }
  });

  it('ends a session the server declared over, unasked', async () => {
    const closing = await scriptedServer((line, socket) => {
      if (line.startsWith('EHLO')) socket.write('250-scripted\r\n250 PIPELINING\r\n');
      if (line === 'DATA') socket.write('250 sender ok\r\n250 recipient ok\r\n354 go on\r\n');
      if (line === '.') socket.write('250 queued\r\n421 closing, idle for too long\r\n'); // and keeps the connection open
    });
    const client = pool(closing.url());
    try {
      await client.send({ from: 'f@exemple.fr', to: 'a@exemple.fr' }, message(1));
      await closing.allClosed();
    } finally {
      client.close();
      await closing.stop();
    }
  });

  it('gives up a server that does not answer, and one that is not there', async () => {
    const silent = net.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    const client = pool(`smtp://127.0.0.1:${port}?socketTimeout=100`);
    try {
      await expect(client.send({ from: 'f@exemple.fr', to: 'a@exemple.fr' }, message(1))).rejects.toMatchObject({
        stage: 'connection',
        message: 'The SMTP server did not answer in time',
      });
    } finally {
      client.close();
      silent.close();
    }
    const nobody = pool(`smtp://127.0.0.1:${port}`);
    await expect(nobody.send({ from: 'f@exemple.fr', to: 'a@exemple.fr' }, message(1))).rejects.toMatchObject({ stage: 'connection' });
  });
});
