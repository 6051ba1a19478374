import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Body, Controller, Get, Module, Post } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, MaxLength, Min, ValidateNested } from 'class-validator';
import request from 'supertest';
import { DomainError } from '#domain';
import { Public } from '../../apps/api/src/auth/access.decorators.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

class ProbeAddress {
  @IsString()
  city!: string;
}

class ProbeDto {
  @IsString()
  @MaxLength(20)
  label!: string;

  @IsInt()
  @Min(0)
  count!: number;

  @IsOptional()
  @ValidateNested()
  @Type(() => ProbeAddress)
  address?: ProbeAddress;
}

/** Test-only routes exercising the global pipe and filter the way feature controllers will. */
@Controller('probe')
@Public()
class ProbeController {
  @Post()
  echo(@Body() dto: ProbeDto): ProbeDto {
    return dto;
  }

  @Get('bug')
  bug(): never {
    throw new Error('lookup failed for client Tanaka Hanako born 1990-01-01');
  }

  @Get('forbidden')
  forbidden(): never {
    throw new DomainError('FORBIDDEN', 'Only supervisors may do this.');
  }
}

@Module({ controllers: [ProbeController] })
class ProbeModule {}

describe('HTTP errors', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ modules: [ProbeModule] });
  });
  afterAll(async () => {
    await api.close();
  });

  const post = (body: string, contentType = 'application/json') =>
    request(api.server).post('/api/probe').set('Content-Type', contentType).send(body);

  it('accepts a valid body and converts declared types', async () => {
    const response = await post(JSON.stringify({ label: 'ok', count: 3, address: { city: 'Tokyo' } }));
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ label: 'ok', count: 3, address: { city: 'Tokyo' } });
  });

  it('answers malformed JSON with 400 MALFORMED_REQUEST and the correlation id', async () => {
    const response = await post('{"label": "ok", ');
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      code: 'MALFORMED_REQUEST',
      message: 'The request body is not valid JSON.',
      correlationId: response.headers['x-correlation-id'],
    });
  });

  it('refuses an unknown field, naming it', async () => {
    const response = await post(JSON.stringify({ label: 'ok', count: 1, isAdmin: true }));
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.details.fields).toEqual([{ field: 'isAdmin', problems: ['should not exist'] }]);
  });

  // class-validator finds Object.prototype's members as if they were declared fields.
  it.each(['constructor', 'toString', 'hasOwnProperty', 'valueOf'])('refuses a field named %s like any unknown field', async (name) => {
    const response = await post(`{"label": "ok", "count": 1, "address": {"city": "Tokyo", "${name}": "x"}}`);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.details.fields).toEqual([{ field: `address.${name}`, problems: ['should not exist'] }]);
  });

  it('names every field of the wrong type, nested ones with their path, without echoing values', async () => {
    const response = await post(JSON.stringify({ label: 42, count: 'many', address: { city: 7 } }));
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    const fields = (response.body as { details: { fields: { field: string }[] } }).details.fields;
    expect(fields.map((f) => f.field)).toEqual(['label', 'count', 'address.city']);
    expect(JSON.stringify(response.body)).not.toContain('many');
  });

  it.each([
    ['an array', '[1, 2]'],
    ['a string', '"label"'],
    ['null', 'null'],
    ['an empty object', '{}'],
  ])('refuses %s as the body with 400', async (_what, body) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    expect(['VALIDATION_FAILED', 'MALFORMED_REQUEST']).toContain(response.body.code);
    expect(response.body.correlationId).toEqual(expect.any(String));
  });

  it('refuses a body that is not JSON with 415', async () => {
    const response = await post('label=ok&count=1', 'application/x-www-form-urlencoded');
    expect(response.status).toBe(415);
    expect(response.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('refuses a body over the limit with 413', async () => {
    const response = await post(JSON.stringify({ label: 'x'.repeat(1_100_000), count: 1 }));
    expect(response.status).toBe(413);
    expect(response.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers an unknown route with 404 ROUTE_NOT_FOUND', async () => {
    const response = await request(api.server).get('/api/no-such-thing');
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ code: 'ROUTE_NOT_FOUND', correlationId: expect.any(String) });
  });

  it('maps a domain error through its code', async () => {
    const response = await request(api.server).get('/api/probe/forbidden');
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ code: 'FORBIDDEN', message: 'Only supervisors may do this.' });
  });

  it('turns a bug into a bare 500: no stack, no message, no personal data', async () => {
    const response = await request(api.server).get('/api/probe/bug');
    expect(response.status).toBe(500);
    expect(Object.keys(response.body).sort()).toEqual(['code', 'correlationId', 'message']);
    expect(response.body.code).toBe('INTERNAL');
    expect(response.text).not.toMatch(/Tanaka|1990|at .*\.ts/);
  });

  it('keeps a well-formed incoming request id and replaces free text', async () => {
    const kept = await request(api.server).get('/health/live').set('X-Request-Id', 'lb-7f3a9c21e0');
    expect(kept.headers['x-correlation-id']).toBe('lb-7f3a9c21e0');
    const replaced = await request(api.server).get('/health/live').set('X-Request-Id', 'Tanaka Hanako <script>');
    expect(replaced.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends security headers and no X-Powered-By', async () => {
    const response = await request(api.server).get('/health/live');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('serves the OpenAPI document and Swagger UI', async () => {
    const json = await request(api.server).get('/api/docs-json');
    expect(json.status).toBe(200);
    expect(json.body.info.title).toBe('Yorisoi API');
    expect(Object.keys(json.body.paths)).toContain('/health/ready');
    const ui = await request(api.server).get('/api/docs');
    expect(ui.status).toBe(200);
    expect(ui.text).toContain('swagger-ui');
  });
});
