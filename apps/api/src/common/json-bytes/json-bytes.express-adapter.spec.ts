import type { AddressInfo } from 'node:net';
import 'reflect-metadata';
import { Controller, Get, Module, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { JsonBytes } from './json-bytes.js';
import { JsonBytesExpressAdapter } from './json-bytes.express-adapter.js';

@Controller()
class SampleController {
  @Get('bytes')
  bytes(): JsonBytes<{ place: string }> {
    return JsonBytes.of({ place: 'طرابلس' });
  }

  @Get('object')
  object(): { place: string } {
    return { place: 'سرت' };
  }
}

@Module({ controllers: [SampleController] })
class SampleModule {}

describe('JsonBytesExpressAdapter', () => {
  let app: INestApplication;
  let base: string;

  beforeAll(async () => {
    app = await NestFactory.create(SampleModule, new JsonBytesExpressAdapter(), { logger: false });
    await app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await app.close();
  });

  it('sends JSON bytes as they are, as UTF-8 JSON', async () => {
    const response = await fetch(`${base}/bytes`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.text()).toBe('{"place":"طرابلس"}');
  });

  it('serializes any other answer as Nest does', async () => {
    const response = await fetch(`${base}/object`);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    await expect(response.json()).resolves.toEqual({ place: 'سرت' });
  });
});
