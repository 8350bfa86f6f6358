import { Injectable } from '@nestjs/common';
import type { EmailRequest } from './outbox.service';

/** The queue the notifications listener consumes: the events the other contexts send it. */
export const NOTIFICATIONS_QUEUE = 'notifications';

/**
 * What a context tells the notifications listener, in its own words (its `events.ts`): written to the outbox with
 * `Outbox.publish` in the transaction of the change, so it exists if and only if the change committed. The payload
 * holds ids, and what the listener could not read again consistently later (the state reached, the words of the
 * answer, the dates issued): the rest (names, e-mail addresses, who wants which notification) is read when it runs.
 */
export interface NotificationEvent<Name extends string = string, Payload extends object = Record<string, unknown>> {
  queue: typeof NOTIFICATIONS_QUEUE;
  jobName: Name;
  payload: Payload;
}

/** The e-mails one event asks for; read-only (the listener writes them, all at once, once). */
export type EventEmails<E extends NotificationEvent = NotificationEvent> = (event: { id: string; payload: E['payload'] }) => Promise<EmailRequest[]>;

/**
 * Which e-mails each event makes. The context that sends an event declares, when its module starts, the e-mails it
 * makes (as it declares its templates and optional notifications): it knows their words and whom they concern, and
 * resolves them through the owners' services, after the commit, outside its own transaction.
 */
@Injectable()
export class NotificationListeners {
  private readonly listeners = new Map<string, EventEmails>();

  on<E extends NotificationEvent>(jobName: E['jobName'], emails: EventEmails<E>): void {
    if (this.listeners.has(jobName)) throw new Error(`Two listeners for the event ${jobName}`);
    this.listeners.set(jobName, emails as EventEmails);
  }

  emailsOf(jobName: string): EventEmails | undefined {
    return this.listeners.get(jobName);
  }
}
