import type { Core } from '../../electron/main/core-types';
import { getSetting } from '../../electron/main/db/repos/settings.repo';
import { startBureauDemo } from './bureau-demo';
import { startErpDemo } from './erp-demo';
import { startCreditOrdersDemo } from './credit-orders-demo';

/**
 * On a demo database, `npm start` also runs the ERP and bureau simulators on 127.0.0.1 and
 * points the console's settings at them (their ports change on every start).
 */
type DemoService = (core: Core) => Promise<() => Promise<void>>;

// The orders demo syncs from the ERP simulator, so it comes after it.
const services: DemoService[] = [startBureauDemo, startErpDemo, startCreditOrdersDemo];

export async function startDemoServices(core: Core): Promise<() => Promise<void>> {
  if (getSetting(core.db, 'is_demo') !== '1' || process.env.CENTRAL_DEMO_SERVICES === '0')
    return async () => {};
  const stops: (() => Promise<void>)[] = [];
  for (const start of services) stops.push(await start(core));
  return async () => {
    for (const stop of stops.reverse()) await stop();
  };
}
