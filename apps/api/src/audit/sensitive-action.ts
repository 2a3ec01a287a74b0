/**
 * Actions that read personal data in full (a whole ID number, whatever the reason given; a worker's
 * whole phone, named `…personal_data.read`): the audit log flags them so the district can review who looked, and why.
 */
export function isSensitiveAction(action: string): boolean {
  return action.includes('id_number') || action.includes('personal_data');
}
