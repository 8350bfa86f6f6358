import { ApiProblem } from '../api/problems';
import { session } from '../api/session-store';

/**
 * Sends a file as multipart (the typed client speaks JSON) to an upload endpoint of the API, with the session, once
 * more after renewing an expired access token; answers the stored file's id.
 */
export async function uploadFile(path: '/api/candidature-resumes' | '/api/eligibility-proofs' | '/api/prolongation-reports', file: File): Promise<string> {
  return ((await sendFile(path, file)) as { id: string }).id;
}

/** Sends a file as multipart in the field « file » to `path`, with the session; answers the API's JSON answer. */
export async function sendFile(path: string, file: File): Promise<unknown> {
  const body = new FormData();
  body.append('file', file);
  const send = () =>
    fetch(path, {
      method: 'POST',
      body,
      headers: { authorization: `Bearer ${session.accessToken}`, 'x-organization-id': session.organizationId ?? '' },
    });
  let response = await send();
  if (response.status === 401 && (await session.renew())) response = await send();
  const answer = await response.json().catch(() => null);
  if (!response.ok) throw new ApiProblem(response.status, answer);
  return answer;
}
