import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@iae/core';
import { FileStorage, LocalDiskStorage } from './file-storage';
import { FilesService } from './files.service';
import { StorageRepository } from './storage.repository';
import { StoredFile } from './stored-file.entity';

@Module({
  imports: [TypeOrmModule.forFeature([StoredFile])],
  providers: [
    { provide: FileStorage, inject: [AppConfig], useFactory: (config: AppConfig) => new LocalDiskStorage(config.storage.dir) },
    StorageRepository,
    FilesService,
  ],
  exports: [FilesService],
})
export class StorageModule {}
