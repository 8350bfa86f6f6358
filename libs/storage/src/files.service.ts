import { Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { AppConfig, Clock, notFound, validationProblem } from '@iae/core';
import { ACCEPTED_FILE_TYPES, checkFileStructure, safeFileName, sniffFileType } from './file-types';
import { FileStorage, storageKey } from './file-storage';
import { StorageRepository } from './storage.repository';
import { StoredFile } from './stored-file.entity';
import { Upload } from './upload';

/** Stores uploaded documents after checking what they really are, and gives them back to those entitled. */
@Injectable()
export class FilesService {
  constructor(
    private readonly repository: StorageRepository,
    private readonly storage: FileStorage,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  get maxUploadBytes(): number {
    return this.config.storage.maxUploadBytes;
  }

  /**
   * Writes the content, then its row in the caller's transaction. A rollback leaves an unreferenced
   * file on disk, never a row without its file.
   */
  async store(manager: EntityManager, upload: Upload, purpose: string, uploadedById: string | null, organizationId: string | null = null): Promise<StoredFile> {
    const type = sniffFileType(upload.content.subarray(0, 16));
    if (!type) {
      throw validationProblem([
        {
          field: upload.fieldName,
          code: 'fileType',
          message: `Le fichier « ${upload.fieldName} » doit être un ${Object.values(ACCEPTED_FILE_TYPES)
            .map((t) => t.label)
            .join(', un ')}.`,
        },
      ]);
    }
    if (upload.content.length === 0) {
      throw validationProblem([{ field: upload.fieldName, code: 'emptyFile', message: `Le fichier « ${upload.fieldName} » est vide.` }]);
    }
    const broken = checkFileStructure(type, upload.content);
    if (broken) {
      throw validationProblem([
        {
          field: upload.fieldName,
          code: 'fileStructure',
          message: `Le fichier « ${upload.fieldName} » n’est pas un ${ACCEPTED_FILE_TYPES[type].label} valide de bout en bout (${broken}).`,
        },
      ]);
    }
    const id = randomUUID();
    const key = storageKey(id, this.clock.now());
    await this.storage.write(key, upload.content);
    return this.repository.insert(manager, {
      id,
      storageKey: key,
      fileName: safeFileName(upload.fileName, type),
      contentType: type,
      size: upload.content.length,
      sha256: createHash('sha256').update(upload.content).digest('hex'),
      purpose,
      uploadedById,
      organizationId,
    });
  }

  async find(id: string, manager?: EntityManager): Promise<StoredFile | null> {
    return this.repository.findById(id, manager);
  }

  async findByIds(ids: string[], manager?: EntityManager): Promise<StoredFile[]> {
    if (ids.length === 0) return [];
    return this.repository.findByIds(ids, manager);
  }

  async open(id: string): Promise<{ file: StoredFile; content: Buffer }> {
    const file = await this.repository.findById(id);
    if (!file) throw notFound('Ce document n’existe pas.');
    return { file, content: await this.storage.read(file.storageKey) };
  }
}
