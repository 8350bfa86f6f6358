import { ExecutionContext, createParamDecorator } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { validationProblem } from '../errors/common-problems';

export type OrganizationFamily = 'employer' | 'prescriber' | 'institution';
export type MembershipRole = 'admin' | 'member';
export type UserKind = 'professional' | 'candidate';

/** The organisation a professional acts for in this request (`X-Organization-Id` or the path). */
export interface ActingOrganization {
  id: string;
  family: OrganizationFamily;
  kind: string;
  name: string;
  /** Null when platform staff act on an organisation they do not belong to. */
  role: MembershipRole | null;
  authorizationStatus: string | null;
  departmentCode: string | null;
  regionCode: string | null;
}

/** Who is calling, as the access guard established it. */
export interface Actor {
  userId: string;
  email: string;
  kind: UserKind;
  isStaff: boolean;
  organization: ActingOrganization | null;
  /** The session the access token belongs to. */
  sessionId?: string;
  /** Why staff open personal data (`X-Access-Reason`, URL-encoded); recorded with the access. */
  accessReason?: string;
}

export type RequestWithActor = FastifyRequest & { actor?: Actor };

export function actorOf(request: FastifyRequest): Actor | undefined {
  return (request as RequestWithActor).actor;
}

/** The caller of an authenticated endpoint. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = actorOf(context.switchToHttp().getRequest<FastifyRequest>());
  if (!actor) throw new Error('CurrentActor used on an endpoint that is not authenticated');
  const reason = accessReasonOf(context.switchToHttp().getRequest<FastifyRequest>());
  return reason ? { ...actor, accessReason: reason } : actor;
});

function accessReasonOf(request: FastifyRequest): string | undefined {
  const header = request.headers['x-access-reason'];
  const raw = Array.isArray(header) ? header[0] : header;
  if (!raw?.trim()) return undefined;
  let reason: string;
  try {
    reason = decodeURIComponent(raw).trim().slice(0, 500);
  } catch {
    reason = raw.trim().slice(0, 500);
  }
  // Recorded as text the candidate reads: no control characters (PostgreSQL refuses NUL).
  // eslint-disable-next-line no-control-regex -- control characters are what this refuses
  if (/[\u0000-\u001f\u007f]/.test(reason)) {
    throw validationProblem([
      {
        field: 'X-Access-Reason',
        code: 'noControlCharacter',
        message: 'Le motif (en-tête « X-Access-Reason ») ne doit pas contenir de caractère de contrôle.',
      },
    ]);
  }
  return reason || undefined;
}
