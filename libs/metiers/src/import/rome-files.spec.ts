import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RomeFileError, cleanLabel, decodeText, mergeRomeFiles, parseRomeFile } from './rome-files';

const fixture = (name: string) => join(__dirname, '__fixtures__', name);
const parseFixture = (name: string) => parseRomeFile(fixture(name), readFileSync(fixture(name)));
const parseText = (name: string, text: string) => parseRomeFile(name, Buffer.from(text, 'utf8'));

describe('France Travail ROME files', () => {
  describe('ROME 3 CSV exports', () => {
    it('reads the métiers, undoubling the apostrophes of the v3 export', () => {
      const parsed = parseFixture('unix_referentiel_code_rome_v327_utf8.csv');
      expect(parsed).toMatchObject({ file: 'unix_referentiel_code_rome_v327_utf8.csv', kind: 'romes', domains: [], appellations: [] });
      expect(parsed.romes).toHaveLength(7);
      expect(parsed.romes).toContainEqual({ code: 'A1101', label: "Conduite d'engins agricoles et forestiers" });
      expect(parsed.romes).toContainEqual({ code: 'F1703', label: 'Maçonnerie' });
      expect(parsed.romes).toContainEqual({ code: 'K2401', label: "Recherche en sciences de l'homme et de la société" });
    });

    it('reads the appellations with their long label and ROME code', () => {
      const parsed = parseFixture('unix_referentiel_appellation_v346_utf8.csv');
      expect(parsed.kind).toBe('appellations');
      expect(parsed.appellations).toContainEqual({ code: '11909', label: "Chargé / Chargée d'études en sciences humaines", romeCode: 'K2401' });
      expect(parsed.appellations).toHaveLength(5);
    });
  });

  describe('ROME 4.0 CSV exports', () => {
    it('reads the métiers whatever the extra columns', () => {
      const parsed = parseFixture('unix_referentiel_code_rome_v461_utf8.csv');
      expect(parsed.romes).toEqual([
        { code: 'A1101', label: "Conducteur / Conductrice d'engins agricoles" },
        { code: 'M1805', label: 'Développeur / Développeuse informatique' },
        { code: 'M1855', label: 'Développeur / Développeuse web' },
      ]);
    });

    it('reads the appellations, six-digit OGR codes included', () => {
      const parsed = parseFixture('unix_referentiel_appellation_v461_utf8.csv');
      expect(parsed.appellations).toContainEqual({ code: '200151', label: 'Développeur / Développeuse back-end', romeCode: 'M1855' });
    });

    it('reads the domains, alone or beside the métiers', () => {
      expect(parseFixture('unix_grand_domaine_v461_utf8.csv')).toMatchObject({
        kind: 'domains',
        domains: [
          { letter: 'A', label: 'Agriculture et Pêche, Espaces naturels et Espaces verts, Soins aux animaux' },
          { letter: 'M', label: "Support à l'entreprise" },
        ],
      });
      expect(parseFixture('unix_cr_gd_dp_v461_utf8.csv')).toMatchObject({
        kind: 'romes',
        romes: [{ code: 'M1805', label: 'Développeur / Développeuse informatique' }],
        domains: [{ letter: 'M', label: "Support à l'entreprise" }],
      });
    });
  });

  describe('ROME 4.0 JSON exports', () => {
    it('reads the fiches métier in ISO-8859-15', () => {
      const parsed = parseFixture('unix_fiche_emploi_metier_v461.json');
      expect(parsed.kind).toBe('fiches');
      expect(parsed.romes).toEqual([{ code: 'M1805', label: 'Développeur / Développeuse informatique' }]);
      expect(parsed.appellations).toEqual([
        { code: '14153', label: 'Développeur / Développeuse informatique', romeCode: 'M1805' },
        { code: '10944', label: 'Analyste développeur / Analyste développeuse', romeCode: 'M1805' },
        { code: '15569', label: 'Informaticien / Informaticienne de développement', romeCode: 'M1805' },
      ]);
    });

    it('reads the main tree', () => {
      const tree = {
        arbo_principale: [
          {
            code_metier: 'N',
            libelle: 'Transport et logistique',
            liste_domaine_prof: [
              {
                code_metier: 'N11',
                libelle: 'Magasinage, manutention des charges et déménagement',
                liste_metier: [{ code_ogr: '502', code_rome: 'N1103', libelle: 'Magasinage et préparation de commandes' }],
              },
            ],
          },
        ],
      };
      expect(parseText('unix_arborescence_principale_v461.json', JSON.stringify(tree))).toMatchObject({
        kind: 'tree',
        domains: [{ letter: 'N', label: 'Transport et logistique' }],
        romes: [{ code: 'N1103', label: 'Magasinage et préparation de commandes' }],
      });
    });

    it('reads records named like the CSV columns', () => {
      const records = [{ code_rome: 'N1103', libelle_rome: 'Magasinage et préparation de commandes', code_rome_parent: 'N1103' }];
      expect(parseText('unix_referentiel_code_rome_v461.json', JSON.stringify(records)).romes).toEqual([
        { code: 'N1103', label: 'Magasinage et préparation de commandes' },
      ]);
    });

    it('refuses the JSON appellations, which do not say their ROME code', () => {
      const records = [{ code_ogr: '16276', libelle_appellation_long: 'Magasinier / Magasinière', code_rome_parent: 'N1103' }];
      expect(() => parseText('unix_referentiel_appellation_v461.json', JSON.stringify(records))).toThrow(/no code_rome column/);
    });
  });

  describe('refusals', () => {
    it('names the file, the line and the code of an invalid row', () => {
      expect(() => parseFixture('unix_referentiel_code_rome_invalid_utf8.csv')).toThrow(
        new RomeFileError('unix_referentiel_code_rome_invalid_utf8.csv, line 3: invalid ROME code « K22O4 » (a letter from A to N and four digits expected).'),
      );
      expect(() => parseText('a.csv', 'code_ogr,libelle_appellation_long,code_rome\n16250a,Maçon / Maçonne,F1703\n')).toThrow(
        /line 2: invalid OGR code « 16250a »/,
      );
      expect(() => parseText('a.csv', 'code_rome,libelle_rome\nF1703,\n')).toThrow(/line 2: empty libelle_rome/);
      expect(() => parseText('d.csv', 'code_grand_domaine,libelle_grand_domaine\nO,Autre\n')).toThrow(/invalid domain letter « O »/);
    });

    it('refuses a ROME code filed under another domain', () => {
      expect(() => parseText('cr_gd_dp.csv', 'code_rome,libelle_rome,code_grand_domaine,libelle_grand_domaine\nF1703,Maçonnerie,K,Services\n')).toThrow(
        /filed under the domain « K »/,
      );
    });

    it('refuses files it does not recognise, saying which it expects', () => {
      expect(() => parseFixture('communes.csv')).toThrow(
        /communes\.csv: unrecognised CSV columns \(code_insee, nom_commune, code_postal\); expected one of France Travail’s ROME files/,
      );
      expect(() => parseText('empty.csv', '   \n')).toThrow(/the file is empty/);
      expect(() => parseText('x.json', '{"hello": 1}')).toThrow(/unrecognised JSON structure/);
      expect(() => parseText('x.json', '[1,')).toThrow(/not valid JSON/);
    });
  });

  it('decodes UTF-8, and ISO-8859-15 when the bytes are not UTF-8', () => {
    expect(decodeText(Buffer.from('Maçon', 'utf8'))).toBe('Maçon');
    expect(decodeText(Buffer.from([0x4d, 0x61, 0xe7, 0x6f, 0x6e]))).toBe('Maçon');
    expect(decodeText(Buffer.from([0x4d, 0x61, 0x6e, 0xbd, 0x75, 0x76, 0x72, 0x65]))).toBe('Manœuvre');
  });

  it('cleans labels', () => {
    expect(cleanLabel("  Agent / Agente  d''entretien ")).toBe("Agent / Agente d'entretien");
    expect(cleanLabel(undefined)).toBe('');
  });

  it('merges files, a code given twice keeping its last version', () => {
    const merged = mergeRomeFiles([
      parseFixture('unix_referentiel_code_rome_v461_utf8.csv'),
      parseFixture('unix_cr_gd_dp_v461_utf8.csv'),
      parseFixture('unix_fiche_emploi_metier_v461.json'),
      parseFixture('unix_referentiel_appellation_v461_utf8.csv'),
    ]);
    expect(merged.romes.map((r) => r.code)).toEqual(['A1101', 'M1805', 'M1855']);
    expect(merged.domains).toEqual([{ letter: 'M', label: "Support à l'entreprise" }]);
    expect(merged.appellations.map((a) => a.code).sort()).toEqual(['10200', '10944', '14153', '15569', '200151']);
  });
});
