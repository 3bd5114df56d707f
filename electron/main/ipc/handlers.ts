import { appHandlers } from './app.handlers';
import { authHandlers } from './auth.handlers';
import { clientHandlers } from './clients.handlers';
import { erpHandlers } from './erp.handlers';
import { financeHandlers } from './finance.handlers';
import { bureauHandlers } from './bureau.handlers';
import { creditHandlers } from './credit.handlers';
import { clientScreenHandlers } from './client-screen.handlers';
import { receivablesHandlers } from './receivables.handlers';
import { integrationHandlers } from './integration.handlers';
import { databaseHandlers } from './database.handlers';
import { emailHandlers } from './email.handlers';
import type { Handlers } from './registry';
import { userHandlers } from './users.handlers';
import { workspaceHandlers } from './workspace.handlers';
import { policyHandlers } from './policy.handlers';
import { creditReleaseHandlers } from './credit-release.handlers';
import { homeHandlers } from './home.handlers';
import { panelHandlers } from './panel.handlers';
import { clientHeaderHandlers } from './client-header.handlers';
import { floorHandlers } from './floor.handlers';

/** Every channel of the contract must have exactly one handler: the type fails otherwise. */
export const handlers: Handlers = {
  ...appHandlers,
  ...authHandlers,
  ...clientHandlers,
  ...erpHandlers,
  ...financeHandlers,
  ...bureauHandlers,
  ...creditHandlers,
  ...clientScreenHandlers,
  ...receivablesHandlers,
  ...integrationHandlers,
  ...workspaceHandlers,
  ...userHandlers,
  ...policyHandlers,
  ...databaseHandlers,
  ...emailHandlers,
  ...creditReleaseHandlers,
  ...homeHandlers,
  ...panelHandlers,
  ...clientHeaderHandlers,
  ...floorHandlers,
};
