export { sendFile } from './download';
export { sniffFileType } from './file-types';
export { FilesService } from './files.service';
export { StorageModule } from './storage.module';
export { StoredFile } from './stored-file.entity';
export { ApiUpload, readUpload, type Upload } from './upload';
