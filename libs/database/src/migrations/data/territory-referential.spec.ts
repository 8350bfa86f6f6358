import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

// The territory migration's frozen copy: readable, whole, and consistent with the tables' constraints.
describe('the territory migration’s referential', () => {
  const data = JSON.parse(gunzipSync(readFileSync(join(__dirname, '1763900000100-territory.referential.json.gz'))).toString('utf8')) as {
    regions: Array<{ code: string }>;
    departements: Array<{ code: string; regionCode: string }>;
    communes: Array<{
      code: string;
      departementCode: string;
      regionCode: string;
      normalizedName: string;
      postalCodes: string[];
      latitude: number;
      longitude: number;
    }>;
  };

  it('holds every commune, each in a known département and région, with a centre point', () => {
    expect(data.regions.length).toBe(26);
    expect(data.departements.length).toBe(109);
    expect(data.communes.length).toBe(34_915);
    const departements = new Set(data.departements.map((d) => d.code));
    const regions = new Set(data.regions.map((r) => r.code));
    const wrong = data.communes.filter(
      (c) =>
        !/^([0-9]{2}|2[AB])[0-9]{3}$/.test(c.code) ||
        !departements.has(c.departementCode) ||
        !regions.has(c.regionCode) ||
        !/^[a-z0-9]+( [a-z0-9]+)*$/.test(c.normalizedName) ||
        !c.postalCodes.every((p) => /^[0-9]{5}$/.test(p)) ||
        Math.abs(c.latitude) > 90 ||
        Math.abs(c.longitude) > 180,
    );
    expect(wrong).toEqual([]);
    expect(new Set(data.communes.map((c) => c.code)).size).toBe(data.communes.length);
  });
});
