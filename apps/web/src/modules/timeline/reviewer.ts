import { can } from '../../shared/lib/permissions';

/**
 * Whether the user reviews interactions (INT-02): a customer admin, or someone whose role sees a team
 * (data scope beyond their own records). The server decides per interaction; this only shows the menu.
 */
export function reviewsInteractions(user: { permissions: readonly string[]; roles: readonly { dataScope: string }[] }): boolean {
  if (!can(user.permissions, 'interaction', 'edit')) return false;
  return can(user.permissions, 'customer', 'admin') || user.roles.some((r) => r.dataScope !== 'OWN');
}
