import { fr } from '@codegouvfr/react-dsfr';
import { useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { searchCommunes } from '../journeys/public/search-api';
import { Combobox, type Option } from './Combobox';
import { TextField } from './fields';
import { fieldState } from './forms';

/**
 * An address bound to the form's `line`, `communeCode` and `postalCode`: the commune picked from suggestions fills
 * its code and its first postal code. `communeCode` is no input of its own: its error (the API's) is cleared on a new
 * pick, or it would stay and hold the next sending back.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- serves every form that carries line, communeCode and postalCode
export function AddressFields({ form, legend = 'Adresse' }: { form: UseFormReturn<any>; legend?: string }) {
  const [commune, setCommune] = useState<Option | null>(null);
  return (
    <fieldset className={fr.cx('fr-fieldset')}>
      <legend className={fr.cx('fr-fieldset__legend')}>{legend}</legend>
      <div className={fr.cx('fr-fieldset__element')}>
        <TextField form={form} name="line" label="Numéro et voie" autoComplete="address-line1" />
        <Combobox
          label="Commune"
          name="commune"
          queryKey="communes"
          selected={commune}
          search={searchCommunes}
          error={fieldState(form, 'communeCode').stateRelatedMessage}
          onSelect={(option) => {
            setCommune(option);
            form.clearErrors(['communeCode', 'postalCode']);
            form.setValue('communeCode', option?.value ?? '');
            form.setValue('postalCode', option?.hint?.split(',')[0]?.trim() ?? '');
          }}
        />
        <TextField form={form} name="postalCode" label="Code postal" autoComplete="postal-code" inputMode="numeric" />
      </div>
    </fieldset>
  );
}
