import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications.module';
import { EmailsController } from './emails.controller';

@Module({ imports: [NotificationsModule], controllers: [EmailsController] })
export class NotificationsHttpModule {}
