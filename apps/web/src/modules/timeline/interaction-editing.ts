import type { CurrentUser } from '../../app/auth/auth-context';
import { can } from '../../shared/lib/permissions';

/** INT-01: the author corrects an interaction until a manager replied to it (the API refuses otherwise). */
export function canEditInteraction(me: Pick<CurrentUser, 'id' | 'permissions'>, interaction: { author?: { id: string } | null; reviewedAt?: unknown }): boolean {
  return can(me.permissions, 'interaction', 'edit') && !!interaction.author && interaction.author.id === me.id && !interaction.reviewedAt;
}
