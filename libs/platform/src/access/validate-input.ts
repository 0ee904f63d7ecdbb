import { plainToInstance } from 'class-transformer';
import { validate, ValidationError } from 'class-validator';
import { AppError, FieldProblem } from '../errors/app-error';

function problemsOf(errors: ValidationError[], prefix: string): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = `${prefix}.${e.property}`;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...problemsOf(e.children ?? [], field)];
  });
}

/**
 * Validates a mutation's input with its class-validator decorators and returns the typed instance;
 * throws VALIDATION_FAILED naming every bad field as `input.<field>`. Services call it themselves,
 * so every caller (GraphQL, REST, jobs, tests) gets the same checks.
 */
export async function validateInput<T extends object>(type: new () => T, input: object, prefix = 'input'): Promise<T> {
  const instance = plainToInstance(type, input);
  const errors = await validate(instance, { whitelist: true, forbidUnknownValues: true });
  if (errors.length > 0) throw AppError.validation(problemsOf(errors, prefix));
  return instance;
}
