/**
 * The pages of the web application that e-mails link to with a secret (a one-time token). The secret
 * sits in the fragment: browsers never send it to any server, so it reaches no access log, no proxy
 * and no Referer; the page reads it and sends it to the API in a request body.
 */
export const SECRET_LINK_PAGES = {
  emailConfirmation: '/confirmer-mon-adresse',
  passwordReset: '/nouveau-mot-de-passe',
  invitation: '/invitation',
  candidateInvitation: '/espace-candidat/invitation',
} as const;

/** The fragment's parameter (French, as the rest of the address a person may read). */
export const SECRET_LINK_PARAMETER = 'jeton';

export function linkWithSecret(publicUrl: string, page: keyof typeof SECRET_LINK_PAGES, token: string): string {
  return `${publicUrl}${SECRET_LINK_PAGES[page]}#${SECRET_LINK_PARAMETER}=${encodeURIComponent(token)}`;
}
