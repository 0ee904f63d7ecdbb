import { ArgumentMetadata, Injectable, ValidationError, ValidationPipe } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { AppError, FieldProblem } from '../../errors/app-error';

/** Every failed constraint of a class-validator result, each with its dotted path (`input.address.city`). */
export function problemsOf(errors: ValidationError[], prefix?: string): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    // class-validator starts its messages with the property name; the field already says it.
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: message.startsWith(`${error.property} `) ? message.slice(error.property.length + 1) : message,
    }));
    return [...own, ...problemsOf(error.children ?? [], field)];
  });
}

/** The class-validator options the global pipe and `validateOrThrow` share: unknown properties are refused. */
const VALIDATOR_OPTIONS = { whitelist: true, forbidNonWhitelisted: true } as const;

/**
 * For a service that is also called outside GraphQL (by other contexts, jobs, REST): the same checks
 * the global pipe makes, on a plain object, returning the class instance; failures are one
 * VALIDATION_FAILED naming every field from `pathPrefix` (`input.email`). GraphQL-only services rely on the pipe.
 */
export async function validateOrThrow<T extends object>(type: new () => T, value: object, pathPrefix?: string): Promise<T> {
  const instance = plainToInstance(type, value);
  const errors = await validate(instance, VALIDATOR_OPTIONS);
  if (errors.length > 0) throw AppError.validation(problemsOf(errors, pathPrefix));
  return instance;
}

class ValidationProblems extends Error {
  constructor(readonly errors: ValidationError[]) {
    super('validation failed');
  }
}

/**
 * The global pipe: class-validator on every @InputType/@ArgsType (transforming to the class, refusing
 * unknown properties). Failures become one VALIDATION_FAILED AppError listing every problem, each named
 * by its path from the argument (`input.email`).
 */
@Injectable()
export class AppValidationPipe extends ValidationPipe {
  constructor() {
    super({
      transform: true,
      ...VALIDATOR_OPTIONS,
      validateCustomDecorators: false,
      exceptionFactory: (errors) => new ValidationProblems(errors),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // An omitted optional argument stays omitted: GraphQL itself enforces non-null arguments, and
    // Nest would otherwise validate `{}` in its place and report the class's required fields.
    if (value === undefined || value === null) return value;
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof ValidationProblems) throw AppError.validation(problemsOf(error.errors, metadata.data));
      throw error;
    }
  }
}
