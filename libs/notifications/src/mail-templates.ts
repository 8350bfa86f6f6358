import { Injectable } from '@nestjs/common';
import Handlebars from 'handlebars';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig, ofName, toName } from '@iae/core';

export const APP_NAME = 'Plateforme IAE';

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

type Compiled = { subject: HandlebarsTemplateDelegate; text: HandlebarsTemplateDelegate; html: HandlebarsTemplateDelegate };

const FRENCH_DATE = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' });
const FRENCH_DATE_TIME = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' });

function toDate(value: unknown): Date {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T12:00:00Z`);
  return new Date(value as string);
}

/**
 * The e-mail templates of every context: `<dir>/<name>.subject.hbs`, `.text.hbs` and `.html.hbs`,
 * wrapped in the shared layout. Compiled in strict mode: a missing variable is an error, not a blank.
 */
@Injectable()
export class MailTemplates {
  private readonly directories = new Map<string, string>();
  private readonly compiled = new Map<string, Compiled>();
  private readonly handlebars = Handlebars.create();
  private readonly layout: { text: HandlebarsTemplateDelegate; html: HandlebarsTemplateDelegate };

  constructor(private readonly config: AppConfig) {
    this.handlebars.registerHelper('date', (value: unknown) => FRENCH_DATE.format(toDate(value)));
    this.handlebars.registerHelper('eq', (a: unknown, b: unknown) => a === b);
    this.handlebars.registerHelper('datetime', (value: unknown) => FRENCH_DATE_TIME.format(toDate(value)));
    // « {{de employerName}} », « {{a employerName}} »: d’Amélie, des Jardins, aux Jardins.
    this.handlebars.registerHelper('de', (name: unknown) => ofName(String(name)));
    this.handlebars.registerHelper('a', (name: unknown) => toName(String(name)));
    const dir = join(__dirname, 'templates');
    this.layout = {
      text: this.compile(join(dir, 'layout.text.hbs')),
      html: this.compile(join(dir, 'layout.html.hbs')),
    };
  }

  /** Called by each context for its own `templates/` folder. */
  registerDirectory(context: string, directory: string): void {
    this.directories.set(context, directory);
  }

  assertExists(name: string): void {
    this.load(name);
  }

  render(name: string, context: Record<string, unknown>): RenderedEmail {
    const template = this.load(name);
    const data = { appName: APP_NAME, publicUrl: this.config.http.publicUrl, ...context };
    const subject = template.subject(data).replace(/\s+/g, ' ').trim();
    const text = template.text(data);
    const html = template.html(data);
    return {
      subject,
      text: this.layout.text({ ...data, subject, body: text }),
      html: this.layout.html({ ...data, subject, body: html }),
    };
  }

  private load(name: string): Compiled {
    const cached = this.compiled.get(name);
    if (cached) return cached;
    const [context, file] = name.split('/');
    const directory = this.directories.get(context);
    if (!directory || !file) throw new Error(`Unknown e-mail template "${name}"`);
    const path = (part: string) => join(directory, `${file}.${part}.hbs`);
    for (const part of ['subject', 'text', 'html']) {
      if (!existsSync(path(part))) throw new Error(`E-mail template "${name}" has no ${part} part (${path(part)})`);
    }
    const compiled: Compiled = {
      subject: this.compile(path('subject'), true),
      text: this.compile(path('text'), true),
      html: this.compile(path('html')),
    };
    this.compiled.set(name, compiled);
    return compiled;
  }

  private compile(path: string, plainText = false): HandlebarsTemplateDelegate {
    return this.handlebars.compile(readFileSync(path, 'utf8'), { strict: true, noEscape: plainText });
  }
}
