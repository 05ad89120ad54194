import { describe, expect, it } from 'vitest';
import { candidateColumns, suggestProfile, type ColumnInfo } from '../../src/core/profileDiscovery.js';
import { checkReadOnly } from '../../src/core/readOnlySql.js';

const col = (tableName: string, columnName: string, dataType = 'nvarchar', tableSchema = 'dbo'): ColumnInfo => ({ tableSchema, tableName, columnName, dataType });

const reference = [
  col('Kassor', 'KassaNr', 'int'),
  col('Kassor', 'KlientID', 'int'),
  col('Kassor', 'Datornamn'),
  col('Kassor', 'Programversion'),
  col('Kassor', 'Utgava'),
  col('Kassor', 'Backoffice', 'bit'),
  col('Kassor', 'IPAdress'),
  col('Kassor', 'SenastInloggad', 'datetime2'),
  col('Artiklar', 'ArtikelNr', 'int'),
  col('Artiklar', 'Benamning'),
  col('Kvitton', 'KassaNr', 'int'),
  col('Kvitton', 'Belopp', 'decimal'),
];

describe('profile discovery', () => {
  it('lists the columns that may describe tills', () => {
    expect(candidateColumns(reference).map((c) => `${c.tableName}.${c.columnName}`)).toEqual([
      'Kassor.KassaNr',
      'Kassor.KlientID',
      'Kassor.Datornamn',
      'Kassor.Programversion',
      'Kassor.Utgava',
      'Kassor.Backoffice',
      'Kassor.IPAdress',
      'Kassor.SenastInloggad',
      'Kvitton.KassaNr',
    ]);
  });

  it('suggests the default profile for the reference schema', () => {
    const suggestion = suggestProfile(reference)!;
    expect(suggestion.table).toBe('dbo.Kassor');
    expect(suggestion.sql).toBe(
      'SELECT Datornamn AS name, KlientID AS clientId, Programversion AS version, Utgava AS edition, Backoffice AS isBackoffice, IPAdress AS address, SenastInloggad AS lastSeen FROM dbo.Kassor WITH (NOLOCK)',
    );
    expect(checkReadOnly(suggestion.sql)).toEqual({ ok: true });
  });

  it('quotes unusual names and picks the table with the most fields', () => {
    const columns = [col('Logg', 'Dator'), col('Logg', 'Version'), col('Kassa register', 'Computer Name'), col('Kassa register', 'App]Version'), col('Kassa register', 'ClientNo', 'int')];
    const suggestion = suggestProfile(columns)!;
    expect(suggestion.sql).toBe('SELECT [Computer Name] AS name, ClientNo AS clientId, [App]]Version] AS version FROM dbo.[Kassa register] WITH (NOLOCK)');
  });

  it('suggests nothing when no table has both a machine name and a version', () => {
    expect(suggestProfile([col('Kassor', 'KlientID'), col('Kassor', 'Datornamn')])).toBeNull();
  });
});
