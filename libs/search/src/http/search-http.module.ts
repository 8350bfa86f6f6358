import { Module } from '@nestjs/common';
import { SearchModule } from '../search.module';
import { SearchController } from './search.controller';

@Module({ imports: [SearchModule], controllers: [SearchController] })
export class SearchHttpModule {}
