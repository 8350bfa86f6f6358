import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useWriteHeaders } from '../../api/writes';
import { TextField } from '../../ui/fields';
import { FormFailure, SubmitButton, useSubmit } from '../../ui/forms';
import { Page, headingOf } from '../../ui/Page';

interface Values {
  firstName: string;
  lastName: string;
  email: string;
  password: string;
  kind: 'professional' | 'candidate';
}

export function SignUpPage() {
  const form = useForm<Values>({ defaultValues: { firstName: '', lastName: '', email: '', password: '', kind: 'professional' } });
  const [sentTo, setSentTo] = useState<string | null>(null);
  const write = useWriteHeaders();
  const { onSubmit, failure } = useSubmit(form, async (values) => {
    const created = await unwrap(api.POST('/api/auth/signup', { params: { header: write.key() }, body: values }));
    write.done();
    setSentTo(created.email);
  });

  if (sentTo) {
    return (
      <Page title="Confirmez votre adresse e-mail">
        <Alert
          severity="success"
          title="Votre compte est créé"
          description={`Un e-mail vient d’être envoyé à ${sentTo} : ouvrez le lien qu’il contient pour activer votre compte, puis connectez-vous.`}
        />
      </Page>
    );
  }
  return (
    <Page {...headingOf('/inscription')}>
      <div className="iae-narrow">
        <FormFailure failure={failure} />
        <form onSubmit={onSubmit} noValidate>
          <RadioButtons
            legend="Vous êtes"
            options={[
              {
                label: 'Un ou une professionnelle (prescripteur, structure, service de l’État)',
                nativeInputProps: { ...form.register('kind'), value: 'professional' },
              },
              { label: 'Une personne qui cherche un emploi', nativeInputProps: { ...form.register('kind'), value: 'candidate' } },
            ]}
          />
          <TextField form={form} name="firstName" label="Prénom" autoComplete="given-name" required />
          <TextField form={form} name="lastName" label="Nom" autoComplete="family-name" required />
          <TextField form={form} name="email" label="Adresse e-mail" type="email" autoComplete="email" required />
          <TextField
            form={form}
            name="password"
            label="Mot de passe"
            hint="12 caractères au moins ; une phrase de passe est idéale."
            type="password"
            autoComplete="new-password"
            required
          />
          <SubmitButton busy={form.formState.isSubmitting}>Créer mon compte</SubmitButton>
        </form>
        <p className="fr-mt-3w">
          Déjà un compte ? <Link to="/connexion">Se connecter</Link>
        </p>
      </div>
    </Page>
  );
}
