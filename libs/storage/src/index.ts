// What other contexts and the apps may use of storage (issue 13: an explicit surface).
export { StorageModule } from './storage.module';
export { FilesService } from './files.service';
export { ACCEPTED_FILE_TYPES, sniffFileType, type AcceptedFileType } from './file-types';
export { ApiUpload, readUpload, type Upload } from './upload';
// The entity stays exported while pass-iae reads a file through it (known table reference, issue 13).
export { StoredFile } from './stored-file.entity';
export { FileStorage, LocalDiskStorage } from './file-storage';
export { sendFile } from './download';
