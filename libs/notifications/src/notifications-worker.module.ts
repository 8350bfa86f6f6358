import { Module } from '@nestjs/common';
import { MailProcessor } from './mail.processor';
import { mailTransportProvider } from './mail-transport';
import { NOTIFICATIONS_REPOSITORIES, NotificationsModule } from './notifications.module';
import { MailSweeper } from './mail-sweeper';
import { NotificationListener } from './notification-listener';
import { OutboxRelay } from './outbox-relay';

/** The worker side: relay the outbox to the queues, turn events into e-mails, send e-mail. Imported by apps/worker only. */
@Module({
  imports: [NotificationsModule],
  providers: [mailTransportProvider, MailProcessor, OutboxRelay, MailSweeper, NotificationListener, ...NOTIFICATIONS_REPOSITORIES],
  exports: [OutboxRelay, MailProcessor, MailSweeper, NotificationListener],
})
export class NotificationsWorkerModule {}
