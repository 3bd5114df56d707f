/** Marks the one element where files may be dropped (Arquivos of the client screen). */
export const DROP_ZONE_ATTRIBUTE = 'data-drop-zone';

// Structural types: the node-side tests type-check this file without the DOM library.
type Closest = { closest?: (selector: string) => unknown };
type WithDataTransfer = { dataTransfer?: { dropEffect: string } | null };

const inDropZone = (target: EventTarget | null): boolean => {
  const el = target as Closest | null;
  return typeof el?.closest === 'function' && el.closest(`[${DROP_ZONE_ATTRIBUTE}]`) !== null;
};

/**
 * A file dropped anywhere but the drop zone would make the window open it (an HTML attachment
 * would replace the app). Outside the zone the drop is refused ("proibido" cursor) and cancelled;
 * the zone handles its own drops.
 */
export function installDropGuard(
  win: EventTarget,
  isZone: (t: EventTarget | null) => boolean = inDropZone,
): () => void {
  const onDragOver = (e: Event) => {
    e.preventDefault();
    if (!isZone(e.target)) {
      const dt = (e as Event & WithDataTransfer).dataTransfer;
      if (dt) dt.dropEffect = 'none';
    }
  };
  const onDrop = (e: Event) => {
    if (!isZone(e.target)) e.preventDefault();
  };
  win.addEventListener('dragover', onDragOver);
  win.addEventListener('drop', onDrop);
  return () => {
    win.removeEventListener('dragover', onDragOver);
    win.removeEventListener('drop', onDrop);
  };
}
