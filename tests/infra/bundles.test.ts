/**
 * The Lambda bundles keep apart what only some requests need: the GraphQL
 * function carries none of the drawing code, pdfkit or its fonts (its bundle
 * and cold start do not grow with the pictures); the pictures function
 * carries them.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { bundle } = require('../../infra/bundle.cjs') as {
  bundle: (options: { outdir: string }) => Promise<Record<string, { bytes: number }>>;
};

interface Metafile {
  outputs: Record<string, { inputs: Record<string, unknown> }>;
}

let outdir: string;
let inputs: (name: string) => string[];

beforeAll(async () => {
  outdir = mkdtempSync(join(tmpdir(), 'journey-map-bundles-'));
  await bundle({ outdir });
  const meta = JSON.parse(readFileSync(join(outdir, 'meta.json'), 'utf8')) as Metafile;
  inputs = (name) => {
    const output = Object.entries(meta.outputs).find(([file]) => file.endsWith(`${name}.js`));
    if (!output) throw new Error(`no bundle ${name}`);
    return Object.keys(output[1].inputs);
  };
}, 120_000);

afterAll(() => rmSync(outdir, { recursive: true, force: true }));

const DRAWING =
  /node_modules\/(pdfkit|fontkit|brotli|linebreak)\/|functions\/pictures\/|domain\/pictures\/(?!pictureLinks\.ts)/;

describe('the bundles', () => {
  it('leave the drawings, pdfkit and its fonts out of the GraphQL function', () => {
    expect(inputs('functions/graphql').filter((file) => DRAWING.test(file))).toEqual([]);
  });

  it('put them in the pictures function, without graphql-js', () => {
    const pictures = inputs('functions/pictures');
    expect(pictures).toEqual(
      expect.arrayContaining([
        'functions/pictures/pdf.ts',
        'domain/pictures/renderPoster.ts',
        expect.stringMatching(/node_modules\/pdfkit\//),
      ]),
    );
    expect(pictures.filter((file) => file.includes('node_modules/graphql/'))).toEqual([]);
  });
});
