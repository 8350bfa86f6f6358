/** The operator's identity, written into the page by the API from its configuration (OPERATOR_BRAND, SERVICE_NAME…). */
export interface Operator {
  brand: 'state' | 'none';
  operatorName: string;
  serviceName: string;
  serviceTagline: string;
}

const DEFAULT: Operator = {
  brand: 'state',
  operatorName: 'Ministère du Travail\\net des Solidarités',
  serviceName: 'Plateforme IAE',
  serviceTagline: 'Prescription et recrutement en insertion par l’activité économique',
};

function read(): Operator {
  const content = document.querySelector<HTMLMetaElement>('meta[name="iae-operator"]')?.content;
  // Served by the Vite development server, the page keeps its placeholder.
  if (!content || content.startsWith('__')) return DEFAULT;
  try {
    return { ...DEFAULT, ...(JSON.parse(content) as Partial<Operator>) };
  } catch {
    return DEFAULT;
  }
}

export const operator = read();

/** The nonce of this page's Content-Security-Policy, for the one <style> element the DSFR writes. */
export function cspNonce(): string | undefined {
  const content = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content;
  return content && !content.startsWith('__') ? content : undefined;
}
