import { ValidationError, ValidationPipe } from '@nestjs/common';
import { AppError, FieldProblem } from '../../errors/app-error';

function problemsOf(errors: ValidationError[], parent: string): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = `${parent}.${e.property}`;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...problemsOf(e.children ?? [], field)];
  });
}

/**
 * class-validator on an `input` argument, failing with VALIDATION_FAILED and `input.<field>`.
 * Stand-in until the shared GraphQL plumbing installs one global pipe.
 */
export const inputValidation = new ValidationPipe({
  transform: true,
  whitelist: true,
  forbidUnknownValues: false,
  validateCustomDecorators: false,
  exceptionFactory: (errors) => AppError.validation(problemsOf(errors, 'input')),
});
