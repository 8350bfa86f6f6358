import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { AppConfig, ConfigError, loadConfig, loadDotEnv } from '@iae/core';
import { AppModule } from './app.module';
import { API_APP_OPTIONS, configureApp, createFastifyAdapter } from './configure-app';

async function bootstrap(): Promise<void> {
  loadDotEnv();
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78);
    }
    throw error;
  }
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, createFastifyAdapter(config), { ...API_APP_OPTIONS, bufferLogs: true });
  app.useLogger(app.get(Logger));
  await configureApp(app, config);
  await app.listen(config.http.port, config.http.host);
  app.get(Logger).log(`API listening on ${config.http.publicUrl}/api (docs: ${config.http.publicUrl}/api/docs)`);
}

void bootstrap();
