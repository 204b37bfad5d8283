// Generated from specs/alihouse/alibaba.alihouse.existinghome.quotation.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.existinghome.quotation.sync` (二手房行情数据同步). */
export interface AlibabaAlihouseExistinghomeQuotationSyncRequest {
  /** dto */
  existing_house_quotation_req_dto: AlibabaAlihouseExistinghomeQuotationSyncExistingHouseQuotationReqDTOInput;
}

/** Response of `alibaba.alihouse.existinghome.quotation.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseExistinghomeQuotationSyncResponse {
  /** result */
  result?: AlibabaAlihouseExistinghomeQuotationSyncResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ExistingHouseQuotationReqDTO` of `alibaba.alihouse.existinghome.quotation.sync`. */
export interface AlibabaAlihouseExistinghomeQuotationSyncExistingHouseQuotationReqDTOInput {
  /** 发布时间 */
  publish_time: DateInput;
  /** 业务类型 */
  biz_type: Int64Input;
  /** 目标id */
  target_id: string;
  /** 是否测试 */
  is_test: Int64Input;
  /** 行情内容 */
  content_json: string;
  /** 类型 */
  type: Int64Input;
  /** 状态 */
  status: Int64Input;
  /** 毫秒级时间戳 */
  etc_version: Int64Input;
}

/** `Result` of `alibaba.alihouse.existinghome.quotation.sync`. */
export interface AlibabaAlihouseExistinghomeQuotationSyncResult {
  /** code */
  code?: string;
  /** 是否同步成功 */
  data?: boolean;
  /** success */
  success?: boolean;
  /** message */
  message?: string;
}

const REQUEST_SCHEMA = {
  existing_house_quotation_req_dto: {
    publish_time: 'Date',
    biz_type: 'Number',
    target_id: 'String',
    is_test: 'Number',
    content_json: 'String',
    type: 'Number',
    status: 'Number',
    etc_version: 'Number',
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

/** Static description of `alibaba.alihouse.existinghome.quotation.sync`: method, response root, request and response schemas. */
export const alibabaAlihouseExistinghomeQuotationSyncOperation = {
  method: 'alibaba.alihouse.existinghome.quotation.sync',
  responseRoot: 'alibaba_alihouse_existinghome_quotation_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 二手房行情数据同步 — calls TOP method `alibaba.alihouse.existinghome.quotation.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseExistinghomeQuotationSync(
  client: TopClient,
  request: AlibabaAlihouseExistinghomeQuotationSyncRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseExistinghomeQuotationSyncResponse> {
  return client.call<AlibabaAlihouseExistinghomeQuotationSyncResponse>(
    {
      method: 'alibaba.alihouse.existinghome.quotation.sync',
      responseRoot: 'alibaba_alihouse_existinghome_quotation_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
