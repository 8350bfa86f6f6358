import { Injectable } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { QueueProcessor } from '@iae/core';
import { NOTIFICATIONS_QUEUE, NotificationListeners } from './notification-events';
import { OutboxRepository } from './outbox.repository';
import { Outbox } from './outbox.service';

/** An event as the listener receives it: its outbox row's id (the job id), its name and payload. */
export interface DeliveredEvent {
  id: string;
  name: string;
  payload: Record<string, unknown>;
}

/**
 * The notifications listener (worker side): after the commit of a change, turns each event of the `notifications`
 * queue into its e-mails. The recipients are resolved here (members and admins with their notification preferences,
 * the candidate, the sender), by the e-mails the sending context declared; then all the e-mails of the event are
 * queued in one transaction, which also marks the event handled. Delivered twice (a worker killed, Redis restarted
 * empty and the event queued again), an event queues nothing more: a handled event is skipped, and each e-mail is
 * unique per event, template and recipient.
 */
@Injectable()
export class NotificationListener extends QueueProcessor<Record<string, unknown>, string> {
  readonly queueName = NOTIFICATIONS_QUEUE;
  protected override readonly concurrency = 4;

  constructor(
    private readonly listeners: NotificationListeners,
    private readonly outbox: Outbox,
    private readonly outboxRows: OutboxRepository,
  ) {
    super();
  }

  process(job: Job<Record<string, unknown>>): Promise<string> {
    return this.handle({ id: job.id!, name: job.name, payload: job.data });
  }

  async handle(event: DeliveredEvent): Promise<string> {
    const emails = this.listeners.emailsOf(event.name);
    if (!emails) throw new UnrecoverableError(`No e-mails are declared for the event ${event.name}`);
    if (await this.handled(event.id)) return 'already handled';
    // Read outside the transaction that writes: recipients come from the owners' services, as they are now.
    const requests = await emails({ id: event.id, payload: event.payload });
    // Queued and marked handled in one transaction, the event's row locked: a second delivery waits, then finds it handled.
    const outcome = await this.outbox.handleOnce(
      event.id,
      async (manager) => `${await this.outbox.queueEventEmails(manager, event.id, requests)} e-mail(s) queued`,
    );
    return outcome ?? 'already handled';
  }

  private async handled(id: string): Promise<boolean> {
    return (await this.outboxRows.eventHandled(id)) !== false;
  }
}
