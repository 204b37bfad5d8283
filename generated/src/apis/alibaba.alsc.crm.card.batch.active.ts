// Generated from specs/alsc/alibaba.alsc.crm.card.batch.active.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.crm.card.batch.active` (批量激活卡). */
export interface AlibabaAlscCrmCardBatchActiveRequest {
  /** 请求对象 */
  param_batch_active_card_open_req?: AlibabaAlscCrmCardBatchActiveBatchActiveCardOpenReqInput;
}

/** Response of `alibaba.alsc.crm.card.batch.active`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscCrmCardBatchActiveResponse {
  /** 接口结果 */
  result?: AlibabaAlscCrmCardBatchActiveCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BatchActiveCardOpenReq` of `alibaba.alsc.crm.card.batch.active`. */
export interface AlibabaAlscCrmCardBatchActiveBatchActiveCardOpenReqInput {
  /** 品牌id */
  brand_id?: string;
  /** 操作员id */
  operator_id: string;
  /** 外部品牌id,brandId与out_brand_id不可同时为空 */
  out_brand_id: string;
  /** 外部门店ID,shop_id和out_shop_id不可同时为空 */
  out_shop_id?: string;
  /** 实体卡列表 */
  physical_card_ids: string[];
  /** 请求id */
  request_id: string;
  /** 门店id */
  shop_id?: string;
}

/** `CommonResult` of `alibaba.alsc.crm.card.batch.active`. */
export interface AlibabaAlscCrmCardBatchActiveCommonResult {
  /** 成功状态 */
  biz_success?: boolean;
  /** 结果 */
  result?: AlibabaAlscCrmCardBatchActiveBatchActiveCardOpenInfo;
  /** 结果码 */
  result_code?: string;
  /** 结果描述 */
  result_desc?: string;
  /** 错误结果显示 */
  result_view?: string;
}

/** `BatchActiveCardOpenInfo` of `alibaba.alsc.crm.card.batch.active`. */
export interface AlibabaAlscCrmCardBatchActiveBatchActiveCardOpenInfo {
  /** 是否全部激活成功 */
  all_success?: boolean;
  /** 结果 < KEY：Id VALUE：描述（SUCCESS-通过） > */
  result_map?: string;
}

const REQUEST_SCHEMA = {
  param_batch_active_card_open_req: {
    brand_id: 'String',
    operator_id: 'String',
    out_brand_id: 'String',
    out_shop_id: 'String',
    physical_card_ids: ['String'],
    request_id: 'String',
    shop_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    biz_success: 'Boolean',
    result: {
      all_success: 'Boolean',
      result_map: 'String',
    },
    result_code: 'String',
    result_desc: 'String',
    result_view: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.crm.card.batch.active`: method, response root, request and response schemas. */
export const alibabaAlscCrmCardBatchActiveOperation = {
  method: 'alibaba.alsc.crm.card.batch.active',
  responseRoot: 'alibaba_alsc_crm_card_batch_active_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 批量激活卡 — calls TOP method `alibaba.alsc.crm.card.batch.active`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscCrmCardBatchActive(
  client: TopClient,
  request: AlibabaAlscCrmCardBatchActiveRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlscCrmCardBatchActiveResponse> {
  return client.call<AlibabaAlscCrmCardBatchActiveResponse>(
    {
      method: 'alibaba.alsc.crm.card.batch.active',
      responseRoot: 'alibaba_alsc_crm_card_batch_active_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
