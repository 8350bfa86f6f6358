import { fetchWithSession } from '../api/client';
import { ApiProblem } from '../api/problems';

/**
 * Sends a file as multipart (the typed client speaks JSON) to an upload endpoint of the API, with the session, once
 * more after renewing an expired access token; answers the stored file's id.
 */
export async function uploadFile(
  path: '/api/candidature-resumes' | '/api/eligibility-proofs' | '/api/prolongation-reports',
  file: File,
  intentKey: string,
): Promise<string> {
  return ((await sendFile(path, file, intentKey)) as { id: string }).id;
}

/**
 * Sends a file as multipart in the field « file » to `path`, with the session (renewed once if expired); answers the API's JSON answer.
 * Its `Idempotency-Key` is the user's intent (kept across retries) and the file's content: sending the same file
 * again replays the first upload, choosing another file is another upload.
 */
export async function sendFile(path: string, file: File, intentKey: string): Promise<unknown> {
  const body = new FormData();
  body.append('file', file);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await file.arrayBuffer()));
  const key = `${intentKey}.${Array.from(digest.subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join('')}`;
  const response = await fetchWithSession(path, { method: 'POST', body, headers: { 'idempotency-key': key } });
  const answer = await response.json().catch(() => null);
  if (!response.ok) throw new ApiProblem(response.status, answer);
  return answer;
}
