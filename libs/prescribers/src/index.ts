export * from './prescribers.module';
export * from './http/prescribers-http.module';
export * from './prescriber-organizations.service';
export * from './habilitation-requests.service';
export * from './rules/habilitation-rules';
export * from './problems';
export * from './events';
