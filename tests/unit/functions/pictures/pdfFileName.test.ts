import { pdfFileName } from '../../../../functions/pictures/pdfFileName';

describe('pdfFileName', () => {
  it('gives an ASCII fallback and the title as it is, RFC 8187-encoded', () => {
    expect(pdfFileName('Souscription SaaS – Marie', null, 'A4')).toBe(
      `filename="Souscription-SaaS-Marie-A4.pdf"; filename*=UTF-8''Souscription%20SaaS%20%E2%80%93%20Marie%20A4.pdf`,
    );
  });

  it('names the version, and drops accents and quotes from the fallback', () => {
    expect(pdfFileName('Parcours "Été" d\'Hélène (v2)', 3, 'A0')).toBe(
      `filename="Parcours-Ete-d-Helene-v2-v3-A0.pdf"; filename*=UTF-8''Parcours%20%22%C3%89t%C3%A9%22%20d%27H%C3%A9l%C3%A8ne%20%28v2%29%20v3%20A0.pdf`,
    );
  });

  it('falls back to a generic name when nothing of the title is ASCII', () => {
    expect(pdfFileName('旅程', null, 'A4')).toMatch(/^filename="journey-map-A4\.pdf"/);
  });
});
