import { SetMetadata, applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiResponse } from '@nestjs/swagger';
import { OrganizationFamily, UserKind } from './actor';

/**
 * Who may call an endpoint. Every route declares exactly one rule; the access guard
 * (identity) enforces it and refuses to boot on a route that declares none.
 */
export type AccessRule =
  | { kind: 'public'; identify?: boolean }
  | {
      kind: 'user';
      userKinds?: UserKind[];
      /** A professional must act for an organisation of these families (staff may act for none). */
      families?: OrganizationFamily[];
    }
  | { kind: 'staff' }
  | {
      kind: 'member';
      /** Organisation families allowed; all when omitted. */
      families?: OrganizationFamily[];
      /** Organisation kinds allowed (e.g. `DDETS_IAE`); all when omitted. */
      kinds?: string[];
      /** `admin` restricts to administrators of the organisation. */
      role?: 'admin';
      /** Only prescriber organisations whose authorisation is validated. */
      habilitated?: boolean;
      /** Platform staff pass without a membership. */
      allowStaff?: boolean;
      /** Name of the path parameter holding the organisation id (else the `X-Organization-Id` header). */
      pathParam?: string;
    };

export const ACCESS_RULE = Symbol('access-rule');

const problemResponse = (status: number, description: string) =>
  ApiResponse({ status, description, content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDocument' } } } });

function declare(rule: AccessRule, ...docs: Array<ClassDecorator | MethodDecorator | PropertyDecorator>) {
  return applyDecorators(SetMetadata(ACCESS_RULE, rule), ...docs);
}

export const Access = {
  /** Anyone, signed in or not. With `identify`, a signed-in caller is recognised (members see more). */
  public: (options: { identify?: boolean } = {}) => declare({ kind: 'public', ...options }, ...(options.identify ? [ApiBearerAuth()] : [])),

  /** Any signed-in user (optionally only some kinds of users, or professionals of some families). */
  user: (options: { kinds?: UserKind[]; families?: OrganizationFamily[] } = {}) =>
    declare(
      { kind: 'user', userKinds: options.kinds, families: options.families },
      ApiBearerAuth(),
      ...(options.families
        ? [ApiHeader({ name: 'X-Organization-Id', required: false, description: 'Pour un professionnel : l’organisation pour laquelle vous agissez.' })]
        : []),
      problemResponse(401, 'Jeton absent, invalide ou expiré.'),
      ...(options.kinds || options.families ? [problemResponse(403, 'Réservé à certains comptes.')] : []),
    ),

  /** Platform staff only. */
  staff: () =>
    declare(
      { kind: 'staff' },
      ApiBearerAuth(),
      problemResponse(401, 'Jeton absent, invalide ou expiré.'),
      problemResponse(403, 'Réservé à l’équipe de la plateforme.'),
    ),

  /** A member of the organisation the request acts for. */
  member: (options: Omit<Extract<AccessRule, { kind: 'member' }>, 'kind'> = {}) =>
    declare(
      { kind: 'member', ...options },
      ApiBearerAuth(),
      ...(options.pathParam
        ? []
        : [ApiHeader({ name: 'X-Organization-Id', required: true, description: 'Identifiant de l’organisation pour laquelle vous agissez.' })]),
      problemResponse(401, 'Jeton absent, invalide ou expiré.'),
      problemResponse(403, 'Vous n’êtes pas membre de cette organisation, ou votre rôle ne le permet pas.'),
    ),
};
