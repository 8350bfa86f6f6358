import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module';
import { buildOpenApiDocument } from './configure-app';

/**
 * Prints the API's OpenAPI document without a database, Redis or a port: the modules are built in
 * preview mode (no provider is instantiated), which is all the document needs.
 * Used by scripts/web-api-types.mjs to generate the web application's typed client.
 */
async function main(): Promise<void> {
  process.env.JWT_SECRET ||= 'openapi-document-only-openapi-document-only';
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, new FastifyAdapter(), { preview: true, logger: false, abortOnError: false });
  app.setGlobalPrefix('api');
  process.stdout.write(JSON.stringify(buildOpenApiDocument(app)));
}

void main();
