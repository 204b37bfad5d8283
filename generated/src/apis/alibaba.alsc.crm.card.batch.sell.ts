// Generated from specs/alsc/alibaba.alsc.crm.card.batch.sell.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.crm.card.batch.sell` (批量开卡（售卡）). */
export interface AlibabaAlscCrmCardBatchSellRequest {
  /** 请求对象 */
  param_batch_open_card_open_req?: AlibabaAlscCrmCardBatchSellBatchOpenCardOpenReqInput;
}

/** Response of `alibaba.alsc.crm.card.batch.sell`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscCrmCardBatchSellResponse {
  /** 接口结果 */
  result?: AlibabaAlscCrmCardBatchSellCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BatchOpenCardOpenReq` of `alibaba.alsc.crm.card.batch.sell`. */
export interface AlibabaAlscCrmCardBatchSellBatchOpenCardOpenReqInput {
  /** 实体卡列表 */
  physical_card_ids: string[];
  /** 外部品牌id,brandId与out_brand_id不可同时为空 */
  out_brand_id?: string;
  /** 请求uuid,用来做幂等 */
  request_id: string;
  /** 品牌id */
  brand_id?: string;
  /** 外部门店ID,shop_id和out_shop_id不可同时为空 */
  out_shop_id?: string;
  /** 门店id */
  shop_id?: string;
  /** 操作员id */
  operator_id: string;
}

/** `CommonResult` of `alibaba.alsc.crm.card.batch.sell`. */
export interface AlibabaAlscCrmCardBatchSellCommonResult {
  /** 处理结果 */
  result?: AlibabaAlscCrmCardBatchSellBatchOpenCardOpenInfo;
  /** 结果码 */
  result_code?: string;
  /** 错误结果显示 */
  result_view?: string;
  /** 成功状态 */
  biz_success?: boolean;
  /** 结果描述 */
  result_desc?: string;
}

/** `BatchOpenCardOpenInfo` of `alibaba.alsc.crm.card.batch.sell`. */
export interface AlibabaAlscCrmCardBatchSellBatchOpenCardOpenInfo {
  /** 结果 < KEY：Id VALUE：描述（SUCCESS-通过） > */
  result_map?: string;
  /** 是否全部开通成功 */
  all_success?: string;
}

const REQUEST_SCHEMA = {
  param_batch_open_card_open_req: {
    physical_card_ids: ['String'],
    out_brand_id: 'String',
    request_id: 'String',
    brand_id: 'String',
    out_shop_id: 'String',
    shop_id: 'String',
    operator_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result: {
      result_map: 'String',
      all_success: 'String',
    },
    result_code: 'String',
    result_view: 'String',
    biz_success: 'Boolean',
    result_desc: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.crm.card.batch.sell`: method, response root, request and response schemas. */
export const alibabaAlscCrmCardBatchSellOperation = {
  method: 'alibaba.alsc.crm.card.batch.sell',
  responseRoot: 'alibaba_alsc_crm_card_batch_sell_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 批量开卡（售卡） — calls TOP method `alibaba.alsc.crm.card.batch.sell`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscCrmCardBatchSell(
  client: TopClient,
  request: AlibabaAlscCrmCardBatchSellRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlscCrmCardBatchSellResponse> {
  return client.call<AlibabaAlscCrmCardBatchSellResponse>(
    {
      method: 'alibaba.alsc.crm.card.batch.sell',
      responseRoot: 'alibaba_alsc_crm_card_batch_sell_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
