import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EmailMessage } from './email-message.entity';
import { EmailsService } from './emails.service';
import { MailTemplates } from './mail-templates';
import { NotificationCatalog } from './notification-catalog';
import { NotificationListeners } from './notification-events';
import { OutboxMessage } from './outbox-message.entity';
import { Outbox } from './outbox.service';

@Module({
  imports: [TypeOrmModule.forFeature([EmailMessage, OutboxMessage])],
  providers: [MailTemplates, Outbox, EmailsService, NotificationCatalog, NotificationListeners],
  exports: [MailTemplates, Outbox, EmailsService, NotificationCatalog, NotificationListeners, TypeOrmModule],
})
export class NotificationsModule {}
