import { ModuleMetadata } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { Logger } from 'nestjs-pino';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { AppConfig, Clock, ManualClock, loadConfig } from '@iae/core';
import { OutboxRelay } from '@iae/notifications';
import { AppModule } from '../../../apps/api/src/app.module';
import { API_APP_OPTIONS, configureApp, createFastifyAdapter } from '../../../apps/api/src/configure-app';
import { WorkerModule } from '../../../apps/worker/src/worker.module';

export interface TestAppOptions {
  /** Also run the worker's processors (outbox relay, e-mail, scheduled jobs) in this process. */
  worker?: boolean;
  /** Start the clock here (it then stands still until the test moves it). */
  now?: string | Date;
  /** Environment variables for this app only (e.g. SMTP_URL of a catcher). */
  env?: Record<string, string>;
  imports?: ModuleMetadata['imports'];
  /** Write the server's whole log (Nest's and each request's, level debug) to this file, as production writes it. */
  logFile?: string;
}

export interface TestApp {
  app: NestFastifyApplication;
  http: TestAgent;
  clock: ManualClock;
  config: AppConfig;
  dataSource: DataSource;
  get<T>(token: new (...args: never[]) => T): T;
  /** Relays committed outbox rows now instead of waiting for the notification. */
  relayOutbox(): Promise<number>;
  close(): Promise<void>;
}

/** The real API (and optionally the worker), built by the same configureApp as production. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const saved: Record<string, string | undefined> = {};
  const env = { ...(options.logFile ? { LOG_FILE: options.logFile, LOG_LEVEL: 'debug' } : {}), ...options.env };
  for (const [key, value] of Object.entries(env)) {
    saved[key] = process.env[key];
    process.env[key] = value;
  }
  const config = loadConfig();
  const clock = new ManualClock(options.now ?? new Date());
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule, ...(options.worker ? [WorkerModule] : []), ...(options.imports ?? [])],
  })
    .overrideProvider(Clock)
    .useValue(clock)
    .compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(createFastifyAdapter(config), {
    ...API_APP_OPTIONS,
    ...(options.logFile ? { bufferLogs: true } : { logger: process.env.TEST_LOG_LEVEL ? ['error', 'warn'] : false }),
  });
  if (options.logFile) app.useLogger(app.get(Logger));
  await configureApp(app, config);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();

  return {
    app,
    http: request(app.getHttpServer()),
    clock,
    config,
    dataSource: app.get(DataSource),
    get: (token) => app.get(token),
    relayOutbox: () => (options.worker ? app.get(OutboxRelay).drain() : Promise.resolve(0)),
    close: async () => {
      await app.close();
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    },
  };
}
