// Generated from specs/ascpqcc/alibaba.ascp.qcc.sample.cancel.item.relation.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.qcc.sample.cancel.item.relation` (魅力惠样品解除父子商品关系). */
export interface AlibabaAscpQccSampleCancelItemRelationRequest {
  /** 请求参数对象 */
  cancel_request: AlibabaAscpQccSampleCancelItemRelationCancelSampleRelationRequestInput;
}

/** Response of `alibaba.ascp.qcc.sample.cancel.item.relation`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpQccSampleCancelItemRelationResponse {
  /** result */
  result?: AlibabaAscpQccSampleCancelItemRelationSendResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CancelSampleRelationRequest` of `alibaba.ascp.qcc.sample.cancel.item.relation`. */
export interface AlibabaAscpQccSampleCancelItemRelationCancelSampleRelationRequestInput {
  /** 请求具体数据 */
  data: AlibabaAscpQccSampleCancelItemRelationCancelSampleRelationDataInput;
}

/** `CancelSampleRelationData` of `alibaba.ascp.qcc.sample.cancel.item.relation`. */
export interface AlibabaAscpQccSampleCancelItemRelationCancelSampleRelationDataInput {
  /** 商品编号 */
  biz_item_id?: string;
  /** 商品编号列表 */
  biz_item_ids?: string[];
}

/** `SendResult` of `alibaba.ascp.qcc.sample.cancel.item.relation`. */
export interface AlibabaAscpQccSampleCancelItemRelationSendResult {
  /** errorMessage */
  error_message?: string;
  /** 业务系统返回响应 */
  cancel_response?: AlibabaAscpQccSampleCancelItemRelationCancelSampleRelationResponse;
  /** errorCode */
  error_code?: string;
  /** success */
  success?: boolean;
}

/** `CancelSampleRelationResponse` of `alibaba.ascp.qcc.sample.cancel.item.relation`. */
export interface AlibabaAscpQccSampleCancelItemRelationCancelSampleRelationResponse {
  /** 错误信息 */
  error_message?: string;
  /** 错误code */
  error_code?: string;
  /** 成功标示 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  cancel_request: {
    data: {
      biz_item_id: 'String',
      biz_item_ids: ['String'],
    },
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_message: 'String',
    cancel_response: {
      error_message: 'String',
      error_code: 'String',
      success: 'Boolean',
    },
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.qcc.sample.cancel.item.relation`: method, response root, request and response schemas. */
export const alibabaAscpQccSampleCancelItemRelationOperation = {
  method: 'alibaba.ascp.qcc.sample.cancel.item.relation',
  responseRoot: 'alibaba_ascp_qcc_sample_cancel_item_relation_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 魅力惠样品解除父子商品关系 — calls TOP method `alibaba.ascp.qcc.sample.cancel.item.relation`.
 *
 * 品控中心魅力惠样品解除父子商品关系
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpQccSampleCancelItemRelation(
  client: TopClient,
  request: AlibabaAscpQccSampleCancelItemRelationRequest,
  options?: CallOptions,
): Promise<AlibabaAscpQccSampleCancelItemRelationResponse> {
  return client.call<AlibabaAscpQccSampleCancelItemRelationResponse>(
    {
      method: 'alibaba.ascp.qcc.sample.cancel.item.relation',
      responseRoot: 'alibaba_ascp_qcc_sample_cancel_item_relation_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
