import { operator } from '../../ui/operator';
import { Page, headingOf } from '../../ui/Page';

export function LegalPage() {
  return (
    <Page {...headingOf('/mentions-legales')}>
      <p>
        {operator.serviceName} est édité par {operator.operatorName.replace(/\\n/g, ' ')}.
      </p>
      <p>Le code source de la plateforme est publié sous licence AGPL-3.0-or-later.</p>
    </Page>
  );
}

export function AccessibilityPage() {
  return (
    <Page {...headingOf('/accessibilite')}>
      <p>
        {operator.serviceName} vise la conformité au référentiel général d’amélioration de l’accessibilité (RGAA 4.1, WCAG 2.1 niveau AA). Chaque page des
        parcours est vérifiée automatiquement à chaque modification ; cette vérification ne remplace pas un audit, qui reste à mener : la plateforme est donc
        déclarée partiellement conforme.
      </p>
    </Page>
  );
}

export function PrivacyPage() {
  return (
    <Page {...headingOf('/donnees-personnelles')}>
      <p>
        Les données des personnes accompagnées (dont le NIR) ne sont visibles que des professionnels qui les suivent. Chaque consultation du NIR est
        enregistrée, et la personne peut savoir qui l’a consulté et quand, depuis son espace candidat.
      </p>
      <p>Aucun traceur publicitaire n’est utilisé. La session est conservée dans un cookie strictement nécessaire, limité à l’authentification.</p>
    </Page>
  );
}
