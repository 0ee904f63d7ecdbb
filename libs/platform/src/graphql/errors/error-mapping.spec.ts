import { ArgumentsHost, Logger, NotFoundException } from '@nestjs/common';
import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEmail, IsOptional, IsString, MinLength, ValidateNested } from 'class-validator';
import { GraphQLError } from 'graphql';
import { AppError, ErrorKind, PlatformErrorCode } from '../../errors/app-error';
import { AppExceptionFilter } from './app-exception.filter';
import { formatGraphqlError, httpStatusOf } from './error-mapping';
import { AppValidationPipe, validateOrThrow } from './validation.pipe';

@InputType()
class AddressInput {
  @Field()
  @IsString()
  @MinLength(2)
  city: string;
}

@InputType()
class CreateThingInput {
  @Field()
  @IsEmail()
  email: string;

  @Field()
  @IsString()
  @MinLength(3)
  name: string;

  @Field(() => AddressInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AddressInput)
  address?: AddressInput;
}

async function validationError(value: unknown): Promise<AppError> {
  try {
    await new AppValidationPipe().transform(value, { type: 'body', metatype: CreateThingInput, data: 'input' });
  } catch (error) {
    return error as AppError;
  }
  throw new Error('expected a validation error');
}

describe('input validation', () => {
  it('PLT-05 lists every invalid field of an input, each by its dotted path', async () => {
    const error = await validationError({ email: 'nope', name: 'x', address: { city: 'S' } });
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.field).toBe('input.email');
    expect(error.problems.map((p) => p.field)).toEqual(['input.email', 'input.name', 'input.address.city']);
    expect(error.problems[0].message).toBe('must be an email');
  });

  it('PLT-05 validateOrThrow (for services called outside GraphQL) makes the same checks with the same paths', async () => {
    const value = { email: 'nope', name: 'x', address: { city: 'S' }, isAdmin: true };
    const viaPipe = await validationError(value);
    const viaHelper: unknown = await validateOrThrow(CreateThingInput, value, 'input').catch((error: unknown) => error);
    expect(viaHelper).toBeInstanceOf(AppError);
    expect((viaHelper as AppError).problems).toEqual(viaPipe.problems);
    const valid = await validateOrThrow(CreateThingInput, { email: 'a@b.cn', name: 'Acme', address: { city: 'Shanghai' } }, 'input');
    expect(valid).toBeInstanceOf(CreateThingInput);
    expect(valid.address).toBeInstanceOf(AddressInput);
  });

  it('PLT-05 AppError.conflict and AppError.badField name the field', () => {
    expect(AppError.conflict('A role named "X" already exists', 'input.name')).toMatchObject({ code: 'CONFLICT', kind: 'conflict', field: 'input.name' });
    expect(AppError.badField('input.unitId', 'No such unit')).toMatchObject({
      code: 'VALIDATION_FAILED',
      kind: 'bad_input',
      field: 'input.unitId',
      problems: [{ field: 'input.unitId', message: 'No such unit' }],
    });
  });

  it('PLT-05 refuses fields the input does not declare', async () => {
    const error = await validationError({ email: 'a@b.cn', name: 'Acme', isAdmin: true });
    expect(error.problems).toEqual([{ field: 'input.isAdmin', message: 'property isAdmin should not exist' }]);
  });

  it('PLT-05 valid input is turned into the input class', async () => {
    const value = await new AppValidationPipe().transform({ email: 'a@b.cn', name: 'Acme' }, { type: 'body', metatype: CreateThingInput, data: 'input' });
    expect(value).toBeInstanceOf(CreateThingInput);
  });
});

