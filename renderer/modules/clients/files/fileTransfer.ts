/** Browser-side file plumbing shared by Electron and the web shell: no Node, no native dialogs. */
import { base64ToBytes, saveBlob } from '../../../ui/save-file';

/** The file's bytes as base64, read by the browser (a data: URL without its prefix). */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** Saves a file main sent as base64 (a normal download in both shells). */
export function saveBase64(name: string, mime: string, base64: string): void {
  saveBlob(name, new Blob([base64ToBytes(base64)], { type: mime || 'application/octet-stream' }));
}
