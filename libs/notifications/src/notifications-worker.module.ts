import { Module } from '@nestjs/common';
import { MailProcessor } from './mail.processor';
import { mailTransportProvider } from './mail-transport';
import { NotificationsModule } from './notifications.module';
import { MailSweeper } from './mail-sweeper';
import { OutboxRelay } from './outbox-relay';

/** The worker side: relay the outbox to the queues, send e-mail. Imported by apps/worker only. */
@Module({
  imports: [NotificationsModule],
  providers: [mailTransportProvider, MailProcessor, OutboxRelay, MailSweeper],
  exports: [OutboxRelay, MailProcessor, MailSweeper],
})
export class NotificationsWorkerModule {}
