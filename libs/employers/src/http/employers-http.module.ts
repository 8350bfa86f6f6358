import { Module } from '@nestjs/common';
import { EmployersModule } from '../employers.module';
import { EmployersController } from './employers.controller';
import { JobDescriptionsController } from './job-descriptions.controller';

@Module({ imports: [EmployersModule], controllers: [EmployersController, JobDescriptionsController] })
export class EmployersHttpModule {}
