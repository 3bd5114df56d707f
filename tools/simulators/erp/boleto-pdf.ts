/**
 * A real boleto PDF (pdfkit): payee, payer, due date, amount, linha digitável and the ITF
 * barcode drawn bar by bar. Metadata dates are fixed so the same title always gives the same bytes.
 */
import PDFDocument from 'pdfkit';
import { formatDocument } from '../../../shared/domain/document';
import { formatBRL } from '../../../shared/domain/money';
import { formatDateBR } from '../../../shared/domain/dates';
import type { ClientFacts } from './client-source';
import { formatDigitableLine, itfElements } from './febraban';
import type { SimTitle } from './titles';

export const PAYEE = {
  name: 'Distribuidora Exemplo Oeste S.A.',
  document: '11222333000181',
  address: 'Rua Marechal Bormann, 500 - Centro - Chapecó/SC - 89802-000',
  agencyAccount: '3125 / 004587-0',
};

// FEBRABAN: 103 mm long, 13 mm high, wide bars three times the narrow ones.
const MM = 72 / 25.4;
const NARROW = (103 * MM) / 405;
const BAR_HEIGHT = 13 * MM;

function box(
  doc: PDFKit.PDFDocument,
  x: number,
  y: number,
  w: number,
  h: number,
  label: string,
  value: string,
) {
  doc.rect(x, y, w, h).lineWidth(0.5).stroke('#444');
  doc
    .font('Helvetica')
    .fontSize(6)
    .fillColor('#444')
    .text(label, x + 3, y + 2, { width: w - 6 });
  doc
    .font('Helvetica-Bold')
    .fontSize(9)
    .fillColor('#000')
    .text(value, x + 3, y + 11, { width: w - 6, lineBreak: false });
}

function drawBarcode(doc: PDFKit.PDFDocument, barcode: string, x: number, y: number) {
  let cursor = x;
  for (const el of itfElements(barcode)) {
    const w = el.wide ? NARROW * 3 : NARROW;
    if (el.bar) doc.rect(cursor, y, w, BAR_HEIGHT).fill('#000');
    cursor += w;
  }
}

function header(doc: PDFKit.PDFDocument, y: number, line: string) {
  doc.font('Helvetica-Bold').fontSize(13).fillColor('#000').text('Banco do Brasil  | 001-9 |', 30, y);
  doc
    .font('Helvetica-Bold')
    .fontSize(11)
    .text(line, 210, y + 2, { width: 355, align: 'right' });
  doc
    .moveTo(30, y + 18)
    .lineTo(565, y + 18)
    .lineWidth(1)
    .stroke('#000');
}

export function renderBoletoPdf(title: SimTitle, payer: ClientFacts): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 30,
    info: {
      Title: `Boleto ${title.boletoId}`,
      Subject: `Título ${title.titleNumber}/${title.installment} - cliente ${title.erpCode}`,
      Author: PAYEE.name,
      Producer: 'Simulador ERP',
      Creator: 'Simulador ERP',
      CreationDate: new Date(`${title.issueDate}T12:00:00Z`),
      ModDate: new Date(`${title.issueDate}T12:00:00Z`),
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const line = formatDigitableLine(title.digitableLine);
  const due = formatDateBR(title.dueDate);
  const amount = formatBRL(title.amountCents - title.paidCents);
  const payerText = `${payer.legalName} - ${formatDocument(payer.document)}`;
  const payerAddress = `${payer.addressLine} - ${payer.city}/${payer.uf} - CEP ${payer.cep.replace(/^(\d{5})(\d{3})$/, '$1-$2')}`;

  doc.font('Helvetica-Bold').fontSize(10).text('Recibo do Pagador', 30, 30);
  header(doc, 48, line);
  box(doc, 30, 72, 355, 28, 'Beneficiário', `${PAYEE.name} - CNPJ ${formatDocument(PAYEE.document)}`);
  box(doc, 385, 72, 90, 28, 'Vencimento', due);
  box(doc, 475, 72, 90, 28, 'Valor do documento', amount);
  box(doc, 30, 100, 355, 28, 'Pagador', payerText);
  box(doc, 385, 100, 180, 28, 'Identificador único', title.boletoId);
  box(doc, 30, 128, 180, 28, 'Número do documento', `${title.titleNumber}/${title.installment}`);
  box(doc, 210, 128, 175, 28, 'Ambiente', `${title.environment} (${title.environmentCode})`);
  box(doc, 385, 128, 180, 28, 'Data do documento', formatDateBR(title.issueDate));

  doc.moveTo(30, 180).lineTo(565, 180).dash(3, { space: 3 }).stroke('#888').undash();
  doc.font('Helvetica').fontSize(6).fillColor('#888').text('Corte na linha pontilhada', 30, 183);

  doc.font('Helvetica-Bold').fontSize(10).fillColor('#000').text('Ficha de Compensação', 30, 200);
  header(doc, 218, line);
  box(doc, 30, 242, 400, 28, 'Local de pagamento', 'Pagável em qualquer banco até o vencimento');
  box(doc, 430, 242, 135, 28, 'Vencimento', due);
  box(doc, 30, 270, 400, 28, 'Beneficiário', `${PAYEE.name} - CNPJ ${formatDocument(PAYEE.document)}`);
  box(doc, 430, 270, 135, 28, 'Agência / Código do beneficiário', PAYEE.agencyAccount);
  box(doc, 30, 298, 100, 28, 'Data do documento', formatDateBR(title.issueDate));
  box(doc, 130, 298, 120, 28, 'Número do documento', `${title.titleNumber}/${title.installment}`);
  box(doc, 250, 298, 80, 28, 'Espécie doc.', 'DM');
  box(doc, 330, 298, 100, 28, 'Aceite', 'N');
  box(doc, 430, 298, 135, 28, 'Nosso número', title.boletoId.replace('-', ''));
  box(
    doc,
    30,
    326,
    400,
    56,
    'Instruções',
    'Não receber após 30 dias do vencimento. Após o vencimento, multa de 2% e juros de 1% ao mês.',
  );
  box(doc, 430, 326, 135, 28, '(=) Valor do documento', amount);
  box(doc, 430, 354, 135, 28, '(-) Desconto / Abatimento', '');
  doc.rect(30, 382, 535, 42).lineWidth(0.5).stroke('#444');
  doc.font('Helvetica').fontSize(6).fillColor('#444').text('Pagador', 33, 384);
  doc.font('Helvetica-Bold').fontSize(9).fillColor('#000').text(payerText, 33, 393);
  doc.font('Helvetica').fontSize(8).text(payerAddress, 33, 406);
  drawBarcode(doc, title.barcode, 30, 440);
  doc
    .font('Helvetica')
    .fontSize(6)
    .fillColor('#444')
    .text('Autenticação mecânica - Ficha de Compensação', 380, 440 + BAR_HEIGHT + 4);
  doc.end();
  return done;
}
