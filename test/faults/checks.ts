/** What the fault suite measures after each fault: writes, keys, e-mails. */
import { eventually } from '@iae/testing';
import { Stack } from './stack';
import { Write, send } from './world';

export interface WriteFigures {
  sent: number;
  acknowledged: number;
  acknowledgedPresent: number;
  /** Not acknowledged (cut, 503) but committed: the replay gave the committed answer. */
  committedUnacknowledged: number;
  /** Replays that answered "still in progress" or anything but the one creation. */
  keysStuck: number;
  rowsPerKey: number[];
  answers: Record<string, number>;
}

export async function checkWrites(stack: Stack, writes: Write[], baseUrl: () => string): Promise<WriteFigures> {
  const figures: WriteFigures = {
    sent: writes.length,
    acknowledged: 0,
    acknowledgedPresent: 0,
    committedUnacknowledged: 0,
    keysStuck: 0,
    rowsPerKey: [],
    answers: {},
  };
  for (const write of writes) {
    const status = write.answer?.status ?? 0;
    figures.answers[status] = (figures.answers[status] ?? 0) + 1;
    const table = write.kind === 'candidate' ? 'candidates' : 'candidatures';
    if (status === 201) {
      figures.acknowledged++;
      const { rowCount } = await stack.db.query(`SELECT 1 FROM ${table} WHERE id = $1`, [write.answer!.body.id]);
      if (rowCount === 1) figures.acknowledgedPresent++;
    }
    // Every key, acknowledged or not, replays the committed answer or creates now: never "in progress", never twice.
    const replay = await send(baseUrl, write);
    if (replay.status !== 201) figures.keysStuck++;
    else if (status === 201 && replay.body.id !== write.answer!.body.id) figures.keysStuck++;
    else if (status !== 201 && replay.headers?.get('idempotent-replayed') === 'true') figures.committedUnacknowledged++;
    const { rows } =
      write.kind === 'candidate'
        ? await stack.db.query(`SELECT count(*)::int AS n FROM candidates WHERE nir = $1`, [write.body.nir])
        : await stack.db.query(`SELECT count(*)::int AS n FROM candidatures WHERE candidate_id = $1 AND employer_id = $2`, [
            write.body.candidateId,
            write.body.employerId,
          ]);
    figures.rowsPerKey.push(rows[0].n);
  }
  return figures;
}

export interface EmailFigures {
  expected: number;
  received: number;
  duplicated: number;
}

/** Waits until every e-mail recorded since `since` (ids) has arrived, then counts them by Message-ID. */
export async function checkEmails(stack: Stack, before: Set<string>, timeoutMs = 120_000): Promise<EmailFigures> {
  const host = new URL(stack.publicUrl).hostname;
  const expected = async () => {
    const { rows } = await stack.db.query<{ id: string; status: string }>(`SELECT id, status FROM email_messages`);
    return rows.filter((r) => !before.has(r.id));
  };
  const arrived = (ids: string[]) => {
    const wanted = new Set(ids.map((id) => `<${id}@${host}>`));
    const messages = stack.smtp.messages.filter((m) => wanted.has(m.messageId));
    return { distinct: new Set(messages.map((m) => m.messageId)).size, total: messages.length };
  };
  // E-mails made by the notifications listener from events: every event handled first, then its e-mails all exist.
  await eventually(
    async () =>
      (await stack.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM outbox_messages WHERE queue = 'notifications' AND handled_at IS NULL`)).rows[0].n,
    (unhandled) => unhandled === 0,
    timeoutMs,
  );
  const rows = await eventually(
    expected,
    (list) => list.every((r) => r.status === 'sent') && arrived(list.map((r) => r.id)).distinct === list.length,
    timeoutMs,
  ).catch(async () => expected());
  const { distinct, total } = arrived(rows.map((r) => r.id));
  return { expected: rows.length, received: distinct, duplicated: total - distinct };
}

export async function emailIds(stack: Stack): Promise<Set<string>> {
  const { rows } = await stack.db.query<{ id: string }>(`SELECT id FROM email_messages`);
  return new Set(rows.map((r) => r.id));
}
