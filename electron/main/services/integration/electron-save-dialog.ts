/**
 * Electron only (the web shell never imports this file): the native "Salvar como" dialog for
 * the history workbook, attached to the window that asked for it.
 */
import path from 'node:path';
import { app, BrowserWindow, dialog, webContents } from 'electron';
import type { ExportDestination } from './history/export-destination';

function windowOf(sessionKey: string): BrowserWindow | null {
  const id = Number(/^electron:(\d+)$/.exec(sessionKey)?.[1]);
  const contents = Number.isInteger(id) ? webContents.fromId(id) : undefined;
  return (contents && BrowserWindow.fromWebContents(contents)) ?? BrowserWindow.getFocusedWindow();
}

export function electronSaveDialog(): ExportDestination {
  return {
    async choose(fileName, sessionKey) {
      const options = {
        title: 'Salvar histórico de integrações',
        defaultPath: path.join(app.getPath('downloads'), fileName),
        buttonLabel: 'Salvar',
        filters: [{ name: 'Pasta de trabalho do Excel', extensions: ['xlsx'] }],
      };
      const win = windowOf(sessionKey);
      const answer = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      if (answer.canceled || !answer.filePath) return null;
      const chosen = answer.filePath;
      return { path: /\.xlsx$/i.test(chosen) ? chosen : `${chosen}.xlsx`, delivery: 'saved' };
    },
  };
}
