import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EmailMessage } from './email-message.entity';
import { EmailsService } from './emails.service';
import { MailRepository } from './mail.repository';
import { MailTemplates } from './mail-templates';
import { NotificationCatalog } from './notification-catalog';
import { NotificationListeners } from './notification-events';
import { OutboxMessage } from './outbox-message.entity';
import { OutboxRepository } from './outbox.repository';
import { Outbox } from './outbox.service';

/** The context's SQL, for its own services only (the worker module provides them too). */
export const NOTIFICATIONS_REPOSITORIES = [MailRepository, OutboxRepository];

@Module({
  imports: [TypeOrmModule.forFeature([EmailMessage, OutboxMessage])],
  providers: [MailTemplates, Outbox, EmailsService, NotificationCatalog, NotificationListeners, ...NOTIFICATIONS_REPOSITORIES],
  exports: [MailTemplates, Outbox, EmailsService, NotificationCatalog, NotificationListeners, TypeOrmModule],
})
export class NotificationsModule {}
