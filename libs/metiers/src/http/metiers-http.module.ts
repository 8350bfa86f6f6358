import { Module } from '@nestjs/common';
import { MetiersModule } from '../metiers.module';
import { MetiersController, RomesController } from './metiers.controller';

@Module({
  imports: [MetiersModule],
  controllers: [MetiersController, RomesController],
})
export class MetiersHttpModule {}
