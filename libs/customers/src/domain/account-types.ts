export type AccountKind = 'company' | 'individual';
export type LifecycleStage = 'prospect' | 'customer' | 'inactive' | 'churned' | 'unknown';
