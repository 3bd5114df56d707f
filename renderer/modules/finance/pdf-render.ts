/**
 * pdf.js in the renderer. The worker is a Vite `?url` asset, so it loads from our own origin
 * (file:// in Electron, the loopback shell on the web) under the CSP's worker-src 'self' blob:.
 * Eval stays off: the CSP forbids it.
 */
import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { saveBlob } from '../../ui/save-file';

GlobalWorkerOptions.workerSrc = workerUrl;

export class CorruptPdfError extends Error {}

/** Renders every page into a canvas appended to `container`; returns the page count. */
export async function renderPdf(
  bytes: Uint8Array,
  container: HTMLElement,
  cssWidth: number,
): Promise<number> {
  // pdf.js transfers the buffer to its worker; the caller keeps its own bytes for Baixar.
  const task = getDocument({ data: bytes.slice(), isEvalSupported: false });
  let pdf;
  try {
    pdf = await task.promise;
  } catch (e) {
    throw new CorruptPdfError((e as Error).message);
  }
  try {
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const base = page.getViewport({ scale: 1 });
      const scale = cssWidth / base.width;
      const ratio = window.devicePixelRatio || 1;
      const viewport = page.getViewport({ scale: scale * ratio });
      const canvas = document.createElement('canvas');
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      canvas.style.width = `${Math.floor(viewport.width / ratio)}px`;
      canvas.setAttribute('aria-label', `Página ${n} do boleto`);
      canvas.setAttribute('role', 'img');
      await page.render({ canvas, viewport }).promise;
      container.appendChild(canvas);
    }
    return pdf.numPages;
  } catch (e) {
    throw new CorruptPdfError((e as Error).message);
  } finally {
    void pdf.destroy();
  }
}

/** Baixar: the browser (or Electron's save dialog) names the file by the boleto identifier. */
export function downloadPdf(bytes: Uint8Array, fileName: string): void {
  saveBlob(fileName, new Blob([bytes.slice()], { type: 'application/pdf' }));
}
