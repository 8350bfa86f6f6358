export { PassIaeHttpModule } from './http/pass-iae-http.module';
export { type PassView } from './pass-iae-views';
export { PassIaeModule } from './pass-iae.module';
export { type HireForPass, type IssuedPass, PassIaeService } from './pass-iae.service';
