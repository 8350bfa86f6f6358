import { Controller, Get, HttpCode, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Access } from '../context/access';
import { Problems, notFound } from '../errors/common-problems';
import { Problem, findProblemType, problemTypeUri, problemTypes } from '../errors/problem';
import { AppConfig } from '../config/app-config';
import { Queues } from '../queue/queues';
import { missingSchedules } from '../queue/scheduled-jobs.processor';
import { ScheduledJobs } from '../queue/scheduled-jobs';
import { RedisService } from '../redis/redis.service';
import { ApiProblems } from './api-problems';

class HealthDto {
  @ApiProperty({ example: 'ok' }) status: string;
}

class ReadinessDto extends HealthDto {
  @ApiProperty({ example: { database: 'up', redis: 'up', schedules: 'up' } }) checks: Record<string, 'up' | 'down'>;
  @ApiProperty({ required: false, description: 'Les tâches planifiées dont Redis a perdu le calendrier (un worker les rétablit).' })
  missingSchedules?: string[];
}

class ProblemTypeDto {
  @ApiProperty({ example: '/api/problems/validation-error' }) type: string;
  @ApiProperty({ example: 'validation-error' }) slug: string;
  @ApiProperty({ example: 400 }) status: number;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
}

@ApiTags('Plateforme')
@Controller()
export class PlatformController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly redis: RedisService,
    private readonly config: AppConfig,
    private readonly queues: Queues,
    private readonly jobs: ScheduledJobs,
  ) {}

  @Get('health')
  @Access.public()
  @ApiOperation({ summary: 'Vivacité : le processus répond' })
  @ApiOkResponse({ type: HealthDto })
  health(): HealthDto {
    return { status: 'ok' };
  }

  @Get('health/ready')
  @HttpCode(200)
  @Access.public()
  @ApiOperation({
    summary: 'Disponibilité : PostgreSQL et Redis répondent',
    description:
      'Répond 503 quand PostgreSQL ou Redis ne répond pas. Quand Redis a perdu le calendrier de tâches planifiées, répond 200 avec `status: degraded`, `checks.schedules: down` et leurs noms : l’API sert, mais ces tâches ne tournent plus jusqu’à ce qu’un worker les rétablisse.',
  })
  @ApiOkResponse({ type: ReadinessDto })
  @ApiServiceUnavailableResponse({ description: 'Une dépendance ne répond pas (problem+json, `checks` détaille laquelle).' })
  async ready(): Promise<ReadinessDto> {
    const [database, redis] = await Promise.all([
      this.dataSource
        .query('SELECT 1')
        .then(() => 'up' as const)
        .catch(() => 'down' as const),
      this.redis.ping().then((ok) => (ok ? ('up' as const) : ('down' as const))),
    ]);
    const checks: Record<string, 'up' | 'down'> = { database, redis };
    if (database === 'down' || redis === 'down') {
      throw new Problem(Problems.unavailable, 'Une dépendance ne répond pas.', { extensions: { checks } });
    }
    if (!this.config.queue.schedulesEnabled) return { status: 'ok', checks };
    const missing = await missingSchedules(this.queues, this.jobs);
    checks.schedules = missing.length ? 'down' : 'up';
    return missing.length ? { status: 'degraded', checks, missingSchedules: missing } : { status: 'ok', checks };
  }

  @Get('problems')
  @Access.public()
  @ApiOperation({ summary: 'Les types de problèmes que l’API peut renvoyer' })
  @ApiOkResponse({ type: [ProblemTypeDto] })
  problems(): ProblemTypeDto[] {
    return problemTypes().map((t) => ({ type: problemTypeUri(t), ...t }));
  }

  @Get('problems/:slug')
  @Access.public()
  @ApiOperation({ summary: 'Un type de problème' })
  @ApiOkResponse({ type: ProblemTypeDto })
  @ApiProblems(404)
  problem(@Param('slug') slug: string): ProblemTypeDto {
    const type = findProblemType(slug);
    if (!type) throw notFound(`Aucun type de problème ne s’appelle « ${slug} ».`);
    return { type: problemTypeUri(type), ...type };
  }
}
