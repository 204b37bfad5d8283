// Generated from specs/scbp/alibaba.scbp.ad.group.delete.ad.group.batch.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.ad.group.delete.ad.group.batch` (删除推广单元). */
export interface AlibabaScbpAdGroupDeleteAdGroupBatchRequest {
  /** 用户信息 */
  top_context: AlibabaScbpAdGroupDeleteAdGroupBatchTopContextDtoInput;
  /** 计划id */
  campaign_id: Int64Input;
  /** 请求参数 */
  ad_group_batch_operation: AlibabaScbpAdGroupDeleteAdGroupBatchAdGroupBatchOperationDtoInput;
}

/** Response of `alibaba.scbp.ad.group.delete.ad.group.batch`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpAdGroupDeleteAdGroupBatchResponse {
  /** 返回结果 */
  result?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopContextDto` of `alibaba.scbp.ad.group.delete.ad.group.batch`. */
export interface AlibabaScbpAdGroupDeleteAdGroupBatchTopContextDtoInput {
  /** 产品线id */
  product_line_id: Int64Input;
  /** 产品id */
  product_id: Int64Input;
}

/** `AdGroupBatchOperationDto` of `alibaba.scbp.ad.group.delete.ad.group.batch`. */
export interface AlibabaScbpAdGroupDeleteAdGroupBatchAdGroupBatchOperationDtoInput {
  /** 请求参数 */
  ad_group_operation_list: AlibabaScbpAdGroupDeleteAdGroupBatchAdGroupOperationDtoInput[];
}

/** `AdGroupOperationDto` of `alibaba.scbp.ad.group.delete.ad.group.batch`. */
export interface AlibabaScbpAdGroupDeleteAdGroupBatchAdGroupOperationDtoInput {
  /** 产品id */
  id: Int64Input;
}

const REQUEST_SCHEMA = {
  top_context: {
    product_line_id: 'Number',
    product_id: 'Number',
  },
  campaign_id: 'Number',
  ad_group_batch_operation: {
    ad_group_operation_list: [
      {
        id: 'Number',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.ad.group.delete.ad.group.batch`: method, response root, request and response schemas. */
export const alibabaScbpAdGroupDeleteAdGroupBatchOperation = {
  method: 'alibaba.scbp.ad.group.delete.ad.group.batch',
  responseRoot: 'alibaba_scbp_ad_group_delete_ad_group_batch_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除推广单元 — calls TOP method `alibaba.scbp.ad.group.delete.ad.group.batch`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpAdGroupDeleteAdGroupBatch(
  client: TopClient,
  request: AlibabaScbpAdGroupDeleteAdGroupBatchRequest,
  options?: CallOptions,
): Promise<AlibabaScbpAdGroupDeleteAdGroupBatchResponse> {
  return client.call<AlibabaScbpAdGroupDeleteAdGroupBatchResponse>(
    {
      method: 'alibaba.scbp.ad.group.delete.ad.group.batch',
      responseRoot: 'alibaba_scbp_ad_group_delete_ad_group_batch_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
