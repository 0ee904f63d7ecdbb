/** PostgreSQL's unique_violation: a concurrent insert won the race for the same key. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string })?.code === '23505' || (error as { driverError?: { code?: string } })?.driverError?.code === '23505';
}
