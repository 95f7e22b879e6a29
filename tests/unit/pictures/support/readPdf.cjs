// Reads a PDF with pdf-parse (pdf.js) in a plain Node process and prints its page sizes and text as
// JSON. It runs outside Jest because pdf.js loads its worker with a dynamic import(), which Jest's
// CommonJS module system refuses without --experimental-vm-modules.
const { readFileSync } = require('node:fs');
const { PDFParse } = require('pdf-parse');

async function main() {
  const parser = new PDFParse({ data: new Uint8Array(readFileSync(process.argv[2])) });
  const info = await parser.getInfo({ parsePageInfo: true });
  const text = await parser.getText();
  await parser.destroy();
  process.stdout.write(
    JSON.stringify({
      title: info.info?.Title ?? null,
      pages: info.pages.map((page) => ({ width: page.width, height: page.height })),
      text: text.text,
    }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
