/** Início for agents ("Meu dia") and the screen pop of an inbound call. */
import type { ActivityKind } from './client-activities';

/** Which client tab a row of Meu dia opens (a subset of the client screen's tab keys). */
export type HomeTab = 'activities' | 'support' | 'contacts' | 'details';

export interface HomeClient {
  id: number;
  erpCode: string;
  name: string;
}

export interface HomeActivity {
  id: number;
  client: HomeClient;
  kind: ActivityKind;
  title: string;
  dueAt: string;
  /** Due before now (atrasada); otherwise due later today. */
  overdue: boolean;
}

export interface HomeTicket {
  id: number;
  reference: string;
  client: HomeClient;
  description: string;
  progress: number;
  openedAt: string;
}

/** A call the telephony announced, waiting for the agent to record or discard it. */
export interface CallDraft {
  id: number;
  phone: string;
  client: HomeClient | null;
  receivedAt: string;
  /** "Chamada recebida de …, hh:mm": the activity's title once confirmed. */
  title: string;
}

export interface AgentDay {
  /** São Paulo calendar day the list was made for. */
  today: string;
  counts: {
    overdue: number;
    dueToday: number;
    callsToReturn: number;
    openTickets: number;
    callDrafts: number;
  };
  /** Calls to return first, then the rest; each group by due date (oldest first). */
  activities: HomeActivity[];
  /** Oldest first: the one waiting longest is on top. */
  tickets: HomeTicket[];
  recentClients: HomeClient[];
  lastCall: { client: HomeClient; at: string } | null;
  callDrafts: CallDraft[];
}

/** Where a screen pop lands: the client itself, or F9 with what was received typed in. */
export type ScreenPopOutcome =
  | { kind: 'client'; clientId: number; tab: HomeTab; draftId: number | null }
  | { kind: 'search'; query: string; matches: number; notice: string | null; draftId: number | null };
