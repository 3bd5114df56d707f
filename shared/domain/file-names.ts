/**
 * Attachment names and types as given by a browser or a crafted call, made safe to store, list
 * and save on Windows: no bidi or invisible characters (they disguise "fatura\u202Efdp.exe" as
 * "fatura exe.pdf"), no path or control characters, no reserved device names (CON, NUL, COM1…),
 * no trailing dot or space (Windows drops them, changing the extension).
 */

// Bidi embeddings/overrides/isolates and marks, zero-width characters and the BOM.
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
// eslint-disable-next-line no-control-regex -- control characters are what it replaces
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\\/:*?"<>|]/g;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

export type NameCheck = { ok: true; name: string } | { ok: false; message: string };

export function normalizeAttachmentName(raw: string): NameCheck {
  let name = raw.normalize('NFC').replace(INVISIBLE, '').replace(UNSAFE, '_');
  name = name
    .replace(/^\.+/, '_')
    .replace(/[. ]+$/, '')
    .trim();
  const stem = name.split('.')[0] ?? '';
  if (RESERVED.test(stem.trim())) name = `_${name}`;
  name = Array.from(name).slice(0, 255).join('');
  if (name === '' || /^_*$/.test(name)) {
    return {
      ok: false,
      message: 'O nome do arquivo não tem nenhum caractere válido. Renomeie o arquivo e anexe de novo.',
    };
  }
  return { ok: true, name };
}

/** The extension Windows will use to open the file ("" when none), lower-case, shown next to the name. */
export function realExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 || dot === name.length - 1 ? '' : name.slice(dot + 1).toLowerCase();
}

const MIME_SYNTAX =
  /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*(\s*;\s*[a-z0-9!#$&^_.+-]+=("[^"]*"|[a-z0-9!#$&^_.+-]+))*$/i;

export type MimeCheck = { ok: true; mime: string } | { ok: false; message: string };

/**
 * A type with a line break could split a header when the file is sent back; it is refused.
 * Anything else that is not a type/subtype is stored as application/octet-stream.
 */
export function normalizeMime(raw: string): MimeCheck {
  // eslint-disable-next-line no-control-regex -- control characters are what it refuses
  if (/[\u0000-\u001f\u007f]/.test(raw)) {
    return {
      ok: false,
      message: 'Tipo de arquivo inválido: contém quebra de linha ou caractere de controle.',
    };
  }
  const mime = raw.trim().toLowerCase();
  return { ok: true, mime: MIME_SYNTAX.test(mime) ? mime : 'application/octet-stream' };
}
