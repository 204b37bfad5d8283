// Generated from specs/alihouse/alibaba.alihouse.im.receive.model.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.im.receive.model.sync` (IM承接方式同步). */
export interface AlibabaAlihouseImReceiveModelSyncRequest {
  /** IM承接方式DTO */
  im_receive_model_dto: AlibabaAlihouseImReceiveModelSyncIMReceiveModelReqDTOInput;
}

/** Response of `alibaba.alihouse.im.receive.model.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseImReceiveModelSyncResponse {
  /** aaa */
  result?: AlibabaAlihouseImReceiveModelSyncResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `IMReceiveModelReqDTO` of `alibaba.alihouse.im.receive.model.sync`. */
export interface AlibabaAlihouseImReceiveModelSyncIMReceiveModelReqDTOInput {
  /** 0-楼盘 1-交易商品 */
  type: Int64Input;
  /** 外部id列表，根据type区分 */
  tag_ids: string[];
  /** 1-天猫好房来客通 2-千牛 */
  im_model: Int64Input;
  /** 0-非测试 1-测试 */
  is_test: Int64Input;
  /** 外部门店id */
  outer_store_id?: string;
}

/** `Result` of `alibaba.alihouse.im.receive.model.sync`. */
export interface AlibabaAlihouseImReceiveModelSyncResult {
  /** aaa */
  code?: string;
  /** aaa */
  data?: boolean;
  /** aaa */
  success?: boolean;
  /** aaa */
  message?: string;
}

const REQUEST_SCHEMA = {
  im_receive_model_dto: {
    type: 'Number',
    tag_ids: ['String'],
    im_model: 'Number',
    is_test: 'Number',
    outer_store_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    data: 'Boolean',
    success: 'Boolean',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.im.receive.model.sync`: method, response root, request and response schemas. */
export const alibabaAlihouseImReceiveModelSyncOperation = {
  method: 'alibaba.alihouse.im.receive.model.sync',
  responseRoot: 'alibaba_alihouse_im_receive_model_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * IM承接方式同步 — calls TOP method `alibaba.alihouse.im.receive.model.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseImReceiveModelSync(
  client: TopClient,
  request: AlibabaAlihouseImReceiveModelSyncRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseImReceiveModelSyncResponse> {
  return client.call<AlibabaAlihouseImReceiveModelSyncResponse>(
    {
      method: 'alibaba.alihouse.im.receive.model.sync',
      responseRoot: 'alibaba_alihouse_im_receive_model_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
