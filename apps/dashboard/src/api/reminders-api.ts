import { answer, http } from './http-client';
import type { ReminderPolicy, ReminderPolicyChange, ReminderStats } from './types';

/** Where administrators look at the queue's jobs (served by the api, not by the dashboard). */
export const QUEUE_BOARD_URL = '/api/admin/queues/';

/** Reminder policies and the state of the reminder pipeline (administrators). */
export const remindersApi = {
  policies(signal?: AbortSignal): Promise<ReminderPolicy[]> {
    return answer(http.api.GET('/api/admin/reminders/policies', { signal }));
  },

  /** 409 STALE_VERSION when another administrator changed the policy meanwhile. */
  updatePolicy(target: string, change: ReminderPolicyChange): Promise<ReminderPolicy> {
    return answer(http.api.PUT('/api/admin/reminders/policies/{target}', { params: { path: { target } }, body: change }));
  },

  stats(signal?: AbortSignal): Promise<ReminderStats> {
    return answer(http.api.GET('/api/admin/reminders/stats', { signal }));
  },
};
