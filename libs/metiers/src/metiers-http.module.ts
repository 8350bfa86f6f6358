import { Module } from '@nestjs/common';
import { MetiersModule } from './metiers.module';

@Module({ imports: [MetiersModule] })
export class MetiersHttpModule {}
