// The e-mail pipeline, end to end: rows queued in the outbox (as a business transaction writes them), relayed and
// sent by the built worker to a local SMTP server; next to nodemailer with a pool sending the same number of
// messages of the same size from this process to the same server, in the same run.
import nodemailer from 'nodemailer';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync, readdirSync } from 'node:fs';
import { SMTPServer } from 'smtp-server';
import { root } from '../scripts/lib/shell.mjs';
import { rateAtLeast } from './goals.mjs';

const COUNT = Number(process.env.BENCH_MAILS || 3000);
const POOL = 4;

/** A local SMTP server that accepts everything and counts what it received. */
async function startCatcher() {
  let received = 0;
  let waiter = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        received++;
        if (waiter && received >= waiter.target) waiter.resolve();
        callback();
      });
    },
  });
  server.on('error', () => undefined);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${server.server.address().port}`,
    get received() {
      return received;
    },
    /** Resolves once `target` messages arrived in all. */
    until(target) {
      if (received >= target) return Promise.resolve();
      return new Promise((resolve) => (waiter = { target, resolve }));
    },
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** What the template of a password reset renders to, roughly: the same bytes on the wire. */
function sampleMessage(i) {
  const text = `Bonjour Personne ${i},\n\n${'Vous avez demandé à choisir un nouveau mot de passe. '.repeat(8)}\n\nhttp://127.0.0.1/nouveau-mot-de-passe#jeton=${'x'.repeat(43)}\n`;
  return {
    from: 'Plateforme IAE <ne-pas-repondre@exemple.fr>',
    to: `bench.mail.${i}@exemple.fr`,
    subject: 'Réinitialisation de votre mot de passe Plateforme IAE',
    text,
    html: `<html><body><p>${text.replace(/\n/g, '<br>')}</p></body></html>`,
  };
}

async function pooledNodemailer(catcher) {
  const transport = nodemailer.createTransport(`${catcher.url}?pool=true&maxConnections=${POOL}`);
  const before = catcher.received;
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: COUNT }, (_, i) => transport.sendMail(sampleMessage(i))));
  await catcher.until(before + COUNT);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  transport.close();
  return seconds;
}

/** Queues COUNT password-reset e-mails in one transaction, the way Outbox.queueEmail writes them. */
async function queueInOutbox(client) {
  await client.query('BEGIN');
  const { rows } = await client.query(
    `INSERT INTO email_messages (template, recipient, context, status, attempts)
     SELECT 'identity/password-reset', 'bench.mail.' || g || '@exemple.fr',
            jsonb_build_object('firstName', 'Personne ' || g, 'link', 'http://127.0.0.1/nouveau-mot-de-passe#jeton=' || repeat('x', 43), 'token', 't',
                               'expiresAt', '2030-01-01T00:00:00.000Z'),
            'queued', 0
       FROM generate_series(1, $1::int) g
     RETURNING id`,
    [COUNT],
  );
  await client.query(
    `INSERT INTO outbox_messages (queue, job_name, payload) SELECT 'mail', 'send', jsonb_build_object('emailMessageId', id) FROM unnest($1::uuid[]) id`,
    [rows.map((r) => r.id)],
  );
  await client.query('COMMIT');
  return rows.map((r) => r.id);
}

/** CPU time (ms) a process has used so far, from /proc: what a message costs, whatever else the machine runs. */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

/**
 * CPU time (ms) used so far by every process of a local service (`postgres`, `redis-server`), from /proc: null when
 * none runs here. Machine-wide: whatever else those services serve beside the bench counts too.
 */
function serviceCpuMs(command) {
  let total = 0;
  let found = false;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== command) continue;
    } catch {
      continue;
    }
    const ms = cpuMs(pid);
    if (Number.isFinite(ms)) {
      total += ms;
      found = true;
    }
  }
  return found ? total : null;
}

const SERVICES = ['postgres', 'redis-server'];

