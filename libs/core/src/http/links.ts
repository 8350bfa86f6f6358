/**
 * The pages of the web application that e-mails link to with a secret (a one-time token). The secret
 * sits in the fragment: browsers never send it to any server, so it reaches no access log, no proxy
 * and no Referer; the page reads it and sends it to the API in a request body.
 */
export const SECRET_LINK_PAGES = {
  emailConfirmation: '/confirm-email',
  passwordReset: '/reset-password',
  invitation: '/invitations/accept',
  candidateInvitation: '/candidate-invitations/accept',
} as const;

export function linkWithSecret(publicUrl: string, page: keyof typeof SECRET_LINK_PAGES, token: string): string {
  return `${publicUrl}${SECRET_LINK_PAGES[page]}#token=${encodeURIComponent(token)}`;
}
