import type { OpenAPIObject } from '@nestjs/swagger';
import { declareCommonErrorResponses } from './common-error-responses.js';
import { serializeOpenApiDocument } from './openapi-document.js';

function documentWith(paths: OpenAPIObject['paths']): OpenAPIObject {
  return { openapi: '3.0.0', info: { title: 't', version: '1' }, paths };
}

describe('serializeOpenApiDocument', () => {
  it('sorts every object key, keeps array order and ends with a newline', () => {
    const text = serializeOpenApiDocument({
      openapi: '3.0.0',
      info: { version: '1', title: 't' },
      paths: {},
      tags: [{ name: 'b' }, { name: 'a' }],
    });
    expect(text.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(text))).toEqual(['info', 'openapi', 'paths', 'tags']);
    expect(text.indexOf('"title"')).toBeLessThan(text.indexOf('"version"'));
    expect(JSON.parse(text).tags).toEqual([{ name: 'b' }, { name: 'a' }]);
  });
});

describe('declareCommonErrorResponses', () => {
  it('gives secured operations 401 and 403, operations with input 400, and operations by id 404', () => {
    const document = documentWith({
      '/api/claims/{id}': {
        get: { parameters: [{ name: 'id', in: 'path', required: true }], responses: { '200': { description: '' } } },
      },
    });
    declareCommonErrorResponses(document);
    expect(Object.keys(document.paths['/api/claims/{id}'].get!.responses).sort()).toEqual([
      '200',
      '400',
      '401',
      '403',
      '404',
    ]);
  });

  it('leaves public operations without 401/403 and keeps a route’s own 4xx description, adding the error body', () => {
    const document = documentWith({
      '/api/auth/login': {
        post: {
          security: [],
          requestBody: { content: {} },
          responses: { '200': { description: '' }, '401': { description: 'Invalid email or password' } },
        },
      },
    });
    declareCommonErrorResponses(document);
    const responses = document.paths['/api/auth/login'].post!.responses;
    expect(Object.keys(responses).sort()).toEqual(['200', '400', '401']);
    expect(responses['401']).toEqual({
      description: 'Invalid email or password',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiErrorDto' } } },
    });
  });
});
