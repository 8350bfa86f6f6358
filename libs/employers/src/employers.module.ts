import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { join } from 'node:path';
import { IdentityModule } from '@iae/identity';
import { MetiersModule } from '@iae/metiers';
import { MailTemplates, NotificationsModule } from '@iae/notifications';
import { TerritoryModule } from '@iae/territory';
import { Antennes } from './antennes';
import { Employer } from './employer.entity';
import { EmployerNotifications } from './employer-notifications';
import { EmployersRepository } from './employers.repository';
import { EmployersService } from './employers.service';
import { EndedConventions } from './ended-conventions';
import { JobDescription } from './job-description.entity';
import { JobDescriptionsRepository } from './job-descriptions.repository';
import { JobDescriptionsService } from './job-descriptions.service';

@Module({
  imports: [TypeOrmModule.forFeature([Employer, JobDescription]), IdentityModule, NotificationsModule, TerritoryModule, MetiersModule],
  providers: [EmployersRepository, JobDescriptionsRepository, EmployersService, JobDescriptionsService, EndedConventions, Antennes, EmployerNotifications],
  exports: [EmployersService, JobDescriptionsService, Antennes],
})
export class EmployersModule implements OnModuleInit {
  constructor(private readonly templates: MailTemplates) {}

  onModuleInit(): void {
    this.templates.registerDirectory('employers', join(__dirname, 'templates'));
  }
}
