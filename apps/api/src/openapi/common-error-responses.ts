import { getSchemaPath, type OpenAPIObject, type OperationObject, type ResponseObject } from '@nestjs/swagger';
import { ApiErrorDto } from '../common/dto/api-error.dto.js';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/**
 * Declares the error responses that come from app-wide machinery rather than from one route, so the
 * controllers do not repeat them: the global AuthGuard (401, 403) on every non-public operation, the
 * global ValidationPipe (400) on every operation with input, and 404 on every operation addressed by
 * id. Every 4xx response, these and the routes' own, gets the one error body (ApiErrorDto) unless the
 * route declared a more specific one.
 */
export function declareCommonErrorResponses(document: OpenAPIObject): void {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (operation) declareFor(path, operation);
    }
  }
}

function declareFor(path: string, operation: OperationObject): void {
  const responses = operation.responses as Record<string, ResponseObject>;
  const isPublic = Array.isArray(operation.security) && operation.security.length === 0;
  const takesInput = Boolean(operation.requestBody) || Boolean(operation.parameters?.length);
  if (takesInput) responses['400'] ??= { description: 'Invalid input: `errors` names each field and what is wrong' };
  if (!isPublic) {
    responses['401'] ??= { description: 'Not signed in, or the session expired' };
    responses['403'] ??= {
      description: "The user's role is too low, or a cookie-authenticated write lacks the X-CSRF-Token header",
    };
  }
  if (path.includes('{id}')) responses['404'] ??= { description: 'No such record' };
  for (const [status, response] of Object.entries(responses)) {
    if (status.startsWith('4') && !response.content) {
      response.content = { 'application/json': { schema: { $ref: getSchemaPath(ApiErrorDto) } } };
    }
  }
}
