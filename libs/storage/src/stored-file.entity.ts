import { Column, Entity } from 'typeorm';
import { TimestampedEntity } from '@iae/database';

@Entity({ name: 'stored_files' })
export class StoredFile extends TimestampedEntity {
  @Column({ type: 'text' })
  storageKey: string;

  @Column({ type: 'text' })
  fileName: string;

  @Column({ type: 'text' })
  contentType: string;

  @Column({ type: 'int' })
  size: number;

  @Column({ type: 'text' })
  sha256: string;

  /** What the file is for, e.g. `habilitation_request`, `eligibility_proof`. */
  @Column({ type: 'text' })
  purpose: string;

  @Column({ type: 'uuid', nullable: true })
  uploadedById: string | null;

  /** The organisation that sent the file: only it may attach the file to a record. */
  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;
}
