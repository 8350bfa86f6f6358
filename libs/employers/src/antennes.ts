import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EmployersRepository } from './employers.repository';
import { EmployerView, EmployersService } from './employers.service';

/** A structure's antennes: the secondary establishments declared under it (same SIREN, same kind). */
@Injectable()
export class Antennes {
  constructor(
    private readonly dataSource: DataSource,
    private readonly employers: EmployersService,
    private readonly repository: EmployersRepository,
  ) {}

  /** Those of `employerId`, by name (an antenne has none of its own). */
  async list(employerId: string): Promise<EmployerView[]> {
    const views = await this.employers.viewsWithin(this.dataSource.manager, await this.repository.antenneIdsOf(employerId));
    return views.sort((a, b) => a.name.localeCompare(b.name, 'fr') || a.id.localeCompare(b.id));
  }
}
