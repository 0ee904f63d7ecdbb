import { ArgumentMetadata, Injectable, ValidationError, ValidationPipe } from '@nestjs/common';
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
      whitelist: true,
      forbidNonWhitelisted: true,
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
