import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { StoredFile } from './stored-file.entity';

/** The storage context's SQL, one method per query: the rows of the stored files (their content is on disk). */
@Injectable()
export class StorageRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Saves the row of a file, in the caller's transaction. */
  insert(manager: EntityManager, values: Partial<StoredFile>): Promise<StoredFile> {
    return manager.getRepository(StoredFile).save(manager.getRepository(StoredFile).create(values));
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<StoredFile | null> {
    return manager.getRepository(StoredFile).findOneBy({ id });
  }

  findByIds(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<StoredFile[]> {
    return manager.getRepository(StoredFile).findBy({ id: In(ids) });
  }
}
