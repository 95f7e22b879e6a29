import { BYTE_ORDER_MARK, writeCsv } from '../../../../domain/exchange/csv';

describe('writeCsv', () => {
  it('starts with a byte order mark, ends every line with CRLF, and writes numbers as numbers', () => {
    const csv = writeCsv(
      ['Étape', 'Score'],
      [
        ['Découverte', -2],
        ['Achat', null],
      ],
    );
    expect(csv).toBe(`${BYTE_ORDER_MARK}Étape,Score\r\nDécouverte,-2\r\nAchat,\r\n`);
  });

  it('quotes a field holding the separator, a quote or a line break, doubling its quotes', () => {
    const csv = writeCsv(
      ['a'],
      [['un, deux'], ['dit "bonjour"'], ['ligne 1\nligne 2'], ['simple']],
    );
    expect(csv.split('\r\n')).toEqual([
      `${BYTE_ORDER_MARK}a`,
      '"un, deux"',
      '"dit ""bonjour"""',
      '"ligne 1\nligne 2"',
      'simple',
      '',
    ]);
  });

  it('quotes for the separator in use', () => {
    expect(writeCsv(['a', 'b'], [['un, deux', 'trois; quatre']], ';')).toBe(
      `${BYTE_ORDER_MARK}a;b\r\nun, deux;"trois; quatre"\r\n`,
    );
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    const csv = writeCsv(['a'], [['=HYPERLINK("x")'], ['+33 1 23'], ['-2 points'], ['@SUM(A1)']]);
    expect(csv.split('\r\n').slice(1, 5)).toEqual([
      `"'=HYPERLINK(""x"")"`,
      "'+33 1 23",
      "'-2 points",
      "'@SUM(A1)",
    ]);
  });
});
