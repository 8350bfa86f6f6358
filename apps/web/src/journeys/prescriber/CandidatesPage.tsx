import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { api, asOrganization, unwrap, type Schemas } from '../../api/client';
import { useWriteHeaders } from '../../api/writes';
import { TextField } from '../../ui/fields';
import { formatDate } from '../../ui/format';
import { FormFailure, SubmitButton, useSubmit } from '../../ui/forms';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';
import { useDebounced } from '../../ui/useDebounced';

type Matches = Schemas['LookupMatchDto'][];
type By = 'nir' | 'email' | 'identity';

/** Carries the structure and offer chosen in the search through the steps that lead to a candidature. */
export function useTarget(): string {
  const [params] = useSearchParams();
  const keep = new URLSearchParams();
  for (const key of ['structure', 'offre']) if (params.get(key)) keep.set(key, params.get(key)!);
  return keep.size ? `?${keep}` : '';
}

export function CandidatesPage() {
  const target = useTarget();
  return (
    <Page title="Personnes accompagnées">
      {target ? (
        <Alert severity="info" small description="Choisissez ou inscrivez la personne à proposer pour cette offre." className={fr.cx('fr-mb-3w')} />
      ) : null}
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-lg-6')}>
          <Lookup linkTo={(id) => `/prescripteur/candidats/${id}${target}`} registerTo={`/prescripteur/candidats/nouveau${target}`} />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-lg-6')}>
          <FollowedPeople title="Les personnes que suit mon organisation" linkTo={(id) => `/prescripteur/candidats/${id}${target}`} />
        </div>
      </div>
    </Page>
  );
}

