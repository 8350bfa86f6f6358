import { Module } from '@nestjs/common';
import { MetiersRepository } from './metiers.repository';
import { MetiersService } from './metiers.service';

/** ROME codes, appellations (job titles) and the 14 domains. */
@Module({
  providers: [MetiersRepository, MetiersService],
  exports: [MetiersService],
})
export class MetiersModule {}
