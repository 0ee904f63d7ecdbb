import { Bootstrap1795401359076 } from './1795401359076-Bootstrap';
import { Tenant1795401397415 } from './1795401397415-Tenant';
import { AuditLog1795401459869 } from './1795401459869-AuditLog';
import { IdentityAccess1795401761360 } from './1795401761360-IdentityAccess';
import { Outbox1795402040202 } from './1795402040202-Outbox';
import { Housekeeping1795422115361 } from './1795422115361-Housekeeping';
import { OutboxRelayAtScale1795450504455 } from './1795450504455-OutboxRelayAtScale';
import { AccessEpoch1795461844387 } from './1795461844387-AccessEpoch';

// Platform migrations in order; new ones are generated with `pnpm migration:generate` and listed here.
export const PLATFORM_MIGRATIONS = [Bootstrap1795401359076, Tenant1795401397415, AuditLog1795401459869, IdentityAccess1795401761360, Outbox1795402040202, Housekeeping1795422115361, OutboxRelayAtScale1795450504455, AccessEpoch1795461844387];