/** The people the organisation follows, filtered by name as one types, each a link to their page here. */
export function FollowedPeople({ title, linkTo }: { title: string; linkTo: (candidateId: string) => string }) {
  const [q, setQ] = useState('');
  const search = useDebounced(q.trim(), 300);
  const followed = useQuery({
    queryKey: ['candidates', search],
    queryFn: ({ signal }) => unwrap(api.GET('/api/candidates', { params: { query: { q: search || undefined, limit: 50 }, header: asOrganization() }, signal })),
  });
  return (
    <>
      <h2 className={fr.cx('fr-h4')}>{title}</h2>
      <div className={fr.cx('fr-input-group')}>
        <label className={fr.cx('fr-label')} htmlFor="filtre-personnes">
          Filtrer par nom
        </label>
        <input id="filtre-personnes" className={fr.cx('fr-input')} type="search" value={q} onChange={(event) => setQ(event.target.value)} />
      </div>
      <QueryState query={followed} isEmpty={(page) => page.items.length === 0} empty="Aucune personne suivie pour l’instant.">
        {(page) => (
          <ul>
            {page.items.map((c) => (
              <li key={c.id}>
                <Link to={linkTo(c.id)}>
                  {c.firstName} {c.lastName}
                </Link>{' '}
                <span className="iae-meta">née ou né le {formatDate(c.birthDate)}</span>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </>
  );
}

/**
 * What the registration form hands to the search when the person is registered already: searched at once, so that
 * one can follow their file. Carried in the history's state, never in the address (a NIR).
 */
export interface LookupRequest {
  lookup: { nir: string } | { firstName: string; lastName: string; birthDate: string };
  /** The e-mail typed, offered in the proof to follow the file (never sent with the search). */
  email?: string;
}

/**
 * Look a person up before registering them: by NIR, by e-mail, or by name and birth date. A file the organisation
 * follows is a link (`linkTo`); another organisation's can be followed with a proof of knowing the person.
 */
export function Lookup({ linkTo, registerTo }: { linkTo: (candidateId: string) => string; registerTo: string }) {
  const location = useLocation();
  const navigate = useNavigate();
  const [by, setBy] = useState<By>('nir');
  const [matches, setMatches] = useState<{ matches: Matches; values: Record<string, string> } | null>(null);
  const form = useForm({ defaultValues: { nir: '', email: '', firstName: '', lastName: '', birthDate: '' } });
  // The e-mail handed over with a search, for the proof of the search it comes with only.
  const handedEmail = useRef<string | undefined>(undefined);
  const { onSubmit, failure } = useSubmit(form, async (values) => {
    const body: Record<string, string> =
      by === 'nir'
        ? { nir: values.nir.replace(/\s/g, '') }
        : by === 'email'
          ? { email: values.email }
          : { firstName: values.firstName, lastName: values.lastName, birthDate: values.birthDate };
    const email = handedEmail.current;
    handedEmail.current = undefined;
    const found = await unwrap(api.POST('/api/candidates/lookup', { body, params: { header: asOrganization() } }));
    setMatches({ matches: found, values: email && !body.email ? { ...body, email } : body });
  });
  const handed = location.state as LookupRequest | null;
  const asked = handed?.lookup;
  const [searchAsked, setSearchAsked] = useState(false);
  useEffect(() => {
    if (!asked) return;
    // The state leaves the history entry, with the NIR it held; the search runs once its fields are on the page.
    void navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
    setBy('nir' in asked ? 'nir' : 'identity');
    form.reset({ ...form.getValues(), ...asked });
    handedEmail.current = handed?.email;
    setSearchAsked(true);
  }, [asked, handed, form, location.pathname, location.search, navigate]);
  useEffect(() => {
    if (!searchAsked) return;
    setSearchAsked(false);
    // Whatever becomes of this search (refused before it is sent too), the e-mail handed over with it goes with it.
    void onSubmit().finally(() => (handedEmail.current = undefined));
  }, [searchAsked, onSubmit]);
  return (
    <section aria-labelledby="chercher-personne">
      <h2 id="chercher-personne" className={fr.cx('fr-h4')}>
        Chercher une personne
      </h2>
      <p>Cherchez d’abord si la personne est déjà inscrite, pour ne pas créer de doublon.</p>
      <RadioButtons
        legend="Chercher par"
        orientation="horizontal"
        options={[
          { label: 'NIR', nativeInputProps: { checked: by === 'nir', onChange: () => setBy('nir') } },
          { label: 'Adresse e-mail', nativeInputProps: { checked: by === 'email', onChange: () => setBy('email') } },
          { label: 'Nom et date de naissance', nativeInputProps: { checked: by === 'identity', onChange: () => setBy('identity') } },
        ]}
      />
      <FormFailure failure={failure} />
      <form onSubmit={onSubmit} noValidate aria-label="Chercher une personne">
        {by === 'nir' ? (
          <TextField form={form} name="nir" label="NIR (numéro de sécurité sociale)" hint="15 chiffres, clé comprise" inputMode="numeric" required />
        ) : null}
        {by === 'email' ? <TextField form={form} name="email" label="Adresse e-mail de la personne" type="email" required /> : null}
        {by === 'identity' ? (
          <>
            <TextField form={form} name="firstName" label="Prénom de la personne" required />
            <TextField form={form} name="lastName" label="Nom de la personne" required />
            <TextField form={form} name="birthDate" label="Date de naissance" type="date" required />
          </>
        ) : null}
        <SubmitButton busy={form.formState.isSubmitting} busyLabel="Recherche en cours…" priority="secondary">
          Chercher
        </SubmitButton>
      </form>
      {/* Rendered empty first: a live region inserted with its text is not read by every screen reader. */}
      <p role="status" className={fr.cx('fr-mt-3w', 'fr-mb-1w')}>
        {matches ? lookupSummary(matches.matches.length) : ''}
      </p>
      {matches ? (
        <div>
          {matches.matches.length === 0 ? (
            <Link className={fr.cx('fr-btn')} to={registerTo}>
              Inscrire cette personne
            </Link>
          ) : (
            <ul>
              {matches.matches.map((m) => (
                <li key={m.candidateId}>
                  {m.accessible ? (
                    <Link to={linkTo(m.candidateId)}>{m.displayName}</Link>
                  ) : (
                    <>
                      {m.displayName}
                      {m.birthYear ? ` (née ou né en ${m.birthYear})` : ''} — fiche suivie par une autre organisation.
                      <ClaimForm match={m} searched={matches.values} linkTo={linkTo} />
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : (
        <p>
          <Link to={registerTo}>Inscrire une nouvelle personne</Link>
        </p>
      )}
    </section>
  );
}

function lookupSummary(found: number): string {
  if (found === 0) return 'Personne n’est inscrit avec ces informations.';
  return found === 1 ? 'Une personne trouvée.' : `${found} personnes trouvées.`;
}

/**
 * Following a person another organisation follows: proof of knowing them, as the API asks it — the NIR just
 * searched, or their names, full birth date and e-mail together (a stranger cannot guess them all).
 */
function ClaimForm({ match, searched, linkTo }: { match: Matches[number]; searched: Record<string, string>; linkTo: (candidateId: string) => string }) {
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const byNir = Boolean(searched.nir);
  const form = useForm({
    defaultValues: { firstName: searched.firstName ?? '', lastName: searched.lastName ?? '', birthDate: searched.birthDate ?? '', email: searched.email ?? '' },
  });
  const write = useWriteHeaders();
  const { onSubmit, failure } = useSubmit(form, async (v) => {
    const body = byNir
      ? { nir: searched.nir }
      : { firstName: v.firstName, lastName: v.lastName, birthDate: v.birthDate, ...(v.email.trim() ? { email: v.email.trim() } : {}) };
    await unwrap(
      api.POST('/api/candidates/{candidateId}/assignments', { params: { path: { candidateId: match.candidateId }, header: write.headers() }, body }),
    );
    write.done();
    void navigate(linkTo(match.candidateId));
  });
  const submit = (
    <SubmitButton busy={form.formState.isSubmitting} size="small" priority="secondary">
      Suivre {match.displayName}
    </SubmitButton>
  );
  if (!byNir && !open) {
    return (
      <Button className={fr.cx('fr-ml-1w')} size="small" priority="secondary" onClick={() => setOpen(true)}>
        Suivre {match.displayName}
      </Button>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Suivre ${match.displayName}`} className={fr.cx('fr-mt-1w')}>
      <FormFailure failure={failure} />
      {byNir ? (
        submit
      ) : (
        <fieldset className={fr.cx('fr-fieldset')}>
          <legend className={fr.cx('fr-fieldset__legend')}>
            Prouvez que vous connaissez cette personne : ses prénom, nom et date de naissance complète, et son adresse e-mail si sa fiche en a une.
          </legend>
          <TextField form={form} name="firstName" label="Son prénom" required />
          <TextField form={form} name="lastName" label="Son nom" required />
          <TextField form={form} name="birthDate" label="Sa date de naissance" type="date" required />
          <TextField form={form} name="email" label="Son adresse e-mail" hint="Si sa fiche en a une" type="email" />
          {submit}
        </fieldset>
      )}
    </form>
  );
}