async function workerPipeline(client, env, catcher) {
  // Nothing of an earlier run left to send: the figure counts this run's messages only.
  await client.query(`UPDATE email_messages SET status = 'sent', sent_at = now(), context = NULL WHERE status = 'queued' AND recipient LIKE 'bench.mail.%'`);
  await client.query(`UPDATE outbox_messages SET relayed_at = now() WHERE relayed_at IS NULL`);
  // BENCH_WORKER_NODE_ARGS='--cpu-prof --cpu-prof-dir=var/prof' profiles the worker.
  const nodeArgs = process.env.BENCH_WORKER_NODE_ARGS ? process.env.BENCH_WORKER_NODE_ARGS.split(' ') : [];
  const worker = spawn(process.execPath, [...nodeArgs, 'dist/apps/worker/src/main.js'], {
    cwd: root,
    env: { ...env, SMTP_URL: catcher.url, SCHEDULES_ENABLED: 'false', MAIL_BACKOFF_MS: '50' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    // The worker is ready when it has relayed an empty outbox: queue after it started, so its boot is not counted.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const before = catcher.received;
    const cpuBefore = cpuMs(worker.pid);
    const servicesBefore = SERVICES.map(serviceCpuMs);
    const started = process.hrtime.bigint();
    const ids = await queueInOutbox(client);
    await catcher.until(before + COUNT);
    const delivered = Number(process.hrtime.bigint() - started) / 1e9;
    // Sent is recorded just after delivery: wait for the records too, as an operator reads them.
    for (;;) {
      const { rows } = await client.query(`SELECT count(*)::int AS n FROM email_messages WHERE id = ANY($1::uuid[]) AND status = 'sent'`, [ids]);
      if (rows[0].n >= COUNT) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const recorded = Number(process.hrtime.bigint() - started) / 1e9;
    const workerCpuMs = (cpuMs(worker.pid) - cpuBefore) / COUNT;
    const servicesCpuMs = SERVICES.map((command, i) => {
      const after = serviceCpuMs(command);
      return after === null || servicesBefore[i] === null ? null : (after - servicesBefore[i]) / COUNT;
    });
    return { delivered, recorded, duplicates: catcher.received - before - COUNT, workerCpuMs, servicesCpuMs };
  } finally {
    worker.kill('SIGTERM');
    await once(worker, 'exit');
  }
}

export const MAIL_SCENARIOS = [
  {
    name: 'e-mails: outbox → worker → SMTP',
    goals: [
      rateAtLeast(500, 'e-mails'),
      {
        label: '≥ 50 % of pooled nodemailer',
        check: (row) => ({ measured: `${row.ofPooled.toFixed(1)} %`, met: row.ofPooled >= 50 }),
      },
      { label: '0 duplicates', check: (row) => ({ measured: String(row.errors), met: row.errors === 0 }) },
    ],
    async measure({ client, env }) {
      const catcher = await startCatcher();
      try {
        const baseline = await pooledNodemailer(catcher);
        const pipeline = await workerPipeline(client, env, catcher);
        const baselineRate = COUNT / baseline;
        const rate = COUNT / pipeline.recorded;
        this.notes = [
          `E-mails: ${COUNT} messages; nodemailer pooled (${POOL} connections) from one process ${Math.round(baselineRate)}/s; ` +
            `the pipeline delivered them in ${pipeline.delivered.toFixed(2)} s and recorded them sent in ${pipeline.recorded.toFixed(2)} s: ` +
            `${Math.round(rate)}/s, ${((rate / baselineRate) * 100).toFixed(1)} % of pooled nodemailer; ${pipeline.duplicates} duplicates; ` +
            `the worker's CPU: ${pipeline.workerCpuMs.toFixed(2)} ms a message` +
            SERVICES.map((command, i) => (pipeline.servicesCpuMs[i] === null ? '' : `, ${command}'s ${pipeline.servicesCpuMs[i].toFixed(2)} ms`)).join('') +
            '.',
        ];
        return { connections: POOL, rps: Math.round(rate), p50: '—', p95: '—', p99: '—', errors: pipeline.duplicates, ofPooled: (rate / baselineRate) * 100 };
      } finally {
        await catcher.stop();
      }
    },
    report() {
      return this.notes ?? [];
    },
  },
];
