/**
 * Which cached answers each main-process event makes stale. Channels are matched by name, so
 * an entry covers every input of that channel (every open client's copy).
 */
import type { QueryClient } from '@tanstack/react-query';
import type { ChannelName, EventMap, EventName } from '../../shared/ipc/contract';
import { onEvent, onWrite } from './api';
import { channelKey } from './query';

type Invalidation<E extends EventName> = 'all' | ((payload: EventMap[E]) => ChannelName[] | 'all' | null);

/** What shows an edit of ERP-owned fields: the values, the pending/conflict marks, the addresses. */
const ERP_EDIT_QUERIES: ChannelName[] = [
  'clients.get',
  'clientErpEdits.list',
  'clientAddresses.list',
  'clientHeader.summary',
];

export const EVENT_INVALIDATIONS: { [E in EventName]?: Invalidation<E> } = {
  // Another group may see other fields, actions and lists.
  'permissions.changed': 'all',
  // A restored backup replaces every row; damage shows the corruption screen instead.
  'db.health': (p) => (p.corrupt ? null : 'all'),
  // The ERP is back: the live finance figures fetched while it was down were errors.
  'erp.availability': (p) => [
    'erp.availability',
    ...(p.state === 'available' ? (['finance.summary.refresh', 'finance.boletos.list'] as const) : []),
  ],
  // A sync run, an ERP confirmation or another window changed a client: its open screens follow.
  'client.changed': (p) => [
    ...(p.parts.includes('register') ? (['clients.get', 'clientHeader.summary'] as const) : []),
    ...(p.parts.includes('credit')
      ? ([
          'clients.get',
          'clientHeader.summary',
          'finance.summary.cached',
          'finance.summary.refresh',
        ] as const)
      : []),
    ...(p.parts.includes('contacts') ? (['clientContacts.list'] as const) : []),
    ...(p.parts.includes('receivables') ? (['finance.boletos.list'] as const) : []),
    // Floor mode: another seat saved one of the client's console records.
    ...(p.parts.includes('contacts') ? (['clientContacts.get'] as const) : []),
    ...(p.parts.includes('activities') ? (['clientActivities.list'] as const) : []),
    ...(p.parts.includes('tickets') ? (['clientTickets.list'] as const) : []),
    ...(p.parts.includes('files') ? (['clientFiles.list'] as const) : []),
    ...(p.parts.includes('history') ? (['clientHistory.list'] as const) : []),
    ...(p.parts.includes('notes') ? (['clients.get'] as const) : []),
    ...(p.parts.includes('products') ? (['clientProducts.list', 'clientProducts.get'] as const) : []),
    ...(p.parts.includes('erpEdits') ? ERP_EDIT_QUERIES : []),
  ],
  // A background job ended: the integration screens show its run (while it runs they poll).
  'job.progress': (p) =>
    p.state === 'running'
      ? null
      : p.task === 'erp-sync'
        ? ['erp.sync.status', 'integration.overview', 'integration.runs.list', 'receivables.status']
        : ['integration.overview', 'integration.runs.list', 'receivables.status', 'receivables.alert'],
  // A sync brought or settled blocked orders, an analyst decided one, or the ERP answered a decision.
  'creditRelease.changed': () => [
    'creditRelease.queue',
    'creditRelease.waitingCount',
    'creditRelease.order',
    'creditRelease.clientOrders',
    'creditRelease.clientPreview',
    'clientHistory.list',
  ],
  // An activity, ticket or received call changed (here, in another window or by another agent).
  'home.dayChanged': () => ['home.day'],
  // The central database came back, went away or refused this seat: the banner and Banco central follow.
  'floor.status': () => ['floor.status', 'floor.settings.get'],
  // The ERP settled (or a sync touched) pending edits of these clients.
  'clients.erpChanged': () => ERP_EDIT_QUERIES,
};

/** Subscribes the cache to every event of the map; returns the unsubscribe. */
export function wireEventInvalidation(queryClient: QueryClient): () => void {
  const offs = (Object.keys(EVENT_INVALIDATIONS) as EventName[]).map((event) =>
    onEvent(event, (payload) => {
      const rule = EVENT_INVALIDATIONS[event] as Invalidation<typeof event> | undefined;
      const what = typeof rule === 'function' ? rule(payload as never) : rule;
      if (what === 'all') void queryClient.invalidateQueries();
      else if (what) for (const c of what) void queryClient.invalidateQueries({ queryKey: channelKey(c) });
    }),
  );
  // A write made here may change what any cached answer shows (a saved contact adds a Histórico
  // entry): everything is marked stale, without refetching, so each screen asks again when it is
  // next shown and, meanwhile, paints what it had. The screen that wrote reloads its own list.
  offs.push(onWrite(() => void queryClient.invalidateQueries({ refetchType: 'none' })));
  return () => offs.forEach((off) => off());
}
