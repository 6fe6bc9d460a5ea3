import type { QueueDecl } from './queue';

/**
 * Every queue the application uses, created at start-up by the role that runs the migrations. A module that
 * adds a queue or a scheduled job adds its name here (the application role cannot create one later).
 */
export const QUEUES: readonly QueueDecl[] = [
  { name: 'messages.deliver', deadLetter: 'messages.dead' },
  { name: 'messages.dead' },
  { name: 'jobs.dormancy' },
  { name: 'jobs.supervision-reminders' },
  { name: 'jobs.charity-lapse' },
  { name: 'jobs.housekeeping' },
  { name: 'jobs.labour-followups' },
];
