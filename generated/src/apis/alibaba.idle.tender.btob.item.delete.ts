// Generated from specs/idle/alibaba.idle.tender.btob.item.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.tender.btob.item.delete` (暗拍b2b商品下架/删除). */
export interface AlibabaIdleTenderBtobItemDeleteRequest {
  /** 参数0 */
  param0: AlibabaIdleTenderBtobItemDeleteTenderItemDeleteCmdInput;
}

/** Response of `alibaba.idle.tender.btob.item.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleTenderBtobItemDeleteResponse {
  /** 结果 */
  result?: AlibabaIdleTenderBtobItemDeleteCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TenderItemDeleteCmd` of `alibaba.idle.tender.btob.item.delete`. */
export interface AlibabaIdleTenderBtobItemDeleteTenderItemDeleteCmdInput {
  /** 商品id */
  item_id: string;
}

/** `CommonResult` of `alibaba.idle.tender.btob.item.delete`. */
export interface AlibabaIdleTenderBtobItemDeleteCommonResult {
  /** 删除是否成功 */
  data?: boolean;
  /** 请求结果 */
  success?: boolean;
  /** 异常编码 */
  error_code?: string;
  /** 异常描述 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  param0: {
    item_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Boolean',
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.tender.btob.item.delete`: method, response root, request and response schemas. */
export const alibabaIdleTenderBtobItemDeleteOperation = {
  method: 'alibaba.idle.tender.btob.item.delete',
  responseRoot: 'alibaba_idle_tender_btob_item_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 暗拍b2b商品下架/删除 — calls TOP method `alibaba.idle.tender.btob.item.delete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleTenderBtobItemDelete(
  client: TopClient,
  request: AlibabaIdleTenderBtobItemDeleteRequest,
  options?: CallOptions,
): Promise<AlibabaIdleTenderBtobItemDeleteResponse> {
  return client.call<AlibabaIdleTenderBtobItemDeleteResponse>(
    {
      method: 'alibaba.idle.tender.btob.item.delete',
      responseRoot: 'alibaba_idle_tender_btob_item_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
