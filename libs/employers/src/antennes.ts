import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Employer } from './employer.entity';
import { EmployerView, EmployersService } from './employers.service';

/** A structure's antennes: the secondary establishments declared under it (same SIREN, same kind). */
@Injectable()
export class Antennes {
  constructor(
    private readonly dataSource: DataSource,
    private readonly employers: EmployersService,
  ) {}

  /** Those of `employerId`, by name (an antenne has none of its own). */
  async list(employerId: string): Promise<EmployerView[]> {
    const manager = this.dataSource.manager;
    const children = await manager.getRepository(Employer).find({ select: { id: true }, where: { parentId: employerId } });
    const views = await this.employers.viewsWithin(
      manager,
      children.map((c) => c.id),
    );
    return views.sort((a, b) => a.name.localeCompare(b.name, 'fr') || a.id.localeCompare(b.id));
  }
}
