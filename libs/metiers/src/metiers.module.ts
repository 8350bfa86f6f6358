import { Module } from '@nestjs/common';

/** ROME codes, appellations (job titles) and the 14 domains. */
@Module({})
export class MetiersModule {}
