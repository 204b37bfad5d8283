// Generated from specs/product/tmall.item.sizemapping.template.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.item.sizemapping.template.delete` (删除天猫商品尺码表模板). */
export interface TmallItemSizemappingTemplateDeleteRequest {
  /** 尺码表模板ID */
  template_id: Int64Input;
}

/** Response of `tmall.item.sizemapping.template.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallItemSizemappingTemplateDeleteResponse {
  /** 尺码表模板ID */
  template_id?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  template_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  template_id: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `tmall.item.sizemapping.template.delete`: method, response root, request and response schemas. */
export const tmallItemSizemappingTemplateDeleteOperation = {
  method: 'tmall.item.sizemapping.template.delete',
  responseRoot: 'tmall_item_sizemapping_template_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除天猫商品尺码表模板 — calls TOP method `tmall.item.sizemapping.template.delete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallItemSizemappingTemplateDelete(
  client: TopClient,
  request: TmallItemSizemappingTemplateDeleteRequest,
  options?: CallOptions,
): Promise<TmallItemSizemappingTemplateDeleteResponse> {
  return client.call<TmallItemSizemappingTemplateDeleteResponse>(
    {
      method: 'tmall.item.sizemapping.template.delete',
      responseRoot: 'tmall_item_sizemapping_template_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
