import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity.module';
import { AuthController } from './auth.controller';
import { InstitutionsController } from './institutions.controller';
import { InvitationsController } from './invitations.controller';
import { MeController } from './me.controller';
import { UsersController } from './users.controller';
import { OrganizationsController } from './organizations.controller';
import { ProConnectController } from './proconnect.controller';

@Module({
  imports: [IdentityModule],
  controllers: [AuthController, MeController, OrganizationsController, InstitutionsController, InvitationsController, UsersController, ProConnectController],
})
export class IdentityHttpModule {}
