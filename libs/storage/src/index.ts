export * from './storage.module';
export * from './files.service';
export * from './file-types';
export * from './upload';
export * from './stored-file.entity';
export { FileStorage, LocalDiskStorage } from './file-storage';
export * from './download';
