import { Module, OnModuleInit } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { createSecretKey } from 'node:crypto';
import { join } from 'node:path';
import { AppConfig } from '@iae/core';
import { MailTemplates, NotificationsModule } from '@iae/notifications';
import { AccountClosureService } from './account-closure.service';
import { AccountsRepository } from './accounts.repository';
import { AccountsService } from './accounts.service';
import { AccessGuard } from './auth/access.guard';
import { AccessTokens } from './auth/access-tokens';
import { ActorLoader } from './auth/actor-loader';
import { IdentityNotifications } from './identity-notifications';
import { Invitation } from './invitation.entity';
import { InvitationsRepository } from './invitations.repository';
import { InvitationsService } from './invitations.service';
import { Membership } from './membership.entity';
import { Organization } from './organization.entity';
import { OrganizationsRepository } from './organizations.repository';
import { OrganizationsService } from './organizations.service';
import { PasswordHasher } from './password-hasher';
import { RefreshToken } from './refresh-token.entity';
import { Session } from './session.entity';
import { User } from './user.entity';
import { UserToken } from './user-token.entity';
import { NotificationSettingsService } from './notification-settings.service';
import { ProConnectIdentity } from './proconnect/proconnect-identity.entity';
import { ProConnectService } from './proconnect/proconnect.service';

/** Every service of the context is offered to the others. */
const SERVICES = [
  AccountsService,
  AccountClosureService,
  OrganizationsService,
  InvitationsService,
  NotificationSettingsService,
  PasswordHasher,
  AccessTokens,
  ActorLoader,
  ProConnectService,
];

/** The context's SQL, for its own services only. */
const REPOSITORIES = [AccountsRepository, OrganizationsRepository, InvitationsRepository];

@Module({
  imports: [
    TypeOrmModule.forFeature([User, UserToken, RefreshToken, Session, Organization, Membership, Invitation, ProConnectIdentity]),
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        // A KeyObject, not a string: given a string, jsonwebtoken first tries it as a public key
        // and throws, on every request — a fifth of the CPU of an authenticated call.
        const key = createSecretKey(Buffer.from(config.auth.jwtSecret));
        return { secretOrKeyProvider: () => key as unknown as string, signOptions: { algorithm: 'HS256' }, verifyOptions: { algorithms: ['HS256'] } };
      },
    }),
    NotificationsModule,
  ],
  providers: [...SERVICES, ...REPOSITORIES, IdentityNotifications],
  exports: SERVICES,
})
export class IdentityModule implements OnModuleInit {
  constructor(private readonly templates: MailTemplates) {}

  onModuleInit(): void {
    this.templates.registerDirectory('identity', join(__dirname, 'templates'));
  }
}

/** The access guard, applied to every route of the API. Imported once, by apps/api. */
@Module({
  imports: [IdentityModule, DiscoveryModule],
  providers: [{ provide: APP_GUARD, useClass: AccessGuard }],
})
export class AccessControlModule {}
