import { Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { ProblemFilter } from '../errors/problem.filter';
import { IdempotencyInterceptor } from './idempotency';
import { PlatformController } from './platform.controller';
import { StrictValidationPipe } from './validation.pipe';

/** What every API route shares: strict validation, problem+json errors, idempotent creates, health. */
@Module({
  controllers: [PlatformController],
  providers: [
    { provide: APP_PIPE, useClass: StrictValidationPipe },
    { provide: APP_FILTER, useClass: ProblemFilter },
    { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
  ],
})
export class ApiPlatformModule {}
