import { Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { ProblemFilter } from '../errors/problem.filter';
import { PlatformController } from './platform.controller';
import { StrictValidationPipe } from './validation.pipe';

/** What every API route shares: strict validation, problem+json errors, health (idempotent creates: `@Idempotent()`). */
@Module({
  controllers: [PlatformController],
  providers: [
    { provide: APP_PIPE, useClass: StrictValidationPipe },
    { provide: APP_FILTER, useClass: ProblemFilter },
  ],
})
export class ApiPlatformModule {}
