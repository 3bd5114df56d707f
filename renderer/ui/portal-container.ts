import { createContext, useContext } from 'react';

/**
 * Where popovers (Select lists, menus) portal to. Inside a dialog that is the dialog itself: a
 * list portalled to <body> would sit outside the modal, under its inert background, and a click
 * on it would count as a click outside the dialog.
 */
export const PortalContainer = createContext<HTMLElement | null>(null);

/** The portal target for a popover opened here: the enclosing dialog, else the document body. */
export const usePortalContainer = (): HTMLElement | undefined => useContext(PortalContainer) ?? undefined;
