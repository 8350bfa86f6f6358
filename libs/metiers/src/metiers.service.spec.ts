import { MetiersRepository } from './metiers.repository';
import { MetiersService } from './metiers.service';
import { Appellation } from './types';

const macon: Appellation = { code: '16250', label: 'Maçon / Maçonne', romeCode: 'F1703', romeLabel: 'Maçonnerie', domainLetter: 'F' };
const cuisinier: Appellation = { code: '13861', label: 'Cuisinier / Cuisinière', romeCode: 'G1602', romeLabel: 'Personnel de cuisine', domainLetter: 'G' };

function serviceWith() {
  const repository = {
    searchAppellations: jest.fn().mockResolvedValue([macon]),
    appellationsOfRomes: jest.fn().mockResolvedValue([macon]),
    findAppellations: jest.fn().mockResolvedValue([macon, cuisinier]),
    findRome: jest.fn().mockResolvedValue(null),
    listDomains: jest.fn().mockResolvedValue([]),
  };
  return { repository, service: new MetiersService(repository as unknown as MetiersRepository) };
}

describe('MetiersService', () => {
  it('searches the normalised meaningful words of a query', async () => {
    const { repository, service } = serviceWith();
    await service.autocomplete("  Agent d'entretien des ESPACES verts ", 5);
    expect(repository.searchAppellations).toHaveBeenCalledWith(['agent', 'entretien', 'espaces', 'verts'], 5);
  });

  it('lists a ROME code’s appellations when a code, or its start, is typed', async () => {
    const { repository, service } = serviceWith();
    await service.autocomplete('k2204');
    await service.autocomplete('F17');
    expect(repository.appellationsOfRomes.mock.calls).toEqual([
      ['K2204', 10],
      ['F17', 10],
    ]);
    expect(repository.searchAppellations).not.toHaveBeenCalled();
  });

  it('keeps the limit between 1 and 50', async () => {
    const { repository, service } = serviceWith();
    await service.autocomplete('macon', 500);
    await service.autocomplete('macon', 0);
    expect(repository.searchAppellations.mock.calls.map((call) => call[1])).toEqual([50, 1]);
  });

  it('answers nothing, without querying, for a query with no word', async () => {
    const { repository, service } = serviceWith();
    expect(await service.autocomplete(' / - ')).toEqual([]);
    expect(repository.searchAppellations).not.toHaveBeenCalled();
  });

  it('gets appellations in the order asked, once each, skipping malformed codes', async () => {
    const { repository, service } = serviceWith();
    expect((await service.getAppellations(['13861', 'x1', '16250', '13861'])).map((a) => a.code)).toEqual(['13861', '16250']);
    expect(repository.findAppellations).toHaveBeenCalledWith(['13861', '16250']);
    expect(await service.getAppellations(['nope'])).toEqual([]);
  });

  it('does not query a malformed ROME code', async () => {
    const { repository, service } = serviceWith();
    expect(await service.getRome('K22')).toBeNull();
    expect(repository.findRome).not.toHaveBeenCalled();
  });
});