describe('GraphQL error shape', () => {
  const formatted = (message: string, code = 'INTERNAL_SERVER_ERROR') => ({ message, extensions: { code }, path: ['x'] });

  it('PLT-05 an AppError becomes extensions { code, field, problems, ...extra } with its message', () => {
    const error = new AppError('CUSTOMER_DUPLICATE', 'A customer with this tax id exists', 'conflict', 'input.taxId', [], { existingId: 'c1' });
    const result = formatGraphqlError(formatted(error.message), new GraphQLError(error.message, { originalError: error }));
    expect(result).toEqual({
      message: 'A customer with this tax id exists',
      path: ['x'],
      extensions: { code: 'CUSTOMER_DUPLICATE', field: 'input.taxId', problems: [], existingId: 'c1' },
    });
  });

  it('PLT-05 an unexpected error is INTERNAL with a generic message; the detail is logged, never sent', () => {
    const log = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const secret = new Error('connection to 10.0.0.5 password=hunter2 refused');
    const result = formatGraphqlError(formatted(secret.message), new GraphQLError(secret.message, { originalError: secret }));
    expect(result.extensions?.code).toBe('INTERNAL');
    expect(JSON.stringify(result)).not.toContain('hunter2');
    expect(log).toHaveBeenCalledWith(secret);
    log.mockRestore();
  });

  it.each(['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'GRAPHQL_PARSE_FAILED'])('PLT-05 Apollo’s own code %s is kept', (code) => {
    const result = formatGraphqlError(formatted('Cannot query field "nope"', code), new GraphQLError('Cannot query field "nope"'));
    expect(result.extensions).toEqual({ code });
    expect(result.message).toBe('Cannot query field "nope"');
  });
});

describe('REST error shape', () => {
  it.each<[ErrorKind, number]>([
    ['bad_input', 400],
    ['unauthenticated', 401],
    ['forbidden', 403],
    ['not_found', 404],
    ['conflict', 409],
    ['rate_limited', 429],
    ['internal', 500],
  ])('PLT-05 an error of kind %s answers HTTP %i', (kind, status) => {
    expect(httpStatusOf(kind)).toBe(status);
  });

  function respond(exception: unknown) {
    const sent: { status?: number; body?: unknown; headers: Record<string, string> } = { headers: {} };
    const response = {
      status(code: number) {
        sent.status = code;
        return this;
      },
      json(body: unknown) {
        sent.body = body;
      },
      setHeader(name: string, value: string) {
        sent.headers[name] = value;
      },
    };
    const host = { getType: () => 'http', switchToHttp: () => ({ getResponse: () => response }) } as unknown as ArgumentsHost;
    new AppExceptionFilter().catch(exception, host);
    return sent;
  }

  it('PLT-05 an AppError answers its status with { code, message, field, problems }', () => {
    const sent = respond(AppError.validation([{ field: 'file', message: 'must be a CSV file' }]));
    expect(sent.status).toBe(400);
    expect(sent.body).toEqual({ code: 'VALIDATION_FAILED', message: 'file: must be a CSV file', field: 'file', problems: [{ field: 'file', message: 'must be a CSV file' }] });
  });

  it('PLT-05 rate limiting answers 429 with Retry-After', () => {
    const sent = respond(new AppError(PlatformErrorCode.RATE_LIMITED, 'Slow down', 'rate_limited', undefined, [], { retryAfterSeconds: 12 }));
    expect(sent.status).toBe(429);
    expect(sent.headers['Retry-After']).toBe('12');
  });

  it('PLT-05 Nest’s own HTTP errors get the same body, with the code of their status', () => {
    const sent = respond(new NotFoundException('Cannot GET /nope'));
    expect(sent.status).toBe(404);
    expect(sent.body).toMatchObject({ code: 'NOT_FOUND', message: 'Cannot GET /nope', field: null, problems: [] });
  });

  it('PLT-05 GraphQL errors pass through the filter untouched', () => {
    const error = AppError.forbidden();
    const host = { getType: () => 'graphql' } as unknown as ArgumentsHost;
    expect(new AppExceptionFilter().catch(error, host)).toBe(error);
  });
});

describe('AppValidationPipe with omitted arguments', () => {
  it('PLT-05 leaves an omitted optional input argument alone instead of validating an empty object', async () => {
    const { IsEnum } = await import('class-validator');
    const { AppValidationPipe } = await import('./validation.pipe');
    class Order {
      @IsEnum({ A: 'a' })
      field: string;
    }
    const pipe = new AppValidationPipe();
    await expect(pipe.transform(undefined, { type: 'query', metatype: Order, data: 'orderBy' })).resolves.toBeUndefined();
    await expect(pipe.transform({}, { type: 'query', metatype: Order, data: 'orderBy' })).rejects.toMatchObject({ field: 'orderBy.field' });
  });
});
