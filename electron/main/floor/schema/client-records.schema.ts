/**
 * Row types of the console-owned client records in the central database (db/floor-migrations
 * 0110), as Kysely sees them on both engines. `seq` is stamped by the feed's trigger.
 */
import type { Generated } from 'kysely';

type Seq = { seq: Generated<number> };

export interface ClientRecordTables {
  client_contacts: {
    id: number;
    client_id: number;
    name: string;
    initials: string;
    company: string;
    role: string;
    email: string | null;
    phone: string | null;
    tags: string;
    created_at: string;
    updated_at: string;
  } & Seq;
  client_activities: {
    id: number;
    client_id: number;
    kind: 'task' | 'call' | 'appointment';
    title: string;
    due_at: string;
    status: 'open' | 'done';
    done_at: string | null;
    owner_name: string;
    created_at: string;
    updated_at: string;
    ics_uid: string | null;
    ics_sequence: number;
    owner_user_id: number | null;
    notify: number;
  } & Seq;
  client_activity_participants: {
    activity_id: number;
    kind: 'user' | 'contact';
    ref_id: number;
    name: string;
    email: string;
  } & Seq;
  client_tickets: {
    id: number;
    client_id: number;
    description: string;
    progress: number;
    status: 'open' | 'closed';
    opened_at: string;
    updated_at: string;
    closed_at: string | null;
    opened_by_user_id: number | null;
  } & Seq;
  client_files: {
    id: number;
    client_id: number;
    name: string;
    mime: string;
    size_bytes: number;
    sha256: string;
    uploaded_at: string;
    uploaded_by: number | null;
    uploaded_by_name: string | null;
  } & Seq;
  client_file_blobs: { sha256: string; bytes: Buffer; created_at: Generated<Date> };
  audit_log: {
    id: number;
    at: string;
    user_id: number | null;
    user_name: string | null;
    entity: string;
    entity_id: string;
    action: string;
    changes: string;
  } & Seq;
  client_notes: { id: number; notes: string } & Seq;
  client_details: {
    id: number;
    currency: string;
    language: string;
    accounting_account: string;
    preferred_appointment_day: string | null;
    shared_across_companies: number;
  } & Seq;
}
